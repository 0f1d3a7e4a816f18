"""Conformance tours: one module per group of operations, each with a `tour()` scenario
that uses every operation of its group, with the error answers the spec declares for
them. It starts and ends with no app left, so tours run one after another on one server.

`tests/test_sim_conformance.py` runs them all and checks that together they exercise
every handler of the simulator; a new group adds a module here and nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from support.sim import Scenario


def _tours() -> tuple[Callable[[], Scenario[None]], ...]:
    found = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        found.append(importlib.import_module(f"{__name__}.{module.name}").tour)
    return tuple(found)


TOURS = _tours()

__all__ = ["TOURS"]
