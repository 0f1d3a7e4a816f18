"""The token promise (SECURITY.md): the token goes to the API's origin only, malformed
tokens are refused, and whatever a server sends back, no string the library produces
(a FlyError's texts, reprs, telemetry events, log records) holds the token or any
comma-joined part of it.

The property tests draw tokens from the token alphabet (macaroons and bearer tokens,
comma-joined, with or without a scheme) and server answers that echo them anywhere: in
text bodies of any length (so the echo straddles the 2,000-character cut), in JSON with
`\\u` escapes (values, keys, nested, numbers), in the request id headers, in the reason
phrase, or in a transport exception's text.
"""

from __future__ import annotations

import json
import logging
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.facade import APP, BASE, MACHINE_ID, TOKEN, error_texts
from support.servers import local_server

import fly_machines
from fly_machines import Client, Event, Machines, ManualClock, RetryPolicy
from fly_machines._auth import FlyAuth

SECOND = "fm2_secondPartOfAJoinedMacaroon987654321"

# What tokens are made of (base64, URL-safe base64, and the prefixes' underscore).
TOKEN_ALPHABET = string.ascii_letters + string.digits + "+/=_-"
# Filler around an echo. It has no lower-case letters, so a lower-cased token found in
# any output can only have come from an echo that was lowered without being redacted.
FILLER_ALPHABET = string.ascii_uppercase + string.digits + "+/=_- .:,;!?<>{}[]\"'\\\n"
BODY_LIMIT = 2000
PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- tokens ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    """A token as the user writes it, and every secret in it (the whole and each part)."""

    written: str
    parts: tuple[str, ...]

    @property
    def joined(self) -> str:
        return ",".join(self.parts)

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.joined, *self.parts)


_macaroon = st.builds(
    str.__add__,
    st.sampled_from(["fm1r_", "fm1a_", "fm2_"]),
    st.text(TOKEN_ALPHABET, min_size=12, max_size=60),
)
_bearer = st.builds(
    str.__add__, st.sampled_from(["fo1_", ""]), st.text(TOKEN_ALPHABET, min_size=16, max_size=60)
)


@st.composite
def tokens(draw: st.DrawFn) -> Token:
    parts = tuple(draw(st.lists(st.one_of(_macaroon, _bearer), min_size=1, max_size=3)))
    scheme = draw(st.sampled_from(["", "FlyV1 ", "Bearer ", "flyv1  "]))
    separator = draw(st.sampled_from([",", ", "]))
    outer = draw(st.sampled_from(["", " ", "\n", "\t "]))
    return Token(f"{outer}{scheme}{separator.join(parts)}{outer}", parts)


# -- server answers --------------------------------------------------------------------------


def _escape(text: str, which: list[bool]) -> str:
    """`text` for a JSON string, with the characters `which` picks written as \\uXXXX."""
    escaped = json.dumps(text)[1:-1]
    if not any(which):
        return escaped
    out = []
    for index, character in enumerate(text):
        if which[index % len(which)]:
            out.append(f"\\u{ord(character):04x}")
        else:
            out.append(json.dumps(character)[1:-1])
    return "".join(out)


