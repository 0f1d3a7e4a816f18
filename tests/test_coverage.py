"""Coverage as data: docs/coverage.md is what scripts/api_coverage.py writes, and what it
reads from the facade's code (`Endpoint.operations`) is what the functions send."""

from __future__ import annotations

import sys

from support.project import ROOT

from fly_machines import Machines, Orchestrator

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


def test_every_namespace_the_package_exports_is_in_the_table() -> None:
    listed = {namespace.__name__ for namespace in api_coverage.namespaces()}
    assert {"Machines", "Apps", "Volumes", "Secrets", "Certificates", "Orchestrator"} <= listed
