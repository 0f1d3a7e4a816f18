"""`Secrets`: an app's secrets, set and deleted by name; each change bumps a version.

Every function takes the client first and keywords after, returns `Ok(value)` or
`Err(FlyError)`, and accepts `retry=` and `http_timeout=` as `Machines`' do. Besides the
errors each docstring names, any may return `invalid_request` (nothing was sent),
`unauthorized`, `not_found` (no such app), `rate_limited` and the transport's
`timeout`/`connection`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from fly_machines_api.api.secrets import (
    secret_create,
    secret_delete,
    secret_get,
    secrets_list,
    secrets_update,
)

from . import _validate as check
from ._endpoint import endpoint
from ._engine import Flow
from ._namespace import Core, Namespace, Retry, Timeout, send
from ._sensitive import SensitiveText
from .result import Ok, Result

if TYPE_CHECKING:
    from fly_machines_api.models import (
        AppSecret,
        AppSecrets,
        AppSecretsUpdateResp,
        DeleteAppSecretResponse,
        SetAppSecretResponse,
    )

__all__ = ["Secrets"]

# The facade's `name` of a secret is the path's `secret_name`.
_SECRET_NAME = {"name": "secret_name"}


class Secrets(Namespace, example="list"):
    """Namespace of secret operations: `Secrets.set(client, app_name=..., name=..., value=...)`.

    Secret values are sent to the API, never logged: requests are not logged with bodies.
    """

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
        """The app's secrets: names and digests, and their values with `show_secrets=True`.
        `min_version`: the version a change returned, to see at least that change.
        Ok: `AppSecrets` (`.secrets`; each value a `str` whose repr is `<redacted>`)."""
        result = yield from send(core, secrets_list, locals())
        if isinstance(result, Ok):
            for secret in result.value.secrets or ():
                if isinstance(secret.value, str):
                    secret.value = SensitiveText(secret.value)
        return result

    @endpoint
    def get(
        core: Core,
        *,
        app_name: str,
        name: str,
        show_secrets: bool | None = None,
        min_version: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[AppSecret]]:
        """The secret `name`: its digest, and its value with `show_secrets=True` (a `str`
        whose repr is `<redacted>`); `min_version` as in `list`.
        Ok: `AppSecret`. Err: `not_found` (no such secret)."""
        result = yield from send(core, secret_get, locals(), rename=_SECRET_NAME)
        if isinstance(result, Ok) and isinstance(result.value.value, str):
            result.value.value = SensitiveText(result.value.value)
        return result

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
        """Set the secret `name` to `value` (added, or replaced).
        Ok: `SetAppSecretResponse` (`.version` of the app's secrets, `.digest`).
        Err: `bad_request` (a name the API refuses)."""
        return (yield from send(core, secret_create, locals(), rename=_SECRET_NAME))

    @endpoint
    def update(
        core: Core,
        *,
        app_name: str,
        values: Mapping[str, str | None],
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[AppSecretsUpdateResp]]:
        """Set several secrets at once: `values` maps name to value (None deletes that one);
        one version step for all. Ok: `AppSecretsUpdateResp` (`.secrets`, `.version`).
        Err: `bad_request`, `not_found` (a secret to delete that does not exist)."""
        return (yield from send(core, secrets_update, locals(), values=_changes(values)))

    @endpoint
    def delete(
        core: Core,
        *,
        app_name: str,
        name: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[DeleteAppSecretResponse]]:
        """Delete the secret `name`. Ok: `DeleteAppSecretResponse` (`.version`).
        Err: `not_found` (no such secret)."""
        return (yield from send(core, secret_delete, locals(), rename=_SECRET_NAME))


def _changes(values: Mapping[str, str | None]) -> dict[str, str | None]:
    if not isinstance(values, Mapping) or not values:
        raise check.InvalidArgument("values must be a non-empty mapping of name to value")
    return dict(values)
