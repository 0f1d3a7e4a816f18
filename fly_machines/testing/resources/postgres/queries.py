"""What the two query endpoints answer, made from the simulated world so that the same
state and time always give the same answer.

Active queries: each started machine of an app attached to the cluster holds one session
in the default database `fly-db` (where the connection string flyctl's attach builds
points), running a short statement. Slow queries: what pg_stat_statements would count
for the cluster's databases since it became ready, from the metrics scraped once a minute.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..._primitives import JSON, Moment
from . import catalog
from .cluster import Cluster

SCRAPE_EVERY = 60.0  # seconds between two metrics scrapes
SLOW_QUERIES_SHOWN = 20


@dataclass(frozen=True)
class Session:
    """One connection an app's machine holds: what `active_queries` shows of it."""

    app_name: str
    machine_id: str
    client: str  # the machine's private address


def active_queries(cluster: Cluster, database: str, sessions: list[Session]) -> list[JSON]:
    if database != catalog.DEFAULT_DATABASE or database not in cluster.contents.databases:
        return []
    return [
        {
            "pid": 1000 + _number(cluster.id, session.machine_id) % 60000,
            "database": database,
            "user": catalog.DEFAULT_USER,
            "application_name": session.app_name,
            "client": session.client,
            "query": "SELECT 1",
            "state": "active",
            "duration_seconds": 0.0012,
            "state_duration_seconds": 0.0012,
        }
        for session in sessions
    ]


@dataclass(frozen=True)
class _Statement:
    query: str
    every: float  # seconds between two calls
    mean: float
    max: float


# A pooler's health check, and the catalogue query an ORM runs when it connects.
_STATEMENTS = (
    _Statement("SELECT $1", 15.0, 0.00004, 0.0011),
    _Statement(
        "SELECT c.relname, n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace "
        "n ON n.oid = c.relnamespace WHERE c.relkind = ANY ($1)",
        600.0,
        0.0031,
        0.0124,
    ),
)


def slow_queries(cluster: Cluster, now: Moment, lookback: int) -> list[JSON]:
    """The top statements by total time, from the latest scrape within `lookback` seconds
    (none before the cluster is ready, or when the latest scrape is older than that)."""
    if cluster.status(now) != "ready":
        return []
    scrapes = (now.mono - cluster.ready_at) // SCRAPE_EVERY
    scraped = cluster.ready_at + scrapes * SCRAPE_EVERY
    if now.mono - scraped > lookback:
        return []
    age = scraped - cluster.ready_at
    counted = []
    for database in sorted(cluster.contents.databases):
        for statement in _STATEMENTS:
            calls = 1 + int(age // statement.every)
            query_id = str(_number(database, statement.query, signed=True))
            total = round(calls * statement.mean, 6)
            counted.append((-total, query_id, database, statement, calls))
    counted.sort(key=lambda row: row[:2])
    return [
        {
            "query_id": query_id,
            "query": statement.query,
            "database": database,
            "user": catalog.DEFAULT_USER,
            "calls": calls,
            "mean_exec_time_seconds": statement.mean,
            "max_exec_time_seconds": statement.max,
            "total_exec_time_seconds": -negative_total,
        }
        for negative_total, query_id, database, statement, calls in counted[:SLOW_QUERIES_SHOWN]
    ]


def _number(*parts: str, signed: bool = False) -> int:
    """A 64-bit number from `parts` (pg_stat_statements' queryid is a signed one)."""
    digest = hashlib.sha256("\0".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=signed)
