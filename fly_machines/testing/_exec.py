"""What `exec` and `ps` answer on a simulated machine (documented in the package docstring)."""

from __future__ import annotations

from typing import Any

from ._primitives import JSON


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


def processes(config: JSON, sort_by: str | None, order: str | None) -> list[JSON]:
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
