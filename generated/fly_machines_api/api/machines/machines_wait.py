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
    from ...models.machines_wait_state_item import MachinesWaitStateItem
    from ...models.wait_machine_response import WaitMachineResponse
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "Machines_wait")


def _get_kwargs(
    app_name: str,
    machine_id: str,
    *,
    version: str | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    from_event_id: str | Unset = UNSET,
    timeout: int | Unset = UNSET,
    state: list[MachinesWaitStateItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version"] = version

    params["instance_id"] = instance_id

    params["from_event_id"] = from_event_id

    params["timeout"] = timeout

    json_state: list[str] | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = []
        for state_item_data in state:
            state_item = state_item_data.value
            json_state.append(state_item)

    params["state"] = json_state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{app_name}/machines/{machine_id}/wait".format(
            app_name=path_segment("app_name", app_name),
            machine_id=path_segment("machine_id", machine_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WaitMachineResponse | None:
    if response.status_code == 200:
        response_200 = _models.WaitMachineResponse._from_json(response.json())
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

    if response.status_code == 408:
        response_408 = _models.ErrorResponse._from_json(response.json())
        return response_408

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
) -> Response[ErrorResponse | WaitMachineResponse]:
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
    version: str | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    from_event_id: str | Unset = UNSET,
    timeout: int | Unset = UNSET,
    state: list[MachinesWaitStateItem] | Unset = UNSET,
) -> Response[ErrorResponse | WaitMachineResponse]:
    """Wait for State

     Wait for a Machine to reach a specific state. Specify the desired state with the state parameter.
    See the [Machine states table](https://fly.io/docs/machines/working-with-machines/#machine-states)
    for a list of possible states. The default for this parameter is `started`.

    This request will block for up to 60 seconds. Set a shorter timeout with the timeout parameter.

    Args:
        app_name (str):
        machine_id (str):
        version (str | Unset):
        instance_id (str | Unset):
        from_event_id (str | Unset):
        timeout (int | Unset):
        state (list[MachinesWaitStateItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WaitMachineResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        machine_id=machine_id,
        version=version,
        instance_id=instance_id,
        from_event_id=from_event_id,
        timeout=timeout,
        state=state,
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
    version: str | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    from_event_id: str | Unset = UNSET,
    timeout: int | Unset = UNSET,
    state: list[MachinesWaitStateItem] | Unset = UNSET,
) -> ErrorResponse | WaitMachineResponse | None:
    """Wait for State

     Wait for a Machine to reach a specific state. Specify the desired state with the state parameter.
    See the [Machine states table](https://fly.io/docs/machines/working-with-machines/#machine-states)
    for a list of possible states. The default for this parameter is `started`.

    This request will block for up to 60 seconds. Set a shorter timeout with the timeout parameter.

    Args:
        app_name (str):
        machine_id (str):
        version (str | Unset):
        instance_id (str | Unset):
        from_event_id (str | Unset):
        timeout (int | Unset):
        state (list[MachinesWaitStateItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WaitMachineResponse
    """

    return sync_detailed(
        app_name=app_name,
        machine_id=machine_id,
        client=client,
        version=version,
        instance_id=instance_id,
        from_event_id=from_event_id,
        timeout=timeout,
        state=state,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    from_event_id: str | Unset = UNSET,
    timeout: int | Unset = UNSET,
    state: list[MachinesWaitStateItem] | Unset = UNSET,
) -> Response[ErrorResponse | WaitMachineResponse]:
    """Wait for State

     Wait for a Machine to reach a specific state. Specify the desired state with the state parameter.
    See the [Machine states table](https://fly.io/docs/machines/working-with-machines/#machine-states)
    for a list of possible states. The default for this parameter is `started`.

    This request will block for up to 60 seconds. Set a shorter timeout with the timeout parameter.

    Args:
        app_name (str):
        machine_id (str):
        version (str | Unset):
        instance_id (str | Unset):
        from_event_id (str | Unset):
        timeout (int | Unset):
        state (list[MachinesWaitStateItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WaitMachineResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        machine_id=machine_id,
        version=version,
        instance_id=instance_id,
        from_event_id=from_event_id,
        timeout=timeout,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    machine_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    from_event_id: str | Unset = UNSET,
    timeout: int | Unset = UNSET,
    state: list[MachinesWaitStateItem] | Unset = UNSET,
) -> ErrorResponse | WaitMachineResponse | None:
    """Wait for State

     Wait for a Machine to reach a specific state. Specify the desired state with the state parameter.
    See the [Machine states table](https://fly.io/docs/machines/working-with-machines/#machine-states)
    for a list of possible states. The default for this parameter is `started`.

    This request will block for up to 60 seconds. Set a shorter timeout with the timeout parameter.

    Args:
        app_name (str):
        machine_id (str):
        version (str | Unset):
        instance_id (str | Unset):
        from_event_id (str | Unset):
        timeout (int | Unset):
        state (list[MachinesWaitStateItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WaitMachineResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            machine_id=machine_id,
            client=client,
            version=version,
            instance_id=instance_id,
            from_event_id=from_event_id,
            timeout=timeout,
            state=state,
        )
    ).parsed
