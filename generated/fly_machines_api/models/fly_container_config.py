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
    from ..models.fly_container_config_env import FlyContainerConfigEnv
    from ..models.fly_container_dependency import FlyContainerDependency
    from ..models.fly_container_healthcheck import FlyContainerHealthcheck
    from ..models.fly_env_from import FlyEnvFrom
    from ..models.fly_file import FlyFile
    from ..models.fly_machine_restart import FlyMachineRestart
    from ..models.fly_machine_secret import FlyMachineSecret
    from ..models.fly_stop_config import FlyStopConfig


T = TypeVar("T", bound="FlyContainerConfig")


@_attrs_define(slots=False)
class FlyContainerConfig:
    """
    Attributes:
        cmd (list[str] | Unset): CmdOverride is used to override the default command of the image.
        depends_on (list[FlyContainerDependency] | Unset): DependsOn can be used to define dependencies between
            containers. The container will only be
            started after all of its dependent conditions have been satisfied.
        entrypoint (list[str] | Unset): EntrypointOverride is used to override the default entrypoint of the image.
        env (FlyContainerConfigEnv | Unset): ExtraEnv is used to add additional environment variables to the container.
        env_from (list[FlyEnvFrom] | Unset): EnvFrom can be provided to set environment variables from machine fields.
        exec_ (list[str] | Unset): Image Config overrides - these fields are used to override the image configuration.
            If not provided, the image configuration will be used.
            ExecOverride is used to override the default command of the image.
        files (list[FlyFile] | Unset): Files are files that will be written to the container file system.
        healthchecks (list[FlyContainerHealthcheck] | Unset): Healthchecks determine the health of your containers.
            Healthchecks can use HTTP, TCP or an Exec command.
        image (str | Unset): Image is the docker image to run.
        name (str | Unset): Name is used to identify the container in the machine.
        restart (FlyMachineRestart | Unset): The Machine restart policy defines whether and how flyd restarts a Machine
            after its main process exits. See https://fly.io/docs/machines/guides-examples/machine-restart-policy/.
        secrets (list[FlyMachineSecret] | Unset): Secrets can be provided at the process level to explicitly indicate
            which secrets should be
            used for the process. If not provided, the secrets provided at the machine level will be used.
        stop (FlyStopConfig | Unset):
        user (str | Unset): UserOverride is used to override the default user of the image.
    """

    cmd: list[str] | Unset = UNSET
    depends_on: list[FlyContainerDependency] | Unset = UNSET
    entrypoint: list[str] | Unset = UNSET
    env: FlyContainerConfigEnv | Unset = UNSET
    env_from: list[FlyEnvFrom] | Unset = UNSET
    exec_: list[str] | Unset = UNSET
    files: list[FlyFile] | Unset = UNSET
    healthchecks: list[FlyContainerHealthcheck] | Unset = UNSET
    image: str | Unset = UNSET
    name: str | Unset = UNSET
    restart: FlyMachineRestart | Unset = UNSET
    secrets: list[FlyMachineSecret] | Unset = UNSET
    stop: FlyStopConfig | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cmd: list[str] | Unset = UNSET
        if not isinstance(self.cmd, Unset):
            cmd = self.cmd

        depends_on: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = []
            for depends_on_item_data in self.depends_on:
                depends_on_item = depends_on_item_data.to_dict()
                depends_on.append(depends_on_item)

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

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        healthchecks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.healthchecks, Unset):
            healthchecks = []
            for healthchecks_item_data in self.healthchecks:
                healthchecks_item = healthchecks_item_data.to_dict()
                healthchecks.append(healthchecks_item)

        image = self.image

        name = self.name

        restart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restart, Unset):
            restart = self.restart.to_dict()

        secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = []
            for secrets_item_data in self.secrets:
                secrets_item = secrets_item_data.to_dict()
                secrets.append(secrets_item)

        stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = self.stop.to_dict()

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cmd is not UNSET:
            field_dict["cmd"] = cmd
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if env is not UNSET:
            field_dict["env"] = env
        if env_from is not UNSET:
            field_dict["env_from"] = env_from
        if exec_ is not UNSET:
            field_dict["exec"] = exec_
        if files is not UNSET:
            field_dict["files"] = files
        if healthchecks is not UNSET:
            field_dict["healthchecks"] = healthchecks
        if image is not UNSET:
            field_dict["image"] = image
        if name is not UNSET:
            field_dict["name"] = name
        if restart is not UNSET:
            field_dict["restart"] = restart
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if stop is not UNSET:
            field_dict["stop"] = stop
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
        if "depends_on" in data:
            if (value := data["depends_on"]) is None:
                del data["depends_on"]  # null: as if absent, as Go reads it
            else:
                data["depends_on"] = _load_depends_on(value)
        if "env" in data:
            if (value := data["env"]) is None:
                del data["env"]  # null: as if absent, as Go reads it
            else:
                data["env"] = FlyContainerConfigEnv.from_dict(value)
        if "env_from" in data:
            if (value := data["env_from"]) is None:
                del data["env_from"]  # null: as if absent, as Go reads it
            else:
                data["env_from"] = _load_env_from(value)
        if "files" in data:
            if (value := data["files"]) is None:
                del data["files"]  # null: as if absent, as Go reads it
            else:
                data["files"] = _load_files(value)
        if "healthchecks" in data:
            if (value := data["healthchecks"]) is None:
                del data["healthchecks"]  # null: as if absent, as Go reads it
            else:
                data["healthchecks"] = _load_healthchecks(value)
        if "restart" in data:
            if (value := data["restart"]) is None:
                del data["restart"]  # null: as if absent, as Go reads it
            else:
                data["restart"] = FlyMachineRestart.from_dict(value)
        if "secrets" in data:
            if (value := data["secrets"]) is None:
                del data["secrets"]  # null: as if absent, as Go reads it
            else:
                data["secrets"] = _load_secrets(value)
        if "stop" in data:
            if (value := data["stop"]) is None:
                del data["stop"]  # null: as if absent, as Go reads it
            else:
                data["stop"] = FlyStopConfig.from_dict(value)
        fly_container_config = _new(cls)
        _setattr(fly_container_config, "__dict__", data)
        return fly_container_config

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyContainerConfig:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyContainerConfig._wrap(FlyContainerConfig._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"FlyContainerConfig is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "depends_on" in data:
            if (value := data["depends_on"]) is None:
                del data["depends_on"]  # null: as if absent, as Go reads it
            else:
                data["depends_on"] = _take_depends_on(value)
        if "env" in data:
            if (value := data["env"]) is None:
                del data["env"]  # null: as if absent, as Go reads it
            else:
                data["env"] = FlyContainerConfigEnv._prepare(value)
        if "env_from" in data:
            if (value := data["env_from"]) is None:
                del data["env_from"]  # null: as if absent, as Go reads it
            else:
                data["env_from"] = _take_env_from(value)
        if "files" in data:
            if (value := data["files"]) is None:
                del data["files"]  # null: as if absent, as Go reads it
            else:
                data["files"] = _take_files(value)
        if "healthchecks" in data:
            if (value := data["healthchecks"]) is None:
                del data["healthchecks"]  # null: as if absent, as Go reads it
            else:
                data["healthchecks"] = _take_healthchecks(value)
        if "restart" in data:
            if (value := data["restart"]) is None:
                del data["restart"]  # null: as if absent, as Go reads it
            else:
                data["restart"] = FlyMachineRestart._prepare(value)
        if "secrets" in data:
            if (value := data["secrets"]) is None:
                del data["secrets"]  # null: as if absent, as Go reads it
            else:
                data["secrets"] = _take_secrets(value)
        if "stop" in data:
            if (value := data["stop"]) is None:
                del data["stop"]  # null: as if absent, as Go reads it
            else:
                data["stop"] = FlyStopConfig._prepare(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyContainerConfig:
        fly_container_config = _new(FlyContainerConfig)
        _setattr(fly_container_config, "__dict__", data)
        return fly_container_config

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


from ..models.fly_container_config_env import FlyContainerConfigEnv  # noqa: E402
from ..models.fly_container_dependency import FlyContainerDependency  # noqa: E402
from ..models.fly_container_healthcheck import FlyContainerHealthcheck  # noqa: E402
from ..models.fly_env_from import FlyEnvFrom  # noqa: E402
from ..models.fly_file import FlyFile  # noqa: E402
from ..models.fly_machine_restart import FlyMachineRestart  # noqa: E402
from ..models.fly_machine_secret import FlyMachineSecret  # noqa: E402
from ..models.fly_stop_config import FlyStopConfig  # noqa: E402


def _load_depends_on(value_from_json: Any) -> list[FlyContainerDependency] | Unset:
    return [FlyContainerDependency.from_dict(item) for item in value_from_json]


def _take_depends_on(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyContainerDependency._prepare, value_from_json)
    prepare = FlyContainerDependency._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


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


def _load_files(value_from_json: Any) -> list[FlyFile] | Unset:
    return [FlyFile.from_dict(item) for item in value_from_json]


def _take_files(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyFile._prepare, value_from_json)
    prepare = FlyFile._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _load_healthchecks(value_from_json: Any) -> list[FlyContainerHealthcheck] | Unset:
    return [FlyContainerHealthcheck.from_dict(item) for item in value_from_json]


def _take_healthchecks(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyContainerHealthcheck._prepare, value_from_json)
    prepare = FlyContainerHealthcheck._prepare
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
        raise TypeError(f"FlyContainerConfig is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyContainerConfig,
    nested={
        "env": FlyContainerConfigEnv,
        "restart": FlyMachineRestart,
        "stop": FlyStopConfig,
    },
    nested_lists={
        "depends_on": FlyContainerDependency,
        "env_from": FlyEnvFrom,
        "files": FlyFile,
        "healthchecks": FlyContainerHealthcheck,
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
        "depends_on",
        "entrypoint",
        "env",
        "env_from",
        "exec",
        "files",
        "healthchecks",
        "image",
        "name",
        "restart",
        "secrets",
        "stop",
        "user",
    )
)
