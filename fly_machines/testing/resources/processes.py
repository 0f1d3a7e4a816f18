"""What runs inside a started machine: exec, ps and signal (the answers are documented in
the package docstring). None is lease-guarded: PROVENANCE item 2 names the calls that
need the nonce, and these are not among them (fly-go sends none with them)."""

from __future__ import annotations

import shlex
from typing import Any

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, bad_request, locked, mutating
from .lifecycle import Machine

_SIGNAL_NAMES = "ABRT ALRM FPE HUP ILL INT KILL PIPE QUIT SEGV TERM TRAP USR1 USR2"
SIGNALS = frozenset(f"SIG{name}" for name in _SIGNAL_NAMES.split())


class ProcessResource(Resource):
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
        if signal not in SIGNALS:
            raise bad_request(
                f"invalid signal {signal!r}: expected one of {', '.join(sorted(SIGNALS))}"
            )
        self._started(app_name, machine_id, "signal")
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
