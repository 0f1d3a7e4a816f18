"""HTTP timeouts: defaults, per client, per call, a user's own httpx client, and waits.

Each request's timeout is what httpx will enforce: `request.extensions["timeout"]`.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from support.kinds import KINDS, Kind, run_result
from support.resilience import APP, BASE, MACHINE_ID, MACHINE_JSON, TOKEN, retrying_client
from support.transports import Script, respond

import fly_machines
from fly_machines import AsyncClient, Client, Machines, ManualClock

WAITED = {"ok": True, "state": "started"}


def _timeout(request: httpx.Request) -> dict[str, float | None]:
    timeout = request.extensions["timeout"]
    assert isinstance(timeout, dict)
    return timeout


def _all(seconds: float | None) -> dict[str, float | None]:
    return {"connect": seconds, "read": seconds, "write": seconds, "pool": seconds}


def _script(body: Any = MACHINE_JSON) -> Script:
    return Script([], then=respond(200, body))


def _users_client(kind: Kind, script: Script, timeout: httpx.Timeout) -> Any:
    if kind == "sync":
        return httpx.Client(base_url=BASE, transport=script.transport(), timeout=timeout)
    return httpx.AsyncClient(base_url=BASE, transport=script.transport(), timeout=timeout)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_clients_the_facade_makes_connect_in_5s_and_read_in_30s(kind: Kind) -> None:
    script = _script()
    client = retrying_client(kind, ManualClock(), base_url=BASE, transport=script.transport())

    await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    assert _timeout(script.requests[0]) == {
        "connect": 5.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        (12.0, _all(12.0)),
        (httpx.Timeout(20.0, connect=1.0), {**_all(20.0), "connect": 1.0}),
    ],
    ids=["seconds", "httpx.Timeout"],
)
async def test_a_client_timeout_applies_to_every_call(
    kind: Kind, setting: float | httpx.Timeout, expected: dict[str, float | None]
) -> None:
    script = _script()
    client = retrying_client(
        kind, ManualClock(), base_url=BASE, transport=script.transport(), timeout=setting
    )

    await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    assert _timeout(script.requests[0]) == expected


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("setting", "expected"),
    [(2.5, _all(2.5)), (httpx.Timeout(None, connect=3.0), {**_all(None), "connect": 3.0})],
    ids=["seconds", "httpx.Timeout"],
)
async def test_http_timeout_overrides_the_client_for_one_call(
    kind: Kind, setting: float | httpx.Timeout, expected: dict[str, float | None]
) -> None:
    script = _script()
    client = retrying_client(kind, ManualClock(), base_url=BASE, transport=script.transport())

    await run_result(
        client, Machines.get, app_name=APP, machine_id=MACHINE_ID, http_timeout=setting
    )
    await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    assert _timeout(script.requests[0]) == expected
    assert _timeout(script.requests[1])["read"] == 30.0  # the next call: the client's own


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_users_own_httpx_client_keeps_its_timeout(kind: Kind) -> None:
    script = _script()
    theirs = _users_client(kind, script, httpx.Timeout(7.0, connect=2.0))
    client = fly_machines.attach(theirs, token=TOKEN, clock=ManualClock())
    assert isinstance(client, AsyncClient if kind == "async" else Client)

    await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    assert _timeout(script.requests[0]) == {**_all(7.0), "connect": 2.0}
    assert theirs.timeout == httpx.Timeout(7.0, connect=2.0)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("wait_timeout", "server_timeout"), [(300, 60), (60, 60), (25, 25), (5, 5)]
)
async def test_a_wait_reads_for_longer_than_the_server_waits(
    kind: Kind, wait_timeout: int, server_timeout: int
) -> None:
    script = _script(WAITED)
    client = retrying_client(kind, ManualClock(), base_url=BASE, transport=script.transport())

    await run_result(
        client, Machines.wait, app_name=APP, machine_id=MACHINE_ID, timeout=wait_timeout
    )

    (request,) = script.requests
    assert request.url.params["timeout"] == str(server_timeout)
    timeout = _timeout(request)
    assert timeout["read"] is not None and timeout["read"] > server_timeout
    assert timeout["connect"] == 5.0  # only the read timeout is adjusted


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_wait_through_a_users_client_raises_only_its_read_timeout(kind: Kind) -> None:
    script = _script(WAITED)
    theirs = _users_client(kind, script, httpx.Timeout(7.0, connect=2.0))
    client = fly_machines.attach(theirs, token=TOKEN, clock=ManualClock())

    await run_result(client, Machines.wait, app_name=APP, machine_id=MACHINE_ID, timeout=120)

    timeout = _timeout(script.requests[0])
    assert timeout["read"] is not None and timeout["read"] > 60
    assert (timeout["connect"], timeout["write"], timeout["pool"]) == (2.0, 7.0, 7.0)
    assert theirs.timeout == httpx.Timeout(7.0, connect=2.0)  # their client is unchanged
