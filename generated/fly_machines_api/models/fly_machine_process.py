from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    model_repr,
    owned_list,
)

if TYPE_CHECKING:
    from ..models.fly_env_from import FlyEnvFrom
    from ..models.fly_machine_process_env import FlyMachineProcessEnv
    from ..models.fly_machine_secret import FlyMachineSecret


T = TypeVar("T", bound="FlyMachineProcess")


@_attrs_define(slots=False)
class FlyMachineProcess:
    """
    Attributes:
        cmd (list[str] | Unset):
        entrypoint (list[str] | Unset):
        env (FlyMachineProcessEnv | Unset):
        env_from (list[FlyEnvFrom] | Unset): EnvFrom can be provided to set environment variables from machine fields.
        exec_ (list[str] | Unset):
        ignore_app_secrets (bool | Unset): IgnoreAppSecrets can be set to true to ignore the secrets for the App the
            Machine belongs to
            and only use the secrets provided at the process level. The default/legacy behavior is to use
            the secrets provided at the App level.
        secrets (list[FlyMachineSecret] | Unset): Secrets can be provided at the process level to explicitly indicate
            which secrets should be
            used for the process. If not provided, the secrets provided at the machine level will be used.
        user (str | Unset):
    """

    cmd: list[str] | Unset = UNSET
    entrypoint: list[str] | Unset = UNSET
    env: FlyMachineProcessEnv | Unset = UNSET
    env_from: list[FlyEnvFrom] | Unset = UNSET
    exec_: list[str] | Unset = UNSET
    ignore_app_secrets: bool | Unset = UNSET
    secrets: list[FlyMachineSecret] | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cmd: list[str] | Unset = UNSET
        if not isinstance(self.cmd, Unset):
            cmd = self.cmd

        entrypoint: list[str] | Unset = UNSET
        if not isinstance(self.entrypoint, Unset):
            entrypoint = self.entrypoint

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        env_from: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.env_from, Unset):
            env_from = []
            for env_from_item_data in self.env_from:
                env_from_item = env_from_item_data.to_dict()
                env_from.append(env_from_item)

        exec_: list[str] | Unset = UNSET
        if not isinstance(self.exec_, Unset):
            exec_ = self.exec_

        ignore_app_secrets = self.ignore_app_secrets

        secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = []
            for secrets_item_data in self.secrets:
                secrets_item = secrets_item_data.to_dict()
                secrets.append(secrets_item)

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cmd is not UNSET:
            field_dict["cmd"] = cmd
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if env is not UNSET:
            field_dict["env"] = env
        if env_from is not UNSET:
            field_dict["env_from"] = env_from
        if exec_ is not UNSET:
            field_dict["exec"] = exec_
        if ignore_app_secrets is not UNSET:
            field_dict["ignore_app_secrets"] = ignore_app_secrets
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "env" in data:
            if (value := data["env"]) is None:
                del data["env"]  # null: as if absent, as Go reads it
            else:
                data["env"] = FlyMachineProcessEnv.from_dict(value)
        if "env_from" in data:
            if (value := data["env_from"]) is None:
                del data["env_from"]  # null: as if absent, as Go reads it
            else:
                data["env_from"] = _load_env_from(value)
        if "secrets" in data:
            if (value := data["secrets"]) is None:
                del data["secrets"]  # null: as if absent, as Go reads it
            else:
                data["secrets"] = _load_secrets(value)
        fly_machine_process = _new(cls)
        _setattr(fly_machine_process, "__dict__", data)
        return fly_machine_process

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyMachineProcess:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyMachineProcess._wrap(FlyMachineProcess._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"FlyMachineProcess is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "env" in data:
            if (value := data["env"]) is None:
                del data["env"]  # null: as if absent, as Go reads it
            else:
                data["env"] = FlyMachineProcessEnv._prepare(value)
        if "env_from" in data:
            if (value := data["env_from"]) is None:
                del data["env_from"]  # null: as if absent, as Go reads it
            else:
                data["env_from"] = _take_env_from(value)
        if "secrets" in data:
            if (value := data["secrets"]) is None:
                del data["secrets"]  # null: as if absent, as Go reads it
            else:
                data["secrets"] = _take_secrets(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyMachineProcess:
        fly_machine_process = _new(FlyMachineProcess)
        _setattr(fly_machine_process, "__dict__", data)
        return fly_machine_process

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


from ..models.fly_env_from import FlyEnvFrom  # noqa: E402
from ..models.fly_machine_process_env import FlyMachineProcessEnv  # noqa: E402
from ..models.fly_machine_secret import FlyMachineSecret  # noqa: E402


def _load_env_from(value_from_json: Any) -> list[FlyEnvFrom] | Unset:
    return [FlyEnvFrom.from_dict(item) for item in value_from_json]


def _take_env_from(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyEnvFrom._prepare, value_from_json)
    prepare = FlyEnvFrom._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _load_secrets(value_from_json: Any) -> list[FlyMachineSecret] | Unset:
    return [FlyMachineSecret.from_dict(item) for item in value_from_json]


def _take_secrets(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyMachineSecret._prepare, value_from_json)
    prepare = FlyMachineSecret._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyMachineProcess is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyMachineProcess,
    nested={
        "env": FlyMachineProcessEnv,
    },
    nested_lists={
        "env_from": FlyEnvFrom,
        "secrets": FlyMachineSecret,
    },
    renamed={
        "exec_": "exec",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "cmd",
        "entrypoint",
        "env",
        "env_from",
        "exec",
        "ignore_app_secrets",
        "secrets",
        "user",
    )
)
