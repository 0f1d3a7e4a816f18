"""An organization's machines and volumes across all its apps, a page at a time.

Both lists are sorted by `updated_at`, oldest first (machines with the same second by id),
as the spec says; `updated_after` (RFC 3339) keeps what changed after it, and a page's
`next_cursor` continues after its last item.

Choices where the live API's behaviour is not documented, each with its reason:

- A cursor is opaque to clients; here it is the last item's update time (in
  milliseconds) and id, and a page continues after that item. An item updated after a
  page was read moves to the end and is seen again; one added or updated in the same
  millisecond as the cursor's item, with a smaller id, is not seen by that walk. Both
  are what the spec's "point in time" warning allows: poll again from an earlier
  `updated_after` to catch late arrivals. A cursor that does not parse
  is 400: continuing from the start would repeat pages without a word.
- `next_cursor` is empty on the last page; `limit` is 1 to 1000 (default 1000).
- `state` takes a comma-separated list; an empty one means every state.
- The simulator keeps no destroyed volume (destroying one forgets it), so
  `include_deleted` adds only destroyed machines, for as long as the simulator keeps them.
- A volume's `updated_at` is its last update or extension, else its creation.
- An organization the simulator does not know (`Container.organizations`: `personal`,
  and any that an app or a Postgres cluster belongs to) answers 404 "Organization not
  found", as the Postgres list does; a known one with nothing in it, an empty list.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from datetime import datetime

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, Moment, bad_request, locked, not_found, rfc3339
from .machines import machine_json
from .volumes import AppVolumes, Volume

_MAX_LIMIT = 1000
Key = tuple[int, str]  # (updated, in milliseconds; id)


def _key(updated: Moment, item_id: str) -> Key:
    return (int(updated.wall * 1000), item_id)


def encode_cursor(key: Key) -> str:
    return base64.urlsafe_b64encode(f"{key[0]}:{key[1]}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> Key:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        millis, _, item_id = text.partition(":")
        return (int(millis), item_id)
    except ValueError:
        shown = cursor if len(cursor) <= 64 else f"{cursor[:64]}..."
        raise bad_request(f"invalid cursor {shown!r}: use a next_cursor as answered") from None


def parse_time(value: str) -> int:
    """An RFC 3339 time as milliseconds since the epoch; 400 when it is not one."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise bad_request(f"invalid updated_after {value!r}: expected an RFC 3339 time") from None
    if when.tzinfo is None:
        raise bad_request(f"invalid updated_after {value!r}: the time needs an offset or Z")
    return int(when.timestamp() * 1000)


class Page:
    """What a list request asks for, read from its query."""

    def __init__(self, c: Call) -> None:
        self.include_deleted = c.flag("include_deleted")
        self.region = c.query("region") or None
        self.states = {s.strip() for s in (c.query("state") or "").split(",") if s.strip()}
        self.summary = c.flag("summary")
        self.limit = c.number("limit", _MAX_LIMIT, 1, _MAX_LIMIT)
        cursor, updated_after = c.query("cursor"), c.query("updated_after")
        # The cursor takes precedence over updated_after (the spec).
        self.after: Key | None = (
            decode_cursor(cursor) if cursor
            else (parse_time(updated_after), "\uffff") if updated_after
            else None
        )  # fmt: skip

    def wanted(self, region: str, state: str) -> bool:
        return (self.region is None or region == self.region) and (
            not self.states or state in self.states
        )

    def take(self, items: Iterable[tuple[Key, JSON]]) -> tuple[list[JSON], Key | None, str]:
        """The page's items, the last one's key, and the cursor to the next page."""
        chosen = sorted(
            (item for item in items if self.after is None or item[0] > self.after),
            key=lambda item: item[0],
        )
        page = chosen[: self.limit]
        last = page[-1][0] if page else None
        more = len(chosen) > self.limit and last is not None
        return [body for _, body in page], last, encode_cursor(last) if more and last else ""


class OrganizationResource(Resource):
    def _apps_of(self, org_slug: str) -> list[str]:
        if org_slug not in self.organizations():
            raise not_found("Organization not found")
        return sorted(name for name, app in self.apps.items() if app.org_slug == org_slug)

    @locked
    def org_machines(self, org_slug: str, page: Page) -> JSON:
        now = self.now()
        items: list[tuple[Key, JSON]] = []
        for app_name in self._apps_of(org_slug):
            for machine in self.apps[app_name].machines.values():
                machine.settle(now, self.ids)
                if machine.state == "destroyed" and not page.include_deleted:
                    continue
                if not page.wanted(machine.region, machine.state):
                    continue
                shown = machine_json(machine, now, summary=True)
                body = {k: shown[k] for k in _ORG_MACHINE_FIELDS}
                body["app_name"] = app_name
                if not page.summary:
                    body["config"] = _overview(machine.config)
                items.append((_key(machine.updated or machine.created, machine.id), body))
        machines, last, cursor = page.take(items)
        answer: JSON = {"machines": machines, "next_cursor": cursor, "error_regions": []}
        if last is not None:
            answer["last_machine_id"] = last[1]
            answer["last_updated_at"] = rfc3339(last[0] / 1000)
        return answer

    @locked
    def org_volumes(self, org_slug: str, page: Page) -> JSON:
        items: list[tuple[Key, JSON]] = []
        for app_name in self._apps_of(org_slug):
            for volume in self.apps[app_name].part(AppVolumes).values():
                if page.wanted(volume.region, volume.state):
                    key = _key(volume.updated or volume.created, volume.id)
                    items.append((key, _org_volume(volume, app_name, page.summary)))
        volumes, last, cursor = page.take(items)
        answer: JSON = {"volumes": volumes, "next_cursor": cursor}
        if last is not None:
            answer["last_volume_id"] = last[1]
            answer["last_updated_at"] = rfc3339(last[0] / 1000)
        return answer


_ORG_MACHINE_FIELDS = (
    "id", "name", "state", "region", "private_ip", "version", "created_at", "updated_at",
)  # fmt: skip
_VOLUME_DETAIL = (
    "block_size",
    "blocks",
    "blocks_free",
    "blocks_avail",
    "bytes_total",
    "bytes_used",
)


def _overview(config: JSON) -> JSON:
    return {key: config[key] for key in ("image", "guest", "metadata") if key in config}


def _org_volume(volume: Volume, app_name: str, summary: bool) -> JSON:
    body = volume.to_json()
    if summary:
        for name in _VOLUME_DETAIL:
            body.pop(name, None)
    body["app_name"] = app_name
    body["type"] = "local"
    body["updated_at"] = rfc3339((volume.updated or volume.created).wall)
    return body


# -- HTTP ---------------------------------------------------------------------------------------
def _machines(c: Call) -> Reply:
    return 200, c.backend.org_machines(c.params["org_slug"], Page(c))


def _volumes(c: Call) -> Reply:
    return 200, c.backend.org_volumes(c.params["org_slug"], Page(c))


OrganizationResource.handlers = {
    "Machines_org_list": _machines,
    "Volumes_org_list": _volumes,
}
