"""`Machines.create` under every fault, against the simulator: never two machines.

Without a name, a create that may have reached the API is never sent again (only a
connection refused before sending is). With a name, the client looks the name up before
sending again, so whatever fails, at most one machine of that name ever exists, and when
the call says Ok it is that machine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import format_datetime

import pytest
from support.kinds import KINDS, Kind, run_result
from support.resilience import APP, CONFIG, live_machines, new_sim, sim_client, sim_clock

from fly_machines import Machines
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


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fault", FAULTS, ids=FAULT_IDS)
async def test_a_create_without_a_name_is_never_sent_twice(kind: Kind, fault: CreateFault) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    fault.inject(sim)

    result = await run_result(client, Machines.create, app_name=APP, config=CONFIG)

    machines = live_machines(sim)
    if fault.unsent:
        # Nothing reached the server, so sending again was safe, and it worked.
        assert _creates_seen(sim) == ["dropped_before", "answered"]
        assert result.ok and [m["id"] for m in machines] == [result.value.id]
        return
    assert len(_creates_seen(sim)) == 1
    assert not result.ok and result.error.attempts == 1
    assert len(machines) == (1 if fault.processed else 0)
    # Nothing else was asked either: no lookup, no retry, no pause.
    assert len(sim.requests) == 1
    assert sim_clock(sim).sleeps == []


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fault", FAULTS, ids=FAULT_IDS)
async def test_a_create_with_a_name_never_makes_two_machines(
    kind: Kind, fault: CreateFault
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    fault.inject(sim)

    result = await run_result(client, Machines.create, app_name=APP, config=CONFIG, name=NAME)

    named = [m for m in live_machines(sim) if m["name"] == NAME]
    assert len(live_machines(sim)) == len(named) <= 1
    if fault.id.startswith("500"):
        # A 500 is never re-sent, but the create may have landed before it: the client
        # looks the name up once and returns the machine if it is there.
        assert len(_creates_seen(sim)) == 1
        assert len(sim.requests_to("Machines_list")) == 1
        assert sim_clock(sim).sleeps == []
        if fault.processed:
            assert result.ok and result.value.id == named[0]["id"]
        else:
            assert not result.ok and result.error.status == 500 and named == []
        return
    assert result.ok, result.error
    assert len(named) == 1 and result.value.id == named[0]["id"]
    assert result.value.name == NAME
    creates = _creates_seen(sim)
    if fault.unsent:
        assert creates == ["dropped_before", "answered"]
    elif fault.processed:
        # The first create worked: the lookup found its machine, nothing was re-sent.
        assert len(creates) == 1
    else:
        # The first create did nothing: the lookup found no machine, so it was sent again,
        # after the pause the answer asked for (or the backoff's first step).
        assert len(creates) == 2
        expected = fault.retry_after if fault.retry_after is not None else 0.1
        assert sim_clock(sim).sleeps == [expected]
    lookups = sim.requests_to("Machines_list")
    assert len(lookups) == (0 if fault.unsent else 1)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_named_create_survives_a_fault_on_each_send(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    sim.faults.fail_next(CREATE, status=503)  # not processed
    sim.faults.timeout_next(CREATE)  # processed, answer lost

    result = await run_result(client, Machines.create, app_name=APP, config=CONFIG, name=NAME)

    assert result.ok, result.error
    assert [m["id"] for m in live_machines(sim)] == [result.value.id]
    assert _creates_seen(sim) == ["answered", "timed_out"]


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

    assert not second.ok and second.error.code == "name_taken"
    assert len(live_machines(sim)) == 1
    assert sim.requests_to("Machines_list") == []


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
async def test_retry_false_turns_the_named_recovery_off(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    sim.faults.fail_next(CREATE, status=503)

    result = await run_result(
        client, Machines.create, app_name=APP, config=CONFIG, name=NAME, retry=False
    )

    assert not result.ok and result.error.status == 503
    assert len(_creates_seen(sim)) == 1 and sim.requests_to("Machines_list") == []
