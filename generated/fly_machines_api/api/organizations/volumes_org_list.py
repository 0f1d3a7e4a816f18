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
    from ...models.org_volumes_response import OrgVolumesResponse
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "Volumes_org_list")


def _get_kwargs(
    org_slug: str,
    *,
    include_deleted: bool | Unset = UNSET,
    region: str | Unset = UNSET,
    state: str | Unset = UNSET,
    summary: bool | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_deleted"] = include_deleted

    params["region"] = region

    params["state"] = state

    params["summary"] = summary

    params["updated_after"] = updated_after

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/orgs/{org_slug}/volumes".format(
            org_slug=path_segment("org_slug", org_slug),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrgVolumesResponse | None:
    if response.status_code == 200:
        response_200 = _models.OrgVolumesResponse._from_json(response.json())
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
) -> Response[ErrorResponse | OrgVolumesResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include_deleted: bool | Unset = UNSET,
    region: str | Unset = UNSET,
    state: str | Unset = UNSET,
    summary: bool | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | OrgVolumesResponse]:
    """List All Volumes

     List all volumes for an organization with optional filters and cursor-based pagination.

    Args:
        org_slug (str):
        include_deleted (bool | Unset):
        region (str | Unset):
        state (str | Unset):
        summary (bool | Unset):
        updated_after (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrgVolumesResponse]
    """

    kwargs = _get_kwargs(
        org_slug=org_slug,
        include_deleted=include_deleted,
        region=region,
        state=state,
        summary=summary,
        updated_after=updated_after,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include_deleted: bool | Unset = UNSET,
    region: str | Unset = UNSET,
    state: str | Unset = UNSET,
    summary: bool | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | OrgVolumesResponse | None:
    """List All Volumes

     List all volumes for an organization with optional filters and cursor-based pagination.

    Args:
        org_slug (str):
        include_deleted (bool | Unset):
        region (str | Unset):
        state (str | Unset):
        summary (bool | Unset):
        updated_after (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrgVolumesResponse
    """

    return sync_detailed(
        org_slug=org_slug,
        client=client,
        include_deleted=include_deleted,
        region=region,
        state=state,
        summary=summary,
        updated_after=updated_after,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    org_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include_deleted: bool | Unset = UNSET,
    region: str | Unset = UNSET,
    state: str | Unset = UNSET,
    summary: bool | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | OrgVolumesResponse]:
    """List All Volumes

     List all volumes for an organization with optional filters and cursor-based pagination.

    Args:
        org_slug (str):
        include_deleted (bool | Unset):
        region (str | Unset):
        state (str | Unset):
        summary (bool | Unset):
        updated_after (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrgVolumesResponse]
    """

    kwargs = _get_kwargs(
        org_slug=org_slug,
        include_deleted=include_deleted,
        region=region,
        state=state,
        summary=summary,
        updated_after=updated_after,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include_deleted: bool | Unset = UNSET,
    region: str | Unset = UNSET,
    state: str | Unset = UNSET,
    summary: bool | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | OrgVolumesResponse | None:
    """List All Volumes

     List all volumes for an organization with optional filters and cursor-based pagination.

    Args:
        org_slug (str):
        include_deleted (bool | Unset):
        region (str | Unset):
        state (str | Unset):
        summary (bool | Unset):
        updated_after (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrgVolumesResponse
    """

    return (
        await asyncio_detailed(
            org_slug=org_slug,
            client=client,
            include_deleted=include_deleted,
            region=region,
            state=state,
            summary=summary,
            updated_after=updated_after,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
