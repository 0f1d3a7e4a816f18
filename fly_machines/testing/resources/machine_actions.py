"""The lifecycle actions on a machine: start, stop, restart, suspend, destroy, cordon,
uncordon and (for tests) crash. Each is lease-guarded and does what
`lifecycle.TRANSITIONS` says for the machine's state."""

from __future__ import annotations

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, mutating
from . import volumes
from .leases import require_lease
from .lifecycle import Machine


class MachineActionResource(Resource):
    @mutating
    def start(self, app_name: str, machine_id: str, nonce: str | None) -> JSON:
        machine = self._leased(app_name, machine_id, nonce)
        previous = machine.state
        machine.apply("start", self.now(), self.ids, self.step)
        return {"previous_state": previous, "migrated": False, "new_host": ""}

    @mutating
    def stop(self, app_name: str, machine_id: str, nonce: str | None) -> JSON:
        self._act("stop", app_name, machine_id, nonce)
        return {"ok": True}

    @mutating
    def restart(self, app_name: str, machine_id: str, nonce: str | None) -> None:
        self._act("restart", app_name, machine_id, nonce)

    @mutating
    def suspend(self, app_name: str, machine_id: str, nonce: str | None) -> None:
        self._act("suspend", app_name, machine_id, nonce)

    @mutating
    def destroy(self, app_name: str, machine_id: str, nonce: str | None, force: bool) -> JSON:
        machine = self._act("force destroy" if force else "destroy", app_name, machine_id, nonce)
        machine.lease = None
        volumes.detach_all(self.app(app_name).part(volumes.AppVolumes), machine_id)
        return {"ok": True}

    @mutating
    def set_cordoned(
        self, app_name: str, machine_id: str, nonce: str | None, cordoned: bool
    ) -> JSON:
        machine = self._leased(app_name, machine_id, nonce)
        machine.check("change")
        machine.cordoned = cordoned
        return {"ok": True}

    @mutating
    def crash(self, app_name: str, machine_id: str) -> None:
        """`failed` at once, as if its process died (`sim.crash_machine`)."""
        self.machine(app_name, machine_id).apply("crash", self.now(), self.ids, self.step)

    def _act(self, action: str, app_name: str, machine_id: str, nonce: str | None) -> Machine:
        machine = self._leased(app_name, machine_id, nonce)
        machine.apply(action, self.now(), self.ids, self.step)
        return machine

    def _leased(self, app_name: str, machine_id: str, nonce: str | None) -> Machine:
        return require_lease(self.machine(app_name, machine_id), nonce, self.now())


# -- HTTP ---------------------------------------------------------------------------------------
def _start(c: Call) -> Reply:
    return 200, c.backend.start(c.app, c.machine, c.nonce)


def _stop(c: Call) -> Reply:
    c.json()  # signal and timeout are accepted; a simulated machine stops the same way
    return 200, c.backend.stop(c.app, c.machine, c.nonce)


def _restart(c: Call) -> Reply:
    # The spec declares no body for restart and suspend (unlike stop's {"ok": true}).
    c.backend.restart(c.app, c.machine, c.nonce)
    return 200, None


def _suspend(c: Call) -> Reply:
    c.backend.suspend(c.app, c.machine, c.nonce)
    return 200, None


def _destroy(c: Call) -> Reply:
    return 200, c.backend.destroy(c.app, c.machine, c.nonce, c.flag("force"))


def _cordon(c: Call) -> Reply:
    return 200, c.backend.set_cordoned(c.app, c.machine, c.nonce, True)


def _uncordon(c: Call) -> Reply:
    return 200, c.backend.set_cordoned(c.app, c.machine, c.nonce, False)


MachineActionResource.handlers = {
    "Machines_start": _start,
    "Machines_stop": _stop,
    "Machines_restart": _restart,
    "Machines_suspend": _suspend,
    "Machines_delete": _destroy,
    "Machines_cordon": _cordon,
    "Machines_uncordon": _uncordon,
}
