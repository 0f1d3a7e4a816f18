"""Tokens and endpoints: where they come from, how they are sent, and keeping them secret.

Fly tokens come in two families (PROVENANCE item 10): macaroons (`fm1r_`, `fm1a_`,
`fm2_`, possibly several joined by commas) are sent as `Authorization: FlyV1 <token>`,
everything else as `Authorization: Bearer <token>`. Users paste tokens with or without a
scheme in front, so a stray `Bearer ` or `FlyV1 ` is dropped before choosing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Generator, Mapping

import httpx

__all__ = ["FlyAuth", "origin_of", "resolve_base_url", "resolve_token"]

DEFAULT_BASE_URL = "https://api.machines.dev"
_MACAROON_PREFIXES = ("fm1r_", "fm1a_", "fm2_")
_SCHEME = re.compile(r"^\s*(bearer|flyv1)\s+", re.IGNORECASE)
# A credential is printable ASCII without spaces: anything else is a paste gone wrong (a
# wrapped line, a zero-width space) and would go out as a different, broken header.
_CREDENTIAL = re.compile(r"[!-~]+")
_REDACTED = "<redacted>"
_MIN_REDACTED = 6
_DEFAULT_PORTS = {"http": 80, "https": 443}

Origin = tuple[str, str, int | None]


class FlyAuth(httpx.Auth):
    """Adds the Authorization header, only to requests for the API's origin (scheme, host
    and port of `base_url`); never shows the token in its repr.

    A token with whitespace or control characters inside (after dropping a leading scheme
    and outer whitespace, and splitting comma-joined macaroons) is refused with a
    ValueError that does not repeat it.
    """

    def __init__(self, token: str, *, base_url: str = DEFAULT_BASE_URL) -> None:
        parts = [part.strip() for part in _strip_schemes(token).split(",")]
        parts = [part for part in parts if part]
        if not parts:
            raise ValueError("the Fly API token is empty")
        if not all(_CREDENTIAL.fullmatch(part) for part in parts):
            # Not a word of the token here: this message may well end up in a log.
            raise ValueError(
                "the Fly API token contains whitespace, a control character or a non-ASCII"
                " character (a line break from a wrapped paste?): copy it again in one piece"
            )
        self._token = ",".join(parts)
        self.scheme = "FlyV1" if any(p.startswith(_MACAROON_PREFIXES) for p in parts) else "Bearer"
        self._header = f"{self.scheme} {self._token}"
        self.origin = origin_of(httpx.URL(base_url))
        # Each comma-joined part is a credential on its own, so each is redacted on its own.
        # Real tokens are long; replacing a very short one everywhere would only garble text.
        secrets = {self._token, *parts}
        self._secrets = sorted(
            (t for t in secrets if len(t) >= _MIN_REDACTED), key=len, reverse=True
        )
        # Longest first, so a joined token is replaced whole rather than part by part.
        self._pattern = (
            re.compile("|".join(re.escape(secret) for secret in self._secrets))
            if self._secrets
            else None
        )
        self._fallback = "" if self._pattern and self._pattern.search(_REDACTED) else _REDACTED

    @property
    def token(self) -> str:
        return self._token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # A user's own request, an absolute URL or a request built for another host can
        # pass through here too (e.g. through a shared httpx client): they get no token.
        if origin_of(request.url) == self.origin:
            request.headers["Authorization"] = self._header
        yield request

    def redact(self, text: str) -> str:
        """`text` with every occurrence of the token (and of each comma-joined part)
        replaced by a marker, and with a tail that is the start of one (at least 6
        characters: what is left of a token cut short) replaced too."""
        if self._pattern is None:
            return text
        for _ in range(4):
            text = self._pattern.sub(_REDACTED, text)
            if not self._pattern.search(text):
                text = self._without_partial_tail(text)
                if not self._pattern.search(text):
                    return text
        # Only a token made of pieces of the marker gets here: nothing of the text is safe.
        return self._fallback

    def _without_partial_tail(self, text: str) -> str:
        for secret in self._secrets:
            head = secret[:_MIN_REDACTED]
            at = text.find(head, max(0, len(text) - len(secret) + 1))
            while at != -1:
                if secret.startswith(text[at:]):
                    return text[:at] + _REDACTED
                at = text.find(head, at + 1)
        return text

    def __repr__(self) -> str:
        return f"FlyAuth(scheme={self.scheme!r}, token={_REDACTED})"


def origin_of(url: httpx.URL) -> Origin:
    """Scheme, host and port (the scheme's default when not written) of a URL."""
    scheme = url.scheme.lower()
    return scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(scheme)


def _strip_schemes(token: str) -> str:
    while _SCHEME.match(token):
        token = _SCHEME.sub("", token, count=1)
    return token.strip()


def resolve_token(token: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The token given, else FLY_API_TOKEN, else FLY_ACCESS_TOKEN; a clear error if none."""
    env = os.environ if environ is None else environ
    if token is not None and not isinstance(token, str):
        raise TypeError(f"token must be a string, not {type(token).__name__}")
    for candidate in (token, env.get("FLY_API_TOKEN"), env.get("FLY_ACCESS_TOKEN")):
        if candidate and candidate.strip():
            return candidate
    raise ValueError(
        "no Fly API token: pass token=..., or set FLY_API_TOKEN (or FLY_ACCESS_TOKEN);"
        " `fly tokens create machine-exec` makes one"
    )


def resolve_base_url(base_url: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The API root without `/v1`: the argument, FLY_API_HOSTNAME, FLY_FLAPS_BASE_URL, or the
    public endpoint. `http://_api.internal:4280` (inside Fly's private network) works too;
    a URL without a scheme is refused, naming where it came from."""
    env = os.environ if environ is None else environ
    source = (
        "base_url" if base_url
        else "FLY_API_HOSTNAME" if env.get("FLY_API_HOSTNAME")
        else "FLY_FLAPS_BASE_URL" if env.get("FLY_FLAPS_BASE_URL")
        else None
    )  # fmt: skip
    raw = base_url or env.get("FLY_API_HOSTNAME") or env.get("FLY_FLAPS_BASE_URL")
    url = (raw or DEFAULT_BASE_URL).strip()
    if "://" not in url:
        # Guessing is a trap either way: https to a local plain-http server fails after
        # every retry with an SSL error, http to a public host would send the token in
        # the clear. So the caller says which.
        raise ValueError(
            f"{source} needs a scheme: {raw!r} is not a URL; write 'http://{url}' for a"
            f" plain-HTTP server (a local simulator, http://_api.internal:4280 inside Fly's"
            f" network) or 'https://{url}'"
        )
    parsed = httpx.URL(url)
    if parsed.query or parsed.fragment or "?" in url or "#" in url:
        # Every operation's path would land in the query or the fragment, at "/".
        raise ValueError(f"base_url must not have a query or a fragment: {raw!r}")
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"base_url must be an http(s) URL with a host, not {raw!r}")
    url = url.rstrip("/")
    if url.endswith("/v1"):
        url = url[: -len("/v1")]
    return url
