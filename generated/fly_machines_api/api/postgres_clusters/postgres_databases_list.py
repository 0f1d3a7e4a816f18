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
    from ...models.list_postgres_databases_response import ListPostgresDatabasesResponse
    from ...models.postgres_error_response import PostgresErrorResponse
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "Postgres_databases_list")


def _get_kwargs(
    postgres_cluster_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/postgres/{postgres_cluster_id}/databases".format(
            postgres_cluster_id=path_segment("postgres_cluster_id", postgres_cluster_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPostgresDatabasesResponse | PostgresErrorResponse | None:
    if response.status_code == 200:
        response_200 = _models.ListPostgresDatabasesResponse._from_json(response.json())
        return response_200

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
) -> Response[ListPostgresDatabasesResponse | PostgresErrorResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    postgres_cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListPostgresDatabasesResponse | PostgresErrorResponse]:
    """List Databases

     List all databases within a specific cluster.

    Args:
        postgres_cluster_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPostgresDatabasesResponse | PostgresErrorResponse]
    """

    kwargs = _get_kwargs(
        postgres_cluster_id=postgres_cluster_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    postgres_cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ListPostgresDatabasesResponse | PostgresErrorResponse | None:
    """List Databases

     List all databases within a specific cluster.

    Args:
        postgres_cluster_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPostgresDatabasesResponse | PostgresErrorResponse
    """

    return sync_detailed(
        postgres_cluster_id=postgres_cluster_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    postgres_cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListPostgresDatabasesResponse | PostgresErrorResponse]:
    """List Databases

     List all databases within a specific cluster.

    Args:
        postgres_cluster_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPostgresDatabasesResponse | PostgresErrorResponse]
    """

    kwargs = _get_kwargs(
        postgres_cluster_id=postgres_cluster_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    postgres_cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ListPostgresDatabasesResponse | PostgresErrorResponse | None:
    """List Databases

     List all databases within a specific cluster.

    Args:
        postgres_cluster_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPostgresDatabasesResponse | PostgresErrorResponse
    """

    return (
        await asyncio_detailed(
            postgres_cluster_id=postgres_cluster_id,
            client=client,
        )
    ).parsed
