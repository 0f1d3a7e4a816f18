"""Shared pytest configuration.

Async tests use anyio's pytest plugin (anyio comes with httpx): mark them
`@pytest.mark.anyio`; they run on asyncio.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
