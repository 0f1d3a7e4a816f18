from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_container_healthcheck_kind import FlyContainerHealthcheckKind
from ..models.fly_unhealthy_policy import FlyUnhealthyPolicy
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.fly_exec_healthcheck import FlyExecHealthcheck
    from ..models.fly_http_healthcheck import FlyHTTPHealthcheck
    from ..models.fly_tcp_healthcheck import FlyTCPHealthcheck


T = TypeVar("T", bound="FlyContainerHealthcheck")


@_attrs_define
class FlyContainerHealthcheck:
    """
    Attributes:
        exec_ (FlyExecHealthcheck | Unset):
        failure_threshold (int | Unset): The number of times the check must fail before considering the container
            unhealthy.
        grace_period (int | Unset): The time in seconds to wait after a container starts before checking its health.
        http (FlyHTTPHealthcheck | Unset):
        interval (int | Unset): The time in seconds between executing the defined check.
        kind (FlyContainerHealthcheckKind | Unset):
        name (str | Unset): The name of the check. Must be unique within the container.
        success_threshold (int | Unset): The number of times the check must succeeed before considering the container
            healthy.
        tcp (FlyTCPHealthcheck | Unset):
        timeout (int | Unset): The time in seconds to wait for the check to complete.
        unhealthy (FlyUnhealthyPolicy | Unset):
    """

    exec_: FlyExecHealthcheck | Unset = UNSET
    failure_threshold: int | Unset = UNSET
    grace_period: int | Unset = UNSET
    http: FlyHTTPHealthcheck | Unset = UNSET
    interval: int | Unset = UNSET
    kind: FlyContainerHealthcheckKind | Unset = UNSET
    name: str | Unset = UNSET
    success_threshold: int | Unset = UNSET
    tcp: FlyTCPHealthcheck | Unset = UNSET
    timeout: int | Unset = UNSET
    unhealthy: FlyUnhealthyPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exec_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exec_, Unset):
            exec_ = self.exec_.to_dict()

        failure_threshold = self.failure_threshold

        grace_period = self.grace_period

        http: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http, Unset):
            http = self.http.to_dict()

        interval = self.interval

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        name = self.name

        success_threshold = self.success_threshold

        tcp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tcp, Unset):
            tcp = self.tcp.to_dict()

        timeout = self.timeout

        unhealthy: str | Unset = UNSET
        if not isinstance(self.unhealthy, Unset):
            unhealthy = self.unhealthy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exec_ is not UNSET:
            field_dict["exec"] = exec_
        if failure_threshold is not UNSET:
            field_dict["failure_threshold"] = failure_threshold
        if grace_period is not UNSET:
            field_dict["grace_period"] = grace_period
        if http is not UNSET:
            field_dict["http"] = http
        if interval is not UNSET:
            field_dict["interval"] = interval
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if success_threshold is not UNSET:
            field_dict["success_threshold"] = success_threshold
        if tcp is not UNSET:
            field_dict["tcp"] = tcp
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if unhealthy is not UNSET:
            field_dict["unhealthy"] = unhealthy

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
        fly_container_healthcheck = cls(**kwargs)
        if additional_properties is not None:
            fly_container_healthcheck.additional_properties = additional_properties
        return fly_container_healthcheck

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


from ..models.fly_exec_healthcheck import FlyExecHealthcheck  # noqa: E402
from ..models.fly_http_healthcheck import FlyHTTPHealthcheck  # noqa: E402
from ..models.fly_tcp_healthcheck import FlyTCPHealthcheck  # noqa: E402

_load_kind = enum_loader(FlyContainerHealthcheckKind)


_load_unhealthy = enum_loader(FlyUnhealthyPolicy)


_NAMES_FROM_JSON: dict[str, str] = {
    "failure_threshold": "failure_threshold",
    "grace_period": "grace_period",
    "interval": "interval",
    "name": "name",
    "success_threshold": "success_threshold",
    "timeout": "timeout",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "exec": ("exec_", FlyExecHealthcheck.from_dict),
    "http": ("http", FlyHTTPHealthcheck.from_dict),
    "kind": ("kind", _load_kind),
    "tcp": ("tcp", FlyTCPHealthcheck.from_dict),
    "unhealthy": ("unhealthy", _load_unhealthy),
}
