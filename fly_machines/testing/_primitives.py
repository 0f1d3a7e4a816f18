"""What every resource of the simulator shares: the JSON type, simulated time, the error
answers, ids, and the one lock.

Nothing here knows of apps or machines; the resources in `resources/` build on it.
"""

from __future__ import annotations

import functools
import math
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

JSON = dict[str, Any]


# -- time --------------------------------------------------------------------------------------
def rfc3339(wall: float) -> str:
    return _rfc3339_second(math.floor(wall))


@functools.lru_cache(maxsize=1024)  # every machine shown formats two, mostly the same ones
def _rfc3339_second(second: int) -> str:
    return datetime.fromtimestamp(second, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Moment:
    """A point in simulated time: `mono` orders and schedules, `wall` is shown to clients."""

    mono: float
    wall: float

    def later(self, seconds: float) -> Moment:
        return Moment(self.mono + seconds, self.wall + seconds)


# -- error answers -----------------------------------------------------------------------------
class ApiError(Exception):
    """An HTTP error answer: `status` and the exact JSON `body` the live API sends."""

    def __init__(
        self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(f"{status} {body}")
        self.status = status
        self.body = body
        self.headers = headers or {}


def error(status: int, message: str, code: str | None = None) -> ApiError:
    """`{"error": message}` (with `"status": code` for codes such as `name_taken`)."""
    body: dict[str, Any] = {"error": message}
    if code is not None:
        body["status"] = code
    return ApiError(status, body)


def bad_request(message: str) -> ApiError:
    return error(400, message)


def not_found(message: str) -> ApiError:
    return error(404, message)


def precondition(message: str) -> ApiError:
    """412: the machine is in the wrong state (or a volume is in use) for this call."""
    return error(412, f"failed_precondition: {message}")


# -- ids ---------------------------------------------------------------------------------------
# Crockford's base32, as ULIDs use it (no I, L, O, U).
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_ADJECTIVES = (
    "autumn", "bold", "calm", "damp", "eager", "fancy", "gentle", "hidden", "icy", "jolly",
    "lively", "misty", "noisy", "polished", "quiet", "rough", "shy", "tiny", "wild", "young",
)  # fmt: skip
_NOUNS = (
    "bird", "brook", "cloud", "dawn", "dew", "field", "fire", "forest", "frost", "glade",
    "lake", "leaf", "meadow", "moon", "pine", "river", "sea", "snow", "star", "wave",
)  # fmt: skip


# Two characters for every 10 bits: an id is made for every event, so this is hot.
_PAIRS = [high + low for high in _CROCKFORD for low in _CROCKFORD]


def _base32(value: int, length: int) -> str:
    chunks = []
    for _ in range(length // 2):
        chunks.append(_PAIRS[value & 1023])
        value >>= 10
    if length % 2:
        chunks.append(_CROCKFORD[value & 31])
    return "".join(reversed(chunks))


class IdFactory:
    """Makes every id the simulator hands out; a seed makes a whole run repeatable."""

    def __init__(self, seed: int | None = None) -> None:
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._ip_counter = 0

    def _bits(self, bits: int) -> int:
        with self._lock:
            return self._random.getrandbits(bits)

    def machine_id(self) -> str:
        """14 lowercase hex characters, like `148ed193b95148`."""
        return f"{self._bits(56):014x}"

    def ulid(self, wall_seconds: float) -> str:
        """26 characters: 10 for the millisecond timestamp, 16 random (machine versions,
        event ids, lease versions)."""
        millis = int(wall_seconds * 1000) & ((1 << 48) - 1)
        return _base32(millis, 10) + _base32(self._bits(80), 16)

    def request_id(self, wall_seconds: float) -> str:
        """The `fly-request-id` header: a ULID and a region suffix (`-sim` here)."""
        return f"{self.ulid(wall_seconds)}-sim"

    def nonce(self) -> str:
        return f"{self._bits(48):012x}"

    def short(self, prefix: str) -> str:
        """`vol_` / `vs_` style ids: a prefix and 16 lowercase base32 characters."""
        return prefix + _base32(self._bits(80), 16).lower()

    def app_id(self) -> str:
        return _base32(self._bits(80), 16).lower()

    def machine_name(self) -> str:
        with self._lock:
            adjective = self._random.choice(_ADJECTIVES)
            noun = self._random.choice(_NOUNS)
            number = self._random.randrange(1000, 10000)
        return f"{adjective}-{noun}-{number}"

    def private_ip(self) -> str:
        with self._lock:
            self._ip_counter += 1
            counter = self._ip_counter
        return f"fdaa:0:1:a7b:{counter // 65536:x}:{counter % 65536:x}:5f2d:2"


# -- the one lock ------------------------------------------------------------------------------
# Every resource shares the backend's `threading.Condition`: each call holds it throughout,
# and each change wakes the waits blocked on it. The decorators below apply it to methods
# of anything that exposes it as `condition`.
P = ParamSpec("P")
R = TypeVar("R")


class Guarded(Protocol):
    @property
    def condition(self) -> threading.Condition: ...


G = TypeVar("G", bound=Guarded)


def locked(method: Callable[Concatenate[G, P], R]) -> Callable[Concatenate[G, P], R]:
    @functools.wraps(method)  # help() shows the method's own signature and docstring
    def wrapper(self: G, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.condition:
            return method(self, *args, **kwargs)

    return wrapper


def mutating(method: Callable[Concatenate[G, P], R]) -> Callable[Concatenate[G, P], R]:
    """Locked, and wakes every blocked `wait`, since any change may be what it waits for."""

    @functools.wraps(method)  # help() shows the method's own signature and docstring
    def wrapper(self: G, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.condition:
            try:
                return method(self, *args, **kwargs)
            finally:
                self.condition.notify_all()

    return wrapper


def copy_json(value: Any) -> Any:
    """A deep copy of a JSON value (dicts, lists, scalars): what `copy.deepcopy` does for
    these, several times faster, since it needs no memo and no dispatch on types."""
    if isinstance(value, dict):
        return {key: copy_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [copy_json(item) for item in value]
    return value
