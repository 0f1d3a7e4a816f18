"""Checks on arguments that are present but wrong; each names the argument and the problem.

A rejected argument raises `InvalidArgument` inside the flow, before anything is sent;
`Endpoint` turns it into `Err(FlyError(kind="invalid_request"))`.
"""

from __future__ import annotations

import math
import re
import types
import typing
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from datetime import datetime, timezone
from typing import Any, TypeVar

import httpx
from fly_machines_api.types import MAX_SEGMENT_LENGTH, PathParameterError, path_segment

from .errors import FlyError
from .retry import RetryPolicy

__all__ = [
    "API_SIGNALS",
    "STOP_SIGNALS",
    "WAIT_STATES",
    "InvalidArgument",
    "body",
    "name",
    "positive",
    "signal_name",
    "states",
]

# The signal names the API's schemas accept (SignalRequest, StopRequest).
API_SIGNALS = (
    "SIGABRT", "SIGALRM", "SIGFPE", "SIGHUP", "SIGILL", "SIGINT", "SIGKILL",
    "SIGPIPE", "SIGQUIT", "SIGSEGV", "SIGTERM", "SIGTRAP", "SIGUSR1", "SIGUSR2",
)  # fmt: skip
STOP_SIGNALS = ("SIGHUP", "SIGINT", "SIGQUIT", "SIGKILL", "SIGUSR1", "SIGUSR2", "SIGTERM")
WAIT_STATES = ("started", "stopped", "suspended", "destroyed", "failed", "settled")

M = TypeVar("M")


class InvalidArgument(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.error = FlyError.invalid_request(message)


# An identifier of the usual kind, which passes every check below: checked in one step.
_PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.~-]{0,255}")


def name(argument: str, value: object) -> str:
    """An identifier that goes into the URL path: a non-empty string."""
    if type(value) is str and _PLAIN_NAME.fullmatch(value):
        return value
    if not isinstance(value, str):
        raise InvalidArgument(f"{argument} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise InvalidArgument(f"{argument} must not be empty")
    if value != value.strip():
        raise InvalidArgument(f"{argument} has surrounding whitespace: {value!r}")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no URL can carry it
            raise InvalidArgument(f"{argument} is not valid text (a lone surrogate)") from None
    # The generated client's rule ("..", length) decides; it is asked only about values it
    # could refuse (a character encodes to at most 12: four UTF-8 bytes as %XX), as it
    # runs anyway.
    if value in (".", "..") or len(value) * 12 > MAX_SEGMENT_LENGTH:
        try:
            path_segment(argument, value)
        except PathParameterError as exc:
            raise InvalidArgument(str(exc).replace("path parameter ", "", 1)) from None
    return value


def positive(argument: str, value: float | None) -> float | None:
    """A finite number above zero (seconds, a TTL); None when not given."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidArgument(f"{argument} must be a number of seconds, not {_shown(value)}")
    if not finite(value):
        raise InvalidArgument(f"{argument} must be a finite number, not {_shown(value)}")
    if value <= 0:
        raise InvalidArgument(f"{argument} must be positive, not {value!r}")
    return value


def whole(argument: str, value: int | None) -> int | None:
    """A positive whole number (a count, a TTL in seconds); None when not given."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{argument} must be a whole number, not {_shown(value)}")
    if value <= 0:
        raise InvalidArgument(f"{argument} must be positive, not {value!r}")
    return value


def text(argument: str, value: object) -> str | None:
    """A string (or None when not given)."""
    if value is not None and not isinstance(value, str):
        raise InvalidArgument(f"{argument} must be a string, not {type(value).__name__}")
    return value


def header_value(argument: str, value: object) -> str:
    """A string sent as an HTTP header: visible ASCII only (no newline can split it)."""
    if not isinstance(value, str):
        raise InvalidArgument(f"{argument} must be a string, not {type(value).__name__}")
    if not value or not all(" " < char < "\x7f" for char in value):
        raise InvalidArgument(
            f"{argument} must be non-empty visible ASCII (it is sent as an HTTP header)"
        )
    return value


