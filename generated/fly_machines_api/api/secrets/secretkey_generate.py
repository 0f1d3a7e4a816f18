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
    from ...models.error_response import ErrorResponse
    from ...models.set_secretkey_request import SetSecretkeyRequest
    from ...models.set_secretkey_response import SetSecretkeyResponse
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "Secretkey_generate")


def _get_kwargs(
    app_name: str,
    secret_name: str,
    *,
    body: SetSecretkeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/apps/{app_name}/secretkeys/{secret_name}/generate".format(
            app_name=path_segment("app_name", app_name),
            secret_name=path_segment("secret_name", secret_name),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SetSecretkeyResponse | None:
    if response.status_code == 201:
        response_201 = _models.SetSecretkeyResponse._from_json(response.json())
        return response_201

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
) -> Response[ErrorResponse | SetSecretkeyResponse]:
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
    body: SetSecretkeyRequest,
) -> Response[ErrorResponse | SetSecretkeyResponse]:
    """Generate a random secret key

    Args:
        app_name (str):
        secret_name (str):
        body (SetSecretkeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SetSecretkeyResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        secret_name=secret_name,
        body=body,
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
    body: SetSecretkeyRequest,
) -> ErrorResponse | SetSecretkeyResponse | None:
    """Generate a random secret key

    Args:
        app_name (str):
        secret_name (str):
        body (SetSecretkeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SetSecretkeyResponse
    """

    return sync_detailed(
        app_name=app_name,
        secret_name=secret_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    secret_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetSecretkeyRequest,
) -> Response[ErrorResponse | SetSecretkeyResponse]:
    """Generate a random secret key

    Args:
        app_name (str):
        secret_name (str):
        body (SetSecretkeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SetSecretkeyResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        secret_name=secret_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    secret_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetSecretkeyRequest,
) -> ErrorResponse | SetSecretkeyResponse | None:
    """Generate a random secret key

    Args:
        app_name (str):
        secret_name (str):
        body (SetSecretkeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SetSecretkeyResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            secret_name=secret_name,
            client=client,
            body=body,
        )
    ).parsed
