from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_container_healthcheck_kind import FlyContainerHealthcheckKind
from ..models.fly_unhealthy_policy import FlyUnhealthyPolicy
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.fly_exec_healthcheck import FlyExecHealthcheck
    from ..models.fly_http_healthcheck import FlyHTTPHealthcheck
    from ..models.fly_tcp_healthcheck import FlyTCPHealthcheck


T = TypeVar("T", bound="FlyContainerHealthcheck")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "exec" in data:
            if (value := data["exec"]) is None:
                del data["exec"]  # null: as if absent, as Go reads it
            else:
                data["exec"] = FlyExecHealthcheck.from_dict(value)
        if "http" in data:
            if (value := data["http"]) is None:
                del data["http"]  # null: as if absent, as Go reads it
            else:
                data["http"] = FlyHTTPHealthcheck.from_dict(value)
        if "kind" in data:
            if (value := data["kind"]) is None:
                del data["kind"]  # null: as if absent, as Go reads it
            else:
                data["kind"] = _load_kind(value)
        if "tcp" in data:
            if (value := data["tcp"]) is None:
                del data["tcp"]  # null: as if absent, as Go reads it
            else:
                data["tcp"] = FlyTCPHealthcheck.from_dict(value)
        if "unhealthy" in data:
            if (value := data["unhealthy"]) is None:
                del data["unhealthy"]  # null: as if absent, as Go reads it
            else:
                data["unhealthy"] = _load_unhealthy(value)
        fly_container_healthcheck = _new(cls)
        _setattr(fly_container_healthcheck, "__dict__", data)
        return fly_container_healthcheck

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyContainerHealthcheck:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyContainerHealthcheck._wrap(FlyContainerHealthcheck._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"FlyContainerHealthcheck is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "exec" in data:
            if (value := data["exec"]) is None:
                del data["exec"]  # null: as if absent, as Go reads it
            else:
                data["exec"] = FlyExecHealthcheck._prepare(value)
        if "http" in data:
            if (value := data["http"]) is None:
                del data["http"]  # null: as if absent, as Go reads it
            else:
                data["http"] = FlyHTTPHealthcheck._prepare(value)
        if "kind" in data:
            if (value := data["kind"]) is None:
                del data["kind"]  # null: as if absent, as Go reads it
            else:
                data["kind"] = _load_kind(value)
        if "tcp" in data:
            if (value := data["tcp"]) is None:
                del data["tcp"]  # null: as if absent, as Go reads it
            else:
                data["tcp"] = FlyTCPHealthcheck._prepare(value)
        if "unhealthy" in data:
            if (value := data["unhealthy"]) is None:
                del data["unhealthy"]  # null: as if absent, as Go reads it
            else:
                data["unhealthy"] = _load_unhealthy(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyContainerHealthcheck:
        fly_container_healthcheck = _new(FlyContainerHealthcheck)
        _setattr(fly_container_healthcheck, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"FlyContainerHealthcheck is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyContainerHealthcheck,
    nested={
        "exec_": FlyExecHealthcheck,
        "http": FlyHTTPHealthcheck,
        "tcp": FlyTCPHealthcheck,
    },
    renamed={
        "exec_": "exec",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "exec",
        "failure_threshold",
        "grace_period",
        "http",
        "interval",
        "kind",
        "name",
        "success_threshold",
        "tcp",
        "timeout",
        "unhealthy",
    )
)
