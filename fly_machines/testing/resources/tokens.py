"""Tokens: app deploy tokens the simulator mints and then accepts, a description of the
caller's token, verifying a token given in a body, and OIDC and KMS tokens.

Choices where the live API's behaviour is not documented, each with its reason:

- A deploy token is `FlyV1 fm2_flysim_<payload>.<mac>`: the `FlyV1 fm2_` form Fly's
  macaroons have (flyctl prints deploy tokens so, ready for FLY_API_TOKEN; the client
  sends any `fm2_` token with the FlyV1 scheme), a base64url JSON payload (token id, app
  name and id, organization, issued and expiry times) and an HMAC-SHA-256 of it under a
  key made at random for each simulator. It is not a macaroon: nothing outside this
  simulator can read or check it, and a token from one simulator is refused by another.
  The simulator keeps no list of tokens: the MAC is what makes one valid.
- Minted tokens are accepted by the simulator's own authentication, also when it was
  made with `token=` (which then stays accepted too). A deploy token is limited to its
  app: it is accepted on paths of that app and on `/v1/tokens/...` only, and refused 401
  elsewhere (another app, creating or listing apps, organizations, platform), since Fly's
  deploy tokens are "limited to managing a single app and its resources" (flyctl's help).
  It is refused 401 once expired, and once its app is deleted (even if an app of the same
  name is made again: the payload names the app's id).
- `expiry` is a Go duration ("720h", "1h30m"; flyctl's `--expiry` is one); missing or
  empty is 20 years, flyctl's default (175200h). Anything else, zero, negative or beyond
  Go's largest duration is 400.
- `Tokens_authenticate` and `Tokens_authorize` declare `security: []`, so they need no
  Authorization header (`open_operations`). They verify the token in `header` (with or
  without its `FlyV1`/`Bearer` scheme): a deploy token this simulator minted, or the
  token it was made with (`token=`). Anything else is 400, also when the simulator
  accepts any token for requests: a verification that passed anything would make a test
  of it meaningless. An answer never repeats the token: a `VerifiedToken` holds only its
  `caveats` (for a deploy token its app and validity window, as objects with a `type`).
- `authorize` checks `access.app_name` (an unknown app is 404; another app than a deploy
  token's is 401) and `access.org_slug` (another organization than a deploy token's is
  401) and answers the access in `flyio.Access` field names. Its `action` cannot be sent:
  the spec declares it both an integer and an object, so the body check refuses any.
- `CurrentToken_show` describes the caller's token: a deploy token by its id, app and
  organization; any other token as the simulator's one user (`user`: a digest of the
  simulator's owner, organization `personal`, no app restriction).
- An OIDC token is a JWT signed HS256 with the simulator's key (Fly signs RS256 with keys
  it publishes; the simulator has no such key). Claims: `iss`
  `https://oidc.fly.io/<org>`, `sub` `<org>:<app>:` (no machine makes the request),
  `aud` as requested or `https://fly.io/<org>` (the spec's example), `iat`/`nbf`, `exp`
  ten minutes later, `jti`, `org_name`, and `app_name`/`app_id` for a deploy token;
  `aws_principal_tags` adds the `https://aws.amazon.com/tags` claim AWS reads.
  `oidc_claims` checks one for tests. A KMS token is opaque random text. Both are
  answered `text/plain`, as the spec declares.
- The request log keeps `header` of authenticate and authorize replaced
  (`redacted_fields`); no repr shows the simulator's key or the trusted token's digest.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._container import Resource
from .._http import Call, PlainText, Reply
from .._primitives import JSON, bad_request, error, locked, not_found
from .volumes import AppVolumes

_PREFIX = "fm2_flysim_"
_DEFAULT_EXPIRY = 175200 * 3600.0  # flyctl's default: 20 years
_LONGEST = (2**63 - 1) / 1e9  # Go's largest time.Duration, in seconds
_OIDC_SECONDS = 600
_DURATION_PART = re.compile(r"([0-9]+\.?[0-9]*|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)")
_UNIT_SECONDS = {
    "ns": 1e-9, "us": 1e-6, "µs": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0,
    "h": 3600.0,
}  # fmt: skip
_ACCESS_FIELDS = {  # main.TokenAccess name -> flyio.Access name
    "app_feature": "app_feature",
    "command": "command",
    "machine_feature": "machine_feature",
    "machine_id": "machine",
    "mutation": "mutation",
    "org_feature": "feature",
    "source_machine": "sourceMachine",
    "storage_object": "storage_object",
    "volume_id": "volume",
}


@dataclass
class TokenState:
    """The simulator's token keys (`backend.part(TokenState)`): made at random, never
    shown."""

    key: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    trusted: bytes | None = field(default=None, repr=False)  # sha256 of FlySimulator(token=)

    def mac(self, purpose: str, text: str) -> str:
        digest = hmac.new(self.key, f"fly-sim {purpose}.{text}".encode(), "sha256").digest()
        return _b64url(digest)


@dataclass(frozen=True)
class DeployToken:
    """What a deploy token says, once its MAC is checked."""

    token_id: str
    app_name: str
    app_id: str
    org_slug: str
    issued: float
    expires: float


class TokenResource(Resource):
    open_operations: ClassVar[frozenset[str]] = frozenset(
        {"Tokens_authenticate", "Tokens_authorize"}
    )
    redacted_fields: ClassVar[Mapping[str, frozenset[str]]] = {
        "Tokens_authenticate": frozenset({"header"}),
        "Tokens_authorize": frozenset({"header"}),
    }

    @property
    def _token_state(self) -> TokenState:
        return self.part(TokenState)

    @locked
    def trust_token(self, token: str) -> None:
        """Let `authenticate`/`authorize` verify `token` (the one given as `token=`)."""
        self._token_state.trusted = hashlib.sha256(token.encode()).digest()

    # -- deploy tokens -------------------------------------------------------------------------
    @locked
    def mint_deploy_token(self, app_name: str, body: JSON) -> JSON:
        app = self.app(app_name)
        seconds = _expiry_seconds(body.get("expiry"))
        issued = self.now().wall
        payload = {
            "id": self.ids.short("tok_"),
            "app": app.name,
            "app_id": app.id,
            "org": app.org_slug,
            "iat": issued,
            "exp": issued + seconds,
        }
        text = _b64url(json.dumps(payload, sort_keys=True).encode())
        return {"token": f"FlyV1 {_PREFIX}{text}.{self._token_state.mac('deploy', text)}"}

    @staticmethod
    def is_minted_token(credential: str) -> bool:
        """Whether `credential` claims to be one of this simulator's deploy tokens."""
        return credential.startswith(_PREFIX)

    @locked
    def deploy_token_refusal(self, credential: str, route: str, app_name: str | None) -> str | None:
        """Why a request to `route` (a path template) for `app_name` may not go with this
        deploy token, or None when it may."""
        token = self._read(credential)
        if isinstance(token, str):
            return token
        # Its own app's paths (not another resource's that names the app, as a Postgres
        # attachment's does) and the token operations.
        own_app = route.startswith("/v1/apps/{app_name}") and app_name == token.app_name
        if route.startswith("/v1/tokens/") or own_app:
            return None
        return f"this deploy token is limited to app {token.app_name}"

    def _read(self, credential: str) -> DeployToken | str:
        """The deploy token `credential` is, or why it is none (it is not shown)."""
        text, _, mac = credential.removeprefix(_PREFIX).partition(".")
        expected = self._token_state.mac("deploy", text)
        if not hmac.compare_digest(mac.encode("utf-8", "replace"), expected.encode()):
            return "token validation error: not a token this simulator issued"
        fields = json.loads(_unb64url(text))  # it is ours: the MAC says so
        token = DeployToken(
            fields["id"],
            fields["app"],
            fields["app_id"],
            fields["org"],
            fields["iat"],
            fields["exp"],
        )
        if self.now().wall >= token.expires:
            return "token validation error: the token has expired"
        app = self.apps.get(token.app_name)
        if app is None or app.id != token.app_id:
            return "token validation error: the token's app no longer exists"
        return token

    def _caller(self, header: str) -> DeployToken | None:
        """The caller's deploy token, or None for any other token."""
        credential = _credential(header)
        if not self.is_minted_token(credential):
            return None
        token = self._read(credential)
        return None if isinstance(token, str) else token

    # -- the caller's token --------------------------------------------------------------------
    @locked
    def describe_token(self, header: str) -> JSON:
        caller = self._caller(header)
        if caller is None:
            user = hashlib.sha256(self.owner.encode()).hexdigest()[:16]
            info: JSON = {
                "token_id": "simulator-user",
                "org_slug": "personal",
                "organization": "personal",
                "apps": [],
                "user": user,
            }
        else:
            info = {
                "token_id": caller.token_id,
                "org_slug": caller.org_slug,
                "organization": caller.org_slug,
                "apps": [caller.app_name],
            }
        return {"tokens": [info]}

    # -- verifying a token given in a body -----------------------------------------------------
    def _verified(self, body: JSON) -> tuple[JSON, DeployToken | None]:
        header = body.get("header")
        if not isinstance(header, str) or not header.strip():
            raise bad_request("header is required: the token (Authorization header) to verify")
        credential = _credential(header)
        if self.is_minted_token(credential):
            token = self._read(credential)
            if isinstance(token, str):
                raise bad_request(token)
            caveats: list[JSON] = [
                {"type": "apps", "apps": [token.app_name]},
                {"type": "validity_window", "not_before": token.issued, "not_after": token.expires},
            ]
            return {"caveats": {"caveats": caveats}}, token
        trusted = self._token_state.trusted
        offered = hashlib.sha256(credential.encode("utf-8", "replace")).digest()
        if trusted is None or not hmac.compare_digest(offered, trusted):
            raise bad_request("token validation error: not a token this simulator accepts")
        return {"caveats": {"caveats": []}}, None

    @locked
    def authenticate_token(self, body: JSON) -> list[JSON]:
        return [self._verified(body)[0]]

    @locked
    def authorize_token(self, body: JSON) -> JSON:
        verified, token = self._verified(body)
        access = body.get("access") or {}
        app_name, org_slug = access.get("app_name"), access.get("org_slug")
        if app_name:
            if app_name not in self.apps:
                raise not_found(f"app {app_name!r} not found")
            if token is not None and app_name != token.app_name:
                raise error(401, f"this deploy token does not grant access to app {app_name}")
        if org_slug and token is not None and org_slug != token.org_slug:
            raise error(401, f"this deploy token does not grant access to organization {org_slug}")
        if token is not None:
            # A machine or volume is the token's only if its app is: look it up.
            for field, kind in (("machine_id", "machine"), ("volume_id", "volume")):
                wanted = access.get(field)
                if wanted and not self._in_app(token.app_name, kind, str(wanted)):
                    raise error(401, f"this deploy token does not grant access to {kind} {wanted}")
        granted = {
            name: access[given]
            for given, name in _ACCESS_FIELDS.items()
            if access.get(given) is not None
        }
        return {"access": granted, "verified_token": verified}

    def _in_app(self, app_name: str, kind: str, item_id: str) -> bool:
        app = self.apps.get(app_name)
        if app is None:
            return False
        if kind == "machine":
            return item_id in app.machines
        return item_id in app.part(AppVolumes)

    # -- OIDC and KMS --------------------------------------------------------------------------
    @locked
    def oidc_token(self, header: str, body: JSON) -> str:
        caller = self._caller(header)
        org = caller.org_slug if caller else "personal"
        app = caller.app_name if caller else ""
        issued = int(self.now().wall)
        claims: JSON = {
            "iss": f"https://oidc.fly.io/{org}",
            "sub": f"{org}:{app}:",
            "aud": body.get("aud") or f"https://fly.io/{org}",
            "iat": issued,
            "nbf": issued,
            "exp": issued + _OIDC_SECONDS,
            "jti": self.ids.short("oidc_"),
            "org_name": org,
        }
        if caller is not None:
            claims.update(app_name=caller.app_name, app_id=caller.app_id)
        if body.get("aws_principal_tags"):
            tags = {"org_name": [org], **({"app_name": [app]} if app else {})}
            claims["https://aws.amazon.com/tags"] = {"principal_tags": tags}
        head = _b64url(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "fly-sim"}).encode())
        signed = f"{head}.{_b64url(json.dumps(claims).encode())}"
        return f"{signed}.{self._jwt_signature(signed)}"

    def _jwt_signature(self, signed: str) -> str:
        key = hmac.new(self._token_state.key, b"fly-sim oidc", "sha256").digest()
        return _b64url(hmac.new(key, signed.encode(), "sha256").digest())

    @locked
    def oidc_claims(self, token: str) -> JSON | None:
        """The claims of an OIDC token this simulator signed, or None (for tests: the
        signature is checked, the times are not)."""
        signed, _, signature = token.rpartition(".")
        if not hmac.compare_digest(signature.encode(), self._jwt_signature(signed).encode()):
            return None
        claims: JSON = json.loads(_unb64url(signed.partition(".")[2]))
        return claims

    @staticmethod
    def kms_token() -> str:
        return f"sim_kms_{secrets.token_urlsafe(32)}"


