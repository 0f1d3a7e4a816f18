from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _types
from ...types import UNSET, Unset, path_segment
from . import OPERATIONS

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.ok_response import OkResponse
    from ...models.stop_request import StopRequest
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "Machines_stop")


def _get_kwargs(
    app_name: str,
    machine_id: str,
    *,
    body: StopRequest | Unset = UNSET,
    fly_machine_lease_nonce: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(fly_machine_lease_nonce, Unset):
        headers["fly-machine-lease-nonce"] = fly_machine_lease_nonce

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/apps/{app_name}/machines/{machine_id}/stop".format(
            app_name=path_segment("app_name", app_name),
            machine_id=path_segment("machine_id", machine_id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OkResponse | None:
    if response.status_code == 200:
        response_200 = _models.OkResponse._from_json(response.json())
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

    if response.status_code == 409:
        response_409 = _models.ErrorResponse._from_json(response.json())
        return response_409

    if response.status_code == 412:
        response_412 = _models.ErrorResponse._from_json(response.json())
        return response_412

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
) -> Response[ErrorResponse | OkResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_name: str,
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StopRequest | Unset = UNSET,
    fly_machine_lease_nonce: str | Unset = UNSET,
) -> Response[ErrorResponse | OkResponse]:
    """Stop Machine

     Stop a specific Machine within an app, with an optional request body to specify signal and timeout.

    Args:
        app_name (str):
        machine_id (str):
        fly_machine_lease_nonce (str | Unset):
        body (StopRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OkResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        machine_id=machine_id,
        body=body,
        fly_machine_lease_nonce=fly_machine_lease_nonce,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_name: str,
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StopRequest | Unset = UNSET,
    fly_machine_lease_nonce: str | Unset = UNSET,
) -> ErrorResponse | OkResponse | None:
    """Stop Machine

     Stop a specific Machine within an app, with an optional request body to specify signal and timeout.

    Args:
        app_name (str):
        machine_id (str):
        fly_machine_lease_nonce (str | Unset):
        body (StopRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OkResponse
    """

    return sync_detailed(
        app_name=app_name,
        machine_id=machine_id,
        client=client,
        body=body,
        fly_machine_lease_nonce=fly_machine_lease_nonce,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StopRequest | Unset = UNSET,
    fly_machine_lease_nonce: str | Unset = UNSET,
) -> Response[ErrorResponse | OkResponse]:
    """Stop Machine

     Stop a specific Machine within an app, with an optional request body to specify signal and timeout.

    Args:
        app_name (str):
        machine_id (str):
        fly_machine_lease_nonce (str | Unset):
        body (StopRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OkResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        machine_id=machine_id,
        body=body,
        fly_machine_lease_nonce=fly_machine_lease_nonce,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StopRequest | Unset = UNSET,
    fly_machine_lease_nonce: str | Unset = UNSET,
) -> ErrorResponse | OkResponse | None:
    """Stop Machine

     Stop a specific Machine within an app, with an optional request body to specify signal and timeout.

    Args:
        app_name (str):
        machine_id (str):
        fly_machine_lease_nonce (str | Unset):
        body (StopRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OkResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            machine_id=machine_id,
            client=client,
            body=body,
            fly_machine_lease_nonce=fly_machine_lease_nonce,
        )
    ).parsed
