"""The rules of Managed Postgres clusters, as `sim.backend.postgres`: creating, listing,
deleting, forking and restoring clusters, their attachments and backups (and, from
contents.py, what lives inside them), under the simulator's one lock. Each refusal is
the status the spec declares for it; the package docstring says why each is what it is."""

from __future__ import annotations

import math
import re
import time
from datetime import datetime, timedelta, timezone

from ..._primitives import JSON, Moment, bad_request, locked, mutating, not_found, rfc3339
from . import catalog
from .access import given
from .catalog import conflict, invalid
from .cluster import (
    BACKUPS_KEPT,
    MIB,
    Attachment,
    Backup,
    Cluster,
    Contents,
    Revision,
    initial_contents,
)
from .contents import ContentRules

_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|([+-])(\d{2}):(\d{2}))$"
)


class PostgresRules(ContentRules):
    """`sim.backend.postgres`."""

    def _add(self, source: Cluster | None, settings: JSON, name: str, contents: Contents) -> JSON:
        now = self._backend.now()
        cluster = Cluster(
            id=self._new_id(),
            name=name,
            created=now,
            step=self._backend.step,
            revisions=[Revision(now, contents)],
            **(_settings_of(source) if source is not None else settings),
        )
        self._clusters()[cluster.id] = cluster
        return self._show(cluster)

    def _new_id(self) -> str:
        clusters = self._clusters()
        while True:
            cluster_id = self._backend.ids.app_id()
            if cluster_id not in clusters:
                return cluster_id

    # -- clusters ------------------------------------------------------------------------
    @locked
    def list_clusters(self, org_slug: object, include_deleted: bool) -> JSON:
        if not isinstance(org_slug, str) or not org_slug.strip():
            raise bad_request("org_slug is required and must be a string")
        if org_slug not in self._organizations():
            raise not_found("Organization not found")
        now = self._backend.now()
        chosen = sorted(
            (c for c in self._clusters().values() if c.org_slug == org_slug),
            key=lambda c: c.created.mono,  # stable: clusters made at once, as they were made
        )
        return {
            "data": [
                c.summary(now, self._attached(c))
                for c in chosen
                if include_deleted or c.status(now) != "deleted"
            ]
        }

    @mutating
    def create_cluster(self, body: JSON) -> JSON:
        org_slug = body.get("org_slug")
        if not isinstance(org_slug, str) or not org_slug.strip():
            raise bad_request("org_slug is required and must be a string")
        if org_slug not in self._organizations():
            raise not_found("Organization not found")
        settings = _settings(org_slug, body)
        name = given(body, "name")
        name = self._backend.ids.machine_name() if name is None else catalog.cluster_name(name)
        password = catalog.new_password()
        contents = initial_contents(password, settings["pg_major_version"])
        return self._add(None, settings, name, contents)

    @locked
    def show_cluster(self, cluster_id: str) -> JSON:
        return self._show(self._cluster(cluster_id, deleting=None))

    @mutating
    def delete_cluster(self, cluster_id: str) -> None:
        cluster = self._cluster(cluster_id, deleting=410)
        cluster.deleting_since = self._backend.now()
        cluster.attachments.clear()

    @mutating
    def fork(self, cluster_id: str, body: JSON) -> JSON:
        source = self._cluster(cluster_id, deleting=410)
        name = given(body, "name")
        name = catalog.derived_name(source.name, "-fork") if name is None else name
        name = catalog.cluster_name(name)
        if source.status(self._backend.now()) != "ready":
            raise conflict("The source cluster is not ready to be forked yet")
        return self._add(source, {}, name, source.contents.copy())

    @mutating
    def restore(self, cluster_id: str, body: JSON) -> JSON:
        source = self._cluster(cluster_id, deleting=404)
        now = self._backend.now()
        backup_id, pitr_time = given(body, "backup_id"), given(body, "pitr_time")
        if (backup_id is None) == (pitr_time is None):
            raise invalid("Give exactly one restore target: backup_id or pitr_time")
        name = given(body, "name")
        if name is not None:
            catalog.cluster_name(name)
        if backup_id is not None:
            backup = next((b for b in source.backups if b.label == backup_id), None)
            if backup is None:
                raise not_found(f"Backup {str(backup_id)[:80]} not found for cluster {cluster_id}")
            if not backup.done(now):
                raise invalid(f"Backup {backup.label} has not completed yet")
            contents = backup.contents
            suffix = f"-restore-{backup.label.lower().replace('_', '-')}"
        else:
            target = _instant(pitr_time)
            window = source.recovery_window(now)
            if window is None:
                raise invalid("Point-in-time restore is unavailable: no backup has completed")
            if not window[0] <= target <= window[1]:
                start, end = (rfc3339(t) for t in window)
                raise invalid(f"pitr_time is outside the recovery window ({start} to {end})")
            contents = source.contents_at(target)
            suffix = time.strftime("-pitr-%Y%m%d%H%M%S", time.gmtime(target))
        name = catalog.derived_name(source.name, suffix) if name is None else name
        return self._add(source, {}, catalog.cluster_name(name), contents.copy())

    # -- attachments ---------------------------------------------------------------------
    @mutating
    def attach(self, cluster_id: str, body: JSON) -> tuple[bool, JSON]:
        """(whether the attachment is new, its JSON)."""
        cluster = self._cluster(cluster_id, deleting=410)
        app_name = body.get("app_name")
        app = self._backend.apps.get(app_name) if isinstance(app_name, str) else None
        if app is None or app.org_slug != cluster.org_slug:
            raise not_found("App not found")
        existing = cluster.attachments.get(app.name)
        created = existing is None or existing.app_id != app.id
        if created:
            cluster.attachments[app.name] = Attachment(app.id, self._backend.now())
        attachment = cluster.attachments[app.name]
        return created, {
            "data": {
                "app_name": app.name,
                "postgres_cluster_id": cluster.id,
                "attached_at": rfc3339(attachment.attached.wall),
            }
        }

    @mutating
    def detach(self, cluster_id: str, app_name: str) -> None:
        cluster = self._cluster(cluster_id, deleting=410)
        app = self._backend.apps.get(app_name)
        if app is None or app.org_slug != cluster.org_slug:
            raise not_found("App not found")
        if app_name not in self._attached(cluster):
            raise not_found("Attachment not found")
        del cluster.attachments[app_name]

    # -- backups -------------------------------------------------------------------------
    @locked
    def list_backups(self, cluster_id: str) -> JSON:
        cluster = self._cluster(cluster_id, deleting=404)
        now = self._backend.now()
        return {"data": [backup.to_json(now) for backup in cluster.backups]}

    @mutating
    def create_backup(self, cluster_id: str, body: JSON) -> None:
        cluster = self._cluster(cluster_id, deleting=404)
        kind = body.get("type")
        if kind not in catalog.BACKUP_TYPES:
            raise invalid(f"type must be one of {', '.join(catalog.BACKUP_TYPES)}")
        now = self._backend.now()
        if cluster.status(now) != "ready":
            raise conflict("The cluster is not ready to be backed up yet")
        if cluster.running_backup(now) is not None:
            raise conflict("A backup is currently running")
        fulls = [b for b in cluster.backups if b.type == "full"]
        kind = str(kind) if fulls else "full"  # pgBackRest: no full backup to build on
        labels = {b.label for b in cluster.backups}
        started = now
        while (label := _label(kind, started, fulls)) in labels:
            started = started.later(1.0)  # one backup a second, as labels are by the second
        databases = len(cluster.contents.databases)
        size = (24 + 8 * databases) * MIB if kind == "full" else (1 + databases) * MIB
        finished = now.later(self._backend.step)
        backup = Backup(label, kind, now, finished, size, cluster.contents.copy())
        cluster.backups.append(backup)
        del cluster.backups[:-BACKUPS_KEPT]


