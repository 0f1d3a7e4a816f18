"""A machine's main process ends: exit events with `request.exit_event`, the restart policy
(`no`, `always`, `on-failure` with `max_retries`) and `auto_destroy`, in virtual time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from fly_machines import Apps, Client, Machines, Ok
from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator

APP = "proc-app"
IMAGE = "registry-1.docker.io/library/alpine:3"


@pytest.fixture
def sim() -> FlySimulator:
    return FlySimulator(clock=ManualClock(), seed=1)


@pytest.fixture
def http(sim: FlySimulator) -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=sim.transport(), base_url="http://sim", headers={"Authorization": "Bearer t"}
    ) as client:
        assert client.post("/v1/apps", json={"app_name": APP, "org_slug": "o"}).status_code == 201
        yield client


def _create(http: httpx.Client, config: dict[str, Any]) -> str:
    response = http.post(f"/v1/apps/{APP}/machines", json={"config": {"image": IMAGE, **config}})
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def _wait(http: httpx.Client, machine_id: str, state: str, timeout: int = 60) -> httpx.Response:
    return http.get(
        f"/v1/apps/{APP}/machines/{machine_id}/wait",
        params={"state": state, "timeout": str(timeout)},
    )


def _exits(http: httpx.Client, machine_id: str) -> list[dict[str, Any]]:
    events = http.get(f"/v1/apps/{APP}/machines/{machine_id}").json()["events"]
    return [e for e in reversed(events) if e["type"] == "exit"]


def test_a_job_exits_with_its_code_and_is_destroyed(http: httpx.Client) -> None:
    env = {"FLY_SIM_RUN_SECONDS": "30", "FLY_SIM_EXIT_CODE": "3"}
    mid = _create(http, {"env": env, "restart": {"policy": "no"}, "auto_destroy": True})
    assert _wait(http, mid, "started").status_code == 200
    waited = _wait(http, mid, "destroyed")
    assert waited.status_code == 200, waited.text
    (exit_event,) = _exits(http, mid)
    assert exit_event["source"] == "flyd" and exit_event["status"] == "stopped"
    detail = exit_event["request"]["exit_event"]
    assert detail["exit_code"] == 3 and detail["oom_killed"] is False
    assert detail["restarting"] is False and detail["requested_stop"] is False
    assert {"guest_exit_code", "guest_signal", "signal", "exited_at"} <= set(detail)


def test_on_failure_restarts_max_retries_times_then_stops(
    sim: FlySimulator, http: httpx.Client
) -> None:
    mid = _create(http, {"restart": {"policy": "on-failure", "max_retries": 2}})
    sim.processes.exit_after(mid, seconds=5, code=1)
    assert _wait(http, mid, "started").status_code == 200
    for _ in range(3):
        assert _wait(http, mid, "stopped").status_code == 200
        _wait(http, mid, "started", timeout=3)
    machine = http.get(f"/v1/apps/{APP}/machines/{mid}").json()
    assert machine["state"] == "stopped"
    exits = [e["request"]["exit_event"] for e in _exits(http, mid)]
    assert [e["restarting"] for e in exits] == [True, True, False]
    assert all(e["exit_code"] == 1 for e in exits)
    starts = [e for e in machine["events"] if e["type"] == "start" and e["status"] == "started"]
    assert len(starts) == 3  # the launch and two restarts


def test_a_clean_exit_is_not_restarted_on_failure_but_always_is(
    sim: FlySimulator, http: httpx.Client
) -> None:
    clean = _create(http, {"restart": {"policy": "on-failure"}})
    always = _create(http, {"restart": {"policy": "always"}})
    for mid in (clean, always):
        sim.processes.exit_after(mid, seconds=2, code=0)
    sim.clock.advance(60)  # type: ignore[attr-defined]
    assert http.get(f"/v1/apps/{APP}/machines/{clean}").json()["state"] == "stopped"
    assert len(_exits(http, clean)) == 1
    assert len(_exits(http, always)) > 5
    assert all(e["request"]["exit_event"]["restarting"] for e in _exits(http, always))


def test_policy_no_stops_and_oom_is_reported(sim: FlySimulator, http: httpx.Client) -> None:
    mid = _create(http, {"restart": {"policy": "no"}})
    sim.processes.oom_after(mid, seconds=10)
    assert _wait(http, mid, "stopped").status_code == 200
    (exit_event,) = _exits(http, mid)
    detail = exit_event["request"]["exit_event"]
    assert detail["oom_killed"] is True and detail["exit_code"] == 137


def test_a_stop_by_the_user_says_so_in_its_exit_event(http: httpx.Client) -> None:
    mid = _create(http, {})
    _wait(http, mid, "started")
    assert http.post(f"/v1/apps/{APP}/machines/{mid}/stop").status_code == 200
    _wait(http, mid, "stopped")
    (exit_event,) = _exits(http, mid)
    assert exit_event["request"]["exit_event"]["requested_stop"] is True


def test_a_process_runs_forever_by_default_and_after_run_forever(
    sim: FlySimulator, http: httpx.Client
) -> None:
    mid = _create(http, {"env": {"FLY_SIM_RUN_SECONDS": "1"}, "restart": {"policy": "no"}})
    sim.processes.run_forever(mid)
    sim.clock.advance(3600)  # type: ignore[attr-defined]
    assert http.get(f"/v1/apps/{APP}/machines/{mid}").json()["state"] == "started"
    assert _exits(http, mid) == []


def test_auto_destroy_frees_the_machines_volume(sim: FlySimulator, http: httpx.Client) -> None:
    volume = http.post(f"/v1/apps/{APP}/volumes", json={"name": "data", "size_gb": 1}).json()
    mid = _create(
        http,
        {
            "restart": {"policy": "no"},
            "auto_destroy": True,
            "mounts": [{"volume": volume["id"], "path": "/data"}],
        },
    )
    sim.processes.exit_after(mid, seconds=1, code=0)
    assert _wait(http, mid, "destroyed").status_code == 200
    shown = http.get(f"/v1/apps/{APP}/volumes/{volume['id']}").json()
    assert "attached_machine_id" not in shown


@pytest.mark.parametrize(
    "env",
    [{"FLY_SIM_EXIT_CODE": "three"}, {"FLY_SIM_RUN_SECONDS": "-1"}, {"FLY_SIM_OOM": "maybe"}],
)
def test_an_env_program_that_does_not_parse_is_refused(
    http: httpx.Client, env: dict[str, str]
) -> None:
    response = http.post(f"/v1/apps/{APP}/machines", json={"config": {"image": IMAGE, "env": env}})
    assert response.status_code == 400
    assert next(iter(env)) in response.json()["error"]


def test_sim_processes_refuses_nonsense(sim: FlySimulator) -> None:
    with pytest.raises(ValueError):
        sim.processes.exit_after("nope", seconds=-1)
    with pytest.raises(ValueError):
        sim.processes.exit_after("nope", code=300)


# -- health checks ------------------------------------------------------------------------
def _checks(http: httpx.Client, machine_id: str) -> dict[str, tuple[str, str]]:
    machine = http.get(f"/v1/apps/{APP}/machines/{machine_id}").json()
    return {c["name"]: (c["status"], c["output"]) for c in machine["checks"]}


CHECKED = {
    "checks": {"alive": {"type": "tcp", "port": 8080, "grace_period": "10s"}},
    "services": [
        {
            "internal_port": 8080,
            "protocol": "tcp",
            "checks": [{"type": "http", "path": "/health"}],
        }
    ],
}


def test_checks_pass_after_their_grace_period(sim: FlySimulator, http: httpx.Client) -> None:
    mid = _create(http, CHECKED)
    assert {s for s, _ in _checks(http, mid).values()} == {"critical"}  # not started yet
    _wait(http, mid, "started")
    assert _checks(http, mid) == {
        "alive": ("warning", "waiting for the grace period to pass"),
        "servicecheck-00-http-8080": ("warning", "waiting for the grace period to pass"),
    }
    sim.clock.advance(1)  # type: ignore[attr-defined]  # the default: transition_seconds
    assert _checks(http, mid)["servicecheck-00-http-8080"][0] == "passing"
    assert _checks(http, mid)["alive"][0] == "warning"
    sim.clock.advance(9)  # type: ignore[attr-defined]
    assert {s for s, _ in _checks(http, mid).values()} == {"passing"}
    machine = http.get(f"/v1/apps/{APP}/machines/{mid}").json()
    assert all(set(c) == {"name", "status", "output", "updated_at"} for c in machine["checks"])


def test_a_test_can_make_a_check_fail_and_recover(sim: FlySimulator, http: httpx.Client) -> None:
    mid = _create(http, CHECKED)
    _wait(http, mid, "started")
    sim.clock.advance(30)  # type: ignore[attr-defined]
    sim.checks.fail(mid, "alive", output="connection refused")
    assert _checks(http, mid)["alive"] == ("critical", "connection refused")
    assert _checks(http, mid)["servicecheck-00-http-8080"][0] == "passing"
    sim.checks.recover(mid, "alive")
    assert _checks(http, mid)["alive"][0] == "passing"
    with pytest.raises(ValueError):
        sim.checks.fail(mid, "no-such-check")


def test_a_grace_period_that_is_not_a_duration_is_refused(http: httpx.Client) -> None:
    config = {"image": IMAGE, "checks": {"alive": {"type": "tcp", "grace_period": "soon"}}}
    response = http.post(f"/v1/apps/{APP}/machines", json={"config": config})
    assert response.status_code == 400
    assert "grace_period" in response.json()["error"]


# -- through the fly_machines client, with the plugin's fixtures -----------------------------
def test_a_batch_job_through_the_client(fly_sim: FlySimulator, fly_client: Client) -> None:
    assert Apps.create(fly_client, app_name=APP, org_slug="personal").ok
    config = {
        "image": IMAGE,
        "env": {"FLY_SIM_RUN_SECONDS": "45", "FLY_SIM_EXIT_CODE": "3"},
        "restart": {"policy": "no"},
        "auto_destroy": True,
        "checks": {"alive": {"type": "tcp", "port": 8080}},
    }
    created = Machines.create(fly_client, app_name=APP, config=config)
    assert isinstance(created, Ok)
    machine_id = created.value.id
    assert Machines.wait(fly_client, app_name=APP, machine_id=machine_id, state="started").ok
    fly_sim.clock.advance(1)  # type: ignore[attr-defined]
    shown = Machines.get(fly_client, app_name=APP, machine_id=machine_id)
    assert isinstance(shown, Ok)
    checks = shown.value.checks
    assert isinstance(checks, list) and [(c.name, c.status) for c in checks] == [
        ("alive", "passing")
    ]
    waited = Machines.wait(fly_client, app_name=APP, machine_id=machine_id, state="destroyed")
    assert isinstance(waited, Ok) and waited.value.state == "destroyed"
    events = fly_sim.backend.events(APP, machine_id, 50)
    (exit_event,) = [e for e in events if e["type"] == "exit"]
    assert exit_event["request"]["exit_event"]["exit_code"] == 3
    assert fly_sim.clock.monotonic() < 60  # virtual time: 2 s to start, 45 to run, 2 to go
