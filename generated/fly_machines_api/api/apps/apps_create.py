from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _types
from . import OPERATIONS

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_app_request import CreateAppRequest
    from ...models.create_app_response import CreateAppResponse
    from ...models.error_response import ErrorResponse
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "Apps_create")


def _get_kwargs(
    *,
    body: CreateAppRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/apps",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAppResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = _models.CreateAppResponse._from_json(response.json())
        return response_201

    if response.status_code == 400:
        response_400 = _models.ErrorResponse._from_json(response.json())
        return response_400

    if response.status_code == 401:
        response_401 = _models.ErrorResponse._from_json(response.json())
        return response_401

    if response.status_code == 422:
        response_422 = _models.ErrorResponse._from_json(response.json())
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAppResponse | ErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppRequest,
) -> Response[CreateAppResponse | ErrorResponse]:
    """Create App

     Create an app with the specified details in the request body.

    Args:
        body (CreateAppRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAppResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppRequest,
) -> CreateAppResponse | ErrorResponse | None:
    """Create App

     Create an app with the specified details in the request body.

    Args:
        body (CreateAppRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAppResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppRequest,
) -> Response[CreateAppResponse | ErrorResponse]:
    """Create App

     Create an app with the specified details in the request body.

    Args:
        body (CreateAppRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAppResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAppRequest,
) -> CreateAppResponse | ErrorResponse | None:
    """Create App

     Create an app with the specified details in the request body.

    Args:
        body (CreateAppRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAppResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