# -- helpers --------------------------------------------------------------------------------
def _settings(org_slug: str, body: JSON) -> JSON:
    """A new cluster's settings from a create request: 422 for any the API refuses."""
    plan = body.get("plan")
    if plan not in catalog.PLANS:
        raise invalid(f"Invalid attributes: plan must be one of {', '.join(catalog.PLANS)}")
    region = body.get("region")
    if region not in catalog.REGIONS:
        raise invalid(
            f"Invalid attributes: region {str(region)[:20]!r} is not one where Managed "
            f"Postgres runs ({', '.join(sorted(catalog.REGIONS))})"
        )
    disk = body.get("disk_size_gb")
    smallest, largest = catalog.DISK_GB
    disk = smallest if disk is None else disk
    if isinstance(disk, bool) or not isinstance(disk, int) or not smallest <= disk <= largest:
        raise invalid(f"Invalid attributes: disk_size_gb must be {smallest} to {largest}")
    major = body.get("pg_major_version") or catalog.MAJOR_VERSIONS[-1]
    if major not in catalog.MAJOR_VERSIONS:
        raise invalid(f"Invalid attributes: pg_major_version is one of {catalog.MAJOR_VERSIONS}")
    pool_mode = body.get("pool_mode") or "transaction"
    if pool_mode not in catalog.POOL_MODES:
        raise invalid("Invalid attributes: pool_mode is session or transaction")
    return {
        "org_slug": org_slug,
        "region": region,
        "plan": plan,
        "disk_size_gb": disk,
        "pg_major_version": major,
        "pool_mode": pool_mode,
        "postgis_enabled": body.get("postgis_enabled") is True,
    }


def _settings_of(source: Cluster) -> JSON:
    """What a fork or a restore inherits from its source."""
    return {
        "org_slug": source.org_slug,
        "region": source.region,
        "plan": source.plan,
        "disk_size_gb": source.disk_size_gb,
        "pg_major_version": source.pg_major_version,
        "pool_mode": source.pool_mode,
        "postgis_enabled": source.postgis_enabled,
    }


def _label(kind: str, started: Moment, fulls: list[Backup]) -> str:
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(math.floor(started.wall)))
    if kind == "full":
        return f"{stamp}F"
    return f"{fulls[-1].label}_{stamp}{'I' if kind == 'incr' else 'D'}"


def _instant(value: object) -> float:
    """An RFC 3339 time with an explicit offset, as wall-clock seconds: 422 otherwise."""
    found = _RFC3339.match(value) if isinstance(value, str) else None
    if found is None:
        raise invalid(
            "pitr_time must be an RFC 3339 time with an offset from UTC, "
            "such as 2025-01-02T03:04:05Z"
        )
    year, month, day, hour, minute, second = (int(part) for part in found.groups()[:6])
    fraction, _, sign, offset_hours, offset_minutes = found.groups()[6:]
    offset = timedelta(hours=int(offset_hours or 0), minutes=int(offset_minutes or 0))
    try:
        moment = datetime(
            year, month, day, hour, minute, second,
            int((fraction or "0")[:6].ljust(6, "0")),
            timezone(-offset if sign == "-" else offset),
        )  # fmt: skip
    except ValueError as exc:
        raise invalid(f"pitr_time is not a time: {exc}") from None
    return moment.timestamp()
