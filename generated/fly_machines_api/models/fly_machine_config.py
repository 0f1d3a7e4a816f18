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
    from ..models.fly_container_config import FlyContainerConfig
    from ..models.fly_dns_config import FlyDNSConfig
    from ..models.fly_file import FlyFile
    from ..models.fly_machine_cache_drive import FlyMachineCacheDrive
    from ..models.fly_machine_config_checks import FlyMachineConfigChecks
    from ..models.fly_machine_config_env import FlyMachineConfigEnv
    from ..models.fly_machine_config_metadata import FlyMachineConfigMetadata
    from ..models.fly_machine_guest import FlyMachineGuest
    from ..models.fly_machine_init import FlyMachineInit
    from ..models.fly_machine_metrics import FlyMachineMetrics
    from ..models.fly_machine_mount import FlyMachineMount
    from ..models.fly_machine_process import FlyMachineProcess
    from ..models.fly_machine_restart import FlyMachineRestart
    from ..models.fly_machine_rootfs import FlyMachineRootfs
    from ..models.fly_machine_service import FlyMachineService
    from ..models.fly_machine_spot import FlyMachineSpot
    from ..models.fly_static import FlyStatic
    from ..models.fly_stop_config import FlyStopConfig


T = TypeVar("T", bound="FlyMachineConfig")


