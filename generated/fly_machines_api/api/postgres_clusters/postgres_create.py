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
    from ...models.create_postgres_cluster_request import CreatePostgresClusterRequest
    from ...models.postgres_error_response import PostgresErrorResponse
    from ...models.show_postgres_cluster_response import ShowPostgresClusterResponse
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "Postgres_create")


def _get_kwargs(
    *,
    body: CreatePostgresClusterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/postgres",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PostgresErrorResponse | ShowPostgresClusterResponse | None:
    if response.status_code == 201:
        response_201 = _models.ShowPostgresClusterResponse._from_json(response.json())
        return response_201

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PostgresErrorResponse | ShowPostgresClusterResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePostgresClusterRequest,
) -> Response[PostgresErrorResponse | ShowPostgresClusterResponse]:
    """Create Postgres Cluster

     Create a Managed Postgres cluster for the organization named in the request body. Provisioning is
    asynchronous: poll `GET /v1/postgres/{id}` until `status == ready` before calling database, user,
    extension, or credential endpoints.

    Args:
        body (CreatePostgresClusterRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostgresErrorResponse | ShowPostgresClusterResponse]
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
    body: CreatePostgresClusterRequest,
) -> PostgresErrorResponse | ShowPostgresClusterResponse | None:
    """Create Postgres Cluster

     Create a Managed Postgres cluster for the organization named in the request body. Provisioning is
    asynchronous: poll `GET /v1/postgres/{id}` until `status == ready` before calling database, user,
    extension, or credential endpoints.

    Args:
        body (CreatePostgresClusterRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostgresErrorResponse | ShowPostgresClusterResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePostgresClusterRequest,
) -> Response[PostgresErrorResponse | ShowPostgresClusterResponse]:
    """Create Postgres Cluster

     Create a Managed Postgres cluster for the organization named in the request body. Provisioning is
    asynchronous: poll `GET /v1/postgres/{id}` until `status == ready` before calling database, user,
    extension, or credential endpoints.

    Args:
        body (CreatePostgresClusterRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostgresErrorResponse | ShowPostgresClusterResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePostgresClusterRequest,
) -> PostgresErrorResponse | ShowPostgresClusterResponse | None:
    """Create Postgres Cluster

     Create a Managed Postgres cluster for the organization named in the request body. Provisioning is
    asynchronous: poll `GET /v1/postgres/{id}` until `status == ready` before calling database, user,
    extension, or credential endpoints.

    Args:
        body (CreatePostgresClusterRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostgresErrorResponse | ShowPostgresClusterResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
