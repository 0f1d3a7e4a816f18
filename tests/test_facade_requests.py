"""The ten seed functions send exactly the request the API expects and parse its answer.

Each case calls one function with its optional keywords too, and checks the request the
transport saw (method, URL with /v1, query with repeated keys, headers, JSON body) and
the `Ok` value built from a realistic answer. Every test runs with both client kinds.
"""

from __future__ import annotations

import json
import re
import signal as signals
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import respx
from fly_machines_api.models import (
    FlyMachineConfig,
    Machine,
    MachineStartResponse,
    OkResponse,
    WaitMachineResponse,
)
from support.facade import (
    APP,
    BASE,
    CONFIG,
    MACHINE_ID,
    MACHINE_JSON,
    PLAIN_TOKEN,
    SEED_IDS,
    SEEDS,
    TOKEN,
    USER_AGENT,
    Seed,
    answering,
    mock_client,
    mock_http,
)
from support.kinds import Kind, run_result

from fly_machines import Machines, Ok
from fly_machines._creating import LAUNCH_ID_KEY

pytestmark = pytest.mark.anyio

NONCE = "2f4e8a7c9b1d"
VERSION = "01JHX0N0XW5D4PCKE5P7BB0QQV"
MACHINE_PATH = f"/v1/apps/{APP}/machines/{MACHINE_ID}"


def _machine(value: Any) -> Machine:
    assert isinstance(value, Machine)
    return value


def _check_list(value: Any) -> None:
    assert isinstance(value, list)
    machines = [_machine(item) for item in value]
    assert [(m.id, m.state) for m in machines] == [
        (MACHINE_ID, "started"),
        ("d8d9e0f1a2b3c4", "stopped"),
    ]


def _check_get(value: Any) -> None:
    machine = _machine(value)
    assert (machine.id, machine.name, machine.state, machine.region) == (
        MACHINE_ID,
        "white-sun-2456",
        "started",
        "sjc",
    )
    assert isinstance(machine.config, FlyMachineConfig)
    assert machine.config.image == "flyio/hellofly:latest"
    assert machine.to_dict() == MACHINE_JSON  # every field parsed, nothing lost


def _check_created(value: Any) -> None:
    machine = _machine(value)
    assert (machine.id, machine.state, machine.name) == (MACHINE_ID, "created", "web-1")


def _check_updated(value: Any) -> None:
    machine = _machine(value)
    assert machine.instance_id == "01JHX1NEWINSTANCE000000000"
    assert machine.to_dict()["config"]["env"] == {"LOG_LEVEL": "debug"}


def _check_ok_response(value: Any) -> None:
    assert isinstance(value, OkResponse)
    assert value.ok is True


def _check_started(value: Any) -> None:
    assert isinstance(value, MachineStartResponse)
    assert (value.previous_state, value.migrated, value.new_host) == ("stopped", False, "")


def _check_restarted(value: Any) -> None:
    # The spec declares no body for restart, so the decoded JSON is the value.
    assert value == {"ok": True}


def _check_waited(value: Any) -> None:
    assert isinstance(value, WaitMachineResponse)
    assert (value.ok, value.state) == (True, "started")


@dataclass(frozen=True)
class Expected:
    """A call with optional keywords, the request it must produce and the answer to it."""

    name: str
    function: Callable[..., Any]
    kwargs: dict[str, Any]
    method: str
    path: str
    query: list[tuple[str, str]]
    body: Any  # the JSON body, or None for no body
    nonce: str | None
    answer: Any
    check: Callable[[Any], None]


UPDATED_CONFIG = {**CONFIG, "env": {"LOG_LEVEL": "debug"}}


