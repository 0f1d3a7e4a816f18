"""Who hears of the simulator's own bugs: a module of its own, importing nothing, so the
pytest plugin can listen without loading the simulator (see `pytest_plugin`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Called with each `SimulatorBug` (an exception while answering, answered 500).
LISTENERS: list[Callable[[Any], None]] = []
