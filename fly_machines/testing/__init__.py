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

Time. Every transient state lasts ``transition_seconds`` (default 1.0) of the
simulator's clock. Create answers ``created``; then ``starting`` after one step and
``started`` after two (``skip_launch`` stays ``created``). Start: ``starting`` then
``started``. Stop: ``stopping`` then ``stopped``. Restart: ``restarting`` then
``started``. Suspend: ``suspending`` then ``suspended``. Destroy: ``destroying`` then
``destroyed``. With a ``ManualClock`` nothing happens until the clock moves, and a
``wait`` that cannot be answered yet moves the clock itself, to the machine's next step
or to the wait's deadline, so a 60-second wait takes no real time. On the system clock a
wait blocks its request (never the server's event loop).

Events. Each state change adds one event (newest first in ``events`` and in the
``/events`` list): create 1 (+2 when it launches), start 2, stop 2 (1 from
``suspended``; stopping a machine that is not running is an idempotent no-op with no
event), restart 2, suspend 2, update 2 on a running machine and 1 otherwise, destroy 2.
Cordon, signal, metadata and leases add none.

Refusals. start: from ``stopped``, ``suspended``, ``failed`` or a ``created`` machine
that is not already launching, else 412 ``failed_precondition: unable to start machine
from current state: '<state>'``. restart and suspend: only from ``started`` (412
likewise). destroy: from ``stopped``, ``suspended``, ``failed`` or idle ``created``,
else 412 ``failed_precondition: unable to destroy machine, not currently stopped or
suspended``, unless ``force=true``. exec, ps and signal need a ``started`` machine (412).
A destroyed machine stays readable (state ``destroyed``; listed with
``include_deleted=true``); changing it answers 412. Update replaces the whole config and
makes a new ``version``/``instance_id``; a running machine goes ``replacing`` then
``started``, a suspended one becomes ``stopped``, any other keeps its state. A
``current_version`` that is not current answers 409.

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

Exec (always 200 when the machine is started): ``echo ARGS`` prints ARGS and a newline,
``cat`` prints stdin, ``true`` exits 0, ``false`` exits 1, anything else exits 127 with
``sh: 1: <cmd>: not found`` on stderr. ps lists pid 1 ``/.fly/init`` and pid 2, the
config's init command (or image), listening on each service's internal port.

Volumes. A machine's ``config.mounts`` attach volumes by id (``volume``) or by the name
of a free volume; a volume attached to another machine answers 412; an attached volume
cannot be destroyed (412) until its machine is destroyed or updated without it. Secrets
keep an app-wide version that every set, update and delete increases. Metadata lives in
``config.metadata``; writes do not make a new version.

Bodies. Create answers 200 with the machine; start ``{"previous_state", "migrated":
false, "new_host": ""}``; stop, destroy, cordon, uncordon and signal ``{"ok": true}``;
restart, suspend and volume snapshot creation 200 with no body, as the spec declares;
metadata writes 204; app creation 201 ``{"id", "created_at"}``; app destroy 202.

Errors and headers. No ``Authorization`` (or not ``Bearer``/``FlyV1``, or not the
configured token) answers 401 ``{"error": "Authenticate: token validation error"}``.
Every answer carries ``fly-request-id`` (``<ULID>-sim``). Operations the simulator does
not implement (Postgres clusters, certificates, tokens, IP assignments, secret keys,
memory, org listings, platform) answer 501 naming the operation id; unknown paths 404.
``rate_limit=True`` applies Fly's documented limits (1 request/s per action per machine,
bursts of 3; get machine 5/s, bursts of 10): 429 with ``Retry-After`` in whole seconds.

Faults. ``sim.faults`` (see `Faults`) fails, drops, times out or slows the next
requests to a route; ``sim.requests`` records every request seen (method, path, route
template, operation id, status, outcome) so tests can count them. The simulator is
consistent at once; to test the brief 404 the live API can give a wait right after
create, inject it: ``sim.faults.fail_next("Machines_wait", status=404)``.

Direct access. ``sim.backend`` is the state itself, with the methods the HTTP layer
calls (``create_app``, ``create_machine``, ``get_machine``, ``list_machines``, ...;
``backend.leases``, ``backend.volumes``, ``backend.secrets``), for test set-up and
assertions without HTTP; ``sim.crash_machine(app, id)`` puts a machine in ``failed``.
"""

from __future__ import annotations

from ..clock import ManualClock
from ._faults import Fault, Faults
from ._wire import RecordedRequest
from .simulator import FlySimulator

__all__ = ["Fault", "Faults", "FlySimulator", "ManualClock", "RecordedRequest"]
