"""pytest fixtures for code that uses the Machines API, registered by installing the package
(entry point ``pytest11``):

- ``fly_sim``: a fresh `FlySimulator` on a `ManualClock` (``fly_sim.clock``), so machine
  transitions and waits take no real time;
- ``fly_client``: a `fly_machines.Client` wired to it (no sockets) sharing its clock;
- ``fly_async_client``: the same as a `fly_machines.AsyncClient`.

And a check on every test: a bug of the simulator (an exception while it answered a
request, answered 500 and kept in ``sim.errors``) fails the test whose request met it,
naming the request and the exception, so a simulator bug is never mistaken for a
correct 500.

Installing the package installs the plugin in every pytest run, of every project; so this
module loads nothing of the library until a fixture asks for it (the check listens through
`_bugs`, which imports nothing).
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

import pytest

from . import _bugs

if TYPE_CHECKING:
    from .. import AsyncClient, Client
    from .simulator import FlySimulator, SimulatorBug

SIM_TOKEN = "fly-sim-test-token"
SIM_BASE_URL = "http://fly-sim.invalid"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    """Fails the test when any simulator met a bug of its own while the test ran."""
    bugs: list[SimulatorBug] = []
    listeners = _bugs.LISTENERS  # this list, even if a test swaps the attribute
    listeners.append(bugs.append)
    try:
        result = yield
    finally:
        listeners.remove(bugs.append)
    if bugs:
        described = "\n\n".join(f"{b.method} {b.path}: {b.error}\n{b.traceback}" for b in bugs)
        pytest.fail(
            f"the Fly simulator met {len(bugs)} bug(s) of its own (answered 500):\n\n{described}",
            pytrace=False,
        )
    return result


@pytest.fixture
def fly_sim() -> FlySimulator:
    """A fresh simulator with a manual clock and repeatable ids."""
    from ..clock import ManualClock
    from .simulator import FlySimulator

    return FlySimulator(clock=ManualClock(), seed=0)


@pytest.fixture
def fly_client(fly_sim: FlySimulator) -> Iterator[Client]:
    """A synchronous fly_machines client talking to ``fly_sim``."""
    from .. import Client

    with Client(
        token=SIM_TOKEN, base_url=SIM_BASE_URL, transport=fly_sim.transport(), clock=fly_sim.clock
    ) as client:
        yield client


@pytest.fixture
def fly_async_client(fly_sim: FlySimulator) -> AsyncClient:
    """An asyncio fly_machines client talking to ``fly_sim``.

    A plain (not async) fixture, so it works under any async test plugin. It is not
    closed at teardown: its transport holds no sockets or other resources to release.
    """
    from .. import AsyncClient

    return AsyncClient(
        token=SIM_TOKEN, base_url=SIM_BASE_URL, transport=fly_sim.transport(), clock=fly_sim.clock
    )
