"""`Tokens`: what the API says of the caller's token, verifying a token someone gave you,
and short-lived OIDC and KMS tokens.

Every function takes the client first and keywords after, returns `Ok(value)` or
`Err(FlyError)` (an awaitable of it with an `AsyncClient`), and accepts `retry=` and
`http_timeout=` as `Machines`' do. Besides the errors each docstring names, any may
return `invalid_request` (nothing was sent), `unauthorized`, `rate_limited` and the
transport's `timeout`/`connection`. A deploy token for one app is made by
`Apps.create_deploy_token`.

A token that comes back (OIDC, KMS) is a `str` whose repr is `<redacted>`: use it as any
string, while a result printed or logged whole shows nothing of it. A token you pass in
(`header`) is sent in the request body, never logged. All of these are repeated after a
failure that may have reached the API: a second answer is as good as the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from fly_machines_api import models
from fly_machines_api.api.tokens import (
    current_token_show,
    tokens_authenticate,
    tokens_authorize,
    tokens_request_kms,
    tokens_request_oidc,
)

from . import _validate as check
from ._endpoint import endpoint
from ._engine import Flow
from ._namespace import Core, Namespace, Retry, Timeout, send
from ._sensitive import SensitiveText
from .result import Ok, Result

if TYPE_CHECKING:
    from fly_machines_api.models import (
        AuthorizeResponse,
        CurrentTokenResponse,
        MainTokenAccess,
        RootVerifiedToken,
    )

__all__ = ["Tokens"]


class Tokens(Namespace, example="current"):
    """Namespace of token operations: `Tokens.current(client)`,
    `Tokens.request_oidc(client, aud="https://example.com")`."""

    @endpoint
    def current(
        core: Core, *, retry: Retry = None, http_timeout: Timeout = None
    ) -> Flow[Result[CurrentTokenResponse]]:
        """The token(s) this client sends: organization, apps it is limited to, user,
        machine restrictions. Ok: `CurrentTokenResponse` (`.tokens`)."""
        return (yield from send(core, current_token_show, locals()))

    @endpoint
    def authenticate(
        core: Core, *, header: str, retry: Retry = None, http_timeout: Timeout = None
    ) -> Flow[Result[list[RootVerifiedToken]]]:
        """Verify a token, given in `header` as the Authorization header that carries it
        (`FlyV1 fm2_...`), without asking for any access. Ok: a list of
        `RootVerifiedToken` (their `.caveats`). Err: `bad_request` (not a valid token:
        malformed, forged or expired)."""
        return (yield from send(core, tokens_authenticate, locals()))

    @endpoint
    def authorize(
        core: Core,
        *,
        header: str,
        access: Mapping[str, Any] | MainTokenAccess | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[AuthorizeResponse]]:
        """Verify the token in `header` (as `authenticate`) and that it grants `access`: a
        mapping (or a `MainTokenAccess`) of `app_name`, `org_slug`, `machine_id`,
        `volume_id`, features, ... Ok: `AuthorizeResponse` (`.access`, `.verified_token`).
        Err: `bad_request` (not a valid token), `unauthorized` (it does not grant that
        access), `not_found` (no such app)."""
        return (
            yield from send(
                core,
                tokens_authorize,
                locals(),
                access=None
                if access is None
                else check.body("access", access, models.MainTokenAccess),
            )
        )

    @endpoint
    def request_oidc(
        core: Core,
        *,
        aud: str | None = None,
        aws_principal_tags: bool | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[str]]:
        """An OpenID Connect token (a JWT) for the caller, with the audience `aud` (the
        organization's by default); `aws_principal_tags=True` adds the claim AWS reads
        for session tags. Ok: the token, a `str` whose repr is `<redacted>`."""
        result = yield from send(core, tokens_request_oidc, locals())
        return _token(result)

    @endpoint
    def request_kms(
        core: Core, *, retry: Retry = None, http_timeout: Timeout = None
    ) -> Flow[Result[str]]:
        """A token for Fly's KMS (Petsem). Ok: the token, a `str` whose repr is
        `<redacted>`."""
        result = yield from send(core, tokens_request_kms, locals())
        return _token(result)


def _token(result: Result[Any]) -> Result[str]:
    """A token answered as `text/plain`: without the line end a server may add, and
    shown by repr as `<redacted>`."""
    if isinstance(result, Ok) and isinstance(result.value, str):
        return Ok(SensitiveText(result.value.strip()))
    return result
