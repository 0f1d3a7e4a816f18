"""A machine's metadata: a map of strings kept in `config.metadata`, as the live API keeps
it. Writes make no new version and are not lease-guarded (the spec gives them no nonce
header); a machine being destroyed refuses them as any other change."""

from __future__ import annotations

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, bad_request, locked, mutating, not_found, precondition
from .lifecycle import Machine


class MetadataResource(Resource):
    @locked
    def get_metadata(self, app_name: str, machine_id: str) -> dict[str, str]:
        return dict(_metadata(self.machine(app_name, machine_id)))

    @locked
    def get_metadata_key(self, app_name: str, machine_id: str, key: str) -> JSON:
        meta = _metadata(self.machine(app_name, machine_id))
        if key not in meta:
            raise not_found(f"metadata key {key!r} not found")
        return {"value": meta[key]}

    @mutating
    def set_metadata_key(self, app_name: str, machine_id: str, key: str, value: object) -> None:
        if not isinstance(value, str):
            raise bad_request(f"invalid value for metadata key {key!r}: expected a string")
        _metadata(self._changing(app_name, machine_id))[key] = value

    @mutating
    def delete_metadata_key(self, app_name: str, machine_id: str, key: str) -> None:
        _metadata(self._changing(app_name, machine_id)).pop(key, None)

    @mutating
    def merge_metadata(self, app_name: str, machine_id: str, body: JSON) -> None:
        """Sets the keys of `metadata` and leaves every other key untouched; a null or
        empty value removes its key (the pinned spec's PATCH, and PUT, its alias). 412
        when `machine_version` is given and is not current."""
        metadata = body.get("metadata", {})
        if metadata is None:
            metadata = {}
        if not isinstance(metadata, dict):
            raise bad_request("invalid metadata: expected an object of string values")
        for key, value in metadata.items():
            if value is not None and not isinstance(value, str):
                raise bad_request(f"invalid metadata.{key}: expected a string or null")
        machine = self._changing(app_name, machine_id)
        expected = body.get("machine_version")
        if expected and expected != machine.version:
            raise precondition(f"machine version is {machine.version}, not {expected}")
        meta = _metadata(machine)
        for key, value in metadata.items():
            if value:
                meta[key] = value
            else:
                meta.pop(key, None)

    def _changing(self, app_name: str, machine_id: str) -> Machine:
        machine = self.machine(app_name, machine_id)
        machine.check("change")
        return machine


def _metadata(machine: Machine) -> dict[str, str]:
    meta = machine.config.get("metadata")
    if not isinstance(meta, dict):
        meta = machine.config["metadata"] = {}
    return meta


# -- HTTP ---------------------------------------------------------------------------------------
def _show(c: Call) -> Reply:
    return 200, c.backend.get_metadata(c.app, c.machine)


def _get(c: Call) -> Reply:
    return 200, c.backend.get_metadata_key(c.app, c.machine, c.params["key"])


def _upsert(c: Call) -> Reply:
    c.backend.set_metadata_key(c.app, c.machine, c.params["key"], c.json().get("value"))
    return 204, None


def _delete(c: Call) -> Reply:
    c.backend.delete_metadata_key(c.app, c.machine, c.params["key"])
    return 204, None


def _merge(c: Call) -> Reply:
    c.backend.merge_metadata(c.app, c.machine, c.json())
    return 204, None


MetadataResource.handlers = {
    "Machines_show_metadata": _show,
    "Machines_get_metadata_key": _get,
    "Machines_upsert_metadata": _upsert,
    "Machines_delete_metadata": _delete,
    "Machines_update_metadata": _merge,
    "Machines_update_metadata_deprecated": _merge,
}
