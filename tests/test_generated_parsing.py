"""What the generated `from_dict` must keep doing however it is written (it is tuned for speed
in scripts/templates/model.py.jinja): every key converted to its type, unknown keys kept,
the input left alone, a missing required key a MissingFieldError (a KeyError) naming the
model and the key; what a default or a timestamp format in the patched spec makes of a
field; and a repr that shows only the fields that are set."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import pytest
from fly_machines_api import types
from fly_machines_api.models import (
    CreateAppResponse,
    CreatePostgresAttachmentRequest,
    Flydv1ExecResponse,
    FlyMachineCheck,
    FlyMachineConfig,
    FlyMachineConfigChecks,
    FlyMachinePort,
    FlyMachineRestartPolicy,
    Lease,
    ListAppsResponse,
    Machine,
    MachineEvent,
    PostgresCluster,
    PostgresClusterCpuKind,
    Volume,
)
from fly_machines_api.types import UNSET, MissingFieldError

MACHINE: dict[str, Any] = {
    "id": "148ed193b95d89",
    "name": "white-sun-2456",
    "state": "started",
    "region": "sjc",
    "instance_id": "01JHX0N0XW5D4PCKE5P7BB0QQV",
    "image_ref": {"registry": "registry-1.docker.io", "repository": "flyio/hellofly"},
    "created_at": "2025-01-16T17:03:21Z",
    "updated_at": "2025-01-16T17:03:24Z",
    "config": {
        "image": "flyio/hellofly:latest",
        "restart": {"policy": "on-failure"},
        "services": [{"internal_port": 8080, "ports": [{"port": 443, "handlers": ["tls"]}]}],
        "checks": {"alive": {"type": "tcp", "port": 8080}},
    },
    "events": [
        {"type": "start", "status": "started", "source": "flyd", "timestamp": 1737047004000}
    ],
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


UTC = datetime.timezone.utc
ALWAYS_SENT = (
    "id",
    "name",
    "state",
    "region",
    "instance_id",
    "image_ref",
    "created_at",
    "updated_at",
)


@pytest.mark.parametrize("field", ALWAYS_SENT)
def test_a_machine_without_a_field_the_api_always_sends_names_it(field: str) -> None:
    answer = {key: value for key, value in MACHINE.items() if key != field}
    with pytest.raises(MissingFieldError) as raised:
        Machine.from_dict(answer)
    assert (raised.value.model, raised.value.field) == ("Machine", field)
    assert str(raised.value) == (
        f"Machine has no {field!r}: the answer lacks a field the API always sends"
        " (marked required in the patched spec)"
    )


def test_a_nested_model_without_a_field_names_the_nested_model() -> None:
    event = {"type": "start", "status": "started", "timestamp": 1737047004000}
    with pytest.raises(MissingFieldError) as raised:
        Machine.from_dict({**MACHINE, "events": [event]})
    assert (raised.value.model, raised.value.field) == ("MachineEvent", "source")


def test_a_summary_machine_without_config_checks_or_events_parses() -> None:
    # Machines.list(summary=True) leaves these out (the spec's Machines_list parameter), so
    # config stays optional and events, left out when empty, is an empty list.
    summary = {k: v for k, v in MACHINE.items() if k not in ("config", "events", "checks")}
    machine = Machine.from_dict(summary)
    assert machine.config is UNSET and machine.events == [] and machine.checks is UNSET
    assert Machine.from_dict({**summary, "events": None}).events == []


def test_fields_left_out_when_empty_default_to_empty() -> None:
    # Go's omitempty leaves out exit code 0 and empty output (fly.MachineExecResponse).
    quiet = Flydv1ExecResponse.from_dict({})
    assert (quiet.exit_code, quiet.stdout, quiet.stderr, quiet.exit_signal) == (0, "", "", UNSET)
    assert quiet.to_dict() == {"exit_code": 0, "stdout": "", "stderr": ""}
    said = Flydv1ExecResponse.from_dict({"exit_code": 3, "stdout": "out", "stderr": "err"})
    assert (said.exit_code, said.stdout, said.stderr) == (3, "out", "err")
    assert ListAppsResponse.from_dict({"total_apps": 0}).apps == []


def test_rfc3339_timestamps_are_aware_datetimes_and_go_back_as_rfc3339() -> None:
    machine = Machine.from_dict(MACHINE)
    assert machine.created_at == datetime.datetime(2025, 1, 16, 17, 3, 21, tzinfo=UTC)
    assert machine.updated_at - machine.created_at == datetime.timedelta(seconds=3)
    assert machine.to_dict()["created_at"] == "2025-01-16T17:03:21Z"
    volume: dict[str, Any] = {"id": "vol_1", "name": "data", "state": "created", "zone": "a1"}
    volume |= {"region": "sjc", "size_gb": 1, "encrypted": True}
    for text, expected in [
        # Go's RFC3339Nano: nanoseconds are cut to Python's microseconds.
        ("2023-09-01T19:47:14.774123456Z", datetime.datetime(2023, 9, 1, 19, 47, 14, 774123, UTC)),
        ("2023-09-01T19:47:14.774Z", datetime.datetime(2023, 9, 1, 19, 47, 14, 774000, UTC)),
        ("2023-09-01t19:47:14z", datetime.datetime(2023, 9, 1, 19, 47, 14, tzinfo=UTC)),
        ("2023-09-01T21:47:14+02:00", datetime.datetime(2023, 9, 1, 19, 47, 14, tzinfo=UTC)),
        ("2023-09-01T19:47:14", datetime.datetime(2023, 9, 1, 19, 47, 14, tzinfo=UTC)),
    ]:
        parsed = Volume.from_dict({**volume, "created_at": text}).created_at
        assert parsed == expected and parsed.utcoffset() is not None, text
    with pytest.raises(ValueError):
        Volume.from_dict({**volume, "created_at": "yesterday"})
    with pytest.raises(TypeError):
        Volume.from_dict({**volume, "created_at": 1693597634})


def test_unix_timestamps_are_datetimes_and_go_back_as_the_same_number() -> None:
    event = MachineEvent.from_dict(
        {"type": "exit", "status": "stopped", "source": "flyd", "timestamp": 1737047004123}
    )
    assert event.timestamp == datetime.datetime(2025, 1, 16, 17, 3, 24, 123000, tzinfo=UTC)
    assert event.to_dict()["timestamp"] == 1737047004123  # milliseconds, exactly
    lease = Lease.from_dict({"nonce": "n", "expires_at": 1708569778, "owner": "o", "version": "v"})
    assert lease.expires_at == datetime.datetime(2024, 2, 22, 2, 42, 58, tzinfo=UTC)
    assert lease.to_dict()["expires_at"] == 1708569778  # seconds
    created = CreateAppResponse.from_dict({"id": "a", "created_at": 1708631799000})
    assert created.created_at == datetime.datetime(2024, 2, 22, 19, 56, 39, tzinfo=UTC)
    assert CreateAppResponse.from_dict({"id": "a"}).created_at is UNSET
    for nonsense in ("1708569778", True):
        with pytest.raises(TypeError):
            Lease.from_dict({"nonce": "n", "expires_at": nonsense, "owner": "o", "version": "v"})
    # null reads as absent (as Go reads it): here, a field the API always sends is missing.
    with pytest.raises(MissingFieldError, match="'expires_at'"):
        Lease.from_dict({"nonce": "n", "expires_at": None, "owner": "o", "version": "v"})
    with pytest.raises(ValueError, match="out of range"):
        Lease.from_dict({"nonce": "n", "expires_at": 10**15, "owner": "o", "version": "v"})


def test_a_repr_shows_only_the_fields_that_are_set() -> None:
    machine = Machine.from_dict({**MACHINE, "config": {"image": "flyio/hellofly:latest"}})
    shown = repr(machine)
    assert shown.startswith("Machine(created_at=datetime.datetime(2025, 1, 16, 17, 3, 21, ")
    assert "id='148ed193b95d89'" in shown and "state='started'" in shown
    assert "config=FlyMachineConfig(image='flyio/hellofly:latest')" in shown
    assert "UNSET" not in shown and "nonce=" not in shown and "private_ip=" not in shown
    assert shown.endswith("additional_properties={'carbon_footprint': {'grams_per_hour': 1.5}})")
    assert repr(Flydv1ExecResponse.from_dict({"stdout": "hi"})) == (
        "Flydv1ExecResponse(exit_code=0, stderr='', stdout='hi')"
    )


def test_conversions_are_kept_bounded_and_never_wrong() -> None:
    # The loaders look conversions up (fly_machines_api.types._Conversions): the same value
    # gives an equal datetime, a value that does not convert is refused every time and
    # never kept, and the kept ones stay few.
    kept: dict[Any, Any] = types.from_unixtime_ms.__self__  # type: ignore[attr-defined]
    first = types.from_unixtime_ms(1737047004123)
    assert types.from_unixtime_ms(1737047004123) is first
    for _ in range(2):
        with pytest.raises(TypeError):
            types.from_unixtime_ms("1737047004123")
    assert "1737047004123" not in kept
    for value in range(10_000):
        assert types.from_unixtime_ms(1_600_000_000_000 + value) == datetime.datetime(
            2020, 9, 13, 12, 26, 40, tzinfo=UTC
        ) + datetime.timedelta(milliseconds=value)
    assert 0 < len(kept) <= 4096
    text = "2025-01-16T17:03:21Z"
    assert types.parse_datetime(text) == types.parse_datetime("2025-01-16T18:03:21+01:00")
