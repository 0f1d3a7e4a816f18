"""Issue 8's request-path findings, each reproduced as it was found and shown fixed.

Every test is named after the promise it protects. Items 2, 3, 8 and 9 (tokens, leases,
the rate limiter) have files of their own.
"""

from __future__ import annotations

import asyncio
import importlib
import math
import socket
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx
import pytest
from fly_machines_api.api.machines import machines_delete, machines_show
from fly_machines_api.operations import OPERATIONS
from fly_machines_api.types import PathParameterError
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import (
    APP,
    CONFIG,
    new_sim,
    retrying_client,
    sim_client,
    sim_clock,
    sim_machine,
    sim_state,
    sync_sim_client,
)
from support.servers import socket_server
from support.transports import Recording, Script, respond

import fly_machines
from fly_machines import AsyncClient, Client, Machines, ManualClock, RetryPolicy, Secrets, Volumes

pytestmark = pytest.mark.anyio


def _recorded(sim: Any, kind: Kind) -> tuple[Client | AsyncClient, Recording]:
    recording = Recording(sim.transport())
    return sim_client(sim, kind, transport=recording), recording


# -- 1. a path parameter can never change which operation a request reaches -----------------

DOT_SEGMENTS: list[tuple[str, Any, dict[str, Any], str]] = [
    ("machine-destroy", Machines.destroy, {"machine_id": ".."}, "machine_id='..'"),
    ("machine-update-dot", Machines.update, {"machine_id": ".", "config": CONFIG}, "'.'"),
    ("volume-destroy", Volumes.destroy, {"volume_id": ".."}, "volume_id='..'"),
    ("secret-delete", Secrets.delete, {"name": ".."}, "name='..'"),
    ("metadata-delete", Machines.delete_metadata, {"machine_id": "m", "key": ".."}, "key='..'"),
    ("machine-get", Machines.get, {"machine_id": ".."}, "machine_id='..'"),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "kwargs", "named"), [pytest.param(*c[1:], id=c[0]) for c in DOT_SEGMENTS]
)
async def test_dot_segments_never_reach_another_operation(
    kind: Kind, function: Any, kwargs: dict[str, Any], named: str
) -> None:
    sim = new_sim()
    client, recording = _recorded(sim, kind)

    error = failure(await run_result(client, function, app_name=APP, **kwargs))

    assert error.kind == "invalid_request"
    assert named in error.message
    assert "would change which operation" in error.message
    assert recording.requests == []
    assert sim.backend.get_app(APP)["name"] == APP  # the app was not deleted


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("value", [".", "..", ""])
async def test_call_refuses_dot_segments_before_sending(kind: Kind, value: str) -> None:
    sim = new_sim()
    client, recording = _recorded(sim, kind)

    result = await run_result(
        client,
        lambda c, **kw: fly_machines.call(c, machines_delete, **kw),
        app_name=APP,
        machine_id=value,
    )

    assert "machine_id" in failure(result).message
    assert recording.requests == []


@pytest.mark.parametrize("value", [".", "..", ""])
def test_the_generated_client_refuses_dot_segments(value: str) -> None:
    sim = new_sim()
    recording = Recording(sim.transport())
    client = fly_machines.attach(token="sim-token", base_url="http://sim.invalid")
    client.http_client._transport = recording  # the low-level client shares this transport
    with pytest.raises(PathParameterError, match="machine_id"):
        machines_delete.sync_detailed(app_name=APP, machine_id=value, client=client.low_level)
    assert recording.requests == []
    assert sim.backend.get_app(APP)["name"] == APP


@pytest.mark.parametrize("kind", KINDS)
async def test_a_huge_id_is_an_invalid_request_not_an_invalid_url_exception(kind: Kind) -> None:
    sim = new_sim()
    client, recording = _recorded(sim, kind)
    error = failure(await run_result(client, Machines.get, app_name=APP, machine_id="7" * 70_000))
    assert error.kind == "invalid_request"
    assert "machine_id is too long" in error.message
    assert recording.requests == []

    huge = {"machine_id": "7" * 70_000}
    show = lambda c, **kw: fly_machines.call(c, machines_show, **kw)  # noqa: E731
    result = await run_result(client, show, app_name=APP, **huge)
    assert failure(result).kind == "invalid_request"
    assert recording.requests == []


