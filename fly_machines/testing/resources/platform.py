"""The platform: Fly's regions, and where machines would be placed.

The regions are the 18 Fly lists (fly.io/docs/reference/regions, as of September 2026;
`bom` is deprecated there), each with its city's coordinates and its continent as
`geo_region`. `nearest` is the simulator's default region.

Choices where the live API's behaviour is not documented, each with its reason:

- Every region but a deprecated one has a gateway and capacity; Managed Postgres is
  offered in the eight regions `MPG_REGIONS` (a fixed choice, so tests can rely on it).
- A region expression is a comma-separated list of region codes and aliases: `any` (every
  region that takes machines) and the continents of `geo_region` (`na`, `sa`, `eu`, `as`,
  `oc`, `af`). An unknown code or alias is 422, since placing nowhere is not an answer.
  The default expression is `[nearest],any`, as the spec describes.
- Capacity is counted in performance-1x machines (1 CPU, 2 GB): a region holds
  `REGION_CAPACITY` of them, an organization may run `ORG_LIMIT` in a region, and a guest
  counts as its CPUs or its memory in 2 GB steps, whichever is more. With `count: 0` the
  answer is each region's limit for that guest; otherwise the machines go to the
  expression's regions in order, each taking as many as it can, unless
  `weights: {"region": 0}`, which spreads them one at a time across the regions.
- With `volume_name`, only regions holding an unattached volume of that name in one of
  the organization's apps take machines, one per such volume (a machine needs its own).
- `concurrency` is how many of a region's machines may be created at once: at most 10.
- The answer depends only on the request, the organization's volumes and the room a test
  left in each region (`sim.capacity`): the same request always gets the same placements.
- `sim.capacity[region] = n` leaves room for `n` more machines in the region (each create
  there takes one; destroying a machine gives none back, as the room is the platform's,
  not the app's); a region not set has room for all. A create in a region with no room
  left answers 412 `{"error": "could not reserve resource for machine: insufficient
  memory available to fulfill request (region <code>)", "status":
  "insufficient_capacity"}`: the body's `status` is fly-go's code for it
  (flaps/flaps_error.go) and the text flyd's, as flyctl matches it
  (internal/command/deploy/machines_deploymachinesapp.go); the HTTP status the live API
  gives a full region is not documented: 412 is what it answers a create that cannot get
  room on a volume's host ("insufficient resources to create new machine with existing
  volume", superfly/docs#2208), and one the spec declares for create. Placements offer
  at most the room left. Starts and updates are not refused for room.
"""

from __future__ import annotations

from typing import ClassVar

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, bad_request, error, locked, not_found
from .volumes import AppVolumes

REGION_CAPACITY = 1000
ORG_LIMIT = 100
MAX_CONCURRENCY = 10
MPG_REGIONS = frozenset({"ams", "fra", "iad", "lax", "lhr", "nrt", "ord", "sin"})

# code: (name, geo_region, latitude, longitude, deprecated)
REGIONS: dict[str, tuple[str, str, float, float, bool]] = {
    "ams": ("Amsterdam, Netherlands", "eu", 52.37, 4.90, False),
    "arn": ("Stockholm, Sweden", "eu", 59.33, 18.07, False),
    "bom": ("Mumbai, India", "as", 19.08, 72.88, True),
    "cdg": ("Paris, France", "eu", 48.86, 2.35, False),
    "dfw": ("Dallas, Texas (US)", "na", 32.78, -96.80, False),
    "ewr": ("Secaucus, NJ (US)", "na", 40.79, -74.06, False),
    "fra": ("Frankfurt, Germany", "eu", 50.11, 8.68, False),
    "gru": ("Sao Paulo, Brazil", "sa", -23.55, -46.63, False),
    "iad": ("Ashburn, Virginia (US)", "na", 39.04, -77.49, False),
    "jnb": ("Johannesburg, South Africa", "af", -26.20, 28.05, False),
    "lax": ("Los Angeles, California (US)", "na", 34.05, -118.24, False),
    "lhr": ("London, United Kingdom", "eu", 51.51, -0.13, False),
    "nrt": ("Tokyo, Japan", "as", 35.68, 139.69, False),
    "ord": ("Chicago, Illinois (US)", "na", 41.88, -87.63, False),
    "sin": ("Singapore, Singapore", "as", 1.35, 103.82, False),
    "sjc": ("San Jose, California (US)", "na", 37.34, -121.89, False),
    "syd": ("Sydney, Australia", "oc", -33.87, 151.21, False),
    "yyz": ("Toronto, Canada", "na", 43.65, -79.38, False),
}
_ALIASES = {"na", "sa", "eu", "as", "oc", "af"}


def open_regions() -> list[str]:
    return [code for code, row in REGIONS.items() if not row[4]]


def region_row(code: str) -> JSON:
    name, geo, latitude, longitude, deprecated = REGIONS[code]
    return {
        "code": code,
        "name": name,
        "geo_region": geo,
        "latitude": latitude,
        "longitude": longitude,
        "deprecated": deprecated,
        "gateway_available": not deprecated,
        "requires_paid_plan": False,
        "mpg_available": code in MPG_REGIONS,
    }


