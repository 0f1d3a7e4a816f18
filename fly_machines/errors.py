"""`FlyError`: every failure of a facade call, as one structured exception, and its
subclasses by code (`NotFoundError`, `LeaseConflictError`, ...) to catch after `unwrap()`.

This module is the one place that turns a failed HTTP exchange (an error status, a body
that does not decode, a transport exception) or a rejected argument into a `FlyError`.
Every text it takes from the exchange (body, decoded JSON keys and values, reason phrase,
request id headers, URL, exception text) goes through `redact` before it is kept, so a
server that echoes the token back cannot get it into a message, a repr or a log.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, Literal

import httpx
from fly_machines_api.types import MissingFieldError

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "BadRequestError",
    "CapacityError",
    "ConflictError",
    "DeadlineExceededError",
    "DecodeError",
    "ErrorKind",
    "FlyError",
    "ForbiddenError",
    "InvalidRequestError",
    "LeaseConflictError",
    "NameTakenError",
    "NotFoundError",
    "PreconditionFailedError",
    "RateLimitedError",
    "ServerError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]

ErrorKind = Literal["http", "timeout", "connection", "decode", "invalid_request"]

# Names for statuses whose body carries no more specific code.
_CODE_BY_STATUS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "deadline_exceeded",
    409: "conflict",
    410: "gone",
    412: "failed_precondition",
    422: "unprocessable_entity",
    429: "rate_limited",
    500: "internal_error",
    501: "not_implemented",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}
# Statuses after which the same request may well succeed later.
_TRANSIENT_STATUSES = frozenset({408, 429, 502, 503, 504})
# The API prefixes some messages with a gRPC-style code: "failed_precondition: unable to ...".
_MESSAGE_CODE = re.compile(r"^([a-z]+(?:_[a-z]+)+):\s*")
_BODY_LIMIT = 2000
_MESSAGE_LIMIT = 200

Redact = Callable[[str], str]


def _no_redaction(text: str) -> str:
    return text


class FlyError(Exception):
    """A failed call: what kind of failure, what the API said, and how to find the request.

    `kind` is "http" (the API answered with an error status), "timeout", "connection",
    "decode" (a success status whose body could not be read, or that lacks a field the API
    always sends: the message names the model and the field) or "invalid_request" (an
    argument was rejected before anything was sent). `code` names the failure: the API's
    own (`name_taken`, `insufficient_capacity`, `failed_precondition`, ...) or one for its
    status (`not_found`, `rate_limited`, ...; `http_<status>` for others), `lease_conflict`,
    `deadline_exceeded`, `timeout`, `connect_timeout`, `connection_error`, `decode_error`,
    `invalid_request`. `retryable`: the same call may well succeed later (the client has
    already retried what it safely could: `attempts`). `suggestion`: what to do about it,
    when there is something to say (also at the end of `str(error)`).

    Every `FlyError` is made as the subclass its code and status call for (the table in
    `_CLASS_BY_CODE`), so `Err.unwrap()` raises something a caller can catch by what went
    wrong: `except fly_machines.NotFoundError`. The `Err` holds that same instance.
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> FlyError:
        if cls is FlyError:  # made by the library: the subclass for this failure
            cls = _class_for(kwargs.get("kind"), kwargs.get("code"), kwargs.get("status"))
        return super().__new__(cls)

    def __init__(
        self,
        *,
        kind: ErrorKind,
        message: str,
        code: str,
        status: int | None = None,
        body: Any = None,
        request_id: str | None = None,
        trace_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
        retryable: bool = False,
        suggestion: str | None = None,
        attempts: int = 1,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.kind: ErrorKind = kind
        self.message = message
        self.code = code
        self.status = status
        self.body = body
        self.request_id = request_id
        self.trace_id = trace_id
        self.method = method
        self.url = url
        self.retryable = retryable
        self.suggestion = suggestion
        self.attempts = attempts
        # Seconds the API asked the client to wait (Retry-After), when it did.
        self.retry_after = retry_after

    def __str__(self) -> str:
        head = f"{self.status} {self.code}" if self.status is not None else self.code
        where = [f"{self.method} {self.url}"] if self.method and self.url else []
        if self.request_id:
            where.append(f"request {self.request_id}")
        if self.attempts > 1:
            where.append(f"{self.attempts} attempts")
        tail = f" ({'; '.join(where)})" if where else ""
        advice = f"; {self.suggestion}" if self.suggestion else ""
        return f"{head}: {self.message}{tail}{advice}"

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name in ("kind", "status", "code", "message", "request_id")
            if getattr(self, name) is not None
        )
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        # The keyword-only constructor cannot be called with `args` (what Exception's
        # reduce does): rebuild from the fields, so an error crosses process boundaries.
        return (_rebuild, (type(self), dict(vars(self))))

    # -- construction ------------------------------------------------------------------

    @classmethod
    def invalid_request(cls, message: str) -> FlyError:
        return cls(kind="invalid_request", code="invalid_request", message=message)

    @classmethod
    def from_response(cls, response: httpx.Response, redact: Redact = _no_redaction) -> FlyError:
        """An error status from the API, with its code, message and request ids."""
        body = _decoded_body(response, redact)
        status = response.status_code
        message = _message(body, response, redact)
        code = _code(status, body, message, response.request.url.path)
        prefixed = _MESSAGE_CODE.match(message)
        if prefixed and prefixed.group(1) == code:
            message = message[prefixed.end() :]  # str() puts the code in front again
        return cls(
            kind="http",
            status=status,
            code=code,
            message=message,
            body=body,
            retryable=status in _TRANSIENT_STATUSES,
            suggestion=_suggestion(code, message),
            **_exchange(response.request, response, redact),
        )

    @classmethod
    def undecodable(
        cls, response: httpx.Response, problem: Exception, redact: Redact = _no_redaction
    ) -> FlyError:
        """A success status whose body is not what the API sends (cut short, HTML, ...)."""
        return cls(
            kind="decode",
            status=response.status_code,
            code="decode_error",
            message=redact(f"could not read the response body: {problem}"),
            body=_decoded_body(response, redact),
            retryable=True,
            **_exchange(response.request, response, redact),
        )

    @classmethod
    def missing_field(
        cls, response: httpx.Response, problem: MissingFieldError, redact: Redact = _no_redaction
    ) -> FlyError:
        """A success whose answer lacks a field the API always sends (one the patched spec
        marks required, so its model declares it as a plain type, never Unset).

        Rather than a model whose `str` field holds nothing, the call fails: `kind` is
        "decode", `code` "decode_error", the message names the model and the field, `body`
        holds the answer as it came, and it is not retryable (the API would answer the same).
        """
        return cls(
            kind="decode",
            status=response.status_code,
            code="decode_error",
            message=redact(
                f"the answer has no {problem.field!r}, which a {problem.model} always has"
            ),
            body=_decoded_body(response, redact),
            retryable=False,
            suggestion=(
                "the API sent less than it documents: error.body holds the answer as it came;"
                " please report the missing field"
            ),
            **_exchange(response.request, response, redact),
        )

    @classmethod
    def from_exception(
        cls, exc: httpx.HTTPError, request: httpx.Request, redact: Redact = _no_redaction
    ) -> FlyError:
        """A transport failure: the request timed out or the connection failed."""
        detail = str(exc) or type(exc).__name__
        if isinstance(exc, httpx.TimeoutException):
            kind: ErrorKind = "timeout"
            code = "connect_timeout" if isinstance(exc, httpx.ConnectTimeout) else "timeout"
        else:
            kind, code = "connection", "connection_error"
        return cls(
            kind=kind,
            code=code,
            message=redact(f"{type(exc).__name__}: {detail}"),
            retryable=True,
            **_exchange(request, None, redact),
        )


