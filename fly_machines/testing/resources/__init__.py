"""The simulator's resources, one module each: its state, its rules and its HTTP handlers,
registered by operation id in the `handlers` table at the bottom of the module.

`Backend` (what `sim.backend` is) is the container with every resource as a base class,
and that list of bases is the registry: a resource joins the simulator by one line there,
and its handlers with it. Every operation of the API that no resource handles answers
501 naming it (`UNIMPLEMENTED`).
"""

from __future__ import annotations

from fly_machines_api.operations import OPERATIONS

from .._container import Container
from .._http import Handler
from .apps import AppResource
from .certificates import CertificateResource
from .ip_assignments import IPAssignmentResource
from .leases import LeaseResource
from .machine_actions import MachineActionResource
from .machines import MachineResource
from .memory import MemoryResource
from .metadata import MetadataResource
from .organizations import OrganizationResource
from .platform import PlatformResource
from .postgres import PostgresResource
from .processes import ProcessResource
from .secret_keys import SecretKeyResource
from .secrets import SecretResource
from .tokens import TokenResource
from .volumes import VolumeResource
from .wait import WaitResource


# The registry: each base is one resource, and listing it here is all it takes to register
# it and its handlers.
class Backend(
    AppResource,
    MachineResource,
    MachineActionResource,
    WaitResource,
    ProcessResource,
    MetadataResource,
    LeaseResource,
    VolumeResource,
    SecretResource,
    SecretKeyResource,
    TokenResource,
    CertificateResource,
    IPAssignmentResource,
    MemoryResource,
    OrganizationResource,
    PlatformResource,
    PostgresResource,
    Container,
):
    """The simulator's state with every resource's rules, for the HTTP handlers and for
    tests (`sim.backend.create_machine(...)`, `sim.backend.leases.acquire(...)`, ...)."""


def _handlers() -> dict[str, Handler]:
    table: dict[str, Handler] = {}
    for resource in Backend.__mro__:
        for operation_id, handler in vars(resource).get("handlers", {}).items():
            if operation_id not in OPERATIONS or operation_id in table:
                raise ValueError(f"{resource.__name__}: {operation_id} is unknown or taken")
            table[operation_id] = handler
    return table


HANDLERS: dict[str, Handler] = _handlers()
UNIMPLEMENTED: tuple[str, ...] = tuple(sorted(set(OPERATIONS) - set(HANDLERS)))
# What each operation answers a JSON body that does not fit its schema (its resource's
# `misfit_status`).
MISFIT_STATUS: dict[str, int] = {
    operation_id: getattr(resource, "misfit_status", 400)
    for resource in Backend.__mro__
    for operation_id in vars(resource).get("handlers", {})
}

__all__ = ["HANDLERS", "MISFIT_STATUS", "UNIMPLEMENTED", "Backend"]
