"""The simulator's one lock, applied by method decorators.

The backend and its parts (leases, volumes, secrets) share one `threading.Condition`:
every call holds it throughout, and every change wakes the waits blocked on it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Concatenate, ParamSpec, Protocol, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class Guarded(Protocol):
    @property
    def condition(self) -> threading.Condition: ...


G = TypeVar("G", bound=Guarded)


def locked(method: Callable[Concatenate[G, P], R]) -> Callable[Concatenate[G, P], R]:
    def wrapper(self: G, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.condition:
            return method(self, *args, **kwargs)

    return wrapper


def mutating(method: Callable[Concatenate[G, P], R]) -> Callable[Concatenate[G, P], R]:
    """Locked, and wakes every blocked `wait`, since any change may be what it waits for."""

    def wrapper(self: G, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.condition:
            try:
                return method(self, *args, **kwargs)
            finally:
                self.condition.notify_all()

    return wrapper
