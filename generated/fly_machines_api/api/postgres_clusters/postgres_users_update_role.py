from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ... import models as _models
from ... import types as _types
from ...types import path_segment
from . import OPERATIONS

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.postgres_error_response import PostgresErrorResponse
    from ...models.update_postgres_user_role_request import UpdatePostgresUserRoleRequest
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(
    operation for operation in OPERATIONS if operation.id == "Postgres_users_update_role"
)


def _get_kwargs(
    postgres_cluster_id: str,
    username: str,
    *,
    body: UpdatePostgresUserRoleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/postgres/{postgres_cluster_id}/users/{username}".format(
            postgres_cluster_id=path_segment("postgres_cluster_id", postgres_cluster_id),
            username=path_segment("username", username),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PostgresErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = _models.PostgresErrorResponse._from_json(response.json())
        return response_400

    if response.status_code == 401:
        response_401 = _models.PostgresErrorResponse._from_json(response.json())
        return response_401

    if response.status_code == 404:
        response_404 = _models.PostgresErrorResponse._from_json(response.json())
        return response_404

    if response.status_code == 422:
        response_422 = _models.PostgresErrorResponse._from_json(response.json())
        return response_422

    if response.status_code == 429:
        response_429 = _models.PostgresErrorResponse._from_json(response.json())
        return response_429

    if response.status_code == 503:
        response_503 = _models.PostgresErrorResponse._from_json(response.json())
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PostgresErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    postgres_cluster_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePostgresUserRoleRequest,
) -> Response[Any | PostgresErrorResponse]:
    """Update User Role

     Update a specific Postgres user's role within a cluster.

    Args:
        postgres_cluster_id (str):
        username (str):
        body (UpdatePostgresUserRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostgresErrorResponse]
    """

    kwargs = _get_kwargs(
        postgres_cluster_id=postgres_cluster_id,
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    postgres_cluster_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePostgresUserRoleRequest,
) -> Any | PostgresErrorResponse | None:
    """Update User Role

     Update a specific Postgres user's role within a cluster.

    Args:
        postgres_cluster_id (str):
        username (str):
        body (UpdatePostgresUserRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostgresErrorResponse
    """

    return sync_detailed(
        postgres_cluster_id=postgres_cluster_id,
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    postgres_cluster_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePostgresUserRoleRequest,
) -> Response[Any | PostgresErrorResponse]:
    """Update User Role

     Update a specific Postgres user's role within a cluster.

    Args:
        postgres_cluster_id (str):
        username (str):
        body (UpdatePostgresUserRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostgresErrorResponse]
    """

    kwargs = _get_kwargs(
        postgres_cluster_id=postgres_cluster_id,
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    postgres_cluster_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePostgresUserRoleRequest,
) -> Any | PostgresErrorResponse | None:
    """Update User Role

     Update a specific Postgres user's role within a cluster.

    Args:
        postgres_cluster_id (str):
        username (str):
        body (UpdatePostgresUserRoleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostgresErrorResponse
    """

    return (
        await asyncio_detailed(
            postgres_cluster_id=postgres_cluster_id,
            username=username,
            client=client,
            body=body,
        )
    ).parsed
