"""Issue 4's lifecycle rules as a facade user sees them: `Client` and `AsyncClient` on
`sim.transport()`, sharing a ManualClock with the simulator (see support/lifecycle.py).

The simulator's HTTP answers are tested in tests/test_sim_*.py; these tests check that
each rule arrives through the facade as the right `Ok` value or `Err` fields. Every test
runs once per client kind (the `fly` fixture), and time moves only when a test moves it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
from fly_machines_api.api.postgres_clusters import postgres_databases_list
from fly_machines_api.types import UNSET
from support.kinds import KINDS, Kind, failure, ok_value
from support.lifecycle import APP, CONFIG, ORG, STEP, TOKEN, Fly, open_fly

import fly_machines
from fly_machines import Apps, Machines, Secrets, Volumes
from fly_machines._creating import LAUNCH_ID_KEY
from fly_machines.testing.resources import HANDLERS

pytestmark = pytest.mark.anyio

GIB = 1024**3
REQUEST_ID = re.compile(r"^[0-9A-HJKMNP-TV-Z]{26}-sim$")
NONCE_HEADER = "fly-machine-lease-nonce"
NEW_CONFIG: dict[str, Any] = {
    "image": "flyio/hellofly:v2",
    "guest": {"cpu_kind": "shared", "cpus": 2, "memory_mb": 512},
}
START_HINT = "wait until the machine is stopped or suspended, then start it"
DESTROY_HINT = "stop the machine and wait until it is stopped, or destroy with force=True"
LEASE_HINT = "another client holds this machine's lease: pass nonce= of your lease, or wait"
# States a machine runs in or is on its way to or from: start and destroy are refused.
BUSY_STATES = [
    "launching",
    "starting",
    "started",
    "stopping",
    "restarting",
    "replacing",
    "suspending",
]
ALL_STATES = [*BUSY_STATES, "created", "stopped", "suspended", "failed"]


@pytest.fixture
async def fly(kind: Kind) -> AsyncIterator[Fly]:
    async with open_fly(kind) as opened:
        yield opened


# -- apps ---------------------------------------------------------------------------------
async def test_apps_create_list_get_and_destroy(fly: Fly) -> None:
    created = await fly.ok(Apps.create, app_name="second-app", org_slug="other-org")
    # Unix milliseconds on the wire, a datetime here (15-timestamps.yaml).
    now = datetime.datetime.fromtimestamp(fly.clock.time(), tz=datetime.timezone.utc)
    assert created.created_at == now

    assert [app.name for app in (await fly.ok(Apps.list, org_slug=ORG)).apps] == [APP]
    others = await fly.ok(Apps.list, org_slug="other-org")
    assert ([app.name for app in others.apps], others.total_apps) == (["second-app"], 1)
    app = await fly.ok(Apps.get, app_name="second-app")
    assert (app.id, app.name, app.organization.slug) == (created.id, "second-app", "other-org")

    assert await fly.ok(Apps.destroy, app_name="second-app") is None
    gone = await fly.err(Apps.get, app_name="second-app")
    assert (gone.status, gone.code) == (404, "not_found")
    assert (await fly.ok(Apps.list, org_slug="other-org")).apps == []
    assert [r.status for r in fly.sim.requests_to("Apps_delete")] == [202]


async def test_a_taken_app_name_is_name_taken_with_the_global_names_hint(fly: Fly) -> None:
    # App names are global: another organization cannot have it either.
    error = await fly.err(Apps.create, app_name=APP, org_slug="other-org")

    assert (error.kind, error.status, error.code) == ("http", 422, "name_taken")
    assert error.message == f"app name '{APP}' is already taken"
    assert error.suggestion == "app names are global across all of Fly.io: choose another name"
    assert (await fly.ok(Apps.list, org_slug="other-org")).apps == []


# -- the machine state machine --------------------------------------------------------------
async def test_create_answers_created_then_starts_as_the_clock_moves(fly: Fly) -> None:
    machine = await fly.ok(Machines.create, app_name=APP, config=CONFIG, region="ams", name="web-1")

    assert (machine.state, machine.name, machine.region) == ("created", "web-1", "ams")
    assert [event.status for event in machine.events] == ["created"]
    states = await fly.states_after(machine.id, STEP / 2, STEP / 2, STEP, 60)
    assert states == ["created", "created", "starting", "started", "started"]
    assert await fly.history(machine.id) == ["started", "starting", "created"]


async def test_skip_launch_stays_created_until_started(fly: Fly) -> None:
    machine_id = await fly.created(skip_launch=True)
    assert await fly.states_after(machine_id, 60) == ["created", "created"]

    started = await fly.ok(Machines.start, app_name=APP, machine_id=machine_id)

    assert started.previous_state == "created"
    assert await fly.states_after(machine_id, STEP) == ["starting", "started"]
    assert await fly.history(machine_id) == ["started", "starting", "created"]


async def test_stop_goes_through_stopping_to_stopped(fly: Fly) -> None:
    machine_id = await fly.started()

    stopped = await fly.ok(Machines.stop, app_name=APP, machine_id=machine_id)

    assert stopped.ok is True
    assert await fly.states_after(machine_id, STEP, 60) == ["stopping", "stopped", "stopped"]
    assert (await fly.history(machine_id))[:3] == ["stopped", "stopping", "started"]


@pytest.mark.parametrize("origin", ["stopped", "suspended", "failed"])
async def test_start_from_stopped_suspended_or_failed(fly: Fly, origin: str) -> None:
    machine_id = await fly.in_state(origin)

    started = await fly.ok(Machines.start, app_name=APP, machine_id=machine_id)

    assert (started.previous_state, started.migrated, started.new_host) == (origin, False, "")
    assert await fly.states_after(machine_id, STEP) == ["starting", "started"]
    assert (await fly.history(machine_id))[:3] == ["started", "starting", origin]


@pytest.mark.parametrize("state", BUSY_STATES)
async def test_start_and_destroy_are_refused_from_a_busy_state(fly: Fly, state: str) -> None:
    machine_id = await fly.in_state(state)
    shown = "created" if state == "launching" else state
    history = await fly.history(machine_id)

    start = await fly.err(Machines.start, app_name=APP, machine_id=machine_id)
    destroy = await fly.err(Machines.destroy, app_name=APP, machine_id=machine_id)

    assert (start.status, start.code) == (412, "failed_precondition")
    assert start.message == f"unable to start machine from current state: '{shown}'"
    assert start.suggestion == START_HINT
    assert (destroy.status, destroy.code) == (412, "failed_precondition")
    assert destroy.message == "unable to destroy machine, not currently stopped or suspended"
    assert destroy.suggestion == DESTROY_HINT
    # Refused means untouched: no new state, no event.
    assert await fly.state(machine_id) == shown
    assert await fly.history(machine_id) == history


@pytest.mark.parametrize("state", ALL_STATES)
async def test_force_destroys_from_any_state(fly: Fly, state: str) -> None:
    machine_id = await fly.in_state(state)

    destroyed = await fly.ok(Machines.destroy, app_name=APP, machine_id=machine_id, force=True)

    assert destroyed.ok is True
    assert await fly.states_after(machine_id, STEP) == ["destroying", "destroyed"]
    assert (await fly.history(machine_id))[:2] == ["destroyed", "destroying"]
    assert await fly.ok(Machines.list, app_name=APP) == []
    gone = await fly.ok(Machines.list, app_name=APP, include_deleted=True)
    assert [(m.id, m.state) for m in gone] == [(machine_id, "destroyed")]


@pytest.mark.parametrize("state", ["created", "stopped", "suspended", "failed"])
async def test_destroy_without_force_from_an_idle_state(fly: Fly, state: str) -> None:
    machine_id = await fly.in_state(state)

    destroyed = await fly.ok(Machines.destroy, app_name=APP, machine_id=machine_id)

    assert destroyed.ok is True
    assert await fly.states_after(machine_id, STEP) == ["destroying", "destroyed"]


async def test_restart_and_suspend(fly: Fly) -> None:
    machine_id = await fly.started()

    assert await fly.ok(Machines.restart, app_name=APP, machine_id=machine_id) is None
    assert await fly.states_after(machine_id, STEP) == ["restarting", "started"]
    assert await fly.ok(Machines.suspend, app_name=APP, machine_id=machine_id) is None
    assert await fly.states_after(machine_id, STEP) == ["suspending", "suspended"]

    history = await fly.history(machine_id)
    assert history[:4] == ["suspended", "suspending", "started", "restarting"]
    refused = await fly.err(Machines.restart, app_name=APP, machine_id=machine_id)
    assert (refused.status, refused.code) == (412, "failed_precondition")
    assert refused.message == "unable to restart machine from current state: 'suspended'"


async def test_update_replaces_the_whole_config_and_makes_a_new_version(fly: Fly) -> None:
    machine_id = await fly.started()
    before = await fly.ok(Machines.get, app_name=APP, machine_id=machine_id)

    updated = await fly.ok(Machines.update, app_name=APP, machine_id=machine_id, config=NEW_CONFIG)

    # The old config's env is gone: the new config is all there is.
    assert updated.config.to_dict() == NEW_CONFIG
    assert updated.instance_id not in (UNSET, before.instance_id)
    assert updated.version == updated.instance_id
    assert await fly.states_after(machine_id, STEP) == ["replacing", "started"]
    versions = await fly.ok(Machines.list_versions, app_name=APP, machine_id=machine_id)
    assert [v.version for v in versions] == [updated.instance_id, before.instance_id]
    assert [v.user_config.image for v in versions] == [NEW_CONFIG["image"], CONFIG["image"]]


async def test_update_keeps_a_stopped_machine_stopped(fly: Fly) -> None:
    machine_id = await fly.stopped()
    history = await fly.history(machine_id)

    updated = await fly.ok(Machines.update, app_name=APP, machine_id=machine_id, config=NEW_CONFIG)

    assert updated.state == "stopped"
    assert await fly.states_after(machine_id, 60) == ["stopped", "stopped"]
    assert await fly.history(machine_id) == ["stopped", *history]  # the update's own event


async def test_events_grow_by_one_per_transition(fly: Fly) -> None:
    machine_id = await fly.created()
    steps: list[tuple[Any, dict[str, Any], list[str]]] = [
        (None, {}, ["started", "starting"]),  # the launch, as the clock moves
        (Machines.stop, {}, ["stopped", "stopping"]),
        (Machines.stop, {}, []),  # stopping a stopped machine changes nothing
        (Machines.start, {}, ["started", "starting"]),
        (Machines.update, {"config": NEW_CONFIG}, ["started", "replacing"]),
        (Machines.cordon, {}, []),
        (Machines.signal, {"signal": "SIGHUP"}, []),
        (Machines.set_metadata, {"key": "role", "value": "web"}, []),
        (Machines.destroy, {"force": True}, ["destroyed", "destroying"]),
    ]
    history = await fly.history(machine_id)
    for action, arguments, added in steps:
        if action is not None:
            ok_value(await fly.on(action, machine_id, **arguments))
        fly.clock.advance(2 * STEP)
        now = await fly.history(machine_id)
        assert now == [*added, *history], action
        history = now
    # The machine's own `events` are the same list, newest first.
    machine = await fly.ok(Machines.get, app_name=APP, machine_id=machine_id)
    listed = await fly.ok(Machines.list_events, app_name=APP, machine_id=machine_id)
    assert [e.id for e in machine.events] == [e.id for e in listed]
    assert len(listed) == 1 + sum(len(added) for _, _, added in steps) == 11


async def test_the_fly_request_id_reaches_the_error(fly: Fly) -> None:
    machine_id = await fly.started()

    error = await fly.err(Machines.destroy, app_name=APP, machine_id=machine_id)

    sent = fly.log.responses[-1].headers["fly-request-id"]
    assert REQUEST_ID.match(sent)
    assert error.request_id == sent
    assert f"request {sent}" in str(error)
    every = [response.headers["fly-request-id"] for response in fly.log.responses]
    assert len(set(every)) == len(every)


# -- wait ---------------------------------------------------------------------------------
async def test_wait_answers_with_the_state_reached_among_several(fly: Fly) -> None:
    machine_id = await fly.started()
    ok_value(await fly.on(Machines.suspend, machine_id))
    before = fly.clock.monotonic()

    reached = await fly.ok(
        Machines.wait, app_name=APP, machine_id=machine_id, state=["stopped", "suspended"]
    )

    assert (reached.ok, reached.state) == (True, "suspended")
    machine = await fly.ok(Machines.get, app_name=APP, machine_id=machine_id)
    assert reached.version == machine.version
    # The simulator moved the shared clock to the transition, not to the deadline.
    assert fly.clock.monotonic() - before == STEP
    (request,) = fly.sim.requests_to("Machines_wait")
    assert request.query == "timeout=60&state=stopped&state=suspended"


async def test_a_wait_that_never_gets_there_times_out(fly: Fly) -> None:
    machine_id = await fly.stopped()
    before = fly.clock.monotonic()

    error = await fly.err(
        Machines.wait, app_name=APP, machine_id=machine_id, state="started", timeout=5
    )

    assert (error.kind, error.code, error.status, error.attempts) == (
        "timeout",
        "deadline_exceeded",
        408,
        1,
    )
    assert error.message == (
        f"machine {machine_id} did not reach started within 5s; last answer:"
        " machine failed to reach desired state, started, currently stopped"
    )
    assert fly.clock.monotonic() - before == 5
    waits = fly.sim.requests_to("Machines_wait")
    assert [(r.query, r.status) for r in waits] == [("timeout=5&state=started", 408)]
    assert await fly.state(machine_id) == "stopped"


# -- leases -------------------------------------------------------------------------------
async def test_a_lease_refuses_a_second_holder_and_refreshes_with_its_nonce(fly: Fly) -> None:
    machine_id = await fly.started()

    taken = await fly.ok(
        Machines.acquire_lease, app_name=APP, machine_id=machine_id, ttl=10, description="deploy"
    )

    nonce = taken.data.nonce
    assert taken.status == "success" and isinstance(nonce, str) and nonce
    expires_at = datetime.datetime.fromtimestamp(int(fly.clock.time()) + 10, datetime.timezone.utc)
    assert (taken.data.expires_at, taken.data.description) == (expires_at, "deploy")
    shown = await fly.ok(Machines.get_lease, app_name=APP, machine_id=machine_id)
    assert shown.data.nonce == nonce

    second = await fly.err(Machines.acquire_lease, app_name=APP, machine_id=machine_id)
    assert (second.status, second.code, second.suggestion) == (409, "lease_conflict", LEASE_HINT)
    assert second.message.startswith(f"machine ID {machine_id} lease currently held by ")

    fly.clock.advance(4)
    refreshed = await fly.ok(
        Machines.acquire_lease, app_name=APP, machine_id=machine_id, ttl=10, nonce=nonce
    )
    assert refreshed.data.nonce == nonce
    assert refreshed.data.expires_at == taken.data.expires_at + datetime.timedelta(seconds=4)


async def test_mutations_of_a_leased_machine_need_the_nonce(fly: Fly) -> None:
    machine_id = await fly.started()
    lease = await fly.ok(Machines.acquire_lease, app_name=APP, machine_id=machine_id)
    nonce = lease.data.nonce

    for action, arguments in ((Machines.update, {"config": NEW_CONFIG}), (Machines.stop, {})):
        refused = await fly.err(action, app_name=APP, machine_id=machine_id, **arguments)
        assert (refused.status, refused.code, refused.suggestion) == (
            409,
            "lease_conflict",
            LEASE_HINT,
        )
    assert await fly.state(machine_id) == "started"
    assert len(await fly.ok(Machines.list_versions, app_name=APP, machine_id=machine_id)) == 1

    updated = await fly.ok(
        Machines.update, app_name=APP, machine_id=machine_id, config=NEW_CONFIG, nonce=nonce
    )
    assert updated.config.image == NEW_CONFIG["image"]
    fly.clock.advance(STEP)
    assert (await fly.ok(Machines.stop, app_name=APP, machine_id=machine_id, nonce=nonce)).ok
    assert await fly.states_after(machine_id, STEP) == ["stopping", "stopped"]
    sent = [r.headers.get(NONCE_HEADER) for r in fly.sim.requests_to("Machines_stop")]
    assert sent == [None, nonce]


async def test_a_lease_expires_after_its_ttl_and_another_client_takes_it(fly: Fly) -> None:
    machine_id = await fly.started()
    mine = (await fly.ok(Machines.acquire_lease, app_name=APP, machine_id=machine_id, ttl=10)).data
    other = fly.new_client()

    fly.clock.advance(9.5)
    early = await fly.call(
        Machines.acquire_lease, client=other, app_name=APP, machine_id=machine_id
    )
    assert failure(early).code == "lease_conflict"
    fly.clock.advance(0.5)
    theirs = await fly.call(
        Machines.acquire_lease, client=other, app_name=APP, machine_id=machine_id
    )
    their_nonce = ok_value(theirs).data.nonce
    assert their_nonce != mine.nonce

    # My expired nonce no longer lets me change the machine.
    stale = await fly.err(Machines.stop, app_name=APP, machine_id=machine_id, nonce=mine.nonce)
    assert (stale.status, stale.code) == (409, "lease_conflict")

    released = await fly.call(
        Machines.release_lease, client=other, app_name=APP, machine_id=machine_id, nonce=their_nonce
    )
    assert (ok_value(released).status, ok_value(released).data.ok) == ("success", True)
    none = await fly.err(Machines.get_lease, app_name=APP, machine_id=machine_id)
    assert (none.status, none.code) == (404, "not_found")
    assert (await fly.ok(Machines.stop, app_name=APP, machine_id=machine_id)).ok is True


# -- metadata, cordon, versions, processes, exec, signal ------------------------------------
def _set_by_user(metadata: dict[str, str]) -> dict[str, str]:
    """A machine's metadata without the launch id `Machines.create` put there."""
    assert metadata.get(LAUNCH_ID_KEY), metadata
    return {key: value for key, value in metadata.items() if key != LAUNCH_ID_KEY}


