"""What a deploy will do, decided before it changes anything: each machine's target config,
whether it changes, whether it serves now, and the pool sizes."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._config import config_of, merged, process_group, same_config
from ._report import MachineReport, Tracker
from ._run import WARM_STATES

__all__ = ["DEFAULT_MAX_UNAVAILABLE", "STOPPED_POOL", "Target", "by_group", "plan", "pool_size"]

DEFAULT_MAX_UNAVAILABLE = 0.33  # flyctl's DefaultMaxUnavailable
# Stopped machines are updated this many at a time: they serve nothing, so only the load
# on the API limits it (flyctl's STOPPED_MACHINES_POOL_SIZE).
STOPPED_POOL = 30


@dataclass
class Target:
    """One existing machine and what the deploy wants of it."""

    machine: dict[str, Any]  # as the API listed it
    config: dict[str, Any]  # its target config
    report: MachineReport
    group: str
    warm: bool  # serving (or about to): updating it takes it out for a while
    changed: bool  # its target differs from its config

    @property
    def machine_id(self) -> str:
        return self.report.machine_id


def plan(
    tracker: Tracker, machines: list[dict[str, Any]], changes: Mapping[str, Any]
) -> list[Target]:
    """A target for each machine, in the order of their ids; machines already on their
    target are reported as skipped here (nothing is sent for them)."""
    targets = []
    for machine in sorted(machines, key=lambda m: str(m.get("id"))):
        current = config_of(machine)
        config = merged(current, changes)
        group = process_group(config)
        report = tracker.machine(machine, "existing", group)
        changed = not same_config(current, config)
        target = Target(
            machine, config, report, group, machine.get("state") in WARM_STATES, changed
        )
        if not changed:
            report.action, report.after_version = "skipped", report.before_version
            tracker.step(report, "skipped", "already on the target config")
        targets.append(target)
    return targets


def by_group(targets: list[Target]) -> dict[str, list[Target]]:
    groups: dict[str, list[Target]] = {}
    for target in targets:
        groups.setdefault(target.group, []).append(target)
    return groups


def pool_size(max_unavailable: float, warm: int) -> int:
    """How many serving machines of a group may be updated at once: `max_unavailable`
    itself when it is 1 or more, else that fraction of the group's serving machines,
    rounded up (as flyctl's getPoolSize), and at least one."""
    if max_unavailable >= 1:
        return int(max_unavailable)
    return max(1, math.ceil(warm * max_unavailable))
