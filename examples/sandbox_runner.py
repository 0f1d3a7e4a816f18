"""Run a command in a throwaway machine and print what it printed.

    FLY_API_TOKEN=... python examples/sandbox_runner.py my-app echo hello

A program written the way the README teaches: `attach()` reads the token (and
FLY_API_HOSTNAME, for another endpoint) from the environment; every call returns an
`Ok` or an `Err`; the machine is destroyed whatever happens.
"""

from __future__ import annotations

import sys

import fly_machines
from fly_machines import Client, Machines, Orchestrator

CONFIG = {
    "image": "python:3.12-slim",
    "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
    "restart": {"policy": "no"},
    "auto_destroy": True,
}


def run_in_sandbox(client: Client, app_name: str, command: list[str]) -> int:
    """The command's exit code; its output printed; the machine gone afterwards."""
    started = Orchestrator.create_and_wait(client, app_name=app_name, config=CONFIG)
    if not started.ok:
        print(f"could not start a sandbox: {started.error}", file=sys.stderr)
        return 1
    machine = started.value
    try:
        ran = Machines.exec(
            client, app_name=app_name, machine_id=machine.id, command=command, timeout=30
        )
        if not ran.ok:
            print(f"could not run {command}: {ran.error}", file=sys.stderr)
            return 1
        print(ran.value.stdout, end="")
        print(ran.value.stderr, end="", file=sys.stderr)
        took = (machine.updated_at - machine.created_at).total_seconds()
        print(f"[{machine.id} in {machine.region}, started in {took:.0f}s]", file=sys.stderr)
        return ran.value.exit_code
    finally:
        destroyed = Orchestrator.destroy_and_wait(
            client, app_name=app_name, machine_id=machine.id, force=True
        )
        if not destroyed:
            print(f"left machine {machine.id} behind: {destroyed.error}", file=sys.stderr)


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: sandbox_runner.py APP [COMMAND ...]", file=sys.stderr)
        return 2
    app_name, command = argv[0], argv[1:] or ["echo", "hello from a sandbox"]
    with fly_machines.attach() as client:
        return run_in_sandbox(client, app_name, command)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
