"""Every failure of a seed function is an `Err` carrying a complete `FlyError`.

The matrix runs each of the ten functions against each failure the API or the network
can produce (tests/support/facade.py: ERROR_CASES), with both client kinds, and
checks every field and the one-line `str()`. Bad arguments are rejected before anything
is sent; a missing keyword is Python's own TypeError.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import httpx
import pytest
import respx
from support.facade import (
    APP,
    BASE,
    CONFIG,
    ERROR_CASES,
    MACHINE_ID,
    MACHINE_JSON,
    REQUEST_ID,
    SEEDS,
    TOKEN,
    TRACE_ID,
    ErrorCase,
    Seed,
    answering,
    error_texts,
    mock_client,
    mock_http,
)
from support.kinds import Kind, run_result

from fly_machines import Err, FlyError, Machines, ManualClock, Ok, RetryPolicy

pytestmark = pytest.mark.anyio

WAIT_URL = f"{BASE}/v1/apps/{APP}/machines/{MACHINE_ID}/wait"


def _error_of(result: Any) -> FlyError:
    assert isinstance(result, Err), result
    ok, value = result
    assert ok is False
    assert value is result.error is result.value
    assert result.ok is False
    with pytest.raises(FlyError) as raised:
        result.unwrap()
    assert raised.value is value
    match result:
        case Err(matched):
            assert matched is value
        case _:
            pytest.fail("an Err must match case Err(error)")
    return value


def _expected_body(case: ErrorCase, seed: Seed) -> Any:
    if case.status is None:
        return None
    response = case.answer(httpx.Request(seed.method, seed.url))
    try:
        return response.json()
    except ValueError:
        return response.text


# wait re-asks on 404 (briefly, after a create) and on 408 (the server's own deadline):
# those two pairs have their own tests below.
MATRIX = [
    pytest.param(seed, case, id=f"{seed.name}-{case.id}")
    for seed in SEEDS
    for case in ERROR_CASES
    if not (seed.name == "wait" and case.status in (404, 408))
]


@pytest.mark.parametrize(("seed", "case"), MATRIX)
async def test_each_failure_becomes_a_complete_err(
    kind: Kind, api: respx.MockRouter, seed: Seed, case: ErrorCase
) -> None:
    route = api.route().mock(side_effect=case.answer)
    if case.code == "lease_conflict" and not re.search(r"/machines/[^/]+", seed.url):
        # Only a machine has a lease: the same 409 to a list or a create is a conflict.
        case = replace(case, code="conflict", suggestion=None)

    error = _error_of(await run_result(mock_client(kind, api), seed.function, **seed.kwargs))

    assert route.call_count == 1
    assert (error.kind, error.status, error.code, error.message) == (
        case.kind,
        case.status,
        case.code,
        case.message,
    )
    assert (error.method, error.url) == (seed.method, seed.url)
    assert error.retryable is case.retryable
    advice = f"; {error.suggestion}" if error.suggestion else ""  # str() ends with it
    if case.has_ids:
        assert (error.request_id, error.trace_id) == (REQUEST_ID, TRACE_ID)
        where = f"({seed.method} {seed.url}; request {REQUEST_ID})"
        assert str(error) == f"{case.status} {case.code}: {case.message} {where}{advice}"
    else:
        assert (error.request_id, error.trace_id) == (None, None)
        assert str(error) == f"{case.code}: {case.message} ({seed.method} {seed.url}){advice}"
    assert "\n" not in str(error)
    assert error.body == _expected_body(case, seed)
    if case.suggestion is None:
        assert error.suggestion is None
    else:
        assert error.suggestion is not None
        assert case.suggestion in error.suggestion


async def test_the_readme_example_of_an_error_line(kind: Kind, api: respx.MockRouter) -> None:
    api.route().mock(return_value=answering(404, {"error": "machine not found"}))

    error = _error_of(
        await run_result(mock_client(kind, api), Machines.get, app_name=APP, machine_id="x")
    )

    assert str(error) == (
        "404 not_found: machine not found"
        f" (GET https://api.machines.dev/v1/apps/my-app/machines/x; request {REQUEST_ID})"
    )


async def test_a_capacity_refusal_suggests_another_region(
    kind: Kind, api: respx.MockRouter
) -> None:
    body = {
        "error": "insufficient resources to create new machine with existing volume 'vol_x'",
        "status": "insufficient_capacity",
    }
    api.route().mock(return_value=answering(412, body))

    error = _error_of(
        await run_result(mock_client(kind, api), Machines.create, app_name=APP, config=CONFIG)
    )

    assert (error.code, error.message) == ("insufficient_capacity", body["error"])
    assert error.suggestion is not None
    assert "another region" in error.suggestion


async def test_a_success_status_with_a_mangled_body_is_a_decode_error(
    kind: Kind, api: respx.MockRouter
) -> None:
    api.route().mock(return_value=answering(200, "<html>maintenance</html>"))

    result = await run_result(
        mock_client(kind, api), Machines.get, app_name=APP, machine_id=MACHINE_ID
    )

    error = _error_of(result)
    assert (error.kind, error.status, error.code) == ("decode", 200, "decode_error")
    assert error.body == "<html>maintenance</html>"
    assert error.request_id == REQUEST_ID


@pytest.mark.parametrize(
    ("answer", "model", "field"),
    [
        ({k: v for k, v in MACHINE_JSON.items() if k != "id"}, "Machine", "id"),
        ({k: v for k, v in MACHINE_JSON.items() if k != "created_at"}, "Machine", "created_at"),
        (
            {**MACHINE_JSON, "events": [{"type": "start", "status": "started", "source": "flyd"}]},
            "MachineEvent",
            "timestamp",
        ),
    ],
    ids=["id", "created_at", "an-events-timestamp"],
)
async def test_an_answer_without_a_field_the_api_always_sends_is_a_decode_err_naming_it(
    kind: Kind, api: respx.MockRouter, answer: dict[str, Any], model: str, field: str
) -> None:
    # Reads are retried after a decode error that a second answer could cure; not this one.
    route = api.route().mock(return_value=answering(200, answer))
    client = mock_client(kind, api, retry=RetryPolicy(attempts=4))

    result = await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    error = _error_of(result)
    assert (error.kind, error.status, error.code) == ("decode", 200, "decode_error")
    assert error.message == f"the answer has no {field!r}, which a {model} always has"
    assert error.retryable is False and route.call_count == 1 and error.attempts == 1
    assert error.body == answer  # the answer as it came, for whoever needs the rest of it
    assert error.suggestion and "error.body" in error.suggestion
    assert error.request_id == REQUEST_ID
    assert f"decode_error: {error.message}" in str(error)


async def test_a_dropped_connection_is_an_err_too(kind: Kind, api: respx.MockRouter) -> None:
    api.route().mock(side_effect=httpx.RemoteProtocolError("Server disconnected"))

    result = await run_result(
        mock_client(kind, api), Machines.start, app_name=APP, machine_id=MACHINE_ID
    )

    error = _error_of(result)
    assert (error.kind, error.code, error.status) == ("connection", "connection_error", None)
    assert error.message == "RemoteProtocolError: Server disconnected"


# -- wait: the API's own deadline and the 404 right after a create -----------------------

DEADLINE_BODY = {
    "error": "deadline_exceeded: machine failed to reach desired state, started, currently stopped"
}


async def test_wait_asks_again_after_the_servers_deadline_until_its_own(
    kind: Kind, api: respx.MockRouter
) -> None:
    route = api.route().mock(
        side_effect=[
            answering(408, DEADLINE_BODY),
            answering(200, {"ok": True, "state": "started"}),
        ]
    )

    result = await run_result(
        mock_client(kind, api), Machines.wait, app_name=APP, machine_id=MACHINE_ID, timeout=120
    )

    assert isinstance(result, Ok), result
    assert route.call_count == 2
    assert [call.request.url.params["timeout"] for call in route.calls] == ["60", "60"]


async def test_wait_that_never_gets_there_is_a_timeout_err(
    kind: Kind, api: respx.MockRouter
) -> None:
    clock = ManualClock()
    route = api.route().mock(side_effect=lambda request: answering(408, DEADLINE_BODY))

    result = await run_result(
        mock_client(kind, api, clock=clock),
        Machines.wait,
        app_name=APP,
        machine_id=MACHINE_ID,
        timeout=30,
    )

    error = _error_of(result)
    assert (error.kind, error.code, error.status) == ("timeout", "deadline_exceeded", 408)
    assert error.message.startswith(f"machine {MACHINE_ID} did not reach started within 30s")
    assert (error.request_id, error.trace_id, error.method) == (REQUEST_ID, TRACE_ID, "GET")
    assert error.url is not None
    assert error.url.startswith(WAIT_URL)
    assert error.retryable is True
    assert error.suggestion is not None
    assert error.attempts == route.call_count > 1
    # It gave up when the caller's deadline passed, not earlier and not much later.
    assert clock.monotonic() == pytest.approx(30.0)


async def test_wait_tolerates_a_404_right_after_create(kind: Kind, api: respx.MockRouter) -> None:
    route = api.route().mock(
        side_effect=[
            answering(404, {"error": "machine not found"}),
            answering(200, {"ok": True, "state": "started"}),
        ]
    )

    result = await run_result(
        mock_client(kind, api), Machines.wait, app_name=APP, machine_id=MACHINE_ID
    )

    assert isinstance(result, Ok), result
    assert route.call_count == 2


async def test_wait_reports_a_machine_that_stays_missing(kind: Kind, api: respx.MockRouter) -> None:
    route = api.route().mock(
        side_effect=lambda request: answering(404, {"error": "machine not found"})
    )

    result = await run_result(
        mock_client(kind, api), Machines.wait, app_name=APP, machine_id=MACHINE_ID
    )

    error = _error_of(result)
    assert (error.kind, error.status, error.code, error.message) == (
        "http",
        404,
        "not_found",
        "machine not found",
    )
    assert error.request_id == REQUEST_ID
    assert route.call_count > 1


# -- retries: only where repeating is safe -------------------------------------------------


async def test_a_read_is_retried_after_429_honouring_retry_after(
    kind: Kind, api: respx.MockRouter
) -> None:
    clock = ManualClock()
    route = api.route().mock(
        side_effect=[
            answering(429, {"error": "rate limit exceeded"}, **{"retry-after": "2"}),
            answering(200, MACHINE_JSON),
        ]
    )
    client = mock_client(kind, api, clock=clock, retry=True)

    result = await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    assert isinstance(result, Ok), result
    assert route.call_count == 2
    assert clock.sleeps == [2.0]


async def test_a_create_is_not_sent_twice_after_an_ambiguous_failure_it_cannot_clear_up(
    kind: Kind, api: respx.MockRouter
) -> None:
    # Every answer is 503, the look-up for the create's launch id too: whether the create
    # landed stays unknown, so it is not sent again.
    route = api.route().mock(side_effect=lambda request: answering(503, {"error": "unavailable"}))
    client = mock_client(kind, api, clock=ManualClock(), retry=RetryPolicy(attempts=4))

    result = await run_result(client, Machines.create, app_name=APP, config=CONFIG)

    error = _error_of(result)
    assert error.status == 503 and "it was not sent again" in error.message
    assert [call.request.method for call in route.calls] == ["POST"] + ["GET"] * 4


async def test_retries_that_run_out_say_how_many_attempts_were_made(
    kind: Kind, api: respx.MockRouter
) -> None:
    route = api.route().mock(side_effect=lambda request: answering(503, {"error": "unavailable"}))
    client = mock_client(kind, api, retry=RetryPolicy(attempts=3))

    error = _error_of(await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID))

    assert route.call_count == error.attempts == 3
    assert str(error).endswith("; 3 attempts)")


# -- arguments rejected before anything is sent --------------------------------------------

ONE = {"app_name": APP, "machine_id": MACHINE_ID}

INVALID = [
    ("get", Machines.get, {"app_name": "", "machine_id": MACHINE_ID}, "app_name must not be empty"),
    ("list", Machines.list, {"app_name": 1}, "app_name must be a string, not int"),
    ("get-id", Machines.get, {"app_name": APP, "machine_id": ""}, "machine_id must not be empty"),
    ("start-id", Machines.start, {"app_name": APP, "machine_id": None}, "machine_id must be a"),
    ("stop-space", Machines.stop, {"app_name": APP, "machine_id": " 1"}, "surrounding whitespace"),
    ("destroy", Machines.destroy, {"app_name": [APP], "machine_id": MACHINE_ID}, "app_name"),
    ("signal-name", Machines.signal, {**ONE, "signal": "SIGFOO"}, "signal='SIGFOO' is not"),
    ("signal-number", Machines.signal, {**ONE, "signal": 999}, "not a signal number"),
    ("signal-empty", Machines.signal, {**ONE, "signal": ""}, "signal must be a signal name"),
    ("stop-signal", Machines.stop, {**ONE, "signal": "SIGSEGV"}, "not a signal"),
    ("restart-signal", Machines.restart, {**ONE, "signal": "SIGBUS"}, "not a signal"),
    ("stop-timeout", Machines.stop, {**ONE, "timeout": -1}, "timeout must be positive"),
    ("wait-state", Machines.wait, {**ONE, "state": "running"}, "state='running' is not a state"),
    ("wait-states", Machines.wait, {**ONE, "state": ["started", "up"]}, "state='up' is not"),
    ("wait-no-state", Machines.wait, {**ONE, "state": []}, "at least one state"),
    ("wait-zero", Machines.wait, {**ONE, "timeout": 0}, "timeout must be positive, not 0"),
    ("wait-negative", Machines.wait, {**ONE, "timeout": -5}, "timeout must be positive"),
    ("wait-bool", Machines.wait, {**ONE, "timeout": True}, "timeout must be a number"),
    ("create-str", Machines.create, {"app_name": APP, "config": "flyio/hellofly"}, "config must"),
    ("create-none", Machines.create, {"app_name": APP, "config": None}, "not NoneType"),
    ("update-list", Machines.update, {**ONE, "config": ["image"]}, "not list"),
    ("create-shape", Machines.create, {"app_name": APP, "config": {"guest": 4}}, "does not fit"),
    ("create-app", Machines.create, {"app_name": "", "config": CONFIG}, "app_name must not"),
]


@pytest.mark.parametrize(
    ("function", "kwargs", "problem"),
    [pytest.param(*case[1:], id=case[0]) for case in INVALID],
)
async def test_an_invalid_argument_is_an_err_and_sends_nothing(
    kind: Kind, api: respx.MockRouter, function: Any, kwargs: dict[str, Any], problem: str
) -> None:
    route = api.route().mock(return_value=answering(200, MACHINE_JSON))

    error = _error_of(await run_result(mock_client(kind, api), function, **kwargs))

    assert route.call_count == 0
    assert (error.kind, error.code, error.status) == ("invalid_request", "invalid_request", None)
    assert problem in error.message
    assert str(error) == f"invalid_request: {error.message}"


MISSING = [
    ("list", Machines.list, {}),
    ("get", Machines.get, {"app_name": APP}),
    ("create", Machines.create, {"app_name": APP}),
    ("update", Machines.update, ONE),
    ("signal", Machines.signal, ONE),
    ("wait", Machines.wait, {"machine_id": MACHINE_ID}),
]


@pytest.mark.parametrize(
    ("function", "kwargs"), [pytest.param(*case[1:], id=case[0]) for case in MISSING]
)
def test_a_missing_keyword_is_a_type_error(
    kind: Kind, api: respx.MockRouter, function: Any, kwargs: dict[str, Any]
) -> None:
    route = api.route().mock(return_value=answering(200, MACHINE_JSON))

    with pytest.raises(TypeError, match="missing 1 required keyword-only argument"):
        function(mock_client(kind, api), **kwargs)

    assert route.call_count == 0


def test_positional_arguments_and_non_clients_are_type_errors(api: respx.MockRouter) -> None:
    client = mock_client("sync", api)
    with pytest.raises(TypeError):
        Machines.get(client, APP, MACHINE_ID)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"fly_machines\.Client or AsyncClient"):
        Machines.get(mock_http("sync", api), app_name=APP, machine_id=MACHINE_ID)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        Machines.signal(client, nonce="n", **ONE, signal="SIGTERM")  # type: ignore[call-overload]
    assert api.calls.call_count == 0


# -- a server that echoes the token back -----------------------------------------------------

BODY_LIMIT = 2000


def _assert_no_token(error: FlyError) -> None:
    for text in error_texts(error):
        assert TOKEN.lower() not in text.lower(), text


async def _error_for(kind: Kind, api: respx.MockRouter, answer: httpx.Response) -> FlyError:
    api.route().mock(return_value=answer)
    client = mock_client(kind, api, token=TOKEN)
    return _error_of(await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID))


@pytest.mark.parametrize("inside", [1, 6, len(TOKEN) // 2, len(TOKEN) - 1])
async def test_a_token_straddling_the_body_cut_is_not_shown(
    kind: Kind, api: respx.MockRouter, inside: int
) -> None:
    # `inside` characters of the token fall before the cut, the rest after it.
    text = "x" * (BODY_LIMIT - inside) + TOKEN + " and more"

    error = await _error_for(kind, api, httpx.Response(500, text=text))

    _assert_no_token(error)
    assert isinstance(error.body, str) and len(error.body) <= BODY_LIMIT
    for length in range(6, len(TOKEN)):
        assert not error.body.endswith(TOKEN[:length])


async def test_no_start_of_a_token_is_left_at_the_body_cut(
    kind: Kind, api: respx.MockRouter
) -> None:
    # The server itself cut the token short, just past where the body is cut.
    text = "x" * (BODY_LIMIT - 20) + TOKEN[:25] + " and more"

    error = await _error_for(kind, api, httpx.Response(500, text=text))

    assert isinstance(error.body, str)
    assert TOKEN[:20] not in error.body
    assert error.body.endswith("<redacted>")


@pytest.mark.parametrize(
    "body", [b"", b"<html><body>Bad Gateway</body></html>"], ids=["empty", "html"]
)
async def test_a_reason_phrase_echoing_the_token_is_redacted(
    kind: Kind, api: respx.MockRouter, body: bytes
) -> None:
    reason = f"Bad token FlyV1 {TOKEN}".encode()
    answer = httpx.Response(502, content=body, extensions={"reason_phrase": reason})

    error = await _error_for(kind, api, answer)

    _assert_no_token(error)
    assert error.message == "bad token flyv1 <redacted>"


async def test_request_and_trace_ids_echoing_the_token_are_redacted(
    kind: Kind, api: respx.MockRouter
) -> None:
    answer = answering(
        503,
        {"error": "unavailable"},
        **{"fly-request-id": f"req-{TOKEN}", "fly-trace-id": f"FlyV1 {TOKEN}"},
    )

    error = await _error_for(kind, api, answer)

    _assert_no_token(error)
    assert (error.request_id, error.trace_id) == ("req-<redacted>", "FlyV1 <redacted>")


def _escaped(text: str) -> str:
    return "".join(f"\\u{ord(character):04x}" for character in text)


async def test_a_token_written_with_unicode_escapes_in_json_is_redacted(
    kind: Kind, api: respx.MockRouter
) -> None:
    token = _escaped(TOKEN)
    half = len(TOKEN) // 2
    mixed = TOKEN[:half] + _escaped(TOKEN[half:])
    raw = (
        f'{{"error": "bad token {token}", "status": "{mixed}",'
        f' "details": [{{"{token}": ["{mixed}", 1]}}], "{mixed}": null}}'
    )

    error = await _error_for(kind, api, httpx.Response(401, content=raw.encode()))

    _assert_no_token(error)
    assert error.body == {
        "error": "bad token <redacted>",
        "status": "<redacted>",
        "details": [{"<redacted>": ["<redacted>", 1]}],
        "<redacted>": None,
    }
    assert (error.message, error.code) == ("bad token <redacted>", "<redacted>")


async def test_a_token_of_digits_echoed_as_a_json_number_is_redacted(
    kind: Kind, api: respx.MockRouter
) -> None:
    digits = "8675309012345678"
    api.route().mock(return_value=httpx.Response(400, content=f'{{"token": {digits}}}'.encode()))
    client = mock_client(kind, api, token=digits)

    error = _error_of(await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID))

    assert error.body == {"token": "<redacted>"}
    assert digits not in str(error)


async def test_a_transport_error_showing_the_header_is_redacted(
    kind: Kind, api: respx.MockRouter
) -> None:
    header = f"FlyV1 {TOKEN}".encode()
    api.route().mock(side_effect=httpx.LocalProtocolError(f"Illegal header value {header!r}"))
    client = mock_client(kind, api, token=TOKEN)

    error = _error_of(await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID))

    _assert_no_token(error)
    assert error.message == "LocalProtocolError: Illegal header value b'FlyV1 <redacted>'"
