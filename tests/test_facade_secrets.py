"""The token never shows: not in log records (any logger, DEBUG and up), not in a repr,
not in any part of a `FlyError` — even when the server echoes the Authorization header
back in its error body or a transport error quotes it."""

from __future__ import annotations

import http.server
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from support.facade import (
    APP,
    ERROR_CASES,
    MACHINE_ID,
    PLAIN_TOKEN,
    SEEDS,
    TOKEN,
    Seed,
    answering,
    mock_client,
)
from support.kinds import Kind, run_result
from support.servers import local_server
from support.transports import Answer

from fly_machines import AsyncClient, Client, Event, Machines, ManualClock, Result

pytestmark = pytest.mark.anyio

# Several credentials joined by commas: each part is a secret on its own.
JOINED_TOKEN = "fm2_firstSecretPartAAAA,fm2_secondSecretPartBBBB"
TOKENS = [TOKEN, PLAIN_TOKEN, JOINED_TOKEN]


def _secrets(token: str) -> list[str]:
    return [token, *token.split(",")]


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in ("fly_machines", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def _echo(status: int, template: str) -> Answer:
    """An answer quoting the request's Authorization header back (as some proxies do)."""

    def answer(request: httpx.Request) -> httpx.Response:
        header = request.headers["authorization"]
        return answering(status, template.replace("{auth}", header))

    return answer


def _echo_second_part(request: httpx.Request) -> httpx.Response:
    last = request.headers["authorization"].split(",")[-1]
    return answering(403, {"error": f"token part {last} may not access {APP}"})


def _raise_quoting(request: httpx.Request) -> httpx.Response:
    raise httpx.ProxyError(f"proxy refused request with {request.headers['authorization']}")


ECHOES: list[tuple[str, Answer]] = [
    ("401-json", _echo(401, '{"error": "token {auth} is not valid", "status": "unauthorized"}')),
    ("400-text", _echo(400, "bad request: Authorization: {auth}")),
    ("500-html", _echo(500, "<html><body><pre>Authorization: {auth}</pre></body></html>")),
    ("200-html", _echo(200, "<html><p>{auth}</p></html>")),
    ("403-part", _echo_second_part),
    ("exception", _raise_quoting),
]
ANSWERS = [(case.id, case.answer) for case in ERROR_CASES] + ECHOES


def _texts(
    client: Client | AsyncClient,
    result: Result[Any],
    logs: pytest.LogCaptureFixture,
    events: list[Event],
) -> list[str]:
    """Every text the outside world can see after a call."""
    texts = [repr(client), repr(client.low_level), repr(client.http_client.auth)]
    texts += [repr(result), repr(events)]
    error = result.error
    if error is not None:
        texts += [str(error), repr(error), error.message, repr(error.body), repr(error.url)]
        texts += [repr(error.suggestion), repr(error.args), json.dumps(error.body)]
    for record in logs.records:
        texts += [record.getMessage(), repr(record.args), record.exc_text or ""]
    texts += [logs.text]
    return texts


def _assert_hidden(token: str, texts: list[str]) -> None:
    for secret in _secrets(token):
        leaks = [text for text in texts if secret in text]
        assert not leaks, f"the token shows in {leaks}"


async def _check_hidden(
    kind: Kind,
    api: respx.MockRouter,
    logs: pytest.LogCaptureFixture,
    seed: Seed,
    answer: Answer,
    token: str,
) -> None:
    route = api.route().mock(side_effect=answer)
    events: list[Event] = []
    # Retries on, so the retry warnings are logged and checked too.
    client = mock_client(kind, api, token=token, retry=True, on_event=events.append)

    result = await run_result(client, seed.function, **seed.kwargs)

    assert route.called
    assert token.split(",")[0] in route.calls.last.request.headers["authorization"]
    assert not result.ok
    _assert_hidden(token, _texts(client, result, logs, events))


GET = next(seed for seed in SEEDS if seed.name == "get")


@pytest.mark.parametrize("token", TOKENS, ids=["macaroon", "plain", "joined"])
@pytest.mark.parametrize("answer", [pytest.param(a, id=i) for i, a in ANSWERS])
async def test_no_failure_shows_the_token(
    kind: Kind, api: respx.MockRouter, logs: pytest.LogCaptureFixture, answer: Answer, token: str
) -> None:
    await _check_hidden(kind, api, logs, GET, answer, token)


@pytest.mark.parametrize("answer", [pytest.param(a, id=i) for i, a in ECHOES])
@pytest.mark.parametrize("seed", SEEDS, ids=[seed.name for seed in SEEDS])
async def test_no_function_shows_an_echoed_token(
    kind: Kind, api: respx.MockRouter, logs: pytest.LogCaptureFixture, seed: Seed, answer: Answer
) -> None:
    await _check_hidden(kind, api, logs, seed, answer, JOINED_TOKEN)


@pytest.mark.parametrize(("name", "answer"), ECHOES)
async def test_an_echoed_token_is_replaced_by_a_marker(
    kind: Kind, api: respx.MockRouter, name: str, answer: Answer
) -> None:
    api.route().mock(side_effect=answer)
    client = mock_client(kind, api, token=JOINED_TOKEN)

    result = await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    assert result.error is not None
    # The echo is still there, redacted: the error keeps its meaning without the secret.
    shown = f"{result.error.message} {json.dumps(result.error.body)}"
    assert "<redacted>" in shown


# -- the same over a real socket, so httpx's and httpcore's own DEBUG logs take part -------


class _EchoingHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"error": f"refused {self.headers['Authorization']}"}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("fly-request-id", "01JHWYS8D584GY0GHBDF9VGQGM-chi")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep the server quiet; the client's logs are what is under test


@pytest.fixture
def echo_server() -> Iterator[str]:
    with local_server(_EchoingHandler) as url:
        yield url


async def test_a_real_exchange_logs_no_token(
    kind: Kind, echo_server: str, logs: pytest.LogCaptureFixture
) -> None:
    options: dict[str, Any] = {"base_url": echo_server, "clock": ManualClock(), "retry": False}
    client = (
        Client(token=TOKEN, **options) if kind == "sync" else AsyncClient(token=TOKEN, **options)
    )

    result = await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    error = result.error
    assert error is not None
    assert (error.status, error.code, error.message) == (
        401,
        "unauthorized",
        "refused FlyV1 <redacted>",
    )
    assert any(record.name.startswith("httpx") for record in logs.records)
    _assert_hidden(TOKEN, _texts(client, result, logs, []))
    if isinstance(client, AsyncClient):
        await client.aclose()
    else:
        client.close()
