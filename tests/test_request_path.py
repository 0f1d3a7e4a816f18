"""What the request path does to be fast must not change what it sends or keeps.

A request's URL is made from the API root parsed once (fly_machines._client.RequestURLs)
instead of httpx parsing the whole URL each time: it must be the URL httpx would have
parsed, for every root and every path parameter, and anything unusual goes the old way.
The httpx client the library makes skips httpx's cookie reading of answers that set no
cookie (APICookies): a cookie that does come is kept and sent back as before.
"""

from __future__ import annotations

import json

import httpx
import pytest
from fly_machines_api.types import path_segment
from hypothesis import given, settings
from hypothesis import strategies as st

import fly_machines
from fly_machines import Machines
from fly_machines._client import APICookies, RequestURLs

ROOTS = (
    "https://api.machines.dev",
    "http://_api.internal:4280",
    "http://127.0.0.1:4280",
    "https://API.Machines.DEV:443",
    "http://[::1]:8080",
    "https://example.test/some/prefix",
    "http://example.test/a%20b/c d",
    "https://xn--bcher-kva.example",
    "https://bücher.example",
)
TEMPLATES = (
    "/v1/apps/{}/machines/{}",
    "/v1/apps/{}/secrets/{}",
    "/v1/apps/{}/machines/{}/metadata/{}",
)


def _the_same(made: httpx.URL | str, expected: httpx.URL) -> None:
    url = httpx.URL(made)
    assert url == expected
    assert str(url) == str(expected)
    assert (url.raw_path, url.host, url.port, url.scheme) == (
        expected.raw_path,
        expected.host,
        expected.port,
        expected.scheme,
    )


@pytest.mark.parametrize("root", ROOTS)
def test_a_made_url_is_the_one_httpx_parses(root: str) -> None:
    urls = RequestURLs(root)
    for values in (("my-app", "148ed193b95d89"), ("a_b.c~d", "0"), ("x", "y")):
        for template in TEMPLATES:
            path = template.format(*values, "key")
            _the_same(urls.url(path), httpx.URL(root + path))


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(
    root=st.sampled_from(ROOTS),
    template=st.sampled_from(TEMPLATES),
    values=st.lists(st.text(min_size=1, max_size=40), min_size=3, max_size=3),
)
def test_any_path_parameter_gives_the_url_httpx_parses(
    root: str, template: str, values: list[str]
) -> None:
    try:
        segments = [path_segment("p", value) for value in values]
    except (ValueError, UnicodeEncodeError):
        return  # refused before any URL is made
    path = template.format(*segments)
    _the_same(RequestURLs(root).url(path), httpx.URL(root + path))


@pytest.mark.parametrize(
    "path",
    ["/v1/apps/./machines", "/v1/apps/../x", "/v1/apps/.hidden", "//v1/apps", "/v1/a b", "/v1/%zz"],
)
def test_an_unusual_path_is_given_to_httpx_as_text(path: str) -> None:
    made = RequestURLs("https://api.machines.dev").url(path)
    assert made == "https://api.machines.dev" + path


def test_an_httpx_that_keeps_urls_otherwise_is_given_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: RequestURLs, path: str) -> httpx.URL:
        return httpx.URL("https://elsewhere.test" + path)

    monkeypatch.setattr(RequestURLs, "_made", broken)
    urls = RequestURLs("https://api.machines.dev")
    assert urls.url("/v1/apps/x") == "https://api.machines.dev/v1/apps/x"


MACHINE = {
    "id": "148ed193b95d89",
    "name": "n",
    "state": "started",
    "region": "sjc",
    "instance_id": "i",
    "image_ref": {"registry": "r", "repository": "flyio/hellofly"},
    "created_at": "2025-01-16T17:03:21Z",
    "updated_at": "2025-01-16T17:03:24Z",
}


def test_the_client_sends_to_the_url_httpx_would_and_follows_a_new_base_url() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=MACHINE)

    client = fly_machines.Client(token="t0ken-value", transport=httpx.MockTransport(answer))
    Machines.get(client, app_name="my-app", machine_id="148ed193b95d89").unwrap()
    expected = "https://api.machines.dev/v1/apps/my-app/machines/148ed193b95d89"
    _the_same(seen[-1].url, httpx.URL(expected))
    Machines.get(client, app_name="ä b", machine_id="..x").unwrap()
    _the_same(seen[-1].url, httpx.URL("https://api.machines.dev/v1/apps/%C3%A4%20b/machines/..x"))
    client.base_url = "http://127.0.0.1:4280"
    Machines.get(client, app_name="my-app", machine_id="148ed193b95d89").unwrap()
    assert str(seen[-1].url) == "http://127.0.0.1:4280/v1/apps/my-app/machines/148ed193b95d89"


def test_cookies_an_answer_sets_are_kept_and_sent_back() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {"set-cookie": "session=abc; Path=/"} if len(seen) == 1 else {}
        return httpx.Response(200, json=MACHINE, headers=headers)

    client = fly_machines.Client(token="t0ken-value", transport=httpx.MockTransport(answer))
    http = client.http_client
    assert isinstance(http, httpx.Client) and isinstance(http.cookies, APICookies)
    for _ in range(3):
        Machines.get(client, app_name="my-app", machine_id="148ed193b95d89").unwrap()
    assert "cookie" not in seen[0].headers
    assert [r.headers.get("cookie") for r in seen[1:]] == ["session=abc", "session=abc"]
    assert dict(http.cookies) == {"session": "abc"}
    http.cookies = {"other": "1"}  # set as on any httpx client
    assert isinstance(http.cookies, APICookies)
    Machines.get(client, app_name="my-app", machine_id="148ed193b95d89").unwrap()
    assert seen[-1].headers["cookie"] == "other=1"


@pytest.mark.anyio
async def test_an_async_clients_cookies_are_kept_too() -> None:
    seen: list[httpx.Request] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {"set-cookie": "session=abc; Path=/"} if len(seen) == 1 else {}
        return httpx.Response(200, content=json.dumps(MACHINE).encode(), headers=headers)

    client = fly_machines.AsyncClient(token="t0ken-value", transport=httpx.MockTransport(answer))
    assert isinstance(client.http_client.cookies, APICookies)
    for _ in range(2):
        (await Machines.get(client, app_name="my-app", machine_id="148ed193b95d89")).unwrap()
    assert seen[1].headers["cookie"] == "session=abc"


def test_a_users_own_httpx_client_is_left_as_it_is() -> None:
    own = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=MACHINE)))
    client = fly_machines.attach(own, token="t0ken-value")
    assert client.http_client is own and type(own.cookies) is httpx.Cookies
