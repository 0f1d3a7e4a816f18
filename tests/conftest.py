"""Shared pytest configuration and fixtures.

Async tests use anyio's pytest plugin (anyio comes with httpx): mark them
`@pytest.mark.anyio`; they run on asyncio.

`kind` runs a test once with a sync `Client` and once with an `AsyncClient` (tests that
also take other parameters may parametrize "kind" over `KINDS` themselves). `api` is a
respx router for the facade tests; the simulator tests use a fixture of the same name
for the simulator instead (`support.sim.api`), and test_generated_client.py one that
patches httpx.
"""

from __future__ import annotations

import pytest
import respx
from support.kinds import KINDS, Kind


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> Kind:
    value: Kind = request.param
    return value


@pytest.fixture
def api() -> respx.MockRouter:
    """A router that answers a client's requests in process (see support.facade)."""
    return respx.MockRouter(assert_all_called=False)
