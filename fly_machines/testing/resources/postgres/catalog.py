"""The fixed facts of the simulated Managed Postgres: plans, regions, the extensions a
database can have, what names are allowed and reserved, and passwords. The reasons for
each are in the package docstring."""

from __future__ import annotations

import re
import secrets
import string
from dataclasses import dataclass

from ..._primitives import ApiError, error
from ..platform import MPG_REGIONS


@dataclass(frozen=True)
class Plan:
    cpu_kind: str
    cpus: int
    memory_mb: int


# Sizes as flyctl's plan table (internal/command/mpg/plans.go) shows them.
PLANS = {
    "basic": Plan("shared", 2, 1024),
    "starter": Plan("shared", 2, 2048),
    "launch": Plan("performance", 2, 8192),
    "scale": Plan("performance", 4, 32768),
    "Performance": Plan("performance", 8, 65536),
}
# Where a cluster may run: the regions the platform's list marks `mpg_available`, which is
# where flyctl offers them (internal/mpgutil/regions.go).
REGIONS = MPG_REGIONS
MAJOR_VERSIONS = ("16", "17")
POOL_MODES = ("session", "transaction")
ROLES = ("schema_admin", "writer", "reader")
BACKUP_TYPES = ("full", "incr", "diff")
REPLICAS = 1
RANGE_SECONDS = (1, 604800)  # the lookback of the slow-query metrics
DISK_GB = (10, 1000)  # the smallest and largest disk, and 10 is the default
DEFAULT_DATABASE = "fly-db"
DEFAULT_USER = "fly-user"
SYSTEM_DATABASES = frozenset({"postgres", "template0", "template1"})
SYSTEM_USERS = frozenset({"postgres", "repmgr", "flypgadmin", "pgbouncer"})
PORT = 5432
HOST_DOMAIN = "flympg.net"

CLUSTER_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
DATABASE_NAME = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$")
USERNAME = re.compile(r"^[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?$")
SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
EXTENSION_NAME = re.compile(r"^[a-z0-9_-]{1,63}$")


@dataclass(frozen=True)
class Extension:
    name: str
    description: str
    version: str
    system: bool = False  # in every database, and cannot be disabled
    postgis: bool = False  # needs a cluster created with postgis_enabled
    schema: str = "public"  # where a system extension lives


EXTENSIONS = {
    extension.name: extension
    for extension in (
        Extension("plpgsql", "PL/pgSQL procedural language", "1.0", system=True,
                  schema="pg_catalog"),
        Extension("pg_stat_statements", "track planning and execution statistics of all SQL "
                  "statements executed", "1.11", system=True),
        Extension("btree_gin", "support for indexing common datatypes in GIN", "1.3"),
        Extension("btree_gist", "support for indexing common datatypes in GiST", "1.7"),
        Extension("citext", "data type for case-insensitive character strings", "1.6"),
        Extension("fuzzystrmatch", "determine similarities and distance between strings",
                  "1.2"),
        Extension("hstore", "data type for storing sets of (key, value) pairs", "1.8"),
        Extension("ltree", "data type for hierarchical tree-like structures", "1.3"),
        Extension("pg_trgm", "text similarity measurement and index searching based on "
                  "trigrams", "1.6"),
        Extension("pgcrypto", "cryptographic functions", "1.3"),
        Extension("postgis", "PostGIS geometry and geography spatial types and functions",
                  "3.5.2", postgis=True),
        Extension("postgis_topology", "PostGIS topology spatial types and functions", "3.5.2",
                  postgis=True),
        Extension("unaccent", "text search dictionary that removes accents", "1.1"),
        Extension("uuid-ossp", "generate universally unique identifiers (UUIDs)", "1.1"),
        Extension("vector", "vector data type and ivfflat and hnsw access methods", "0.8.0"),
    )
}  # fmt: skip
# The versions that differ on Postgres 16 from the table's (which are 17's).
VERSIONS_16 = {"pg_stat_statements": "1.10"}


def version_of(extension: Extension, major: str) -> str:
    if major == "16":
        return VERSIONS_16.get(extension.name, extension.version)
    return extension.version


_PASSWORD_ALPHABET = string.ascii_letters + string.digits
PASSWORD_LENGTH = 24


def new_password() -> str:
    """24 letters and digits from `secrets` (nothing a connection URL must escape)."""
    return "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))


# -- refusals: the Postgres operations answer {"error": message} ----------------------------
def invalid(message: str) -> ApiError:
    """422: the spec's "Invalid attributes" and its kin."""
    return error(422, message)


def malformed(message: str) -> ApiError:
    """400: a name that is malformed, reserved or a system one."""
    return error(400, message)


def conflict(message: str) -> ApiError:
    return error(409, message)


def gone(message: str) -> ApiError:
    return error(410, message)


def database_name(value: object) -> str:
    """A database named in a path or a body: 400 when malformed or a system database."""
    if not isinstance(value, str) or not DATABASE_NAME.match(value):
        raise malformed(
            f"Database name {str(value)[:80]!r} is malformed: letters, digits, '-' and '_', "
            "starting and ending with a letter or digit, at most 63 characters"
        )
    if value in SYSTEM_DATABASES:
        raise malformed(f"Database {value} is a system database")
    return value


def username(value: object) -> str:
    """A user named in a path or a body: 400 when malformed, reserved or a system user."""
    if not isinstance(value, str) or not USERNAME.match(value):
        raise malformed(
            f"Username {str(value)[:80]!r} is malformed: lower-case letters, digits, '-' and "
            "'_', starting and ending with a letter or digit, at most 63 characters"
        )
    if value in SYSTEM_USERS or value.startswith("pg_"):
        raise malformed(f"Username {value} is reserved")
    return value


def cluster_name(value: object) -> str:
    if not isinstance(value, str) or not CLUSTER_NAME.match(value):
        raise invalid(
            f"Invalid attributes: name {str(value)[:80]!r} must be 1-63 lower-case letters, "
            "digits and dashes, starting with a letter or digit"
        )
    return value


def derived_name(base: str, suffix: str) -> str:
    """`base` + `suffix`, `base` cut so that the whole is a valid cluster name."""
    return base[: 63 - len(suffix)].rstrip("-") + suffix
