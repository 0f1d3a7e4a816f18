"""The rules of Managed Postgres clusters, as `sim.backend.postgres`: every operation on
the clusters the simulator keeps (outside any app: a cluster belongs to an organization),
under the simulator's one lock. Each refusal is the status the spec declares for it; the
package docstring says why each is what it is."""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from ..._container import Part
from ..._primitives import (
    JSON,
    ApiError,
    Moment,
    bad_request,
    error,
    locked,
    mutating,
    not_found,
    rfc3339,
)
from . import catalog, queries
from .catalog import conflict, gone, invalid
from .cluster import (
    BACKUPS_KEPT,
    MIB,
    Attachment,
    Backup,
    Cluster,
    Contents,
    Installed,
    Revision,
    User,
    initial_contents,
    new_database,
)

_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|([+-])(\d{2}):(\d{2}))$"
)
RANGE_SECONDS = (1, 604800)


@dataclass
class PostgresClusters:
    """Every cluster the simulator has, by id (`backend.part(PostgresClusters)`)."""

    by_id: dict[str, Cluster] = field(default_factory=dict)


def _given(body: JSON, key: str) -> object:
    """A body field, None when absent, null or blank (the API generates a name then)."""
    value = body.get(key)
    return None if isinstance(value, str) and not value.strip() else value


