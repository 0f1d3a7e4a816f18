from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    MissingFieldError,
    Unset,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.lease import Lease


T = TypeVar("T", bound="LeaseEnvelope")


@_attrs_define
class LeaseEnvelope:
    """The envelope the live API wraps lease answers in.

    Attributes:
        data (Lease):
        status (str | Unset): "success"
    """

    data: Lease
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

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
            lease_envelope = cls(**kwargs)
        except TypeError:
            # fly-machines template change: a field the API always sends is missing (the
            # class cannot be built without it): name the model and the first one missing.
            # Checking for them up front would cost every answer the time of a few lookups.
            missing = MissingFieldError.first_of("LeaseEnvelope", _REQUIRED, src_dict)
            if missing is None:
                raise
            raise missing from None
        if additional_properties is not None:
            lease_envelope.additional_properties = additional_properties
        return lease_envelope

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


from ..models.lease import Lease  # noqa: E402

_REQUIRED = ("data",)

_NAMES_FROM_JSON: dict[str, str] = {
    "status": "status",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "data": ("data", Lease.from_dict),
}
