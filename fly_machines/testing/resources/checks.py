"""Health checks: the `checks` a machine reports for its config's `checks` and
`services[].checks`, and (for tests) making one fail (`sim.checks`).

A check is `warning` from each start of the machine until its `grace_period` (a Go
duration such as "10s"; default `transition_seconds`) has passed, then `passing`, unless
a test made it fail (`critical`, with the test's output), or the config's env names it in
`FLY_SIM_FAILING_CHECKS` (comma-separated check names: a config whose checks fail once
they count, for a deploy to meet over HTTP too; a name it does not declare answers 400).
A machine that is not started reports each check `critical`.
"""

from __future__ import annotations

import math
import re

from .._container import Part
from .._primitives import JSON, Moment, bad_request, mutating, not_found, rfc3339
from .lifecycle import Machine

ENV_FAILING_CHECKS = "FLY_SIM_FAILING_CHECKS"
_DURATION_PART = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)")
_UNITS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}
MAX_GRACE_SECONDS = 24 * 3600.0


def duration_seconds(text: str, field: str) -> float:
    """A Go `time.Duration` string ("1m30s", "500ms", "0") in seconds; 400 naming `field`
    otherwise."""
    if text == "0":
        return 0.0
    pos, total = 0, 0.0
    while pos < len(text):
        found = _DURATION_PART.match(text, pos)
        if found is None:
            break
        total += float(found.group(1)) * _UNITS[found.group(2)]
        pos = found.end()
    if not text or pos != len(text) or not math.isfinite(total) or total > MAX_GRACE_SECONDS:
        raise bad_request(f'invalid {field}: expected a duration such as "10s", got {text!r}')
    return total


def declared_checks(config: JSON) -> list[tuple[str, JSON]]:
    """(name, check) for each check of the config: `checks` by their names, then each
    service's checks as `servicecheck-<nn>-<type>-<port>`, as the live API names them."""
    found: list[tuple[str, JSON]] = []
    checks = config.get("checks")
    if isinstance(checks, dict):
        found += [(str(name), c) for name, c in sorted(checks.items()) if isinstance(c, dict)]
    number = 0
    for service in config.get("services") or []:
        if not isinstance(service, dict):
            continue
        for check in service.get("checks") or []:
            if isinstance(check, dict):
                kind = str(check.get("type") or "tcp")
                port = check.get("port") or service.get("internal_port") or 0
                found.append((f"servicecheck-{number:02d}-{kind}-{port}", check))
                number += 1
    return found


def validate_checks(config: JSON) -> None:
    """400 naming the field when a check's grace_period is not a duration, or when the
    env's FLY_SIM_FAILING_CHECKS names a check the config does not declare."""
    declared = declared_checks(config)
    for name, check in declared:
        grace = check.get("grace_period")
        if grace is not None:
            duration_seconds(str(grace), f"grace_period of check {name!r}")
    names = {name for name, _ in declared}
    for name in failing_by_config(config):
        if name not in names:
            raise bad_request(
                f"invalid config.env.{ENV_FAILING_CHECKS}: the config declares no check {name!r}"
            )


def failing_by_config(config: JSON) -> set[str]:
    """The checks the config's env says fail (FLY_SIM_FAILING_CHECKS)."""
    env = config.get("env")
    listed = env.get(ENV_FAILING_CHECKS) if isinstance(env, dict) else None
    return {name.strip() for name in str(listed or "").split(",") if name.strip()}


def check_statuses(machine: Machine, now: Moment) -> list[JSON]:
    answer = []
    failing = failing_by_config(machine.config)
    for name, check in declared_checks(machine.config):
        grace_text = check.get("grace_period")
        grace = machine.step if grace_text is None else duration_seconds(str(grace_text), name)
        started = machine.started_at
        if machine.state != "started" or started is None:
            at = machine.updated or machine.created
            status, output = "critical", f"machine is {machine.state}"
        elif name in machine.failing_checks:
            failed_at, output = machine.failing_checks[name]
            at = failed_at if failed_at.mono > started.mono else started
            status = "critical"
        elif now.mono < started.mono + grace:
            at, status, output = started, "warning", "waiting for the grace period to pass"
        elif name in failing:
            at, status = started.later(grace), "critical"
            output = f"check failed ({ENV_FAILING_CHECKS})"
        else:
            at, status, output = started.later(grace), "passing", "OK"
        answer.append(
            {"name": name, "status": status, "output": output, "updated_at": rfc3339(at.wall)}
        )
    return answer


class CheckRules(Part):
    """`sim.checks`: make a machine's check fail, or pass again."""

    @mutating
    def fail(self, machine_id: str, name: str, output: str = "check failed") -> None:
        """The check `name` is `critical` (with `output`) until `recover`."""
        machine = self._machine(machine_id, name)
        machine.failing_checks[name] = (self._backend.now(), output)

    @mutating
    def recover(self, machine_id: str, name: str) -> None:
        """The check `name` goes back to its normal course (passing after its grace period)."""
        self._machine(machine_id, name).failing_checks.pop(name, None)

    def _machine(self, machine_id: str, name: str) -> Machine:
        for app in self._backend.apps.values():
            machine = app.machines.get(machine_id)
            if machine is not None:
                names = [n for n, _ in declared_checks(machine.config)]
                if name not in names:
                    raise ValueError(f"machine {machine_id} has no check {name!r}: {names}")
                return machine
        raise not_found(f"machine {machine_id!r} not found")
