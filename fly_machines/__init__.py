"""fly-machines: a typed client for the Fly.io Machines API.

import fly_machines
from fly_machines import Machines, Ok, Err

client = fly_machines.attach(token="...")
ok, machines = Machines.list(client, app_name="my-app")
"""

from ._client import AsyncClient, Client, attach
from ._endpoint import call
from ._version import __version__
from .apps import Apps
from .certificates import Certificates
from .clock import ManualClock, SystemClock
from .errors import FlyError
from .lease import Lease
from .machines import Machines
from .orchestrator import Orchestrator
from .platform import Platform
from .result import Err, Ok, Result
from .retry import RetryPolicy
from .secrets import Secrets
from .telemetry import Event
from .volumes import Volumes

__all__ = [
    "Apps",
    "AsyncClient",
    "Certificates",
    "Client",
    "Err",
    "Event",
    "FlyError",
    "Lease",
    "Machines",
    "ManualClock",
    "Ok",
    "Orchestrator",
    "Platform",
    "Result",
    "RetryPolicy",
    "Secrets",
    "SystemClock",
    "Volumes",
    "__version__",
    "attach",
    "call",
]
