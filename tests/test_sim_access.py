"""Authentication, rate limits, unknown and unimplemented operations, request ids."""

from __future__ import annotations

import json

import httpx
import pytest
from support.project import PATCHED_SPEC
from support.sim import (
    AUTH,
    ORG,
    REQUEST_ID,
    TOKEN,
    Api,
    Req,
    Scenario,
    get,
    machine_path,
    post,
    started_machine,
)
from support.sim import api as api  # the fixture: a simulator per kind of httpx client

from fly_machines.testing import FlySimulator
from fly_machines.testing.resources import HANDLERS
from fly_machines.testing.simulator import OPEN_OPERATIONS

UNAUTHENTICATED = {"error": "Authenticate: token validation error"}


@pytest.mark.parametrize("header", [None, "", "Bearer", "Basic abc", "Bearer   "])
def test_requests_without_a_token_are_401(api: Api, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header}
    response = api.one(get("/v1/apps", [("org_slug", ORG)]), headers=headers)
    assert (response.status_code, response.json()) == (401, UNAUTHENTICATED)
    assert REQUEST_ID.match(response.headers["fly-request-id"])


def test_a_configured_token_is_required(api: Api) -> None:
    api = Api(api.kind, token=TOKEN)
    request = get("/v1/apps", [("org_slug", ORG)])
    for scheme in ("Bearer", "FlyV1"):
        response = api.one(request, headers={"Authorization": f"{scheme} {TOKEN}"})
        assert response.status_code == 200, scheme
    response = api.one(request, headers={"Authorization": "Bearer someone-else"})
    assert (response.status_code, response.json()) == (401, UNAUTHENTICATED)


def test_the_token_never_shows_in_the_simulator_or_its_log() -> None:
    sim = FlySimulator(token="s3cr3t-token-value")
    api = Api("sync")
    api.one(get("/v1/apps", [("org_slug", ORG)]))
    assert "s3cr3t" not in repr(sim)
    [record] = api.sim.requests
    assert "authorization" not in record.headers
    assert TOKEN not in repr(record) and TOKEN not in str(record.headers)


def test_unknown_paths_are_404_and_wrong_methods_405(api: Api) -> None:
    response = api.one(get("/v1/nothing/here"))
    assert response.status_code == 404
    assert "/v1/nothing/here" in response.json()["error"]
    response = api.one(Req("PATCH", "/v1/apps"))
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"


@pytest.mark.parametrize(
    ("request_", "operation_id"),
    [
        (get("/v1/postgres", [("org_slug", ORG)]), "Postgres_list"),
        (get("/v1/tokens/current"), "CurrentToken_show"),
    ],
)
def test_an_operation_no_resource_handles_is_501_naming_it(
    api: Api, request_: Req, operation_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every operation of the spec is simulated now: this one is unregistered for the test.
    monkeypatch.delitem(HANDLERS, operation_id)
    response = api.one(request_)
    assert response.status_code == 501
    assert operation_id in response.json()["error"]


def test_rate_limits_per_action_per_machine(api: Api) -> None:
    api = Api(api.kind, rate_limit=True)

    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        events = machine_path(mid, "events")
        for _ in range(3):  # a burst of 3
            assert (yield get(events)).status_code == 200
        response = yield get(events)
        assert response.status_code == 429
        assert response.headers["retry-after"] == "1"
        assert "Machines_list_events" in response.json()["error"]
        # Another action on the same machine has its own bucket.
        assert (yield get(machine_path(mid, "versions"))).status_code == 200
        api.clock.advance(1.0)
        assert (yield get(events)).status_code == 200
        assert (yield get(events)).status_code == 429
        # Get Machine: bursts of 10, then 5 a second.
        statuses = []
        for _ in range(11):
            statuses.append((yield get(machine_path(mid))).status_code)
        assert statuses == [200] * 10 + [429]
        api.clock.advance(0.2)
        assert (yield get(machine_path(mid))).status_code == 200

    api.run(scenario())


def test_every_answer_has_its_own_request_id(api: Api) -> None:
    def scenario() -> Scenario[None]:
        ids = set()
        for _ in range(5):
            response = yield get("/v1/apps", [("org_slug", ORG)])
            assert REQUEST_ID.match(response.headers["fly-request-id"])
            ids.add(response.headers["fly-request-id"])
        assert len(ids) == 5

    api.run(scenario())


def test_the_request_log_names_routes_and_statuses(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        yield post(machine_path(mid, "start"))

    api.run(scenario())
    log = api.sim.requests
    assert [(r.method, r.route, r.status) for r in log] == [
        ("POST", "/v1/apps", 201),
        ("POST", "/v1/apps/{app_name}/machines", 200),
        ("GET", "/v1/apps/{app_name}/machines/{machine_id}/wait", 200),
        ("POST", "/v1/apps/{app_name}/machines/{machine_id}/start", 412),
    ]
    assert log[1].json()["config"]["image"]
    assert [r.path for r in api.sim.requests_to("Machines_start")] == [log[3].path]
    assert len(api.sim.requests_to("POST /v1/apps/{app_name}/machines")) == 1
    assert all(r.outcome == "answered" for r in log)
    assert AUTH["Authorization"] not in str(log)


def test_the_operations_the_spec_declares_open_need_no_token() -> None:
    # `security: []` in the spec: Platform_regions_get, Tokens_authenticate, Tokens_authorize.
    spec = json.loads(PATCHED_SPEC.read_text())
    declared_open = {
        operation["operationId"]
        for methods in spec["paths"].values()
        for operation in methods.values()
        if isinstance(operation, dict) and operation.get("security") == []
    }
    assert declared_open == set(OPEN_OPERATIONS)
    sim = FlySimulator(token="the-only-token")
    client = httpx.Client(transport=sim.transport(), base_url="http://sim.invalid")
    assert client.get("/v1/platform/regions").status_code == 200
    assert client.get("/v1/apps", params={"org_slug": "personal"}).status_code == 401
