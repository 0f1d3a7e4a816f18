"""The tour of a machine's memory (its balloon device)."""

from __future__ import annotations

from support.sim import (
    APP,
    IMAGE,
    Scenario,
    create_app,
    create_machine,
    delete,
    get,
    machine_path,
    post,
    put,
    wait_for,
)


def tour() -> Scenario[None]:
    yield from create_app()
    guest = {"cpu_kind": "shared", "cpus": 1, "memory_mb": 512}
    machine = yield from create_machine(config={"image": IMAGE, "guest": guest})
    memory = machine_path(machine["id"], "memory")
    yield get(memory)  # 412: not started yet
    yield from wait_for(machine["id"], "started")
    yield get(memory)
    yield put(memory, {"limit_mb": 256})
    yield put(memory, {"limit_mb": 4096})  # 422: more than the machine has
    yield put(memory, {"limit_mb": "lots"})  # 400
    yield post(f"{memory}/reclaim", {"amount_mb": 64})
    yield post(f"{memory}/reclaim", {"amount_mb": 0})  # 422
    yield get(machine_path("0123456789abcd", "memory"))  # 404
    yield delete(f"/v1/apps/{APP}")
