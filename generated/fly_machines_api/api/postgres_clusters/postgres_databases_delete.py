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
    from ...models.postgres_database_response import PostgresDatabaseResponse
    from ...models.postgres_error_response import PostgresErrorResponse
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(
    operation for operation in OPERATIONS if operation.id == "Postgres_databases_delete"
)


def _get_kwargs(
    postgres_cluster_id: str,
    database_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/postgres/{postgres_cluster_id}/databases/{database_name}".format(
            postgres_cluster_id=path_segment("postgres_cluster_id", postgres_cluster_id),
            database_name=path_segment("database_name", database_name),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PostgresDatabaseResponse | PostgresErrorResponse | None:
    if response.status_code == 200:
        response_200 = _models.PostgresDatabaseResponse._from_json(response.json())
        return response_200

    if response.status_code == 400:
        response_400 = _models.PostgresErrorResponse._from_json(response.json())
        return response_400

    if response.status_code == 401:
        response_401 = _models.PostgresErrorResponse._from_json(response.json())
        return response_401

    if response.status_code == 404:
        response_404 = _models.PostgresErrorResponse._from_json(response.json())
        return response_404

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
) -> Response[PostgresDatabaseResponse | PostgresErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    postgres_cluster_id: str,
    database_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PostgresDatabaseResponse | PostgresErrorResponse]:
    """Drop Database

     Delete a specific database within a cluster, along with objects that depend on it.

    Args:
        postgres_cluster_id (str):
        database_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostgresDatabaseResponse | PostgresErrorResponse]
    """

    kwargs = _get_kwargs(
        postgres_cluster_id=postgres_cluster_id,
        database_name=database_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    postgres_cluster_id: str,
    database_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> PostgresDatabaseResponse | PostgresErrorResponse | None:
    """Drop Database

     Delete a specific database within a cluster, along with objects that depend on it.

    Args:
        postgres_cluster_id (str):
        database_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostgresDatabaseResponse | PostgresErrorResponse
    """

    return sync_detailed(
        postgres_cluster_id=postgres_cluster_id,
        database_name=database_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    postgres_cluster_id: str,
    database_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PostgresDatabaseResponse | PostgresErrorResponse]:
    """Drop Database

     Delete a specific database within a cluster, along with objects that depend on it.

    Args:
        postgres_cluster_id (str):
        database_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostgresDatabaseResponse | PostgresErrorResponse]
    """

    kwargs = _get_kwargs(
        postgres_cluster_id=postgres_cluster_id,
        database_name=database_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    postgres_cluster_id: str,
    database_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> PostgresDatabaseResponse | PostgresErrorResponse | None:
    """Drop Database

     Delete a specific database within a cluster, along with objects that depend on it.

    Args:
        postgres_cluster_id (str):
        database_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostgresDatabaseResponse | PostgresErrorResponse
    """

    return (
        await asyncio_detailed(
            postgres_cluster_id=postgres_cluster_id,
            database_name=database_name,
            client=client,
        )
    ).parsed
