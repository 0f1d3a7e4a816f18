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
    from ...models.sign_secretkey_request import SignSecretkeyRequest
    from ...models.sign_secretkey_response import SignSecretkeyResponse
    from ...types import Response


# fly-machines template change: this operation's facts, written once in its tag's table.
OPERATION = next(operation for operation in OPERATIONS if operation.id == "Secretkey_sign")


def _get_kwargs(
    app_name: str,
    secret_name: str,
    *,
    body: SignSecretkeyRequest,
    min_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["min_version"] = min_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/apps/{app_name}/secretkeys/{secret_name}/sign".format(
            app_name=path_segment("app_name", app_name),
            secret_name=path_segment("secret_name", secret_name),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SignSecretkeyResponse | None:
    if response.status_code == 200:
        response_200 = _models.SignSecretkeyResponse._from_json(response.json())
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
) -> Response[ErrorResponse | SignSecretkeyResponse]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_name: str,
    secret_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignSecretkeyRequest,
    min_version: str | Unset = UNSET,
) -> Response[ErrorResponse | SignSecretkeyResponse]:
    """Sign with a secret key

    Args:
        app_name (str):
        secret_name (str):
        min_version (str | Unset):
        body (SignSecretkeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SignSecretkeyResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        secret_name=secret_name,
        body=body,
        min_version=min_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_name: str,
    secret_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignSecretkeyRequest,
    min_version: str | Unset = UNSET,
) -> ErrorResponse | SignSecretkeyResponse | None:
    """Sign with a secret key

    Args:
        app_name (str):
        secret_name (str):
        min_version (str | Unset):
        body (SignSecretkeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SignSecretkeyResponse
    """

    return sync_detailed(
        app_name=app_name,
        secret_name=secret_name,
        client=client,
        body=body,
        min_version=min_version,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    secret_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignSecretkeyRequest,
    min_version: str | Unset = UNSET,
) -> Response[ErrorResponse | SignSecretkeyResponse]:
    """Sign with a secret key

    Args:
        app_name (str):
        secret_name (str):
        min_version (str | Unset):
        body (SignSecretkeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SignSecretkeyResponse]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
        secret_name=secret_name,
        body=body,
        min_version=min_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_name: str,
    secret_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignSecretkeyRequest,
    min_version: str | Unset = UNSET,
) -> ErrorResponse | SignSecretkeyResponse | None:
    """Sign with a secret key

    Args:
        app_name (str):
        secret_name (str):
        min_version (str | Unset):
        body (SignSecretkeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SignSecretkeyResponse
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            secret_name=secret_name,
            client=client,
            body=body,
            min_version=min_version,
        )
    ).parsed