def resolve(expression: str) -> list[str]:
    """The regions of an expression, in its order, each once; 422 on an unknown token."""
    chosen: list[str] = []
    for token in (part.strip().lower() for part in expression.split(",")):
        if token == "any":
            found = open_regions()
        elif token in _ALIASES:
            found = [code for code in open_regions() if REGIONS[code][1] == token]
        elif token in REGIONS and not REGIONS[token][4]:
            found = [token]
        else:
            raise error(422, f"unknown region or alias {token!r} in region {expression!r}")
        chosen.extend(code for code in found if code not in chosen)
    return chosen


def guest_size(compute: object) -> int:
    """How many performance-1x machines a guest counts as."""
    if compute is None:
        return 1
    if not isinstance(compute, dict):
        raise bad_request("invalid compute: expected a guest object")
    cpus = compute.get("cpus", 1)
    memory = compute.get("memory_mb", 2048)
    if not isinstance(cpus, int) or not isinstance(memory, int) or cpus < 1 or memory < 1:
        raise error(422, "invalid compute: cpus and memory_mb must be whole numbers above 0")
    return max(cpus, -(-memory // 2048))  # whole numbers: a float could not hold a huge one


class RegionCapacity(dict[str, int]):
    """`sim.capacity`: how many more machines each region takes, by region code
    (`sim.capacity["ams"] = 0` refuses every create there; `del sim.capacity["ams"]`
    gives it room for all again). A region not set has room for all."""

    def __setitem__(self, region: str, room: int) -> None:
        if region not in REGIONS:
            raise ValueError(f"unknown region {region!r}: one of {', '.join(REGIONS)}")
        if isinstance(room, bool) or not isinstance(room, int) or room < 0:
            raise ValueError(f"room must be a whole number of machines, 0 or more, not {room!r}")
        super().__setitem__(region, room)

    def check(self, region: str) -> None:
        """The live API's capacity refusal (412) when `region` has no room left."""
        if self.get(region) == 0:
            raise error(
                412,
                "could not reserve resource for machine: insufficient memory available to"
                f" fulfill request (region {region})",
                "insufficient_capacity",
            )

    def take(self, region: str) -> None:
        """One machine's room in `region`, which `check` found."""
        room = self.get(region)
        if room is not None:
            super().__setitem__(region, max(room - 1, 0))


class PlatformResource(Resource):
    # The spec declares the regions open (`security: []`): no token needed.
    open_operations: ClassVar[frozenset[str]] = frozenset({"Platform_regions_get"})

    @property
    def capacity(self) -> RegionCapacity:
        """The room left in each region (`sim.capacity`)."""
        return self.part(RegionCapacity)

    @locked
    def regions(self) -> JSON:
        return {
            "regions": [region_row(code) for code in REGIONS],
            "nearest": self.default_region,
        }

    @locked
    def placements(self, body: JSON) -> JSON:
        org_slug = body.get("org_slug")
        if not isinstance(org_slug, str) or not org_slug:
            raise bad_request("org_slug is required")
        if org_slug not in self.organizations():
            raise not_found("Organization not found")
        count = body.get("count", 0)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise error(422, f"invalid count {count!r}: expected a whole number, 0 or more")
        expression = body.get("region") or f"{self.default_region},any"
        if not isinstance(expression, str):
            raise bad_request("invalid region: expected a string")
        regions = resolve(expression)
        per_region = min(REGION_CAPACITY // guest_size(body.get("compute")), ORG_LIMIT)
        left = self.capacity
        room = {code: min(per_region, left.get(code, per_region)) for code in regions}
        volume_name = body.get("volume_name")
        if volume_name:
            room = {
                code: min(limit, self._free_volumes(org_slug, str(volume_name), code))
                for code, limit in room.items()
            }
        if count == 0:
            placed = {code: limit for code, limit in room.items() if limit}
        else:
            weights = body.get("weights") or {}
            spread = isinstance(weights, dict) and weights.get("region") == 0
            placed = _spread(room, count) if spread else _fill(room, count)
        return {
            "regions": [
                {"region": code, "count": n, "concurrency": min(n, MAX_CONCURRENCY)}
                for code, n in placed.items()
            ]
        }

    def _free_volumes(self, org_slug: str, name: str, region: str) -> int:
        return sum(
            1
            for app in self.apps.values()
            if app.org_slug == org_slug
            for volume in app.part(AppVolumes).values()
            if volume.name == name and volume.region == region
            and volume.attached_machine_id is None and volume.state != "destroyed"
        )  # fmt: skip


def _fill(room: dict[str, int], count: int) -> dict[str, int]:
    placed: dict[str, int] = {}
    for code, limit in room.items():
        if count == 0:
            break
        taken = min(limit, count)
        if taken:
            placed[code] = taken
            count -= taken
    return placed


def _spread(room: dict[str, int], count: int) -> dict[str, int]:
    placed = dict.fromkeys(room, 0)
    while count and any(placed[code] < limit for code, limit in room.items()):
        for code, limit in room.items():
            if count and placed[code] < limit:
                placed[code] += 1
                count -= 1
    return {code: n for code, n in placed.items() if n}


# -- HTTP ---------------------------------------------------------------------------------------
def _regions(c: Call) -> Reply:
    return 200, c.backend.regions()


def _placements(c: Call) -> Reply:
    return 200, c.backend.placements(c.json())


PlatformResource.handlers = {
    "Platform_regions_get": _regions,
    "Platform_placements_post": _placements,
}
