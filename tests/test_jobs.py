"""`Jobs.run`: a machine that runs once, its exit read from its events, against the
simulator (its process ends as the config env `FLY_SIM_*` says), sync and async; and 50
jobs at once on one AsyncClient under Fly's rate limits, in virtual time."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from typing import Any

import httpx
import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import APP, live_machines, new_sim, sim_client, sim_clock
from support.virtual_time import LoopTime, VirtualTimeLoop

from fly_machines import AsyncClient, JobResult, Jobs, Result
from fly_machines.testing import FlySimulator

pytestmark = pytest.mark.anyio

IMAGE = "registry.fly.io/batch:1"


def _job(seconds: float = 5, code: int = 0, oom: bool = False, **config: Any) -> dict[str, Any]:
    env = {"FLY_SIM_RUN_SECONDS": f"{seconds}", "FLY_SIM_EXIT_CODE": f"{code}"}
    if oom:
        env["FLY_SIM_OOM"] = "true"
    return {"image": IMAGE, "env": env, **config}


def _created_config(sim: FlySimulator) -> dict[str, Any]:
    (create,) = sim.requests_to("Machines_create")
    config = json.loads(create.body)["config"]
    assert isinstance(config, dict)
    return config


@pytest.mark.parametrize("kind", KINDS)
async def test_a_job_that_exits_3_gives_exit_code_3(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(client, Jobs.run, app_name=APP, config=_job(seconds=5, code=3))

    job = ok_value(result)
    assert isinstance(job, JobResult)
    assert (job.exit_code, job.oom_killed, job.requested_stop) == (3, False, False)
    assert not job.succeeded
    assert job.run_seconds == pytest.approx(5.0)
    assert job.started_at is not None and job.exited_at is not None
    assert job.elapsed >= 5.0 and job.region == "ord"
    # One create, one server-side wait, one read: no polling.
    assert [r.operation_id for r in sim.requests] == [
        "Machines_create",
        "Machines_wait",
        "Machines_show",
    ]
    # The machine it ran on is gone (auto_destroy) once the platform has destroyed it.
    sim_clock(sim).advance(5)
    assert sim.backend.get_machine(APP, job.machine_id, False)["state"] == "destroyed"


@pytest.mark.parametrize("kind", KINDS)
async def test_a_job_that_succeeds_and_one_killed_for_memory(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    done = ok_value(await run_result(client, Jobs.run, app_name=APP, config=_job(seconds=1)))
    oom = ok_value(await run_result(client, Jobs.run, app_name=APP, config=_job(oom=True)))

    assert (done.exit_code, done.succeeded) == (0, True)
    assert (oom.exit_code, oom.oom_killed, oom.succeeded) == (137, True, False)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_job_runs_once_whatever_its_config_said_about_restarts(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    says_otherwise = _job(code=1, restart={"policy": "always"}, auto_destroy=False)

    job = ok_value(await run_result(client, Jobs.run, app_name=APP, config=says_otherwise))

    sent = _created_config(sim)
    assert (sent["restart"], sent["auto_destroy"]) == ({"policy": "no"}, True)
    assert job.exit_code == 1
    events = sim.backend.events(APP, job.machine_id, 50)
    assert [e["type"] for e in events].count("exit") == 1  # never restarted
    assert says_otherwise["restart"] == {"policy": "always"}  # the caller's dict as it was


@pytest.mark.parametrize("kind", KINDS)
async def test_a_job_past_its_timeout_is_an_err_and_its_machine_is_destroyed(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(client, Jobs.run, app_name=APP, config=_job(seconds=3600), timeout=30)

    error = failure(result)
    assert (error.kind, error.code) == ("timeout", "deadline_exceeded")
    assert "did not exit within 30s; the machine was destroyed" in error.message
    assert live_machines(sim) == [] or all(m["state"] == "destroying" for m in live_machines(sim))
    (destroy,) = sim.requests_to("Machines_delete")
    assert destroy.status == 200 and "force=true" in destroy.query


@pytest.mark.parametrize("kind", KINDS)
async def test_a_job_that_cannot_be_created_is_the_creates_err(kind: Kind) -> None:
    sim = new_sim()
    sim.capacity["ams"] = 0
    client = sim_client(sim, kind)

    result = await run_result(client, Jobs.run, app_name=APP, config=_job(), region="ams")

    assert failure(result).code == "insufficient_capacity"
    assert [r.operation_id for r in sim.requests] == ["Machines_create"]


class _CrashOnWait(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Puts the job's machine in `failed` (as a machine that could not start its process)
    when the client starts waiting for it."""

    def __init__(self, sim: FlySimulator) -> None:
        self._sim = sim
        self._inner = sim.transport()

    def _crash(self, request: httpx.Request) -> None:
        if request.url.path.endswith("/wait"):
            self._sim.crash_machine(APP, request.url.path.split("/")[-2])

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._crash(request)
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._crash(request)
        return await self._inner.handle_async_request(request)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_job_whose_machine_fails_is_an_err_and_is_destroyed(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind, transport=_CrashOnWait(sim))

    result = await run_result(client, Jobs.run, app_name=APP, config=_job())

    error = failure(result)
    assert error.code == "job_failed" and "the machine was destroyed" in error.message
    assert [r.status for r in sim.requests_to("Machines_delete")] == [200]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_job_under_an_idempotency_key_runs_once_and_is_read_again(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    first = ok_value(
        await run_result(
            client,
            Jobs.run,
            app_name=APP,
            config=_job(code=4),
            idempotency_key="nightly-2024-05-01",
        )
    )
    again = ok_value(
        await run_result(
            client,
            Jobs.run,
            app_name=APP,
            config=_job(code=4),
            idempotency_key="nightly-2024-05-01",
        )
    )

    assert (again.machine_id, again.exit_code) == (first.machine_id, 4)
    assert len(sim.requests_to("Machines_create")) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("arguments", "named"),
    [({"timeout": 0}, "timeout"), ({"timeout": -1.0}, "timeout"), ({"config": "img"}, "config")],
)
async def test_bad_arguments_are_refused_unsent(
    kind: Kind, arguments: dict[str, Any], named: str
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(client, Jobs.run, **{"app_name": APP, "config": _job(), **arguments})

    error = failure(result)
    assert error.kind == "invalid_request" and named in error.message
    assert sim.requests == []


# -- many at once ------------------------------------------------------------------------------

JOBS = 50


def _fifty_jobs_at_once(rate_limit: bool) -> tuple[FlySimulator, list[Result[JobResult]], float]:
    """50 jobs of 20 s each, gathered on one AsyncClient, against a simulator enforcing
    Fly's limits (1 create a second per app, bursts of 3; per machine for the rest). Time
    is the virtual loop's, which the simulator takes for a real clock: each job's wait
    suspends its task, so the jobs overlap as they would for real."""
    loop = VirtualTimeLoop()
    clock = LoopTime(loop)
    sim = FlySimulator(clock=clock, rate_limit=True, seed=11)
    sim.backend.create_app({"name": APP, "org_slug": "personal"})

    async def main() -> list[Result[JobResult]]:
        async with AsyncClient(
            token="jobs-test-token",
            base_url="http://fly-sim.invalid",
            transport=sim.transport(),
            clock=clock,
            rate_limit=rate_limit,
        ) as client:
            runs = [
                Jobs.run(client, app_name=APP, config=_job(seconds=20, code=n % 7), timeout=900)
                for n in range(JOBS)
            ]
            results = await asyncio.gather(*runs)
        assert asyncio.all_tasks() == {asyncio.current_task()}
        return list(results)

    try:
        results = loop.run_until_complete(main())
        return sim, results, loop.time()
    finally:
        loop.close()


def test_fifty_concurrent_jobs_on_one_async_client_with_its_rate_limiter_meet_no_429() -> None:
    sim, results, took = _fifty_jobs_at_once(rate_limit=True)

    statuses = Counter((r.operation_id, r.status) for r in sim.requests)
    assert statuses == {
        ("Machines_create", 200): JOBS,
        ("Machines_wait", 200): JOBS,
        ("Machines_show", 200): JOBS,
    }
    jobs = [ok_value(result) for result in results]
    assert [job.exit_code for job in jobs] == [n % 7 for n in range(JOBS)]
    assert len({job.machine_id for job in jobs}) == JOBS
    # They ran side by side: the creates took their turns (2 at once, then 1 a second),
    # and each job's 20 s overlapped the others'.
    assert JOBS - 2 + 20 <= took < JOBS + 2 * 20


def test_without_the_rate_limiter_the_same_fifty_jobs_meet_429s() -> None:
    # What the limiter is for: the same burst, sent as fast as it comes.
    sim, results, _ = _fifty_jobs_at_once(rate_limit=False)

    assert any(r.status == 429 for r in sim.requests_to("Machines_create"))
    # Never two machines for one job, whatever the 429s did to it.
    launches = Counter(
        json.loads(r.body)["config"]["metadata"]["fly_machines_launch_id"]
        for r in sim.requests_to("Machines_create")
        if r.status == 200
    )
    assert set(launches.values()) == {1}
    assert sum(result.ok for result in results) == len(launches)
