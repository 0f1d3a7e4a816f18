"""`attach()` and the clients: where the token and endpoint come from, how the token is
sent, whose httpx client is used, and who closes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx
from support.facade import (
    APP,
    MACHINE_ID,
    MACHINE_JSON,
    TOKEN,
    answering,
    mock_http,
    mock_transport,
)
from support.kinds import Kind, run_result

import fly_machines
from fly_machines import AsyncClient, Client, Machines, ManualClock

pytestmark = pytest.mark.anyio

ENVIRONMENT = ("FLY_API_TOKEN", "FLY_ACCESS_TOKEN", "FLY_API_HOSTNAME", "FLY_FLAPS_BASE_URL")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


def _attach(kind: Kind, api: respx.MockRouter, **options: Any) -> Client | AsyncClient:
    """attach() as a user would call it, over an in-process transport."""
    http = mock_http(kind, api)
    return fly_machines.attach(http, clock=ManualClock(), retry=False, **options)


async def _sent(client: Client | AsyncClient, api: respx.MockRouter) -> httpx.Request:
    """The request a `Machines.get` sends through `client`."""
    route = api.route().mock(return_value=answering(200, MACHINE_JSON))
    result = await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)
    assert result.ok, result
    request: httpx.Request = route.calls.last.request
    return request


# -- the token -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "authorization"),
    [
        ({"FLY_API_TOKEN": "fm2_fromApiToken"}, "FlyV1 fm2_fromApiToken"),
        ({"FLY_ACCESS_TOKEN": "fo1_fromAccessToken"}, "Bearer fo1_fromAccessToken"),
        (
            {"FLY_API_TOKEN": "fm2_first", "FLY_ACCESS_TOKEN": "fo1_second"},
            "FlyV1 fm2_first",
        ),
        ({"FLY_API_TOKEN": "  ", "FLY_ACCESS_TOKEN": "fo1_second"}, "Bearer fo1_second"),
    ],
    ids=["api-token", "access-token", "api-token-first", "blank-api-token-skipped"],
)
async def test_the_token_comes_from_the_environment(
    kind: Kind,
    api: respx.MockRouter,
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
    authorization: str,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    request = await _sent(_attach(kind, api), api)

    assert request.headers["authorization"] == authorization


async def test_an_explicit_token_wins_over_the_environment(
    kind: Kind, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FLY_API_TOKEN", "fm2_fromEnvironment")

    request = await _sent(_attach(kind, api, token="fo1_explicit"), api)

    assert request.headers["authorization"] == "Bearer fo1_explicit"


@pytest.mark.parametrize("http", [None, "sync", "async"])
def test_no_token_anywhere_fails_at_attach_time(api: respx.MockRouter, http: Kind | None) -> None:
    with pytest.raises(ValueError, match="no Fly API token") as raised:
        if http is None:
            fly_machines.attach(transport=mock_transport("sync", api))
        else:
            fly_machines.attach(mock_http(http, api))
    assert "FLY_API_TOKEN" in str(raised.value)


def test_a_token_that_is_only_a_scheme_is_rejected() -> None:
    with pytest.raises(ValueError, match="token is empty"):
        Client(token="Bearer ")


MACAROON = "fm2_lJPECAAAAAAAAMRe"
TOKEN_FORMS = [
    ("fm2_lJPECAAAAAAAAMRe", f"FlyV1 {MACAROON}"),
    ("fm1r_7ZiACAAAAAAAADz9", "FlyV1 fm1r_7ZiACAAAAAAAADz9"),
    ("fm1a_Z3Jl6QAAAAAAAABw", "FlyV1 fm1a_Z3Jl6QAAAAAAAABw"),
    ("fm2_part1,fm2_part2", "FlyV1 fm2_part1,fm2_part2"),
    ("fm2_part1, fm2_part2 ", "FlyV1 fm2_part1,fm2_part2"),
    (f"FlyV1 {MACAROON}", f"FlyV1 {MACAROON}"),
    (f"flyv1  {MACAROON}", f"FlyV1 {MACAROON}"),
    (f"Bearer {MACAROON}", f"FlyV1 {MACAROON}"),
    (f"Bearer FlyV1 {MACAROON}", f"FlyV1 {MACAROON}"),
    ("fo1_oauthToken123", "Bearer fo1_oauthToken123"),
    ("Bearer fo1_oauthToken123", "Bearer fo1_oauthToken123"),
    ("FlyV1 fo1_oauthToken123", "Bearer fo1_oauthToken123"),
    ("  plainToken  ", "Bearer plainToken"),
]


@pytest.mark.parametrize(("token", "authorization"), TOKEN_FORMS)
async def test_tokens_are_sent_with_the_right_scheme(
    kind: Kind, api: respx.MockRouter, token: str, authorization: str
) -> None:
    request = await _sent(_attach(kind, api, token=token), api)

    assert request.headers["authorization"] == authorization


# -- the endpoint --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "root"),
    [
        (None, "https://api.machines.dev"),
        ("https://api.machines.dev/v1", "https://api.machines.dev"),
        ("https://api.machines.dev/v1/", "https://api.machines.dev"),
        ("https://api.machines.dev/", "https://api.machines.dev"),
        ("http://_api.internal:4280", "http://_api.internal:4280"),
        ("http://_api.internal:4280/v1", "http://_api.internal:4280"),
        ("http://127.0.0.1:4280", "http://127.0.0.1:4280"),
    ],
)
async def test_the_base_url_is_taken_with_or_without_v1(
    kind: Kind, api: respx.MockRouter, base_url: str | None, root: str
) -> None:
    client = _attach(kind, api, token=TOKEN, base_url=base_url)

    request = await _sent(client, api)

    assert client.base_url == root
    assert str(request.url) == f"{root}/v1/apps/{APP}/machines/{MACHINE_ID}"


@pytest.mark.parametrize(
    ("environment", "root"),
    [
        ({"FLY_API_HOSTNAME": "http://_api.internal:4280"}, "http://_api.internal:4280"),
        ({"FLY_FLAPS_BASE_URL": "https://flaps.example.test/v1"}, "https://flaps.example.test"),
        (
            {
                "FLY_API_HOSTNAME": "https://first.example.test",
                "FLY_FLAPS_BASE_URL": "https://second.example.test",
            },
            "https://first.example.test",
        ),
    ],
    ids=["api-hostname", "flaps-base-url", "api-hostname-first"],
)
async def test_the_base_url_comes_from_the_environment(
    kind: Kind,
    api: respx.MockRouter,
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
    root: str,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    request = await _sent(_attach(kind, api, token=TOKEN), api)

    assert str(request.url).startswith(f"{root}/v1/apps/{APP}/")


def test_an_unusable_base_url_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="base_url must be an http"):
        Client(token=TOKEN, base_url="ftp://files.example.test")


@pytest.mark.parametrize("base_url", ["127.0.0.1:4280", "_api.internal:4280", "api.machines.dev"])
def test_a_base_url_without_a_scheme_is_refused_not_guessed(base_url: str) -> None:
    # Guessed https made a local plain-http simulator fail with an SSL error after every
    # retry; guessed http would send the token in the clear.
    with pytest.raises(ValueError, match=f"base_url needs a scheme.*'http://{base_url}'"):
        Client(token=TOKEN, base_url=base_url)


def test_a_scheme_less_url_from_the_environment_names_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FLY_API_HOSTNAME", "localhost:4280")
    with pytest.raises(ValueError, match="FLY_API_HOSTNAME needs a scheme") as raised:
        Client(token=TOKEN)
    assert TOKEN not in str(raised.value)


# -- whose httpx client --------------------------------------------------------------------


async def test_wrapping_a_users_client_keeps_its_settings(
    kind: Kind, api: respx.MockRouter
) -> None:
    http = mock_http(kind, api, timeout=20, headers={"X-Team": "infra"})

    client = fly_machines.attach(http, token=TOKEN)
    request = await _sent(client, api)

    assert client.http_client is http
    assert isinstance(client, Client if kind == "sync" else AsyncClient)
    assert request.headers["x-team"] == "infra"
    assert request.headers["authorization"] == f"FlyV1 {TOKEN}"
    assert request.extensions["timeout"] == {
        "connect": 20.0,
        "read": 20.0,
        "write": 20.0,
        "pool": 20.0,
    }


async def test_a_users_client_with_a_base_url_is_sent_there(
    kind: Kind, api: respx.MockRouter
) -> None:
    http = mock_http(kind, api, base_url="http://127.0.0.1:4280/v1")

    client = fly_machines.attach(http, token=TOKEN)
    request = await _sent(client, api)

    assert str(request.url) == f"http://127.0.0.1:4280/v1/apps/{APP}/machines/{MACHINE_ID}"


def test_attach_picks_the_client_kind_from_the_httpx_client(api: respx.MockRouter) -> None:
    assert type(fly_machines.attach(mock_http("async", api), token=TOKEN)) is AsyncClient
    assert type(fly_machines.attach(mock_http("sync", api), token=TOKEN)) is Client
    assert type(fly_machines.attach(token=TOKEN, transport=mock_transport("sync", api))) is Client


def test_mismatched_httpx_clients_are_type_errors(api: respx.MockRouter) -> None:
    with pytest.raises(TypeError, match=r"AsyncClient wraps an httpx\.AsyncClient"):
        AsyncClient(mock_http("sync", api), token=TOKEN)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="transport"):
        Client(mock_http("sync", api), token=TOKEN, transport=mock_transport("sync", api))  # type: ignore[arg-type]


# -- closing -------------------------------------------------------------------------------


def test_a_client_closes_its_own_httpx_client_but_not_a_users(api: respx.MockRouter) -> None:
    with Client(token=TOKEN, transport=mock_transport("sync", api)) as own:
        assert not own.http_client.is_closed
    assert own.http_client.is_closed

    users = mock_http("sync", api)
    assert isinstance(users, httpx.Client)
    with Client(users, token=TOKEN) as wrapping:
        pass
    assert wrapping.http_client is users
    assert not users.is_closed
    users.close()


async def test_an_async_client_closes_its_own_httpx_client_but_not_a_users(
    api: respx.MockRouter,
) -> None:
    async with AsyncClient(token=TOKEN, transport=mock_transport("async", api)) as own:
        assert not own.http_client.is_closed
    assert own.http_client.is_closed

    users = mock_http("async", api)
    assert isinstance(users, httpx.AsyncClient)
    async with AsyncClient(users, token=TOKEN) as wrapping:
        pass
    assert wrapping.http_client is users
    assert not users.is_closed
    await users.aclose()


async def test_facade_calls_leave_a_users_client_as_it_was(
    kind: Kind, api: respx.MockRouter
) -> None:
    api.route().mock(return_value=answering(200, MACHINE_JSON))
    http = mock_http(kind, api, base_url="https://internal.example.test/")
    client = fly_machines.attach(http, token=TOKEN, base_url="https://api.machines.dev")

    await _sent(client, api)

    # The user's other requests must not start carrying the Fly token, nor go elsewhere.
    assert http.auth is None
    assert str(http.base_url) == "https://internal.example.test/"
    unrelated = http.build_request("GET", "/status")
    assert str(unrelated.url) == "https://internal.example.test/status"


def test_a_transport_of_the_wrong_kind_is_refused_at_once() -> None:
    async_only = httpx.MockTransport(lambda request: httpx.Response(200))

    class AsyncOnly(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

    with pytest.raises(TypeError, match=r"Client needs an httpx\.BaseTransport, not AsyncOnly"):
        fly_machines.Client(token="token-for-test", transport=AsyncOnly())
    # MockTransport serves both kinds, so both clients take it.
    fly_machines.Client(token="token-for-test", transport=async_only).close()


# -- where the token goes, and which tokens are refused ---------------------------------------


async def test_the_token_is_sent_only_to_the_api_origin(kind: Kind, api: respx.MockRouter) -> None:
    api.get("https://api.machines.dev/v1/moved").mock(
        return_value=httpx.Response(302, headers={"location": "https://elsewhere.example.test/x"})
    )
    route = api.route().mock(return_value=httpx.Response(200))
    client_class = Client if kind == "sync" else AsyncClient
    http = client_class(token=TOKEN, transport=mock_transport(kind, api)).http_client

    async def get(url: str) -> httpx.Request:
        if isinstance(http, httpx.AsyncClient):
            await http.get(url, follow_redirects=True)
        else:
            http.get(url, follow_redirects=True)
        request: httpx.Request = route.calls.last.request
        return request

    assert "authorization" in (await get("https://api.machines.dev/v1/apps")).headers
    assert "authorization" in (await get("https://API.machines.dev:443/v1/apps")).headers
    for elsewhere in (
        "https://elsewhere.example.test/v1/apps",
        "http://api.machines.dev/v1/apps",  # another scheme
        "https://api.machines.dev:4280/v1/apps",  # another port
        "https://api.machines.dev.example.test/v1/apps",
        "https://api.machines.dev/v1/moved",  # redirected to another host
    ):
        assert "authorization" not in (await get(elsewhere)).headers, elsewhere


@pytest.mark.parametrize(
    "token",
    [
        "fm2_lJPECAAAAAAA\nAAMRetestSecret",  # a wrapped paste
        "fm2_lJPECAAAAAAA\r\nAAMRetestSecret",
        "fo1_plainOAuth secretWord",
        "fo1_plainOAuth\tsecretWord",
        "fm2_firstPartSecret,fm2_second\nPartSecret",
        "fm2_lJPECAAAAAAA\x00AAMRetestSecret",
        "fm2_lJPECAAAAAAA\x7fAAMRetestSecret",
        "fm2_lJPECAAAAAAA\u200bAAMRetestSecret",  # zero-width space
        "fm2_lJPECAAAAAAA\u00a0AAMRetestSecret",  # no-break space
        "Bearer fm2_lJPECAAAAAAA\x1bAAMRetestSecret",
    ],
    ids=repr,
)
def test_a_token_with_whitespace_or_control_characters_is_refused_without_echoing_it(
    api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch, token: str
) -> None:
    # Every piece of the token a message could show, however it was split.
    pieces = [p for p in token.replace(",", " ").split() if len(p) >= 4 and p != "Bearer"]
    pieces += [p for p in token.split("\x00") + token.split("\x7f") if len(p) >= 4]
    messages = []
    makers: list[Callable[[], object]] = [
        lambda: Client(token=token, transport=mock_transport("sync", api)),
        lambda: fly_machines.attach(mock_http("async", api), token=token),
    ]
    for make in makers:
        with pytest.raises(ValueError, match="whitespace, a control character") as raised:
            make()
        messages.append(str(raised.value))
    if "\x00" not in token:  # the environment cannot hold that one
        monkeypatch.setenv("FLY_API_TOKEN", token)
        with pytest.raises(ValueError, match="whitespace, a control character") as raised:
            fly_machines.attach(mock_http("sync", api))
        messages.append(str(raised.value))
    for message in messages:
        for piece in pieces:
            assert piece not in message


@pytest.mark.parametrize(
    "token", [" fm2_part1,\n fm2_part2\n", "Bearer\nfo1_plainToken", "\tfo1_plainToken\r\n"]
)
async def test_whitespace_around_a_token_and_its_parts_is_still_dropped(
    kind: Kind, api: respx.MockRouter, token: str
) -> None:
    request = await _sent(_attach(kind, api, token=token), api)

    assert request.headers["authorization"] in (
        "FlyV1 fm2_part1,fm2_part2",
        "Bearer fo1_plainToken",
    )
