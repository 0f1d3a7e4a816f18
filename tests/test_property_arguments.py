"""Property: whatever a careless user or an attacker passes to any facade function, the
call ends in an `Ok` or an `Err` (never an exception), and every request that leaves
targets the path template of the operation being sent, with exactly the given values.

Every public facade function is found by walking the namespaces, so a new one is covered
without a line here. Each argument is drawn from plausible values and from hostile ones:
text with dots, slashes, unicode, control characters or a huge length; numbers including
NaN, infinities and huge values; nested containers holding values JSON cannot carry.
"""

from __future__ import annotations

import asyncio
import inspect
import math
import re
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.kinds import KINDS, Kind, run
from support.resilience import APP, CONFIG, new_sim, sim_machine

import fly_machines
from fly_machines import (
    Apps,
    AsyncClient,
    Certificates,
    Client,
    Err,
    Event,
    Fleet,
    Jobs,
    Machines,
    ManualClock,
    Ok,
    Orchestrator,
    Platform,
    Postgres,
    RetryPolicy,
    SecretKeys,
    Secrets,
    Tokens,
    Volumes,
)
from fly_machines._endpoint import Endpoint, endpoints_of

# Subprocesses, codegen, real servers or property suites: `pytest -m 'not slow'` skips it.
pytestmark = pytest.mark.slow

NAMESPACES = (
    Machines,
    Jobs,
    Apps,
    Volumes,
    Secrets,
    SecretKeys,
    Tokens,
    Certificates,
    Orchestrator,
    Platform,
    Postgres,
    Fleet,
)
ENDPOINTS = sorted(
    (
        (f"{namespace.__name__}.{name}", value)
        for namespace in NAMESPACES
        for name, value in endpoints_of(namespace).items()
    ),
    key=lambda item: item[0],
)
MAX_REQUESTS = 60  # then the server refuses everything, so a long wait ends

HOSTILE_TEXT = st.one_of(
    st.sampled_from(
        [".", "..", "", " ", "/", "a/b", "../x", "./", "%2e%2e", "%2F", "\x00", "a\r\nb",
         "é/ü", "?x=1", "#f", "x" * 5000, "7" * 70_000, "SIGTERM", "started", "\ud800"]
    ),
    st.text(max_size=12),
)  # fmt: skip
NUMBERS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1, 2**63, 10**30, 1e308]),
    # Past Python's int-to-text limit (4,300 digits); built, so no repr ever prints it.
    st.builds(pow, st.just(10), st.just(5000)),
)
NOT_JSON = st.sampled_from(
    [datetime(2025, 1, 1, tzinfo=timezone.utc), frozenset({1}), Decimal("1.5"),
     datetime.min.replace(tzinfo=timezone(timedelta(hours=5))),
     uuid.UUID(int=7), b"bytes", object(), math.nan, RetryPolicy(), httpx.Timeout(1.0)]
)  # fmt: skip
SCALARS = st.one_of(HOSTILE_TEXT, NUMBERS, st.booleans(), st.none(), NOT_JSON)
NESTED = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(st.text(max_size=4), st.integers()), inner, max_size=3),
        st.builds(set, st.lists(st.integers(), max_size=2)),
    ),
    max_leaves=6,
)

PLAUSIBLE: dict[str, list[Any]] = {
    "app_name": [APP],
    "config": [CONFIG, {**CONFIG, "env": {"A": "1"}}],
    "command": [["echo", "hi"], "echo hi"],
    "signal": ["SIGTERM", 15],
    "key": ["role"],
    "hostname": ["www.example.com"],
    "fullchain": ["-----BEGIN CERTIFICATE-----\nMII\n"],
    "private_key": ["-----BEGIN PRIVATE KEY-----\nMIE\n"],
    "value": ["web"],
    "name": ["thing-1"],
    "region": ["ord"],
    "state": ["started", ["stopped", "destroyed"]],
    "size_gb": [1],
    "org_slug": ["personal"],
    "timeout": [1, 2.5],
    "ttl": [10],
    "retry": [False, RetryPolicy(attempts=2)],
    "http_timeout": [5.0, httpx.Timeout(5.0)],
    "metadata": [{"role": "web"}],
    "secrets": [{"A": "b"}],
    "values": [{"A": "b"}],
    "type": ["v6", "shared_v4", "egress_pair", "hs256", "xaes256gcm", "full", "incr"],
    "ip": ["2a09:8280:1::1"],
    "limit_mb": [128, 256],
    "amount_mb": [16],
    "count": [0, 3],
    "updated_after": [datetime(2020, 1, 1, tzinfo=timezone.utc), "2020-01-01T00:00:00Z"],
    "compute": [{"cpus": 2, "memory_mb": 4096}],
    "weights": [{"region": 0}],
    "plaintext": [b"plain"],
    "signature": [bytes(32)],
    "header": ["FlyV1 fm2_flysim_x.y"],
    "expiry": ["1h", 60],
    "plan": ["basic"],
    "disk_size_gb": [10],
    "pg_major_version": ["17"],
    "role": ["writer"],
    "username": ["fly-user"],
    "database_name": ["fly-db"],
    "database": ["fly-db"],
    "extension_name": ["citext"],
    "range": [60],
    "pitr_time": ["2023-11-14T22:13:20Z"],
    "counts": [{"ord": 2}, {"ord": 0, "ams": 1}],
    "strategy": ["rolling", "canary", "bluegreen", "immediate"],
    "max_unavailable": [1, 0.5],
    "lease_ttl": [13],
    "smoke_seconds": [0, 1.5],
    "wait_timeout": [5.0],
    "on_progress": [print, lambda step: None],
    "process_group": ["web"],
}


