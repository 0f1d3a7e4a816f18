"""An offline, stateful simulator of the Fly Machines API, for tests and demos.

    from fly_machines.clock import ManualClock
    from fly_machines.testing import FlySimulator

    sim = FlySimulator(clock=ManualClock())
    client = httpx.Client(transport=sim.transport(), base_url="http://sim",
                          headers={"Authorization": "Bearer anything"})
    with sim.serve(host="127.0.0.1", port=0) as server:   # a real HTTP server (extra [sim])
        print(server.base_url)

From a shell: ``python -m fly_machines.sim --port 4280``. With pytest, the fixtures
``fly_sim``, ``fly_client`` and ``fly_async_client`` come with the package.

Documented behaviour (where the live API leaves a choice, this is what the simulator does):

Time. Every transient state (``starting``, ``stopping``, ...) lasts
``transition_seconds`` (default 1.0) of the simulator's clock. With a ``ManualClock``
nothing happens until the clock moves, and a ``wait`` that cannot be answered yet moves
the clock itself, to the machine's next step or to the wait's deadline, so a 60-second
wait takes no real time. On the system clock a wait holds its request until it is
answered, but nothing else: through ``sim.serve()`` or an asyncio ``AsyncClient`` it is a
suspended coroutine (so hundreds of waits cost no threads and no other request waits
for them), through a sync client a blocked thread of the caller's.

Lifecycle. What each action does in each state, as the one table in
``resources/lifecycle.py`` says (tests/test_sim_lifecycle_table.py keeps this block equal
to it). ``a [e] -> b [f]``: the machine enters ``a`` at once, with one event of type
``e``, and ``b`` one ``transition_seconds`` later, with one of type ``f``; an action
drops the steps an earlier one left pending. ``same state [update]`` adds one event and
keeps the pending steps; ``allowed, no change`` adds none (so stopping a machine that is
not running is an idempotent no-op). ``created (launching)`` is a created machine
already on its way to ``started`` (created without ``skip_launch``). ``force destroy`` is
destroy with ``force=true``, ``list processes`` is ps, ``crash`` is
``sim.crash_machine``, the three ``exit`` actions are the machine's main process ending
(see Processes below), and ``change`` is cordon, uncordon, metadata writes and lease
acquisition. 412 answers ``{"error": "failed_precondition: <message>"}``.

    create: created [launch] -> starting [start] -> started [start]
    create with skip_launch: created [launch]
    start
        from created, stopped, suspended, failed: starting [start] -> started [start]
        from destroying, destroyed: 412 machine <id> is <state>
        from any other state: 412 unable to start machine from current state: '<state>'
    stop
        from created, stopping, stopped, failed: allowed, no change
        from suspended: stopped [stop]
        from destroying, destroyed: 412 machine <id> is <state>
        from any other state: stopping [stop] -> stopped [exit]
    restart
        from started: restarting [restart] -> started [start]
        from destroying, destroyed: 412 machine <id> is <state>
        from any other state: 412 unable to restart machine from current state: '<state>'
    suspend
        from started: suspending [suspend] -> suspended [suspend]
        from destroying, destroyed: 412 machine <id> is <state>
        from any other state: 412 unable to suspend machine from current state: '<state>'
    destroy
        from created, stopped, suspended, failed: destroying [destroy] -> destroyed [destroy]
        from destroying, destroyed: 412 machine <id> is <state>
        from any other state: 412 unable to destroy machine, not currently stopped or suspended
    force destroy
        from destroying, destroyed: 412 machine <id> is <state>
        from any other state: destroying [destroy] -> destroyed [destroy]
    update
        from created (launching), starting, started, restarting, replacing:
            replacing [update] -> started [start]
        from suspended: stopped [update]
        from destroying, destroyed: 412 machine <id> is <state>
        from any other state: same state [update]
    crash
        from destroying, destroyed: 412 machine <id> is <state>
        from any other state: failed [exit by flyd]
    exit
        from started: stopped [exit by flyd]
        from any other state: 412 no process is running on machine in current state: '<state>'
    exit and restart
        from started: stopped [exit by flyd] -> starting [start by flyd] -> started [start by flyd]
        from any other state: 412 no process is running on machine in current state: '<state>'
    exit and destroy
        from started:
            stopped [exit by flyd] -> destroying [destroy by flyd] -> destroyed [destroy by flyd]
        from any other state: 412 no process is running on machine in current state: '<state>'
    exec
        from started: allowed, no change
        from any other state: 412 unable to exec on machine in current state: '<state>'
    list processes
        from started: allowed, no change
        from any other state: 412 unable to list processes on machine in current state: '<state>'
    signal
        from started: allowed, no change
        from any other state: 412 unable to signal on machine in current state: '<state>'
    change
        from destroying, destroyed: 412 machine <id> is <state>
        from any other state: allowed, no change

Processes. A machine's main process runs until the machine is stopped, unless a test
says otherwise: ``sim.processes.exit_after(machine_id, seconds=30, code=3)``,
``sim.processes.oom_after(machine_id, seconds)`` (exit code 137, ``oom_killed``) or
``sim.processes.run_forever(machine_id)``, or over HTTP the config env
``FLY_SIM_RUN_SECONDS`` (seconds after each start, default 0), ``FLY_SIM_EXIT_CODE``
(0..255, default 0) and ``FLY_SIM_OOM`` (``true``/``false``); ``sim.processes`` wins over
the env, and an env that does not parse answers 400 naming the variable. The process
runs at least 1 ms, on the simulator's clock. When it exits, the table's ``exit``
actions apply: the machine enters ``stopped`` with an ``exit`` event by ``flyd`` whose
``request.exit_event`` is fly-go's MachineExitEvent (``exit_code``, ``guest_exit_code``,
``guest_signal``, ``signal`` (-1), ``oom_killed``, ``requested_stop``, ``restarting``,
``exited_at``), then follows ``restart.policy``: ``always`` starts it again,
``on-failure`` (the default when there is no ``restart``) starts it again when it failed
(non-zero code or OOM) and fewer than ``max_retries`` (default 10) restarts were made
since a user last started, restarted or updated it, ``no`` leaves it stopped. A machine
not restarted whose config has ``auto_destroy: true`` is destroyed (its volumes freed).
A stop's ``exit`` event says ``requested_stop: true`` with code 0; a crash code 1. An
``exit`` the restart policy follows with a start also carries ``request.restart_count``
(fly-go's ``MachineRequest.RestartCount``: the restarts so far), which flyctl reads to
tell a crash loop from a single restart.

Health checks. A machine reports one ``checks`` entry (``name``, ``status``, ``output``,
``updated_at``) per check of its config: ``checks`` by name, then each service's
``checks`` as ``servicecheck-<nn>-<type>-<port>``. A check is ``warning`` from each start
until its ``grace_period`` (a Go duration, "10s"; default ``transition_seconds``; one
that does not parse answers 400) has passed, then ``passing``; ``critical`` while the
machine is not started, or after ``sim.checks.fail(machine_id, name, output=...)`` until
``sim.checks.recover(machine_id, name)``, or (after the grace period) when the config's
env ``FLY_SIM_FAILING_CHECKS`` names it (comma-separated; a config whose checks fail, as a
bad deploy's would, over HTTP too; naming a check the config lacks answers 400).

Events come newest first in ``events`` and in the ``/events`` list. A machine keeps its
latest 50 events (a choice: the live API keeps a limited recent history, and 50 is the
most its ``/events`` list answers, so no older event could be read anyway; without a cap
a long-lived machine would grow forever). A destroyed machine stays readable (state
``destroyed``; listed with ``include_deleted=true``) for ``destroyed_retention`` seconds
of the simulator's clock (default 120: a choice, long enough for a client to see the
destruction, short enough that create-and-destroy workloads stay small: 10,000 cycles
of machines with 1.5 kB configs keep under 5 MB), and then
answers 404 like one that never existed; pruning is done by the HTTP requests, so a
``ManualClock`` test controls it by moving the clock. Update
replaces the whole config and makes a new ``version``/``instance_id``; a
``current_version`` that is not current answers 409.

Capacity. ``sim.capacity["ams"] = 0`` leaves region ams no room: a create there answers
412 ``{"error": "could not reserve resource for machine: insufficient memory available
to fulfill request (region ams)", "status": "insufficient_capacity"}``, the live API's
code and flyd's text; ``= n`` lets n more machines in first, ``del`` gives the region room
for all again, and placements offer no more than the room left (see
``resources/platform.py`` for the sources and the choices).

Cordons. A machine created with ``skip_service_registration: true`` starts cordoned
(``cordoned: true``: registered with no service, it takes no traffic) until it is
uncordoned: flyctl's blue-green deploy creates its new machines so and uncordons them to
mark them ready for traffic (internal/command/deploy/strategy_bluegreen.go).

Names. Machine names are unique among an app's machines that are not destroyed; a
duplicate answers 422 ``{"error": ..., "status": "name_taken"}``, the code the spec's
``main.statusCode`` reserves for a taken name (the same answer as a duplicate app name;
app names are global). Omitted names are generated (``quiet-river-1234``).

Leases. Acquire answers 201 ``{"status": "success", "data": {nonce, expires_at, owner,
description, version}}`` (default ttl 30 s); posting again with the lease's nonce in
``fly-machine-lease-nonce`` refreshes it; anyone else gets 409 ``{"status": "error",
"message": "machine ID … lease currently held by …", "code": "invalid"}``. Every mutating
call that PROVENANCE item 2 names (update, start, stop, restart, suspend, destroy,
cordon, uncordon, release) made without the nonce answers 409 ``{"error": "machine ID … lease
currently held by …"}`` (the spec's ErrorResponse, whose ``status`` cannot be "error");
signal and metadata writes are not lease-guarded (the spec gives them no nonce header).
Leases expire after their ttl on the simulator's clock. Get or release with no live
lease: 404.

Wait. ``state`` repeated or comma-separated (``started``, ``stopped``, ``suspended``,
``destroyed``, ``failed``, or ``settled`` for any persistent state; default
``started``), ``timeout`` 1..60 whole seconds (default 60, anything else 400),
``version``/``instance_id`` to wait for that version (an older version never matches, so
its wait times out). 200 ``{"ok": true, "state", "event_id", "version"}`` or 408
``deadline_exceeded: machine failed to reach desired state, <states>, currently <state>``.

fly-go's request shapes (source: fly-go flaps), accepted as the live API accepts them:
the lease ttl as a query parameter, ``POST …/lease?ttl=120`` with no body, and a refresh
``?ttl=300`` with the nonce (the query wins over a body's ``ttl``; a ttl is whole seconds
from 1 to 86400, anything else 400 naming it); ``DELETE …/machines/{id}?kill=true``
force-destroys, as ``force=true`` does; ``{"signal": 9}`` (a Linux signal number, as
``Kill`` sends it) is ``SIGKILL``, and SIGKILL ends the machine's main process (exit code
137, ``signal`` 9; the restart policy says what follows); stop's ``timeout`` is a Go
``time.Duration``, a number of nanoseconds (``10000000000``) or a string (``"0s"``,
``"1m30s"``); restart takes ``?force_stop=…&timeout=…&signal=…``. Signals, timeouts and
force_stop are checked (400 naming the field) and otherwise change nothing: a simulated
machine stops and restarts the same way.

Exec (always 200 when the machine is started): ``echo ARGS`` prints ARGS and a newline,
``cat`` prints stdin, ``true`` exits 0, ``false`` exits 1, anything else exits 127 with
``sh: 1: <cmd>: not found`` on stderr. ps lists pid 1 ``/.fly/init`` and pid 2, the
config's init command (or image), listening on each service's internal port.

Volumes. A machine's ``config.mounts`` attach volumes by id (``volume``) or by the name
of a free volume; a volume attached to another machine answers 412; an attached volume
cannot be destroyed (412) until its machine is destroyed or updated without it. Secrets
keep an app-wide version that every set, update and delete increases. Metadata lives in
``config.metadata``; writes do not make a new version. ``PATCH`` and ``PUT …/metadata``
merge, as the pinned spec says: keys not in the request are left untouched, and a null
or empty value removes its key.

Bodies. Create answers 200 with the machine; start ``{"previous_state", "migrated":
false, "new_host": ""}``; stop, destroy, cordon, uncordon and signal ``{"ok": true}``;
restart, suspend and volume snapshot creation 200 with no body, as the spec declares;
metadata writes 204; app creation 201 ``{"id", "created_at"}``; app destroy 202.

Errors and headers. No ``Authorization`` (or not ``Bearer``/``FlyV1``, or not the
configured token) answers 401 ``{"error": "Authenticate: token validation error"}``.
The deploy tokens the simulator mints (``App_create_deploy_token``) are accepted besides,
for their own app and ``/v1/tokens/...`` only, until they expire or their app is deleted
(other requests with one answer 401 saying why); ``Tokens_authenticate`` and
``Tokens_authorize``, open in the spec, need no ``Authorization`` (see
``resources/tokens.py``). The request log keeps no key material, plaintext or token from
a body: those fields are ``"<redacted>"`` there.
Every answer carries ``fly-request-id`` (``<ULID>-sim``). The simulator implements all
100 operations of the pinned spec; one it did not (``UNIMPLEMENTED``, derived from the
handlers: empty) would answer 501 naming the operation id. Unknown paths answer 404.
``rate_limit=True`` applies Fly's documented limits (1 request/s per action per machine,
bursts of 3; get machine 5/s, bursts of 10): 429 with ``Retry-After`` in whole seconds.

Input bounds. No input answers 500: a body that is not JSON, holds ``NaN`` or
``Infinity``, or nests deeper than 64 levels answers 400 before any handler runs; a lease
ttl is 1..86400 whole seconds; a volume's ``size_gb`` (also when extending) 1..500 and
``snapshot_retention`` 1..60; machine and volume names at most 255 characters with no
control character (NUL, ...) or slash, and not ``.`` or ``..``; a signal a name or its
Linux number. Each refusal is 400 naming the field. An exception inside the simulator
is a bug of the simulator: it answers 500 ``{"error": "simulator bug: <Type>: <message>"}``,
is recorded in ``sim.requests`` and in ``sim.errors`` (`SimulatorBug`: method, path,
operation id, error, traceback), and the pytest plugin fails the test that met it.

Request bodies. Every JSON body is checked against its operation's schema in the
patched spec (``resources/schemas.py`` holds the extract) as Go's encoding/json checks
it: a value of the wrong JSON type (``guest.cpus: "two"``, ``env: {"A": 1}``,
``region: 5``, ``skip_launch: "yes"``), a string outside its enum or a missing required
field answers 400 ``{"error": "invalid <field>: json: cannot unmarshal <type> into Go
value of type <type>"}`` naming the field (``config.services[0].internal_port``);
unknown fields are accepted (forward compatibility) and null is accepted anywhere. The
two fly-go shapes above (a signal number, a stop timeout in nanoseconds) are accepted
though the spec declares strings.

Faults. ``sim.faults`` (see `Faults`) fails, drops, times out or slows the next
requests to a route; ``sim.requests`` records the latest requests (method, path, route
template, operation id, status, outcome; ``request_log_size``, default 1000) so tests
can count them. The simulator is
consistent at once; to test the brief 404 the live API can give a wait right after
create, inject it: ``sim.faults.fail_next("Machines_wait", status=404)``.

Direct access. ``sim.backend`` is the state itself, with the methods the HTTP layer
calls (``create_app``, ``create_machine``, ``get_machine``, ``list_machines``, ...;
``backend.leases``, ``backend.volumes``, ``backend.secrets``), for test set-up and
assertions without HTTP; ``sim.crash_machine(app, id)`` puts a machine in ``failed``.

Inside. ``resources/`` holds one module per resource (apps, machines and their actions,
wait, processes, metadata, memory, leases, volumes, secrets, secret keys, tokens,
certificates, IP assignments, organizations, platform; Postgres, a package): its state, its
rules, and its HTTP handlers in a ``handlers`` table at the bottom, keyed by the operation
ids of the generated client's table (``fly_machines_api.operations``), which is also the
route table. ``_container.py`` holds what they share (apps, clock, ids, the one lock) and
``_primitives.py`` the JSON type, time, error answers, ids and lock decorators. To add a
resource: write ``resources/<name>.py`` with a class that subclasses ``Resource`` (its
direct-access methods, or a property returning a ``Part`` that holds them, as
``backend.volumes`` does) and set ``<Class>.handlers`` at the bottom; keep per-app state
in ``app.part(<YourState>)``, and state that belongs to no app (an organization's) in
``backend.part(<YourState>)``. Then add the class to the bases of ``resources.Backend``:
that one line registers the resource and its handlers, and its operations leave
``UNIMPLEMENTED``. Beside the resources: ``checks.py`` (health checks, ``sim.checks``),
``inputs.py`` (what every request is checked for before its handler: JSON, depth,
names) and ``schemas.py`` (the patched spec's request-body schemas, and the check
against them).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # at run time each loads on first use (see fly_machines/__init__.py)
    from ..clock import ManualClock
    from ._faults import Fault, Faults
    from ._wire import RecordedRequest
    from .resources import UNIMPLEMENTED
    from .simulator import FlySimulator, SimulatorBug

_LAZY = {
    "UNIMPLEMENTED": ".resources",
    "Fault": "._faults",
    "Faults": "._faults",
    "FlySimulator": ".simulator",
    "ManualClock": "..clock",
    "RecordedRequest": "._wire",
    "SimulatorBug": ".simulator",
}

__all__ = [
    "UNIMPLEMENTED",
    "Fault",
    "Faults",
    "FlySimulator",
    "ManualClock",
    "RecordedRequest",
    "SimulatorBug",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
