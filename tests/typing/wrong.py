"""Misuses of the public API that `mypy --strict` must reject.

A comment line `# wrong[<error code>]: <fragment>` says the next line must get mypy
errors of exactly that code, one of them with the fragment in its message;
tests/test_facade_typing.py checks that, and that no unmarked line gets an error.
pyproject.toml keeps this file out of the project-wide mypy run.
"""

from __future__ import annotations

import httpx
from fly_machines_api.models import Flydv1ExecResponse, LeaseEnvelope, Machine

from fly_machines import AsyncClient, Client, Machines, Result

M = "148ed193b95d89"


async def misuses(client: Client, aclient: AsyncClient) -> None:
    # wrong[call-overload]: "Client", "int", "str"
    Machines.get(client, app_name=1, machine_id=M)
    # wrong[call-overload]: No overload variant
    Machines.get(client, app_name="a")
    # wrong[call-overload]: No overload variant
    Machines.get(client, "a", M)
    # wrong[call-overload]: No overload variant
    Machines.get(httpx.Client(), app_name="a", machine_id=M)
    # wrong[call-overload]: "float"
    Machines.signal(client, app_name="a", machine_id=M, signal=1.5)
    # wrong[call-overload]: Unexpected keyword argument "nonce"
    Machines.signal(client, app_name="a", machine_id=M, signal=9, nonce="n")

    # An AsyncClient gives an awaitable, not a result.
    # wrong[attr-defined]: "Awaitable[Ok[Machine] | Err]" has no attribute "unwrap"
    Machines.get(aclient, app_name="a", machine_id=M).unwrap()
    # wrong[misc]: object is not iterable
    _ok, _value = Machines.get(aclient, app_name="a", machine_id=M)
    # wrong[assignment]: expression has type "Awaitable[Ok[Machine] | Err]"
    pending: Result[Machine] = Machines.get(aclient, app_name="a", machine_id=M)
    # wrong[misc]: Incompatible types in "await"
    await Machines.get(client, app_name="a", machine_id=M)

    # Results carry the operation's own type.
    # wrong[assignment]: expression has type "Ok[list[Machine]] | Err"
    listed: Result[Machine] = Machines.list(client, app_name="a")
    # wrong[union-attr]: Item "FlyError" of "MachineStartResponse | FlyError"
    _ = Machines.start(client, app_name="a", machine_id=M).value.migrated
    result = Machines.get(client, app_name="a", machine_id=M)
    if result.ok:
        # wrong[attr-defined]: "Machine" has no attribute "no_such_field"
        _ = result.value.no_such_field
    if not result.ok:
        # wrong[attr-defined]: "FlyError" has no attribute "state"
        _ = result.error.state
    print(pending, listed)


def values(client: Client, machine: Machine, ran: Flydv1ExecResponse, lease: LeaseEnvelope) -> None:
    # A field the API may leave out stays Unset-able: it must be narrowed before use.
    # wrong[union-attr]: Item "Unset" of "FlyMachineConfig | Unset" has no attribute "image"
    _ = machine.config.image
    # wrong[arg-type]: incompatible type "str | Unset"; expected "str"
    Machines.get(client, app_name="a", machine_id=machine.private_ip)
    # A state is text, a timestamp a datetime, an exit code a number.
    # wrong[comparison-overlap]: Non-overlapping equality check
    _ = machine.state == 1
    # wrong[operator]: No overload variant of "__sub__" of "datetime" matches argument type "int"
    _ = machine.created_at - 1737047001
    # wrong[operator]: Unsupported operand types for > ("datetime" and "int")
    _ = machine.events[0].timestamp > 1737047004000
    # wrong[operator]: Unsupported operand types for + ("datetime" and "int")
    _ = lease.data.expires_at + 30
    # wrong[attr-defined]: "int" has no attribute "strip"
    _ = ran.exit_code.strip()
    # wrong[assignment]: expression has type "str", variable has type "int"
    ran.exit_code = ran.stdout
