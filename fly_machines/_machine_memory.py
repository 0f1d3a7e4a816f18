"""The memory endpoints of `Machines`: a running machine's memory limit, set through its
balloon device, and memory reclaimed from it without a restart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fly_machines_api.api.machines import (
    machines_get_memory,
    machines_reclaim_memory,
    machines_set_memory_limit,
)

from ._endpoint import endpoint
from ._engine import Flow
from ._namespace import Core, Retry, Timeout, send
from .result import Result

if TYPE_CHECKING:
    from fly_machines_api.models import MainMemoryResponse, MainReclaimMemoryResponse

__all__ = ["MachineMemory"]


class MachineMemory:
    """`Machines`' memory functions (`Machines.get_memory(...)`, ...)."""

    @endpoint
    def get_memory(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[MainMemoryResponse]]:
        """The running machine's memory limit and how much of it is free.
        Ok: `MainMemoryResponse` (`.limit_mb`, `.available_mb`).
        Err: `failed_precondition` (412: the machine is not started)."""
        return (yield from send(core, machines_get_memory, locals()))

    @endpoint
    def set_memory_limit(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        limit_mb: int,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[MainMemoryResponse]]:
        """Limit the running machine to `limit_mb` MB of its memory, through its balloon
        device, without a restart (the limit lasts until the machine next starts). Safe
        to repeat. Ok: `MainMemoryResponse` (the new `.limit_mb`, `.available_mb`).
        Err: `failed_precondition` (412: not started), `unprocessable_entity` (422: more
        than the machine has, or less than it is using)."""
        return (yield from send(core, machines_set_memory_limit, locals()))

    @endpoint
    def reclaim_memory(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        amount_mb: int,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[MainReclaimMemoryResponse]]:
        """Ask the running machine's balloon device to take back up to `amount_mb` MB of
        free memory. Not repeated after a failure that may have reached the API: each ask
        takes more (read `get_memory` to see what the first one did).
        Ok: `MainReclaimMemoryResponse` (`.actual_mb`: how much it took).
        Err: `failed_precondition` (412: not started), `unprocessable_entity`."""
        return (yield from send(core, machines_reclaim_memory, locals()))
