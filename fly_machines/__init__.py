"""fly-machines: a typed client for the Fly.io Machines API.

import fly_machines
from fly_machines import Machines, Ok, Err

client = fly_machines.attach(token="...")
ok, machines = Machines.list(client, app_name="my-app")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:  # what type checkers and IDEs read; at run time each loads on first use
    from ._client import AsyncClient, Client, attach
    from ._endpoint import call
    from .apps import Apps
    from .certificates import Certificates
    from .clock import ManualClock, SystemClock
    from .errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        BadRequestError,
        CapacityError,
        ConflictError,
        DeadlineExceededError,
        DecodeError,
        FlyError,
        ForbiddenError,
        InvalidRequestError,
        LeaseConflictError,
        NameTakenError,
        NotFoundError,
        PreconditionFailedError,
        RateLimitedError,
        ServerError,
        UnauthorizedError,
        UnprocessableEntityError,
    )
    from .fleet import DeployReport, DeployStep, Fleet, FleetError, MachineReport, ScaleReport
    from .jobs import JobResult, Jobs
    from .lease import Lease
    from .machines import Machines
    from .orchestrator import Orchestrator
    from .platform import Platform
    from .postgres import Postgres
    from .result import Err, Ok, Result
    from .retry import RetryPolicy
    from .secret_keys import SecretKeys
    from .secrets import Secrets
    from .telemetry import Event
    from .tokens import Tokens
    from .volumes import Volumes

# Each public name and the module that defines it. Loading them on first use keeps
# `import fly_machines` (and with it the pytest plugin, in every test run of every project
# that installs us) from loading the generated client's hundreds of modules up front.
_LAZY = {
    "APIConnectionError": ".errors",
    "APIStatusError": ".errors",
    "APITimeoutError": ".errors",
    "BadRequestError": ".errors",
    "CapacityError": ".errors",
    "ConflictError": ".errors",
    "DeadlineExceededError": ".errors",
    "DecodeError": ".errors",
    "ForbiddenError": ".errors",
    "InvalidRequestError": ".errors",
    "LeaseConflictError": ".errors",
    "NameTakenError": ".errors",
    "NotFoundError": ".errors",
    "PreconditionFailedError": ".errors",
    "RateLimitedError": ".errors",
    "ServerError": ".errors",
    "UnauthorizedError": ".errors",
    "UnprocessableEntityError": ".errors",
    "Apps": ".apps",
    "AsyncClient": "._client",
    "Certificates": ".certificates",
    "Client": "._client",
    "DeployReport": ".fleet",
    "DeployStep": ".fleet",
    "Err": ".result",
    "Event": ".telemetry",
    "Fleet": ".fleet",
    "FleetError": ".fleet",
    "FlyError": ".errors",
    "JobResult": ".jobs",
    "Jobs": ".jobs",
    "Lease": ".lease",
    "MachineReport": ".fleet",
    "Machines": ".machines",
    "ManualClock": ".clock",
    "Ok": ".result",
    "Orchestrator": ".orchestrator",
    "Platform": ".platform",
    "Postgres": ".postgres",
    "Result": ".result",
    "RetryPolicy": ".retry",
    "ScaleReport": ".fleet",
    "SecretKeys": ".secret_keys",
    "Secrets": ".secrets",
    "SystemClock": ".clock",
    "Tokens": ".tokens",
    "Volumes": ".volumes",
    "attach": "._client",
    "call": "._endpoint",
}

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "Apps",
    "AsyncClient",
    "BadRequestError",
    "CapacityError",
    "Certificates",
    "Client",
    "ConflictError",
    "DeadlineExceededError",
    "DecodeError",
    "DeployReport",
    "DeployStep",
    "Err",
    "Event",
    "Fleet",
    "FleetError",
    "FlyError",
    "ForbiddenError",
    "InvalidRequestError",
    "JobResult",
    "Jobs",
    "Lease",
    "LeaseConflictError",
    "MachineReport",
    "Machines",
    "ManualClock",
    "NameTakenError",
    "NotFoundError",
    "Ok",
    "Orchestrator",
    "Platform",
    "Postgres",
    "PreconditionFailedError",
    "RateLimitedError",
    "Result",
    "RetryPolicy",
    "ScaleReport",
    "SecretKeys",
    "Secrets",
    "ServerError",
    "SystemClock",
    "Tokens",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "Volumes",
    "__version__",
    "attach",
    "call",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
