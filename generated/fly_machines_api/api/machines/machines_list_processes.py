from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import models as _models
from ... import types as _types
from ...types import UNSET, Unset, owned_list, path_segment
from . import OPERATIONS

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.process_stat import ProcessStat
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "Machines_list_processes")


def _get_kwargs(
    app_name: str,
    machine_id: str,
    *,
    sort_by: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort_by"] = sort_by

    params["order"] = order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{app_name}/machines/{machine_id}/ps".format(
            app_name=path_segment("app_name", app_name),
            machine_id=path_segment("machine_id", machine_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ProcessStat] | None:
    if response.status_code == 200:
        response_200 = owned_list(_models.ProcessStat._from_json, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = _models.ErrorResponse._from_json(response.json())
        return response_400

    if response.status_code == 401:
        response_401 = _models.ErrorResponse._from_json(response.json())
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[ProcessStat]]:
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
    sort_by: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ProcessStat]]:
    """List Processes

     List all processes running on a specific Machine within an app, with optional sorting parameters.

    Args:
        app_name (str):
        machine_id (str):
        sort_by (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ProcessStat]]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        machine_id=machine_id,
        sort_by=sort_by,
        order=order,
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
    sort_by: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> ErrorResponse | list[ProcessStat] | None:
    """List Processes

     List all processes running on a specific Machine within an app, with optional sorting parameters.

    Args:
        app_name (str):
        machine_id (str):
        sort_by (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ProcessStat]
    """

    return sync_detailed(
        app_name=app_name,
        machine_id=machine_id,
        client=client,
        sort_by=sort_by,
        order=order,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    sort_by: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ProcessStat]]:
    """List Processes

     List all processes running on a specific Machine within an app, with optional sorting parameters.

    Args:
        app_name (str):
        machine_id (str):
        sort_by (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ProcessStat]]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        machine_id=machine_id,
        sort_by=sort_by,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    sort_by: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> ErrorResponse | list[ProcessStat] | None:
    """List Processes

     List all processes running on a specific Machine within an app, with optional sorting parameters.

    Args:
        app_name (str):
        machine_id (str):
        sort_by (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ProcessStat]
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            machine_id=machine_id,
            client=client,
            sort_by=sort_by,
            order=order,
        )
    ).parsed
