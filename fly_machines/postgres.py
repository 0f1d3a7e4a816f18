"""`Postgres`: Fly's Managed Postgres clusters, which belong to an organization, and what
lives in them (databases and their extensions, users, backups, app attachments).

Every function takes the client first and keywords after, returns `Ok(value)` or
`Err(FlyError)` (an awaitable of it with an `AsyncClient`), and accepts `retry=` and
`http_timeout=` as `Machines`' do. A cluster is named by `cluster_id` (the `id` that
`create` answers). Besides the errors each docstring names, any may return
`invalid_request` (nothing was sent), `unauthorized`, `not_found` (no such cluster),
`rate_limited` and the transport's `timeout`/`connection`.

A cluster is provisioned asynchronously: `create`, `fork` and `restore` answer at once
with `status` `creating`, and the database, user and extension functions answer
`service_unavailable` (503, with `retry_after`) until `get` shows `ready`; the reading
ones among them retry by themselves after that pause. A cluster being deleted answers
`http_410` where the API says so. The functions that answer an envelope give it whole:
the value is under `.data`.

Creates (clusters, forks, restores, backups, databases, users, attachments) and password
rotation are not repeated after a failure that may have reached the API; reads, deletes,
role changes and enabling an extension are. The passwords the credentials functions
answer are `str`s whose repr is `<redacted>`, so a result printed or logged whole shows
nothing of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from fly_machines_api.api.postgres_clusters import (
    postgres_attachments_create,
    postgres_attachments_delete,
    postgres_backups_create,
    postgres_backups_list,
    postgres_create,
    postgres_delete,
    postgres_fork,
    postgres_list,
    postgres_restore,
    postgres_show,
)

from . import _postgres_contents as contents
from ._endpoint import endpoint
from ._engine import Flow
from ._namespace import Core, Namespace, Retry, Timeout, send
from .result import Result

if TYPE_CHECKING:
    from fly_machines_api.models import (
        CreatePostgresAttachmentResponse,
        ListPostgresBackupsResponse,
        ListPostgresClustersResponse,
        ShowPostgresClusterResponse,
    )

__all__ = ["Postgres"]

Plan = Literal["basic", "starter", "launch", "scale", "Performance"]
MajorVersion = Literal["16", "17"]
PoolMode = Literal["session", "transaction"]
BackupType = Literal["full", "incr", "diff"]

_CLUSTER = contents.CLUSTER  # the keyword `cluster_id` is the path's `postgres_cluster_id`


class Postgres(Namespace, example="list"):
    """Namespace of Managed Postgres operations: `Postgres.create(client, org_slug=...,
    plan="basic", region="iad")`, then `Postgres.get(client, cluster_id=...)`."""

    # -- clusters -----------------------------------------------------------------------------
    @endpoint
    def list(
        core: Core,
        *,
        org_slug: str,
        include_deleted: bool | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[ListPostgresClustersResponse]]:
        """The organization's clusters (`"personal"` for your own); `include_deleted=True`
        adds the deleted ones still remembered. Ok: `ListPostgresClustersResponse`
        (`.data`: `PostgresClusterSummary` each). Err: `not_found` (no such organization),
        `bad_request` (a blank `org_slug`)."""
        return (yield from send(core, postgres_list, locals()))

    @endpoint
    def get(
        core: Core,
        *,
        cluster_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[ShowPostgresClusterResponse]]:
        """One cluster: its status, plan, size, endpoints (once `ready`) and attached apps.
        Ok: `ShowPostgresClusterResponse` (`.data`: the `PostgresCluster`).
        Err: `not_found`."""
        return (yield from send(core, postgres_show, locals(), rename=_CLUSTER))

    @endpoint
    def create(
        core: Core,
        *,
        org_slug: str,
        plan: Plan,
        region: str,
        name: str | None = None,
        disk_size_gb: int | None = None,
        pg_major_version: MajorVersion | None = None,
        pool_mode: PoolMode | None = None,
        postgis_enabled: bool | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[ShowPostgresClusterResponse]]:
        """Start provisioning a cluster for `org_slug` in `region` (one that the platform's
        regions mark `mpg_available`); poll `get` until its `status` is `ready`. `plan`:
        its size, `basic` to `Performance`; `disk_size_gb`: 10 to 1000 (default 10);
        `pg_major_version`: "16" or "17" (the default); `pool_mode`: the pooler's,
        `transaction` (the default) or `session`; `postgis_enabled=True` is needed to
        enable PostGIS extensions later; `name`: generated when not given.
        Ok: `ShowPostgresClusterResponse` (`.data.id`, `.data.status` `creating`).
        Err: `not_found` (no such organization), `unprocessable_entity` (a region, size
        or name the API refuses)."""
        return (yield from send(core, postgres_create, locals()))

    @endpoint
    def delete(
        core: Core,
        *,
        cluster_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[None]]:
        """Delete the cluster and all its data: it is `deleting`, then `deleted`.
        Ok: None. Err: `not_found`, `http_410` (already being deleted, or deleted)."""
        return (yield from send(core, postgres_delete, locals(), rename=_CLUSTER))

    @endpoint
    def fork(
        core: Core,
        *,
        cluster_id: str,
        name: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[ShowPostgresClusterResponse]]:
        """A new cluster with the source's settings and data as they are now (named
        `<source>-fork` unless `name` is given), provisioned like `create`'s; the source is
        left as it is. Ok: `ShowPostgresClusterResponse` (the new cluster).
        Err: `conflict` (the source is not `ready`), `http_410` (it is being deleted),
        `unprocessable_entity` (a name the API refuses)."""
        return (yield from send(core, postgres_fork, locals(), rename=_CLUSTER))

    @endpoint
    def restore(
        core: Core,
        *,
        cluster_id: str,
        backup_id: str | None = None,
        pitr_time: str | None = None,
        name: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[ShowPostgresClusterResponse]]:
        """A new cluster holding the data of one backup (`backup_id`, from `list_backups`)
        or of a point in time (`pitr_time`, RFC 3339 with an offset, within the recovery
        window): give exactly one. `name`: derived from the source's when not given. The
        source is left as it is.
        Ok: `ShowPostgresClusterResponse` (the new cluster). Err: `not_found` (no such
        backup), `unprocessable_entity` (neither or both given, a time outside the window,
        a name the API refuses)."""
        return (yield from send(core, postgres_restore, locals(), rename=_CLUSTER))

    # -- apps attached to a cluster -----------------------------------------------------------
    @endpoint
    def attach(
        core: Core,
        *,
        cluster_id: str,
        app_name: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[CreatePostgresAttachmentResponse]]:
        """Record that the app (of the cluster's organization) uses the cluster. It sets no
        secret: give the app its connection string yourself (`user_credentials` and the
        cluster's `endpoints`). Attaching an attached app changes nothing.
        Ok: `CreatePostgresAttachmentResponse` (`.data.attached_at`). Err: `not_found` (no
        such cluster or app), `http_410` (the cluster is being deleted)."""
        return (yield from send(core, postgres_attachments_create, locals(), rename=_CLUSTER))

    @endpoint
    def detach(
        core: Core,
        *,
        cluster_id: str,
        app_name: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[None]]:
        """Remove the record that the app uses the cluster (its secrets stay as they are).
        Ok: None. Err: `not_found` (no such cluster, app or attachment), `http_410`."""
        return (yield from send(core, postgres_attachments_delete, locals(), rename=_CLUSTER))

    # -- backups ------------------------------------------------------------------------------
    @endpoint
    def list_backups(
        core: Core,
        *,
        cluster_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[ListPostgresBackupsResponse]]:
        """The cluster's backups, oldest first, running ones included.
        Ok: `ListPostgresBackupsResponse` (`.data`: `PostgresBackup` each, `.id` is what
        `restore` takes). Err: `not_found`."""
        return (yield from send(core, postgres_backups_list, locals(), rename=_CLUSTER))

    @endpoint
    def create_backup(
        core: Core,
        *,
        cluster_id: str,
        type: BackupType,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[None]]:
        """Start a backup whose `type` is `full`, or `incr`/`diff` on top of the last one;
        it runs in the background and shows in `list_backups`. Ok: None.
        Err: `conflict` (a backup is running, or the cluster is not `ready`)."""
        return (yield from send(core, postgres_backups_create, locals(), rename=_CLUSTER))

    # -- what lives in a cluster (fly_machines/_postgres_contents.py) -------------------------
    list_databases = contents.list_databases
    create_database = contents.create_database
    delete_database = contents.delete_database
    list_extensions = contents.list_extensions
    enable_extension = contents.enable_extension
    disable_extension = contents.disable_extension
    list_users = contents.list_users
    create_user = contents.create_user
    delete_user = contents.delete_user
    user_credentials = contents.user_credentials
    set_user_role = contents.set_user_role
    rotate_password = contents.rotate_password
    active_queries = contents.active_queries
    slow_queries = contents.slow_queries
