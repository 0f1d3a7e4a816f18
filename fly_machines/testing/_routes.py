"""The simulator's routes: every operation of the generated client, matched by path.

The table is `fly_machines_api.operations.OPERATIONS`, which the code generator writes
from the patched spec, so the simulator routes exactly what the client can send. An
operation no resource handles answers 501 naming it (tests/test_sim_routes.py keeps the
table equal to the spec).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from urllib.parse import unquote

from fly_machines_api.operations import OPERATIONS


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    operation_id: str

    @property
    def name(self) -> str:
        """`"POST /v1/apps/{app_name}/machines"`: how faults and the request log name it."""
        return f"{self.method} {self.template}"

    def match(self, segments: list[str]) -> dict[str, str] | None:
        """The path parameters (percent-decoded) when `segments` fit this template."""
        parts = self.parts
        if len(parts) != len(segments):
            return None
        params: dict[str, str] = {}
        for part, segment in zip(parts, segments, strict=True):
            if part.startswith("{") and part.endswith("}"):
                if not segment:
                    return None
                params[part[1:-1]] = unquote(segment)
            elif part != segment:
                return None
        return params

    @cached_property
    def parts(self) -> tuple[str, ...]:
        """The template's segments (computed once: every request is matched against them)."""
        return tuple(self.template.strip("/").split("/"))

    @property
    def literal_segments(self) -> int:
        return sum(1 for p in self.template.split("/") if p and not p.startswith("{"))


# Most specific first, so `/certificates/acme` wins over `/certificates/{hostname}`; the
# rest of the key only makes the order not depend on the generator's.
ROUTES: tuple[Route, ...] = tuple(
    sorted(
        (Route(op.method, op.path, op.id) for op in OPERATIONS.values()),
        key=lambda r: (-r.literal_segments, r.template, r.method),
    )
)
# By number of segments, in the same order: a path is only tried against those that fit.
_BY_LENGTH: dict[int, tuple[Route, ...]] = {
    length: tuple(r for r in ROUTES if len(r.parts) == length)
    for length in {len(r.parts) for r in ROUTES}
}
_BY_NAME = {r.name: r for r in ROUTES}
_BY_OPERATION = {r.operation_id: r for r in ROUTES}


@dataclass(frozen=True)
class Match:
    """The route a request hit, or (route None) the methods its path allows, if any."""

    route: Route | None
    params: dict[str, str]
    allowed: tuple[str, ...] = ()


def match(method: str, raw_path: str) -> Match:
    segments = raw_path.strip("/").split("/")
    allowed: list[str] = []
    for route in _BY_LENGTH.get(len(segments), ()):
        params = route.match(segments)
        if params is None:
            continue
        if route.method == method:
            return Match(route, params)
        allowed.append(route.method)
    return Match(None, {}, tuple(sorted(set(allowed))))


def find(name: str) -> Route:
    """A route by `"METHOD /v1/template"` or by operation id; a clear error otherwise."""
    route = _BY_NAME.get(" ".join(name.split())) or _BY_OPERATION.get(name.strip())
    if route is None:
        raise ValueError(
            f"unknown route {name!r}: give 'METHOD /v1/path/{{template}}' exactly as in the "
            "spec (e.g. 'POST /v1/apps/{app_name}/machines') or an operation id "
            "(e.g. 'Machines_create')"
        )
    return route