@st.composite
def fillers(draw: st.DrawFn, max_size: int) -> str:
    length = draw(st.integers(0, max_size))
    seed = draw(st.text(FILLER_ALPHABET, min_size=1, max_size=12))
    return (seed * (length // len(seed) + 1))[:length]


@dataclass
class Answer:
    status: int = 500
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    reason: str | None = None
    error: httpx.HTTPError | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.error is not None:
            raise self.error
        extensions = {} if self.reason is None else {"reason_phrase": self.reason.encode()}
        return httpx.Response(
            self.status, content=self.content, headers=self.headers, extensions=extensions
        )


STATUSES = [200, 400, 401, 403, 404, 408, 409, 412, 422, 429, 500, 501, 502, 503, 504, 599]
TRANSPORT_ERRORS: list[type[httpx.HTTPError]] = [
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadTimeout,
    httpx.ReadError,
    httpx.RemoteProtocolError,
    httpx.LocalProtocolError,
    httpx.ProxyError,
]


@st.composite
def answers(draw: st.DrawFn, token: Token) -> Answer:
    echoes = st.sampled_from([*token.secrets, f"FlyV1 {token.joined}", f"Bearer {token.joined}"])
    kind = draw(st.sampled_from(["text", "json", "html", "empty", "transport"]))
    answer = Answer(status=draw(st.sampled_from(STATUSES)))
    if kind == "transport":
        error_class = draw(st.sampled_from(TRANSPORT_ERRORS))
        echo = draw(echoes)
        shown = draw(st.sampled_from([echo, repr(echo.encode()), f"{{'authorization': {echo!r}}}"]))
        answer.error = error_class(f"{draw(fillers(40))}{shown}{draw(fillers(40))}")
        return answer
    if kind == "text":
        pieces = draw(st.lists(st.tuples(fillers(2100), echoes), min_size=1, max_size=3))
        text = "".join(f"{filler}{echo}" for filler, echo in pieces) + draw(fillers(50))
        answer.content = text.encode()
    elif kind == "html":
        answer.content = f"<html><body>{draw(echoes)}</body></html>".encode()
    elif kind == "json":
        which = draw(st.lists(st.booleans(), min_size=1, max_size=8))

        def string_of(echo: str) -> str:
            return f'"{_escape(draw(fillers(30)) + echo, which)}"'

        members = [f'"error": {string_of(draw(echoes))}']
        if draw(st.booleans()):
            members.append(f'"status": {string_of(draw(echoes))}')
        if draw(st.booleans()):
            members.append(f"{string_of(draw(echoes))}: [{string_of(draw(echoes))}, 1, null]")
        if draw(st.booleans()):
            members.append(f'"details": {{"nested": {{{string_of(draw(echoes))}: true}}}}')
        digits = [secret for secret in token.secrets if secret.isdigit()]
        if digits:
            members.append(f'"number": {digits[0]}')
        answer.content = ("{" + ", ".join(members) + "}").encode()
    for header in ("fly-request-id", "fly-trace-id"):
        if draw(st.booleans()):
            answer.headers[header] = f"{draw(fillers(10)).strip()}{draw(echoes)}"
    if draw(st.booleans()):
        answer.reason = (
            f"{draw(st.sampled_from(['', 'Bad token ', 'Unauthorized: ']))}{draw(echoes)}"
        )
    return answer


# -- what the library produces ---------------------------------------------------------------


class Records(logging.Handler):
    """Log records of one logger, collected while a `with` block runs."""

    def __init__(self, name: str) -> None:
        super().__init__(logging.DEBUG)
        self.logger = logging.getLogger(name)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def __enter__(self) -> Records:
        self.level_before = self.logger.level
        self.logger.setLevel(logging.DEBUG)
        self.logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self)
        self.logger.setLevel(self.level_before)


def _event_texts(events: list[Event]) -> list[str]:
    return [repr(event) for event in events]


def _assert_hidden(token: Token, texts: list[str]) -> None:
    for text in texts:
        for secret in token.secrets:
            assert secret not in text, (secret, text)
            # A lowered echo (the reason phrase is lowered) must not get through either.
            assert secret.lower() not in text, (secret, text)


def _assert_no_start_at_the_end(token: Token, text: str) -> None:
    for secret in token.secrets:
        for length in range(6, len(secret)):
            assert not text.endswith(secret[:length]), (secret, text)


# -- the property tests ----------------------------------------------------------------------


@PROPERTY
@given(data=st.data())
def test_no_string_the_library_produces_holds_an_echoed_token(data: st.DataObject) -> None:
    token = data.draw(tokens(), label="token")
    answer = data.draw(answers(token), label="answer")
    events: list[Event] = []
    client = Client(
        token=token.written,
        base_url=BASE,
        transport=httpx.MockTransport(answer),
        clock=ManualClock(),
        retry=RetryPolicy(attempts=2),
        on_event=events.append,
    )

    with Records("fly_machines") as log:
        result = Machines.get(client, app_name=APP, machine_id=MACHINE_ID)

    texts = [repr(client), *_event_texts(events)]
    texts += [record.getMessage() for record in log.records]
    # A success is the API's answer, returned as it came (it is the caller's own data).
    if isinstance(result, fly_machines.Err):
        texts += [repr(result), *error_texts(result.error)]
        if isinstance(result.error.body, str):
            _assert_no_start_at_the_end(token, result.error.body)
    _assert_hidden(token, texts)


_HOSTS = ["api.machines.dev", "API.machines.dev", "127.0.0.1", "_api.internal", "example.test"]
_urls = st.builds(
    lambda scheme, host, port, path: f"{scheme}://{host}{port}{path}",
    st.sampled_from(["http", "https"]),
    st.sampled_from(_HOSTS),
    st.sampled_from(["", ":80", ":443", ":4280"]),
    st.sampled_from(["", "/", "/v1/apps", "/v1"]),
)


def _origin(url: str) -> tuple[str, str, int]:
    parsed = httpx.URL(url)
    default = 443 if parsed.scheme == "https" else 80
    return parsed.scheme, parsed.host.lower(), parsed.port or default


@PROPERTY
@given(token=tokens(), base_url=_urls, url=_urls)
def test_the_token_goes_only_to_the_api_origin(token: Token, base_url: str, url: str) -> None:
    auth = FlyAuth(token.written, base_url=base_url)
    request = httpx.Request("GET", url)

    sent = next(auth.sync_auth_flow(request))

    assert ("authorization" in sent.headers) is (_origin(url) == _origin(base_url))
    if "authorization" in sent.headers:
        assert sent.headers["authorization"].endswith(" " + token.joined)


BAD_CHARACTERS = "\n\r\t \x00\x07\x1b\x7f\x85\u00a0\u200b\u2028\u3000\ufeffé"


@PROPERTY
@given(
    token=tokens(),
    bad=st.text(BAD_CHARACTERS, min_size=1, max_size=3),
    where=st.floats(0.05, 0.95),
)
def test_a_token_with_whitespace_or_control_characters_inside_is_refused_whatever_it_is(
    token: Token, bad: str, where: float
) -> None:
    part = token.parts[0]
    at = max(1, min(len(part) - 1, int(len(part) * where)))
    broken = ",".join((part[:at] + bad + part[at:], *token.parts[1:]))

    with pytest.raises(ValueError) as raised:
        FlyAuth(broken)

    # The message is the same whatever the token: it cannot show any of it.
    assert str(raised.value) == (
        "the Fly API token contains whitespace, a control character or a non-ASCII"
        " character (a line break from a wrapped paste?): copy it again in one piece"
    )


# -- reprs and events ------------------------------------------------------------------------


@pytest.mark.anyio
async def test_reprs_never_show_the_token() -> None:
    token = Token(f"{TOKEN},{SECOND}", (TOKEN, SECOND))
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    own = Client(token=token.written, transport=transport)
    users = fly_machines.attach(httpx.Client(transport=transport), token=token.written)
    async_users = fly_machines.attach(httpx.AsyncClient(transport=transport), token=token.written)
    texts = [repr(FlyAuth(token.written)), repr(own), repr(users), repr(async_users)]
    for client in (own, users):
        texts += [repr(client.low_level), repr(client.low_level.get_httpx_client())]
        texts += [repr(client.http_client), repr(client.http_client.headers)]
    texts += [repr(async_users.low_level), repr(async_users.low_level.get_async_httpx_client())]

    _assert_hidden(token, texts)


def test_events_carry_no_echoed_token() -> None:
    events: list[Event] = []
    answer = Answer(
        503,
        json.dumps({"error": "busy", "status": TOKEN}).encode(),
        headers={"fly-request-id": f"req-{TOKEN}"},
    )
    client = Client(
        token=TOKEN,
        transport=httpx.MockTransport(answer),
        clock=ManualClock(),
        retry=RetryPolicy(attempts=2),
        on_event=events.append,
    )

    with Records("fly_machines") as log:
        Machines.get(client, app_name=APP, machine_id=MACHINE_ID)

    assert {event.name for event in events} >= {"request.start", "request.stop", "retry"}
    assert {event.request_id for event in events if event.name == "request.stop"} == {
        "req-<redacted>"
    }
    assert [event.reason for event in events if event.name == "retry"] == ["<redacted>"]
    token = Token(TOKEN, (TOKEN,))
    _assert_hidden(token, _event_texts(events) + [r.getMessage() for r in log.records])


# -- a real request, through httpcore -------------------------------------------------------


class _EchoHandler(BaseHTTPRequestHandler):
    """Answers every request with a 503 whose JSON body echoes the Authorization header,
    as is and with \\u escapes (in a value and in a key)."""

    def do_GET(self) -> None:
        header = self.headers.get("authorization", "")
        escaped = "".join(f"\\u{ord(character):04x}" for character in header)
        body = (
            f'{{"error": "token {header} is being rotated",'
            f' "{escaped}": "{escaped}", "status": "unavailable"}}'
        ).encode()
        self.send_response(503)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def echo_server() -> Iterator[str]:
    with local_server(_EchoHandler) as url:
        yield url


def test_no_log_record_of_a_real_request_holds_the_token(
    echo_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's, httpcore's
    wrapped = f"{TOKEN[:20]}\n{TOKEN[20:]}"

    # A wrapped paste is refused before anything is sent (it used to reach h11, whose
    # error text, in our FlyError and in httpcore's log, showed it with the line break).
    with pytest.raises(ValueError, match="whitespace"):
        Client(token=wrapped, base_url=echo_server)
    events: list[Event] = []
    with Client(
        token=f"{TOKEN},{SECOND}",
        base_url=echo_server,
        clock=ManualClock(),
        retry=RetryPolicy(attempts=2),
        on_event=events.append,
    ) as client:
        result = Machines.get(client, app_name=APP, machine_id=MACHINE_ID)

    assert isinstance(result, fly_machines.Err)
    error = result.error
    assert error.status == 503 and "<redacted>" in error.message
    names = {record.name for record in caplog.records}
    assert "fly_machines" in names and any(name.startswith("httpcore") for name in names)
    texts = [record.getMessage() for record in caplog.records] + caplog.text.splitlines()
    texts += error_texts(error) + _event_texts(events)
    _assert_hidden(Token(f"{TOKEN},{SECOND}", (TOKEN, SECOND)), texts)
    for piece in wrapped.split("\n"):
        assert all(piece not in text for text in texts)


@pytest.mark.parametrize(
    "token", ["abc<redacted>def", "<redacted", "redacted>x", "<redacted>", "ab<redacted>"]
)
def test_a_token_made_of_pieces_of_the_marker_is_still_hidden(token: str) -> None:
    auth = FlyAuth(token)

    for text in (f"x{token}y", token * 3, f"<redacted>{token[:-1]}", "ab" * 10 + token):
        assert token not in auth.redact(text)