def _credential(header: str) -> str:
    """The token of an Authorization header value, or of a token given bare."""
    scheme, _, rest = header.strip().partition(" ")
    if scheme.lower() in ("bearer", "flyv1") and rest.strip():
        return rest.strip()
    return header.strip()


def _expiry_seconds(value: Any) -> float:
    if value is None or value == "":
        return _DEFAULT_EXPIRY
    shown = f"invalid expiry {str(value)[:40]!r}"
    if not isinstance(value, str):
        raise bad_request(f"{shown}: a Go duration such as 720h")
    text = value.removeprefix("+")
    if text.startswith("-"):
        raise bad_request(f"{shown}: it must be positive")
    seconds, at = 0.0, 0
    while at < len(text):
        part = _DURATION_PART.match(text, at)
        if part is None:
            raise bad_request(f"{shown}: a Go duration such as 720h or 1h30m")
        seconds += float(part.group(1)) * _UNIT_SECONDS[part.group(2)]
        at = part.end()
    if not 0 < seconds <= _LONGEST:
        raise bad_request(f"{shown}: from 1ns to Go's largest duration (about 292 years)")
    return seconds


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return b"{}"


# -- HTTP ---------------------------------------------------------------------------------------
def _caller_header(c: Call) -> str:
    return c.headers.get("authorization", "")


def _deploy_token(c: Call) -> Reply:
    return 200, c.backend.mint_deploy_token(c.app, c.json())


def _current(c: Call) -> Reply:
    return 200, c.backend.describe_token(_caller_header(c))


def _authenticate(c: Call) -> Reply:
    return 200, c.backend.authenticate_token(c.json())


def _authorize(c: Call) -> Reply:
    return 200, c.backend.authorize_token(c.json())


def _oidc(c: Call) -> Reply:
    return 200, PlainText(c.backend.oidc_token(_caller_header(c), c.json()))


def _kms(c: Call) -> Reply:
    return 200, PlainText(c.backend.kms_token())


TokenResource.handlers = {
    "App_create_deploy_token": _deploy_token,
    "CurrentToken_show": _current,
    "Tokens_authenticate": _authenticate,
    "Tokens_authorize": _authorize,
    "Tokens_request_OIDC": _oidc,
    "Tokens_request_Kms": _kms,
}
