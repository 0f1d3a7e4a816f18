"""`Machines.create` under every fault, against the simulator: exactly one machine.

Every create carries a launch id in its metadata. After a failure that may have reached
the API, the client looks the launch id up: the machine the first send made is the `Ok`,
and only when there is none is the create sent again. Named or not, whatever fails once,
exactly one machine exists afterwards and the call's `Ok` is that machine.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import format_datetime

import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import APP, CONFIG, live_machines, new_sim, sim_client, sim_clock

from fly_machines import Client, Machines
from fly_machines._creating import LAUNCH_ID_KEY
from fly_machines.testing import FlySimulator

CREATE = "Machines_create"
NAME = "web-1"
HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


@dataclass(frozen=True)
class CreateFault:
    id: str
    inject: Callable[[FlySimulator], None]
    processed: bool  # whether the simulator did the create before failing
    unsent: bool = False  # the request provably never reached the server
    retry_after: float | None = None  # what the answer asks the client to wait


def _http_date(sim: FlySimulator, seconds: int) -> str:
    return format_datetime(
        datetime.fromtimestamp(sim.clock.time() + seconds, tz=timezone.utc), usegmt=True
    )


def _failing(status: int, after: bool, **options: object) -> Callable[[FlySimulator], None]:
    def inject(sim: FlySimulator) -> None:
        headers = options.get("headers")
        if headers == "date":
            headers = {"Retry-After": _http_date(sim, 3)}
        sim.faults.fail_next(
            CREATE,
            status=status,
            after_processing=after,
            headers=headers,  # type: ignore[arg-type]
            body=options.get("body"),
            content_type=options.get("content_type"),  # type: ignore[arg-type]
        )

    return inject


def _status_faults() -> list[CreateFault]:
    cases: list[tuple[str, int, dict[str, object], float | None]] = [
        ("429-retry-after-seconds", 429, {"headers": {"Retry-After": "2"}}, 2.0),
        ("429-retry-after-date", 429, {"headers": "date"}, 3.0),
        ("429-bare", 429, {}, None),
        ("408", 408, {}, None),
        ("500", 500, {}, None),
        ("502", 502, {}, None),
        ("503", 503, {}, None),
        ("504", 504, {}, None),
        ("502-html-page", 502, {"body": HTML_502, "content_type": "text/html"}, None),
    ]
    faults = []
    for id_, status, options, retry_after in cases:
        for after in (False, True):
            when = "after-processing" if after else "before-processing"
            faults.append(
                CreateFault(
                    f"{id_}-{when}",
                    _failing(status, after, **options),
                    processed=after,
                    retry_after=retry_after,
                )
            )
    return faults


FAULTS: tuple[CreateFault, ...] = (
    *_status_faults(),
    CreateFault(
        "connection-refused",
        lambda sim: sim.faults.drop_next(CREATE),
        processed=False,
        unsent=True,
    ),
    CreateFault(
        "reset-after-processing",
        lambda sim: sim.faults.drop_next(CREATE, after_processing=True),
        processed=True,
    ),
    CreateFault(
        "read-timeout-after-processing",
        lambda sim: sim.faults.timeout_next(CREATE),
        processed=True,
    ),
    CreateFault(
        "truncated-json-200",
        _failing(200, True, body='{"id": "3d8d9', content_type="application/json"),
        processed=True,
    ),
)
FAULT_IDS = [fault.id for fault in FAULTS]


def _creates_seen(sim: FlySimulator) -> list[str]:
    return [request.outcome for request in sim.requests_to(CREATE)]


def _launch_ids_sent(sim: FlySimulator) -> set[str]:
    return {
        json.loads(request.body)["config"]["metadata"][LAUNCH_ID_KEY]
        for request in sim.requests_to(CREATE)
    }


def _launch_id(machine: dict[str, object]) -> object:
    config = machine["config"]
    assert isinstance(config, dict)
    return config["metadata"][LAUNCH_ID_KEY]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", [None, NAME], ids=["unnamed", "named"])
@pytest.mark.parametrize("fault", FAULTS, ids=FAULT_IDS)
async def test_a_create_under_any_fault_makes_exactly_one_machine_and_returns_it(
    kind: Kind, name: str | None, fault: CreateFault
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    fault.inject(sim)

    result = await run_result(client, Machines.create, app_name=APP, config=CONFIG, name=name)

    machine = ok_value(result)
    machines = live_machines(sim)
    assert [m["id"] for m in machines] == [machine.id]
    assert name is None or machine.name == name
    # Every send carried the same launch id, and the machine holds it.
    assert _launch_ids_sent(sim) == {_launch_id(machines[0])}
    creates = _creates_seen(sim)
    lookups = sim.requests_to("Machines_list")
    if fault.unsent:
        # Nothing reached the server, so sending again was safe without looking.
        assert creates == ["dropped_before", "answered"] and lookups == []
    elif fault.processed:
        # The first create worked: the look-up found its machine, nothing was re-sent.
        assert len(creates) == 1 and len(lookups) == 1
        assert sim_clock(sim).sleeps == []
    else:
        # The first create did nothing: the look-up found no machine, so it was sent
        # again, after the pause the answer asked for (or the backoff's first step).
        assert len(creates) == 2 and len(lookups) == 1
        assert sim.requests.index(lookups[0]) == 1  # between the two sends
        expected = fault.retry_after if fault.retry_after is not None else 0.1
        assert sim_clock(sim).sleeps == [expected]
    for lookup in lookups:
        assert f"metadata.{LAUNCH_ID_KEY}" in lookup.query


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", [None, NAME], ids=["unnamed", "named"])
async def test_a_create_survives_a_fault_on_each_send(kind: Kind, name: str | None) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    sim.faults.fail_next(CREATE, status=503)  # not processed
    sim.faults.timeout_next(CREATE)  # processed, answer lost

    result = await run_result(client, Machines.create, app_name=APP, config=CONFIG, name=name)

    assert [m["id"] for m in live_machines(sim)] == [ok_value(result).id]
    assert _creates_seen(sim) == ["answered", "timed_out"]
    assert len(sim.requests_to("Machines_list")) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_name_that_was_taken_before_the_call_is_an_error_not_someone_elses_machine(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    first = await run_result(client, Machines.create, app_name=APP, config=CONFIG, name=NAME)
    assert first.ok

    second = await run_result(client, Machines.create, app_name=APP, config=CONFIG, name=NAME)

    assert failure(second).code == "name_taken"
    assert len(live_machines(sim)) == 1
    assert sim.requests_to("Machines_list") == []


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("after", [False, True], ids=["before-processing", "after-processing"])
async def test_a_named_create_whose_name_someone_else_holds_is_refused_even_after_a_lost_answer(
    kind: Kind, after: bool
) -> None:
    # The machine of that name was there before the call. The first send is answered 503
    # (processed or not, the name is taken: no machine is made); the look-up finds no
    # machine with this call's launch id, the re-send is refused as name_taken, and the
    # look-up after it finds none either. Looking up by name would have returned the
    # other machine as if this call had made it.
    sim = new_sim()
    client = sim_client(sim, kind)
    theirs = ok_value(
        await run_result(client, Machines.create, app_name=APP, config=CONFIG, name=NAME)
    )
    sim.faults.fail_next(CREATE, status=503, after_processing=after)

    result = await run_result(client, Machines.create, app_name=APP, config=CONFIG, name=NAME)

    error = failure(result)
    assert (error.status, error.code, error.attempts) == (422, "name_taken", 2)
    assert [m["id"] for m in live_machines(sim)] == [theirs.id]
    assert len(sim.requests_to("Machines_list")) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_named_creates_against_fly_rate_limits_wait_as_told_and_all_succeed(
    kind: Kind,
) -> None:
    # The simulator allows 3 creates at once per app, then one per second (Retry-After).
    sim = new_sim(rate_limit=True)
    client = sim_client(sim, kind)
    names = [f"worker-{n}" for n in range(5)]

    results = [
        await run_result(client, Machines.create, app_name=APP, config=CONFIG, name=name)
        for name in names
    ]

    assert all(result.ok for result in results), [r.error for r in results if not r.ok]
    assert sorted(m["name"] for m in live_machines(sim)) == names
    # Each refused create waited the second the API asked for, once.
    assert sim_clock(sim).sleeps == [1.0, 1.0]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_retry_false_sends_once_and_looks_nothing_up(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    sim.faults.fail_next(CREATE, status=503, after_processing=True)

    result = await run_result(
        client, Machines.create, app_name=APP, config=CONFIG, name=NAME, retry=False
    )

    assert failure(result).status == 503
    assert len(_creates_seen(sim)) == 1 and sim.requests_to("Machines_list") == []
    assert len(live_machines(sim)) == 1  # what retry=False gives up: finding it


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_failed_look_up_stops_the_create_and_says_so(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    sim.faults.fail_next(CREATE, status=503)
    sim.faults.fail_next("Machines_list", status=404, count=1)

    result = await run_result(client, Machines.create, app_name=APP, config=CONFIG)

    error = failure(result)
    assert error.status == 503
    assert "looking for its launch id afterwards failed: not_found" in error.message
    assert "not sent again" in error.message
    assert len(_creates_seen(sim)) == 1 and live_machines(sim) == []


# -- the launch id and the idempotency key ----------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_each_create_carries_a_launch_id_of_its_own_replacing_a_copied_one(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    copied = {**CONFIG, "metadata": {"role": "web", LAUNCH_ID_KEY: "from-another-machine"}}

    first = await run_result(client, Machines.create, app_name=APP, config=copied)
    second = await run_result(client, Machines.create, app_name=APP, config=copied)

    ids = [
        sim.backend.get_metadata(APP, ok_value(result).id)[LAUNCH_ID_KEY]
        for result in (first, second)
    ]
    assert len(set(ids)) == 2 and "from-another-machine" not in ids
    # The caller's own metadata is kept, and the caller's dict is left as it was.
    assert sim.backend.get_metadata(APP, ok_value(first).id)["role"] == "web"
    assert copied["metadata"][LAUNCH_ID_KEY] == "from-another-machine"


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_an_idempotency_key_returns_the_machine_it_made_even_to_another_process(
    kind: Kind,
) -> None:
    sim = new_sim()
    key = "deploy-42-worker-3"
    before_restart = sim_client(sim, kind)
    made = ok_value(
        await run_result(
            before_restart, Machines.create, app_name=APP, config=CONFIG, idempotency_key=key
        )
    )
    after_restart = sim_client(sim, "sync")  # another client: nothing shared but the key
    assert isinstance(after_restart, Client)

    again = Machines.create(after_restart, app_name=APP, config=CONFIG, idempotency_key=key)

    assert ok_value(again).id == made.id
    assert len(_creates_seen(sim)) == 1 and len(live_machines(sim)) == 1
    assert sim.backend.get_metadata(APP, made.id)[LAUNCH_ID_KEY] == key


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_an_idempotency_key_whose_machine_was_destroyed_still_names_that_machine(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    key = "job-7"
    made = ok_value(
        await run_result(client, Machines.create, app_name=APP, config=CONFIG, idempotency_key=key)
    )
    sim.backend.destroy(APP, made.id, None, True)
    sim_clock(sim).advance(5)

    again = ok_value(
        await run_result(client, Machines.create, app_name=APP, config=CONFIG, idempotency_key=key)
    )

    assert (again.id, again.state) == (made.id, "destroyed")
    assert len(_creates_seen(sim)) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"idempotency_key": ""}, "idempotency_key"),
        ({"idempotency_key": "has space"}, "idempotency_key"),
        ({"idempotency_key": "k" * 129}, "idempotency_key"),
        ({"idempotency_key": 7}, "idempotency_key"),
        ({"config": {**CONFIG, "metadata": ["a"]}}, "config.metadata"),
        ({"region": []}, "region"),
        ({"region": ["ams", ""]}, "region"),
        ({"region": ["ams", "fra", "ams"]}, "region lists ams"),
        ({"region": ["ams", 3]}, "region"),
    ],
)
async def test_bad_create_arguments_are_refused_unsent(
    kind: Kind, arguments: dict[str, object], named: str
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.create, **{"app_name": APP, "config": CONFIG, **arguments}
    )

    error = failure(result)
    assert error.kind == "invalid_request" and named in error.message
    assert sim.requests == []
