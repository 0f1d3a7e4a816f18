"""The public API used as the README uses it, checked by `mypy --strict`.

tests/test_facade_typing.py runs mypy on this file (it must pass) and on wrong.py next
to it (it must fail on the marked lines), then runs `describe` and `start` against an
in-process API and `sandbox` against the simulator, so the file stays true at runtime
too. `assert_type` fails mypy if an inferred type drifts from what users are promised.

The values are used as a user writes them: fields the API always sends (a machine's id,
state, created_at..., an exec's stdout) are plain types, with no cast, assert or
isinstance check in between, and timestamps are datetimes.
"""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
from fly_machines_api.api.apps import apps_show
from fly_machines_api.models import (
    App,
    FlyMachineConfig,
    ImageRef,
    Machine,
    MachineEvent,
    MachineStartResponse,
    OkResponse,
    Volume,
)
from fly_machines_api.types import Unset
from typing_extensions import assert_type

import fly_machines
from fly_machines import (
    Apps,
    AsyncClient,
    Client,
    DeployReport,
    DeployStep,
    Err,
    Fleet,
    FleetError,
    FlyError,
    MachineReport,
    Machines,
    Result,
    ScaleReport,
    Volumes,
)


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

    stopped = Machines.stop(client, app_name="my-app", machine_id=machine.id, signal="SIGINT")
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


def sandbox(client: Client, org_slug: str) -> list[str]:
    """A sandbox runner as the README teaches one: an app, a machine, a command run in it
    under a lease, a volume; every value read straight from the models."""
    said: list[str] = []
    created_app = Apps.create(client, app_name="sandbox-app", org_slug=org_slug).unwrap()
    assert_type(created_app.id, str)
    app = Apps.get(client, app_name="sandbox-app").unwrap()
    assert_type(app, App)
    said.append(f"app {app.name} {app.id == created_app.id}")
    listed = Apps.list(client, org_slug=org_slug).unwrap()
    said.append(f"apps {[each.name for each in listed.apps]}")

    machine = Machines.create(
        client, app_name=app.name, region="sjc", config={"image": "flyio/hellofly:latest"}
    ).unwrap()
    assert_type(machine.id, str)
    assert_type(machine.state, str)
    assert_type(machine.region, str)
    assert_type(machine.instance_id, str)
    assert_type(machine.image_ref, ImageRef)
    assert_type(machine.created_at, datetime)
    assert_type(machine.events, list[MachineEvent])
    # config is left out of summary lists (and of machines on an unreachable host), so it
    # may be Unset: a truth test is enough to narrow it, no isinstance needed.
    assert_type(machine.config, FlyMachineConfig | Unset)
    if machine.config:
        said.append(f"image {machine.config.image}")

    Machines.wait(
        client, app_name=app.name, machine_id=machine.id, instance_id=machine.instance_id
    ).unwrap()
    machine = Machines.get(client, app_name=app.name, machine_id=machine.id).unwrap()
    if machine.state == "started":
        said.append("started")
    age = datetime.now(timezone.utc) - machine.created_at
    assert_type(age, timedelta)
    said.append(f"updated after created {machine.updated_at >= machine.created_at}")
    for event in machine.events:
        assert_type(event.timestamp, datetime)
        said.append(f"event {event.type_} {event.status} {event.timestamp.year >= 2020}")

    with Machines.lease(client, app_name=app.name, machine_id=machine.id, ttl=30) as lease:
        held = Machines.get_lease(client, app_name=app.name, machine_id=machine.id).unwrap()
        assert_type(held.data.nonce, str)
        assert_type(held.data.expires_at, datetime)
        said.append(f"lease {held.data.nonce == lease.nonce} {held.data.owner != ''}")
        ran = Machines.exec(
            lease.client, app_name=app.name, machine_id=machine.id, command=["echo", "hi"]
        ).unwrap()
        assert_type(ran.stdout, str)
        assert_type(ran.exit_code, int)
        said.append(f"exec {ran.exit_code} {ran.stdout.strip()}")

    volume = Volumes.create(
        client, app_name=app.name, name="data", region=machine.region, size_gb=1
    ).unwrap()
    assert_type(volume, Volume)
    assert_type(volume.created_at, datetime)
    said.append(f"volume {volume.name} {volume.size_gb * 1024} MB in {volume.region}")

    started = Machines.start(client, app_name=app.name, machine_id=machine.id)
    said.append(f"start again ok={started.ok}")
    Machines.stop(client, app_name=app.name, machine_id=machine.id).unwrap()
    Machines.wait(client, app_name=app.name, machine_id=machine.id, state="stopped").unwrap()
    destroyed = Machines.destroy(client, app_name=app.name, machine_id=machine.id).unwrap()
    assert_type(destroyed.ok, bool)
    said.append(f"destroyed {destroyed.ok}")
    return said


def fleet(client: Client) -> list[str]:
    """A scale and a deploy as the README shows them."""
    said: list[str] = []
    Apps.create(client, app_name="fleet-app", org_slug="personal").unwrap()
    scaled = Fleet.scale(
        client, app_name="fleet-app", counts={"ams": 2}, config={"image": "flyio/hellofly:1"}
    )
    assert_type(scaled, Result[ScaleReport])
    said.append(f"scaled {scaled.unwrap().counts}")
    steps: list[DeployStep] = []
    outcome = Fleet.deploy(
        client,
        app_name="fleet-app",
        config={"image": "flyio/hellofly:2"},
        max_unavailable=1,
        on_progress=steps.append,
    )
    assert_type(outcome, Result[DeployReport])
    if not outcome.ok:
        assert_type(outcome.error, FlyError)
        if isinstance(outcome.error, FleetError):
            assert_type(outcome.error.report, DeployReport | ScaleReport)
        return said
    for updated in outcome.value.updated:
        assert_type(updated, MachineReport)
        assert_type(updated.after_version, str | None)
        said.append(f"updated {updated.before_version != updated.after_version}")
    said.append(f"steps {len({step.machine_id for step in steps})}")
    return said


async def fleet_async(aclient: AsyncClient) -> list[str]:
    """The same deploy with an AsyncClient: awaited, the same Result."""
    deploying = Fleet.deploy(aclient, app_name="fleet-app", config={"image": "flyio/hellofly:2"})
    assert_type(deploying, Awaitable[Result[DeployReport]])
    report = (await deploying).unwrap()
    return [f"{machine.action}" for machine in report.machines]