async def test_metadata_set_get_and_delete(fly: Fly) -> None:
    machine_id = await fly.started()
    before = await fly.ok(Machines.get, app_name=APP, machine_id=machine_id)

    for key, value in (("role", "web"), ("tier", "gold")):
        written = await fly.ok(
            Machines.set_metadata, app_name=APP, machine_id=machine_id, key=key, value=value
        )
        assert written is None  # 204
    shown = await fly.ok(Machines.get_metadata, app_name=APP, machine_id=machine_id)
    assert _set_by_user(shown) == {"role": "web", "tier": "gold"}  # a plain dict, as declared
    assert _set_by_user(fly.sim.backend.get_metadata(APP, machine_id)) == {
        "role": "web",
        "tier": "gold",
    }

    deleted = await fly.ok(
        Machines.delete_metadata, app_name=APP, machine_id=machine_id, key="role"
    )
    assert deleted is None
    shown = await fly.ok(Machines.get_metadata, app_name=APP, machine_id=machine_id)
    assert _set_by_user(shown) == {"tier": "gold"}
    after = await fly.ok(Machines.get, app_name=APP, machine_id=machine_id)
    assert _set_by_user(after.config.metadata.to_dict()) == {"tier": "gold"}
    # Metadata lives in the config but makes no new version and no event.
    assert after.instance_id == before.instance_id
    assert len(after.events) == len(before.events)


