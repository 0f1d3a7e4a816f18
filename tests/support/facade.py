"""Shared pieces of the facade tests (no tests here): clients, the ten seed calls, answers.

Every facade test runs once with a `Client` and once with an `AsyncClient` (the `kind`
fixture); `support.kinds.run_result` hides the difference. Clients here are answered by
a respx router (the `api` fixture) and get a `ManualClock`, so nothing sleeps.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import respx

import fly_machines
from fly_machines import AsyncClient, Client, FlyError, Machines, ManualClock
from support.kinds import Kind
from support.transports import Answer, raising

BASE = "https://api.machines.dev"
APP = "my-app"
MACHINE_ID = "148ed193b95d89"
# A macaroon (sent as "FlyV1 ...") and a plain token (sent as "Bearer ...").
TOKEN = "fm2_lJPECAAAAAAAAMRetestSecretMacaroon0123456789"
PLAIN_TOKEN = "fo1_testPlainOAuthToken_9Qz7"
REQUEST_ID = "01JHWYS8D584GY0GHBDF9VGQGM-chi"
TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
USER_AGENT = (
    f"fly-machines/{fly_machines.__version__}"
    f" (python {sys.version_info.major}.{sys.version_info.minor}; httpx {httpx.__version__})"
)

CONFIG: dict[str, Any] = {
    "image": "flyio/hellofly:latest",
    "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
}

# A Machine as the API returns it (shape from the Fly docs' machines-resource page).
MACHINE_JSON: dict[str, Any] = {
    "id": MACHINE_ID,
    "name": "white-sun-2456",
    "state": "started",
    "region": "sjc",
    "instance_id": "01JHX0N0XW5D4PCKE5P7BB0QQV",
    "private_ip": "fdaa:0:3b99:a7b:136:a5bd:6e1e:2",
    "config": {
        **CONFIG,
        "restart": {"policy": "on-failure"},
        "init": {},
    },
    "image_ref": {
        "registry": "registry-1.docker.io",
        "repository": "flyio/hellofly",
        "tag": "latest",
        "digest": "sha256:0ee3a3b1b8d4a5bca7d8f6e8b8e3d5b1b1c9e8f0a1f2e3d4c5b6a7980fedcba9",
    },
    "created_at": "2025-01-16T17:03:21Z",
    "updated_at": "2025-01-16T17:03:24Z",
    "events": [
        {
            "id": "01JHX0N4T8B2V5C9Y7D3K6M1QW",
            "type": "start",
            "status": "started",
            "source": "flyd",
            "timestamp": 1737047004000,
        }
    ],
}


def mock_transport(kind: Kind, api: respx.MockRouter) -> httpx.MockTransport:
    """An in-process transport answered by `api` (cheaper than patching: no TLS setup)."""
    return httpx.MockTransport(api.handler if kind == "sync" else api.async_handler)


def mock_http(
    kind: Kind, api: respx.MockRouter, **options: Any
) -> httpx.Client | httpx.AsyncClient:
    """A user's own httpx client of the given kind, answered by `api`."""
    transport = mock_transport(kind, api)
    if kind == "sync":
        return httpx.Client(transport=transport, **options)
    return httpx.AsyncClient(transport=transport, **options)


def mock_client(
    kind: Kind, api: respx.MockRouter, token: str = TOKEN, **options: Any
) -> Client | AsyncClient:
    """A client of the given kind answered by `api`, on a manual clock, without retries
    unless asked for (`support.resilience.retrying_client` is the one that retries)."""
    options.setdefault("clock", ManualClock())
    options.setdefault("retry", False)
    options.setdefault("base_url", BASE)  # not whatever FLY_API_HOSTNAME says
    if "http_client" not in options:
        options["transport"] = mock_transport(kind, api)
    if kind == "sync":
        return Client(token=token, **options)
    return AsyncClient(token=token, **options)


@dataclass(frozen=True)
class Seed:
    """One of the ten seed functions, called with only its required keywords."""

    name: str
    function: Callable[..., Any]
    kwargs: dict[str, Any]
    method: str
    url: str
    answer: Any = field(default_factory=lambda: {"ok": True})


_MACHINE_URL = f"{BASE}/v1/apps/{APP}/machines/{MACHINE_ID}"
_ONE = {"app_name": APP, "machine_id": MACHINE_ID}

SEEDS: tuple[Seed, ...] = (
    Seed("list", Machines.list, {"app_name": APP}, "GET", f"{BASE}/v1/apps/{APP}/machines", []),
    Seed("get", Machines.get, _ONE, "GET", _MACHINE_URL, MACHINE_JSON),
    Seed(
        "create",
        Machines.create,
        {"app_name": APP, "config": CONFIG},
        "POST",
        f"{BASE}/v1/apps/{APP}/machines",
        MACHINE_JSON,
    ),
    Seed("update", Machines.update, {**_ONE, "config": CONFIG}, "POST", _MACHINE_URL, MACHINE_JSON),
    Seed("destroy", Machines.destroy, _ONE, "DELETE", _MACHINE_URL),
    Seed("start", Machines.start, _ONE, "POST", f"{_MACHINE_URL}/start"),
    Seed("stop", Machines.stop, _ONE, "POST", f"{_MACHINE_URL}/stop"),
    Seed("restart", Machines.restart, _ONE, "POST", f"{_MACHINE_URL}/restart"),
    Seed(
        "signal",
        Machines.signal,
        {**_ONE, "signal": "SIGTERM"},
        "POST",
        f"{_MACHINE_URL}/signal",
    ),
    Seed(
        "wait",
        Machines.wait,
        _ONE,
        "GET",
        f"{_MACHINE_URL}/wait?timeout=60&state=started",
        {"ok": True, "state": "started"},
    ),
)
SEED_IDS = [seed.name for seed in SEEDS]


