"""When a failed request may be sent again, and how long to wait first.

The decision is per operation, not per HTTP method (fly-go repeats POSTs on 502/503,
which can create duplicate billable machines):

- A failure where the request provably never reached the server (connection refused,
  DNS failure, connect or pool timeout) may always be retried.
- After a failure where it may have reached the server (429, 502, 503, 504, a reset
  connection, a read timeout, a success whose body arrived mangled), only operations
  that are safe to repeat are retried: reads, `wait`, and those idempotent in effect.
- Creates, exec, signal, restart, update and lease acquisition are never repeated then,
  unless the caller opts in with `RetryPolicy(unsafe=True)`.

Backoff is exponential with jitter and honours `Retry-After` (seconds or an HTTP date).
The policy is a few lines, so it is written here rather than taken from stamina or
tenacity: both decide from exceptions, while this decision needs the operation's class,
the response's status and headers, and an injected clock for tests.
"""

from __future__ import annotations

import enum
import math
import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, NamedTuple

import httpx

from .backoff import exponential

__all__ = [
    "Outcome",
    "RetryPolicy",
    "Safety",
    "already_done",
    "classify_exception",
    "safety_of",
]


class Safety(enum.Enum):
    READ = "read"
    IDEMPOTENT = "idempotent"
    UNSAFE = "unsafe"


# POST/PATCH operations whose repetition has the same effect as doing them once.
_IDEMPOTENT_WRITES = frozenset(
    {
        "Machines_start",
        "Machines_stop",
        "Machines_suspend",
        "Machines_cordon",
        "Machines_uncordon",
        "Machines_upsert_metadata",
        "Machines_update_metadata",
        "Machines_update_metadata_deprecated",
        "Secret_create",  # sets one secret to a value
        "Secrets_update",  # sets several
        "Secretkey_set",  # sets the key to the value given
        "App_Certificates_check",  # validates again; twice is as once
        # Computations that change nothing: a second answer is as good as the first.
        "Secretkey_encrypt",
        "Secretkey_decrypt",
        "Secretkey_sign",
        "Secretkey_verify",
        "Platform_placements_post",
        "Tokens_authenticate",
        "Tokens_authorize",
        # A short-lived token minted for the caller: a second leaves nothing to clean up.
        "Tokens_request_OIDC",
        "Tokens_request_Kms",
        "Postgres_extensions_enable",  # enabling an enabled extension leaves it enabled
        "Postgres_users_update_role",  # sets the role given
    }
)
# Not in the set, so never repeated after a failure that may have reached the API: creates
# (apps, machines, volumes, snapshots, Postgres clusters, forks, restores, backups,
# databases, users, attachments, IP assignments, deploy tokens), `Secretkey_generate` and
# `Postgres_users_rotate_password` (a second answer replaces the key or password the
# first one made, which the caller then never saw), `Machines_reclaim_memory` (each ask
# takes more), exec, signal, restart and lease.


def safety_of(operation: str, method: str) -> Safety:
    """The retry class of a generated operation, from its operation id and HTTP method."""
    method = method.upper()
    if method in ("GET", "HEAD"):
        return Safety.READ
    if method in ("PUT", "DELETE") or operation in _IDEMPOTENT_WRITES:
        return Safety.IDEMPOTENT
    return Safety.UNSAFE


class Outcome(enum.Enum):
    UNSENT = "the request never reached the server"
    AMBIGUOUS = "the request may have reached the server"
    FINAL = "repeating cannot help"


_TRANSIENT_STATUSES = frozenset({429, 502, 503, 504})
_UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ProxyError)


def classify_exception(exc: httpx.HTTPError) -> Outcome:
    if isinstance(exc, _UNSENT_ERRORS):
        return Outcome.UNSENT
    if isinstance(exc, httpx.TransportError):
        return Outcome.AMBIGUOUS
    return Outcome.FINAL


def classify_status(status: int) -> Outcome:
    return Outcome.AMBIGUOUS if status in _TRANSIENT_STATUSES else Outcome.FINAL


def _half_jitter(delay: float) -> float:
    return delay * random.uniform(0.5, 1.0)