def _exchange(
    request: httpx.Request, response: httpx.Response | None, redact: Redact
) -> dict[str, Any]:
    headers = response.headers if response is not None else httpx.Headers()
    return {
        "method": request.method,
        "url": redact(str(request.url)),
        "request_id": _header(headers, "fly-request-id", redact),
        "trace_id": _header(headers, "fly-trace-id", redact),
    }


def _header(headers: httpx.Headers, name: str, redact: Redact) -> str | None:
    value = headers.get(name)
    return None if value is None else redact(value)


def _decoded_body(response: httpx.Response, redact: Redact) -> Any:
    """The body as JSON (redacted after decoding: a `\\u` escape hides a token from any
    redaction of the raw text) or as text (redacted whole, then cut)."""
    if not response.content:
        return None
    text = response.text
    if len(text) <= _BODY_LIMIT:
        try:
            return _redacted_json(json.loads(text), redact)
        except (ValueError, RecursionError):
            pass
    return _cut(redact(text), _BODY_LIMIT, redact)


def _redacted_json(value: Any, redact: Redact) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {redact(key): _redacted_json(item, redact) for key, item in value.items()}
    if isinstance(value, list):
        return [_redacted_json(item, redact) for item in value]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # A token of digits arrives as a number; its text is what would be shown.
        text = str(value)
        if redact(text) != text:
            return redact(text)
    return value


def _cut(text: str, limit: int, redact: Redact) -> str:
    """The first `limit` characters of an already redacted `text`. A token straddling
    the cut was replaced whole before cutting; redacting the cut text again removes what
    is left at its end of a token the server itself cut short."""
    return text if len(text) <= limit else redact(text[:limit])