def answering(status: int, body: Any = None, **headers: str) -> httpx.Response:
    """An API answer carrying Fly's request and trace ids (JSON unless `body` is a str)."""
    ids = {"fly-request-id": REQUEST_ID, "fly-trace-id": TRACE_ID, **headers}
    if isinstance(body, str):
        return httpx.Response(status, text=body, headers={"content-type": "text/html", **ids})
    return httpx.Response(status, json=body, headers=ids)


@dataclass(frozen=True)
class ErrorCase:
    """A failure the API or the network can produce, and the `FlyError` it must become."""

    id: str
    answer: Answer
    kind: str
    code: str
    message: str
    status: int | None
    retryable: bool
    suggestion: str | None = None  # a phrase the suggestion must contain; None: no suggestion

    @property
    def has_ids(self) -> bool:
        return self.status is not None


def error_texts(error: FlyError) -> list[str]:
    """Every text a FlyError offers: what a log line, a traceback or a UI could show."""
    return [
        str(error),
        repr(error),
        error.message,
        error.code,
        str(error.body),
        repr(error.body),
        str(error.url),
        str(error.request_id),
        str(error.trace_id),
        str(error.suggestion),
    ]


def _status(status: int, body: Any, **headers: str) -> Answer:
    return lambda request: answering(status, body, **headers)


BAD_GATEWAY_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
    "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)

ERROR_CASES: tuple[ErrorCase, ...] = (
    ErrorCase(
        "400",
        _status(400, {"error": "invalid config.guest.memory_mb, must be at least 256"}),
        "http",
        "bad_request",
        "invalid config.guest.memory_mb, must be at least 256",
        400,
        False,
    ),
    ErrorCase(
        "401",
        _status(401, {"error": "You must be authenticated to view this."}),
        "http",
        "unauthorized",
        "You must be authenticated to view this.",
        401,
        False,
        "FLY_API_TOKEN",
    ),
    ErrorCase(
        "404",
        _status(404, {"error": "machine not found"}),
        "http",
        "not_found",
        "machine not found",
        404,
        False,
    ),
    ErrorCase(
        "408",
        _status(
            408,
            {
                "error": "deadline_exceeded: machine failed to reach desired state,"
                " started, currently stopped"
            },
        ),
        "http",
        "deadline_exceeded",
        "machine failed to reach desired state, started, currently stopped",
        408,
        True,
        "timeout=",
    ),
    ErrorCase(
        "409-lease",
        _status(
            409,
            {
                "status": "error",
                "message": "machine ID 148ed lease currently held by someone@example.com",
                "code": "invalid",
            },
        ),
        "http",
        "lease_conflict",
        "machine ID 148ed lease currently held by someone@example.com",
        409,
        False,
        "nonce=",
    ),
    ErrorCase(
        "412",
        _status(
            412,
            {
                "error": "failed_precondition: unable to destroy machine, not currently stopped"
                " or suspended"
            },
        ),
        "http",
        "failed_precondition",
        "unable to destroy machine, not currently stopped or suspended",
        412,
        False,
        "force=True",
    ),
    ErrorCase(
        "422-name-taken",
        _status(422, {"error": "app name 'my-app' is already taken", "status": "name_taken"}),
        "http",
        "name_taken",
        "app name 'my-app' is already taken",
        422,
        False,
        "global",
    ),
    ErrorCase(
        "429",
        _status(429, {"error": "rate limit exceeded"}, **{"retry-after": "1"}),
        "http",
        "rate_limited",
        "rate limit exceeded",
        429,
        True,
        "rate_limit=True",
    ),
    ErrorCase(
        "500",
        _status(500, {"error": "internal server error"}),
        "http",
        "internal_error",
        "internal server error",
        500,
        False,
    ),
    ErrorCase(
        "502-html",
        _status(502, BAD_GATEWAY_PAGE),
        "http",
        "bad_gateway",
        "bad gateway",
        502,
        True,
    ),
    ErrorCase(
        "connection-error",
        raising(lambda request: httpx.ConnectError("[Errno 111] Connection refused")),
        "connection",
        "connection_error",
        "ConnectError: [Errno 111] Connection refused",
        None,
        True,
    ),
    ErrorCase(
        "timeout",
        raising(lambda request: httpx.ReadTimeout("timed out")),
        "timeout",
        "timeout",
        "ReadTimeout: timed out",
        None,
        True,
    ),
)
