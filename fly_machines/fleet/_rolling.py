"""The rolling, canary and immediate strategies (blue-green is in `_bluegreen`).

Rolling, as flyctl's (internal/command/deploy/machines_deploymachinesapp.go,
updateUsingRollingStrategy, and plan.go): process groups go side by side; in each, the
first serving machine is updated alone and checked (a canary of the group's own
machines), then the serving ones in a pool of `max_unavailable` and the stopped ones
(updated without being started, `skip_launch`) in a pool of up to 30. One change from
flyctl: the stopped machines wait for that first machine too, so a config that fails its
checks reaches no machine but the first. Any failure stops every pool: the machines
under way are finished (their waits end), no other is started, and the rest are left as
they were ("untouched").

Canary: first one new machine per group, made from the group's first machine with the
new config (without service registration, so it takes no traffic), checked as an update
is, then destroyed (also when it failed: a library run from code must not leave billable
machines behind; the report keeps why it failed); then rolling.

Immediate: every machine updated at once (16 requests at a time), nothing waited for.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from .._engine import Flow, Gather
from ..machines import Machines
from ._config import machine_dict, text
from ._machine import destroy_machine, settle, update_machine
from ._plan import STOPPED_POOL, Target, by_group, pool_size
from ._run import Run

__all__ = ["canary", "immediate", "rolling"]

CANARY_METADATA = "fly_machines_canary"
IMMEDIATE_POOL = 16


def rolling(run: Run, targets: list[Target], max_unavailable: float) -> Flow[None]:
    groups = by_group(targets)
    yield Gather(tuple(_group(run, members, max_unavailable) for members in groups.values()))


def _group(run: Run, targets: list[Target], max_unavailable: float) -> Flow[None]:
    warm = [t for t in targets if t.warm]
    cold = [t for t in targets if t.changed and not t.warm]
    todo = [t for t in warm if t.changed]
    if todo:
        first = todo.pop(0)
        if not (yield from _update(run, first)):
            return
    yield Gather(
        (
            _pool(run, cold, STOPPED_POOL, lambda t: _update(run, t)),
            _pool(run, todo, pool_size(max_unavailable, len(warm)), lambda t: _update(run, t)),
        )
    )


def canary(run: Run, targets: list[Target], max_unavailable: float) -> Flow[None]:
    groups = by_group(targets)
    yield Gather(tuple(_canary_then_roll(run, g, max_unavailable) for g in groups.values()))


def _canary_then_roll(run: Run, targets: list[Target], max_unavailable: float) -> Flow[None]:
    changed = [t for t in targets if t.changed]
    if not changed:
        return
    model = next((t for t in changed if t.warm), changed[0])
    passed = yield from _canary(run, model)
    if passed and run.stopped is None:
        yield from _group(run, targets, max_unavailable)


def _canary(run: Run, model: Target) -> Flow[bool]:
    """Make, check and destroy one new machine with `model`'s target config."""
    config = dict(model.config)
    config["metadata"] = {**(config.get("metadata") or {}), CANARY_METADATA: "true"}
    created = yield from Machines.create.flow(
        run.core,
        app_name=run.app_name,
        config=config,
        region=model.report.region,
        skip_service_registration=True,
        min_secrets_version=run.settings.min_secrets_version,
        **run.calls(),
    )
    if not created.ok:
        run.stopped = run.stopped or created.error
        run.tracker.step(model.report, "canary_failed", created.error.message)
        return False
    machine = machine_dict(created.value)
    report = run.tracker.machine(machine, "canary", model.group)
    report.action, report.after_version = "created", text(machine.get("instance_id"))
    run.tracker.step(report, "created", f"canary for group {model.group or '(none)'}")
    try:
        passed = yield from settle(run, report, report.after_version, True, config)
    except GeneratorExit:
        raise
    except BaseException:
        # Gone whatever happened (a cancelled run included): it was only a test.
        yield from destroy_machine(run, report, "the canary is not kept")
        raise
    yield from destroy_machine(run, report, "the canary is not kept")
    return passed


def immediate(run: Run, targets: list[Target], max_unavailable: float) -> Flow[None]:
    todo = [t for t in targets if t.changed]
    yield from _pool(run, todo, IMMEDIATE_POOL, lambda t: _update(run, t, wait=False))


def _update(run: Run, target: Target, wait: bool = True) -> Flow[bool]:
    return update_machine(run, target.machine, target.config, target.report, wait=wait)


def _pool(
    run: Run, targets: list[Target], size: int, work: Callable[[Target], Flow[Any]]
) -> Flow[None]:
    """`work` on each target in order, `size` at a time; none is begun once the run has
    stopped."""
    queue = deque(targets)

    def worker() -> Flow[None]:
        while queue and run.stopped is None:
            yield from work(queue.popleft())

    if queue:
        yield Gather(tuple(worker() for _ in range(min(size, len(queue)))))
