from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _types
from ...types import path_segment
from . import OPERATIONS

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.certificate_check_response import CertificateCheckResponse
    from ...models.error_response import ErrorResponse
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "App_Certificates_check")


def _get_kwargs(
    app_name: str,
    hostname: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/apps/{app_name}/certificates/{hostname}/check".format(
            app_name=path_segment("app_name", app_name),
            hostname=path_segment("hostname", hostname),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CertificateCheckResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = _models.CertificateCheckResponse._from_json(response.json())
        return response_200

    if response.status_code == 401:
        response_401 = _models.ErrorResponse._from_json(response.json())
        return response_401

    if response.status_code == 404:
        response_404 = _models.ErrorResponse._from_json(response.json())
        return response_404

    if response.status_code == 429:
        response_429 = _models.ErrorResponse._from_json(response.json())
        return response_429

    if response.status_code == 500:
        response_500 = _models.ErrorResponse._from_json(response.json())
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CertificateCheckResponse | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_name: str,
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CertificateCheckResponse | ErrorResponse]:
    """Check DNS and re-validate certificate

    Args:
        app_name (str):
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateCheckResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        hostname=hostname,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_name: str,
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
) -> CertificateCheckResponse | ErrorResponse | None:
    """Check DNS and re-validate certificate

    Args:
        app_name (str):
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateCheckResponse | ErrorResponse
    """

    return sync_detailed(
        app_name=app_name,
        hostname=hostname,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CertificateCheckResponse | ErrorResponse]:
    """Check DNS and re-validate certificate

    Args:
        app_name (str):
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateCheckResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        hostname=hostname,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
) -> CertificateCheckResponse | ErrorResponse | None:
    """Check DNS and re-validate certificate

    Args:
        app_name (str):
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateCheckResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            hostname=hostname,
            client=client,
        )
    ).parsed
