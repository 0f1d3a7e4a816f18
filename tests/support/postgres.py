"""Shared pieces of the Managed Postgres tests (no tests here): a ready cluster, the whole
Postgres state of a simulator (to show a refusal changed nothing), and passwords compared
without ever being shown."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from fly_machines import AsyncClient, Client, Postgres
from fly_machines.testing import FlySimulator
from fly_machines.testing._primitives import ApiError
from fly_machines.testing.resources.postgres import PostgresClusters
from support.kinds import ok_value, run_result
from support.resilience import sim_clock

ORG = "personal"
STEP = 1.0  # the simulator's transition_seconds in new_sim()


async def new_cluster(client: Client | AsyncClient, **settings: Any) -> str:
    """A cluster just created (still `creating`); its id."""
    settings = {"org_slug": ORG, "plan": "basic", "region": "iad", **settings}
    created = ok_value(await run_result(client, Postgres.create, **settings))
    cluster_id: str = created.data.id
    return cluster_id


async def ready_cluster(sim: FlySimulator, client: Client | AsyncClient, **settings: Any) -> str:
    """A cluster moved on until it is `ready` (creating, then initializing, a step each)."""
    cluster_id = await new_cluster(client, **settings)
    sim_clock(sim).advance(2 * STEP)
    return cluster_id


def fingerprint(password: str) -> str:
    """What tests compare passwords by, so that a failing assertion never shows one."""
    return hashlib.sha256(password.encode()).hexdigest()[:12]


def postgres_state(sim: FlySimulator) -> dict[str, Any]:
    """Everything the simulator holds about Postgres clusters, as the rules show it (with
    password fingerprints): equal before and after a refusal that changed nothing."""
    rules = sim.backend.postgres
    state: dict[str, Any] = {}
    with sim.backend.condition:
        ids = sorted(sim.backend.part(PostgresClusters).by_id)
    for cluster_id in ids:
        shown: dict[str, Any] = {
            "cluster": rules.show_cluster(cluster_id),
            "backups": _or_status(rules.list_backups, cluster_id),
            "databases": _or_status(rules.list_databases, cluster_id),
            "users": _or_status(rules.list_users, cluster_id),
        }
        users = shown["users"]
        if isinstance(users, dict):
            shown["passwords"] = {
                user["username"]: fingerprint(
                    rules.credentials(cluster_id, user["username"])["data"]["password"]
                )
                for user in users["data"]
            }
        databases = shown["databases"]
        if isinstance(databases, dict):
            shown["extensions"] = {
                db["name"]: rules.list_extensions(cluster_id, db["name"])
                for db in databases["data"]
            }
        state[cluster_id] = shown
    return state


def _or_status(read: Callable[[str], Any], cluster_id: str) -> Any:
    """What `read` answers for the cluster, or the status it is refused with."""
    try:
        return read(cluster_id)
    except ApiError as refused:
        return refused.status
