"""What runs inside a started machine: exec, ps and signal (the answers are documented in
the package docstring), and, for tests, what the main process does (`sim.processes`).
None is lease-guarded: PROVENANCE item 2 names the calls that need the nonce, and these
are not among them (fly-go sends none with them)."""

from __future__ import annotations

import math
import shlex
from typing import Any

from .._container import Part, Resource
from .._http import Call, Reply
from .._primitives import JSON, bad_request, locked, mutating, not_found
from .lifecycle import MAX_EXIT_CODE, Machine, Program
from .machine_actions import signal_name


class ProgramRules(Part):
    """`sim.processes`: what a machine's main process does each time it starts. By default
    (and after `run_forever`) it runs until the machine is stopped; the config env
    `FLY_SIM_RUN_SECONDS`/`FLY_SIM_EXIT_CODE`/`FLY_SIM_OOM` says the same over HTTP, and
    what is set here wins over it. A machine already started runs the new program from
    now."""

    @mutating
    def exit_after(self, machine_id: str, seconds: float = 0.0, code: int = 0) -> None:
        """The process exits with `code` `seconds` after each start."""
        if isinstance(code, bool) or not isinstance(code, int) or not 0 <= code <= MAX_EXIT_CODE:
            raise ValueError(f"code must be a whole number from 0 to {MAX_EXIT_CODE}, got {code!r}")
        self._set(machine_id, Program(_seconds(seconds), code))

    @mutating
    def oom_after(self, machine_id: str, seconds: float = 0.0) -> None:
        """The process is killed for running out of memory (exit code 137) `seconds` after
        each start."""
        self._set(machine_id, Program(_seconds(seconds), 137, oom=True))

    @mutating
    def run_forever(self, machine_id: str) -> None:
        """The process runs until the machine is stopped (whatever the config env says)."""
        self._set(machine_id, Program(math.inf))

    def _set(self, machine_id: str, program: Program) -> None:
        backend = self._backend
        for app in backend.apps.values():
            machine = app.machines.get(machine_id)
            if machine is not None:
                now = backend.now()
                machine.settle(now, backend.ids)
                machine.program = program
                if machine.state == "started":
                    machine.exit_at = machine.exit_due(now)
                return
        raise not_found(f"machine {machine_id!r} not found")


def _seconds(seconds: float) -> float:
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise ValueError(f"seconds must be a number, got {seconds!r}")
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"seconds must be finite and >= 0, got {seconds!r}")
    return float(seconds)


class ProcessResource(Resource):
    @property
    def programs(self) -> ProgramRules:
        """What each machine's main process does (`sim.processes`)."""
        return ProgramRules(self)

    @locked
    def processes(
        self, app_name: str, machine_id: str, sort_by: str | None, order: str | None
    ) -> list[JSON]:
        machine = self._started(app_name, machine_id, "list processes")
        return process_table(machine.config, sort_by, order)

    @locked
    def exec(self, app_name: str, machine_id: str, command: list[str], stdin: str | None) -> JSON:
        self._started(app_name, machine_id, "exec")
        return run(command, stdin)

    @mutating
    def signal(self, app_name: str, machine_id: str, signal: object) -> JSON:
        """A name ("SIGTERM") or, as fly-go's Kill sends it, a number (9). SIGKILL ends the
        main process (exit code 137); the restart policy says what follows."""
        name = signal_name(signal, "signal")
        machine = self._started(app_name, machine_id, "signal")
        if name == "SIGKILL":
            machine.kill(self.now(), self.ids)
        return {"ok": True}

    def _started(self, app_name: str, machine_id: str, action: str) -> Machine:
        machine = self.machine(app_name, machine_id)
        machine.check(action)
        return machine


def run(command: list[str], stdin: str | None) -> JSON:
    """`echo ARGS` prints ARGS, `cat` echoes stdin, `true`/`false` exit 0/1, anything else
    exits 127 with a "not found" message on stderr, as a shell would."""
    program, args = command[0], command[1:]
    if program == "echo":
        return {"exit_code": 0, "stdout": " ".join(args) + "\n", "stderr": ""}
    if program == "cat" and not args:
        return {"exit_code": 0, "stdout": stdin or "", "stderr": ""}
    if program == "true":
        return {"exit_code": 0, "stdout": "", "stderr": ""}
    if program == "false":
        return {"exit_code": 1, "stdout": "", "stderr": ""}
    return {"exit_code": 127, "stdout": "", "stderr": f"sh: 1: {program}: not found\n"}


def process_table(config: JSON, sort_by: str | None, order: str | None) -> list[JSON]:
    """Fly's init (pid 1) and the image's main process (pid 2), listening on every
    service's internal port."""
    init = config.get("init")
    if not isinstance(init, dict):
        init = {}
    argv = [
        *_strings(init.get("exec")),
        *_strings(init.get("entrypoint")),
        *_strings(init.get("cmd")),
    ]
    main_command = " ".join(str(a) for a in argv) or str(config.get("image", ""))
    sockets = [
        {
            "proto": str(service.get("protocol", "tcp")),
            "address": f"0.0.0.0:{service['internal_port']}",
        }
        for service in config.get("services") or []
        if isinstance(service, dict) and "internal_port" in service
    ]
    table: list[JSON] = [
        _process(1, "/.fly/init", 2, 8 * 1024 * 1024, []),
        _process(2, main_command, 5, 64 * 1024 * 1024, sockets),
    ]
    if sort_by:
        table.sort(key=lambda p: _sort_key(p.get(sort_by)), reverse=order == "desc")
    return table


def _process(pid: int, command: str, cpu: int, rss: int, sockets: list[JSON]) -> JSON:
    return {
        "pid": pid,
        "command": command,
        "cpu": cpu,
        "rss": rss,
        "rtime": 1000 * pid,
        "stime": 100 * pid,
        "directory": "/",
        "listen_sockets": sockets,
    }


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _sort_key(value: Any) -> tuple[int, str]:
    return (value, "") if isinstance(value, int) else (0, str(value))


# -- HTTP ---------------------------------------------------------------------------------------
def _exec(c: Call) -> Reply:
    body = c.json()
    command = body.get("command")
    if command is None and isinstance(body.get("cmd"), str):
        command = shlex.split(body["cmd"])  # `cmd`: the deprecated single-string form
    if not isinstance(command, list) or not command or not all(isinstance(a, str) for a in command):
        raise bad_request("invalid command: expected a non-empty list of strings")
    stdin = body.get("stdin")
    return 200, c.backend.exec(c.app, c.machine, command, stdin if isinstance(stdin, str) else None)


def _ps(c: Call) -> Reply:
    order = c.query("order")
    if order not in (None, "asc", "desc"):
        raise bad_request(f"invalid query parameter order={order!r}: expected asc or desc")
    return 200, c.backend.processes(c.app, c.machine, c.query("sort_by"), order)


def _signal(c: Call) -> Reply:
    return 200, c.backend.signal(c.app, c.machine, c.json().get("signal"))


ProcessResource.handlers = {
    "Machines_exec": _exec,
    "Machines_list_processes": _ps,
    "Machines_signal": _signal,
}
