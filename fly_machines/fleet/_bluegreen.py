"""The blue-green strategy, as flyctl's (internal/command/deploy/strategy_bluegreen.go).

Every machine to change is a blue. For each, a green: a new machine with the blue's
target config in its region, made without service registration (so it takes no traffic
yet), started when its blue was serving, and tagged in its metadata with the run and its
blue (`fly_machines_bluegreen`), which is also its create's idempotency key (the launch
id `Machines.create` writes under `fly_machines_launch_id`: a create whose answer was
lost finds the green it made instead of making a second). A green of a stopped blue is
made stopped, and only waited for. Then: every green started, then healthy (the configs
must declare checks: without them a green's health says nothing); every green uncordoned
("ready for traffic"). Until that point any failure (or a cancelled run) destroys the
greens, and the blues serve on as before. After it, no green is destroyed: the blues are
cordoned, stopped, waited for, and destroyed; 10 seconds pass before the cordon and
before the stop, as flyctl waits, so the proxy sees the greens before it loses the blues.
"""

from __future__ import annotations

import math
from typing import Any

from .._engine import Flow, Gather, Sleep
from ..machines import Machines
from ._config import machine_dict, text
from ._machine import destroy_machine, settle
from ._plan import Target
from ._report import MachineReport
from ._run import Run

__all__ = ["SETTLE_SECONDS", "bluegreen"]

# flyctl's waitBeforeCordon and waitBeforeStop.
SETTLE_SECONDS = 10.0
TEARDOWN_POOL = 16
GREEN_METADATA = "fly_machines_bluegreen"


def bluegreen(run: Run, targets: list[Target], max_unavailable: float) -> Flow[None]:
    blues = [t for t in targets if t.changed]
    if not blues:
        return
    for blue in blues:
        blue.report.role = "blue"
    greens: list[tuple[Target, MachineReport]] = []
    ready = False
    try:
        # As flyctl: a third of the greens at a time, which spares the placement a race.
        size = max(1, math.ceil(len(blues) / 3))
        yield from _each(run, blues, size, lambda blue: _create_green(run, blue, greens))
        if run.stopped is None:
            yield from _each(run, greens, len(greens), lambda pair: _check_green(run, *pair))
        if run.stopped is None:
            yield from _each(run, greens, TEARDOWN_POOL, lambda pair: _uncordon(run, pair[1]))
        ready = run.stopped is None
    except GeneratorExit:
        raise
    except BaseException:
        yield from _roll_back(run, greens)
        raise
    if not ready:
        yield from _roll_back(run, greens)
        return
    yield Sleep(SETTLE_SECONDS)
    yield from _each(run, blues, TEARDOWN_POOL, lambda blue: _blue_call(run, blue, "cordon"))
    if run.stopped is not None:
        return
    yield Sleep(SETTLE_SECONDS)
    yield from _each(run, blues, TEARDOWN_POOL, lambda blue: _retire(run, blue))


def _create_green(run: Run, blue: Target, greens: list[tuple[Target, MachineReport]]) -> Flow[bool]:
    config = dict(blue.config)
    tag = f"{run.tag}-{blue.machine_id}"
    config["metadata"] = {**(config.get("metadata") or {}), GREEN_METADATA: tag}
    created = yield from Machines.create.flow(
        run.core,
        app_name=run.app_name,
        config=config,
        region=blue.report.region,
        skip_service_registration=True,
        skip_launch=None if blue.warm else True,
        min_secrets_version=run.settings.min_secrets_version,
        idempotency_key=f"bluegreen-{tag}",
        **run.calls(),
    )
    if not created.ok:
        return run.fail(blue.report, created.error)
    machine = machine_dict(created.value)
    report = run.tracker.machine(machine, "green", blue.group)
    report.action, report.after_version = "created", text(machine.get("instance_id"))
    run.tracker.step(report, "created", f"green for {blue.machine_id}")
    greens.append((blue, report))
    return True


def _check_green(run: Run, blue: Target, green: MachineReport) -> Flow[bool]:
    return settle(run, green, green.after_version, blue.warm, blue.config)


def _uncordon(run: Run, green: MachineReport) -> Flow[bool]:
    done = yield from Machines.uncordon.flow(
        run.core, app_name=run.app_name, machine_id=green.machine_id, **run.calls()
    )
    if not done.ok:
        return run.fail(green, done.error)
    run.tracker.step(green, "ready", "uncordoned")
    return True


def _blue_call(run: Run, blue: Target, action: str) -> Flow[bool]:
    lost = run.leases.check(blue.machine_id)
    if lost is not None:
        return run.fail(blue.report, lost)
    call = Machines.cordon if action == "cordon" else Machines.stop
    done = yield from call.flow(
        run.core,
        app_name=run.app_name,
        machine_id=blue.machine_id,
        nonce=run.leases.nonce(blue.machine_id),
        **run.calls(),
    )
    if not done.ok:
        return run.fail(blue.report, done.error)
    run.tracker.step(blue.report, "cordoned" if action == "cordon" else "stopping")
    return True


def _retire(run: Run, blue: Target) -> Flow[bool]:
    """Stop the blue, wait until it is stopped, destroy it."""
    if not (yield from _blue_call(run, blue, "stop")):
        return False
    waited = yield from Machines.wait.flow(
        run.core,
        app_name=run.app_name,
        machine_id=blue.machine_id,
        state=["stopped", "suspended", "failed"],
        timeout=run.settings.wait_timeout,
        **run.calls(),
    )
    if not waited.ok:
        return run.fail(blue.report, waited.error)
    return (yield from destroy_machine(run, blue.report, "replaced by its green"))


def _roll_back(run: Run, greens: list[tuple[Target, MachineReport]]) -> Flow[None]:
    """Destroy every green made so far; the blues were not touched."""
    yield from _each(
        run,
        [green for _, green in greens],
        TEARDOWN_POOL,
        lambda green: destroy_machine(run, green, "rolled back: the blues serve on"),
        always=True,
    )


def _each(run: Run, items: list[Any], size: int, work: Any, always: bool = False) -> Flow[None]:
    """`work(item)` for every item, `size` at a time; none begun once the run stopped
    (unless `always`: a roll-back goes on)."""
    queue = list(reversed(items))

    def worker() -> Flow[None]:
        while queue and (always or run.stopped is None):
            yield from work(queue.pop())

    if queue:
        yield Gather(tuple(worker() for _ in range(min(max(size, 1), len(queue)))))
