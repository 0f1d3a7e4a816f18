"""What the generated `from_dict` must keep doing however it is written (it is tuned for speed
in scripts/templates/model.py.jinja): every key converted to its type, unknown keys kept,
the input left alone, a missing required key a MissingFieldError (a KeyError) naming the
model and the key; and a repr that shows only the fields that are set."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import pytest
from fly_machines_api.models import (
    CreatePostgresAttachmentRequest,
    FlyMachineCheck,
    FlyMachineConfig,
    FlyMachineConfigChecks,
    FlyMachinePort,
    FlyMachineRestartPolicy,
    Machine,
    MachineEvent,
    PostgresCluster,
    PostgresClusterCpuKind,
)
from fly_machines_api.types import UNSET, MissingFieldError

MACHINE: dict[str, Any] = {
    "id": "148ed193b95d89",
    "name": "white-sun-2456",
    "state": "started",
    "config": {
        "image": "flyio/hellofly:latest",
        "restart": {"policy": "on-failure"},
        "services": [{"internal_port": 8080, "ports": [{"port": 443, "handlers": ["tls"]}]}],
        "checks": {"alive": {"type": "tcp", "port": 8080}},
    },
    "events": [{"type": "start", "status": "started", "timestamp": 1737047004000}],
    "host_features": ["a", "b"],
    "carbon_footprint": {"grams_per_hour": 1.5},
}


def test_a_machine_parses_into_its_types_and_back_to_the_same_json() -> None:
    source = copy.deepcopy(MACHINE)
    machine = Machine.from_dict(source)

    assert source == MACHINE  # the input is not consumed
    assert machine.to_dict() == MACHINE
    assert (machine.id, machine.state, machine.host_features) == (
        "148ed193b95d89",
        "started",
        ["a", "b"],
    )
    assert machine.lease is UNSET and machine.version is UNSET
    assert machine.additional_properties == {"carbon_footprint": {"grams_per_hour": 1.5}}
    config = machine.config
    assert isinstance(config, FlyMachineConfig)
    assert config.restart and config.restart.policy is FlyMachineRestartPolicy.ON_FAILURE
    assert config.services and config.services[0].ports
    assert isinstance(config.services[0].ports[0], FlyMachinePort)
    assert isinstance(config.checks, FlyMachineConfigChecks)
    assert isinstance(config.checks["alive"], FlyMachineCheck)  # typed additional properties
    assert machine.events and isinstance(machine.events[0], MachineEvent)
    assert machine.events[0].type_ == "start"  # a JSON key that is a Python keyword


def test_a_missing_required_key_is_a_key_error_naming_it() -> None:
    with pytest.raises(MissingFieldError, match="app_name") as raised:
        CreatePostgresAttachmentRequest.from_dict({"other": 1})
    assert isinstance(raised.value, KeyError)
    assert (raised.value.model, raised.value.field) == (
        "CreatePostgresAttachmentRequest",
        "app_name",
    )
    request = CreatePostgresAttachmentRequest.from_dict({"app_name": "db", "other": 1})
    assert (request.app_name, request.additional_properties) == ("db", {"other": 1})


def test_dates_unions_and_enums_convert_and_absent_keys_stay_unset() -> None:
    cluster = PostgresCluster.from_dict(
        {"created_at": "2025-01-16T17:03:21Z", "storage_used_bytes": None, "cpu_kind": "shared"}
    )
    assert cluster.created_at == datetime.datetime(
        2025, 1, 16, 17, 3, 21, tzinfo=datetime.timezone.utc
    )
    assert cluster.storage_used_bytes is None
    assert cluster.cpu_kind is PostgresClusterCpuKind.SHARED
    assert cluster.storage_provisioned_bytes is UNSET


def test_a_repr_shows_only_the_fields_that_are_set() -> None:
    machine = Machine.from_dict({**MACHINE, "config": {"image": "flyio/hellofly:latest"}})
    shown = repr(machine)
    assert shown.startswith("Machine(config=FlyMachineConfig(image='flyio/hellofly:latest'), ")
    assert "id='148ed193b95d89'" in shown and "state='started'" in shown
    assert "UNSET" not in shown and "nonce=" not in shown and "private_ip=" not in shown
    assert shown.endswith("additional_properties={'carbon_footprint': {'grams_per_hour': 1.5}})")
    assert repr(MachineEvent.from_dict({"type": "exit"})) == "MachineEvent(type_='exit')"
