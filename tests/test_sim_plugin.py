"""The pytest plugin that comes with the package: fly_sim, fly_client, fly_async_client."""

from __future__ import annotations

import pytest

from fly_machines import Apps, AsyncClient, Client, Machines, Ok
from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator

APP = "plugin-app"


def test_the_plugin_is_registered_by_its_entry_point(request: pytest.FixtureRequest) -> None:
    assert request.config.pluginmanager.hasplugin("fly_machines")


def test_fly_sim_is_fresh_and_on_a_manual_clock(fly_sim: FlySimulator) -> None:
    assert isinstance(fly_sim.clock, ManualClock)
    assert fly_sim.backend.apps == {} and fly_sim.requests == []


def test_fly_client_drives_the_simulator(fly_sim: FlySimulator, fly_client: Client) -> None:
    assert isinstance(fly_client, Client)
    assert Apps.create(fly_client, app_name=APP, org_slug="personal").ok
    created = Machines.create(fly_client, app_name=APP, config={"image": "nginx"})
    assert isinstance(created, Ok)
    machine = created.value
    assert machine.state == "created"
    waited = Machines.wait(fly_client, app_name=APP, machine_id=machine.id, state="started")
    assert isinstance(waited, Ok) and waited.value.state == "started"
    assert fly_sim.clock.monotonic() == 2.0  # two transitions, in virtual time
    assert fly_sim.requests[-1].operation_id == "Machines_wait"


@pytest.mark.anyio
async def test_fly_async_client_drives_the_simulator(
    fly_sim: FlySimulator, fly_async_client: AsyncClient
) -> None:
    assert isinstance(fly_async_client, AsyncClient)
    assert (await Apps.create(fly_async_client, app_name=APP, org_slug="personal")).ok
    created = await Machines.create(fly_async_client, app_name=APP, config={"image": "nginx"})
    assert isinstance(created, Ok)
    stopped = await Machines.stop(fly_async_client, app_name=APP, machine_id=created.value.id)
    assert stopped.ok
    shown = fly_sim.backend.get_machine(APP, created.value.id, False)
    assert shown["state"] == "stopping"
