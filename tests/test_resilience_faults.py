"""Fault injection: every operation class under every fault, on a scripted server.

The server answers the first request with the fault and every later one with success.
For each pair the test asserts how many requests were made, the delays the client asked
for (on a ManualClock, with exact jitter), and the result. The expectation follows the
policy of issue 5: a request that provably never left (connection refused) is always
retried; 429/502/503/504, a reset, a read timeout or a mangled success body are retried
only for reads, waits and idempotent operations; 500 never; 408 is re-issued by waits.
Machine creates look their launch id up before sending again, which a script that answers
every request alike cannot show: tests/test_resilience_create.py puts them through the
same faults against the simulator.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from support.kinds import KINDS, Kind, failure, run_result
from support.resilience import (
    APP,
    BASE,
    CLOCK_START,
    CONFIG,
    MACHINE_ID,
    MACHINE_JSON,
    VOLUME_JSON,
    exact,
    retrying_client,
)
from support.transports import Answer, Script, raising, respond

from fly_machines import Machines, ManualClock, RetryPolicy, Secrets, Volumes

READ, WAIT, IDEMPOTENT, UNSAFE = "read", "wait", "idempotent", "unsafe"
SAFE = frozenset({READ, WAIT, IDEMPOTENT})
EVERY = frozenset({READ, WAIT, IDEMPOTENT, UNSAFE})

_ONE = {"app_name": APP, "machine_id": MACHINE_ID}
_OK = {"ok": True}


@dataclass(frozen=True)
class Op:
    id: str
    kind: str  # the operation's retry class
    function: Callable[..., Any]
    kwargs: dict[str, Any]
    answer: Any  # the JSON body of its success


OPS: tuple[Op, ...] = (
    Op("get", READ, Machines.get, _ONE, MACHINE_JSON),
    Op("list", READ, Machines.list, {"app_name": APP}, [MACHINE_JSON]),
    Op("wait", WAIT, Machines.wait, _ONE, {"ok": True, "state": "started"}),
    Op(
        "start",
        IDEMPOTENT,
        Machines.start,
        _ONE,
        {"previous_state": "stopped", "migrated": False, "new_host": ""},
    ),
    Op("stop", IDEMPOTENT, Machines.stop, _ONE, _OK),
    Op("destroy", IDEMPOTENT, Machines.destroy, _ONE, _OK),
    Op(
        "release_lease",
        IDEMPOTENT,
        Machines.release_lease,
        {**_ONE, "nonce": "abc123nonce"},
        {"status": "success", "data": {"ok": True}},
    ),
    Op(
        "volume_extend",
        IDEMPOTENT,
        Volumes.extend,
        {"app_name": APP, "volume_id": "vol_4d1q8o2", "size_gb": 20},
        {"needs_restart": False, "volume": VOLUME_JSON},
    ),
    Op(
        "secret_set",
        IDEMPOTENT,
        Secrets.set,
        {"app_name": APP, "name": "DATABASE_URL", "value": "postgres://db"},
        {"name": "DATABASE_URL", "version": 2},
    ),
    Op(
        "exec",
        UNSAFE,
        Machines.exec,
        {**_ONE, "command": ["echo", "hi"]},
        {"exit_code": 0, "stdout": "hi\n", "stderr": ""},
    ),
    Op("signal", UNSAFE, Machines.signal, {**_ONE, "signal": "SIGUSR1"}, _OK),
    Op(
        "acquire_lease",
        UNSAFE,
        Machines.acquire_lease,
        _ONE,
        {"status": "success", "data": {"nonce": "abc123nonce", "expires_at": 1700000030}},
    ),
    Op("restart", UNSAFE, Machines.restart, _ONE, _OK),
    Op("update", UNSAFE, Machines.update, {**_ONE, "config": CONFIG}, MACHINE_JSON),
)


def _http_date_in(seconds: int) -> Answer:
    """A 429 whose Retry-After is an HTTP date `seconds` after the clock's start."""
    when = datetime.fromtimestamp(CLOCK_START + seconds, tz=timezone.utc)
    return respond(429, {"error": "rate limited"}, **{"retry-after": format_datetime(when, True)})


BAD_GATEWAY_PAGE = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


