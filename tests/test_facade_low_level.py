"""Everything the facade does not name stays reachable: `client.low_level` is the generated
client on the same transport (the same httpx client when the facade made it; a user's own
is never changed), and `fly_machines.call` runs any generated operation with the facade's
normalisation."""

from __future__ import annotations

import types
from typing import Any

import httpx
import pytest
import respx
from fly_machines_api import AuthenticatedClient
from fly_machines_api.api.apps import apps_show
from fly_machines_api.api.machines import machines_cordon
from fly_machines_api.api.volumes import volumes_list
from fly_machines_api.models import App, Volume
from support.facade import (
    APP,
    BASE,
    MACHINE_ID,
    REQUEST_ID,
    TOKEN,
    USER_AGENT,
    answering,
    mock_client,
    mock_http,
)
from support.kinds import Kind

import fly_machines
from fly_machines import AsyncClient, Err, Ok, Result

pytestmark = pytest.mark.anyio

APP_JSON = {
    "id": "my-app",
    "name": APP,
    "machine_count": 2,
    "volume_count": 1,
    "network": "default",
    "organization": {"name": "Acme", "slug": "acme"},
    "status": "deployed",
}
VOLUME_JSON = {
    "id": "vol_4y5k3n9w2lqr8v7m",
    "name": "data",
    "state": "created",
    "size_gb": 1,
    "region": "sjc",
    "zone": "2824",
    "encrypted": True,
    "attached_machine_id": MACHINE_ID,
    "created_at": "2025-01-16T17:00:02Z",
    "fstype": "ext4",
}


async def _call(
    client: fly_machines.Client | AsyncClient, operation: types.ModuleType, **kwargs: Any
) -> Result[Any]:
    if isinstance(client, AsyncClient):
        return await fly_machines.call(client, operation, **kwargs)
    return fly_machines.call(client, operation, **kwargs)


async def _low_level_show(client: fly_machines.Client | AsyncClient) -> object:
    """apps_show through the generated client, as a user of `low_level` would call it."""
    if isinstance(client, AsyncClient):
        return (await apps_show.asyncio_detailed(app_name=APP, client=client.low_level)).parsed
    return apps_show.sync_detailed(app_name=APP, client=client.low_level).parsed


def test_low_level_is_the_generated_client_on_the_same_httpx_client(
    kind: Kind, api: respx.MockRouter
) -> None:
    client = mock_client(kind, api)

    low_level = client.low_level

    assert isinstance(low_level, AuthenticatedClient)
    assert low_level is client.low_level
    shared = (
        low_level.get_async_httpx_client()
        if isinstance(client, AsyncClient)
        else low_level.get_httpx_client()
    )
    assert shared is client.http_client


async def test_a_generated_operation_runs_through_low_level(
    kind: Kind, api: respx.MockRouter
) -> None:
    route = api.route().mock(return_value=answering(200, APP_JSON))
    client = mock_client(kind, api)

    app = await _low_level_show(client)

    assert isinstance(app, App)
    assert (app.name, app.machine_count) == (APP, 2)
    request = route.calls.last.request
    assert str(request.url) == f"{BASE}/v1/apps/{APP}"
    assert request.headers["authorization"] == f"FlyV1 {TOKEN}"
    assert request.headers["user-agent"] == USER_AGENT


@pytest.mark.parametrize(
    "base_url", [None, "http://127.0.0.1:4280", "http://127.0.0.1:4280/v1"], ids=str
)
async def test_low_level_works_on_a_users_own_client(
    kind: Kind, api: respx.MockRouter, base_url: str | None
) -> None:
    route = api.route().mock(return_value=answering(200, APP_JSON))
    http = mock_http(kind, api) if base_url is None else mock_http(kind, api, base_url=base_url)
    client = fly_machines.attach(http, token=TOKEN)

    app = await _low_level_show(client)

    assert isinstance(app, App)
    root = base_url.removesuffix("/v1") if base_url else "https://api.machines.dev"
    request = route.calls.last.request
    assert str(request.url) == f"{root}/v1/apps/{APP}"
    assert request.headers["authorization"] == f"FlyV1 {TOKEN}"


async def test_call_runs_an_uncovered_operation_to_an_ok(kind: Kind, api: respx.MockRouter) -> None:
    route = api.route().mock(return_value=answering(200, [VOLUME_JSON]))

    result = await _call(mock_client(kind, api), volumes_list, app_name=APP, summary=True)

    assert isinstance(result, Ok), result
    assert isinstance(result.value, list)
    (volume,) = result.value
    assert isinstance(volume, Volume)
    assert (volume.id, volume.size_gb, volume.attached_machine_id) == (
        "vol_4y5k3n9w2lqr8v7m",
        1,
        MACHINE_ID,
    )
    request = route.calls.last.request
    assert str(request.url) == f"{BASE}/v1/apps/{APP}/volumes?summary=true"
    assert request.headers["authorization"] == f"FlyV1 {TOKEN}"


async def test_call_normalises_a_failure_the_same_way(kind: Kind, api: respx.MockRouter) -> None:
    api.route().mock(return_value=answering(404, {"error": "app not found"}))

    result = await _call(mock_client(kind, api), apps_show, app_name=APP)

    assert isinstance(result, Err), result
    error = result.error
    assert (error.kind, error.status, error.code, error.message) == (
        "http",
        404,
        "not_found",
        "app not found",
    )
    assert (error.method, error.url, error.request_id) == (
        "GET",
        f"{BASE}/v1/apps/{APP}",
        REQUEST_ID,
    )


