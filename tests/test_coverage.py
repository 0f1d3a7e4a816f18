"""Coverage as data: docs/coverage.md is what scripts/api_coverage.py writes, and what it
reads from the facade's code (`Endpoint.operations`) is what the functions send."""

from __future__ import annotations

import sys

import httpx
from fly_machines_api.operations import OPERATIONS
from support.project import ROOT
from support.sim import AUTH

from fly_machines import Machines, ManualClock, Orchestrator
from fly_machines.testing import UNIMPLEMENTED, FlySimulator

sys.path.insert(0, str(ROOT / "scripts"))
import api_coverage


def test_the_coverage_table_is_up_to_date() -> None:
    assert api_coverage.main(["--check"]) == 0, "run python scripts/api_coverage.py"


def test_a_function_is_for_what_its_own_code_sends_and_also_sends_what_its_helpers_do() -> None:
    # create looks for a same-named machine (Machines_list) through a helper of _creating.
    assert Machines.create.own_operations == {"Machines_create"}
    assert Machines.create.operations == {"Machines_create", "Machines_list"}
    # A function whose own code names no operation is for what its helpers send.
    assert Machines.wait.own_operations == {"Machines_wait"}
    # An orchestration sends only through other endpoints.
    assert Orchestrator.destroy_and_wait.own_operations == frozenset()
    assert {"Machines_stop", "Machines_wait", "Machines_delete"} <= (
        Orchestrator.destroy_and_wait.operations
    )


def test_every_operation_has_a_facade_function_and_a_simulator_handler() -> None:
    rows = api_coverage.rows()
    assert len(rows) == len(OPERATIONS) == 100
    assert [row.operation for row in rows if not row.functions] == []
    assert [row.operation for row in rows if not row.simulated] == []
    assert UNIMPLEMENTED == ()


def test_the_simulator_answers_no_operation_of_the_spec_with_501() -> None:
    # Every operation, sent once with made-up path parameters and no body: whatever the
    # answer (404, 400, 422...), it comes from the operation's own handler.
    sim = FlySimulator(clock=ManualClock())
    client = httpx.Client(transport=sim.transport(), base_url="http://sim.invalid", headers=AUTH)
    answered = {}
    for operation_id, operation in OPERATIONS.items():
        path = operation.path.format(**dict.fromkeys(operation.path_parameters, "x1"))
        response = client.request(operation.method, path, params={"org_slug": "personal"})
        answered[operation_id] = response.status_code
        assert sim.requests[-1].operation_id == operation_id, path
    assert {k: v for k, v in answered.items() if v in (500, 501)} == {}
    assert sim.errors == []


def test_every_namespace_the_package_exports_is_in_the_table() -> None:
    listed = {namespace.__name__ for namespace in api_coverage.namespaces()}
    assert listed >= {"Machines", "Apps", "Volumes", "Secrets", "SecretKeys", "Certificates"}
    assert listed >= {"Postgres", "Platform", "Tokens", "Orchestrator"}
