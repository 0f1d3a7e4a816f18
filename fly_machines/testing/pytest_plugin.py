"""pytest fixtures for code that uses the Machines API, registered by installing the package
(entry point ``pytest11``):

- ``fly_sim``: a fresh `FlySimulator` on a `ManualClock` (``fly_sim.clock``), so machine
  transitions and waits take no real time;
- ``fly_client``: a `fly_machines.Client` wired to it (no sockets) sharing its clock;
- ``fly_async_client``: the same as a `fly_machines.AsyncClient`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from ..clock import ManualClock
from .simulator import FlySimulator

if TYPE_CHECKING:
    from .. import AsyncClient, Client

SIM_TOKEN = "fly-sim-test-token"
SIM_BASE_URL = "http://fly-sim.invalid"


@pytest.fixture
def fly_sim() -> FlySimulator:
    """A fresh simulator with a manual clock and repeatable ids."""
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