class _LaunchId:
    """Equal to any launch id the client makes for a create (32 hexadecimal digits)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and re.fullmatch("[0-9a-f]{32}", other) is not None

    def __repr__(self) -> str:
        return "<a launch id>"


A_LAUNCH_ID = _LaunchId()

CASES: tuple[Expected, ...] = (
    Expected(
        "list",
        Machines.list,
        {
            "app_name": APP,
            "include_deleted": True,
            "region": "sjc",
            "state": ["started", "stopped"],
            "summary": True,
            "metadata": {"fly_process_group": "app"},
        },
        "GET",
        f"/v1/apps/{APP}/machines",
        [
            ("include_deleted", "true"),
            ("region", "sjc"),
            ("state", "started,stopped"),
            ("summary", "true"),
            ("metadata.fly_process_group", "app"),
        ],
        None,
        None,
        [MACHINE_JSON, {**MACHINE_JSON, "id": "d8d9e0f1a2b3c4", "state": "stopped"}],
        _check_list,
    ),
    Expected(
        "get",
        Machines.get,
        {"app_name": APP, "machine_id": MACHINE_ID, "version": VERSION, "include_leases": True},
        "GET",
        MACHINE_PATH,
        [("version", VERSION), ("include_leases", "true")],
        None,
        None,
        MACHINE_JSON,
        _check_get,
    ),
    Expected(
        "create",
        Machines.create,
        {
            "app_name": APP,
            "config": CONFIG,
            "region": "sjc",
            "name": "web-1",
            "skip_launch": True,
            "skip_service_registration": True,
            "lease_ttl": 30,
        },
        "POST",
        f"/v1/apps/{APP}/machines",
        [],
        {
            "config": {**CONFIG, "metadata": {LAUNCH_ID_KEY: A_LAUNCH_ID}},
            "region": "sjc",
            "name": "web-1",
            "skip_launch": True,
            "skip_service_registration": True,
            "lease_ttl": 30,
        },
        None,
        {**MACHINE_JSON, "state": "created", "name": "web-1"},
        _check_created,
    ),
    Expected(
        "update",
        Machines.update,
        {
            "app_name": APP,
            "machine_id": MACHINE_ID,
            "config": UPDATED_CONFIG,
            "current_version": VERSION,
            "nonce": NONCE,
        },
        "POST",
        MACHINE_PATH,
        [],
        {"config": UPDATED_CONFIG, "current_version": VERSION},
        NONCE,
        {
            **MACHINE_JSON,
            "instance_id": "01JHX1NEWINSTANCE000000000",
            "config": UPDATED_CONFIG,
        },
        _check_updated,
    ),
    Expected(
        "destroy",
        Machines.destroy,
        {"app_name": APP, "machine_id": MACHINE_ID, "force": True, "nonce": NONCE},
        "DELETE",
        MACHINE_PATH,
        [("force", "true")],
        None,
        NONCE,
        {"ok": True},
        _check_ok_response,
    ),
    Expected(
        "start",
        Machines.start,
        {"app_name": APP, "machine_id": MACHINE_ID, "nonce": NONCE},
        "POST",
        f"{MACHINE_PATH}/start",
        [],
        None,
        NONCE,
        {"previous_state": "stopped", "migrated": False, "new_host": ""},
        _check_started,
    ),
    Expected(
        "stop",
        Machines.stop,
        {
            "app_name": APP,
            "machine_id": MACHINE_ID,
            "signal": "SIGTERM",
            "timeout": 10,
            "nonce": NONCE,
        },
        "POST",
        f"{MACHINE_PATH}/stop",
        [],
        {"signal": "SIGTERM", "timeout": "10s"},
        NONCE,
        {"ok": True},
        _check_ok_response,
    ),
    Expected(
        "restart",
        Machines.restart,
        {
            "app_name": APP,
            "machine_id": MACHINE_ID,
            "signal": "SIGINT",
            "timeout": "5s",
            "nonce": NONCE,
        },
        "POST",
        f"{MACHINE_PATH}/restart",
        [("timeout", "5s"), ("signal", "SIGINT")],
        None,
        NONCE,
        {"ok": True},
        _check_restarted,
    ),
    Expected(
        "signal",
        Machines.signal,
        {"app_name": APP, "machine_id": MACHINE_ID, "signal": "SIGUSR1"},
        "POST",
        f"{MACHINE_PATH}/signal",
        [],
        {"signal": "SIGUSR1"},
        None,
        {"ok": True},
        _check_ok_response,
    ),
    Expected(
        "wait",
        Machines.wait,
        {
            "app_name": APP,
            "machine_id": MACHINE_ID,
            "instance_id": VERSION,
            "state": ["started", "stopped"],
            "timeout": 30,
            "from_event_id": "01JHX0N4T8B2V5C9Y7D3K6M1QW",
        },
        "GET",
        f"{MACHINE_PATH}/wait",
        [
            ("instance_id", VERSION),
            ("from_event_id", "01JHX0N4T8B2V5C9Y7D3K6M1QW"),
            ("timeout", "30"),
            ("state", "started"),
            ("state", "stopped"),
        ],
        None,
        None,
        {"ok": True, "state": "started"},
        _check_waited,
    ),
)

AUTHORIZATION = [(TOKEN, f"FlyV1 {TOKEN}"), (PLAIN_TOKEN, f"Bearer {PLAIN_TOKEN}")]


def _only_request(route: respx.Route) -> httpx.Request:
    assert route.call_count == 1
    request: httpx.Request = route.calls.last.request
    return request


@pytest.mark.parametrize(("token", "authorization"), AUTHORIZATION, ids=["macaroon", "plain"])
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_sends_the_exact_request_and_parses_the_answer(
    kind: Kind, api: respx.MockRouter, case: Expected, token: str, authorization: str
) -> None:
    route = api.route().mock(return_value=answering(200, case.answer))
    client = mock_client(kind, api, token=token)

    result = await run_result(client, case.function, **case.kwargs)

    assert isinstance(result, Ok), result
    case.check(result.value)
    request = _only_request(route)
    assert request.method == case.method
    assert str(request.url.copy_with(query=None)) == BASE + case.path
    assert sorted(request.url.params.multi_items()) == sorted(case.query)
    assert request.headers["authorization"] == authorization
    assert request.headers["user-agent"] == USER_AGENT
    assert request.headers.get("fly-machine-lease-nonce") == case.nonce
    if case.body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == case.body


@pytest.mark.parametrize("seed", SEEDS, ids=SEED_IDS)
async def test_required_keywords_alone_send_no_options(
    kind: Kind, api: respx.MockRouter, seed: Seed
) -> None:
    route = api.route().mock(return_value=answering(200, seed.answer))

    result = await run_result(mock_client(kind, api), seed.function, **seed.kwargs)

    assert result.ok, result
    request = _only_request(route)
    assert (request.method, str(request.url)) == (seed.method, seed.url)
    assert "fly-machine-lease-nonce" not in request.headers


async def test_wait_gives_the_server_its_whole_timeout_before_reading_times_out(
    kind: Kind, api: respx.MockRouter
) -> None:
    route = api.route().mock(return_value=answering(200, {"ok": True, "state": "stopped"}))
    client = mock_client(kind, api, timeout=5.0)

    await run_result(client, Machines.wait, app_name=APP, machine_id=MACHINE_ID, state="stopped")

    request = _only_request(route)
    assert request.url.params["timeout"] == "60"
    # The server holds a wait for up to `timeout` seconds: reading must not give up first.
    assert request.extensions["timeout"]["read"] > 60


async def test_create_accepts_the_generated_config_model(kind: Kind, api: respx.MockRouter) -> None:
    route = api.route().mock(return_value=answering(200, MACHINE_JSON))
    model = FlyMachineConfig.from_dict(CONFIG)

    result = await run_result(mock_client(kind, api), Machines.create, app_name=APP, config=model)

    assert result.ok, result
    sent = {**CONFIG, "metadata": {LAUNCH_ID_KEY: A_LAUNCH_ID}}
    assert json.loads(_only_request(route).content) == {"config": sent}


@pytest.mark.parametrize("spelling", ["SIGTERM", "term", "sigterm", 15, signals.SIGTERM])
async def test_signal_names_are_sent_as_the_api_spells_them(
    kind: Kind, api: respx.MockRouter, spelling: str | int
) -> None:
    route = api.route().mock(return_value=answering(200, {"ok": True}))

    result = await run_result(
        mock_client(kind, api),
        Machines.signal,
        app_name=APP,
        machine_id=MACHINE_ID,
        signal=spelling,
    )

    assert result.ok, result
    assert json.loads(_only_request(route).content) == {"signal": "SIGTERM"}


async def test_a_user_agent_the_user_chose_is_kept(kind: Kind, api: respx.MockRouter) -> None:
    route = api.route().mock(return_value=answering(200, MACHINE_JSON))
    http = mock_http(kind, api, headers={"User-Agent": "deployer/2.1"})
    client = mock_client(kind, api, http_client=http)

    await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    request = _only_request(route)
    assert request.headers["user-agent"] == "deployer/2.1"
    assert request.headers["authorization"] == f"FlyV1 {TOKEN}"
