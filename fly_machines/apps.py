"""`Apps`: create, list, get and destroy Fly apps."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

import httpx
from fly_machines_api.api.apps import apps_create, apps_delete, apps_list, apps_show
from fly_machines_api.models import App, CreateAppRequest, CreateAppResponse, ListAppsResponse

from . import _validate as check
from ._client import ClientCore
from ._endpoint import endpoint
from ._engine import CallOptions, Flow, call_flow
from .result import Result
from .retry import RetryPolicy

__all__ = ["Apps"]

Core = ClientCore[Any]
Retry = RetryPolicy | bool | None
Timeout = float | httpx.Timeout | None


class Apps:
    """Namespace of app operations: `Apps.create(client, app_name=..., org_slug=...)`."""

    def __init__(self) -> None:
        raise TypeError("Apps is a namespace of functions; call Apps.get(client, ...)")

    @endpoint
    def list(
        core: Core,
        *,
        org_slug: str,
        app_role: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[ListAppsResponse]]:
        """The organization's apps (`"personal"` for your own); `.apps`, `.next_cursor`."""
        params = {
            "org_slug": check.name("org_slug", org_slug),
            "app_role": app_role,
            "limit": limit,
            "cursor": cursor,
        }
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        return (yield from call_flow(core, apps_list, params, options))

    @endpoint
    def get(
        core: Core, *, app_name: str, retry: Retry = None, http_timeout: Timeout = None
    ) -> Flow[Result[App]]:
        params = {"app_name": check.name("app_name", app_name)}
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        return (yield from call_flow(core, apps_show, params, options))

    @endpoint
    def create(
        core: Core,
        *,
        app_name: str,
        org_slug: str,
        network: str | None = None,
        enable_subdomains: bool | None = None,
        idempotency_key: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[CreateAppResponse]]:
        """Create an app. App names are global across Fly.io (422 name_taken otherwise).

        The request carries an idempotency key (a fresh one unless given), with which the
        API answers a repeated create with the app the first one made; that makes it safe
        to retry even after a failure that may have reached the API.
        """
        fields = {
            "name": check.name("app_name", app_name),
            "org_slug": check.name("org_slug", org_slug),
            "network": network,
            "enable_subdomains": enable_subdomains,
            "idempotency_key": idempotency_key or str(uuid.uuid4()),
        }
        body = CreateAppRequest.from_dict({k: v for k, v in fields.items() if v is not None})
        policy = core._retry_policy(retry)
        return (
            yield from call_flow(
                core,
                apps_create,
                {"body": body},
                CallOptions(http_timeout=http_timeout),
                retry_override=replace(policy, unsafe=True),
            )
        )

    @endpoint
    def destroy(
        core: Core, *, app_name: str, retry: Retry = None, http_timeout: Timeout = None
    ) -> Flow[Result[Any]]:
        """Destroy the app and everything in it (202: it goes on in the background)."""
        params = {"app_name": check.name("app_name", app_name)}
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        return (yield from call_flow(core, apps_delete, params, options))