@dataclass(frozen=True)
class Fault:
    id: str
    answer: Answer
    retried_for: frozenset[str]  # the operation classes that try again
    delay: float  # the pause before trying again
    kind: str  # the error when it is not retried
    code: str
    status: int | None = None
    applies_to: frozenset[str] = field(default=EVERY)


def _exc(cls: type[httpx.TransportError], message: str) -> Answer:
    return raising(lambda request: cls(message, request=request))


FAULTS: tuple[Fault, ...] = (
    Fault(
        "429-retry-after-seconds",
        respond(429, {"error": "rate limited"}, **{"retry-after": "2"}),
        SAFE,
        2.0,
        "http",
        "rate_limited",
        429,
    ),
    Fault("429-retry-after-date", _http_date_in(3), SAFE, 3.0, "http", "rate_limited", 429),
    Fault(
        "429-bare", respond(429, {"error": "rate limited"}), SAFE, 0.1, "http", "rate_limited", 429
    ),
    Fault("500", respond(500, {"error": "boom"}), frozenset(), 0.0, "http", "internal_error", 500),
    Fault("502", respond(502, {"error": "bad gateway"}), SAFE, 0.1, "http", "bad_gateway", 502),
    Fault(
        "503",
        respond(503, {"error": "unavailable"}),
        SAFE,
        0.1,
        "http",
        "service_unavailable",
        503,
    ),
    Fault("504", respond(504, {"error": "timeout"}), SAFE, 0.1, "http", "gateway_timeout", 504),
    Fault("502-html-page", respond(502, BAD_GATEWAY_PAGE), SAFE, 0.1, "http", "bad_gateway", 502),
    Fault(
        "connection-refused",
        _exc(httpx.ConnectError, "[Errno 111] Connection refused"),
        EVERY,
        0.1,
        "connection",
        "connection_error",
    ),
    Fault(
        "reset-after-send",
        _exc(httpx.ReadError, "[Errno 104] Connection reset by peer"),
        SAFE,
        0.1,
        "connection",
        "connection_error",
    ),
    Fault(
        "disconnected-after-send",
        _exc(httpx.RemoteProtocolError, "Server disconnected without sending a response."),
        SAFE,
        0.1,
        "connection",
        "connection_error",
    ),
    Fault("read-timeout", _exc(httpx.ReadTimeout, "timed out"), SAFE, 0.1, "timeout", "timeout"),
    Fault(
        "truncated-json-200",
        respond(200, b'{"id": "148ed193b95d89", "sta'),
        SAFE,
        0.1,
        "decode",
        "decode_error",
        200,
    ),
    # The API's wait answers 408 at its deadline; one that comes back at once is followed
    # by the wait's own short pause. Any other operation gives a 408 back as it is.
    Fault(
        "408",
        respond(408, {"error": "deadline_exceeded: machine failed to reach desired state"}),
        frozenset({WAIT}),
        0.5,
        "http",
        "deadline_exceeded",
        408,
    ),
)


def _client(kind: Kind, script: Script, **options: Any) -> Any:
    clock = ManualClock(CLOCK_START)
    return retrying_client(kind, clock, base_url=BASE, transport=script.transport(), **options)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fault", FAULTS, ids=[f.id for f in FAULTS])
@pytest.mark.parametrize("op", OPS, ids=[op.id for op in OPS])
async def test_one_fault_then_success(kind: Kind, fault: Fault, op: Op) -> None:
    script = Script([fault.answer], then=respond(200, op.answer))
    client = _client(kind, script)

    result = await run_result(client, op.function, **op.kwargs)

    retried = op.kind in fault.retried_for
    assert len(script.requests) == (2 if retried else 1)
    assert client.clock.sleeps == ([fault.delay] if retried else [])
    if retried:
        assert result.ok, result.error
        # The retry re-sends the same request, not a different one.
        first, second = script.requests
        assert (second.method, second.url, second.content) == (
            first.method,
            first.url,
            first.content,
        )
    else:
        assert not result.ok
        error = result.error
        assert (error.kind, error.code, error.status) == (fault.kind, fault.code, fault.status)
        assert error.attempts == 1