async def test_cordon_and_uncordon(fly: Fly) -> None:
    machine_id = await fly.started()
    history = await fly.history(machine_id)

    assert (await fly.ok(Machines.cordon, app_name=APP, machine_id=machine_id)).ok is True
    assert (await fly.ok(Machines.get, app_name=APP, machine_id=machine_id)).cordoned is True
    assert (await fly.ok(Machines.uncordon, app_name=APP, machine_id=machine_id)).ok is True
    assert (await fly.ok(Machines.get, app_name=APP, machine_id=machine_id)).cordoned is False
    assert await fly.history(machine_id) == history


async def test_list_versions_and_processes(fly: Fly) -> None:
    machine_id = await fly.started()
    machine = await fly.ok(Machines.get, app_name=APP, machine_id=machine_id)

    versions = await fly.ok(Machines.list_versions, app_name=APP, machine_id=machine_id)
    processes = await fly.ok(Machines.list_processes, app_name=APP, machine_id=machine_id)

    (version,) = versions
    user_config = version.user_config.to_dict()
    assert _set_by_user(user_config.pop("metadata")) == {}
    assert (version.version, user_config) == (machine.instance_id, CONFIG)
    assert [(p.pid, p.command) for p in processes] == [
        (1, "/.fly/init"),
        (2, CONFIG["image"]),
    ]


