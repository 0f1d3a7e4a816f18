"""The public API used as the README uses it, checked by `mypy --strict`.

tests/test_facade_typing.py runs mypy on this file (it must pass) and on wrong.py next
to it (it must fail on the marked lines), then runs `describe` and `start` against an
in-process API, so the file stays true at runtime too. `assert_type` fails mypy if an
inferred type drifts from what users are promised.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

import httpx
from fly_machines_api.api.apps import apps_show
from fly_machines_api.models import Machine, MachineStartResponse, OkResponse
from typing_extensions import assert_type

import fly_machines
from fly_machines import AsyncClient, Client, Err, FlyError, Machines, Result


def clients() -> None:
    assert_type(fly_machines.attach(token="fly_token"), Client)
    assert_type(fly_machines.attach(httpx.Client(timeout=20), token="fly_token"), Client)
    assert_type(fly_machines.attach(httpx.AsyncClient(), token="fly_token"), AsyncClient)


def describe(client: Client) -> str:
    """The README's tour with a synchronous client; returns what it would print."""
    listed = Machines.list(client, app_name="my-app")
    assert_type(listed, Result[list[Machine]])
    ok, machines = listed
    assert_type(ok, bool)
    assert_type(machines, list[Machine] | FlyError)

    lines: list[str] = []
    # mypy (2.x) forgets Ok's type argument when it narrows to Ok by class (`case Ok(x)`,
    # `isinstance(r, Ok)`: x is Any), because Ok is a generic tuple subclass. Narrowing on
    # `.ok`, or on Err and then the rest, keeps every type, so that is what is shown here.
    match Machines.get(client, app_name="my-app", machine_id="148ed193b95d89"):
        case Err(error):
            assert_type(error, FlyError)
            lines.append(f"{error.status} {error.code} {error.message} {error.request_id}")
        case fetched:
            assert_type(fetched.value, Machine)
            lines.append(f"state {fetched.value.state}")

    created = Machines.create(
        client,
        app_name="my-app",
        config={"image": "flyio/hellofly:latest", "guest": {"cpus": 1, "memory_mb": 256}},
        region="sjc",
    )
    assert_type(created.ok, bool)
    assert_type(created.value, Machine | FlyError)
    assert_type(created.error, FlyError | None)
    machine = created.unwrap()
    assert_type(machine, Machine)

    stopped = Machines.stop(client, app_name="my-app", machine_id=str(machine.id), signal="SIGINT")
    if stopped.ok:
        assert_type(stopped.value, OkResponse)
        lines.append(f"stopped {stopped.value.ok}")
    else:
        assert_type(stopped.error, FlyError)

    shown = fly_machines.call(client, apps_show, app_name="my-app")
    assert_type(shown, Result[Any])
    lines.append(f"listed ok={ok}, shown ok={shown.ok}")
    return "; ".join(lines)


async def start(aclient: AsyncClient, machine_id: str) -> MachineStartResponse | None:
    """The same functions with an AsyncClient are awaitables of the same results."""
    pending = Machines.start(aclient, app_name="my-app", machine_id=machine_id)
    assert_type(pending, Awaitable[Result[MachineStartResponse]])
    result = await pending
    assert_type(result, Result[MachineStartResponse])
    if not result.ok:
        assert_type(result.error.retryable, bool)
        return None
    assert_type(result.value, MachineStartResponse)
    return result.value