@pytest.mark.parametrize("kind", KINDS)
async def test_ids_with_slashes_and_unicode_stay_one_segment(kind: Kind) -> None:
    sim = new_sim()
    client, recording = _recorded(sim, kind)
    for machine_id in ["a/../../b", "%2e%2e", "ü/é", "a?b#c", "..."]:
        error = failure(await run_result(client, Machines.get, app_name=APP, machine_id=machine_id))
        assert error.status == 404
    paths = [request.url.raw_path.decode() for request in recording.requests]
    assert all(path.startswith(f"/v1/apps/{APP}/machines/") for path in paths)
    assert [path.count("/") for path in paths] == [5] * 5


# -- 4. a hang and a crash ----------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("header", ["nan", "NaN", "-nan", "inf", "1e999"])
async def test_a_non_finite_retry_after_neither_hangs_nor_skips_backoff(
    kind: Kind, header: str
) -> None:
    script = Script([], then=respond(503, {}, **{"retry-after": header}))
    clock = ManualClock()
    client = retrying_client(kind, clock, transport=script.transport())

    result = await asyncio.wait_for(
        run_result(client, Machines.get, app_name=APP, machine_id="m1"), timeout=5
    )

    error = failure(result)
    assert error.status == 503
    sleeps = clock.sleeps
    assert all(math.isfinite(s) and s > 0 for s in sleeps)
    # NaN is ignored (the policy's own backoff is used); infinity is capped like any long
    # wait, to max_retry_after, which leaves no room in the 30 s budget for a retry.
    assert len(sleeps) == (3 if "nan" in header.lower() else 0)


def test_a_clock_refuses_to_sleep_nan() -> None:
    clock = ManualClock()
    for bad in (math.nan, math.inf):
        with pytest.raises(ValueError, match="cannot sleep"):
            clock.sleep(bad)
        with pytest.raises(ValueError):
            clock.advance(bad)
    assert clock.monotonic() == 0.0
    with pytest.raises(ValueError):
        fly_machines.SystemClock().sleep(math.nan)
    with pytest.raises(ValueError):
        asyncio.run(asyncio.wait_for(fly_machines.SystemClock().async_sleep(math.nan), 1))


DEEP = b"[" * 1000 + b"]" * 1000


@pytest.mark.parametrize("kind", KINDS)
async def test_a_deeply_nested_success_body_is_a_decode_error(kind: Kind) -> None:
    cases: list[tuple[Any, dict[str, Any]]] = [
        (Machines.get, {"machine_id": "m1"}),
        (Machines.list, {}),
        (Machines.get_metadata, {"machine_id": "m1"}),
    ]
    for operation, kwargs in cases:
        script = Script([], then=respond(200, DEEP))
        client = retrying_client(kind, ManualClock(), transport=script.transport(), retry=False)
        error = failure(await run_result(client, operation, app_name=APP, **kwargs))
        assert error.kind == "decode"


# -- 5. a total budget is a bound on elapsed time -------------------------------------------