@pytest.mark.parametrize(
    ("command", "stdin", "exit_code", "stdout", "stderr"),
    [
        ("echo hello from fly", None, 0, "hello from fly\n", ""),
        (["cat"], "piped in", 0, "piped in", ""),
        ("true", None, 0, "", ""),
        ("false", None, 1, "", ""),
        ("frobnicate --now", None, 127, "", "sh: 1: frobnicate: not found\n"),
    ],
)
async def test_exec_is_ok_whatever_the_exit_code(
    fly: Fly, command: Any, stdin: str | None, exit_code: int, stdout: str, stderr: str
) -> None:
    machine_id = await fly.started()

    ran = await fly.ok(
        Machines.exec, app_name=APP, machine_id=machine_id, command=command, stdin=stdin
    )

    assert (ran.exit_code, ran.stdout, ran.stderr) == (exit_code, stdout, stderr)


async def test_signal_reaches_a_started_machine_only(fly: Fly) -> None:
    machine_id = await fly.started()
    history = await fly.history(machine_id)

    signalled = await fly.ok(Machines.signal, app_name=APP, machine_id=machine_id, signal=10)

    assert signalled.ok is True
    assert fly.sim.requests_to("Machines_signal")[0].json() == {"signal": "SIGUSR1"}
    assert await fly.state(machine_id) == "started"
    assert await fly.history(machine_id) == history
    stopped = await fly.stopped()
    refused = await fly.err(Machines.signal, app_name=APP, machine_id=stopped, signal="SIGHUP")
    assert (refused.status, refused.code) == (412, "failed_precondition")