async def test_call_sends_a_lease_nonce_where_the_operation_takes_one(
    kind: Kind, api: respx.MockRouter
) -> None:
    route = api.route().mock(return_value=answering(200, {"ok": True}))

    result = await _call(
        mock_client(kind, api), machines_cordon, app_name=APP, machine_id=MACHINE_ID, nonce="n0nce"
    )

    assert result.ok, result
    assert route.calls.last.request.headers["fly-machine-lease-nonce"] == "n0nce"


async def test_call_refuses_a_nonce_the_operation_does_not_take(
    kind: Kind, api: respx.MockRouter
) -> None:
    route = api.route().mock(return_value=answering(200, APP_JSON))

    result = await _call(mock_client(kind, api), apps_show, app_name=APP, nonce="n0nce")

    assert isinstance(result, Err)
    assert (result.error.kind, result.error.message) == (
        "invalid_request",
        "Apps_show does not take a lease nonce",
    )
    assert route.call_count == 0


def test_call_refuses_what_is_not_a_generated_operation(api: respx.MockRouter) -> None:
    client = mock_client("sync", api)
    with pytest.raises(TypeError, match="is not a generated fly_machines_api operation"):
        fly_machines.call(client, httpx)
    with pytest.raises(TypeError, match="must be a fly_machines client"):
        fly_machines.call(mock_http("sync", api), apps_show, app_name=APP)  # type: ignore[call-overload]


def _state(http: httpx.Client | httpx.AsyncClient) -> dict[str, tuple[int, str]]:
    """Every attribute of an httpx client: which object it is and what it says it holds."""
    return {name: (id(value), repr(value)) for name, value in vars(http).items()}


@pytest.mark.parametrize(
    "base_url", [None, "http://127.0.0.1:4280/v1", "https://internal.example.test/"], ids=str
)
async def test_low_level_never_changes_a_users_client(
    kind: Kind, api: respx.MockRouter, base_url: str | None
) -> None:
    api.route().mock(return_value=answering(200, APP_JSON))
    options: dict[str, Any] = {"headers": {"X-Team": "infra"}}
    if base_url is not None:
        options["base_url"] = base_url
    http = mock_http(kind, api, **options)
    before = _state(http)
    client = fly_machines.attach(http, token=TOKEN, base_url="http://127.0.0.1:4280")

    assert isinstance(await _low_level_show(client), App)

    assert _state(http) == before
    assert http.auth is None


async def test_a_users_client_sends_no_token_after_low_level_was_used(
    kind: Kind, api: respx.MockRouter
) -> None:
    route = api.route().mock(return_value=answering(200, APP_JSON))
    http = mock_http(kind, api)
    client = fly_machines.attach(http, token=TOKEN)
    await _low_level_show(client)

    # The user's own call to some other host, on the client they gave us.
    request = http.build_request("GET", "https://elsewhere.example.test/status")
    if isinstance(http, httpx.AsyncClient):
        await http.send(request)
    else:
        http.send(request)

    sent = route.calls.last.request
    assert str(sent.url) == "https://elsewhere.example.test/status"
    assert "authorization" not in sent.headers


async def test_low_level_sends_the_token_only_to_the_api_origin(
    kind: Kind, api: respx.MockRouter
) -> None:
    route = api.route().mock(return_value=answering(200, APP_JSON))
    for client in (mock_client(kind, api), fly_machines.attach(mock_http(kind, api), token=TOKEN)):
        low_level = client.low_level
        for url, gets_token in [
            (f"{BASE}/v1/apps/{APP}", True),
            (f"{BASE}:443/v1/apps/{APP}", True),
            ("https://elsewhere.example.test/v1/apps", False),
            ("http://api.machines.dev/v1/apps", False),
            ("https://api.machines.dev:8443/v1/apps", False),
        ]:
            if isinstance(client, AsyncClient):
                await low_level.get_async_httpx_client().get(url)
            else:
                low_level.get_httpx_client().get(url)
            assert ("authorization" in route.calls.last.request.headers) is gets_token, url


async def test_low_level_on_a_users_client_shares_its_transport_and_settings(
    kind: Kind, api: respx.MockRouter
) -> None:
    route = api.route().mock(return_value=answering(200, APP_JSON))
    seen: list[str] = []

    def hook(request: httpx.Request) -> None:
        seen.append(str(request.url))

    async def async_hook(request: httpx.Request) -> None:
        hook(request)

    http = mock_http(
        kind,
        api,
        headers={"X-Team": "infra"},
        timeout=20,
        event_hooks={"request": [async_hook if kind == "async" else hook]},
    )
    client = fly_machines.attach(http, token=TOKEN)

    assert isinstance(await _low_level_show(client), App)

    request = route.calls.last.request
    assert request.headers["x-team"] == "infra"
    assert request.headers["authorization"] == f"FlyV1 {TOKEN}"
    assert request.extensions["timeout"]["read"] == 20.0
    assert seen == [f"https://api.machines.dev/v1/apps/{APP}"]
    # Closing the generated client's httpx client leaves the user's transport open.
    shared = client.low_level
    if isinstance(client, AsyncClient):
        await shared.get_async_httpx_client().aclose()
    else:
        shared.get_httpx_client().close()
    assert not http.is_closed
    assert isinstance(await _low_level_show(fly_machines.attach(http, token=TOKEN)), App)