def _message(body: Any, response: httpx.Response, redact: Redact) -> str:
    if isinstance(body, dict):
        for key in ("error", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    if isinstance(body, str) and body.strip() and not body.lstrip().startswith("<"):
        return _cut(body.strip().splitlines()[0], _MESSAGE_LIMIT, redact)
    # Redacted before lowering, or a lowered token would no longer be recognised.
    # Redacted again once lowered: lowering an upper-cased echo can spell the token.
    return redact(redact(response.reason_phrase).lower()) or f"HTTP {response.status_code}"


_MACHINE_PATH = re.compile(r"/machines/[^/]+")
_LEASE_WORD = re.compile(r"\blease\b", re.IGNORECASE)


def _code(status: int, body: Any, message: str, path: str = "") -> str:
    if isinstance(body, dict):
        api_status = body.get("status")
        if isinstance(api_status, str) and api_status not in ("", "error", "success", "unknown"):
            return api_status
    prefixed = _MESSAGE_CODE.match(message)
    if prefixed:
        return prefixed.group(1)
    if status == 409 and _MACHINE_PATH.search(path) and _LEASE_WORD.search(message):
        # Only a machine has a lease; and a name the caller chose ("releases", a schema)
        # is not the word.
        return "lease_conflict"
    return _CODE_BY_STATUS.get(status, f"http_{status}")


def _suggestion(code: str, message: str) -> str | None:
    if code in ("insufficient_capacity", "volume_placement_capacity"):
        return "the region has no capacity for this right now: try another region (region=...)"
    if code == "name_taken":
        return "app names are global across all of Fly.io: choose another name"
    if code == "unauthorized":
        return "check the token (FLY_API_TOKEN) and that it may access this app"
    if code == "rate_limited":
        return "slow down, or turn on client-side rate limiting (rate_limit=True)"
    if code == "lease_conflict":
        return "another client holds this machine's lease: pass nonce= of your lease, or wait"
    if code == "failed_precondition" and "destroy" in message:
        return "stop the machine and wait until it is stopped, or destroy with force=True"
    if code == "failed_precondition" and "start" in message:
        return "wait until the machine is stopped or suspended, then start it"
    if code == "deadline_exceeded":
        return "the machine did not get there in time: wait longer (timeout=...)"
    return None


def _rebuild(cls: type[FlyError], fields: dict[str, Any]) -> FlyError:
    error = Exception.__new__(cls)
    Exception.__init__(error, fields.get("message", ""))
    vars(error).update(fields)
    return error


# -- the subclasses, one per failure a caller may want to catch ------------------------------
class InvalidRequestError(FlyError):
    """An argument was rejected before anything was sent (`invalid_request`)."""


class APIStatusError(FlyError):
    """The API answered with an error status (`kind == "http"`); `status` says which."""


class BadRequestError(APIStatusError):
    """400: the API could not take the request as sent."""


class UnauthorizedError(APIStatusError):
    """401: the token is missing, wrong, or expired."""


class ForbiddenError(APIStatusError):
    """403: the token may not do this (to this app or organization)."""


class NotFoundError(APIStatusError):
    """404: no such app, machine, volume, ... (or not one this token may see)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class LeaseConflictError(ConflictError):
    """409 `lease_conflict`: someone else holds the machine's lease (or this process does:
    calls inside a lease block go through `lease.client`)."""


class PreconditionFailedError(APIStatusError):
    """412 `failed_precondition`: the machine (or volume) is in the wrong state for this."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well formed but the API refuses its values."""


class NameTakenError(UnprocessableEntityError):
    """422 `name_taken`: app names are global across Fly.io."""


class RateLimitedError(APIStatusError):
    """429 `rate_limited`, after the retries the policy allowed (`retry_after`)."""


class ServerError(APIStatusError):
    """5xx: the API failed; `retryable` for 502, 503 and 504."""


class CapacityError(FlyError):
    """`insufficient_capacity` or `volume_placement_capacity`: the region has no room now."""


class DeadlineExceededError(FlyError):
    """`deadline_exceeded`: a wait ended before the machine got there, or the call's time
    budget ran out (client side, or the API's 408)."""


class APIConnectionError(FlyError):
    """The request did not get an answer: the connection failed (`connection_error`)."""


class APITimeoutError(APIConnectionError):
    """No answer in time (`timeout`, `connect_timeout`)."""


class DecodeError(FlyError):
    """A success status whose body was not what the API sends (`decode_error`): cut short,
    not JSON, or without a field the API always sends (the message names the model and
    the field; `body` holds the answer as it came)."""


_CLASS_BY_CODE: dict[str, type[FlyError]] = {
    "invalid_request": InvalidRequestError,
    "lease_conflict": LeaseConflictError,
    "name_taken": NameTakenError,
    "insufficient_capacity": CapacityError,
    "volume_placement_capacity": CapacityError,
    "deadline_exceeded": DeadlineExceededError,
    "failed_precondition": PreconditionFailedError,
    "rate_limited": RateLimitedError,
    "unauthorized": UnauthorizedError,
}
_CLASS_BY_STATUS: dict[int, type[FlyError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    408: DeadlineExceededError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
}
_CLASS_BY_KIND: dict[str, type[FlyError]] = {
    "timeout": APITimeoutError,
    "connection": APIConnectionError,
    "decode": DecodeError,
    "invalid_request": InvalidRequestError,
}


def _class_for(kind: object, code: object, status: object) -> type[FlyError]:
    """The most specific class for a failure: by its code, then its status, then its kind."""
    if isinstance(code, str) and code in _CLASS_BY_CODE:
        return _CLASS_BY_CODE[code]
    if kind == "http" and isinstance(status, int):
        return _CLASS_BY_STATUS.get(status, ServerError if status >= 500 else APIStatusError)
    if isinstance(kind, str) and kind in _CLASS_BY_KIND:
        return _CLASS_BY_KIND[kind]
    return FlyError