# Faults that never clear: a retrying class uses all 4 attempts; the backoff doubles from
# 100 ms, or follows Retry-After.
PERSISTENT = [
    ("503", respond(503, {"error": "unavailable"}), [0.1, 0.2, 0.4]),
    ("429-retry-after", respond(429, {}, **{"retry-after": "2"}), [2.0, 2.0, 2.0]),
    ("connection-refused", _exc(httpx.ConnectError, "refused"), [0.1, 0.2, 0.4]),
    ("read-timeout", _exc(httpx.ReadTimeout, "timed out"), [0.1, 0.2, 0.4]),
]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("fault_id", "answer", "delays"), PERSISTENT, ids=[p[0] for p in PERSISTENT]
)
@pytest.mark.parametrize("op", OPS, ids=[op.id for op in OPS])
async def test_a_persistent_fault_gives_up_after_the_attempts_allowed(
    kind: Kind, fault_id: str, answer: Answer, delays: list[float], op: Op
) -> None:
    script = Script([], then=answer)
    client = _client(kind, script)

    result = await run_result(client, op.function, **op.kwargs)

    assert not result.ok
    retried = op.kind != UNSAFE or fault_id == "connection-refused"
    attempts = 4 if retried else 1
    assert len(script.requests) == attempts
    assert result.error.attempts == attempts
    assert client.clock.sleeps == (delays if retried else [])
    if attempts > 1:
        assert f"{attempts} attempts" in str(result.error)


# -- switching retries off and on ---------------------------------------------------------


def _flaky(op: Op, fault: Answer) -> Script:
    return Script([fault], then=respond(200, op.answer))


GET, EXEC = OPS[0], OPS[9]
UNAVAILABLE = respond(503, {"error": "unavailable"})
REFUSED = _exc(httpx.ConnectError, "refused")


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fault", [UNAVAILABLE, REFUSED], ids=["503", "connection-refused"])
async def test_retry_false_on_one_call_turns_retries_off_for_that_call(
    kind: Kind, fault: Answer
) -> None:
    script = Script([fault, fault], then=respond(200, MACHINE_JSON))
    client = _client(kind, script)

    once = await run_result(client, Machines.get, **GET.kwargs, retry=False)
    assert not once.ok and once.error.attempts == 1
    assert len(script.requests) == 1

    # The next call, without retry=False, retries as the client's policy says.
    again = await run_result(client, Machines.get, **GET.kwargs)
    assert again.ok
    assert len(script.requests) == 3
    assert client.clock.sleeps == [0.1]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_client_policy_applies_to_every_call_and_a_call_policy_overrides_it(
    kind: Kind,
) -> None:
    script = Script([], then=UNAVAILABLE)
    policy = RetryPolicy(attempts=2, initial=1.5, jitter=exact)
    client = _client(kind, script, retry=policy)

    result = await run_result(client, Machines.get, **GET.kwargs)
    assert failure(result).attempts == 2
    assert client.clock.sleeps == [1.5]

    per_call = RetryPolicy(attempts=3, initial=0.25, jitter=exact)
    result = await run_result(client, Machines.get, **GET.kwargs, retry=per_call)
    assert failure(result).attempts == 3
    assert client.clock.sleeps == [1.5, 0.25, 0.5]
    assert len(script.requests) == 5


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_client_made_with_retry_false_never_retries(kind: Kind) -> None:
    script = Script([REFUSED], then=respond(200, MACHINE_JSON))
    client = _client(kind, script, retry=False)

    result = await run_result(client, Machines.get, **GET.kwargs)

    assert not result.ok and result.error.code == "connection_error"
    assert len(script.requests) == 1 and client.clock.sleeps == []


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("op", [EXEC], ids=["exec"])
async def test_unsafe_operations_retry_only_when_the_caller_opts_in(kind: Kind, op: Op) -> None:
    script = _flaky(op, UNAVAILABLE)
    client = _client(kind, script, retry=RetryPolicy(unsafe=True, jitter=exact))
    assert (await run_result(client, op.function, **op.kwargs)).ok
    assert len(script.requests) == 2

    # Opting in for one call, on a client that does not.
    script = _flaky(op, UNAVAILABLE)
    client = _client(kind, script)
    per_call = RetryPolicy(unsafe=True, jitter=exact)
    assert (await run_result(client, op.function, **op.kwargs, retry=per_call)).ok
    assert len(script.requests) == 2


