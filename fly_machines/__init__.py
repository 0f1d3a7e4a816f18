"""fly-machines: a typed client for the Fly.io Machines API.

import fly_machines
from fly_machines import Machines, Ok, Err

client = fly_machines.attach(token="...")
ok, machines = Machines.list(client, app_name="my-app")
"""

__version__ = "0.1.0"

from ._client import AsyncClient, Client, attach
from ._endpoint import call
from .clock import ManualClock, SystemClock
from .errors import FlyError
from .machines import Machines
from .result import Err, Ok, Result
from .retry import RetryPolicy
from .telemetry import Event

__all__ = [
    "AsyncClient",
    "Client",
    "Err",
    "Event",
    "FlyError",
    "Machines",
    "ManualClock",
    "Ok",
    "Result",
    "RetryPolicy",
    "SystemClock",
    "__version__",
    "attach",
    "call",
]
