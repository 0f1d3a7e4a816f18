"""A running machine's memory as its balloon device sees it: the limit, what is free, and
what the balloon has taken back.

Choices where the live API's behaviour is not documented, each with its reason:

- Only a started machine answers (412 `failed_precondition` otherwise): the balloon is a
  device of the running VM, and a stopped machine has no memory in use to report.
- The machine's memory is its `guest.memory_mb` (256, Fly's smallest preset, when the
  config has no guest), and its processes use a quarter of it (at least 64 MB). Free
  memory (`available_mb`) is the limit less what is in use less what the balloon holds.
- A limit is a whole number of MB from what is in use up to the machine's memory (422
  outside): the balloon cannot give a VM more memory than it was made with, nor take
  what its processes are using. Setting one gives back any memory the balloon held.
- `reclaim_memory` takes `amount_mb` (more than 0, else 422) of free memory, or all that
  is free when less is: `actual_mb` says how much it took.
- A new run of the machine (restart, update, start after a stop; anything that changes
  its `instance_id`) starts without a limit or a balloon, as a new VM does.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, error, locked, mutating, precondition
from .lifecycle import Machine

DEFAULT_MEMORY_MB = 256
_MIN_IN_USE_MB = 64


@dataclass
class Balloon:
    run: str  # the machine's instance_id when it was set: a new run starts without one
    limit_mb: int
    reclaimed_mb: int = 0


class AppBalloons(dict[str, Balloon]):
    """The balloons of an app's machines by machine id (`app.part(AppBalloons)`)."""


def guest_memory_mb(machine: Machine) -> int:
    guest = machine.config.get("guest")
    memory = guest.get("memory_mb") if isinstance(guest, dict) else None
    return memory if isinstance(memory, int) and memory > 0 else DEFAULT_MEMORY_MB


def in_use_mb(machine: Machine) -> int:
    return max(_MIN_IN_USE_MB, guest_memory_mb(machine) // 4)


class MemoryResource(Resource):
    def _running(self, app_name: str, machine_id: str) -> Machine:
        machine = self.machine(app_name, machine_id)
        machine.settle(self.now(), self.ids)
        if machine.state != "started":
            raise precondition(f"machine {machine_id} is {machine.state}, not started")
        return machine

    def _balloon(self, app_name: str, machine: Machine) -> Balloon:
        balloons = self.app(app_name).part(AppBalloons)
        balloon = balloons.get(machine.id)
        if balloon is None or balloon.run != machine.version:
            balloon = balloons[machine.id] = Balloon(machine.version, guest_memory_mb(machine))
        return balloon

    def _answer(self, machine: Machine, balloon: Balloon) -> JSON:
        free = balloon.limit_mb - in_use_mb(machine) - balloon.reclaimed_mb
        return {"limit_mb": balloon.limit_mb, "available_mb": max(free, 0)}

    @locked
    def memory(self, app_name: str, machine_id: str) -> JSON:
        machine = self._running(app_name, machine_id)
        return self._answer(machine, self._balloon(app_name, machine))

    @mutating
    def set_memory_limit(self, app_name: str, machine_id: str, body: JSON) -> JSON:
        machine = self._running(app_name, machine_id)
        limit = body.get("limit_mb")
        low, high = in_use_mb(machine), guest_memory_mb(machine)
        if not isinstance(limit, int) or isinstance(limit, bool) or not low <= limit <= high:
            raise error(
                422,
                f"invalid limit_mb {limit!r}: expected a whole number of MB from {low}"
                f" (in use) to {high} (the machine's memory)",
            )
        balloon = self._balloon(app_name, machine)
        balloon.limit_mb, balloon.reclaimed_mb = limit, 0
        return self._answer(machine, balloon)

    @mutating
    def reclaim_memory(self, app_name: str, machine_id: str, body: JSON) -> JSON:
        machine = self._running(app_name, machine_id)
        amount = body.get("amount_mb")
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            raise error(422, f"invalid amount_mb {amount!r}: expected a whole number above 0")
        balloon = self._balloon(app_name, machine)
        taken = min(amount, self._answer(machine, balloon)["available_mb"])
        balloon.reclaimed_mb += taken
        return {"actual_mb": taken}


# -- HTTP ---------------------------------------------------------------------------------------
def _show(c: Call) -> Reply:
    return 200, c.backend.memory(c.app, c.machine)


def _set_limit(c: Call) -> Reply:
    return 200, c.backend.set_memory_limit(c.app, c.machine, c.json())


def _reclaim(c: Call) -> Reply:
    return 200, c.backend.reclaim_memory(c.app, c.machine, c.json())


MemoryResource.handlers = {
    "Machines_get_memory": _show,
    "Machines_set_memory_limit": _set_limit,
    "Machines_reclaim_memory": _reclaim,
}
