"""`Apps`: create, list, get and destroy Fly apps, give them IP addresses, and make their
deploy tokens.

Every function takes the client first and keywords after, returns `Ok(value)` or
`Err(FlyError)`, and accepts `retry=` and `http_timeout=` as `Machines`' do. Besides the
errors each docstring names, any may return `invalid_request` (nothing was sent),
`unauthorized`, `rate_limited` and the transport's `timeout`/`connection`.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal

from fly_machines_api.api.apps import (
    app_create_deploy_token,
    app_ip_assignments_create,
    app_ip_assignments_delete,
    app_ip_assignments_list,
    apps_create,
    apps_delete,
    apps_list,
    apps_show,
)

from . import _validate as check
from ._endpoint import endpoint
from ._engine import Flow, call_flow
from ._namespace import Core, Namespace, Retry, Timeout, prepare, send
from ._sensitive import SensitiveText
from .result import Ok, Result

if TYPE_CHECKING:
    from fly_machines_api.models import (
        App,
        AssignIPResponse,
        CreateAppDeployTokenResponse,
        CreateAppResponse,
        IPAssignmentType,
        ListAppsResponse,
        ListIPAssignmentsResponse,
    )

__all__ = ["Apps"]


class Apps(Namespace):
    """Namespace of app operations: `Apps.create(client, app_name=..., org_slug=...)`."""

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
        """The apps of the organization `org_slug` (`"personal"` for your own), those
        with `app_role` only if given. `limit` (1-5000) pages the list; `cursor` is the
        previous page's `next_cursor`. Ok: `ListAppsResponse` (`.apps`, `.next_cursor`).
        Err: `not_found` or `forbidden` (no such organization, or not yours)."""
        return (
            yield from send(core, apps_list, locals(), org_slug=check.name("org_slug", org_slug))
        )

    @endpoint
    def get(
        core: Core, *, app_name: str, retry: Retry = None, http_timeout: Timeout = None
    ) -> Flow[Result[App]]:
        """One app: its name, organization, status. Ok: the `App`. Err: `not_found`."""
        return (yield from send(core, apps_show, locals()))

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
        """Create the app `app_name` in the organization `org_slug`, on its default
        private network unless `network` names another; `enable_subdomains` gives its
        machines their own `<id>.vm.<app>.internal` names.

        The request carries an `idempotency_key` (a fresh one unless given), with which the
        API answers a repeated create with the app the first one made; that makes it safe
        to retry even after a failure that may have reached the API.
        Ok: `CreateAppResponse` (`.id`); the app may take a moment to be served (see
        `Orchestrator.create_app_and_wait`). Err: `name_taken` (422: app names are global
        across Fly.io), `not_found` (no such organization), `bad_request`.
        """
        call = prepare(
            apps_create,
            locals(),
            rename={"app_name": "name"},  # the body's name
            app_name=check.name("app_name", app_name),
            org_slug=check.name("org_slug", org_slug),
            idempotency_key=idempotency_key or str(uuid.uuid4()),
        )
        # Retried like a read, even after a failure that may have reached the API.
        policy = replace(core.retry_policy(retry), unsafe=True)
        return (
            yield from call_flow(
                core, apps_create, call.params, call.options, retry_override=policy
            )
        )

    @endpoint
    def destroy(
        core: Core, *, app_name: str, retry: Retry = None, http_timeout: Timeout = None
    ) -> Flow[Result[Any]]:
        """Destroy the app and everything in it: machines, volumes, secrets. Ok: the
        API's answer (202: it goes on in the background). Err: `not_found`."""
        return (yield from send(core, apps_delete, locals()))

    # -- IP addresses ---------------------------------------------------------------------

    @endpoint
    def list_ips(
        core: Core, *, app_name: str, retry: Retry = None, http_timeout: Timeout = None
    ) -> Flow[Result[ListIPAssignmentsResponse]]:
        """The app's IP addresses. Ok: `ListIPAssignmentsResponse` (`.ips`, each an
        `IPAssignment`: `.ip`, `.region`, `.shared`, `.egress`). Err: `not_found`."""
        return (yield from send(core, app_ip_assignments_list, locals()))

    @endpoint
    def assign_ip(
        core: Core,
        *,
        app_name: str,
        type: IPAssignmentType | IPType,
        region: str | None = None,
        org_slug: str | None = None,
        network: str | None = None,
        service_name: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[AssignIPResponse]]:
        """Give the app an IP address of `type`: "v6" (dedicated, free), "shared_v4",
        "v4" (dedicated, billed monthly), "private_v6" (Flycast, on `network` of
        `org_slug`), or an egress address ("egress_v4", "egress_v6", "egress_pair" for
        both, in `region`). `service_name` ties it to one service.

        Not repeated after a failure that may have reached the API: a second request
        would allocate a second address (list the app's IPs to see what the first did).
        Ok: `AssignIPResponse` (`.ip`, or `.ip_pair` for a pair).
        Err: `unprocessable_entity` (e.g. a shared IPv4 beside a dedicated one, an egress
        address without a region), `bad_request` (an unknown type)."""
        return (yield from send(core, app_ip_assignments_create, locals()))

    @endpoint
    def release_ip(
        core: Core, *, app_name: str, ip: str, retry: Retry = None, http_timeout: Timeout = None
    ) -> Flow[Result[None]]:
        """Take the address `ip` from the app. Safe to repeat.
        Ok: None. Err: `not_found` (the app has no such address)."""
        return (yield from send(core, app_ip_assignments_delete, locals()))

    @endpoint
    def create_deploy_token(
        core: Core,
        *,
        app_name: str,
        expiry: str | float | timedelta | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[CreateAppDeployTokenResponse]]:
        """A new token limited to deploying and managing the app `app_name`, valid for
        `expiry`: a Go duration ("720h", "1h30m"), a number of seconds or a `timedelta`
        (20 years by default, as flyctl's). Never repeated after a failure that may have
        reached the API (a second token would be left valid, unseen).
        Ok: `CreateAppDeployTokenResponse`: `.token` (`FlyV1 fm2_...`, ready for
        `Client(token=...)`) is a `str` whose repr is `<redacted>`.
        Err: `not_found`, `bad_request` (an expiry the API does not read)."""
        result = yield from send(
            core, app_create_deploy_token, locals(), expiry=_go_duration("expiry", expiry)
        )
        if isinstance(result, Ok) and isinstance(result.value.token, str):
            result.value.token = SensitiveText(result.value.token)
        return result


IPType = Literal["v4", "v6", "shared_v4", "private_v6", "egress_v4", "egress_v6", "egress_pair"]


def _go_duration(argument: str, value: str | float | timedelta | None) -> str | None:
    """A duration as Go's time.ParseDuration reads it: text as given, a number of seconds
    or a timedelta written in seconds (never in exponent form, which Go refuses)."""
    if value is None or isinstance(value, str):
        return value
    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise check.InvalidArgument(f"{argument} must be a positive duration, not {value!r}")
    return f"{seconds:.9f}".rstrip("0").rstrip(".") + "s"
