"""The rules for what lives inside a cluster: databases, their extensions, users and
their passwords, and the query statistics. Every one needs the cluster ready (503 until
then, except the queries, whose spec declares a 500 instead)."""

from __future__ import annotations

from ..._primitives import JSON, Moment, error, locked, mutating, not_found
from . import catalog, queries
from .access import ClusterAccess, given
from .catalog import conflict, invalid
from .cluster import Cluster, Installed, User, new_database


class ContentRules(ClusterAccess):
    """The part of `sim.backend.postgres` that works inside one cluster."""

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
        schema = given(body, "schema") or "public"
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
        if not catalog.RANGE_SECONDS[0] <= lookback <= catalog.RANGE_SECONDS[1]:
            raise invalid("range must be an integer between 1 and 604800 seconds")
        return {"data": queries.slow_queries(cluster, self._backend.now(), lookback)}


def _roles() -> str:
    return ", ".join(catalog.ROLES)
