"""The pytest plugin that comes with the package: fly_sim, fly_client, fly_async_client."""

from __future__ import annotations

import subprocess
import sys

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


def test_loading_the_plugin_loads_nothing_of_the_library() -> None:
    # Every pytest run of every project that installs us loads the plugin: it must not
    # cost the library's import (the generated client, httpx) until a fixture is used.
    probe = (
        "import sys, fly_machines.testing.pytest_plugin as plugin;"
        "heavy = [m for m in sys.modules if m.startswith(('fly_machines_api', 'httpx'))"
        " or m in ('fly_machines.testing.simulator', 'fly_machines.machines')];"
        "print(heavy)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert shown.stdout.strip() == "[]", shown.stdout


def test_the_package_still_offers_every_name_it_lists() -> None:
    # The package's names load on first use: each one listed must load.
    import fly_machines
    import fly_machines.testing

    for package in (fly_machines, fly_machines.testing):
        for name in package.__all__:
            assert getattr(package, name) is not None, name
        assert set(package.__all__) <= set(dir(package))
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = fly_machines.Nope
