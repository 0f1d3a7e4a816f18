"""The narrated lifecycle behind `python -m fly_machines demo`.

Create an app, create a machine, wait until it has started, run a command in it, take
its lease and update it under the lease, scale it out to three machines, roll a new
config over them, scale back in, stop it, wait until it has stopped, destroy it. Each
step prints its outcome and how long it took. Without a token it runs against the
embedded simulator; with a token and `--app` against the real API, where the fleet steps
touch only the demo's own machines (a process group of their own).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any, TextIO, TypeVar

from ._client import Client
from .apps import Apps
from .errors import FlyError
from .fleet import Fleet
from .machines import Machines
from .result import Result

__all__ = ["DemoFailed", "run_demo"]

T = TypeVar("T")

IMAGE = "flyio/hellofly:latest"
# The demo's machines are a process group of their own, so the fleet steps touch no other
# machine of an existing app.
GROUP = "fly-machines-demo"


class DemoFailed(Exception):
    def __init__(self, step: str, error: FlyError) -> None:
        super().__init__(f"{step} failed: {error}")
        self.step = step
        self.error = error


class _Narrator:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.number = 0

    def step(self, title: str, call: Callable[[], Result[T]], describe: Callable[[T], str]) -> T:
        self.number += 1
        started = time.perf_counter()
        result = call()
        elapsed = (time.perf_counter() - started) * 1000
        label = f"{self.number:>2}. {title} "
        if result.ok:
            value = result.value
            print(f"{label:.<44} ok   {elapsed:7.1f} ms  {describe(value)}", file=self.out)
            return value
        print(f"{label:.<44} FAIL {elapsed:7.1f} ms  {result.error}", file=self.out)
        if result.error.suggestion:
            print(f"    hint: {result.error.suggestion}", file=self.out)
        raise DemoFailed(title, result.error)


def run_demo(
    client: Client,
    *,
    app_name: str,
    org_slug: str = "personal",
    region: str | None = None,
    create_app: bool = True,
    smoke_seconds: float = 1.0,
    out: TextIO,
) -> None:
    """Run the lifecycle; raises `DemoFailed` at the first step that fails.
    `smoke_seconds`: how long the rolling deploy watches each machine it updates (a
    deploy's default is 10 s; the demo's machines have nothing to crash, so a second)."""
    say = _Narrator(out)
    if create_app:
        say.step(
            f"create app {app_name}",
            lambda: Apps.create(client, app_name=app_name, org_slug=org_slug),
            lambda created: f"id={getattr(created, 'id', '?')}",
        )
    config: dict[str, Any] = {
        "image": IMAGE,
        "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
        "env": {"GREETING": "hello"},
        "metadata": {"fly_process_group": GROUP},
    }
    machine = say.step(
        "create machine",
        lambda: Machines.create(client, app_name=app_name, config=config, region=region),
        lambda m: f"{m.id} in {m.region or '?'} ({m.state})",
    )
    machine_id = str(machine.id)
    say.step(
        "wait until started",
        lambda: Machines.wait(
            client, app_name=app_name, machine_id=machine_id, state="started", timeout=120
        ),
        lambda w: f"state={w.state}",
    )
    say.step(
        "exec echo hello",
        lambda: Machines.exec(
            client,
            app_name=app_name,
            machine_id=machine_id,
            command=["echo", "hello", "from", "fly-machines"],
        ),
        lambda r: f"exit={r.exit_code} stdout={str(r.stdout).strip()!r}",
    )
    with Machines.lease(
        client, app_name=app_name, machine_id=machine_id, ttl=30, description="fly-machines demo"
    ) as lease:
        print(f"    lease held: nonce {str(lease.nonce)[:8]}…", file=out)
        updated = say.step(
            "update under the lease",
            lambda: Machines.update(
                lease.client,
                app_name=app_name,
                machine_id=machine_id,
                config={**config, "env": {"GREETING": "updated"}},
            ),
            lambda m: f"version {m.instance_id}",
        )
        say.step(
            "wait for the new version",
            lambda: Machines.wait(
                lease.client,
                app_name=app_name,
                machine_id=machine_id,
                instance_id=str(updated.instance_id),
                timeout=120,
            ),
            lambda w: f"state={w.state}",
        )
    print("    lease released", file=out)
    where = str(machine.region or region or "")
    say.step(
        "scale out to 3 machines",
        lambda: Fleet.scale(
            client, app_name=app_name, counts={where: 3}, process_group=GROUP, wait_timeout=120
        ),
        lambda r: f"{len(r.created)} created",
    )
    say.step(
        "rolling deploy",
        lambda: Fleet.deploy(
            client,
            app_name=app_name,
            config={"env": {"GREETING": "deployed"}},
            process_group=GROUP,
            max_unavailable=1,
            smoke_seconds=smoke_seconds,
            wait_timeout=120,
        ),
        lambda r: f"{len(r.updated)} updated, one at a time, in {r.seconds:.1f}s",
    )
    say.step(
        "scale back in to 1",
        lambda: Fleet.scale(client, app_name=app_name, counts={where: 1}, process_group=GROUP),
        lambda r: f"{len(r.destroyed)} destroyed",
    )
    say.step(
        "stop",
        lambda: Machines.stop(client, app_name=app_name, machine_id=machine_id),
        lambda r: f"ok={r.ok}",
    )
    say.step(
        "wait until stopped",
        lambda: Machines.wait(
            client, app_name=app_name, machine_id=machine_id, state="stopped", timeout=120
        ),
        lambda w: f"state={w.state}",
    )
    say.step(
        "destroy",
        lambda: Machines.destroy(client, app_name=app_name, machine_id=machine_id),
        lambda r: f"ok={r.ok}",
    )
    if create_app:
        say.step("destroy app", lambda: Apps.destroy(client, app_name=app_name), lambda _: "")


def default_app_name() -> str:
    return f"fly-machines-demo-{os.getpid()}"
