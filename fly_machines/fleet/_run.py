"""One fleet operation under way: the caller's settings, and the state its flows share
(they all run on the driver's own thread or event loop, so plain state is safe)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._engine import FlowHost
from ..errors import FlyError
from ..retry import RetryPolicy
from ._leases import LeaseSet
from ._report import MachineReport, Tracker

__all__ = ["GONE_STATES", "LAUNCHED_STATES", "SETTLED", "WARM_STATES", "Run", "Settings"]

# A machine in one of these states serves (or is about to): updating it takes it out.
WARM_STATES = ("started", "starting", "replacing", "restarting")
# An update starts these again, as flyctl's shouldSkipLaunch decides; others stay stopped.
LAUNCHED_STATES = ("started", "starting", "failed")
GONE_STATES = ("destroying", "destroyed")
# What the wait after an update or a create of a launched machine ends on: it got
# somewhere (then it is started, or the smoke check says why not).
SETTLED = ["started", "stopped", "suspended", "failed"]


@dataclass(frozen=True)
class Settings:
    """The caller's choices for one run."""

    wait_timeout: float
    health: bool
    smoke_seconds: float
    min_secrets_version: int | None
    retry: RetryPolicy | bool | None
    http_timeout: Any


class Run:
    """The report, the leases, and whether the run has stopped (`stopped`: the first
    failure; no machine is begun after it)."""

    def __init__(
        self, core: FlowHost, app_name: str, settings: Settings, tracker: Tracker, leases: LeaseSet
    ) -> None:
        self.core = core
        self.app_name = app_name
        self.settings = settings
        self.tracker = tracker
        self.leases = leases
        self.stopped: FlyError | None = None
        # Names this run in the metadata of the machines it makes: its start, in ms.
        self.tag = f"{core.clock.time() * 1000:.0f}"

    def fail(self, report: MachineReport, error: FlyError) -> bool:
        """Record the machine's failure and stop the run; always False (for `return`)."""
        report.action = "failed"
        report.error = error
        self.tracker.step(report, "failed", error.message)
        if self.stopped is None:
            self.stopped = error
        return False

    def calls(self) -> dict[str, Any]:
        """The per-call options every request of the run takes."""
        return {"retry": self.settings.retry, "http_timeout": self.settings.http_timeout}