@_attrs_define(slots=False)
class FlyMachineConfig:
    """
    Attributes:
        auto_destroy (bool | Unset): Optional boolean telling the Machine to destroy itself once it’s complete (default
            false)
        cache_drive (FlyMachineCacheDrive | Unset):
        checks (FlyMachineConfigChecks | Unset): An optional object that defines one or more named top-level checks. The
            key for each check is the check name.
        containers (list[FlyContainerConfig] | Unset): Containers are a list of containers that will run in the machine.
            Currently restricted to
            only specific organizations.
        disable_machine_autostart (bool | Unset): Deprecated: use Service.Autostart instead
        dns (FlyDNSConfig | Unset):
        env (FlyMachineConfigEnv | Unset): An object filled with key/value pairs to be set as environment variables
        files (list[FlyFile] | Unset):
        guest (FlyMachineGuest | Unset):
        image (str | Unset): The docker image to run
        init (FlyMachineInit | Unset):
        metadata (FlyMachineConfigMetadata | Unset):
        metrics (FlyMachineMetrics | Unset):
        mounts (list[FlyMachineMount] | Unset):
        processes (list[FlyMachineProcess] | Unset):
        restart (FlyMachineRestart | Unset): The Machine restart policy defines whether and how flyd restarts a Machine
            after its main process exits. See https://fly.io/docs/machines/guides-examples/machine-restart-policy/.
        rootfs (FlyMachineRootfs | Unset):
        schedule (str | Unset):
        services (list[FlyMachineService] | Unset):
        size (str | Unset): Deprecated: use Guest instead
        spot (FlyMachineSpot | Unset):
        standbys (list[str] | Unset): Standbys enable a machine to be a standby for another. In the event of a hardware
            failure,
            the standby machine will be started.
        statics (list[FlyStatic] | Unset):
        stop_config (FlyStopConfig | Unset):
    """

    auto_destroy: bool | Unset = UNSET
    cache_drive: FlyMachineCacheDrive | Unset = UNSET
    checks: FlyMachineConfigChecks | Unset = UNSET
    containers: list[FlyContainerConfig] | Unset = UNSET
    disable_machine_autostart: bool | Unset = UNSET
    dns: FlyDNSConfig | Unset = UNSET
    env: FlyMachineConfigEnv | Unset = UNSET
    files: list[FlyFile] | Unset = UNSET
    guest: FlyMachineGuest | Unset = UNSET
    image: str | Unset = UNSET
    init: FlyMachineInit | Unset = UNSET
    metadata: FlyMachineConfigMetadata | Unset = UNSET
    metrics: FlyMachineMetrics | Unset = UNSET
    mounts: list[FlyMachineMount] | Unset = UNSET
    processes: list[FlyMachineProcess] | Unset = UNSET
    restart: FlyMachineRestart | Unset = UNSET
    rootfs: FlyMachineRootfs | Unset = UNSET
    schedule: str | Unset = UNSET
    services: list[FlyMachineService] | Unset = UNSET
    size: str | Unset = UNSET
    spot: FlyMachineSpot | Unset = UNSET
    standbys: list[str] | Unset = UNSET
    statics: list[FlyStatic] | Unset = UNSET
    stop_config: FlyStopConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_destroy = self.auto_destroy

        cache_drive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_drive, Unset):
            cache_drive = self.cache_drive.to_dict()

        checks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = self.checks.to_dict()

        containers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.containers, Unset):
            containers = []
            for containers_item_data in self.containers:
                containers_item = containers_item_data.to_dict()
                containers.append(containers_item)

        disable_machine_autostart = self.disable_machine_autostart

        dns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dns, Unset):
            dns = self.dns.to_dict()

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        guest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guest, Unset):
            guest = self.guest.to_dict()

        image = self.image

        init: dict[str, Any] | Unset = UNSET
        if not isinstance(self.init, Unset):
            init = self.init.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        mounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mounts, Unset):
            mounts = []
            for mounts_item_data in self.mounts:
                mounts_item = mounts_item_data.to_dict()
                mounts.append(mounts_item)

        processes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.processes, Unset):
            processes = []
            for processes_item_data in self.processes:
                processes_item = processes_item_data.to_dict()
                processes.append(processes_item)

        restart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restart, Unset):
            restart = self.restart.to_dict()

        rootfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rootfs, Unset):
            rootfs = self.rootfs.to_dict()

        schedule = self.schedule

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        size = self.size

        spot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spot, Unset):
            spot = self.spot.to_dict()

        standbys: list[str] | Unset = UNSET
        if not isinstance(self.standbys, Unset):
            standbys = self.standbys

        statics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statics, Unset):
            statics = []
            for statics_item_data in self.statics:
                statics_item = statics_item_data.to_dict()
                statics.append(statics_item)

        stop_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_config, Unset):
            stop_config = self.stop_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_destroy is not UNSET:
            field_dict["auto_destroy"] = auto_destroy
        if cache_drive is not UNSET:
            field_dict["cache_drive"] = cache_drive
        if checks is not UNSET:
            field_dict["checks"] = checks
        if containers is not UNSET:
            field_dict["containers"] = containers
        if disable_machine_autostart is not UNSET:
            field_dict["disable_machine_autostart"] = disable_machine_autostart
        if dns is not UNSET:
            field_dict["dns"] = dns
        if env is not UNSET:
            field_dict["env"] = env
        if files is not UNSET:
            field_dict["files"] = files
        if guest is not UNSET:
            field_dict["guest"] = guest
        if image is not UNSET:
            field_dict["image"] = image
        if init is not UNSET:
            field_dict["init"] = init
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if processes is not UNSET:
            field_dict["processes"] = processes
        if restart is not UNSET:
            field_dict["restart"] = restart
        if rootfs is not UNSET:
            field_dict["rootfs"] = rootfs
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if services is not UNSET:
            field_dict["services"] = services
        if size is not UNSET:
            field_dict["size"] = size
        if spot is not UNSET:
            field_dict["spot"] = spot
        if standbys is not UNSET:
            field_dict["standbys"] = standbys
        if statics is not UNSET:
            field_dict["statics"] = statics
        if stop_config is not UNSET:
            field_dict["stop_config"] = stop_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "cache_drive" in data:
            if (value := data["cache_drive"]) is None:
                del data["cache_drive"]  # null: as if absent, as Go reads it
            else:
                data["cache_drive"] = FlyMachineCacheDrive.from_dict(value)
        if "checks" in data:
            if (value := data["checks"]) is None:
                del data["checks"]  # null: as if absent, as Go reads it
            else:
                data["checks"] = FlyMachineConfigChecks.from_dict(value)
        if "containers" in data:
            if (value := data["containers"]) is None:
                del data["containers"]  # null: as if absent, as Go reads it
            else:
                data["containers"] = _load_containers(value)
        if "dns" in data:
            if (value := data["dns"]) is None:
                del data["dns"]  # null: as if absent, as Go reads it
            else:
                data["dns"] = FlyDNSConfig.from_dict(value)
        if "env" in data:
            if (value := data["env"]) is None:
                del data["env"]  # null: as if absent, as Go reads it
            else:
                data["env"] = FlyMachineConfigEnv.from_dict(value)
        if "files" in data:
            if (value := data["files"]) is None:
                del data["files"]  # null: as if absent, as Go reads it
            else:
                data["files"] = _load_files(value)
        if "guest" in data:
            if (value := data["guest"]) is None:
                del data["guest"]  # null: as if absent, as Go reads it
            else:
                data["guest"] = FlyMachineGuest.from_dict(value)
        if "init" in data:
            if (value := data["init"]) is None:
                del data["init"]  # null: as if absent, as Go reads it
            else:
                data["init"] = FlyMachineInit.from_dict(value)
        if "metadata" in data:
            if (value := data["metadata"]) is None:
                del data["metadata"]  # null: as if absent, as Go reads it
            else:
                data["metadata"] = FlyMachineConfigMetadata.from_dict(value)
        if "metrics" in data:
            if (value := data["metrics"]) is None:
                del data["metrics"]  # null: as if absent, as Go reads it
            else:
                data["metrics"] = FlyMachineMetrics.from_dict(value)
        if "mounts" in data:
            if (value := data["mounts"]) is None:
                del data["mounts"]  # null: as if absent, as Go reads it
            else:
                data["mounts"] = _load_mounts(value)
        if "processes" in data:
            if (value := data["processes"]) is None:
                del data["processes"]  # null: as if absent, as Go reads it
            else:
                data["processes"] = _load_processes(value)
        if "restart" in data:
            if (value := data["restart"]) is None:
                del data["restart"]  # null: as if absent, as Go reads it
            else:
                data["restart"] = FlyMachineRestart.from_dict(value)
        if "rootfs" in data:
            if (value := data["rootfs"]) is None:
                del data["rootfs"]  # null: as if absent, as Go reads it
            else:
                data["rootfs"] = FlyMachineRootfs.from_dict(value)
        if "services" in data:
            if (value := data["services"]) is None:
                del data["services"]  # null: as if absent, as Go reads it
            else:
                data["services"] = _load_services(value)
        if "spot" in data:
            if (value := data["spot"]) is None:
                del data["spot"]  # null: as if absent, as Go reads it
            else:
                data["spot"] = FlyMachineSpot.from_dict(value)
        if "statics" in data:
            if (value := data["statics"]) is None:
                del data["statics"]  # null: as if absent, as Go reads it
            else:
                data["statics"] = _load_statics(value)
        if "stop_config" in data:
            if (value := data["stop_config"]) is None:
                del data["stop_config"]  # null: as if absent, as Go reads it
            else:
                data["stop_config"] = FlyStopConfig.from_dict(value)
        fly_machine_config = _new(cls)
        _setattr(fly_machine_config, "__dict__", data)
        return fly_machine_config

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyMachineConfig:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyMachineConfig._wrap(FlyMachineConfig._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"FlyMachineConfig is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "cache_drive" in data:
            if (value := data["cache_drive"]) is None:
                del data["cache_drive"]  # null: as if absent, as Go reads it
            else:
                data["cache_drive"] = FlyMachineCacheDrive._prepare(value)
        if "checks" in data:
            if (value := data["checks"]) is None:
                del data["checks"]  # null: as if absent, as Go reads it
            else:
                data["checks"] = FlyMachineConfigChecks._prepare(value)
        if "containers" in data:
            if (value := data["containers"]) is None:
                del data["containers"]  # null: as if absent, as Go reads it
            else:
                data["containers"] = _take_containers(value)
        if "dns" in data:
            if (value := data["dns"]) is None:
                del data["dns"]  # null: as if absent, as Go reads it
            else:
                data["dns"] = FlyDNSConfig._prepare(value)
        if "env" in data:
            if (value := data["env"]) is None:
                del data["env"]  # null: as if absent, as Go reads it
            else:
                data["env"] = FlyMachineConfigEnv._prepare(value)
        if "files" in data:
            if (value := data["files"]) is None:
                del data["files"]  # null: as if absent, as Go reads it
            else:
                data["files"] = _take_files(value)
        if "guest" in data:
            if (value := data["guest"]) is None:
                del data["guest"]  # null: as if absent, as Go reads it
            else:
                data["guest"] = FlyMachineGuest._prepare(value)
        if "init" in data:
            if (value := data["init"]) is None:
                del data["init"]  # null: as if absent, as Go reads it
            else:
                data["init"] = FlyMachineInit._prepare(value)
        if "metadata" in data:
            if (value := data["metadata"]) is None:
                del data["metadata"]  # null: as if absent, as Go reads it
            else:
                data["metadata"] = FlyMachineConfigMetadata._prepare(value)
        if "metrics" in data:
            if (value := data["metrics"]) is None:
                del data["metrics"]  # null: as if absent, as Go reads it
            else:
                data["metrics"] = FlyMachineMetrics._prepare(value)
        if "mounts" in data:
            if (value := data["mounts"]) is None:
                del data["mounts"]  # null: as if absent, as Go reads it
            else:
                data["mounts"] = _take_mounts(value)
        if "processes" in data:
            if (value := data["processes"]) is None:
                del data["processes"]  # null: as if absent, as Go reads it
            else:
                data["processes"] = _take_processes(value)
        if "restart" in data:
            if (value := data["restart"]) is None:
                del data["restart"]  # null: as if absent, as Go reads it
            else:
                data["restart"] = FlyMachineRestart._prepare(value)
        if "rootfs" in data:
            if (value := data["rootfs"]) is None:
                del data["rootfs"]  # null: as if absent, as Go reads it
            else:
                data["rootfs"] = FlyMachineRootfs._prepare(value)
        if "services" in data:
            if (value := data["services"]) is None:
                del data["services"]  # null: as if absent, as Go reads it
            else:
                data["services"] = _take_services(value)
        if "spot" in data:
            if (value := data["spot"]) is None:
                del data["spot"]  # null: as if absent, as Go reads it
            else:
                data["spot"] = FlyMachineSpot._prepare(value)
        if "statics" in data:
            if (value := data["statics"]) is None:
                del data["statics"]  # null: as if absent, as Go reads it
            else:
                data["statics"] = _take_statics(value)
        if "stop_config" in data:
            if (value := data["stop_config"]) is None:
                del data["stop_config"]  # null: as if absent, as Go reads it
            else:
                data["stop_config"] = FlyStopConfig._prepare(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyMachineConfig:
        fly_machine_config = _new(FlyMachineConfig)
        _setattr(fly_machine_config, "__dict__", data)
        return fly_machine_config

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


from ..models.fly_container_config import FlyContainerConfig  # noqa: E402
from ..models.fly_dns_config import FlyDNSConfig  # noqa: E402
from ..models.fly_file import FlyFile  # noqa: E402
from ..models.fly_machine_cache_drive import FlyMachineCacheDrive  # noqa: E402
from ..models.fly_machine_config_checks import FlyMachineConfigChecks  # noqa: E402
from ..models.fly_machine_config_env import FlyMachineConfigEnv  # noqa: E402
from ..models.fly_machine_config_metadata import FlyMachineConfigMetadata  # noqa: E402
from ..models.fly_machine_guest import FlyMachineGuest  # noqa: E402
from ..models.fly_machine_init import FlyMachineInit  # noqa: E402
from ..models.fly_machine_metrics import FlyMachineMetrics  # noqa: E402
from ..models.fly_machine_mount import FlyMachineMount  # noqa: E402
from ..models.fly_machine_process import FlyMachineProcess  # noqa: E402
from ..models.fly_machine_restart import FlyMachineRestart  # noqa: E402
from ..models.fly_machine_rootfs import FlyMachineRootfs  # noqa: E402
from ..models.fly_machine_service import FlyMachineService  # noqa: E402
from ..models.fly_machine_spot import FlyMachineSpot  # noqa: E402
from ..models.fly_static import FlyStatic  # noqa: E402
from ..models.fly_stop_config import FlyStopConfig  # noqa: E402


def _load_containers(value_from_json: Any) -> list[FlyContainerConfig] | Unset:
    return [FlyContainerConfig.from_dict(item) for item in value_from_json]


def _take_containers(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyContainerConfig._prepare, value_from_json)
    prepare = FlyContainerConfig._prepare
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


def _load_mounts(value_from_json: Any) -> list[FlyMachineMount] | Unset:
    return [FlyMachineMount.from_dict(item) for item in value_from_json]


def _take_mounts(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyMachineMount._prepare, value_from_json)
    prepare = FlyMachineMount._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _load_processes(value_from_json: Any) -> list[FlyMachineProcess] | Unset:
    return [FlyMachineProcess.from_dict(item) for item in value_from_json]


def _take_processes(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyMachineProcess._prepare, value_from_json)
    prepare = FlyMachineProcess._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _load_services(value_from_json: Any) -> list[FlyMachineService] | Unset:
    return [FlyMachineService.from_dict(item) for item in value_from_json]


def _take_services(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyMachineService._prepare, value_from_json)
    prepare = FlyMachineService._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _load_statics(value_from_json: Any) -> list[FlyStatic] | Unset:
    return [FlyStatic.from_dict(item) for item in value_from_json]


def _take_statics(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyStatic._prepare, value_from_json)
    prepare = FlyStatic._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyMachineConfig is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyMachineConfig,
    nested={
        "cache_drive": FlyMachineCacheDrive,
        "checks": FlyMachineConfigChecks,
        "dns": FlyDNSConfig,
        "env": FlyMachineConfigEnv,
        "guest": FlyMachineGuest,
        "init": FlyMachineInit,
        "metadata": FlyMachineConfigMetadata,
        "metrics": FlyMachineMetrics,
        "restart": FlyMachineRestart,
        "rootfs": FlyMachineRootfs,
        "spot": FlyMachineSpot,
        "stop_config": FlyStopConfig,
    },
    nested_lists={
        "containers": FlyContainerConfig,
        "files": FlyFile,
        "mounts": FlyMachineMount,
        "processes": FlyMachineProcess,
        "services": FlyMachineService,
        "statics": FlyStatic,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "auto_destroy",
        "cache_drive",
        "checks",
        "containers",
        "disable_machine_autostart",
        "dns",
        "env",
        "files",
        "guest",
        "image",
        "init",
        "metadata",
        "metrics",
        "mounts",
        "processes",
        "restart",
        "rootfs",
        "schedule",
        "services",
        "size",
        "spot",
        "standbys",
        "statics",
        "stop_config",
    )
)
