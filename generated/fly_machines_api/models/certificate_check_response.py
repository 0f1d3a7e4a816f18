from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    format_datetime,
    model_repr,
    owned_list,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.certificate_entry import CertificateEntry
    from ..models.certificate_validation import CertificateValidation
    from ..models.certificate_validation_error import CertificateValidationError
    from ..models.dns_records import DNSRecords
    from ..models.dns_requirements import DNSRequirements


T = TypeVar("T", bound="CertificateCheckResponse")


@_attrs_define(slots=False)
class CertificateCheckResponse:
    """
    Attributes:
        acme_requested (bool | Unset):
        certificates (list[CertificateEntry]):  Default: [].
        configured (bool | Unset):
        dns_provider (str | Unset):
        dns_records (DNSRecords | Unset):
        dns_requirements (DNSRequirements | Unset):
        hostname (str | Unset):
        rate_limited_until (datetime.datetime | Unset):
        status (str | Unset):
        validation (CertificateValidation | Unset):
        validation_errors (list[CertificateValidationError] | Unset):
    """

    acme_requested: bool | Unset = UNSET
    certificates: list[CertificateEntry] = _attrs_field(factory=list)
    configured: bool | Unset = UNSET
    dns_provider: str | Unset = UNSET
    dns_records: DNSRecords | Unset = UNSET
    dns_requirements: DNSRequirements | Unset = UNSET
    hostname: str | Unset = UNSET
    rate_limited_until: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    validation: CertificateValidation | Unset = UNSET
    validation_errors: list[CertificateValidationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acme_requested = self.acme_requested

        certificates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certificates, Unset):
            certificates = []
            for certificates_item_data in self.certificates:
                certificates_item = certificates_item_data.to_dict()
                certificates.append(certificates_item)

        configured = self.configured

        dns_provider = self.dns_provider

        dns_records: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dns_records, Unset):
            dns_records = self.dns_records.to_dict()

        dns_requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dns_requirements, Unset):
            dns_requirements = self.dns_requirements.to_dict()

        hostname = self.hostname

        rate_limited_until: str | Unset = UNSET
        if not isinstance(self.rate_limited_until, Unset):
            rate_limited_until = format_datetime(self.rate_limited_until)

        status = self.status

        validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = self.validation.to_dict()

        validation_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = []
            for validation_errors_item_data in self.validation_errors:
                validation_errors_item = validation_errors_item_data.to_dict()
                validation_errors.append(validation_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificates": certificates,
            }
        )
        if acme_requested is not UNSET:
            field_dict["acme_requested"] = acme_requested
        if configured is not UNSET:
            field_dict["configured"] = configured
        if dns_provider is not UNSET:
            field_dict["dns_provider"] = dns_provider
        if dns_records is not UNSET:
            field_dict["dns_records"] = dns_records
        if dns_requirements is not UNSET:
            field_dict["dns_requirements"] = dns_requirements
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if rate_limited_until is not UNSET:
            field_dict["rate_limited_until"] = rate_limited_until
        if status is not UNSET:
            field_dict["status"] = status
        if validation is not UNSET:
            field_dict["validation"] = validation
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "certificates" in data:
            data["certificates"] = _load_certificates(data["certificates"])
        if "dns_records" in data:
            if (value := data["dns_records"]) is None:
                del data["dns_records"]  # null: as if absent, as Go reads it
            else:
                data["dns_records"] = DNSRecords.from_dict(value)
        if "dns_requirements" in data:
            if (value := data["dns_requirements"]) is None:
                del data["dns_requirements"]  # null: as if absent, as Go reads it
            else:
                data["dns_requirements"] = DNSRequirements.from_dict(value)
        if "rate_limited_until" in data:
            if (value := data["rate_limited_until"]) is None:
                del data["rate_limited_until"]  # null: as if absent, as Go reads it
            else:
                data["rate_limited_until"] = parse_datetime(value)
        if "validation" in data:
            if (value := data["validation"]) is None:
                del data["validation"]  # null: as if absent, as Go reads it
            else:
                data["validation"] = CertificateValidation.from_dict(value)
        if "validation_errors" in data:
            if (value := data["validation_errors"]) is None:
                del data["validation_errors"]  # null: as if absent, as Go reads it
            else:
                data["validation_errors"] = _load_validation_errors(value)
        certificate_check_response = _new(cls)
        _setattr(certificate_check_response, "__dict__", data)
        return certificate_check_response

    @staticmethod
    def _from_json(data: dict[str, Any]) -> CertificateCheckResponse:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return CertificateCheckResponse._wrap(CertificateCheckResponse._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"CertificateCheckResponse is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "certificates" in data:
            data["certificates"] = _take_certificates(data["certificates"])
        if "dns_records" in data:
            if (value := data["dns_records"]) is None:
                del data["dns_records"]  # null: as if absent, as Go reads it
            else:
                data["dns_records"] = DNSRecords._prepare(value)
        if "dns_requirements" in data:
            if (value := data["dns_requirements"]) is None:
                del data["dns_requirements"]  # null: as if absent, as Go reads it
            else:
                data["dns_requirements"] = DNSRequirements._prepare(value)
        if "rate_limited_until" in data:
            if (value := data["rate_limited_until"]) is None:
                del data["rate_limited_until"]  # null: as if absent, as Go reads it
            else:
                data["rate_limited_until"] = parse_datetime(value)
        if "validation" in data:
            if (value := data["validation"]) is None:
                del data["validation"]  # null: as if absent, as Go reads it
            else:
                data["validation"] = CertificateValidation._prepare(value)
        if "validation_errors" in data:
            if (value := data["validation_errors"]) is None:
                del data["validation_errors"]  # null: as if absent, as Go reads it
            else:
                data["validation_errors"] = _take_validation_errors(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> CertificateCheckResponse:
        certificate_check_response = _new(CertificateCheckResponse)
        _setattr(certificate_check_response, "__dict__", data)
        return certificate_check_response

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


from ..models.certificate_entry import CertificateEntry  # noqa: E402
from ..models.certificate_validation import CertificateValidation  # noqa: E402
from ..models.certificate_validation_error import CertificateValidationError  # noqa: E402
from ..models.dns_records import DNSRecords  # noqa: E402
from ..models.dns_requirements import DNSRequirements  # noqa: E402


def _load_certificates(value_from_json: Any) -> list[CertificateEntry]:
    # Absent or null: empty (Go sends a nil slice as null, or leaves it out).
    if value_from_json is None:
        return []
    return [CertificateEntry.from_dict(item) for item in value_from_json]


def _take_certificates(value_from_json: Any) -> list[Any]:
    if value_from_json is None:
        return []
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(CertificateEntry._prepare, value_from_json)
    prepare = CertificateEntry._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _load_validation_errors(value_from_json: Any) -> list[CertificateValidationError] | Unset:
    return [CertificateValidationError.from_dict(item) for item in value_from_json]


def _take_validation_errors(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(CertificateValidationError._prepare, value_from_json)
    prepare = CertificateValidationError._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"CertificateCheckResponse is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    CertificateCheckResponse,
    nested={
        "dns_records": DNSRecords,
        "dns_requirements": DNSRequirements,
        "validation": CertificateValidation,
    },
    nested_lists={
        "certificates": CertificateEntry,
        "validation_errors": CertificateValidationError,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "acme_requested",
        "certificates",
        "configured",
        "dns_provider",
        "dns_records",
        "dns_requirements",
        "hostname",
        "rate_limited_until",
        "status",
        "validation",
        "validation_errors",
    )
)
