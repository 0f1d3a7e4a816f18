from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.machine_host_status import MachineHostStatus
from ..types import (
    UNSET,
    MissingFieldError,
    Unset,
    enum_loader,
    finish_model,
    format_datetime,
    model_repr,
    owned_list,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.check_status import CheckStatus
    from ..models.fly_machine_config import FlyMachineConfig
    from ..models.image_ref import ImageRef
    from ..models.machine_event import MachineEvent
    from ..models.stripped_lease import StrippedLease


T = TypeVar("T", bound="Machine")


@_attrs_define(slots=False)
class Machine:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        image_ref (ImageRef):
        instance_id (str): InstanceID is the same value as `version`.

            Deprecated: use `version`.
        name (str):
        region (str):
        state (str):
        updated_at (datetime.datetime):
        checks (list[CheckStatus] | Unset):
        config (FlyMachineConfig | Unset):
        cordoned (bool | Unset):
        events (list[MachineEvent]):  Default: [].
        host_features (list[str] | Unset):
        host_status (MachineHostStatus | Unset):
        incomplete_config (FlyMachineConfig | Unset):
        lease (StrippedLease | Unset):
        nonce (str | Unset): Nonce is only every returned on machine creation if a lease_duration was provided.
        private_ip (str | Unset): PrivateIP is the internal 6PN address of the machine.
        version (str | Unset): Version is unique for each version of the machine. Pass it as
            `current_version` when updating the Machine to reject the update if the
            Machine has changed since this version.
    """

    created_at: datetime.datetime
    id: str
    image_ref: ImageRef
    instance_id: str
    name: str
    region: str
    state: str
    updated_at: datetime.datetime
    checks: list[CheckStatus] | Unset = UNSET
    config: FlyMachineConfig | Unset = UNSET
    cordoned: bool | Unset = UNSET
    events: list[MachineEvent] = _attrs_field(factory=list)
    host_features: list[str] | Unset = UNSET
    host_status: MachineHostStatus | Unset = UNSET
    incomplete_config: FlyMachineConfig | Unset = UNSET
    lease: StrippedLease | Unset = UNSET
    nonce: str | Unset = UNSET
    private_ip: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = format_datetime(self.created_at)

        id = self.id

        image_ref = self.image_ref.to_dict()

        instance_id = self.instance_id

        name = self.name

        region = self.region

        state = self.state

        updated_at = format_datetime(self.updated_at)

        checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = []
            for checks_item_data in self.checks:
                checks_item = checks_item_data.to_dict()
                checks.append(checks_item)

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        cordoned = self.cordoned

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        host_features: list[str] | Unset = UNSET
        if not isinstance(self.host_features, Unset):
            host_features = self.host_features

        host_status: str | Unset = UNSET
        if not isinstance(self.host_status, Unset):
            host_status = self.host_status.value

        incomplete_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.incomplete_config, Unset):
            incomplete_config = self.incomplete_config.to_dict()

        lease: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lease, Unset):
            lease = self.lease.to_dict()

        nonce = self.nonce

        private_ip = self.private_ip

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "image_ref": image_ref,
                "instance_id": instance_id,
                "name": name,
                "region": region,
                "state": state,
                "updated_at": updated_at,
                "events": events,
            }
        )
        if checks is not UNSET:
            field_dict["checks"] = checks
        if config is not UNSET:
            field_dict["config"] = config
        if cordoned is not UNSET:
            field_dict["cordoned"] = cordoned
        if host_features is not UNSET:
            field_dict["host_features"] = host_features
        if host_status is not UNSET:
            field_dict["host_status"] = host_status
        if incomplete_config is not UNSET:
            field_dict["incomplete_config"] = incomplete_config
        if lease is not UNSET:
            field_dict["lease"] = lease
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if private_ip is not UNSET:
            field_dict["private_ip"] = private_ip
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "image_ref" in data:
            if (value := data["image_ref"]) is None:
                del data["image_ref"]  # null: as if absent, as Go reads it
            else:
                data["image_ref"] = ImageRef.from_dict(value)
        if "updated_at" in data:
            if (value := data["updated_at"]) is None:
                del data["updated_at"]  # null: as if absent, as Go reads it
            else:
                data["updated_at"] = parse_datetime(value)
        if "checks" in data:
            if (value := data["checks"]) is None:
                del data["checks"]  # null: as if absent, as Go reads it
            else:
                data["checks"] = _load_checks(value)
        if "config" in data:
            if (value := data["config"]) is None:
                del data["config"]  # null: as if absent, as Go reads it
            else:
                data["config"] = FlyMachineConfig.from_dict(value)
        if "events" in data:
            data["events"] = _load_events(data["events"])
        if "host_status" in data:
            if (value := data["host_status"]) is None:
                del data["host_status"]  # null: as if absent, as Go reads it
            else:
                data["host_status"] = _load_host_status(value)
        if "incomplete_config" in data:
            if (value := data["incomplete_config"]) is None:
                del data["incomplete_config"]  # null: as if absent, as Go reads it
            else:
                data["incomplete_config"] = FlyMachineConfig.from_dict(value)
        if "lease" in data:
            if (value := data["lease"]) is None:
                del data["lease"]  # null: as if absent, as Go reads it
            else:
                data["lease"] = StrippedLease.from_dict(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("Machine", _REQUIRED, data)
        machine = _new(cls)
        _setattr(machine, "__dict__", data)
        return machine

    @staticmethod
    def _from_json(data: dict[str, Any]) -> Machine:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return Machine._wrap(Machine._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "image_ref" in data:
            if (value := data["image_ref"]) is None:
                del data["image_ref"]  # null: as if absent, as Go reads it
            else:
                data["image_ref"] = ImageRef._prepare(value)
        if "updated_at" in data:
            if (value := data["updated_at"]) is None:
                del data["updated_at"]  # null: as if absent, as Go reads it
            else:
                data["updated_at"] = parse_datetime(value)
        if "checks" in data:
            if (value := data["checks"]) is None:
                del data["checks"]  # null: as if absent, as Go reads it
            else:
                data["checks"] = _take_checks(value)
        if "config" in data:
            if (value := data["config"]) is None:
                del data["config"]  # null: as if absent, as Go reads it
            else:
                data["config"] = FlyMachineConfig._prepare(value)
        if "events" in data:
            data["events"] = _take_events(data["events"])
        if "host_status" in data:
            if (value := data["host_status"]) is None:
                del data["host_status"]  # null: as if absent, as Go reads it
            else:
                data["host_status"] = _load_host_status(value)
        if "incomplete_config" in data:
            if (value := data["incomplete_config"]) is None:
                del data["incomplete_config"]  # null: as if absent, as Go reads it
            else:
                data["incomplete_config"] = FlyMachineConfig._prepare(value)
        if "lease" in data:
            if (value := data["lease"]) is None:
                del data["lease"]  # null: as if absent, as Go reads it
            else:
                data["lease"] = StrippedLease._prepare(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("Machine", _REQUIRED, data)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> Machine:
        machine = _new(Machine)
        _setattr(machine, "__dict__", data)
        return machine

    # fly-machines template change: only the fields that are set (attrs would print every
    # field, dozens of them `=UNSET` for a Machine).
    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.check_status import CheckStatus  # noqa: E402
from ..models.fly_machine_config import FlyMachineConfig  # noqa: E402
from ..models.image_ref import ImageRef  # noqa: E402
from ..models.machine_event import MachineEvent  # noqa: E402
from ..models.stripped_lease import StrippedLease  # noqa: E402


def _load_checks(value_from_json: Any) -> list[CheckStatus] | Unset:
    return [CheckStatus.from_dict(item) for item in value_from_json]


def _take_checks(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(CheckStatus._prepare, value_from_json)
    prepare = CheckStatus._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _load_events(value_from_json: Any) -> list[MachineEvent]:
    # Absent or null: empty (Go sends a nil slice as null, or leaves it out).
    if value_from_json is None:
        return []
    return [MachineEvent.from_dict(item) for item in value_from_json]


def _take_events(value_from_json: Any) -> list[Any]:
    if value_from_json is None:
        return []
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(MachineEvent._prepare, value_from_json)
    prepare = MachineEvent._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


_load_host_status = enum_loader(MachineHostStatus)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"Machine is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    Machine,
    nested={
        "image_ref": ImageRef,
        "config": FlyMachineConfig,
        "incomplete_config": FlyMachineConfig,
        "lease": StrippedLease,
    },
    nested_lists={
        "checks": CheckStatus,
        "events": MachineEvent,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "created_at",
        "id",
        "image_ref",
        "instance_id",
        "name",
        "region",
        "state",
        "updated_at",
        "checks",
        "config",
        "cordoned",
        "events",
        "host_features",
        "host_status",
        "incomplete_config",
        "lease",
        "nonce",
        "private_ip",
        "version",
    )
)
# The keys it must have (a field the API always sends), in the order they are reported.
_REQUIRED = (
    "created_at",
    "id",
    "image_ref",
    "instance_id",
    "name",
    "region",
    "state",
    "updated_at",
)
_REQUIRED_KEYS = frozenset(_REQUIRED)
