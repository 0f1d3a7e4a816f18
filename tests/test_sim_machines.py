"""The simulated machine lifecycle: states, timings, events, refusals, update and destroy.

Every test runs through `sim.transport()` with a sync and an async httpx client.
"""

from __future__ import annotations

from typing import Any

import pytest
from support.sim import (
    APP,
    IMAGE,
    MACHINE_ID,
    REQUEST_ID,
    STEP,
    ULID,
    Api,
    Scenario,
    create_app,
    create_machine,
    delete,
    get,
    machine_path,
    post,
    started_machine,
    state_of,
    wait_for,
)
from support.sim import api as api  # the fixture: a simulator per kind of httpx client

PRECONDITION_DESTROY = {
    "error": "failed_precondition: unable to destroy machine, not currently stopped or suspended"
}


def _statuses(machine: dict[str, Any]) -> list[str]:
    return [event["status"] for event in machine["events"]]


def test_create_answers_created_then_starts_on_the_simulated_clock(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        response = yield post(f"/v1/apps/{APP}/machines", {"config": {"image": IMAGE}})
        assert response.status_code == 200
        assert REQUEST_ID.match(response.headers["fly-request-id"])
        machine = response.json()
        assert machine["state"] == "created"
        assert MACHINE_ID.match(machine["id"])
        assert ULID.match(machine["version"])
        assert machine["instance_id"] == machine["version"]
        assert machine["config"] == {"image": IMAGE}
        assert machine["image_ref"]["repository"] == "library/nginx"
        assert machine["image_ref"]["tag"] == "1.27"
        assert _statuses(machine) == ["created"]
        mid = machine["id"]
        api.clock.advance(STEP - 0.001)
        assert (yield from state_of(mid)) == "created"
        api.clock.advance(0.001)
        assert (yield from state_of(mid)) == "starting"
        api.clock.advance(STEP)
        response = yield get(machine_path(mid))
        assert response.json()["state"] == "started"
        # Newest first, one event per transition, with the live API's sources.
        events = response.json()["events"]
        assert [(e["type"], e["status"], e["source"]) for e in events] == [
            ("start", "started", "flyd"),
            ("start", "starting", "flyd"),
            ("launch", "created", "user"),
        ]
        assert events[0]["timestamp"] - events[2]["timestamp"] == int(2 * STEP * 1000)

    api.run(scenario())


def test_skip_launch_stays_created_until_started(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        machine = yield from create_machine(skip_launch=True)
        api.clock.advance(100)
        assert (yield from state_of(machine["id"])) == "created"
        response = yield post(machine_path(machine["id"], "start"))
        assert response.status_code == 200
        assert response.json() == {"previous_state": "created", "migrated": False, "new_host": ""}
        assert (yield from state_of(machine["id"])) == "starting"
        response = yield from wait_for(machine["id"], "started")
        assert response.json()["state"] == "started"

    api.run(scenario())


def test_start_is_refused_from_started_and_while_launching(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        launching = yield from create_machine()
        response = yield post(machine_path(launching["id"], "start"))
        assert response.status_code == 412
        assert response.json() == {
            "error": "failed_precondition: unable to start machine from current state: 'created'"
        }
        yield from wait_for(launching["id"], "started")
        response = yield post(machine_path(launching["id"], "start"))
        assert response.status_code == 412
        assert response.json() == {
            "error": "failed_precondition: unable to start machine from current state: 'started'"
        }

    api.run(scenario())


def test_stop_then_start_from_stopped(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        response = yield post(machine_path(mid, "stop"), {"signal": "SIGTERM", "timeout": "5s"})
        assert (response.status_code, response.json()) == (200, {"ok": True})
        assert (yield from state_of(mid)) == "stopping"
        response = yield from wait_for(mid, "stopped")
        assert response.json()["state"] == "stopped"
        # Stopping a stopped machine is an idempotent no-op.
        response = yield post(machine_path(mid, "stop"))
        assert (response.status_code, response.json()) == (200, {"ok": True})
        response = yield post(machine_path(mid, "start"))
        assert response.json() == {"previous_state": "stopped", "migrated": False, "new_host": ""}
        yield from wait_for(mid, "started")
        machine = (yield get(machine_path(mid))).json()
        assert _statuses(machine) == [
            "started", "starting", "stopped", "stopping", "started", "starting", "created",
        ]  # fmt: skip

    api.run(scenario())


def test_restart_suspend_and_resume(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        response = yield post(machine_path(mid, "restart"))
        assert (response.status_code, response.content) == (200, b"")
        assert (yield from state_of(mid)) == "restarting"
        yield from wait_for(mid, "started")
        response = yield post(machine_path(mid, "suspend"))
        assert response.status_code == 200
        assert (yield from state_of(mid)) == "suspending"
        response = yield from wait_for(mid, "suspended")
        assert response.json()["state"] == "suspended"
        for action in ("restart", "suspend"):
            response = yield post(machine_path(mid, action))
            assert response.status_code == 412
            assert response.json() == {
                "error": f"failed_precondition: unable to {action} machine from current state: "
                "'suspended'"
            }
        response = yield post(machine_path(mid, "start"))
        assert response.json()["previous_state"] == "suspended"

    api.run(scenario())


def test_update_replaces_the_whole_config_and_makes_a_new_version(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        machine = yield from create_machine(
            config={"image": IMAGE, "env": {"A": "1"}, "guest": {"cpus": 1}}
        )
        mid, first = machine["id"], machine["version"]
        yield from wait_for(mid, "started")
        new_config = {"image": "nginx:1.28", "env": {"B": "2"}}
        response = yield post(machine_path(mid), {"config": new_config})
        assert response.status_code == 200
        updated = response.json()
        assert updated["config"] == new_config  # guest and env.A are gone
        assert updated["version"] != first and ULID.match(updated["version"])
        assert updated["instance_id"] == updated["version"]
        assert updated["state"] == "replacing"
        response = yield from wait_for(mid, "started")
        assert response.json()["version"] == updated["version"]
        versions = (yield get(machine_path(mid, "versions"))).json()
        assert [v["version"] for v in versions] == [updated["version"], first]
        assert versions[1]["user_config"]["env"] == {"A": "1"}
        # An optimistic-concurrency guard on a stale version is refused and changes nothing.
        response = yield post(machine_path(mid), {"config": new_config, "current_version": first})
        assert response.status_code == 409
        assert (yield get(machine_path(mid))).json()["version"] == updated["version"]

    api.run(scenario())


def test_update_keeps_a_stopped_machine_stopped(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        yield post(machine_path(mid, "stop"))
        yield from wait_for(mid, "stopped")
        response = yield post(machine_path(mid), {"config": {"image": "nginx:2"}})
        assert response.json()["state"] == "stopped"
        api.clock.advance(10 * STEP)
        machine = (yield get(machine_path(mid))).json()
        assert machine["state"] == "stopped"
        assert machine["events"][0]["type"] == "update"

    api.run(scenario())


def test_update_needs_an_image(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        response = yield post(machine_path(mid), {"config": {"env": {"A": "1"}}})
        assert response.status_code == 422
        assert "image" in response.json()["error"]

    api.run(scenario())


def test_destroy_only_when_stopped_unless_forced(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        response = yield delete(machine_path(mid))
        assert (response.status_code, response.json()) == (412, PRECONDITION_DESTROY)
        assert (yield from state_of(mid)) == "started"
        response = yield delete(machine_path(mid), [("force", "true")])
        assert (response.status_code, response.json()) == (200, {"ok": True})
        assert (yield from state_of(mid)) == "destroying"
        response = yield from wait_for(mid, "destroyed")
        assert response.json()["state"] == "destroyed"
        # Still readable, no longer listed unless asked, and refuses changes.
        listed = (yield get(f"/v1/apps/{APP}/machines")).json()
        assert listed == []
        listed = (yield get(f"/v1/apps/{APP}/machines", [("include_deleted", "true")])).json()
        assert [m["id"] for m in listed] == [mid]
        response = yield post(machine_path(mid, "start"))
        assert response.status_code == 412

    api.run(scenario())


def test_destroy_a_stopped_machine(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        yield post(machine_path(mid, "stop"))
        yield from wait_for(mid, "stopped")
        response = yield delete(machine_path(mid))
        assert (response.status_code, response.json()) == (200, {"ok": True})
        response = yield from wait_for(mid, "destroyed")
        assert response.status_code == 200

    api.run(scenario())


def test_machine_names_are_unique_within_an_app(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        first = yield from create_machine(name="web", skip_launch=True)
        response = yield post(
            f"/v1/apps/{APP}/machines", {"name": "web", "config": {"image": IMAGE}}
        )
        assert response.status_code == 422
        assert response.json()["status"] == "name_taken"
        assert "web" in response.json()["error"]
        # A destroyed machine frees its name.
        yield delete(machine_path(first["id"]))
        yield from wait_for(first["id"], "destroyed")
        second = yield from create_machine(name="web")
        assert second["name"] == "web" and second["id"] != first["id"]

    api.run(scenario())


def test_wait_times_out_with_deadline_exceeded_in_virtual_time(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        yield post(machine_path(mid, "stop"))
        yield from wait_for(mid, "stopped")
        before = api.clock.monotonic()
        response = yield from wait_for(mid, "started", timeout=45)
        assert response.status_code == 408
        assert response.json() == {
            "error": "deadline_exceeded: machine failed to reach desired state, started, "
            "currently stopped"
        }
        assert api.clock.monotonic() - before == 45

    api.run(scenario())


def test_wait_jumps_the_clock_to_the_next_transition_only(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        machine = yield from create_machine()
        response = yield from wait_for(machine["id"], "started")
        assert response.status_code == 200
        body = response.json()
        assert body["ok"] is True and body["state"] == "started"
        assert body["version"] == machine["version"]
        events = (yield get(machine_path(machine["id"], "events"))).json()
        assert body["event_id"] == events[0]["id"]
        assert api.clock.monotonic() == 2 * STEP

    api.run(scenario())


def test_wait_accepts_repeated_and_comma_separated_states(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        response = yield get(
            machine_path(mid, "wait"), [("state", "stopped"), ("state", "started")]
        )
        assert response.json()["state"] == "started"
        response = yield get(machine_path(mid, "wait"), [("state", "suspended,started")])
        assert response.json()["state"] == "started"
        response = yield get(machine_path(mid, "wait"), [("state", "settled")])
        assert response.json()["state"] == "started"

    api.run(scenario())


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        ([("timeout", "0")], "timeout"),
        ([("timeout", "61")], "timeout"),
        ([("timeout", "5s")], "timeout"),
        ([("state", "running")], "state"),
    ],
)
def test_wait_rejects_bad_parameters(api: Api, params: list[tuple[str, str]], problem: str) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        response = yield get(machine_path(mid, "wait"), params)
        assert response.status_code == 400
        assert problem in response.json()["error"]

    api.run(scenario())


def test_wait_for_an_old_version_times_out(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        machine = yield from create_machine()
        yield from wait_for(machine["id"], "started")
        yield post(machine_path(machine["id"]), {"config": {"image": "nginx:2"}})
        response = yield get(
            machine_path(machine["id"], "wait"),
            [("instance_id", machine["version"]), ("state", "started"), ("timeout", "5")],
        )
        assert response.status_code == 408

    api.run(scenario())


def test_events_limit_and_cordon(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        events = (yield get(machine_path(mid, "events"), [("limit", "2")])).json()
        assert [e["status"] for e in events] == ["started", "starting"]
        response = yield post(machine_path(mid, "cordon"))
        assert (response.status_code, response.json()) == (200, {"ok": True})
        assert (yield get(machine_path(mid))).json()["cordoned"] is True
        response = yield post(machine_path(mid, "uncordon"))
        assert (response.status_code, response.json()) == (200, {"ok": True})
        assert (yield get(machine_path(mid))).json()["cordoned"] is False

    api.run(scenario())


@pytest.mark.parametrize(
    ("command", "stdin", "expected"),
    [
        (["echo", "a", "b"], None, {"exit_code": 0, "stdout": "a b\n", "stderr": ""}),
        (["true"], None, {"exit_code": 0, "stdout": "", "stderr": ""}),
        (["false"], None, {"exit_code": 1, "stdout": "", "stderr": ""}),
        (["cat"], "hello", {"exit_code": 0, "stdout": "hello", "stderr": ""}),
        (["ls", "/"], None, {"exit_code": 127, "stdout": "", "stderr": "sh: 1: ls: not found\n"}),
    ],
)
def test_exec_is_deterministic(
    api: Api, command: list[str], stdin: str | None, expected: dict[str, Any]
) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        response = yield post(machine_path(mid, "exec"), {"command": command, "stdin": stdin})
        assert (response.status_code, response.json()) == (200, expected)

    api.run(scenario())


def test_exec_and_ps_need_a_started_machine(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        machine = yield from create_machine(
            skip_launch=True,
            config={"image": IMAGE, "services": [{"internal_port": 8080, "protocol": "tcp"}]},
        )
        mid = machine["id"]
        for request in (
            post(machine_path(mid, "exec"), {"cmd": "echo hi"}),
            get(machine_path(mid, "ps")),
        ):
            response = yield request
            assert response.status_code == 412
            assert "current state: 'created'" in response.json()["error"]
        yield post(machine_path(mid, "start"))
        yield from wait_for(mid, "started")
        response = yield post(machine_path(mid, "exec"), {"cmd": "echo hi there"})
        assert response.json()["stdout"] == "hi there\n"
        processes = (
            yield get(machine_path(mid, "ps"), [("sort_by", "pid"), ("order", "desc")])
        ).json()
        assert [p["pid"] for p in processes] == [2, 1]
        assert processes[0]["listen_sockets"] == [{"proto": "tcp", "address": "0.0.0.0:8080"}]

    api.run(scenario())


def test_signal_and_crash_to_failed_then_start(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        response = yield post(machine_path(mid, "signal"), {"signal": "SIGUSR1"})
        assert (response.status_code, response.json()) == (200, {"ok": True})
        response = yield post(machine_path(mid, "signal"), {"signal": "SIGNOPE"})
        assert response.status_code == 400
        api.sim.crash_machine(APP, mid)
        response = yield from wait_for(mid, "failed")
        assert response.json()["state"] == "failed"
        response = yield post(machine_path(mid, "start"))
        assert response.json()["previous_state"] == "failed"

    api.run(scenario())


def test_list_filters(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        a = yield from create_machine(
            region="ams", config={"image": IMAGE, "metadata": {"role": "web"}}
        )
        b = yield from create_machine(skip_launch=True, config={"image": IMAGE})
        api.clock.advance(2 * STEP)

        def ids(params: list[tuple[str, str]]) -> Scenario[list[str]]:
            response = yield get(f"/v1/apps/{APP}/machines", params)
            return [m["id"] for m in response.json()]

        assert sorted((yield from ids([]))) == sorted([a["id"], b["id"]])
        assert (yield from ids([("region", "ams")])) == [a["id"]]
        assert (yield from ids([("metadata.role", "web")])) == [a["id"]]
        assert (yield from ids([("state", "created")])) == [b["id"]]
        summary = (yield get(f"/v1/apps/{APP}/machines", [("summary", "true")])).json()
        assert all("config" not in m for m in summary)

    api.run(scenario())
