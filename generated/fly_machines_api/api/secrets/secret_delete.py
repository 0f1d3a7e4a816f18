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
    from ...models.delete_app_secret_response import DeleteAppSecretResponse
    from ...models.error_response import ErrorResponse
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "Secret_delete")


def _get_kwargs(
    app_name: str,
    secret_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/apps/{app_name}/secrets/{secret_name}".format(
            app_name=path_segment("app_name", app_name),
            secret_name=path_segment("secret_name", secret_name),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteAppSecretResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = _models.DeleteAppSecretResponse._from_json(response.json())
        return response_200

    if response.status_code == 400:
        response_400 = _models.ErrorResponse._from_json(response.json())
        return response_400

    if response.status_code == 401:
        response_401 = _models.ErrorResponse._from_json(response.json())
        return response_401

    if response.status_code == 404:
        response_404 = _models.ErrorResponse._from_json(response.json())
        return response_404

    if response.status_code == 422:
        response_422 = _models.ErrorResponse._from_json(response.json())
        return response_422

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
) -> Response[DeleteAppSecretResponse | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_name: str,
    secret_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteAppSecretResponse | ErrorResponse]:
    """Delete an app secret

    Args:
        app_name (str):
        secret_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAppSecretResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        secret_name=secret_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_name: str,
    secret_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAppSecretResponse | ErrorResponse | None:
    """Delete an app secret

    Args:
        app_name (str):
        secret_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAppSecretResponse | ErrorResponse
    """

    return sync_detailed(
        app_name=app_name,
        secret_name=secret_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    secret_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteAppSecretResponse | ErrorResponse]:
    """Delete an app secret

    Args:
        app_name (str):
        secret_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAppSecretResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        secret_name=secret_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    secret_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAppSecretResponse | ErrorResponse | None:
    """Delete an app secret

    Args:
        app_name (str):
        secret_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAppSecretResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            secret_name=secret_name,
            client=client,
        )
    ).parsed
