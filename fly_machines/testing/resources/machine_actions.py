"""The lifecycle actions on a machine: start, stop, restart, suspend, destroy, cordon,
uncordon and (for tests) crash. Each is lease-guarded and does what
`lifecycle.TRANSITIONS` says for the machine's state."""

from __future__ import annotations

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, bad_request, mutating
from . import volumes
from .checks import duration_seconds
from .leases import require_lease
from .lifecycle import Machine

SIGNAL_NUMBERS = {
    1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT",
    8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2", 13: "SIGPIPE",
    14: "SIGALRM", 15: "SIGTERM",
}  # fmt: skip
SIGNALS = frozenset(SIGNAL_NUMBERS.values())
MAX_TIMEOUT_SECONDS = 24 * 3600


def signal_name(value: object, field: str) -> str:
    """A signal by name ("SIGTERM") or by Linux number (9, as fly-go's Kill sends it); 400
    naming `field` otherwise."""
    if isinstance(value, int) and not isinstance(value, bool) and value in SIGNAL_NUMBERS:
        return SIGNAL_NUMBERS[value]
    if isinstance(value, str) and value in SIGNALS:
        return value
    shown = repr(value) if isinstance(value, str | int) and len(repr(value)) < 40 else "that"
    raise bad_request(
        f"invalid {field} {shown}: expected one of {', '.join(sorted(SIGNALS))} or its number"
    )


def timeout_seconds(value: object, field: str) -> float:
    """A stop timeout: a Go duration string ("10s") or a number of nanoseconds (a Go
    time.Duration in JSON); 400 naming `field` otherwise."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        seconds = value / 1e9
    elif isinstance(value, str):
        seconds = duration_seconds(value, field)
    else:
        raise bad_request(f'invalid {field}: expected a duration such as "10s" or nanoseconds')
    if seconds > MAX_TIMEOUT_SECONDS:
        raise bad_request(f"invalid {field}: at most {MAX_TIMEOUT_SECONDS} seconds")
    return seconds


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
    # signal and timeout are checked, then the machine stops the same way whatever they
    # are. fly-go flaps sends the timeout as a Go time.Duration: a number of nanoseconds
    # (10000000000) or a duration string ("0s").
    body = c.json()
    if "signal" in body and body["signal"] is not None:
        signal_name(body["signal"], "signal")
    if "timeout" in body and body["timeout"] is not None:
        timeout_seconds(body["timeout"], "timeout")
    return 200, c.backend.stop(c.app, c.machine, c.nonce)


def _restart(c: Call) -> Reply:
    # fly-go flaps sends `?force_stop=…&timeout=…&signal=…`; all are checked, and the
    # machine restarts the same way whatever they are. The spec declares no body for
    # restart and suspend (unlike stop's {"ok": true}).
    c.flag("force_stop")
    timeout = c.query("timeout")
    if timeout:
        timeout_seconds(int(timeout) if timeout.isdigit() else timeout, "query parameter timeout")
    signal = c.query("signal")
    if signal:
        signal_name(signal, "query parameter signal")
    c.backend.restart(c.app, c.machine, c.nonce)
    return 200, None


def _suspend(c: Call) -> Reply:
    c.backend.suspend(c.app, c.machine, c.nonce)
    return 200, None


def _destroy(c: Call) -> Reply:
    # `kill=true` is how fly-go flaps asks for a forced destroy.
    force = c.flag("force") or c.flag("kill")
    return 200, c.backend.destroy(c.app, c.machine, c.nonce, force)


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
