"""The exact requests fly-go's flaps package sends (method, path, query, body) get the live
API's answers from the simulator."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from support.sim import raw_client

from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator

APP = "flygo-app"
IMAGE = "registry-1.docker.io/library/alpine:3"
NONCE = "fly-machine-lease-nonce"


@pytest.fixture
def sim() -> FlySimulator:
    return FlySimulator(clock=ManualClock(), seed=2)


@pytest.fixture
def http(sim: FlySimulator) -> Iterator[httpx.Client]:
    with raw_client(sim, APP) as client:
        yield client


def _started(http: httpx.Client, config: dict[str, Any] | None = None) -> str:
    created = http.post(
        f"/v1/apps/{APP}/machines", json={"config": {"image": IMAGE, **(config or {})}}
    )
    machine_id = str(created.json()["id"])
    assert http.get(f"/v1/apps/{APP}/machines/{machine_id}/wait").status_code == 200
    return machine_id


def _path(machine_id: str, action: str = "") -> str:
    return f"/v1/apps/{APP}/machines/{machine_id}" + (f"/{action}" if action else "")


def test_lease_ttl_as_a_query_parameter_with_no_body(sim: FlySimulator, http: httpx.Client) -> None:
    mid = _started(http)
    acquired = http.post(_path(mid, "lease"), params={"ttl": "120"})
    assert acquired.status_code == 201
    lease = acquired.json()["data"]
    assert lease["expires_at"] == int(sim.clock.time()) + 120
    sim.clock.advance(100)  # type: ignore[attr-defined]
    refreshed = http.post(
        _path(mid, "lease"), params={"ttl": "300"}, headers={NONCE: lease["nonce"]}
    )
    assert refreshed.status_code == 201
    assert refreshed.json()["data"]["expires_at"] == int(sim.clock.time()) + 300
    sim.clock.advance(250)  # type: ignore[attr-defined]  # past the first ttl, not the second
    other = http.post(_path(mid, "lease"), params={"ttl": "10"})
    assert other.status_code == 409


@pytest.mark.parametrize("ttl", ["0", "-5", "abc", "1e3", str(10**12)])
def test_a_query_ttl_that_is_not_sane_is_refused(http: httpx.Client, ttl: str) -> None:
    mid = _started(http)
    response = http.post(_path(mid, "lease"), params={"ttl": ttl})
    assert response.status_code == 400
    assert "ttl" in response.json()["error"]


def test_delete_with_kill_true_force_destroys(http: httpx.Client) -> None:
    mid = _started(http)
    assert http.delete(_path(mid)).status_code == 412  # running: a plain destroy is refused
    response = http.delete(_path(mid), params={"kill": "true"})
    assert (response.status_code, response.json()) == (200, {"ok": True})
    waited = http.get(_path(mid, "wait"), params={"state": "destroyed"})
    assert waited.status_code == 200


def test_kill_sends_signal_9_as_a_number(http: httpx.Client) -> None:
    mid = _started(http, {"restart": {"policy": "no"}})
    response = http.post(_path(mid, "signal"), json={"signal": 9})
    assert (response.status_code, response.json()) == (200, {"ok": True})
    machine = http.get(_path(mid)).json()
    assert machine["state"] == "stopped"
    detail = machine["events"][0]["request"]["exit_event"]
    assert (detail["exit_code"], detail["signal"]) == (137, 9)


def test_a_signal_by_number_other_than_kill_leaves_the_machine_running(
    http: httpx.Client,
) -> None:
    mid = _started(http)
    assert http.post(_path(mid, "signal"), json={"signal": 15}).status_code == 200
    assert http.post(_path(mid, "signal"), json={"signal": "SIGUSR1"}).status_code == 200
    assert http.get(_path(mid)).json()["state"] == "started"
    assert http.post(_path(mid, "signal"), json={"signal": 99}).status_code == 400


@pytest.mark.parametrize(
    "body",
    [
        {"timeout": 10000000000},
        {"timeout": "0s"},
        {"signal": "SIGTERM", "timeout": "1m30s"},
        {"signal": "SIGINT", "timeout": 0},
    ],
)
def test_stop_with_a_go_duration_timeout(http: httpx.Client, body: dict[str, Any]) -> None:
    mid = _started(http)
    response = http.post(_path(mid, "stop"), json=body)
    assert (response.status_code, response.json()) == (200, {"ok": True})


@pytest.mark.parametrize("body", [{"timeout": "soon"}, {"timeout": -1}, {"timeout": [1]}])
def test_stop_with_a_timeout_that_is_not_a_duration_is_refused(
    http: httpx.Client, body: dict[str, Any]
) -> None:
    mid = _started(http)
    response = http.post(_path(mid, "stop"), json=body)
    assert response.status_code == 400
    assert "timeout" in response.json()["error"]


def test_restart_with_force_stop_timeout_and_signal(http: httpx.Client) -> None:
    mid = _started(http)
    params = {"force_stop": "true", "timeout": "10s", "signal": "SIGTERM"}
    response = http.post(_path(mid, "restart"), params=params)
    assert response.status_code == 200
    assert http.get(_path(mid)).json()["state"] == "restarting"
    bad = http.post(_path(mid, "restart"), params={"signal": "SIGNOPE"})
    assert bad.status_code == 400 and "signal" in bad.json()["error"]


# fly-go flaps/flaps_machines.go: ReleaseLease, Cordon, Uncordon, SetMetadata, GetMetadata,
# DeleteMetadata; flaps/flaps_machines_wait.go: Wait (go-querystring encodes the states as
# repeated keys, in sorted key order, timeout in whole seconds at most 60).


def test_release_lease_is_a_delete_with_the_nonce_header(http: httpx.Client) -> None:
    mid = _started(http)
    nonce = http.post(_path(mid, "lease"), params={"ttl": "30"}).json()["data"]["nonce"]
    assert http.delete(_path(mid, "lease"), headers={NONCE: "someone-else"}).status_code == 409
    released = http.delete(_path(mid, "lease"), headers={NONCE: nonce})
    assert released.status_code == 200
    assert http.get(_path(mid, "lease")).status_code == 404


def test_wait_with_repeated_states_and_a_timeout_in_seconds(
    sim: FlySimulator, http: httpx.Client
) -> None:
    mid = _started(http)
    version = http.get(_path(mid)).json()["instance_id"]
    query = f"state=started&state=stopped&timeout=60&version={version}"
    answered = http.get(_path(mid, "wait") + "?" + query)
    assert answered.status_code == 200
    assert answered.json()["state"] == "started"
    http.post(_path(mid, "stop"))
    stopped = http.get(_path(mid, "wait") + "?state=stopped&timeout=60")
    assert (stopped.status_code, stopped.json()["state"]) == (200, "stopped")


def test_cordon_and_uncordon_take_no_body_and_honour_the_nonce(http: httpx.Client) -> None:
    mid = _started(http)
    assert http.post(_path(mid, "cordon")).status_code == 200
    assert http.get(_path(mid)).json()["cordoned"] is True
    nonce = http.post(_path(mid, "lease"), params={"ttl": "30"}).json()["data"]["nonce"]
    assert http.post(_path(mid, "uncordon")).status_code == 409  # leased, no nonce
    assert http.post(_path(mid, "uncordon"), headers={NONCE: nonce}).status_code == 200
    assert http.get(_path(mid)).json()["cordoned"] is False


def test_metadata_set_get_and_delete_as_flaps_sends_them(http: httpx.Client) -> None:
    mid = _started(http)
    assert http.post(_path(mid, "metadata/role"), json={"value": "web"}).status_code == 204
    assert http.get(_path(mid, "metadata")).json() == {"role": "web"}
    assert http.delete(_path(mid, "metadata/role")).status_code == 204
    assert http.get(_path(mid, "metadata")).json() == {}
