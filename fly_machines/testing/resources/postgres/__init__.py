"""Managed Postgres clusters (`/v1/postgres`): clusters that belong to an organization, the
databases (each with its extensions) and users inside them, their backups, and the apps
attached to them. `catalog.py` holds the fixed facts, `cluster.py` one cluster and its
states in time, `access.py` how a cluster is found, `rules.py` the operations on clusters
(`sim.backend.postgres`) and `contents.py` those inside one, `queries.py` the answers of
the query endpoints and `http.py` the handlers.

Choices where the live API's behaviour is not documented, each with its reason:

Organizations and names
- An organization exists when it is `personal`, or has an app or a cluster: the simulator
  keeps no list of organizations, and an app can be made in any (which brings it into
  being). Listing or creating in another answers 404 "Organization not found"; a blank
  `org_slug` is 400, as the spec describes both.
- A cluster runs in the regions the simulated platform's list marks `mpg_available`
  (`platform.MPG_REGIONS`), as flyctl offers only those; another is 422 "Invalid
  attributes".
- The plan is matched exactly against the spec's enum (the description says "matched
  case-insensitively", but the enum it declares, which every body is checked against,
  is exact). Sizes per plan are flyctl's plan table's; every cluster has one replica.
  Defaults: 10 GB of disk (10 to 1000, else 422), Postgres 17, `transaction` pooling.
- Cluster names are 1-63 lower-case letters, digits and dashes, starting with a letter or
  digit (as app names are), else 422; they need not be unique (ids identify clusters,
  and a fork's default name, `<source>-fork`, repeats). A missing or blank name is
  generated on create (`adjective-noun-1234`), `<source>-fork` on fork,
  `<source>-restore-<backup label>` or `<source>-pitr-<YYYYMMDDHHMMSS>` on restore, the
  source's part cut so that the whole fits 63 characters.
- A body that is JSON but does not fit the spec's schema (a required field missing, a
  wrong type, a value outside an enum) is 422, as the spec declares it for these
  operations ("name is required", "kill_sessions must be true or false"); unparseable
  JSON stays 400. Patch 10 declares both where the spec omits them.

Time
- A new cluster (created, forked or restored) is `creating` for `transition_seconds`, then
  `initializing` for as long, then `ready`, when its `endpoints` appear
  (`direct.<id>.flympg.net` and `pgbouncer.<id>.flympg.net`, port 5432). Storage is
  measured hourly: both storage fields are null until an hour after it is ready.
- Deleting answers 202 and the cluster is `deleting` for `transition_seconds`, then
  `deleted`: `get` still shows it, `list` with `include_deleted`, until
  `destroyed_retention` (the simulator's, as for machines) has passed, and then it is
  forgotten (404). The operations that declare 410 answer it for a cluster being deleted
  or deleted; the others answer 404 "Cluster not found", since nothing in it can be
  reached any more.
- A backup is `running` for `transition_seconds`, then `completed` (with `finished_at`
  and `size_bytes`). A second one while one runs is 409, as the spec says; so is a backup
  of a cluster that is not ready (the spec declares no 503 for it, and 409 is its
  "not now" answer, as for a fork of a cluster that is not ready). Labels are
  pgBackRest's (`20250102-030405F`, `<full label>_20250102-040506I` or `...D`), and an
  `incr` or `diff` with no full backup to build on is taken as `full`, as pgBackRest
  does. The 50 latest backups are kept.

Inside a cluster
- The database, extension and user operations need the cluster `ready`: until then they
  answer 503 with `Retry-After` (the seconds until it is), the spec's "pg-admin is
  unavailable". Names are checked first (400 or 422), readiness next, existence last.
- A new cluster has the database `fly-db` and the user `fly-user` (role `schema_admin`),
  which flyctl's attach counts on and which cannot be deleted (400), nor can `fly-user`'s
  role change. `postgres`, `template0` and `template1` are system databases, and
  `postgres`, `repmgr`, `flypgadmin`, `pgbouncer` and names starting `pg_` are reserved
  users: 400 wherever they are named.
- Creating a database that exists answers 201 with it: the spec declares no conflict for
  databases (it does for users, whose second create is 409).
- Every database has the system extensions `plpgsql` (in `pg_catalog`) and
  `pg_stat_statements` (which the slow-query endpoint reads), which cannot be disabled
  (400). The others are a fixed catalogue of common ones; PostGIS ones need a cluster
  created with `postgis_enabled` (409 otherwise). Enabling into a schema that does not
  exist without `create_schema` is 422, as is a schema name starting `pg_`. Disabling
  one that is not installed answers 204 (it stays not installed); `force` is accepted,
  and no dependent objects are simulated for it to drop. A missing database is 404
  "Database not found".
- Passwords are 24 letters and digits from `secrets`, shown only by `credentials` and
  `rotate_password`, never in a repr or an error. `kill_sessions` is accepted; sessions
  are not tied to passwords here.
- Attaching records the app (which must exist in the cluster's organization, else 404
  "App not found", as flyctl's attach expects across organizations) and sets no secret:
  the spec says the endpoint "does not set DATABASE_URL", and flyctl sets the secret
  itself. It works in any state but deletion (410). An attachment goes with its app when
  the app is deleted, and with the cluster when the cluster is deleted.
- A fork copies the source's databases, extensions and users (passwords included, as a
  copy of the data files would) as they are now; a restore from a backup copies them as
  they were when the backup started, and a point-in-time restore as they were at that
  time. The recovery window runs from the end of the first completed backup (no earlier
  than the last 200 changes remembered, nor 7 days) to now; before any completed backup
  a point-in-time restore is 422 "unavailable". Restoring needs no ready source.

Queries
- Active queries: each started machine of each attached app holds one session in
  `fly-db`, running `SELECT 1` (client: the machine's private address); another database
  has none. A cluster that is not ready answers 500 "Unable to load active queries", the
  one failure the spec declares for it.
- Slow queries: two statements per database (a pooler's health check every 15 s and an
  ORM's catalogue query every 10 minutes) counted since the cluster became ready, from
  the latest metrics scrape (one a minute); none when that scrape is older than `range`,
  or before the cluster is ready.
"""

from __future__ import annotations

from .access import PostgresClusters
from .http import PostgresResource
from .rules import PostgresRules

__all__ = ["PostgresClusters", "PostgresResource", "PostgresRules"]
