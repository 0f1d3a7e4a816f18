from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.machine_host_status import MachineHostStatus
from ..types import (
    UNSET,
    MissingFieldError,
    Unset,
    enum_loader,
    format_datetime,
    model_repr,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.check_status import CheckStatus
    from ..models.fly_machine_config import FlyMachineConfig
    from ..models.image_ref import ImageRef
    from ..models.machine_event import MachineEvent
    from ..models.stripped_lease import StrippedLease


T = TypeVar("T", bound="Machine")


@_attrs_define
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
        # Only the keys present are visited, for speed: most properties are optional and an
        # answer carries few of them (see _NAMES_FROM_JSON and _LOADED_FROM_JSON at the end
        # of this module: the keys taken as they are, and those converted).
        kwargs: dict[str, Any] = {}
        # Made only when an unknown key comes (the class makes an empty one itself).
        additional_properties: dict[str, Any] | None = None
        for key, value in src_dict.items():
            name = _NAMES_FROM_JSON.get(key)
            if name is not None:
                kwargs[name] = value
            elif (field := _LOADED_FROM_JSON.get(key)) is not None:
                kwargs[field[0]] = field[1](value)
            else:
                if additional_properties is None:
                    additional_properties = {}
                additional_properties[key] = value
        try:
            machine = cls(**kwargs)
        except TypeError:
            # fly-machines template change: a field the API always sends is missing (the
            # class cannot be built without it): name the model and the first one missing.
            # Checking for them up front would cost every answer the time of a few lookups.
            missing = MissingFieldError.first_of("Machine", _REQUIRED, src_dict)
            if missing is None:
                raise
            raise missing from None
        if additional_properties is not None:
            machine.additional_properties = additional_properties
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


def _load_events(value_from_json: Any) -> list[MachineEvent]:
    # Absent or null: empty (Go sends a nil slice as null, or leaves it out).
    if value_from_json is None:
        return []
    return [MachineEvent.from_dict(item) for item in value_from_json]


_load_host_status = enum_loader(MachineHostStatus)


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

_NAMES_FROM_JSON: dict[str, str] = {
    "id": "id",
    "instance_id": "instance_id",
    "name": "name",
    "region": "region",
    "state": "state",
    "cordoned": "cordoned",
    "host_features": "host_features",
    "nonce": "nonce",
    "private_ip": "private_ip",
    "version": "version",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "created_at": ("created_at", parse_datetime),
    "image_ref": ("image_ref", ImageRef.from_dict),
    "updated_at": ("updated_at", parse_datetime),
    "checks": ("checks", _load_checks),
    "config": ("config", FlyMachineConfig.from_dict),
    "events": ("events", _load_events),
    "host_status": ("host_status", _load_host_status),
    "incomplete_config": ("incomplete_config", FlyMachineConfig.from_dict),
    "lease": ("lease", StrippedLease.from_dict),
}