class PostgresRules(Part):
    """`sim.backend.postgres`."""

    # -- lookups (the caller holds the lock) ---------------------------------------------
    def _clusters(self) -> dict[str, Cluster]:
        """The clusters, after forgetting those deleted longer ago than the simulator keeps
        destroyed machines readable (`destroyed_retention`)."""
        clusters = self._backend.part(PostgresClusters).by_id
        now = self._backend.now()
        for cluster_id, cluster in list(clusters.items()):
            deleted = cluster.deleted_at()
            if deleted is not None and now.mono - deleted.mono >= self._backend.destroyed_retention:
                del clusters[cluster_id]
        return clusters

    def _cluster(self, cluster_id: str, deleting: int | None) -> Cluster:
        """The cluster, or 404. One being deleted (or deleted) answers `deleting` (410 where
        the spec declares it, else 404), or is returned when `deleting` is None."""
        cluster = self._clusters().get(cluster_id)
        if cluster is None:
            raise not_found("Cluster not found")
        if deleting is not None and cluster.deleting_since is not None:
            if deleting != 410:
                raise not_found("Cluster not found")
            if cluster.status(self._backend.now()) == "deleted":
                raise gone("This cluster has been deleted")
            raise gone("This cluster is being deleted")
        return cluster

    def _ready(self, cluster: Cluster, now: Moment) -> None:
        """503 with Retry-After until the cluster is ready (its pg-admin answers then)."""
        status = cluster.status(now)
        if status != "ready":
            seconds = max(1, math.ceil(cluster.ready_at - now.mono))
            message = f"pg-admin is unavailable: the cluster is {status}"
            raise ApiError(503, {"error": message}, {"retry-after": str(seconds)})

    def _attached(self, cluster: Cluster) -> list[str]:
        """The apps attached, leaving out those deleted since (their record goes with them)."""
        apps = self._backend.apps
        return sorted(
            name
            for name, attachment in cluster.attachments.items()
            if name in apps and apps[name].id == attachment.app_id
        )

    def _organizations(self) -> set[str]:
        apps = {app.org_slug for app in self._backend.apps.values()}
        return {"personal", *apps, *(c.org_slug for c in self._clusters().values())}

    def _show(self, cluster: Cluster) -> JSON:
        return {"data": cluster.to_json(self._backend.now(), self._attached(cluster))}

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
            key=lambda c: (c.created.mono, c.id),
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
        name = _given(body, "name")
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
        name = _given(body, "name")
        name = catalog.derived_name(source.name, "-fork") if name is None else name
        name = catalog.cluster_name(name)
        if source.status(self._backend.now()) != "ready":
            raise conflict("The source cluster is not ready to be forked yet")
        return self._add(source, {}, name, source.contents.copy())

    @mutating
    def restore(self, cluster_id: str, body: JSON) -> JSON:
        source = self._cluster(cluster_id, deleting=404)
        now = self._backend.now()
        backup_id, pitr_time = _given(body, "backup_id"), _given(body, "pitr_time")
        if (backup_id is None) == (pitr_time is None):
            raise invalid("Give exactly one restore target: backup_id or pitr_time")
        name = _given(body, "name")
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

    # -- databases -----------------------------------------------------------------------
    @locked
    def list_databases(self, cluster_id: str) -> JSON:
        cluster = self._cluster(cluster_id, deleting=404)
        self._ready(cluster, self._backend.now())
        return {"data": [{"name": name} for name in sorted(cluster.contents.databases)]}

    @mutating
    def create_database(self, cluster_id: str, body: JSON) -> JSON:
        cluster = self._cluster(cluster_id, deleting=404)
        if body.get("name") is None:
            raise invalid("name is required")
        name = catalog.database_name(body.get("name"))
        now = self._backend.now()
        self._ready(cluster, now)
        if name not in cluster.contents.databases:
            cluster.edit(now).databases[name] = new_database(cluster.pg_major_version)
        return {"data": {"name": name}}

    @mutating
    def delete_database(self, cluster_id: str, name: str) -> JSON:
        cluster = self._cluster(cluster_id, deleting=404)
        catalog.database_name(name)
        if name == catalog.DEFAULT_DATABASE:
            raise catalog.malformed(f"Database {name} is reserved")
        now = self._backend.now()
        self._ready(cluster, now)
        if name not in cluster.contents.databases:
            raise not_found("Database not found")
        del cluster.edit(now).databases[name]
        return {"data": {"name": name}}

    def _database(self, cluster: Cluster, name: str, now: Moment) -> None:
        """400 for a malformed name, 503 until ready, 404 for a database it does not have."""
        catalog.database_name(name)
        self._ready(cluster, now)
        if name not in cluster.contents.databases:
            raise not_found("Database not found")

    # -- extensions ----------------------------------------------------------------------
    @locked
    def list_extensions(self, cluster_id: str, database: str) -> JSON:
        cluster = self._cluster(cluster_id, deleting=404)
        self._database(cluster, database, self._backend.now())
        installed = cluster.contents.databases[database].extensions
        return {
            "data": [
                {
                    "name": name,
                    "description": extension.description,
                    "default_version": catalog.version_of(extension, cluster.pg_major_version),
                    "system": extension.system,
                    "installed": (
                        {"schema": installed[name].schema, "version": installed[name].version}
                        if name in installed
                        else None
                    ),
                }
                for name, extension in sorted(catalog.EXTENSIONS.items())
            ]
        }

    @mutating
    def enable_extension(self, cluster_id: str, database: str, body: JSON) -> None:
        cluster = self._cluster(cluster_id, deleting=404)
        catalog.database_name(database)
        name = body.get("name")
        extension = catalog.EXTENSIONS.get(name) if isinstance(name, str) else None
        if extension is None:
            raise invalid(f"Unknown or unsupported extension {str(name)[:80]!r}")
        schema = _given(body, "schema") or "public"
        if not isinstance(schema, str) or not catalog.SCHEMA_NAME.match(schema):
            raise invalid(f"Invalid schema name {str(schema)[:80]!r}")
        if schema.startswith("pg_"):
            raise invalid(f"Schema {schema} is reserved for the system")
        now = self._backend.now()
        self._database(cluster, database, now)
        current = cluster.contents.databases[database]
        if extension.postgis and not cluster.postgis_enabled:
            raise conflict("PostGIS is not enabled on this cluster")
        if extension.name in current.extensions:
            where = current.extensions[extension.name].schema
            raise conflict(f"Extension {extension.name} is already installed in schema {where}")
        if schema not in current.schemas and body.get("create_schema") is not True:
            raise invalid(f"Schema {schema} does not exist in {database}: pass create_schema")
        changed = cluster.edit(now).databases[database]
        changed.schemas.add(schema)
        version = catalog.version_of(extension, cluster.pg_major_version)
        changed.extensions[extension.name] = Installed(schema, version)

    @mutating
    def disable_extension(self, cluster_id: str, database: str, name: str) -> None:
        cluster = self._cluster(cluster_id, deleting=404)
        catalog.database_name(database)
        extension = catalog.EXTENSIONS.get(name)
        if extension is None:
            raise invalid(f"Invalid extension name {name[:80]!r}")
        if extension.system:
            raise catalog.malformed("System extensions cannot be disabled")
        now = self._backend.now()
        self._database(cluster, database, now)
        if name in cluster.contents.databases[database].extensions:
            del cluster.edit(now).databases[database].extensions[name]

    # -- users ---------------------------------------------------------------------------
    def _user(self, cluster: Cluster, name: str, now: Moment, system: bool = False) -> None:
        """400 for a malformed or reserved name (and for `fly-user` when `system`: it owns
        the default database), 503 until ready, 404 for a user the cluster does not have."""
        catalog.username(name)
        if system and name == catalog.DEFAULT_USER:
            raise catalog.malformed(f"{name} is a system user")
        self._ready(cluster, now)
        if name not in cluster.contents.users:
            raise not_found("User not found")

    @locked
    def list_users(self, cluster_id: str) -> JSON:
        cluster = self._cluster(cluster_id, deleting=404)
        self._ready(cluster, self._backend.now())
        users = cluster.contents.users
        return {"data": [{"username": n, "role": users[n].role} for n in sorted(users)]}

    @mutating
    def create_user(self, cluster_id: str, body: JSON) -> JSON:
        cluster = self._cluster(cluster_id, deleting=404)
        name, role = body.get("username"), body.get("role")
        if name is None or role not in catalog.ROLES:
            raise invalid(f"username and role are required; role is one of {_roles()}")
        name = catalog.username(name)
        now = self._backend.now()
        self._ready(cluster, now)
        if name in cluster.contents.users:
            raise conflict("User already exists")
        cluster.edit(now).users[name] = User(str(role), catalog.new_password())
        return {"data": {"username": name, "role": role}}

    @mutating
    def delete_user(self, cluster_id: str, name: str) -> None:
        cluster = self._cluster(cluster_id, deleting=404)
        now = self._backend.now()
        self._user(cluster, name, now, system=True)
        del cluster.edit(now).users[name]

    @mutating
    def set_user_role(self, cluster_id: str, name: str, body: JSON) -> None:
        cluster = self._cluster(cluster_id, deleting=404)
        role = body.get("role")
        if role not in catalog.ROLES:
            raise invalid(f"role is required, one of {_roles()}")
        now = self._backend.now()
        self._user(cluster, name, now, system=True)
        cluster.edit(now).users[name].role = str(role)

    @locked
    def credentials(self, cluster_id: str, name: str) -> JSON:
        cluster = self._cluster(cluster_id, deleting=404)
        self._user(cluster, name, self._backend.now())
        return {"data": {"username": name, "password": cluster.contents.users[name].password}}

    @mutating
    def rotate_password(self, cluster_id: str, name: str, body: JSON) -> JSON:
        cluster = self._cluster(cluster_id, deleting=410)
        if body.get("kill_sessions") not in (None, True, False):
            raise invalid("kill_sessions must be true or false")
        now = self._backend.now()
        self._user(cluster, name, now)
        user = cluster.edit(now).users[name]
        user.password = catalog.new_password()
        return {"data": {"username": name, "password": user.password}}

    # -- queries -------------------------------------------------------------------------
    @locked
    def active_queries(self, cluster_id: str, database: str | None) -> JSON:
        cluster = self._cluster(cluster_id, deleting=404)
        if database is None or not database.strip():
            raise invalid("database must be a non-empty string")
        status = cluster.status(self._backend.now())
        if status != "ready":
            raise error(500, f"Unable to load active queries: the cluster is {status}")
        sessions = []
        for app_name in self._attached(cluster):
            for machine_id in sorted(self._backend.apps[app_name].machines):
                machine = self._backend.machine(app_name, machine_id)  # settled to now
                if machine.state == "started":
                    sessions.append(queries.Session(app_name, machine_id, machine.private_ip))
        return {"data": queries.active_queries(cluster, database, sessions)}

    @locked
    def slow_queries(self, cluster_id: str, lookback: int) -> JSON:
        cluster = self._cluster(cluster_id, deleting=404)
        if not RANGE_SECONDS[0] <= lookback <= RANGE_SECONDS[1]:
            raise invalid("range must be an integer between 1 and 604800 seconds")
        return {"data": queries.slow_queries(cluster, self._backend.now(), lookback)}


# -- helpers --------------------------------------------------------------------------------
def _roles() -> str:
    return ", ".join(catalog.ROLES)


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
