"""Checks on arguments that are present but wrong; each names the argument and the problem.

A rejected argument raises `InvalidArgument` inside the flow, before anything is sent;
`Endpoint` turns it into `Err(FlyError(kind="invalid_request"))`.
"""

from __future__ import annotations

import signal as _signal
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from .errors import FlyError

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


def name(argument: str, value: object) -> str:
    """An identifier that goes into the URL path: a non-empty string."""
    if not isinstance(value, str):
        raise InvalidArgument(f"{argument} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise InvalidArgument(f"{argument} must not be empty")
    if value != value.strip():
        raise InvalidArgument(f"{argument} has surrounding whitespace: {value!r}")
    return value


def positive(argument: str, value: float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidArgument(f"{argument} must be a number of seconds, not {value!r}")
    if value <= 0:
        raise InvalidArgument(f"{argument} must be positive, not {value!r}")
    return value


def duration(argument: str, value: float | str | None) -> str | None:
    """A timeout the API takes as a Go duration string ("10s"); numbers are seconds."""
    if value is None or isinstance(value, str):
        return value
    seconds = positive(argument, value)
    return f"{seconds:g}s"


def signal_name(argument: str, value: object, allowed: tuple[str, ...] = API_SIGNALS) -> str:
    """A signal given as "SIGTERM", "term", 15 or signal.SIGTERM, as the API spells it."""
    if isinstance(value, _signal.Signals):
        spelled = value.name
    elif isinstance(value, int) and not isinstance(value, bool):
        try:
            spelled = _signal.Signals(value).name
        except ValueError:
            raise InvalidArgument(f"{argument}={value!r} is not a signal number") from None
    elif isinstance(value, str) and value.strip():
        spelled = value.strip().upper()
        spelled = spelled if spelled.startswith("SIG") else f"SIG{spelled}"
    else:
        raise InvalidArgument(f"{argument} must be a signal name such as 'SIGTERM', not {value!r}")
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
    given = [value] if isinstance(value, str) else list(value)
    if not given:
        raise InvalidArgument(f"{argument} must name at least one state")
    for state in given:
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
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise InvalidArgument(f"{argument} does not fit {model.__name__}: {exc}") from None
    return built