def _value_for(name: str, machine_id: str) -> st.SearchStrategy[Any]:
    plausible = [*PLAUSIBLE.get(name, []), *([machine_id] if name.endswith("_id") else [])]
    if plausible:
        return st.one_of(st.sampled_from(plausible), NESTED)
    return NESTED


class Watch(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The simulator's transport, keeping each request; refuses all after MAX_REQUESTS."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def _refuse(self, request: httpx.Request) -> httpx.Response | None:
        self.requests.append(request)
        if len(self.requests) > MAX_REQUESTS:
            return httpx.Response(400, json={"error": "enough"}, request=request)
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        refused = self._refuse(request)
        return refused or self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        refused = self._refuse(request)
        return refused or await self.inner.handle_async_request(request)


def _template(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[a-z_]+\})", path)
    return re.compile(
        "".join("([^/]+)" if p.startswith("{") else re.escape(p) for p in parts if p) + "$"
    )


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, (list, tuple)):
        return {v for v in value if isinstance(v, str)}
    return set()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("name", "function"), ENDPOINTS, ids=[n for n, _ in ENDPOINTS])
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_arguments_end_in_ok_or_err_and_reach_only_their_own_operation(
    kind: Kind, name: str, function: Endpoint[Any, Any], data: st.DataObject
) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim)
    watch = Watch(sim.transport())
    events: list[Event] = []
    options: dict[str, Any] = {
        "token": "prop-token-123",
        "base_url": "http://sim.invalid",
        "transport": watch,
    }
    clock = ManualClock()
    client: Client | AsyncClient = (
        Client(clock=clock, on_event=events.append, **options)
        if kind == "sync"
        else AsyncClient(clock=clock, on_event=events.append, **options)
    )
    parameters = [
        parameter
        for parameter in list(inspect.signature(function._build).parameters.values())[1:]
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    ]
    kwargs: dict[str, Any] = {}
    for parameter in parameters:
        required = parameter.default is inspect.Parameter.empty
        if required or data.draw(st.booleans(), label=f"give {parameter.name}"):
            kwargs[parameter.name] = data.draw(
                _value_for(parameter.name, machine_id), label=parameter.name
            )

    # The async client runs in its own event loop per example: hypothesis drives the test.
    outcome = asyncio.run(_closing(client, function, kwargs))

    assert isinstance(outcome, (Ok, Err))
    starts = [event for event in events if event.name == "request.start"]
    assert len(starts) == len(watch.requests)
    # What the coverage table says the function sends (read from its code) holds.
    assert {event.operation for event in starts} <= function.operations
    given_strings = set().union(*(_strings(v) for v in kwargs.values())) | {machine_id}
    for event, request in zip(starts, watch.requests, strict=True):
        assert request.method == event.method
        raw = request.url.raw_path.decode("ascii").split("?", 1)[0]
        match = _template(event.path).match(raw)
        assert match, f"{request.method} {raw} is not {event.operation} ({event.path})"
        for segment in match.groups():
            # Every path segment is one of the values given, or an id the API gave out.
            decoded = unquote(segment)
            assert decoded in given_strings or re.fullmatch(r"[0-9a-z_-]{3,40}", decoded)
        if event.app is not None:
            assert event.app in given_strings


async def _closing(
    client: Client | AsyncClient, function: Endpoint[Any, Any], kwargs: dict[str, Any]
) -> Any:
    try:
        return await run(client, function, **kwargs)
    finally:
        if isinstance(client, Client):
            client.close()
        else:
            await client.aclose()


def _operations() -> list[Any]:
    import importlib
    import pkgutil

    import fly_machines_api.api as api

    modules = []
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{tag.name}")
        for operation in pkgutil.iter_modules(package.__path__):
            modules.append(importlib.import_module(f"{package.__name__}.{operation.name}"))
    return sorted(modules, key=lambda module: module.__name__)


OPERATIONS = _operations()


@pytest.mark.parametrize(
    "operation", OPERATIONS, ids=[m.__name__.rsplit(".")[-1] for m in OPERATIONS]
)
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=st.data())
def test_call_with_any_arguments_reaches_only_its_own_operation(
    operation: Any, data: st.DataObject
) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim)
    watch = Watch(sim.transport())
    events: list[Event] = []
    client = Client(
        clock=ManualClock(),
        on_event=events.append,
        token="prop-token-123",
        base_url="http://sim.invalid",
        transport=watch,
    )
    kwargs: dict[str, Any] = {}
    for parameter in inspect.signature(operation._get_kwargs).parameters.values():
        required = parameter.default is inspect.Parameter.empty
        if required or data.draw(st.booleans(), label=f"give {parameter.name}"):
            values = _value_for(parameter.name, machine_id)
            # None means "not given" to call(): for a required one that is a TypeError.
            values = values.filter(lambda v: v is not None) if required else values
            kwargs[parameter.name] = data.draw(values, label=parameter.name)
    nonce = kwargs.pop("fly_machine_lease_nonce", None)  # call() takes it as nonce=

    with client:
        outcome = fly_machines.call(client, operation, nonce=nonce, **kwargs)

    assert isinstance(outcome, (Ok, Err))
    starts = [event for event in events if event.name == "request.start"]
    assert len(starts) == len(watch.requests) <= 1 + RetryPolicy().attempts
    for event, request in zip(starts, watch.requests, strict=True):
        raw = request.url.raw_path.decode("ascii").split("?", 1)[0]
        assert _template(event.path).match(raw), f"{raw} is not {event.path}"