# -- Retry-After and the time budget -------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_retry_after_is_capped(kind: Kind) -> None:
    # An hour is capped to max_retry_after (30 s); with a 60 s budget that leaves room for
    # one more attempt, and a second 30 s pause would reach the end of the budget.
    script = Script([], then=respond(429, {}, **{"retry-after": "3600"}))
    client = _client(kind, script, retry=RetryPolicy(total=60.0, jitter=exact))
    result = await run_result(client, Machines.get, **GET.kwargs)
    assert client.clock.sleeps == [30.0]
    assert failure(result).attempts == 2

    # With the default 30 s budget, a 30 s pause would leave no time for the attempt.
    script = Script([], then=respond(429, {}, **{"retry-after": "3600"}))
    client = _client(kind, script)
    result = await run_result(client, Machines.get, **GET.kwargs)
    assert client.clock.sleeps == []
    assert failure(result).attempts == 1

    script = Script([], then=respond(503, {}, **{"retry-after": "3600"}))
    client = _client(kind, script, retry=RetryPolicy(max_retry_after=5.0, jitter=exact))
    await run_result(client, Machines.get, **GET.kwargs)
    assert client.clock.sleeps == [5.0, 5.0, 5.0]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("value", "delay"),
    [("0", 0.0), ("1.5", 1.5), ("soon", 0.1), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
    ids=["zero", "fraction", "garbage-falls-back-to-backoff", "date-in-the-past"],
)
async def test_retry_after_values(kind: Kind, value: str, delay: float) -> None:
    script = Script([respond(429, {}, **{"retry-after": value})], then=respond(200, MACHINE_JSON))
    client = _client(kind, script)
    assert (await run_result(client, Machines.get, **GET.kwargs)).ok
    assert client.clock.sleeps == [delay]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_the_total_time_budget_stops_retries(kind: Kind) -> None:
    # 12 s + 12 s fit in the 30 s budget; a third 12 s would not.
    script = Script([], then=respond(503, {}, **{"retry-after": "12"}))
    client = _client(kind, script)
    result = await run_result(client, Machines.get, **GET.kwargs)
    assert client.clock.sleeps == [12.0, 12.0]
    assert failure(result).attempts == 3


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_the_time_budget_counts_slow_answers_too(kind: Kind) -> None:
    clock = ManualClock()

    def slow_failure(request: httpx.Request) -> httpx.Response:
        clock.advance(20.0)  # the server takes 20 s to fail
        return respond(503, {})(request)

    script = Script([], then=slow_failure)
    client = retrying_client(kind, clock, base_url=BASE, transport=script.transport())
    result = await run_result(client, Machines.get, **GET.kwargs)

    # 20 s + 0.1 s pause + 20 s: a further pause would start past the 30 s budget.
    assert clock.sleeps == [0.1]
    assert failure(result).attempts == 2


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_default_jitter_keeps_each_delay_between_half_and_all_of_the_backoff(
    kind: Kind,
) -> None:
    script = Script([], then=UNAVAILABLE)
    client = _client(kind, script, retry=True)
    await run_result(client, Machines.get, **GET.kwargs)
    assert len(client.clock.sleeps) == 3
    for slept, backoff in zip(client.clock.sleeps, [0.1, 0.2, 0.4], strict=True):
        assert backoff / 2 <= slept <= backoff


def test_the_backoff_is_capped() -> None:
    policy = RetryPolicy(attempts=10, initial=1.0, cap=5.0, total=1000.0, jitter=exact)
    assert [policy.delay(n, 0.0) for n in range(1, 10)] == [1, 2, 4, 5, 5, 5, 5, 5, 5]
    assert policy.delay(10, 0.0) is None


@pytest.mark.parametrize(
    "bad",
    [{"attempts": 0}, {"initial": -1.0}, {"cap": -1.0}, {"total": -1.0}, {"max_retry_after": -1}],
)
def test_a_nonsensical_policy_is_refused_with_a_message_naming_the_setting(
    bad: dict[str, Any],
) -> None:
    with pytest.raises(ValueError, match=next(iter(bad))):
        RetryPolicy(**bad)


def test_the_retried_body_is_the_same_json() -> None:
    # Guards the comparison above: a re-sent create would carry the same config.
    script = Script([REFUSED], then=respond(200, MACHINE_JSON))
    client = _client("sync", script)
    Machines.create(client, app_name=APP, config=CONFIG)
    bodies = [json.loads(r.content) for r in script.requests]
    assert bodies[0] == bodies[1] and bodies[0]["config"]["image"] == CONFIG["image"]
