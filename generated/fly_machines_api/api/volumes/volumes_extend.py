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
    from ...models.extend_volume_request import ExtendVolumeRequest
    from ...models.extend_volume_response import ExtendVolumeResponse
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "Volumes_extend")


def _get_kwargs(
    app_name: str,
    volume_id: str,
    *,
    body: ExtendVolumeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/apps/{app_name}/volumes/{volume_id}/extend".format(
            app_name=path_segment("app_name", app_name),
            volume_id=path_segment("volume_id", volume_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExtendVolumeResponse | None:
    if response.status_code == 200:
        response_200 = _models.ExtendVolumeResponse._from_json(response.json())
        return response_200

    if response.status_code == 401:
        response_401 = _models.ErrorResponse._from_json(response.json())
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ExtendVolumeResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_name: str,
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExtendVolumeRequest,
) -> Response[ErrorResponse | ExtendVolumeResponse]:
    """Extend Volume

     Extend a volume's size within an app using the details provided in the request body.

    Args:
        app_name (str):
        volume_id (str):
        body (ExtendVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExtendVolumeResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        volume_id=volume_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_name: str,
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExtendVolumeRequest,
) -> ErrorResponse | ExtendVolumeResponse | None:
    """Extend Volume

     Extend a volume's size within an app using the details provided in the request body.

    Args:
        app_name (str):
        volume_id (str):
        body (ExtendVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExtendVolumeResponse
    """

    return sync_detailed(
        app_name=app_name,
        volume_id=volume_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExtendVolumeRequest,
) -> Response[ErrorResponse | ExtendVolumeResponse]:
    """Extend Volume

     Extend a volume's size within an app using the details provided in the request body.

    Args:
        app_name (str):
        volume_id (str):
        body (ExtendVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExtendVolumeResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        volume_id=volume_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExtendVolumeRequest,
) -> ErrorResponse | ExtendVolumeResponse | None:
    """Extend Volume

     Extend a volume's size within an app using the details provided in the request body.

    Args:
        app_name (str):
        volume_id (str):
        body (ExtendVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExtendVolumeResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            volume_id=volume_id,
            client=client,
            body=body,
        )
    ).parsed