# -- volumes and secrets ------------------------------------------------------------------
async def test_volume_create_list_get_update_extend_snapshot_destroy(fly: Fly) -> None:
    volume = await fly.ok(Volumes.create, app_name=APP, name="data", region="ams", size_gb=3)
    volume_id = volume.id
    shown = (volume.name, volume.region, volume.size_gb, volume.state)
    assert shown == ("data", "ams", 3, "created")
    assert volume.attached_machine_id is UNSET

    assert [v.id for v in await fly.ok(Volumes.list, app_name=APP)] == [volume_id]
    assert (await fly.ok(Volumes.get, app_name=APP, volume_id=volume_id)).bytes_total == 3 * GIB
    updated = await fly.ok(
        Volumes.update,
        app_name=APP,
        volume_id=volume_id,
        snapshot_retention=7,
        auto_backup_enabled=False,
    )
    assert (updated.snapshot_retention, updated.auto_backup_enabled) == (7, False)
    extended = await fly.ok(Volumes.extend, app_name=APP, volume_id=volume_id, size_gb=5)
    assert (extended.volume.size_gb, extended.needs_restart) == (5, False)
    smaller = await fly.err(Volumes.extend, app_name=APP, volume_id=volume_id, size_gb=4)
    assert (smaller.status, smaller.code) == (400, "bad_request")

    assert await fly.ok(Volumes.list_snapshots, app_name=APP, volume_id=volume_id) == []
    assert await fly.ok(Volumes.create_snapshot, app_name=APP, volume_id=volume_id) is None
    snapshots = await fly.ok(Volumes.list_snapshots, app_name=APP, volume_id=volume_id)
    assert [(s.status, s.retention_days, s.volume_size) for s in snapshots] == [
        ("created", 7, 5 * GIB)
    ]

    destroyed = await fly.ok(Volumes.destroy, app_name=APP, volume_id=volume_id)
    assert (destroyed.id, destroyed.state) == (volume_id, "destroyed")
    assert (await fly.err(Volumes.get, app_name=APP, volume_id=volume_id)).status == 404
    assert await fly.ok(Volumes.list, app_name=APP) == []


