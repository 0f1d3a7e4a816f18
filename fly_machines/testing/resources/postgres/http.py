"""The HTTP side of Managed Postgres: each operation's handler reads its path, query and
body and asks `backend.postgres` (rules.py); `PostgresResource` registers them."""

from __future__ import annotations

from typing import ClassVar

from ..._container import Resource
from ..._http import Call, Reply
from ..._primitives import error
from .catalog import RANGE_SECONDS
from .rules import PostgresRules


class PostgresResource(Resource):
    # The Postgres operations declare 422 for a body field missing, of the wrong type or
    # outside its enum ("name is required", "kill_sessions must be true or false").
    misfit_status: ClassVar[int] = 422

    @property
    def postgres(self) -> PostgresRules:
        """The Managed Postgres clusters' rules (`sim.backend.postgres`)."""
        return PostgresRules(self)


def _cluster(c: Call) -> str:
    return c.params["postgres_cluster_id"]


def _flag(c: Call, name: str, status: int) -> bool:
    """A true/false query parameter (absent is false); `status` refuses anything else."""
    value = c.query(name)
    if value is None:
        return False
    if value not in ("true", "false"):
        raise error(status, f"{name} must be true or false")
    return value == "true"


def _range(c: Call) -> int:
    raw = c.query("range")
    if raw is None:
        return 3600
    if (
        not raw.isascii()
        or not raw.isdigit()
        or not RANGE_SECONDS[0] <= int(raw) <= RANGE_SECONDS[1]
    ):
        raise error(422, "range must be an integer between 1 and 604800 seconds")
    return int(raw)


# -- clusters -------------------------------------------------------------------------------
def _list(c: Call) -> Reply:
    include_deleted = _flag(c, "include_deleted", 422)
    return 200, c.backend.postgres.list_clusters(c.query("org_slug"), include_deleted)


def _create(c: Call) -> Reply:
    return 201, c.backend.postgres.create_cluster(c.json())


def _show(c: Call) -> Reply:
    return 200, c.backend.postgres.show_cluster(_cluster(c))


def _delete(c: Call) -> Reply:
    c.backend.postgres.delete_cluster(_cluster(c))
    return 202, None


def _fork(c: Call) -> Reply:
    return 201, c.backend.postgres.fork(_cluster(c), c.json())


def _restore(c: Call) -> Reply:
    return 201, c.backend.postgres.restore(_cluster(c), c.json())


# -- attachments and backups ----------------------------------------------------------------
def _attach(c: Call) -> Reply:
    created, attachment = c.backend.postgres.attach(_cluster(c), c.json())
    return (201 if created else 200), attachment


def _detach(c: Call) -> Reply:
    c.backend.postgres.detach(_cluster(c), c.params["app_name"])
    return 204, None


def _list_backups(c: Call) -> Reply:
    return 200, c.backend.postgres.list_backups(_cluster(c))


def _create_backup(c: Call) -> Reply:
    c.backend.postgres.create_backup(_cluster(c), c.json())
    return 202, None


# -- databases and extensions ---------------------------------------------------------------
def _list_databases(c: Call) -> Reply:
    return 200, c.backend.postgres.list_databases(_cluster(c))


def _create_database(c: Call) -> Reply:
    return 201, c.backend.postgres.create_database(_cluster(c), c.json())


def _delete_database(c: Call) -> Reply:
    return 200, c.backend.postgres.delete_database(_cluster(c), c.params["database_name"])


def _list_extensions(c: Call) -> Reply:
    return 200, c.backend.postgres.list_extensions(_cluster(c), c.params["database_name"])


def _enable_extension(c: Call) -> Reply:
    database = c.params["database_name"]
    c.backend.postgres.enable_extension(_cluster(c), database, c.json())
    return 204, None


def _disable_extension(c: Call) -> Reply:
    _flag(c, "force", 400)  # checked; no dependent objects are simulated for it to drop
    database, name = c.params["database_name"], c.params["extension_name"]
    c.backend.postgres.disable_extension(_cluster(c), database, name)
    return 204, None


# -- users ----------------------------------------------------------------------------------
def _list_users(c: Call) -> Reply:
    return 200, c.backend.postgres.list_users(_cluster(c))


def _create_user(c: Call) -> Reply:
    return 201, c.backend.postgres.create_user(_cluster(c), c.json())


def _delete_user(c: Call) -> Reply:
    c.backend.postgres.delete_user(_cluster(c), c.params["username"])
    return 204, None


def _update_role(c: Call) -> Reply:
    c.backend.postgres.set_user_role(_cluster(c), c.params["username"], c.json())
    return 204, None


def _credentials(c: Call) -> Reply:
    return 200, c.backend.postgres.credentials(_cluster(c), c.params["username"])


def _rotate_password(c: Call) -> Reply:
    return 200, c.backend.postgres.rotate_password(_cluster(c), c.params["username"], c.json())


# -- queries --------------------------------------------------------------------------------
def _active_queries(c: Call) -> Reply:
    return 200, c.backend.postgres.active_queries(_cluster(c), c.query("database"))


def _slow_queries(c: Call) -> Reply:
    return 200, c.backend.postgres.slow_queries(_cluster(c), _range(c))


PostgresResource.handlers = {
    "Postgres_list": _list,
    "Postgres_create": _create,
    "Postgres_show": _show,
    "Postgres_delete": _delete,
    "Postgres_fork": _fork,
    "Postgres_restore": _restore,
    "Postgres_attachments_create": _attach,
    "Postgres_attachments_delete": _detach,
    "Postgres_backups_list": _list_backups,
    "Postgres_backups_create": _create_backup,
    "Postgres_databases_list": _list_databases,
    "Postgres_databases_create": _create_database,
    "Postgres_databases_delete": _delete_database,
    "Postgres_extensions_list": _list_extensions,
    "Postgres_extensions_enable": _enable_extension,
    "Postgres_extensions_disable": _disable_extension,
    "Postgres_users_list": _list_users,
    "Postgres_users_create": _create_user,
    "Postgres_users_delete": _delete_user,
    "Postgres_users_update_role": _update_role,
    "Postgres_users_credentials": _credentials,
    "Postgres_users_rotate_password": _rotate_password,
    "Postgres_queries_active": _active_queries,
    "Postgres_queries_slow": _slow_queries,
}
