"""Exception classes: every failure is made as the `FlyError` subclass for its code and
status, `unwrap()` raises it, `except fly_machines.NotFoundError` catches it, and the
`Err` holds that very instance."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from support.kinds import Kind, failure, run_result
from support.resilience import APP, new_sim, sim_client, sim_machine, sim_started

import fly_machines
from fly_machines import Apps, Machines, RetryPolicy
from fly_machines.testing import FlySimulator

pytestmark = pytest.mark.anyio

Case = tuple[Callable[..., Any], dict[str, Any], Callable[[FlySimulator], dict[str, Any]]]


def _nothing(sim: FlySimulator) -> dict[str, Any]:
    return {}


def _started(sim: FlySimulator) -> dict[str, Any]:
    return {"machine_id": sim_started(sim)}


def _leased(sim: FlySimulator) -> dict[str, Any]:
    machine_id = sim_started(sim)
    sim.backend.leases.acquire(APP, machine_id, {"ttl": 60}, None)
    return {"machine_id": machine_id}


def _stopped(sim: FlySimulator) -> dict[str, Any]:
    return {"machine_id": sim_machine(sim, skip_launch=True)}


def _failing(status: int, body: object = None) -> Callable[[FlySimulator], dict[str, Any]]:
    def arrange(sim: FlySimulator) -> dict[str, Any]:
        sim.faults.fail_next("Machines_show", status=status, body=body, count=10)
        return {"machine_id": sim_machine(sim)}

    return arrange


def _dropped(sim: FlySimulator) -> dict[str, Any]:
    sim.faults.drop_next("Machines_show", count=10)
    return {"machine_id": sim_machine(sim)}


def _garbled(sim: FlySimulator) -> dict[str, Any]:
    sim.faults.fail_next("Machines_show", status=200, body="{not json", count=10)
    return {"machine_id": sim_machine(sim)}


NO_RETRY = {"app_name": APP, "retry": False}
CAPACITY = "insufficient_capacity"
CASES: dict[str, tuple[type[fly_machines.FlyError], Case]] = {
    "not found": (
        fly_machines.NotFoundError,
        (Machines.get, {**NO_RETRY, "machine_id": "0123456789abcd"}, _nothing),
    ),
    "lease conflict": (
        fly_machines.LeaseConflictError,
        (Machines.acquire_lease, {**NO_RETRY, "ttl": 30}, _leased),
    ),
    "wrong state": (
        fly_machines.PreconditionFailedError,
        (Machines.destroy, NO_RETRY, _started),
    ),
    "name taken": (
        fly_machines.NameTakenError,
        (Apps.create, {"app_name": APP, "org_slug": "personal"}, _nothing),
    ),
    "invalid": (
        fly_machines.InvalidRequestError,
        (Machines.get, {**NO_RETRY, "machine_id": ".."}, _nothing),
    ),
    "deadline": (
        fly_machines.DeadlineExceededError,
        (Machines.wait, {**NO_RETRY, "state": "started", "timeout": 1}, _stopped),
    ),
    "bad request": (
        fly_machines.BadRequestError,
        (Machines.get, NO_RETRY, _failing(400)),
    ),
    "server": (fly_machines.ServerError, (Machines.get, NO_RETRY, _failing(503))),
    "rate limited": (fly_machines.RateLimitedError, (Machines.get, NO_RETRY, _failing(429))),
    "capacity": (
        fly_machines.CapacityError,
        (Machines.get, NO_RETRY, _failing(412, {"error": "no room", "status": CAPACITY})),
    ),
    "connection": (fly_machines.APIConnectionError, (Machines.get, NO_RETRY, _dropped)),
    "decode": (fly_machines.DecodeError, (Machines.get, NO_RETRY, _garbled)),
}


@pytest.mark.parametrize("name", CASES)
async def test_each_failure_is_its_class_and_unwrap_raises_that_instance(
    kind: Kind, name: str
) -> None:
    expected, (function, arguments, arrange) = CASES[name]
    sim = new_sim()
    client = sim_client(sim, kind)
    extra = arrange(sim)
    result = await run_result(client, function, **{**arguments, **extra})
    error = failure(result)

    assert type(error) is expected, (type(error), error)
    assert isinstance(error, fly_machines.FlyError)
    with pytest.raises(expected) as raised:
        result.unwrap()
    assert raised.value is error  # the Err holds what unwrap raises


def test_the_classes_nest_as_a_caller_catches_them() -> None:
    assert issubclass(fly_machines.LeaseConflictError, fly_machines.ConflictError)
    assert issubclass(fly_machines.NameTakenError, fly_machines.UnprocessableEntityError)
    assert issubclass(fly_machines.APITimeoutError, fly_machines.APIConnectionError)
    for status_error in (
        fly_machines.BadRequestError,
        fly_machines.UnauthorizedError,
        fly_machines.ForbiddenError,
        fly_machines.NotFoundError,
        fly_machines.ConflictError,
        fly_machines.PreconditionFailedError,
        fly_machines.UnprocessableEntityError,
        fly_machines.RateLimitedError,
        fly_machines.ServerError,
    ):
        assert issubclass(status_error, fly_machines.APIStatusError)


def test_a_timeout_and_an_unauthorized_answer_are_their_classes() -> None:
    # Made as the library makes them, from the fields alone.
    timeout = fly_machines.FlyError(kind="timeout", code="timeout", message="ReadTimeout")
    refused = fly_machines.FlyError(kind="http", status=401, code="unauthorized", message="no")
    teapot = fly_machines.FlyError(kind="http", status=418, code="http_418", message="tea")
    assert type(timeout) is fly_machines.APITimeoutError
    assert type(refused) is fly_machines.UnauthorizedError
    assert type(teapot) is fly_machines.APIStatusError


async def test_an_error_survives_pickling_with_its_class_and_fields(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    error = failure(
        await run_result(client, Machines.get, app_name=APP, machine_id="0123456789abcd")
    )
    copied = pickle.loads(pickle.dumps(error))
    assert type(copied) is fly_machines.NotFoundError
    assert (copied.status, copied.code, copied.message, copied.request_id, str(copied)) == (
        error.status,
        error.code,
        error.message,
        error.request_id,
        str(error),
    )


async def test_str_ends_with_the_suggestion_and_repr_names_the_class(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind, retry=RetryPolicy(attempts=1))
    ok = await run_result(client, Apps.create, app_name="taken-name", org_slug="personal")
    assert ok.ok
    error = failure(
        await run_result(client, Apps.create, app_name="taken-name", org_slug="personal")
    )
    assert error.suggestion and str(error).endswith(f"; {error.suggestion}")
    assert repr(error).startswith("NameTakenError(kind='http', status=422")


@pytest.mark.parametrize(
    ("path", "message", "code"),
    [
        (
            "/v1/apps/a/machines/m1/stop",
            "machine ID m1 lease currently held by x",
            "lease_conflict",
        ),
        ("/v1/apps/a/machines/m1/stop", "please try again later", "conflict"),
        (
            "/v1/postgres/c1/databases/db/extensions",
            "Extension pg_trgm is already installed in schema releases",
            "conflict",
        ),
        ("/v1/apps/a/ip_assignments", "a lease of the address is pending", "conflict"),
    ],
)
def test_only_a_machines_lease_is_a_lease_conflict(path: str, message: str, code: str) -> None:
    request = httpx.Request("POST", f"https://api.machines.dev{path}")
    response = httpx.Response(409, json={"error": message}, request=request)
    assert fly_machines.FlyError.from_response(response).code == code
