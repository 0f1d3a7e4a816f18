"""Answers carrying fields and enum values the pinned spec does not know still parse.

Fly adds both without notice; the generated models keep unknown fields in
additional_properties and unknown enum values as members whose value is the raw string
(scripts/templates/types.py.jinja: OpenStrEnum, OpenIntEnum).
"""

from __future__ import annotations

import copy
import json
from typing import Any, TypeVar

import pytest
from fly_machines_api.models import (
    ErrorResponse,
    FlyMachineRestartPolicy,
    FlyMachineServiceAutostop,
    Machine,
    MachinesWaitStateItem,
    MainStatusCode,
    RessetAction,
)
from fly_machines_api.types import Unset

T = TypeVar("T")

FUTURE_MACHINE: dict[str, Any] = {
    "id": "148ed193b95e89",
    "name": "quiet-sky-1234",
    "state": "hibernating",  # a state this client has never heard of (a plain string field)
    "region": "ord",
    "instance_id": "01JHWYS8D584GY0GHBDF9VGQGM",
    "config": {
        "image": "registry-1.docker.io/library/nginx:1.27",
        "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
        "restart": {"policy": "sometimes", "max_retries": 2},
        "services": [
            {
                "protocol": "tcp",
                "internal_port": 8080,
                "autostop": "hibernate",
                "ports": [{"port": 443, "handlers": ["tls", "http"]}],
                "warm_pool": {"size": 2},
            }
        ],
        "quantum_entanglement": True,
    },
    "image_ref": {"registry": "registry-1.docker.io", "repository": "library/nginx"},
    "created_at": "2025-01-15T10:00:00Z",
    "updated_at": "2025-01-15T10:00:05Z",
    "events": [
        {"type": "hibernate", "status": "hibernating", "source": "flyd", "timestamp": 1736935205000}
    ],
    "host_status": "ok",
    "carbon_footprint": {"grams_per_hour": 1.5, "source": "estimate"},
}


def present(value: T | Unset) -> T:
    assert not isinstance(value, Unset)
    return value


def test_a_machine_with_unknown_enum_values_and_fields_parses() -> None:
    machine = Machine.from_dict(copy.deepcopy(FUTURE_MACHINE))
    config = present(machine.config)

    policy = present(present(config.restart).policy)
    assert isinstance(policy, FlyMachineRestartPolicy)
    assert policy.value == "sometimes"
    assert str(policy) == "sometimes"
    assert policy == "sometimes"
    assert policy not in (FlyMachineRestartPolicy.ALWAYS, FlyMachineRestartPolicy.ON_FAILURE)

    service = present(config.services)[0]
    autostop = present(service.autostop)
    assert isinstance(autostop, FlyMachineServiceAutostop)
    assert (autostop.value, str(autostop)) == ("hibernate", "hibernate")

    assert machine.state == "hibernating"
    # Unknown fields, top-level and nested, are kept and reachable.
    assert machine.additional_properties["carbon_footprint"] == {
        "grams_per_hour": 1.5,
        "source": "estimate",
    }
    assert machine["carbon_footprint"]["source"] == "estimate"
    assert "carbon_footprint" in machine and machine.additional_keys == ["carbon_footprint"]
    assert config["quantum_entanglement"] is True
    assert service["warm_pool"] == {"size": 2}


def test_unknown_values_round_trip_unchanged() -> None:
    machine = Machine.from_dict(copy.deepcopy(FUTURE_MACHINE))
    assert machine.to_dict() == FUTURE_MACHINE
    assert json.loads(json.dumps(machine.to_dict())) == FUTURE_MACHINE


def test_known_enum_values_are_still_the_members() -> None:
    machine = Machine.from_dict({**FUTURE_MACHINE, "config": {"restart": {"policy": "on-failure"}}})
    restart = present(present(machine.config).restart)
    assert restart.policy is FlyMachineRestartPolicy.ON_FAILURE
    assert FlyMachineRestartPolicy("no") is FlyMachineRestartPolicy.NO
    # An unknown value builds the same way each time, and equals its raw string.
    assert FlyMachineRestartPolicy("sometimes") == FlyMachineRestartPolicy("sometimes")


def test_an_error_with_an_unknown_status_parses() -> None:
    error = ErrorResponse.from_dict(
        {"error": "too many machines in the region", "status": "region_full", "trace": "abc"}
    )
    status = present(error.status)
    assert isinstance(status, MainStatusCode)
    assert (status.value, str(status)) == ("region_full", "region_full")
    assert error["trace"] == "abc"
    assert error.to_dict()["status"] == "region_full"


def test_unknown_values_in_enum_lists_and_integer_enums_are_kept() -> None:
    assert MachinesWaitStateItem("hibernated").value == "hibernated"
    action = RessetAction(64)
    assert (action.value, int(action), str(action)) == (64, 64, "64")
    known = next(iter(RessetAction))
    assert RessetAction(known.value) is known


def test_values_of_the_wrong_type_are_still_refused() -> None:
    # Open enums accept new values, not nonsense: a number is not a restart policy.
    with pytest.raises(ValueError, match="3 is not a valid FlyMachineRestartPolicy"):
        FlyMachineRestartPolicy(3)
    text: Any = "read"  # deliberately the wrong type
    with pytest.raises(ValueError, match="'read' is not a valid RessetAction"):
        RessetAction(text)