async def test_a_mounted_volume_cannot_be_destroyed_until_its_machine_is(fly: Fly) -> None:
    volume = await fly.ok(Volumes.create, app_name=APP, name="data", region="ams", size_gb=1)
    config = {**CONFIG, "mounts": [{"name": "data", "path": "/data"}]}
    machine = await fly.ok(Machines.create, app_name=APP, config=config)
    assert [(m.volume, m.path) for m in machine.config.mounts] == [(volume.id, "/data")]
    attached = await fly.ok(Volumes.get, app_name=APP, volume_id=volume.id)
    assert attached.attached_machine_id == machine.id

    refused = await fly.err(Volumes.destroy, app_name=APP, volume_id=volume.id)

    assert (refused.status, refused.code) == (412, "failed_precondition")
    assert refused.message == f"volume {volume.id} is attached to machine {machine.id}"
    assert (await fly.ok(Volumes.get, app_name=APP, volume_id=volume.id)).state == "created"
    ok_value(await fly.on(Machines.destroy, machine.id, force=True))
    fly.clock.advance(STEP)
    assert await fly.state(machine.id) == "destroyed"
    detached = await fly.ok(Volumes.get, app_name=APP, volume_id=volume.id)
    assert detached.attached_machine_id is UNSET
    assert (await fly.ok(Volumes.destroy, app_name=APP, volume_id=volume.id)).state == "destroyed"