def retry(argument: str, value: object) -> RetryPolicy | bool | None:
    if value is None or isinstance(value, (bool, RetryPolicy)):
        return value
    raise InvalidArgument(
        f"{argument} must be True, False or a fly_machines.RetryPolicy, not {_shown(value)}"
    )


def http_timeout(argument: str, value: object) -> float | httpx.Timeout | None:
    """Seconds (finite, positive) or an `httpx.Timeout` whose limits are."""
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            limit = getattr(value, phase)
            if limit is not None and not (
                isinstance(limit, (int, float)) and finite(limit) and limit > 0
            ):
                raise InvalidArgument(f"{argument}.{phase} must be positive seconds or None")
        return value
    checked = positive(argument, value)  # type: ignore[arg-type]
    return checked


# Deeper than any Machines request body; also what stops a structure that contains itself.
MAX_JSON_DEPTH = 64


def json_body(argument: str, value: object) -> None:
    """A request body must be plain JSON: the first value that is not is named by its path
    from the body's top ("config.env.A"), which is the facade argument it came from.

    httpx would raise on a datetime or a set, and the API (a Go service) refuses NaN and
    Infinity anyway; the depth limit also stops a structure that contains itself.
    """
    stack: list[tuple[str, object, int]] = [("", value, 0)]
    while stack:
        where, item, depth = stack.pop()
        named = where or argument
        if depth > MAX_JSON_DEPTH:
            top = where.split(".", 1)[0].split("[", 1)[0]
            raise InvalidArgument(f"{top} is nested more than {MAX_JSON_DEPTH} levels deep")
        if item is None or isinstance(item, (str, bool)):
            continue
        if isinstance(item, float):
            if not math.isfinite(item):
                raise InvalidArgument(f"{named} is {item!r}, which JSON cannot carry")
            continue
        if isinstance(item, int):
            if not fits_64_bits(item):
                raise InvalidArgument(f"{named} is a whole number beyond 64 bits: the API refuses")
            continue
        if isinstance(item, Mapping):
            for key, child in item.items():
                if not isinstance(key, str):
                    raise InvalidArgument(f"{named} has a key that is not a string: {key!r}")
                stack.append((f"{where}.{key}" if where else key, child, depth + 1))
            continue
        if isinstance(item, (list, tuple)):
            stack.extend((f"{named}[{i}]", child, depth + 1) for i, child in enumerate(item))
            continue
        raise InvalidArgument(
            f"{named} is a {type(item).__name__}, which JSON cannot carry:"
            " give it as a string, number, boolean, list or mapping"
        )


def query(params: Mapping[str, object]) -> Mapping[str, object]:
    """Query parameters: strings, whole or finite numbers, booleans, or lists of those."""
    for key, value in params.items():
        for item in value if isinstance(value, (list, tuple)) else (value,):
            if isinstance(item, (int, float)) and not finite(item):
                raise InvalidArgument(f"{key} must be a finite number, not {item!r}")
            if not isinstance(item, (str, int, float)):
                raise InvalidArgument(
                    f"{key} must be a string, number or boolean, not {type(item).__name__}"
                )
    return params


def fits_64_bits(value: int) -> bool:
    """Whether a whole number fits the API's (Go's) int64; larger ones also overflow floats
    and Python's int-to-text limit."""
    return -(2**63) <= value < 2**63


def finite(value: float) -> bool:
    """`math.isfinite` that cannot overflow: an int is finite when it fits 64 bits."""
    if isinstance(value, int):
        return fits_64_bits(value)
    return math.isfinite(value)


def _shown(value: object) -> str:
    # The type, never the value: an argument may be large, or a secret. A number that is
    # refused for its value (NaN, infinity) is shown, since its type says nothing.
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, int) and not isinstance(value, bool) and not fits_64_bits(value):
        return "a whole number beyond 64 bits"
    return type(value).__name__


def duration(argument: str, value: float | str | None) -> str | None:
    """A timeout the API takes as a Go duration string ("10s"); numbers are seconds."""
    if value is None or isinstance(value, str):
        return value
    seconds = positive(argument, value)
    return f"{seconds:g}s"