@dataclass(frozen=True)
class RetryPolicy:
    """How persistently to retry. `RetryPolicy(attempts=1)` (or `retry=False`) never does."""

    attempts: int = 4
    initial: float = 0.1
    cap: float = 5.0
    total: float = 30.0
    max_retry_after: float = 30.0
    unsafe: bool = False
    jitter: Callable[[float], float] = field(default=_half_jitter, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError(f"RetryPolicy.attempts must be at least 1, not {self.attempts}")
        for name in ("initial", "cap", "total", "max_retry_after"):
            value = getattr(self, name)
            # NaN compares false with everything: total=nan would turn the budget off.
            if not isinstance(value, (int, float)) or value != value or value < 0:
                raise ValueError(f"RetryPolicy.{name} must be a number of seconds, 0 or more")

    def allows(self, outcome: Outcome, safety: Safety) -> bool:
        if outcome is Outcome.UNSENT:
            return True
        if outcome is Outcome.AMBIGUOUS:
            return safety is not Safety.UNSAFE or self.unsafe
        return False

    def delay(
        self,
        attempt: int,
        elapsed: float,
        retry_after: float | None = None,
    ) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None when out of attempts or time."""
        if attempt >= self.attempts:
            return None
        if retry_after is not None:
            wait = min(max(retry_after, 0.0), self.max_retry_after)
        else:
            wait = self.jitter(exponential(self.initial, self.cap, attempt))
        if elapsed + wait > self.total:
            return None
        return wait


NO_RETRY = RetryPolicy(attempts=1)


def retry_after_seconds(headers: httpx.Headers, now: float) -> float | None:
    """`Retry-After` as seconds from `now`, whether it holds seconds or an HTTP date."""
    value = headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # "nan" parses as a float, and sleeping NaN seconds hangs asyncio for ever; an
        # infinite wait is capped by the policy's max_retry_after like any long one.
        return None if math.isnan(seconds) else max(seconds, 0.0)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - now, 0.0)


# Operations retried because they are idempotent in effect, and how the API refuses one of
# them when an earlier attempt of the same call already did it: the machine is on its
# way to (or at) the goal, or the thing to delete is gone. Each maps to the answer the
# first attempt would have had (status and body), parsed by the operation's own parser.
_CURRENT_STATE = re.compile(r"current state: '([a-z_]+)'|is ([a-z_]+)\b")
_OK = (200, {"ok": True})


Params = Mapping[str, Any]


class _Done(NamedTuple):  # a NamedTuple: a frozen dataclass costs more to define at import
    answer: tuple[int, object]
    states: frozenset[str] = frozenset()  # goal states a 412 may report
    # A 404 means done when its message is about the thing itself (matches `gone`): one
    # about its app or its cluster means the call was wrong, not already done.
    gone: str | None = None  # a pattern, compiled on first use (not on `import fly_machines`)
    # Other refusals that mean done: a status, and a test of its message against the
    # call's parameters (the same status can refuse for another reason, as "PostGIS is
    # not enabled" also answers 409, or the extension sits in another schema).
    refusals: tuple[tuple[int, Callable[[str, Params], bool]], ...] = ()


def _about(subject: str) -> str:
    return rf"^(no )?{subject}\b"


def _in_the_asked_schema(message: str, params: Params) -> bool:
    body = params.get("body")
    schema = getattr(body, "schema", None)
    wanted = schema if isinstance(schema, str) and schema else "public"
    return re.search(rf"is already installed in schema {re.escape(wanted)}$", message) is not None


_ALREADY_DONE = {
    "Machines_start": _Done((200, {}), frozenset({"starting", "started"})),
    "Machines_stop": _Done(_OK, frozenset({"stopping", "stopped"})),
    "Machines_suspend": _Done((200, {}), frozenset({"suspending", "suspended"})),
    "Machines_delete": _Done(_OK, frozenset({"destroying", "destroyed"}), _about("machine")),
    "Machines_release_lease": _Done((200, {}), gone=_about("(lease|no lease)")),
    "Machines_delete_metadata": _Done((204, None), gone=_about("metadata")),
    "Apps_delete": _Done((202, None), gone=_about("app")),
    # The first attempt answered the Volume as it was destroyed; that is gone with it, and a
    # volume's id, name, state... are fields its model cannot be without: the value is None.
    "Volume_delete": _Done((200, None), gone=_about("volume")),
    "Secret_delete": _Done((200, {}), gone=_about("secret")),
    "App_Certificates_delete": _Done((204, None), gone=_about("certificate")),
    "App_Certificates_acme_delete": _Done((200, {}), gone=_about("(acme )?certificate")),
    "App_Certificates_custom_delete": _Done((200, {}), gone=_about("(custom )?certificate")),
    "App_IPAssignments_delete": _Done((204, None), gone=_about("ip")),
    "Secretkey_delete": _Done((200, {}), gone=_about("secret ?key")),
    # 410 "being deleted" or "has been deleted": the first attempt's delete is under way.
    "Postgres_delete": _Done(
        (202, None), gone=_about("cluster"), refusals=((410, lambda m, _: "deleted" in m),)
    ),
    "Postgres_attachments_delete": _Done((204, None), gone=_about("attachment")),
    "Postgres_users_delete": _Done((204, None), gone=_about("user")),
    "Postgres_extensions_disable": _Done((204, None), gone=_about("extension")),
    "Postgres_databases_delete": _Done((200, {}), gone=_about("database")),
    "Postgres_extensions_enable": _Done((204, None), refusals=((409, _in_the_asked_schema),)),
}


def already_done(
    operation: str, error: object, params: Params | None = None
) -> tuple[int, object] | None:
    """The first attempt's answer when `error`, the answer to a retry of `operation` with
    `params`, says that an earlier attempt (which may have reached the API) already did
    what was asked."""
    done = _ALREADY_DONE.get(operation)
    status = getattr(error, "status", None)
    if done is None:
        return None
    message = str(getattr(error, "message", ""))
    for refused, meaning_done in done.refusals:
        if status == refused and meaning_done(message, params or {}):
            return done.answer
    if status == 404:
        gone = done.gone is not None and re.search(done.gone, message, re.IGNORECASE)
        return done.answer if gone else None
    if status != 412:
        return None
    for match in _CURRENT_STATE.finditer(message):
        if (match.group(1) or match.group(2)) in done.states:
            return done.answer
    return None
