"""What the simulator accepts and refuses: metadata merges as the pinned spec says, no
input produces a 500, bounds on sizes and names, and request bodies checked against the
patched spec's schemas (400 naming the field; unknown fields still accepted)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from fly_machines_api.operations import OPERATIONS
from support.sim import raw_client

from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator, _bugs, pytest_plugin
from fly_machines.testing.resources import HANDLERS, schemas

APP = "checks-app"
IMAGE = "registry-1.docker.io/library/alpine:3"


@pytest.fixture
def sim() -> FlySimulator:
    return FlySimulator(clock=ManualClock(), seed=3)


@pytest.fixture
def http(sim: FlySimulator) -> Iterator[httpx.Client]:
    with raw_client(sim, APP) as client:
        yield client


def _machine(http: httpx.Client, config: dict[str, Any] | None = None) -> str:
    created = http.post(
        f"/v1/apps/{APP}/machines", json={"config": {"image": IMAGE, **(config or {})}}
    )
    assert created.status_code == 200, created.text
    return str(created.json()["id"])


def _path(machine_id: str, action: str = "") -> str:
    return f"/v1/apps/{APP}/machines/{machine_id}" + (f"/{action}" if action else "")


# -- metadata -------------------------------------------------------------------------------
@pytest.mark.parametrize("method", ["PATCH", "PUT"])
def test_metadata_writes_merge_and_null_or_empty_deletes(http: httpx.Client, method: str) -> None:
    mid = _machine(http, {"metadata": {"keep": "1", "drop": "2", "blank": "3"}})
    body = {"metadata": {"new": "4", "drop": None, "blank": ""}}
    assert http.request(method, _path(mid, "metadata"), json=body).status_code == 204
    assert http.get(_path(mid, "metadata")).json() == {"keep": "1", "new": "4"}


def test_metadata_values_that_are_not_strings_are_refused(http: httpx.Client) -> None:
    mid = _machine(http)
    response = http.patch(_path(mid, "metadata"), json={"metadata": {"n": 5}})
    assert response.status_code == 400 and "metadata.n" in response.json()["error"]


# -- no input produces a 500 ----------------------------------------------------------------
def test_a_deeply_nested_body_is_refused_and_recorded(
    sim: FlySimulator, http: httpx.Client
) -> None:
    mid = _machine(http)
    body = b'{"signal": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    response = http.post(_path(mid, "signal"), content=body)
    assert response.status_code == 400 and "nested" in response.json()["error"]
    shallow = b'{"config": {"image": "x", "env": ' + b'{"a": ' * 70 + b"1" + b"}" * 72
    assert http.post(f"/v1/apps/{APP}/machines", content=shallow).status_code == 400
    assert [r.status for r in sim.requests[-2:]] == [400, 400]
    assert sim.errors == []


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_refused(http: httpx.Client, constant: bytes) -> None:
    response = http.post(
        f"/v1/apps/{APP}/volumes", content=b'{"name": "v", "size_gb": ' + constant + b"}"
    )
    assert response.status_code == 400 and "not a JSON number" in response.json()["error"]


@pytest.mark.parametrize("signal", [["SIGKILL"], {"a": 1}, 1.5, True, None])
def test_a_signal_that_is_not_a_name_or_number_is_400(http: httpx.Client, signal: Any) -> None:
    mid = _machine(http)
    http.get(_path(mid, "wait"))
    response = http.post(_path(mid, "signal"), json={"signal": signal})
    assert response.status_code == 400 and "signal" in response.json()["error"]


def test_a_huge_lease_ttl_is_refused_and_others_can_still_act(http: httpx.Client) -> None:
    mid = _machine(http)
    http.get(_path(mid, "wait"))
    for body in ({"ttl": 10**12}, {"ttl": 86_401}, {"ttl": 0}):
        response = http.post(_path(mid, "lease"), json=body)
        assert response.status_code == 400 and "ttl" in response.json()["error"]
    assert http.post(_path(mid, "lease"), json={"ttl": 86_400}).status_code == 201
    assert http.post(_path(mid, "lease"), json={"ttl": 30}).status_code == 409
    assert http.delete(_path(mid), params={"force": "true"}).status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"name": "v", "size_gb": 10**12},
        {"name": "v", "size_gb": 501},
        {"name": "v\x00", "size_gb": 1},
        {"name": "../etc", "size_gb": 1},
        {"name": "v", "snapshot_retention": 10**9},
    ],
)
def test_volume_sizes_and_names_are_bounded(http: httpx.Client, body: dict[str, Any]) -> None:
    response = http.post(f"/v1/apps/{APP}/volumes", json=body)
    assert response.status_code == 400, response.text


def test_extend_beyond_the_largest_volume_is_refused(http: httpx.Client) -> None:
    volume = http.post(f"/v1/apps/{APP}/volumes", json={"name": "v", "size_gb": 1}).json()
    path = f"/v1/apps/{APP}/volumes/{volume['id']}/extend"
    response = http.put(path, json={"size_gb": 10**15})
    assert response.status_code == 400 and "size_gb" in response.json()["error"]


@pytest.mark.parametrize("name", ["a\x00b", "../x", "a/b", "..", "x" * 300])
def test_a_machine_name_with_path_tricks_is_refused(http: httpx.Client, name: str) -> None:
    body = {"name": name, "config": {"image": IMAGE}}
    response = http.post(f"/v1/apps/{APP}/machines", json=body)
    assert response.status_code == 400 and "name" in response.json()["error"]


def _boom(call: Any) -> Any:
    raise TypeError("a simulated bug")


def test_a_simulator_bug_answers_500_json_and_is_recorded(
    sim: FlySimulator, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_bugs, "LISTENERS", [])  # not this test's failure
    monkeypatch.setitem(HANDLERS, "Machines_list", _boom)
    response = http.get(f"/v1/apps/{APP}/machines")
    assert response.status_code == 500
    assert response.json() == {"error": "simulator bug: TypeError: a simulated bug"}
    (bug,) = sim.errors
    assert (bug.method, bug.operation_id, bug.error) == (
        "GET",
        "Machines_list",
        "TypeError: a simulated bug",
    )
    assert "_boom" in bug.traceback
    assert sim.requests[-1].status == 500


def test_the_pytest_plugin_fails_the_test_that_met_a_bug(
    sim: FlySimulator, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_bugs, "LISTENERS", [])
    monkeypatch.setitem(HANDLERS, "Machines_list", _boom)
    around = pytest_plugin.pytest_runtest_call(cast(pytest.Item, None))
    next(around)
    http.get(f"/v1/apps/{APP}/machines")
    with pytest.raises(pytest.fail.Exception, match="TypeError: a simulated bug"):
        around.send(None)
    assert _bugs.LISTENERS == []
    clean = pytest_plugin.pytest_runtest_call(cast(pytest.Item, None))
    next(clean)
    with pytest.raises(StopIteration):
        clean.send(None)


# -- bodies checked against the patched spec's schemas ---------------------------------------
SPEC = Path(__file__).resolve().parent.parent / "generated" / "machines-openapi.patched.json"


def test_the_shipped_spec_is_the_patched_spec_and_covers_the_bodies() -> None:
    shipped = resources.files("fly_machines_api").joinpath("openapi.json").read_text("utf-8")
    assert json.loads(shipped) == json.loads(SPEC.read_text())
    bodies = schemas.spec_schemas()["bodies"]
    assert set(bodies) >= {"Machines_create", "Machines_update", "Volumes_create"}


@pytest.mark.parametrize(
    ("config", "field"),
    [
        ({"guest": {"cpus": "two"}}, "config.guest.cpus"),
        ({"guest": "big"}, "config.guest"),
        ({"services": "x"}, "config.services"),
        ({"env": {"A": 1}}, "config.env.A"),
        ({"services": [{"internal_port": "80"}]}, "config.services[0].internal_port"),
        ({"auto_destroy": "yes"}, "config.auto_destroy"),
        ({"restart": {"policy": "sometimes"}}, "config.restart.policy"),
        ({"guest": {"cpus": 1.5}}, "config.guest.cpus"),
    ],
)
def test_an_ill_typed_config_is_400_naming_the_field(
    http: httpx.Client, config: dict[str, Any], field: str
) -> None:
    body = {"config": {"image": IMAGE, **config}}
    response = http.post(f"/v1/apps/{APP}/machines", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"].startswith(f"invalid {field}:")


@pytest.mark.parametrize(
    ("body", "field"),
    [({"region": 5}, "region"), ({"skip_launch": "yes"}, "skip_launch"), ({"name": 7}, "name")],
)
def test_ill_typed_top_level_fields_are_400(
    http: httpx.Client, body: dict[str, Any], field: str
) -> None:
    response = http.post(f"/v1/apps/{APP}/machines", json={"config": {"image": IMAGE}, **body})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error.startswith(f"invalid {field}: json: cannot unmarshal"), error


def test_unknown_fields_and_nulls_are_accepted(http: httpx.Client) -> None:
    config = {"image": IMAGE, "a_field_from_the_future": {"x": [1, "y"]}, "guest": None}
    body = {"config": config, "also_new": True, "region": None}
    assert http.post(f"/v1/apps/{APP}/machines", json=body).status_code == 200


def test_other_bodies_are_checked_too(http: httpx.Client) -> None:
    response = http.post(f"/v1/apps/{APP}/volumes", json={"name": "v", "size_gb": "1"})
    assert response.status_code == 400 and "size_gb" in response.json()["error"]
    mid = _machine(http)
    response = http.post(_path(mid, "lease"), json={"ttl": "30"})
    assert response.status_code == 400 and "ttl" in response.json()["error"]
    response = http.post(_path(mid, "metadata/k"), json={"value": 1})
    assert response.status_code == 400 and "value" in response.json()["error"]


def test_the_postgres_operations_refuse_a_body_that_does_not_fit_with_their_422(
    http: httpx.Client,
) -> None:
    # Their spec declares 422 for it ("name is required", "kill_sessions must be true or
    # false"), where the Machines operations answer 400.
    misfit = http.post("/v1/postgres", json={"org_slug": "o", "plan": "huge", "region": "iad"})
    assert misfit.status_code == 422 and "plan" in misfit.json()["error"]
    missing = http.post("/v1/postgres", json={"org_slug": "o", "region": "iad"})
    assert missing.status_code == 422 and "plan" in missing.json()["error"]
    not_json = http.post("/v1/postgres", content=b"{", headers={"content-type": "application/json"})
    assert not_json.status_code == 400
    assert http.get("/v1/postgres", params={"org_slug": "o"}).json() == {"data": []}


# -- nothing answers 500: every handled operation, fed odd values --------------------------
ODD: list[Any] = [
    None, True, -1, 0, 10**30, 1.5, 1e308, "", "x", "\x00", "../..", "9" * 50, [], [1, [2]],
    {}, {"a": {"b": [None]}},
]  # fmt: skip
ODD_QUERY = ["", "-1", "0", "99999999999999999999", "x", "\x00", "true", "SIGKILL", "1s"]


def _fields(operation_id: str) -> list[str]:
    name = schemas.spec_schemas()["bodies"].get(operation_id)
    if name is None:
        return ["signal", "ttl", "value", "timeout", "config"]
    schema = schemas.spec_schemas()["schemas"][name]
    return sorted(schema.get("properties") or {})


@pytest.mark.parametrize("operation_id", sorted(HANDLERS))
def test_no_odd_input_answers_500(sim: FlySimulator, http: httpx.Client, operation_id: str) -> None:
    operation = OPERATIONS[operation_id]
    mid = _machine(http, {"checks": {"c": {"type": "tcp", "grace_period": "1s"}}})
    volume = http.post(f"/v1/apps/{APP}/volumes", json={"name": "v", "size_gb": 1}).json()
    cluster = http.post("/v1/postgres", json={"org_slug": "o", "plan": "basic", "region": "iad"})
    cast(ManualClock, sim.clock).advance(2.0)  # the cluster is ready
    values = {
        "app_name": APP, "machine_id": mid, "volume_id": volume["id"], "key": "k",
        "secret_name": "S", "hostname": "example.com", "ip": "203.0.113.1", "org_slug": "personal",
        "postgres_cluster_id": cluster.json()["data"]["id"], "database_name": "fly-db",
        "username": "fly-user", "extension_name": "citext",
    }  # fmt: skip
    path = operation.path.format(**values)
    bodies: list[Any] = [{field: odd} for field in _fields(operation_id) for odd in ODD]
    bodies += [{"config": {"image": IMAGE, "guest": {"cpus": odd}}} for odd in ODD]
    bodies += ODD
    for body in bodies:
        response = http.request(operation.method, path, json=body)
        assert response.status_code < 500, (body, response.text)
    for name in operation.query_parameters:
        for odd in ODD_QUERY:
            response = http.request(operation.method, path, params={name: odd, "timeout": "1"})
            assert response.status_code < 500, (name, odd, response.text)
    assert sim.errors == []
