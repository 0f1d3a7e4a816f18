"""A simulated Managed Postgres cluster: its settings, what it holds (databases with their
extensions, users), its backups and attachments, and the states it moves through in time.

Nothing here changes by itself: every status is computed from the clock's time when it is
read (`status(now)`), so a cluster is `ready`, a backup `completed` or a cluster `deleted`
exactly when enough simulated time has passed, with no scheduler.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..._primitives import JSON, Moment, rfc3339
from . import catalog

GIB = 1 << 30
MIB = 1 << 20
MEASURED_EVERY = 3600.0  # storage is measured hourly, the first time an hour after ready
REVISIONS_KEPT = 200  # changes remembered for point-in-time restores
BACKUPS_KEPT = 50
PITR_RETENTION = 7 * 86400.0  # how far back a point-in-time restore may go


@dataclass(frozen=True)
class Installed:
    schema: str
    version: str


@dataclass
class Database:
    # The schemas users made (pg_catalog and the like are not listed).
    schemas: set[str] = field(default_factory=lambda: {"public"})
    extensions: dict[str, Installed] = field(default_factory=dict)

    def copy(self) -> Database:
        return Database(set(self.schemas), dict(self.extensions))


@dataclass
class User:
    role: str
    password: str = field(repr=False)  # never shown, logged or echoed but by credentials


@dataclass
class Contents:
    """What the cluster holds, as far as the simulator knows it: what a backup keeps and a
    fork or a restore copies (passwords included, as a copy of the data files would)."""

    databases: dict[str, Database]
    users: dict[str, User]

    def copy(self) -> Contents:
        return Contents(
            {name: db.copy() for name, db in self.databases.items()},
            {name: User(user.role, user.password) for name, user in self.users.items()},
        )


@dataclass(frozen=True)
class Revision:
    """The contents the cluster held from `since` until the next revision."""

    since: Moment
    contents: Contents


@dataclass
class Backup:
    label: str  # pgBackRest's: 20250101-120000F, or <full label>_20250101-130000I for incr
    type: str
    started: Moment
    finished: Moment
    size_bytes: int
    contents: Contents  # as it was when the backup started

    def done(self, now: Moment) -> bool:
        return now.mono >= self.finished.mono

    def to_json(self, now: Moment) -> JSON:
        entry: JSON = {
            "id": self.label,
            "type": self.type,
            "status": "completed" if self.done(now) else "running",
            "started_at": rfc3339(self.started.wall),
        }
        if self.done(now):
            entry["finished_at"] = rfc3339(self.finished.wall)
            entry["size_bytes"] = self.size_bytes
        return entry


@dataclass(frozen=True)
class Attachment:
    app_id: str  # an app deleted and made again under the same name is another app
    attached: Moment


@dataclass
class Cluster:
    id: str
    name: str
    org_slug: str
    region: str
    plan: str
    disk_size_gb: int
    pg_major_version: str
    pool_mode: str
    postgis_enabled: bool
    created: Moment
    step: float  # the simulator's transition_seconds: each provisioning phase lasts this
    revisions: list[Revision]
    attachments: dict[str, Attachment] = field(default_factory=dict)
    backups: list[Backup] = field(default_factory=list)
    deleting_since: Moment | None = None

    # -- time -----------------------------------------------------------------------------
    @property
    def ready_at(self) -> float:
        """When (monotonic) it is ready: `creating` one step, then `initializing` one."""
        return self.created.mono + 2 * self.step

    def status(self, now: Moment) -> str:
        if self.deleting_since is not None:
            return "deleted" if now.mono >= self.deleting_since.mono + self.step else "deleting"
        if now.mono < self.created.mono + self.step:
            return "creating"
        return "initializing" if now.mono < self.ready_at else "ready"

    def deleted_at(self) -> Moment | None:
        return None if self.deleting_since is None else self.deleting_since.later(self.step)

    # -- contents -------------------------------------------------------------------------
    @property
    def contents(self) -> Contents:
        return self.revisions[-1].contents

    def edit(self, now: Moment) -> Contents:
        """The contents to change at `now`: a new revision, so that a point-in-time restore
        to an earlier moment still finds what the cluster held then."""
        latest = self.revisions[-1]
        if latest.since == now:
            return latest.contents
        contents = latest.contents.copy()
        self.revisions.append(Revision(now, contents))
        del self.revisions[:-REVISIONS_KEPT]
        return contents

    def contents_at(self, wall: float) -> Contents:
        """What the cluster held at wall-clock time `wall` (not before its first revision)."""
        held = self.revisions[0].contents
        for revision in self.revisions:
            if revision.since.wall > wall:
                break
            held = revision.contents
        return held

    def recovery_window(self, now: Moment) -> tuple[float, float] | None:
        """The wall-clock times a point-in-time restore may go to, or None before the first
        completed backup (the base the archived changes are replayed on)."""
        completed = [b.finished.wall for b in self.backups if b.done(now)]
        if not completed:
            return None
        start = max(min(completed), self.revisions[0].since.wall, now.wall - PITR_RETENTION)
        return start, now.wall

    def running_backup(self, now: Moment) -> Backup | None:
        return next((b for b in self.backups if not b.done(now)), None)

    # -- as JSON --------------------------------------------------------------------------
    def summary(self, now: Moment, attached: list[str]) -> JSON:
        entry: JSON = {
            "id": self.id,
            "name": self.name,
            "status": self.status(now),
            "plan": self.plan,
            "region": self.region,
            "created_at": rfc3339(self.created.wall),
            "attached_apps": [{"name": app} for app in attached],
        }
        deleted = self.deleted_at()
        if deleted is not None and self.status(now) == "deleted":
            entry["deleted_at"] = rfc3339(deleted.wall)
        return entry

    def to_json(self, now: Moment, attached: list[str]) -> JSON:
        plan = catalog.PLANS[self.plan]
        status = self.status(now)
        body: JSON = {
            "id": self.id,
            "name": self.name,
            "status": status,
            "organization": {"name": self.org_slug, "slug": self.org_slug},
            "region": self.region,
            "plan": self.plan,
            "cpu_kind": plan.cpu_kind,
            "cpus": plan.cpus,
            "memory_mb": plan.memory_mb,
            "disk_size_gb": self.disk_size_gb,
            "replicas": catalog.REPLICAS,
            "pg_major_version": self.pg_major_version,
            "postgis_enabled": self.postgis_enabled,
            "created_at": rfc3339(self.created.wall),
            "attached_apps": [{"name": app} for app in attached],
            "storage_provisioned_bytes": None,
            "storage_used_bytes": None,
        }
        if status == "ready":
            body["endpoints"] = {"primary": self._endpoints()}
            if now.mono >= self.ready_at + MEASURED_EVERY:
                volumes = 1 + catalog.REPLICAS
                body["storage_provisioned_bytes"] = self.disk_size_gb * GIB * volumes
                body["storage_used_bytes"] = self.used_bytes() * volumes
        return body

    def used_bytes(self) -> int:
        """On one volume: the cluster's own files, and a few MiB per database."""
        return 40 * MIB + 8 * MIB * len(self.contents.databases)

    def _endpoints(self) -> JSON:
        return {
            "direct": {"host": f"direct.{self.id}.{catalog.HOST_DOMAIN}", "port": catalog.PORT},
            "pooler": {
                "host": f"pgbouncer.{self.id}.{catalog.HOST_DOMAIN}",
                "port": catalog.PORT,
            },
        }


def initial_contents(password: str, major: str) -> Contents:
    """A new cluster's: the database `fly-db`, owned by the user `fly-user`."""
    return Contents(
        {catalog.DEFAULT_DATABASE: new_database(major)},
        {catalog.DEFAULT_USER: User("schema_admin", password)},
    )


def new_database(major: str) -> Database:
    """A database as `CREATE DATABASE` makes it here: `public`, and the system extensions."""
    database = Database()
    for extension in catalog.EXTENSIONS.values():
        if extension.system:
            version = catalog.version_of(extension, major)
            database.extensions[extension.name] = Installed(extension.schema, version)
    return database