class Stalling(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A server that never answers: each request takes its whole read timeout (moving a
    ManualClock forward by it) and then fails with ReadTimeout."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.read_timeouts: list[float] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        read = request.extensions["timeout"]["read"]
        self.read_timeouts.append(read)
        self.clock.advance(read)
        raise httpx.ReadTimeout("stalled", request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


@pytest.mark.parametrize("kind", KINDS)
async def test_retries_never_take_a_call_past_its_budget(kind: Kind) -> None:
    clock = ManualClock()
    stalling = Stalling(clock)
    client = retrying_client(
        kind, clock, transport=stalling, timeout=httpx.Timeout(29.0, connect=5.0)
    )

    error = failure(await run_result(client, Machines.get, app_name=APP, machine_id="m1"))

    assert error.kind == "timeout"
    assert clock.monotonic() <= 30.0  # was 58 s: each 29 s attempt ran in full
    assert len(stalling.read_timeouts) >= 2  # it did retry, within what was left
    assert stalling.read_timeouts[0] == 29.0 and stalling.read_timeouts[1] < 1.0


@pytest.mark.parametrize("kind", KINDS)
async def test_a_per_call_timeout_longer_than_the_budget_is_kept_for_one_attempt(
    kind: Kind,
) -> None:
    clock = ManualClock()
    stalling = Stalling(clock)
    client = retrying_client(kind, clock, transport=stalling)

    await run_result(client, Machines.get, app_name=APP, machine_id="m1", http_timeout=120.0)

    assert stalling.read_timeouts == [120.0]
    assert clock.monotonic() == 120.0


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("timeout", [1.0, 5.0, 60.0, 150.0])
async def test_a_wait_returns_by_its_timeout_against_a_stalling_server(
    kind: Kind, timeout: float
) -> None:
    clock = ManualClock()
    client = retrying_client(kind, clock, transport=Stalling(clock))

    result = await run_result(client, Machines.wait, app_name=APP, machine_id="m1", timeout=timeout)

    assert failure(result).kind == "timeout"
    assert clock.monotonic() <= timeout + 1.0  # was 140 s for timeout=60


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A real server on 127.0.0.1 that accepts connections and never answers."""

    def never_answer(connection: socket.socket, stop: threading.Event) -> None:
        stop.wait()

    with socket_server(never_answer) as port:
        yield port


def test_a_wait_returns_by_its_timeout_on_a_real_stalled_connection(silent_server: int) -> None:
    with Client(token="tok-123456", base_url=f"http://127.0.0.1:{silent_server}") as client:
        started = time.monotonic()
        result = Machines.wait(client, app_name=APP, machine_id="m1", timeout=1.5)
        elapsed = time.monotonic() - started
    assert failure(result).code == "deadline_exceeded"
    assert elapsed < 1.5 + 1.0 + 0.5  # the timeout, its grace, and scheduling slack


async def test_an_async_call_keeps_to_its_budget_on_a_real_stalled_connection(
    silent_server: int,
) -> None:
    policy = RetryPolicy(total=1.0, initial=0.05)
    async with AsyncClient(
        token="tok-123456",
        base_url=f"http://127.0.0.1:{silent_server}",
        timeout=httpx.Timeout(0.8, connect=0.5),
        retry=policy,
    ) as client:
        started = time.monotonic()
        result = await Machines.get(client, app_name=APP, machine_id="m1")
        elapsed = time.monotonic() - started
    assert failure(result).kind == "timeout"
    assert elapsed < 1.0 + 0.5  # two 0.8 s attempts would take 1.6 s


@pytest.fixture
def trickling_server() -> Iterator[int]:
    """A real server on 127.0.0.1 that answers at once and then sends its body one byte
    every 0.2 s: every read succeeds, so only a bound on the whole exchange stops it."""

    def trickle(connection: socket.socket, stop: threading.Event) -> None:
        connection.settimeout(0.2)
        connection.recv(65536)
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
        while not stop.wait(0.2):
            connection.sendall(b" ")

    with socket_server(trickle) as port:
        yield port


def test_a_trickling_answer_cannot_hold_a_wait_past_its_timeout(trickling_server: int) -> None:
    with Client(token="tok-123456", base_url=f"http://127.0.0.1:{trickling_server}") as client:
        started = time.monotonic()
        result = Machines.wait(client, app_name=APP, machine_id="m1", timeout=1.5)
        elapsed = time.monotonic() - started
    assert failure(result).kind == "timeout"
    assert elapsed < 1.5 + 1.0 + 0.5  # was 35 s: each byte reset httpx's read timeout


async def test_a_trickling_answer_cannot_hold_an_async_call_past_its_budget(
    trickling_server: int,
) -> None:
    async with AsyncClient(
        token="tok-123456",
        base_url=f"http://127.0.0.1:{trickling_server}",
        retry=RetryPolicy(total=1.5, initial=0.05),
        timeout=httpx.Timeout(1.0),
    ) as client:
        started = time.monotonic()
        result = await Machines.get(client, app_name=APP, machine_id="m1")
        elapsed = time.monotonic() - started
    assert failure(result).kind == "timeout"
    assert elapsed < 1.5 + 0.5


# -- 6. invalid arguments are an Err, and nothing is sent -----------------------------------

M = {"app_name": APP, "machine_id": "m1"}
NOT_JSON = [
    datetime(2025, 1, 1),
    {"a", "b"},
    Decimal("1.5"),
    uuid4(),
    b"bytes",
    math.nan,
    math.inf,
    object(),
]
INVALID: list[tuple[str, Any, dict[str, Any], str]] = [
    *[
        (
            f"config-{type(v).__name__}-{i}",
            Machines.create,
            {"config": {**CONFIG, "env": {"A": v}}},
            "config",
        )
        for i, v in enumerate(NOT_JSON)
    ],
    (
        "config-guest-nan",
        Machines.create,
        {"config": {**CONFIG, "guest": {"cpus": math.nan}}},
        "config",
    ),
    ("config-key", Machines.create, {"config": {**CONFIG, 1: "x"}}, "config"),
    ("exec-stdin-bytes", Machines.exec, {**M, "command": ["ls"], "stdin": b"x"}, "stdin"),
    ("exec-timeout-nan", Machines.exec, {**M, "command": ["ls"], "timeout": math.nan}, "timeout"),
    ("exec-command-ints", Machines.exec, {**M, "command": [1, 2]}, "command"),
    ("wait-timeout-nan", Machines.wait, {**M, "timeout": math.nan}, "timeout"),
    ("wait-timeout-inf", Machines.wait, {**M, "timeout": math.inf}, "timeout"),
    ("list-state-int", Machines.list, {"state": [1]}, "state"),
    ("list-metadata-value", Machines.list, {"metadata": {"k": 1}}, "metadata"),
    ("retry-yes", Machines.get, {**M, "retry": "yes"}, "retry"),
    ("http-timeout-negative", Machines.get, {**M, "http_timeout": -1}, "http_timeout"),
    ("http-timeout-nan", Machines.get, {**M, "http_timeout": math.nan}, "http_timeout"),
    (
        "http-timeout-object",
        Machines.get,
        {**M, "http_timeout": httpx.Timeout(-1.0)},
        "http_timeout",
    ),
    ("stop-timeout-nan", Machines.stop, {**M, "timeout": math.nan}, "timeout"),
    ("lease-ttl-float", Machines.acquire_lease, {**M, "ttl": 1.5}, "ttl"),
    ("metadata-object", Machines.set_metadata, {**M, "key": "k", "value": object()}, "value"),
    ("nonce-newline", Machines.stop, {**M, "nonce": "abc\r\nX-Evil: 1"}, "nonce"),
    ("limit-bool", Machines.list, {"limit": True}, "limit"),
    ("deep-config", Machines.create, {"config": {**CONFIG, "env": {}}}, "config"),
]


def _deep(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(levels):
        value = {"x": value}
    return value


INVALID[-1] = (
    "deep-config",
    Machines.create,
    {"config": {**CONFIG, "metadata": _deep(500)}},
    "config",
)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "kwargs", "named"), [pytest.param(*c[1:], id=c[0]) for c in INVALID]
)
async def test_an_invalid_argument_is_an_err_naming_it_and_nothing_is_sent(
    kind: Kind, function: Any, kwargs: dict[str, Any], named: str
) -> None:
    sim = new_sim()
    client, recording = _recorded(sim, kind)
    kwargs.setdefault("app_name", APP)

    error = failure(await run_result(client, function, **kwargs))

    assert error.kind == "invalid_request"
    assert named in error.message
    assert recording.requests == []


# -- 7. an idempotent operation judged by its effect after a lost answer ---------------------


AFTER_A_LOST_ANSWER: list[tuple[str, Any, str, bool, tuple[str, ...]]] = [
    ("start", Machines.start, "Machines_start", False, ("starting", "started")),
    ("destroy", Machines.destroy, "Machines_delete", False, ("destroying", "destroyed")),
    ("suspend", Machines.suspend, "Machines_suspend", True, ("suspending", "suspended")),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "operation", "started", "goal"),
    [pytest.param(*case[1:], id=case[0]) for case in AFTER_A_LOST_ANSWER],
)
async def test_a_retried_idempotent_call_whose_first_attempt_worked_is_ok(
    kind: Kind, function: Any, operation: str, started: bool, goal: tuple[str, ...]
) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim, skip_launch=not started)
    if started:
        sim_clock(sim).advance(10)
        assert sim_state(sim, machine_id) == "started"
    sim.faults.drop_next(operation, after_processing=True)
    client = sim_client(sim, kind)

    ok_value(await run_result(client, function, app_name=APP, machine_id=machine_id))

    assert sim_state(sim, machine_id) in goal


@pytest.mark.parametrize("kind", KINDS)
async def test_a_retried_lease_release_whose_first_attempt_worked_is_ok(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim)
    client = sim_client(sim, kind)
    lease = ok_value(
        await run_result(client, Machines.acquire_lease, app_name=APP, machine_id=machine_id)
    )
    sim.faults.drop_next("Machines_release_lease", after_processing=True)

    nonce = lease.data.nonce
    ok_value(
        await run_result(
            client, Machines.release_lease, app_name=APP, machine_id=machine_id, nonce=nonce
        )
    )


@pytest.mark.parametrize("kind", KINDS)
async def test_a_retried_volume_destroy_whose_first_attempt_worked_is_ok_without_a_volume(
    kind: Kind,
) -> None:
    # The first answer (the Volume as it was destroyed) is lost and cannot be stood in for:
    # a Volume always has an id, a name, a state... So the value is None, not a hollow Volume.
    sim = new_sim()
    client = sim_client(sim, kind)
    volume = ok_value(
        await run_result(client, Volumes.create, app_name=APP, name="data", region="ord", size_gb=1)
    )
    sim.faults.drop_next("Volume_delete", after_processing=True)

    destroyed = await run_result(client, Volumes.destroy, app_name=APP, volume_id=volume.id)

    assert ok_value(destroyed) is None
    deletes = [r.status for r in sim.requests if r.operation_id == "Volume_delete"]
    assert deletes == [200, 404]  # destroyed by the first attempt, gone for the retry
    gone = failure(await run_result(client, Volumes.get, app_name=APP, volume_id=volume.id))
    assert gone.status == 404


@pytest.mark.parametrize("kind", KINDS)
async def test_a_refusal_without_an_earlier_lost_attempt_is_still_an_err(kind: Kind) -> None:
    # Only a retry after an attempt that may have reached the API is judged by effect:
    # starting a machine that is already starting, on the first try, is the API's 412.
    sim = new_sim()
    machine_id = sim_machine(sim)
    client = sim_client(sim, kind)
    error = failure(await run_result(client, Machines.start, app_name=APP, machine_id=machine_id))
    assert error.status == 412
    missing = failure(await run_result(client, Machines.destroy, app_name=APP, machine_id="0" * 14))
    assert missing.status == 404


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [400, 404, 412, 500, 503])
async def test_a_deeply_nested_error_body_is_an_http_error(kind: Kind, status: int) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000  # far past the body cut, and past the parser
    script = Script([], then=respond(status, deep))
    client = retrying_client(kind, ManualClock(), transport=script.transport(), retry=False)
    error = failure(await run_result(client, Machines.get, app_name=APP, machine_id="m1"))
    assert (error.kind, error.status) == ("http", status)
    script = Script([], then=respond(status, b'{"error": ' + b"[" * 900 + b"]" * 900 + b"}"))
    client = retrying_client(kind, ManualClock(), transport=script.transport(), retry=False)
    error = failure(await run_result(client, Machines.get, app_name=APP, machine_id="m1"))
    assert (error.kind, error.status) == ("http", status)


# -- found by the adversarial review --------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_an_upper_cased_token_in_the_reason_phrase_is_redacted(kind: Kind) -> None:
    token = "fo1_abcdef0123456789"

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, extensions={"reason_phrase": token.upper().encode()})

    client = retrying_client(
        kind, ManualClock(), token=token, transport=httpx.MockTransport(answer), retry=False
    )
    error = failure(await run_result(client, Machines.get, app_name=APP, machine_id="m1"))
    assert token not in f"{error} {error!r} {error.message}"


HUGE = 10**5000
BEYOND_64_BITS: list[tuple[str, Any, dict[str, Any]]] = [
    ("list-limit", Machines.list, {"limit": HUGE}),
    ("wait-timeout", Machines.wait, {"machine_id": "m1", "timeout": HUGE}),
    ("get-http-timeout", Machines.get, {"machine_id": "m1", "http_timeout": HUGE}),
    ("create-config", Machines.create, {"config": {**CONFIG, "env": {}, "guest": {"cpus": HUGE}}}),
    ("create-lease-ttl", Machines.create, {"config": CONFIG, "lease_ttl": 2**64}),
    ("extend", Volumes.extend, {"volume_id": "vol_1", "size_gb": HUGE}),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "kwargs"), [pytest.param(*c[1:], id=c[0]) for c in BEYOND_64_BITS]
)
async def test_whole_numbers_beyond_64_bits_are_invalid_arguments(
    kind: Kind, function: Any, kwargs: dict[str, Any]
) -> None:
    sim = new_sim()
    client, recording = _recorded(sim, kind)
    error = failure(await run_result(client, function, app_name=APP, **kwargs))
    assert error.kind == "invalid_request"
    assert recording.requests == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("nonce", ["x\r\nX-Evil: 1", "noncé", ""])
async def test_call_checks_the_generated_nonce_keyword_as_a_header(kind: Kind, nonce: str) -> None:
    sim = new_sim()
    client, recording = _recorded(sim, kind)
    result = await run_result(
        client,
        lambda c, **kw: fly_machines.call(c, machines_delete, **kw),
        app_name=APP,
        machine_id="m1",
        fly_machine_lease_nonce=nonce,
    )
    assert failure(result).kind == "invalid_request"
    assert recording.requests == []


@pytest.mark.parametrize("kind", KINDS)
async def test_waiting_for_the_rate_limiter_counts_against_the_budget(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim)
    client = sim_client(sim, kind, rate_limit=True, retry=RetryPolicy(total=1.0))
    clock = sim_clock(sim)
    for _ in range(6):
        started = clock.monotonic()
        result = await run_result(
            client, Machines.set_metadata, app_name=APP, machine_id=machine_id, key="k", value="v"
        )
        assert clock.monotonic() - started <= 1.0  # was up to 5 s
        if not result.ok:
            assert failure(result).code == "deadline_exceeded"


@pytest.mark.parametrize("base_url", ["https://api.machines.dev/?x=1", "https://h.test/#frag"])
def test_a_base_url_with_a_query_or_fragment_is_refused(base_url: str) -> None:
    with pytest.raises(ValueError, match="query or a fragment"):
        Client(token="tok-123456", base_url=base_url)


@pytest.mark.parametrize("field", ["initial", "cap", "total", "max_retry_after"])
def test_a_retry_policy_refuses_nan(field: str) -> None:
    with pytest.raises(ValueError, match=field):
        RetryPolicy(**{field: math.nan})  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_named_create_whose_look_up_fails_is_not_sent_again(kind: Kind) -> None:
    sim = new_sim()
    sim.faults.drop_next("Machines_create", after_processing=True)
    sim.faults.fail_next("Machines_list", status=401, count=3)
    client = sim_client(sim, kind)
    result = await run_result(client, Machines.create, app_name=APP, config=CONFIG, name="web-1")
    assert "not sent again" in failure(result).message
    assert len(sim.requests_to("Machines_create")) == 1


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_a_path_value_no_url_can_carry_is_an_invalid_request(operation_id: str) -> None:
    # A lone surrogate cannot be percent-encoded: quote() raised UnicodeEncodeError out of
    # every function. It is an Err naming the problem, and nothing is sent.
    operation = OPERATIONS[operation_id]
    if not operation.path_parameters:
        return
    module = importlib.import_module(operation.module)
    sim = new_sim()
    client = sync_sim_client(sim)
    params: dict[str, Any] = dict.fromkeys(operation.path_parameters, "\ud800")
    result = fly_machines.call(client, module, **params)
    assert not result.ok and result.error.kind == "invalid_request", result
    assert sim.requests == []


def test_an_aware_time_out_of_range_is_an_invalid_request() -> None:
    sim = new_sim()
    east = timezone(timedelta(hours=5))
    result = Machines.list_in_org(
        sync_sim_client(sim), org_slug="personal", updated_after=datetime.min.replace(tzinfo=east)
    )
    assert not result.ok and "updated_after" in result.error.message
    assert sim.requests == []
