"""`Secrets`: an app's secrets, set and deleted by name; each change bumps a version."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from fly_machines_api.api.secrets import secret_create, secret_delete, secrets_list, secrets_update
from fly_machines_api.models import (
    AppSecrets,
    AppSecretsUpdateRequest,
    AppSecretsUpdateResp,
    DeleteAppSecretResponse,
    SetAppSecretRequest,
    SetAppSecretResponse,
)

from . import _validate as check
from ._client import ClientCore
from ._endpoint import endpoint
from ._engine import CallOptions, Flow, call_flow
from .result import Result
from .retry import RetryPolicy

__all__ = ["Secrets"]

Core = ClientCore[Any]
Retry = RetryPolicy | bool | None
Timeout = float | httpx.Timeout | None


class Secrets:
    """Namespace of secret operations: `Secrets.set(client, app_name=..., name=..., value=...)`.

    Secret values are sent to the API, never logged: requests are not logged with bodies.
    """

    def __init__(self) -> None:
        raise TypeError("Secrets is a namespace of functions; call Secrets.list(client, ...)")

    @endpoint
    def list(
        core: Core,
        *,
        app_name: str,
        show_secrets: bool | None = None,
        min_version: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[AppSecrets]]:
        params = {
            "app_name": check.name("app_name", app_name),
            "show_secrets": show_secrets,
            "min_version": min_version,
        }
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        return (yield from call_flow(core, secrets_list, params, options))

    @endpoint
    def set(
        core: Core,
        *,
        app_name: str,
        name: str,
        value: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[SetAppSecretResponse]]:
        if not isinstance(value, str):
            raise check.InvalidArgument(f"value must be a string, not {type(value).__name__}")
        params = {
            "app_name": check.name("app_name", app_name),
            "secret_name": check.name("name", name),
            "body": SetAppSecretRequest(value=value),
        }
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        return (yield from call_flow(core, secret_create, params, options))

    @endpoint
    def update(
        core: Core,
        *,
        app_name: str,
        values: Mapping[str, str | None],
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[AppSecretsUpdateResp]]:
        """Set several secrets at once (a None value deletes that secret)."""
        if not isinstance(values, Mapping) or not values:
            raise check.InvalidArgument("values must be a non-empty mapping of name to value")
        params = {
            "app_name": check.name("app_name", app_name),
            "body": AppSecretsUpdateRequest.from_dict({"values": dict(values)}),
        }
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        return (yield from call_flow(core, secrets_update, params, options))

    @endpoint
    def delete(
        core: Core,
        *,
        app_name: str,
        name: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[DeleteAppSecretResponse]]:
        params = {
            "app_name": check.name("app_name", app_name),
            "secret_name": check.name("name", name),
        }
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        return (yield from call_flow(core, secret_delete, params, options))
