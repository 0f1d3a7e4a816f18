"""An app's IP addresses: public (dedicated or shared), private Flycast, and egress.

Choices where the live API's behaviour is not documented, each with its reason:

- Addresses are made up, one after another, from ranges that look like Fly's, one range
  per kind: dedicated IPv4 from 137.66.0.0/16, IPv6 from 2a09:8280:1::/48, Flycast from
  fdaa:0::/32, egress IPv4 from 149.248.0.0/16 and egress IPv6 from 2a09:8280:e::/48. The
  same requests get the same addresses, so tests can name them.
- The shared IPv4 is one address for every app (66.241.124.100, the address the
  certificates resource asks DNS to point at): it is shared, so it has no region.
- An app has at most one shared IPv4 and never both a shared and a dedicated one (422):
  Fly's docs say allocating a shared IPv4 fails on an app that has a dedicated one; the
  other way round is refused too, so the app's IPv4 is never ambiguous.
- Public and Flycast addresses are global (`region: "global"`); egress addresses belong
  to a region, which the request must name (422 without one), since egress leaves from it.
- `egress_pair` answers `ip_pair` (and no `ip`, as the spec says) and lists as two
  assignments, one per address; releasing one of them releases only that address.
- A Flycast address belongs to the request's `network` in the app's organization
  (`network: {"name": "", ...}` for the default network); other types have no network.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, Moment, bad_request, error, locked, mutating, not_found, rfc3339
from .platform import REGIONS

SHARED_V4 = "66.241.124.100"
_TYPES = ("v4", "v6", "shared_v4", "private_v6", "egress_v4", "egress_v6", "egress_pair")
_EGRESS = ("egress_v4", "egress_v6", "egress_pair")


@dataclass
class Assignment:
    ip: str
    kind: str  # one of _TYPES; an egress pair is two assignments of kind egress_v4/_v6
    region: str
    created: Moment
    service_name: str = ""
    network: JSON | None = None

    def to_json(self) -> JSON:
        body: JSON = {
            "ip": self.ip,
            "region": self.region,
            "service_name": self.service_name,
            "shared": self.kind == "shared_v4",
            "egress": self.kind in _EGRESS,
            "created_at": rfc3339(self.created.wall),
        }
        if self.network is not None:
            body["network"] = self.network
        return body


@dataclass
class AppAddresses:
    """An app's assignments by address (`app.part(AppAddresses)`)."""

    by_ip: dict[str, Assignment] = field(default_factory=dict)


@dataclass
class _Counters:
    """How many addresses of each range the simulator has handed out."""

    counts: dict[str, int] = field(default_factory=dict)

    def next(self, kind: str) -> int:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return self.counts[kind]


# Each kind of address its own range, so no two assignments ever share an address.
_RANGES = {
    "v4": ipaddress.ip_network("137.66.0.0/16"),
    "egress_v4": ipaddress.ip_network("149.248.0.0/16"),
    "v6": ipaddress.ip_network("2a09:8280:1::/48"),
    "egress_v6": ipaddress.ip_network("2a09:8280:e::/48"),
    "private_v6": ipaddress.ip_network("fdaa:0::/32"),
}


def _address(kind: str, number: int) -> str:
    network = _RANGES[kind]
    if number >= network.num_addresses - 1:  # never hand out one twice
        raise error(422, f"no {kind} address is left to assign in {network}")
    return str(network[number])


class IPAssignmentResource(Resource):
    def _addresses(self, app_name: str) -> dict[str, Assignment]:
        return self.app(app_name).part(AppAddresses).by_ip

    def _new_address(self, kind: str) -> str:
        return _address(kind, self.part(_Counters).next(kind))

    @locked
    def list_ip_assignments(self, app_name: str) -> JSON:
        addresses = self._addresses(app_name).values()
        return {"ips": [a.to_json() for a in sorted(addresses, key=lambda a: a.created.mono)]}

    @mutating
    def assign_ip(self, app_name: str, body: JSON) -> JSON:
        app = self.app(app_name)
        kind = body.get("type")
        if kind not in _TYPES:
            raise bad_request(f"invalid type {kind!r}: expected one of {', '.join(_TYPES)}")
        region = body.get("region") or ""
        if kind in _EGRESS and not region:
            raise error(422, f"an {kind} address needs a region: egress leaves from one")
        if region and region not in REGIONS:
            raise error(422, f"unknown region {region!r}")
        service_name = str(body.get("service_name") or "")
        addresses = self._addresses(app_name)
        self._refuse_second_v4(addresses, kind)
        now = self.now()
        if kind == "egress_pair":
            pair = {"v4": self._new_address("egress_v4"), "v6": self._new_address("egress_v6")}
            for family, ip in pair.items():
                addresses[ip] = Assignment(ip, f"egress_{family}", region, now, service_name)
            return {
                "ip_pair": pair,
                "region": region,
                "service_name": service_name,
                "shared": False,
                "egress": True,
                "created_at": rfc3339(now.wall),
            }
        network = None
        if kind == "private_v6":
            network = {"name": str(body.get("network") or ""), "org_slug": app.org_slug}
        ip = SHARED_V4 if kind == "shared_v4" else self._new_address(kind)
        assignment = Assignment(
            ip, kind, region if kind in _EGRESS else "global", now, service_name, network
        )
        addresses[ip] = assignment
        return assignment.to_json()

    @mutating
    def release_ip(self, app_name: str, ip: str) -> None:
        addresses = self._addresses(app_name)
        if ip not in addresses:
            raise not_found(f"ip assignment {ip} not found")
        del addresses[ip]

    @staticmethod
    def _refuse_second_v4(addresses: dict[str, Assignment], kind: str) -> None:
        kinds = {a.kind for a in addresses.values()}
        if kind == "shared_v4" and "shared_v4" in kinds:
            raise error(422, "the app already has a shared IPv4 address")
        if kind == "shared_v4" and "v4" in kinds:
            raise error(422, "the app has a dedicated IPv4 address; release it to share one")
        if kind == "v4" and "shared_v4" in kinds:
            raise error(422, "the app has a shared IPv4 address; release it for a dedicated one")


# -- HTTP ---------------------------------------------------------------------------------------
def _list(c: Call) -> Reply:
    return 200, c.backend.list_ip_assignments(c.app)


def _assign(c: Call) -> Reply:
    return 200, c.backend.assign_ip(c.app, c.json())


def _release(c: Call) -> Reply:
    c.backend.release_ip(c.app, c.params["ip"])
    return 204, None


IPAssignmentResource.handlers = {
    "App_IPAssignments_list": _list,
    "App_IPAssignments_create": _assign,
    "App_IPAssignments_delete": _release,
}
