"""Identifiers in the shapes the live API uses, from one seedable source of randomness."""

from __future__ import annotations

import random
import threading

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


def _base32(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


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