async def test_secrets_set_list_delete_with_an_increasing_version(fly: Fly) -> None:
    first = await fly.ok(Secrets.set, app_name=APP, name="DB_URL", value="postgres://db/one")
    second = await fly.ok(Secrets.set, app_name=APP, name="API_KEY", value="k-123")
    again = await fly.ok(Secrets.set, app_name=APP, name="DB_URL", value="postgres://db/two")

    assert [(s.name, s.version) for s in (first, second, again)] == [
        ("DB_URL", 1),
        ("API_KEY", 2),
        ("DB_URL", 3),
    ]
    assert again.digest != first.digest
    listed = await fly.ok(Secrets.list, app_name=APP)
    assert [(s.name, s.value) for s in listed.secrets] == [("API_KEY", UNSET), ("DB_URL", UNSET)]

    deleted = await fly.ok(Secrets.delete, app_name=APP, name="DB_URL")

    assert deleted.version == 4
    assert [s.name for s in (await fly.ok(Secrets.list, app_name=APP)).secrets] == ["API_KEY"]
    missing = await fly.err(Secrets.delete, app_name=APP, name="DB_URL")
    assert (missing.status, missing.code) == (404, "not_found")


# -- auth, unimplemented operations, faults -----------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
async def test_a_wrong_token_is_unauthorized_with_a_hint(kind: Kind) -> None:
    fly = Fly(kind, token="right-token-for-this-sim")
    try:
        error = await fly.err(Apps.list, org_slug=ORG)  # the client sends TOKEN
        right = fly.new_client(token="right-token-for-this-sim")
        listed = await fly.call(Apps.list, client=right, org_slug=ORG)
    finally:
        await fly.close()

    assert (error.kind, error.status, error.code) == ("http", 401, "unauthorized")
    assert error.message == "Authenticate: token validation error"
    assert error.suggestion == "check the token (FLY_API_TOKEN) and that it may access this app"
    assert TOKEN not in f"{error} {error!r} {error.body} {error.url}"
    assert ok_value(listed).apps == []


@pytest.mark.parametrize(
    ("operation", "params", "operation_id"),
    [
        (postgres_databases_list, {"postgres_cluster_id": "pg-1"}, "Postgres_databases_list"),
    ],
    ids=["postgres"],
)
async def test_an_unimplemented_operation_is_501_naming_it(
    fly: Fly,
    operation: Any,
    params: dict[str, Any],
    operation_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every operation of the spec is simulated now: this one is unregistered for the test.
    monkeypatch.delitem(HANDLERS, operation_id)

    def generated_call(client: Any, **kw: Any) -> Any:
        return fly_machines.call(client, operation, **kw)

    error = failure(await fly.call(generated_call, **params))

    assert (error.status, error.code) == (501, "not_implemented")
    assert error.message.startswith(f"not implemented by the simulator: {operation_id} (")
    assert [r.status for r in fly.sim.requests_to(operation_id)] == [501]


async def test_a_503_on_a_get_is_retried_and_the_retry_is_reported(fly: Fly) -> None:
    machine_id = await fly.started()
    fly.events.clear()
    slept = len(fly.clock.sleeps)
    fly.sim.faults.fail_next("Machines_show", status=503)

    machine = await fly.ok(Machines.get, app_name=APP, machine_id=machine_id)

    assert (machine.id, machine.state) == (machine_id, "started")
    assert [r.status for r in fly.sim.requests_to("Machines_show")][-2:] == [503, 200]
    answers = [(e.attempt, e.status) for e in fly.events if e.name == "request.stop"]
    assert answers == [(1, 503), (2, 200)]
    (retry,) = [e for e in fly.events if e.name == "retry"]
    assert (retry.operation, retry.attempt, retry.reason, retry.delay) == (
        "Machines_show",
        1,
        "service_unavailable",
        0.1,
    )
    assert fly.clock.sleeps[slept:] == [0.1]