def timestamp(argument: str, value: datetime | str | None) -> str | None:
    """A point in time as the API's RFC 3339 text; a `datetime` must say its time zone,
    since the API would read a naive one as UTC whatever the caller meant."""
    if value is None or isinstance(value, str):
        return value
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidArgument(
            f"{argument} must be a timezone-aware datetime (e.g. datetime.now(timezone.utc))"
        )
    try:
        utc = value.astimezone(timezone.utc)
    except OverflowError:  # datetime.min in a zone east of UTC
        raise InvalidArgument(f"{argument} is out of the range of times") from None
    return utc.isoformat().replace("+00:00", "Z")


def signal_name(argument: str, value: object, allowed: tuple[str, ...] = API_SIGNALS) -> str:
    """A signal given as "SIGTERM", "term", 15 or signal.SIGTERM, as the API spells it."""
    import signal as _signal  # here: importing it takes a millisecond that most never need

    if isinstance(value, _signal.Signals):
        spelled = value.name
    elif isinstance(value, int) and not isinstance(value, bool) and fits_64_bits(value):
        try:
            spelled = _signal.Signals(value).name
        except ValueError:
            raise InvalidArgument(f"{argument}={value} is not a signal number") from None
    elif isinstance(value, str) and value.strip():
        spelled = value.strip().upper()
        spelled = spelled if spelled.startswith("SIG") else f"SIG{spelled}"
    else:
        raise InvalidArgument(
            f"{argument} must be a signal name such as 'SIGTERM', not {_shown(value)}"
        )
    if spelled not in allowed:
        raise InvalidArgument(
            f"{argument}={value!r} is not a signal the Machines API accepts here"
            f" (one of {', '.join(allowed)})"
        )
    return spelled


def states(argument: str, value: str | Iterable[str] | None) -> list[str] | None:
    """One wait state or several; each must be one the API knows."""
    if value is None:
        return None
    if not isinstance(value, (str, Iterable)):
        raise InvalidArgument(f"{argument} must be a state or a list of states")
    given = [value] if isinstance(value, str) else list(value)
    if not given:
        raise InvalidArgument(f"{argument} must name at least one state")
    for state in given:
        if not isinstance(state, str):
            raise InvalidArgument(f"{argument} must hold state names, not {_shown(state)}")
        if state not in WAIT_STATES:
            raise InvalidArgument(
                f"{argument}={state!r} is not a state a machine can be waited for"
                f" (one of {', '.join(WAIT_STATES)})"
            )
    return given


def body(argument: str, value: object, model: type[M]) -> dict[str, Any]:
    """A request body given as a mapping or as the generated model, as a plain dict."""
    if isinstance(value, model):
        as_dict: dict[str, Any] = value.to_dict()  # type: ignore[attr-defined]
        return as_dict
    if isinstance(value, Mapping):
        return dict(value)
    raise InvalidArgument(
        f"{argument} must be a mapping or a {model.__name__}, not {type(value).__name__}"
    )


def model_from(argument: str, model: type[M], data: Mapping[str, Any]) -> M:
    """Build a generated request model, reporting shape errors as a rejected argument."""
    try:
        built: M = model.from_dict(data)  # type: ignore[attr-defined]
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        raise InvalidArgument(f"{argument} does not fit {model.__name__}: {exc}") from None
    return built


# -- checks derived from a function's annotations ------------------------------------------
#
# Every facade function declares what each argument may be; `checker` turns such an
# annotation into a check that is run on every call (see `Endpoint`), so an argument of
# the wrong type is an `Err(kind="invalid_request")` naming it, and a new function is
# covered without writing a line. Value rules that a type cannot say (a finite number,
# a path segment, a JSON body) are checked on the request path.

Check = Callable[[object], "str | None"]  # a problem description, or None when fine


