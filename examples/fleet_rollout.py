"""Move every machine of an app to a new image, a few at a time, each under its lease.

    FLY_API_TOKEN=... python examples/fleet_rollout.py my-app registry/image:tag

A program written the way the README teaches, with an `AsyncClient`: the machines are
listed, then updated at most `PARALLEL` at once, each inside `Machines.lease` so no one
else changes it meanwhile, and waited for until they run the new version. It reports each
machine and exits 1 if any failed. (`Fleet.deploy` does this with canaries, health checks
and blue-green; this is the plain loop a user writes first.)
"""

from __future__ import annotations

import asyncio
import sys

import httpx
from fly_machines_api.models import Machine

import fly_machines
from fly_machines import AsyncClient, Machines, Orchestrator

PARALLEL = 2


async def roll_one(client: AsyncClient, app_name: str, machine: Machine, image: str) -> str:
    if not machine.config:  # listed without config: read it
        machine = (await Machines.get(client, app_name=app_name, machine_id=machine.id)).unwrap()
    config = machine.config.to_dict() if machine.config else {}
    if config.get("image") == image:
        return f"{machine.id}: already on {image}"
    config["image"] = image
    async with Machines.lease(client, app_name=app_name, machine_id=machine.id) as lease:
        updated = await Orchestrator.update_and_wait(
            lease.client, app_name=app_name, machine_id=machine.id, config=config
        )
    if not updated.ok:
        return f"{machine.id}: failed: {updated.error}"
    return f"{machine.id}: {updated.value.image_ref.tag} ({updated.value.state})"


async def roll(client: AsyncClient, app_name: str, image: str) -> list[str]:
    machines = (await Machines.list(client, app_name=app_name)).unwrap()
    gate = asyncio.Semaphore(PARALLEL)

    async def gated(machine: Machine) -> str:
        async with gate:
            return await roll_one(client, app_name, machine, image)

    return list(await asyncio.gather(*(gated(machine) for machine in machines)))


async def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: fleet_rollout.py APP IMAGE", file=sys.stderr)
        return 2
    app_name, image = argv
    async with httpx.AsyncClient() as http:
        client = fly_machines.attach(http)
        lines = await roll(client, app_name, image)
    for line in lines:
        print(line)
    return 1 if any(": failed:" in line for line in lines) else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
