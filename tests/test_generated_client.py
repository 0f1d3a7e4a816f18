"""The generated low-level client (fly_machines_api) against mocked Machines API answers.

Each test checks the exact request the client sends (method, path with /v1, query,
headers, JSON body) and what it makes of a realistic answer (bodies as the live API sends
them, see spec/PROVENANCE.md). Every test runs twice: through the sync and the asyncio
function of the operation.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import httpx
import pytest
import respx
from fly_machines_api import AuthenticatedClient
from fly_machines_api.api.machines import (
    machines_create,
    machines_create_lease,
    machines_delete,
    machines_exec,
    machines_list,
    machines_release_lease,
    machines_show,
    machines_start,
    machines_stop,
    machines_update,
    machines_wait,
)
from fly_machines_api.models import (
    CreateLeaseRequest,
    CreateMachineRequest,
    ErrorResponse,
    Flydv1ExecResponse,
    FlyMachineConfig,
    FlyMachineGuest,
    FlyMachineRestart,
    FlyMachineRestartPolicy,
    Lease,
    LeaseEnvelope,
    LeaseRefusal,
    LeaseReleaseEnvelope,
    Machine,
    MachineExecRequest,
    MachineStartResponse,
    MachinesWaitStateItem,
    MainStatusCode,
    OkResponse,
    StopRequest,
    StopRequestSignal,
    UpdateMachineRequest,
    WaitMachineResponse,
)
from fly_machines_api.types import UNSET, MissingFieldError, Unset

T = TypeVar("T")

BASE_URL = "https://api.machines.dev"
TOKEN = "test-token-not-a-secret"
APP = "my-app"
MACHINE_ID = "148ed193b95e89"
NONCE = "e6b8c8b3f2a94e1b"
MACHINE_PATH = f"/v1/apps/{APP}/machines/{MACHINE_ID}"

MACHINE_CONFIG = {
    "image": "registry-1.docker.io/library/nginx:1.27",
    "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
    "restart": {"policy": "on-failure", "max_retries": 3},
    "env": {"PORT": "8080"},
    "services": [
        {
            "protocol": "tcp",
            "internal_port": 8080,
            "autostop": "stop",
            "ports": [{"port": 443, "handlers": ["tls", "http"]}],
        }
    ],
}


def machine_json(state: str = "started", instance_id: str = "01JHWYS8D584GY0GHBDF9VGQGM") -> Any:
    return {
        "id": MACHINE_ID,
        "name": "quiet-sky-1234",
        "state": state,
        "region": "ord",
        "instance_id": instance_id,
        "version": instance_id,
        "private_ip": "fdaa:0:3b99:a7b:1f6:4ad2:1b22:2",
        "created_at": "2025-01-15T10:00:00Z",
        "updated_at": "2025-01-15T10:00:05Z",
        "config": MACHINE_CONFIG,
        "image_ref": {
            "registry": "registry-1.docker.io",
            "repository": "library/nginx",
            "tag": "1.27",
            "digest": "sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a",
        },
        "events": [
            {
                "id": "01JHWYS9ZQ7K3V5MBX6Q2J4D8N",
                "type": "launch",
                "status": "created",
                "source": "user",
                "timestamp": 1736935200000,
            }
        ],
        "host_status": "ok",
    }


@pytest.fixture(params=["sync", "asyncio"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE_URL, token=TOKEN)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        yield router


async def call(flavour: str, operation: ModuleType, *args: Any, **kwargs: Any) -> Any:
    """operation.sync_detailed(...) or await operation.asyncio_detailed(...)."""
    if flavour == "sync":
        return operation.sync_detailed(*args, **kwargs)
    return await operation.asyncio_detailed(*args, **kwargs)


def present(value: T | Unset) -> T:
    """The value of an optional model field that the answer did carry."""
    assert not isinstance(value, Unset)
    return value


def sent(route: respx.Route) -> httpx.Request:
    assert route.call_count == 1
    request: httpx.Request = route.calls.last.request
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    return request


def query_of(request: httpx.Request) -> list[tuple[str, str]]:
    return sorted(parse_qsl(request.url.query.decode(), keep_blank_values=True))


def body_of(request: httpx.Request) -> Any:
    assert request.headers["content-type"] == "application/json"
    return json.loads(request.content)


@pytest.mark.anyio
async def test_list_machines(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    route = api.get(f"/v1/apps/{APP}/machines").respond(
        200, json=[machine_json(), {**machine_json("stopped"), "id": "3d8d9017c62938"}]
    )
    response = await call(
        flavour, machines_list, APP, client=client, region="ord", include_deleted=False
    )
    request = sent(route)
    assert request.method == "GET"
    assert request.url.path == f"/v1/apps/{APP}/machines"
    assert query_of(request) == [("include_deleted", "false"), ("region", "ord")]
    assert response.status_code == 200
    machines = response.parsed
    assert [type(m) for m in machines] == [Machine, Machine]
    assert [(m.id, m.state) for m in machines] == [
        (MACHINE_ID, "started"),
        ("3d8d9017c62938", "stopped"),
    ]


@pytest.mark.anyio
async def test_get_machine(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    route = api.get(MACHINE_PATH).respond(
        200, json=machine_json(), headers={"fly-request-id": "01JHWYS8D584GY0GHBDF9VGQGM-chi"}
    )
    response = await call(flavour, machines_show, APP, MACHINE_ID, client=client)
    request = sent(route)
    assert (request.method, request.url.path, request.url.query) == ("GET", MACHINE_PATH, b"")
    machine = response.parsed
    assert isinstance(machine, Machine)
    assert machine.to_dict() == machine_json()
    config = present(machine.config)
    assert config.image == "registry-1.docker.io/library/nginx:1.27"
    assert present(config.guest).memory_mb == 256
    assert present(config.restart).policy is FlyMachineRestartPolicy.ON_FAILURE
    service = present(config.services)[0]
    assert present(service.ports)[0].handlers == ["tls", "http"]
    assert present(machine.image_ref).tag == "1.27"
    assert present(machine.events)[0].type_ == "launch"
    assert response.headers["fly-request-id"] == "01JHWYS8D584GY0GHBDF9VGQGM-chi"


@pytest.mark.anyio
async def test_plain_functions_return_the_parsed_answer(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    api.get(MACHINE_PATH).respond(200, json=machine_json())
    if flavour == "sync":
        machine = machines_show.sync(APP, MACHINE_ID, client=client)
    else:
        machine = await machines_show.asyncio(APP, MACHINE_ID, client=client)
    assert isinstance(machine, Machine) and machine.id == MACHINE_ID


@pytest.mark.anyio
async def test_an_answer_without_a_field_the_api_always_sends_raises_naming_it(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    # The low-level client has no Err to return: it raises, naming the model and the field.
    answer = {k: v for k, v in machine_json().items() if k != "instance_id"}
    api.get(MACHINE_PATH).respond(200, json=answer)
    with pytest.raises(MissingFieldError) as raised:
        await call(flavour, machines_show, APP, MACHINE_ID, client=client)
    assert (raised.value.model, raised.value.field) == ("Machine", "instance_id")
    assert "Machine has no 'instance_id'" in str(raised.value)


def new_config() -> FlyMachineConfig:
    return FlyMachineConfig(
        image="registry-1.docker.io/library/nginx:1.27",
        guest=FlyMachineGuest(cpu_kind="shared", cpus=1, memory_mb=256),
        restart=FlyMachineRestart(policy=FlyMachineRestartPolicy.ON_FAILURE, max_retries=3),
    )


CONFIG_JSON = {
    "image": "registry-1.docker.io/library/nginx:1.27",
    "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
    "restart": {"policy": "on-failure", "max_retries": 3},
}


@pytest.mark.anyio
async def test_create_machine(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    # The live API answers create with 200 and the machine, usually in state "created".
    route = api.post(f"/v1/apps/{APP}/machines").respond(200, json=machine_json("created"))
    body = CreateMachineRequest(name="quiet-sky-1234", region="ord", config=new_config())
    response = await call(flavour, machines_create, APP, client=client, body=body)
    request = sent(route)
    assert (request.method, request.url.path) == ("POST", f"/v1/apps/{APP}/machines")
    assert body_of(request) == {"name": "quiet-sky-1234", "region": "ord", "config": CONFIG_JSON}
    assert isinstance(response.parsed, Machine)
    assert (response.parsed.id, response.parsed.state) == (MACHINE_ID, "created")


@pytest.mark.anyio
async def test_create_machine_with_a_taken_name(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    api.post(f"/v1/apps/{APP}/machines").respond(
        422,
        json={"error": "a machine with name quiet-sky-1234 already exists", "status": "name_taken"},
    )
    body = CreateMachineRequest(name="quiet-sky-1234", config=new_config())
    response = await call(flavour, machines_create, APP, client=client, body=body)
    assert response.status_code == 422
    error = response.parsed
    assert isinstance(error, ErrorResponse)
    assert error.status is MainStatusCode.NAME_TAKEN_ERR
    assert error.error == "a machine with name quiet-sky-1234 already exists"


@pytest.mark.anyio
async def test_update_machine_with_the_lease_nonce(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    new_instance = "01JHX0B5T9Q3PZ1R7W2M8C4E6A"
    route = api.post(MACHINE_PATH).respond(200, json=machine_json("started", new_instance))
    body = UpdateMachineRequest(config=new_config(), region="ord")
    response = await call(
        flavour,
        machines_update,
        APP,
        MACHINE_ID,
        client=client,
        body=body,
        fly_machine_lease_nonce=NONCE,
    )
    request = sent(route)
    assert (request.method, request.url.path) == ("POST", MACHINE_PATH)
    assert request.headers["fly-machine-lease-nonce"] == NONCE
    assert body_of(request) == {"config": CONFIG_JSON, "region": "ord"}
    assert isinstance(response.parsed, Machine)
    assert response.parsed.instance_id == new_instance


@pytest.mark.anyio
async def test_wait_for_either_of_two_states(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    route = api.get(f"{MACHINE_PATH}/wait").respond(200, json={"ok": True, "state": "stopped"})
    response = await call(
        flavour,
        machines_wait,
        APP,
        MACHINE_ID,
        client=client,
        state=[MachinesWaitStateItem.STARTED, MachinesWaitStateItem.STOPPED],
        timeout=30,
        instance_id="01JHWYS8D584GY0GHBDF9VGQGM",
    )
    request = sent(route)
    assert (request.method, request.url.path) == ("GET", f"{MACHINE_PATH}/wait")
    # state is repeated, not joined with commas.
    assert query_of(request) == [
        ("instance_id", "01JHWYS8D584GY0GHBDF9VGQGM"),
        ("state", "started"),
        ("state", "stopped"),
        ("timeout", "30"),
    ]
    assert request.url.params.get_list("state") == ["started", "stopped"]
    assert isinstance(response.parsed, WaitMachineResponse)
    assert (response.parsed.ok, response.parsed.state) == (True, "stopped")


@pytest.mark.anyio
async def test_wait_that_times_out_is_an_error_response(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    message = "deadline_exceeded: machine failed to reach desired state, started, currently stopped"
    api.get(f"{MACHINE_PATH}/wait").respond(408, json={"error": message})
    response = await call(
        flavour,
        machines_wait,
        APP,
        MACHINE_ID,
        client=client,
        state=[MachinesWaitStateItem.STARTED],
        timeout=1,
    )
    assert response.status_code == 408
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error == message
    assert response.parsed.status is UNSET


@pytest.mark.anyio
async def test_create_lease(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    route = api.post(f"{MACHINE_PATH}/lease").respond(
        201,
        json={
            "status": "success",
            "data": {
                "nonce": NONCE,
                "expires_at": 1736935230,
                "owner": "deployer@example.com",
                "description": "deploy",
                "version": "01JHWYS8D584GY0GHBDF9VGQGM",
            },
        },
    )
    body = CreateLeaseRequest(ttl=30, description="deploy")
    response = await call(flavour, machines_create_lease, APP, MACHINE_ID, client=client, body=body)
    request = sent(route)
    assert (request.method, request.url.path) == ("POST", f"{MACHINE_PATH}/lease")
    assert "fly-machine-lease-nonce" not in request.headers
    assert body_of(request) == {"ttl": 30, "description": "deploy"}
    assert response.status_code == 201
    envelope = response.parsed
    assert isinstance(envelope, LeaseEnvelope)
    assert envelope.status == "success"
    assert isinstance(envelope.data, Lease)
    # expires_at is Unix seconds on the wire (15-timestamps.yaml) and a datetime here.
    expires = datetime.datetime(2025, 1, 15, 10, 0, 30, tzinfo=datetime.timezone.utc)
    assert (envelope.data.nonce, envelope.data.expires_at) == (NONCE, expires)
    assert envelope.to_dict()["data"]["expires_at"] == 1736935230
    assert envelope.data.owner == "deployer@example.com"


@pytest.mark.anyio
async def test_create_lease_held_by_someone_else(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    message = f"machine ID {MACHINE_ID} lease currently held by other@example.com"
    api.post(f"{MACHINE_PATH}/lease").respond(
        409, json={"status": "error", "message": message, "code": "invalid"}
    )
    response = await call(
        flavour, machines_create_lease, APP, MACHINE_ID, client=client, body=CreateLeaseRequest()
    )
    assert response.status_code == 409
    refusal = response.parsed
    assert isinstance(refusal, LeaseRefusal)  # not the envelope, whose data is always there
    assert (refusal.status, refusal.message, refusal.code) == ("error", message, "invalid")


@pytest.mark.anyio
async def test_release_lease_with_the_nonce(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    route = api.delete(f"{MACHINE_PATH}/lease").respond(
        200, json={"status": "success", "data": {"ok": True}}
    )
    response = await call(
        flavour,
        machines_release_lease,
        APP,
        MACHINE_ID,
        client=client,
        fly_machine_lease_nonce=NONCE,
    )
    request = sent(route)
    assert (request.method, request.url.path) == ("DELETE", f"{MACHINE_PATH}/lease")
    assert request.headers["fly-machine-lease-nonce"] == NONCE
    assert request.content == b""
    envelope = response.parsed
    assert isinstance(envelope, LeaseReleaseEnvelope)
    assert envelope.status == "success"
    assert present(envelope.data).ok is True


@pytest.mark.anyio
async def test_exec(flavour: str, client: AuthenticatedClient, api: respx.MockRouter) -> None:
    route = api.post(f"{MACHINE_PATH}/exec").respond(
        200, json={"exit_code": 0, "stdout": "hello\n", "stderr": ""}
    )
    body = MachineExecRequest(command=["sh", "-c", "echo hello"], timeout=10)
    response = await call(flavour, machines_exec, APP, MACHINE_ID, client=client, body=body)
    request = sent(route)
    assert (request.method, request.url.path) == ("POST", f"{MACHINE_PATH}/exec")
    assert body_of(request) == {"command": ["sh", "-c", "echo hello"], "timeout": 10}
    result = response.parsed
    assert isinstance(result, Flydv1ExecResponse)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "hello\n", "")


@pytest.mark.anyio
async def test_stop_with_signal_timeout_and_nonce(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    route = api.post(f"{MACHINE_PATH}/stop").respond(200, json={"ok": True})
    response = await call(
        flavour,
        machines_stop,
        APP,
        MACHINE_ID,
        client=client,
        body=StopRequest(signal=StopRequestSignal.SIGTERM, timeout="30s"),
        fly_machine_lease_nonce=NONCE,
    )
    request = sent(route)
    assert (request.method, request.url.path) == ("POST", f"{MACHINE_PATH}/stop")
    assert request.headers["fly-machine-lease-nonce"] == NONCE
    assert body_of(request) == {"signal": "SIGTERM", "timeout": "30s"}
    assert isinstance(response.parsed, OkResponse)
    assert response.parsed.ok is True


@pytest.mark.anyio
async def test_start_reports_the_previous_state(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    route = api.post(f"{MACHINE_PATH}/start").respond(
        200, json={"previous_state": "stopped", "migrated": False, "new_host": ""}
    )
    response = await call(flavour, machines_start, APP, MACHINE_ID, client=client)
    request = sent(route)
    assert (request.method, request.url.path) == ("POST", f"{MACHINE_PATH}/start")
    assert "fly-machine-lease-nonce" not in request.headers
    assert isinstance(response.parsed, MachineStartResponse)
    assert (response.parsed.previous_state, response.parsed.migrated) == ("stopped", False)


@pytest.mark.anyio
async def test_destroy_refused_in_the_wrong_state_is_an_error_response(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    message = "failed_precondition: unable to destroy machine, not currently stopped or suspended"
    route = api.delete(MACHINE_PATH).respond(412, json={"error": message})
    response = await call(flavour, machines_delete, APP, MACHINE_ID, client=client)
    request = sent(route)
    assert (request.method, request.url.path, request.url.query) == ("DELETE", MACHINE_PATH, b"")
    assert response.status_code == 412
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error == message


@pytest.mark.anyio
async def test_forced_destroy(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    route = api.delete(MACHINE_PATH).respond(200, json={"ok": True})
    response = await call(
        flavour,
        machines_delete,
        APP,
        MACHINE_ID,
        client=client,
        force=True,
        fly_machine_lease_nonce=NONCE,
    )
    request = sent(route)
    assert query_of(request) == [("force", "true")]
    assert request.headers["fly-machine-lease-nonce"] == NONCE
    assert isinstance(response.parsed, OkResponse) and response.parsed.ok is True


@pytest.mark.anyio
async def test_rate_limited_answer_parses_as_an_error_response(
    flavour: str, client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    api.get(MACHINE_PATH).respond(
        429, json={"error": "rate limit exceeded"}, headers={"retry-after": "1"}
    )
    response = await call(flavour, machines_show, APP, MACHINE_ID, client=client)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "1"
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error == "rate limit exceeded"


def test_the_token_stays_out_of_the_client_repr(client: AuthenticatedClient) -> None:
    with_headers = client.with_headers({"x-extra": "1"})
    for text in (repr(client), str(client), repr(with_headers)):
        assert TOKEN not in text
