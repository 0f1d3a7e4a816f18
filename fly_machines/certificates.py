"""`Certificates`: an app's TLS certificates, one per hostname, from Fly (ACME) or your own.

Every function takes the client first and keywords after, returns `Ok(value)` or
`Err(FlyError)` (an awaitable of it with an `AsyncClient`), and accepts `retry=` and
`http_timeout=` as `Machines`' do. Besides the errors each docstring names, any may
return `invalid_request` (nothing was sent), `unauthorized`, `not_found` (no such app),
`rate_limited` and the transport's `timeout`/`connection`.

Requesting or uploading a certificate is not repeated after a failure that may have
reached the API (a second request is not known to be harmless); checking, showing,
listing and removing are, since doing them twice has the effect of doing them once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fly_machines_api.api.tls_certificates import (
    app_certificates_acme_create,
    app_certificates_acme_delete,
    app_certificates_check,
    app_certificates_custom_create,
    app_certificates_custom_delete,
    app_certificates_delete,
    app_certificates_list,
    app_certificates_show,
)

from ._endpoint import endpoint
from ._engine import Flow
from ._namespace import Core, Namespace, Retry, Timeout, send
from .result import Result

if TYPE_CHECKING:
    from fly_machines_api.models import (
        CertificateCheckResponse,
        CertificateDetail,
        DestroyCustomCertificateResponse,
        ListCertificatesResponse,
    )

__all__ = ["Certificates"]


class Certificates(Namespace, example="list"):
    """Namespace of certificate operations: `Certificates.request(client, app_name=...,
    hostname=...)`."""

    @endpoint
    def list(
        core: Core,
        *,
        app_name: str,
        filter: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[ListCertificatesResponse]]:
        """The app's certificates, a page at a time. `filter`: only hostnames containing it;
        `cursor`: the previous page's `next_cursor`; `limit`: how many.
        Ok: `ListCertificatesResponse` (`.certificates`, `.next_cursor`, `.total_count`)."""
        return (yield from send(core, app_certificates_list, locals(), rename=_FILTER))

    @endpoint
    def get(
        core: Core,
        *,
        app_name: str,
        hostname: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[CertificateDetail]]:
        """The certificates of `hostname`, their status and what DNS it needs.
        Ok: `CertificateDetail`. Err: `not_found` (no certificate for that hostname)."""
        return (yield from send(core, app_certificates_show, locals()))

    @endpoint
    def request(
        core: Core,
        *,
        app_name: str,
        hostname: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[CertificateDetail]]:
        """Ask Fly to issue a certificate for `hostname` (ACME); it stays pending until DNS
        points at the app and a `check` validates it. Ok: `CertificateDetail`.
        Err: `unprocessable_entity` (not a hostname Fly accepts)."""
        return (yield from send(core, app_certificates_acme_create, locals()))

    @endpoint
    def upload(
        core: Core,
        *,
        app_name: str,
        hostname: str,
        fullchain: str,
        private_key: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[CertificateDetail]]:
        """Use your own certificate for `hostname`: `fullchain` and `private_key` in PEM.
        The key is sent to the API and never logged. Ok: `CertificateDetail`.
        Err: `unprocessable_entity` (not PEM, or a hostname Fly refuses)."""
        return (yield from send(core, app_certificates_custom_create, locals()))

    @endpoint
    def check(
        core: Core,
        *,
        app_name: str,
        hostname: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[CertificateCheckResponse]]:
        """Look at `hostname`'s DNS again and validate its certificate if it can be.
        Ok: `CertificateCheckResponse` (`.status`, `.dns_records`, `.validation`).
        Err: `not_found`."""
        return (yield from send(core, app_certificates_check, locals()))

    @endpoint
    def remove_acme(
        core: Core,
        *,
        app_name: str,
        hostname: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[CertificateDetail]]:
        """Stop using Fly's certificate for `hostname` (a custom one stays).
        Ok: `CertificateDetail`. Err: `not_found` (no such hostname or no ACME certificate)."""
        return (yield from send(core, app_certificates_acme_delete, locals()))

    @endpoint
    def remove_custom(
        core: Core,
        *,
        app_name: str,
        hostname: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[DestroyCustomCertificateResponse]]:
        """Stop using your own certificate for `hostname` (an ACME one stays).
        Ok: `DestroyCustomCertificateResponse` (`.warning` when nothing is left to serve
        it). Err: `not_found`."""
        return (yield from send(core, app_certificates_custom_delete, locals()))

    @endpoint
    def delete(
        core: Core,
        *,
        app_name: str,
        hostname: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[None]]:
        """Remove `hostname` and all its certificates. Ok: None. Err: `not_found`."""
        return (yield from send(core, app_certificates_delete, locals()))


# The spec's `filter` query parameter is `filter_` in the generated code.
_FILTER = {"filter": "filter_"}
