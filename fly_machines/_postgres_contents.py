"""What lives inside a Managed Postgres cluster: its databases (with their extensions), its
users and what its queries are doing. Users call these as `Postgres.<name>` (postgres.py
puts them in the namespace); they are written here so that each module reads in one go.

The database, extension and user functions need the cluster `ready`: until then they
answer `service_unavailable` (503, with `retry_after`), which the reading ones retry by
themselves after that pause. Besides the errors each docstring names, any may answer those
that `Postgres`' module docstring lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeVar

from fly_machines_api import models
from fly_machines_api.api.postgres_clusters import (
    postgres_databases_create,
    postgres_databases_delete,
    postgres_databases_list,
    postgres_extensions_disable,
    postgres_extensions_enable,
    postgres_extensions_list,
    postgres_queries_active,
    postgres_queries_slow,
    postgres_users_create,
    postgres_users_credentials,
    postgres_users_delete,
    postgres_users_list,
    postgres_users_rotate_password,
    postgres_users_update_role,
)
from fly_machines_api.types import Unset

from ._endpoint import endpoint
from ._engine import Flow
from ._namespace import Core, Retry, Timeout, send
from ._sensitive import SensitiveText
from .result import Ok, Result

if TYPE_CHECKING:
    from fly_machines_api.models import (
        CreatePostgresUserResponse,
        GetPostgresUserCredentialsResponse,
        ListPostgresActiveQueriesResponse,
        ListPostgresDatabasesResponse,
        ListPostgresExtensionsResponse,
        ListPostgresSlowQueriesResponse,
        ListPostgresUsersResponse,
        PostgresDatabaseResponse,
        RotatePostgresPasswordResponse,
    )

Role = Literal["schema_admin", "writer", "reader"]
Credentials = TypeVar(
    "Credentials", models.GetPostgresUserCredentialsResponse, models.RotatePostgresPasswordResponse
)

# The keyword `cluster_id` is the path's `postgres_cluster_id`.
CLUSTER = {"cluster_id": "postgres_cluster_id"}
# `database_name` and `extension_name` name the same things in the path and in the bodies
# (`name` there); `range` is `range_` in the generated code, as Python has a `range`.
_DATABASE_BODY = {**CLUSTER, "database_name": "name"}
_EXTENSION_BODY = {**CLUSTER, "extension_name": "name"}
_RANGE = {**CLUSTER, "range": "range_"}


# -- databases ------------------------------------------------------------------------------
@endpoint
def list_databases(
    core: Core,
    *,
    cluster_id: str,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[ListPostgresDatabasesResponse]]:
    """The cluster's databases (a new one has `fly-db`).
    Ok: `ListPostgresDatabasesResponse` (`.data`: `PostgresDatabase` each).
    Err: `service_unavailable` (not `ready` yet)."""
    return (yield from send(core, postgres_databases_list, locals(), rename=CLUSTER))


@endpoint
def create_database(
    core: Core,
    *,
    cluster_id: str,
    database_name: str,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[PostgresDatabaseResponse]]:
    """Create the database `database_name`: letters, digits, `-` and `_`, starting and
    ending with a letter or digit, at most 63 characters.
    Ok: `PostgresDatabaseResponse` (`.data.name`).
    Err: `bad_request` (a malformed or reserved name), `service_unavailable`."""
    return (yield from send(core, postgres_databases_create, locals(), rename=_DATABASE_BODY))


@endpoint
def delete_database(
    core: Core,
    *,
    cluster_id: str,
    database_name: str,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[PostgresDatabaseResponse]]:
    """Drop the database `database_name` and everything in it.
    Ok: `PostgresDatabaseResponse` (the dropped one). Err: `not_found` (no such database),
    `bad_request` (a reserved one, such as `fly-db`), `service_unavailable`."""
    return (yield from send(core, postgres_databases_delete, locals(), rename=CLUSTER))


# -- extensions -----------------------------------------------------------------------------
@endpoint
def list_extensions(
    core: Core,
    *,
    cluster_id: str,
    database_name: str,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[ListPostgresExtensionsResponse]]:
    """The extensions the database `database_name` can have, each with `installed` (schema
    and version) or None.
    Ok: `ListPostgresExtensionsResponse` (`.data`: `PostgresExtension` each).
    Err: `not_found` (no such database), `service_unavailable`."""
    return (yield from send(core, postgres_extensions_list, locals(), rename=CLUSTER))


@endpoint
def enable_extension(
    core: Core,
    *,
    cluster_id: str,
    database_name: str,
    extension_name: str,
    schema: str | None = None,
    create_schema: bool | None = None,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[None]]:
    """Install the extension `extension_name` in the database `database_name`, into
    `schema` (default `public`), which `create_schema=True` creates first. PostGIS ones
    need a cluster created with `postgis_enabled=True`. Ok: None.
    Err: `unprocessable_entity` (an unknown extension, a schema that does not exist),
    `conflict` (already installed, or PostGIS not enabled), `service_unavailable`."""
    return (yield from send(core, postgres_extensions_enable, locals(), rename=_EXTENSION_BODY))


@endpoint
def disable_extension(
    core: Core,
    *,
    cluster_id: str,
    database_name: str,
    extension_name: str,
    force: bool | None = None,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[None]]:
    """Remove the extension `extension_name` from the database `database_name`
    (`force=True` also drops what depends on it); one that is not installed stays so.
    Ok: None. Err: `bad_request` (a system extension, which cannot be disabled),
    `unprocessable_entity` (no such extension), `service_unavailable`."""
    return (yield from send(core, postgres_extensions_disable, locals(), rename=CLUSTER))


# -- users ----------------------------------------------------------------------------------
@endpoint
def list_users(
    core: Core,
    *,
    cluster_id: str,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[ListPostgresUsersResponse]]:
    """The cluster's users and their roles (a new one has `fly-user`).
    Ok: `ListPostgresUsersResponse` (`.data`: `PostgresUser` each).
    Err: `service_unavailable`."""
    return (yield from send(core, postgres_users_list, locals(), rename=CLUSTER))


@endpoint
def create_user(
    core: Core,
    *,
    cluster_id: str,
    username: str,
    role: Role,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[CreatePostgresUserResponse]]:
    """Create the user `username` with a `role` (`schema_admin`, `writer` or `reader`) and
    a generated password, which `user_credentials` gives. Names: lower-case letters,
    digits, `-` and `_`, starting and ending with a letter or digit, at most 63 characters.
    Ok: `CreatePostgresUserResponse` (`.data.username`, `.data.role`). Err: `conflict`
    (the user exists), `bad_request` (a malformed or reserved name), `service_unavailable`."""
    return (yield from send(core, postgres_users_create, locals(), rename=CLUSTER))


@endpoint
def delete_user(
    core: Core,
    *,
    cluster_id: str,
    username: str,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[None]]:
    """Delete the user `username`. Ok: None. Err: `not_found` (no such user),
    `bad_request` (a reserved or system user, such as `fly-user`), `service_unavailable`."""
    return (yield from send(core, postgres_users_delete, locals(), rename=CLUSTER))


@endpoint
def user_credentials(
    core: Core,
    *,
    cluster_id: str,
    username: str,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[GetPostgresUserCredentialsResponse]]:
    """The password of the user `username`, to connect with.
    Ok: `GetPostgresUserCredentialsResponse` (`.data.username`; `.data.password`, a `str`
    whose repr is `<redacted>`). Err: `not_found` (no such user), `bad_request` (a
    reserved user), `service_unavailable`."""
    result = yield from send(core, postgres_users_credentials, locals(), rename=CLUSTER)
    return _password_redacted(result)


@endpoint
def set_user_role(
    core: Core,
    *,
    cluster_id: str,
    username: str,
    role: Role,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[None]]:
    """Give the user `username` another `role`. Ok: None. Err: `not_found` (no such user),
    `bad_request` (a reserved or system user), `service_unavailable`."""
    return (yield from send(core, postgres_users_update_role, locals(), rename=CLUSTER))


@endpoint
def rotate_password(
    core: Core,
    *,
    cluster_id: str,
    username: str,
    kill_sessions: bool | None = None,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[RotatePostgresPasswordResponse]]:
    """Give the user `username` a new password (`kill_sessions=True` also ends the sessions
    opened with the old one). Ok: `RotatePostgresPasswordResponse` (`.data.password`, the
    new one, a `str` whose repr is `<redacted>`). Err: `not_found` (no such user),
    `bad_request` (a reserved user), `http_410` (the cluster is being deleted),
    `service_unavailable`."""
    result = yield from send(core, postgres_users_rotate_password, locals(), rename=CLUSTER)
    return _password_redacted(result)


def _password_redacted(result: Result[Credentials]) -> Result[Credentials]:
    """The answer with its password a `SensitiveText`, so that a result printed or logged
    whole, or a failed assertion, shows nothing of it."""
    if isinstance(result, Ok):
        credentials = result.value.data
        if not isinstance(credentials, Unset) and isinstance(credentials.password, str):
            credentials.password = SensitiveText(credentials.password)
    return result


# -- queries --------------------------------------------------------------------------------
@endpoint
def active_queries(
    core: Core,
    *,
    cluster_id: str,
    database: str,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[ListPostgresActiveQueriesResponse]]:
    """The queries running in `database` now, with their full text and durations in
    seconds. Ok: `ListPostgresActiveQueriesResponse` (`.data`: `PostgresActiveQuery`
    each). Err: `unprocessable_entity` (a blank `database`), `internal_error` (the
    cluster's statistics cannot be read, as while it is provisioned)."""
    return (yield from send(core, postgres_queries_active, locals(), rename=CLUSTER))


@endpoint
def slow_queries(
    core: Core,
    *,
    cluster_id: str,
    range: int | None = None,
    retry: Retry = None,
    http_timeout: Timeout = None,
) -> Flow[Result[ListPostgresSlowQueriesResponse]]:
    """The 20 queries with the most total execution time (cumulative counters, outside the
    `postgres` database), from the latest metrics within the last `range` seconds (1 to
    604800, default 3600). Ok: `ListPostgresSlowQueriesResponse` (`.data`:
    `PostgresSlowQuery` each). Err: `unprocessable_entity` (a `range` out of bounds)."""
    return (yield from send(core, postgres_queries_slow, locals(), rename=_RANGE))