def checker(annotation: object) -> Check | None:
    """A check for values of `annotation`, or None when anything goes (Any, unknown)."""
    if annotation is Any or isinstance(annotation, TypeVar):
        return None
    if annotation is None or annotation is type(None):
        return lambda value: None if value is None else "None"
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        branches = [checker(arg) for arg in args]
        if any(branch is None for branch in branches):
            return None

        def union(value: object) -> str | None:
            problems = []
            for branch in branches:
                problem = branch(value)  # type: ignore[misc]
                if problem is None:
                    return None
                problems.append(problem)
            return " or ".join(problems)

        return union
    if origin is typing.Literal:
        allowed = args
        return lambda value: None if value in allowed else " or ".join(map(repr, allowed))
    if annotation is float:
        return _number
    if annotation is int:
        return _whole_number
    if annotation is bool:
        return lambda value: None if isinstance(value, bool) else "a boolean"
    if origin is not None and isinstance(origin, type):
        return _container(origin, args)
    if isinstance(annotation, type):
        if getattr(annotation, "_is_protocol", False):
            return None  # structural: whatever the function does with it will tell
        name = _described(annotation)
        return lambda value: None if isinstance(value, annotation) else name
    return None


def _number(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "a number"
    return None if finite(value) else "a finite number"


def _whole_number(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and fits_64_bits(value):
        return None
    return "a whole number within 64 bits"


def _container(origin: type, args: tuple[object, ...]) -> Check:
    described = f"a {origin.__name__}" if not args else _described(origin[args])  # type: ignore[index]
    if issubclass(origin, Mapping):
        key_check = checker(args[0]) if args else None
        value_check = checker(args[1]) if len(args) > 1 else None

        def mapping(value: object) -> str | None:
            if not isinstance(value, Mapping):
                return described
            for key, item in value.items():
                if (key_check and key_check(key)) or (value_check and value_check(item)):
                    return described
            return None

        return mapping
    item_check = checker(args[0]) if (args and args[-1] is not Ellipsis) or len(args) == 2 else None

    def collection(value: object) -> str | None:
        if not isinstance(value, origin) or (isinstance(value, (str, bytes)) and origin is not str):
            return described
        # Only collections are looked into: iterating an iterator would consume it.
        if item_check is not None and isinstance(value, Collection):
            return described if any(item_check(item) for item in value) else None
        return None

    return collection


_PLAIN_NAMES = {str: "a string", int: "a whole number", float: "a number", bool: "a boolean"}


def _described(annotation: object) -> str:
    if annotation is None or annotation is type(None):
        return "None"
    if annotation in _PLAIN_NAMES:
        return _PLAIN_NAMES[annotation]
    if isinstance(annotation, type) and typing.get_origin(annotation) is None:
        return f"a {annotation.__name__}"
    text = str(annotation).replace("typing.", "").replace("collections.abc.", "")
    return text.replace("builtins.", "")


class _AnnotationNames(Mapping[str, Any]):
    """The names a function's annotations may use: its module's, then the generated
    models, which the facade and the generated operations import only for type checkers
    (importing a model builds attrs classes, which `import fly_machines` should not do)."""

    def __init__(self, namespace: Mapping[str, Any]) -> None:
        self._namespace = namespace

    def __getitem__(self, name: str) -> Any:
        if name in self._namespace:
            return self._namespace[name]
        from fly_machines_api import models

        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._namespace)

    def __len__(self) -> int:
        return len(self._namespace)


def arguments_checker(function: Callable[..., object]) -> Callable[[Mapping[str, object]], None]:
    """A check of keyword arguments against `function`'s annotations (InvalidArgument)."""
    namespace = getattr(function, "__globals__", {})
    hints = typing.get_type_hints(function, localns=_AnnotationNames(namespace))
    checks = {
        name: check
        for name, annotation in hints.items()
        if name != "return" and (check := checker(annotation)) is not None
    }

    def check_arguments(kwargs: Mapping[str, object]) -> None:
        for name, value in kwargs.items():
            check = checks.get(name)
            if check is not None and (expected := check(value)) is not None:
                raise InvalidArgument(f"{name} must be {expected}, not {_shown(value)}")

    return check_arguments
