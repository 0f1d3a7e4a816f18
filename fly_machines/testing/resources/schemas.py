"""Request bodies checked against the patched spec's schemas, as the live API (Go's
encoding/json) checks them: a value of the wrong JSON type, a string outside its enum or
a missing required field answers 400 naming the field; unknown fields are accepted
(forward compatibility) and null is accepted anywhere (Go leaves the field unset).

`SPEC_SCHEMAS` holds, for each operation the simulator handles, the schema of its body
and every schema it refers to, taken from generated/machines-openapi.patched.json by
`extract` (descriptions and examples dropped). The patched spec is not shipped with the
package, so the extract lives here; tests/test_sim_input_checks.py keeps it equal to the
spec and prints the new block when the spec changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .._primitives import JSON, bad_request

_KEPT = ("type", "items", "additionalProperties", "enum", "required", "$ref", "allOf")
_REF = "#/components/schemas/"
# The fields whose values fly-go flaps sends in a shape the spec does not declare, which
# the live API accepts: a signal by number (Kill) and a stop timeout as a Go
# time.Duration in nanoseconds. Their handlers check them instead.
LENIENT = frozenset({("SignalRequest", "signal"), ("StopRequest", "timeout")})
_GO_TYPES = {
    "string": "string", "integer": "int", "number": "float64", "boolean": "bool",
    "array": "slice", "object": "struct",
}  # fmt: skip


def extract(spec: JSON, operation_ids: Iterable[str]) -> JSON:
    """{"bodies": {operation id: schema name}, "schemas": {name: schema}} for the JSON
    request bodies of `operation_ids`, with every schema they refer to."""
    wanted = set(operation_ids)
    bodies: dict[str, str] = {}
    for operations in spec["paths"].values():
        for operation in operations.values():
            content = (operation.get("requestBody") or {}).get("content") or {}
            ref = (content.get("application/json") or {}).get("schema", {}).get("$ref", "")
            if operation.get("operationId") in wanted and ref.startswith(_REF):
                bodies[operation["operationId"]] = ref[len(_REF) :]
    schemas: JSON = {}
    todo = sorted(set(bodies.values()))
    while todo:
        name = todo.pop()
        if name not in schemas:
            schemas[name] = _compact(spec["components"]["schemas"][name], todo)
    return {"bodies": dict(sorted(bodies.items())), "schemas": dict(sorted(schemas.items()))}


def _compact(schema: Any, refs: list[str]) -> Any:
    if isinstance(schema, list):
        return [_compact(item, refs) for item in schema]
    if not isinstance(schema, dict):
        return schema
    kept = {k: _compact(v, refs) for k, v in schema.items() if k in _KEPT}
    if "properties" in schema:
        kept["properties"] = {k: _compact(v, refs) for k, v in schema["properties"].items()}
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_REF):
        refs.append(ref[len(_REF) :])
    return kept


def render(extracted: JSON) -> str:
    """The text of `_DATA` for `extracted`."""
    return json.dumps(extracted, indent=0, sort_keys=True, ensure_ascii=True)


def check_body(operation_id: str, data: Any) -> None:
    """400 naming the field when `data`, the parsed body of `operation_id`, does not fit
    the spec's schema for it."""
    name = SPEC_SCHEMAS["bodies"].get(operation_id)
    if name is None or data is None:
        return
    _check(SPEC_SCHEMAS["schemas"][name], data, "", name)


def _check(schema: JSON, value: Any, path: str, owner: str) -> None:
    if value is None:
        return
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref[len(_REF) :]
        _check(SPEC_SCHEMAS["schemas"][name], value, path, name)
    for part in schema.get("allOf") or []:
        _check(part, value, path, owner)
    kind = schema.get("type")
    if kind is not None and not _fits(kind, value):
        field = path or "body"
        raise bad_request(
            f"invalid {field}: json: cannot unmarshal {_json_type(value)} into Go value of "
            f"type {_GO_TYPES.get(kind, kind)}"
        )
    enum = schema.get("enum")
    if enum is not None and isinstance(value, str) and value not in enum:
        raise bad_request(f"invalid {path}: {value[:40]!r} is not one of {', '.join(enum)}")
    if isinstance(value, dict):
        _check_object(schema, value, path, owner)
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            _check(schema["items"], item, f"{path}[{index}]", owner)


def _check_object(schema: JSON, value: dict[str, Any], path: str, owner: str) -> None:
    prefix = f"{path}." if path else ""
    for required in schema.get("required") or []:
        if required not in value:
            raise bad_request(f"invalid {prefix}{required}: the field is required")
    properties = schema.get("properties") or {}
    extra = schema.get("additionalProperties")
    for key, item in value.items():
        if (owner, key) in LENIENT:
            continue
        if key in properties:
            _check(properties[key], item, f"{prefix}{key}", owner)
        elif isinstance(extra, dict):
            _check(extra, item, f"{prefix}{key}", owner)


def _fits(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


# -- the extract (tests/test_sim_input_checks.py keeps it equal to the patched spec) --------
_DATA = """{
"bodies": {
"App_Certificates_acme_create": "createAcmeCertificateRequest",
"App_Certificates_custom_create": "createCustomCertificateRequest",
"Apps_create": "CreateAppRequest",
"Machines_create": "CreateMachineRequest",
"Machines_create_lease": "CreateLeaseRequest",
"Machines_exec": "MachineExecRequest",
"Machines_signal": "SignalRequest",
"Machines_stop": "StopRequest",
"Machines_update": "UpdateMachineRequest",
"Machines_update_metadata": "updateMetadataRequest",
"Machines_update_metadata_deprecated": "updateMetadataRequest",
"Machines_upsert_metadata": "upsertMetadataKeyRequest",
"Secret_create": "SetAppSecretRequest",
"Secrets_update": "AppSecretsUpdateRequest",
"Volumes_create": "CreateVolumeRequest",
"Volumes_extend": "ExtendVolumeRequest",
"Volumes_update": "UpdateVolumeRequest"
},
"schemas": {
"AppSecretsUpdateRequest": {
"properties": {
"values": {
"additionalProperties": {
"type": "string"
},
"type": "object"
}
},
"type": "object"
},
"CreateAppRequest": {
"properties": {
"enable_subdomains": {
"type": "boolean"
},
"idempotency_key": {
"type": "string"
},
"name": {
"type": "string"
},
"network": {
"type": "string"
},
"org_slug": {
"type": "string"
}
},
"type": "object"
},
"CreateLeaseRequest": {
"properties": {
"description": {
"type": "string"
},
"ttl": {
"type": "integer"
}
},
"type": "object"
},
"CreateMachineRequest": {
"properties": {
"config": {
"allOf": [
{
"$ref": "#/components/schemas/fly.MachineConfig"
}
],
"type": "object"
},
"lease_ttl": {
"type": "integer"
},
"min_secrets_version": {
"type": "integer"
},
"name": {
"type": "string"
},
"region": {
"type": "string"
},
"skip_launch": {
"type": "boolean"
},
"skip_secrets": {
"type": "boolean"
},
"skip_service_registration": {
"type": "boolean"
}
},
"type": "object"
},
"CreateVolumeRequest": {
"properties": {
"auto_backup_enabled": {
"type": "boolean"
},
"compute": {
"$ref": "#/components/schemas/fly.MachineGuest"
},
"compute_image": {
"type": "string"
},
"encrypted": {
"type": "boolean"
},
"fstype": {
"type": "string"
},
"name": {
"type": "string"
},
"region": {
"type": "string"
},
"require_unique_zone": {
"type": "boolean"
},
"size_gb": {
"type": "integer"
},
"snapshot_id": {
"type": "string"
},
"snapshot_retention": {
"type": "integer"
},
"source_volume_id": {
"type": "string"
},
"unique_zone_app_wide": {
"type": "boolean"
}
},
"type": "object"
},
"ExtendVolumeRequest": {
"properties": {
"size_gb": {
"type": "integer"
}
},
"type": "object"
},
"MachineExecRequest": {
"properties": {
"cmd": {
"type": "string"
},
"command": {
"items": {
"type": "string"
},
"type": "array"
},
"container": {
"type": "string"
},
"machine": {
"type": "boolean"
},
"stdin": {
"type": "string"
},
"timeout": {
"type": "integer"
}
},
"type": "object"
},
"SetAppSecretRequest": {
"properties": {
"value": {
"type": "string"
}
},
"type": "object"
},
"SignalRequest": {
"properties": {
"signal": {
"enum": [
"SIGABRT",
"SIGALRM",
"SIGFPE",
"SIGHUP",
"SIGILL",
"SIGINT",
"SIGKILL",
"SIGPIPE",
"SIGQUIT",
"SIGSEGV",
"SIGTERM",
"SIGTRAP",
"SIGUSR1",
"SIGUSR2"
],
"type": "string"
}
},
"type": "object"
},
"StopRequest": {
"properties": {
"signal": {
"enum": [
"SIGHUP",
"SIGINT",
"SIGQUIT",
"SIGKILL",
"SIGUSR1",
"SIGUSR2",
"SIGTERM"
],
"type": "string"
},
"timeout": {
"type": "string"
}
},
"type": "object"
},
"UpdateMachineRequest": {
"properties": {
"config": {
"allOf": [
{
"$ref": "#/components/schemas/fly.MachineConfig"
}
],
"type": "object"
},
"current_version": {
"type": "string"
},
"lease_ttl": {
"type": "integer"
},
"min_secrets_version": {
"type": "integer"
},
"name": {
"type": "string"
},
"region": {
"type": "string"
},
"skip_launch": {
"type": "boolean"
},
"skip_secrets": {
"type": "boolean"
},
"skip_service_registration": {
"type": "boolean"
}
},
"type": "object"
},
"UpdateVolumeRequest": {
"properties": {
"auto_backup_enabled": {
"type": "boolean"
},
"snapshot_retention": {
"type": "integer"
}
},
"type": "object"
},
"createAcmeCertificateRequest": {
"properties": {
"hostname": {
"type": "string"
}
},
"type": "object"
},
"createCustomCertificateRequest": {
"properties": {
"fullchain": {
"type": "string"
},
"hostname": {
"type": "string"
},
"private_key": {
"type": "string"
}
},
"type": "object"
},
"fly.ContainerConfig": {
"properties": {
"cmd": {
"items": {
"type": "string"
},
"type": "array"
},
"depends_on": {
"items": {
"$ref": "#/components/schemas/fly.ContainerDependency"
},
"type": "array"
},
"entrypoint": {
"items": {
"type": "string"
},
"type": "array"
},
"env": {
"additionalProperties": {
"type": "string"
},
"type": "object"
},
"env_from": {
"items": {
"$ref": "#/components/schemas/fly.EnvFrom"
},
"type": "array"
},
"exec": {
"items": {
"type": "string"
},
"type": "array"
},
"files": {
"items": {
"$ref": "#/components/schemas/fly.File"
},
"type": "array"
},
"healthchecks": {
"items": {
"$ref": "#/components/schemas/fly.ContainerHealthcheck"
},
"type": "array"
},
"image": {
"type": "string"
},
"name": {
"type": "string"
},
"restart": {
"allOf": [
{
"$ref": "#/components/schemas/fly.MachineRestart"
}
],
"type": "object"
},
"secrets": {
"items": {
"$ref": "#/components/schemas/fly.MachineSecret"
},
"type": "array"
},
"stop": {
"allOf": [
{
"$ref": "#/components/schemas/fly.StopConfig"
}
],
"type": "object"
},
"user": {
"type": "string"
}
},
"type": "object"
},
"fly.ContainerDependency": {
"properties": {
"condition": {
"allOf": [
{
"$ref": "#/components/schemas/fly.ContainerDependencyCondition"
}
],
"type": "object"
},
"name": {
"type": "string"
}
},
"type": "object"
},
"fly.ContainerDependencyCondition": {
"enum": [
"exited_successfully",
"healthy",
"started"
],
"type": "string"
},
"fly.ContainerHealthcheck": {
"properties": {
"exec": {
"$ref": "#/components/schemas/fly.ExecHealthcheck"
},
"failure_threshold": {
"type": "integer"
},
"grace_period": {
"type": "integer"
},
"http": {
"$ref": "#/components/schemas/fly.HTTPHealthcheck"
},
"interval": {
"type": "integer"
},
"kind": {
"allOf": [
{
"$ref": "#/components/schemas/fly.ContainerHealthcheckKind"
}
],
"type": "object"
},
"name": {
"type": "string"
},
"success_threshold": {
"type": "integer"
},
"tcp": {
"$ref": "#/components/schemas/fly.TCPHealthcheck"
},
"timeout": {
"type": "integer"
},
"unhealthy": {
"allOf": [
{
"$ref": "#/components/schemas/fly.UnhealthyPolicy"
}
],
"type": "object"
}
},
"type": "object"
},
"fly.ContainerHealthcheckKind": {
"enum": [
"readiness",
"liveness"
],
"type": "string"
},
"fly.ContainerHealthcheckScheme": {
"enum": [
"http",
"https"
],
"type": "string"
},
"fly.DNSConfig": {
"properties": {
"dns_forward_rules": {
"items": {
"$ref": "#/components/schemas/fly.dnsForwardRule"
},
"type": "array"
},
"hostname": {
"type": "string"
},
"hostname_fqdn": {
"type": "string"
},
"nameservers": {
"items": {
"type": "string"
},
"type": "array"
},
"options": {
"items": {
"$ref": "#/components/schemas/fly.dnsOption"
},
"type": "array"
},
"searches": {
"items": {
"type": "string"
},
"type": "array"
},
"skip_registration": {
"type": "boolean"
}
},
"type": "object"
},
"fly.EnvFrom": {
"properties": {
"env_var": {
"type": "string"
},
"field_ref": {
"enum": [
"id",
"version",
"app_name",
"private_ip",
"region",
"image"
],
"type": "string"
}
},
"type": "object"
},
"fly.ExecHealthcheck": {
"properties": {
"command": {
"items": {
"type": "string"
},
"type": "array"
}
},
"type": "object"
},
"fly.File": {
"properties": {
"guest_path": {
"type": "string"
},
"image_config": {
"type": "string"
},
"mode": {
"type": "integer"
},
"raw_value": {
"type": "string"
},
"secret_name": {
"type": "string"
}
},
"type": "object"
},
"fly.HTTPHealthcheck": {
"properties": {
"headers": {
"items": {
"$ref": "#/components/schemas/fly.MachineHTTPHeader"
},
"type": "array"
},
"method": {
"type": "string"
},
"path": {
"type": "string"
},
"port": {
"type": "integer"
},
"scheme": {
"allOf": [
{
"$ref": "#/components/schemas/fly.ContainerHealthcheckScheme"
}
],
"type": "object"
},
"tls_server_name": {
"type": "string"
},
"tls_skip_verify": {
"type": "boolean"
}
},
"type": "object"
},
"fly.HTTPOptions": {
"properties": {
"compress": {
"type": "boolean"
},
"h2_backend": {
"type": "boolean"
},
"headers_read_timeout": {
"type": "integer"
},
"idle_timeout": {
"type": "integer"
},
"replay_cache": {
"items": {
"$ref": "#/components/schemas/fly.ReplayCache"
},
"type": "array"
},
"response": {
"$ref": "#/components/schemas/fly.HTTPResponseOptions"
}
},
"type": "object"
},
"fly.HTTPResponseOptions": {
"properties": {
"headers": {
"additionalProperties": {
"type": "object"
},
"type": "object"
},
"pristine": {
"type": "boolean"
}
},
"type": "object"
},
"fly.MachineCacheDrive": {
"properties": {
"size_mb": {
"type": "integer"
}
},
"type": "object"
},
"fly.MachineCheck": {
"properties": {
"grace_period": {
"type": "string"
},
"headers": {
"items": {
"$ref": "#/components/schemas/fly.MachineHTTPHeader"
},
"type": "array"
},
"interval": {
"type": "string"
},
"kind": {
"enum": [
"informational",
"readiness"
],
"type": "string"
},
"method": {
"type": "string"
},
"path": {
"type": "string"
},
"port": {
"type": "integer"
},
"protocol": {
"type": "string"
},
"timeout": {
"type": "string"
},
"tls_server_name": {
"type": "string"
},
"tls_skip_verify": {
"type": "boolean"
},
"type": {
"type": "string"
}
},
"type": "object"
},
"fly.MachineConfig": {
"properties": {
"auto_destroy": {
"type": "boolean"
},
"cache_drive": {
"$ref": "#/components/schemas/fly.MachineCacheDrive"
},
"checks": {
"additionalProperties": {
"$ref": "#/components/schemas/fly.MachineCheck"
},
"type": "object"
},
"containers": {
"items": {
"$ref": "#/components/schemas/fly.ContainerConfig"
},
"type": "array"
},
"disable_machine_autostart": {
"type": "boolean"
},
"dns": {
"$ref": "#/components/schemas/fly.DNSConfig"
},
"env": {
"additionalProperties": {
"type": "string"
},
"type": "object"
},
"files": {
"items": {
"$ref": "#/components/schemas/fly.File"
},
"type": "array"
},
"guest": {
"$ref": "#/components/schemas/fly.MachineGuest"
},
"image": {
"type": "string"
},
"init": {
"$ref": "#/components/schemas/fly.MachineInit"
},
"metadata": {
"additionalProperties": {
"type": "string"
},
"type": "object"
},
"metrics": {
"$ref": "#/components/schemas/fly.MachineMetrics"
},
"mounts": {
"items": {
"$ref": "#/components/schemas/fly.MachineMount"
},
"type": "array"
},
"processes": {
"items": {
"$ref": "#/components/schemas/fly.MachineProcess"
},
"type": "array"
},
"restart": {
"$ref": "#/components/schemas/fly.MachineRestart"
},
"rootfs": {
"$ref": "#/components/schemas/fly.MachineRootfs"
},
"schedule": {
"type": "string"
},
"services": {
"items": {
"$ref": "#/components/schemas/fly.MachineService"
},
"type": "array"
},
"size": {
"type": "string"
},
"spot": {
"$ref": "#/components/schemas/fly.MachineSpot"
},
"standbys": {
"items": {
"type": "string"
},
"type": "array"
},
"statics": {
"items": {
"$ref": "#/components/schemas/fly.Static"
},
"type": "array"
},
"stop_config": {
"$ref": "#/components/schemas/fly.StopConfig"
}
},
"type": "object"
},
"fly.MachineGuest": {
"properties": {
"cpu_kind": {
"type": "string"
},
"cpus": {
"type": "integer"
},
"gpu_kind": {
"type": "string"
},
"gpus": {
"type": "integer"
},
"host_dedication_id": {
"type": "string"
},
"kernel_args": {
"items": {
"type": "string"
},
"type": "array"
},
"max_memory_mb": {
"type": "integer"
},
"memory_mb": {
"type": "integer"
},
"persist_rootfs": {
"enum": [
"never",
"always",
"restart"
],
"type": "string"
},
"required_host_features": {
"items": {
"type": "string"
},
"type": "array"
}
},
"type": "object"
},
"fly.MachineHTTPHeader": {
"properties": {
"name": {
"type": "string"
},
"values": {
"items": {
"type": "string"
},
"type": "array"
}
},
"type": "object"
},
"fly.MachineInit": {
"properties": {
"cmd": {
"items": {
"type": "string"
},
"type": "array"
},
"entrypoint": {
"items": {
"type": "string"
},
"type": "array"
},
"exec": {
"items": {
"type": "string"
},
"type": "array"
},
"kernel_args": {
"items": {
"type": "string"
},
"type": "array"
},
"swap_size_mb": {
"type": "integer"
},
"tty": {
"type": "boolean"
}
},
"type": "object"
},
"fly.MachineMetrics": {
"properties": {
"https": {
"type": "boolean"
},
"path": {
"type": "string"
},
"port": {
"type": "integer"
}
},
"type": "object"
},
"fly.MachineMount": {
"properties": {
"add_size_gb": {
"type": "integer"
},
"add_size_percent": {
"type": "integer"
},
"encrypted": {
"type": "boolean"
},
"extend_threshold_percent": {
"type": "integer"
},
"min_add_size_gb": {
"type": "integer"
},
"name": {
"type": "string"
},
"path": {
"type": "string"
},
"size_gb": {
"type": "integer"
},
"size_gb_limit": {
"type": "integer"
},
"volume": {
"type": "string"
}
},
"type": "object"
},
"fly.MachinePort": {
"properties": {
"end_port": {
"type": "integer"
},
"force_https": {
"type": "boolean"
},
"handlers": {
"items": {
"type": "string"
},
"type": "array"
},
"http_options": {
"$ref": "#/components/schemas/fly.HTTPOptions"
},
"port": {
"type": "integer"
},
"proxy_proto_options": {
"$ref": "#/components/schemas/fly.ProxyProtoOptions"
},
"start_port": {
"type": "integer"
},
"tls_options": {
"$ref": "#/components/schemas/fly.TLSOptions"
}
},
"type": "object"
},
"fly.MachineProcess": {
"properties": {
"cmd": {
"items": {
"type": "string"
},
"type": "array"
},
"entrypoint": {
"items": {
"type": "string"
},
"type": "array"
},
"env": {
"additionalProperties": {
"type": "string"
},
"type": "object"
},
"env_from": {
"items": {
"$ref": "#/components/schemas/fly.EnvFrom"
},
"type": "array"
},
"exec": {
"items": {
"type": "string"
},
"type": "array"
},
"ignore_app_secrets": {
"type": "boolean"
},
"secrets": {
"items": {
"$ref": "#/components/schemas/fly.MachineSecret"
},
"type": "array"
},
"user": {
"type": "string"
}
},
"type": "object"
},
"fly.MachineRestart": {
"properties": {
"max_retries": {
"type": "integer"
},
"policy": {
"enum": [
"no",
"always",
"on-failure"
],
"type": "string"
}
},
"type": "object"
},
"fly.MachineRootfs": {
"properties": {
"persist": {
"enum": [
"never",
"always",
"restart"
],
"type": "string"
},
"size_gb": {
"type": "integer"
}
},
"type": "object"
},
"fly.MachineSecret": {
"properties": {
"env_var": {
"type": "string"
},
"name": {
"type": "string"
}
},
"type": "object"
},
"fly.MachineService": {
"properties": {
"autostart": {
"type": "boolean"
},
"autostop": {
"enum": [
"off",
"stop",
"suspend"
],
"type": "string"
},
"checks": {
"items": {
"$ref": "#/components/schemas/fly.MachineServiceCheck"
},
"type": "array"
},
"concurrency": {
"$ref": "#/components/schemas/fly.MachineServiceConcurrency"
},
"force_instance_description": {
"type": "string"
},
"force_instance_key": {
"type": "string"
},
"internal_port": {
"type": "integer"
},
"min_machines_running": {
"type": "integer"
},
"ports": {
"items": {
"$ref": "#/components/schemas/fly.MachinePort"
},
"type": "array"
},
"protocol": {
"type": "string"
}
},
"type": "object"
},
"fly.MachineServiceCheck": {
"properties": {
"grace_period": {
"type": "string"
},
"headers": {
"items": {
"$ref": "#/components/schemas/fly.MachineHTTPHeader"
},
"type": "array"
},
"interval": {
"type": "string"
},
"method": {
"type": "string"
},
"path": {
"type": "string"
},
"port": {
"type": "integer"
},
"protocol": {
"type": "string"
},
"timeout": {
"type": "string"
},
"tls_server_name": {
"type": "string"
},
"tls_skip_verify": {
"type": "boolean"
},
"type": {
"type": "string"
}
},
"type": "object"
},
"fly.MachineServiceConcurrency": {
"properties": {
"hard_limit": {
"type": "integer"
},
"soft_limit": {
"type": "integer"
},
"type": {
"type": "string"
}
},
"type": "object"
},
"fly.MachineSpot": {
"properties": {
"max_price_fraction": {
"type": "number"
}
},
"type": "object"
},
"fly.ProxyProtoOptions": {
"properties": {
"fly_src": {
"type": "boolean"
},
"version": {
"type": "string"
}
},
"type": "object"
},
"fly.ReplayCache": {
"properties": {
"allow_bypass": {
"type": "boolean"
},
"name": {
"type": "string"
},
"path_prefix": {
"type": "string"
},
"ttl_seconds": {
"type": "integer"
},
"type": {
"enum": [
"cookie",
"header"
],
"type": "string"
}
},
"type": "object"
},
"fly.Static": {
"properties": {
"guest_path": {
"type": "string"
},
"index_document": {
"type": "string"
},
"tigris_bucket": {
"type": "string"
},
"url_prefix": {
"type": "string"
}
},
"required": [
"guest_path",
"url_prefix"
],
"type": "object"
},
"fly.StopConfig": {
"properties": {
"signal": {
"enum": [
"SIGHUP",
"SIGINT",
"SIGQUIT",
"SIGKILL",
"SIGUSR1",
"SIGUSR2",
"SIGTERM"
],
"type": "string"
},
"timeout": {
"type": "string"
}
},
"type": "object"
},
"fly.TCPHealthcheck": {
"properties": {
"port": {
"type": "integer"
}
},
"type": "object"
},
"fly.TLSOptions": {
"properties": {
"alpn": {
"items": {
"type": "string"
},
"type": "array"
},
"default_self_signed": {
"type": "boolean"
},
"versions": {
"items": {
"type": "string"
},
"type": "array"
}
},
"type": "object"
},
"fly.UnhealthyPolicy": {
"enum": [
"stop"
],
"type": "string"
},
"fly.dnsForwardRule": {
"properties": {
"addr": {
"type": "string"
},
"basename": {
"type": "string"
}
},
"type": "object"
},
"fly.dnsOption": {
"properties": {
"name": {
"type": "string"
},
"value": {
"type": "string"
}
},
"type": "object"
},
"updateMetadataRequest": {
"properties": {
"machine_version": {
"type": "string"
},
"metadata": {
"additionalProperties": {
"type": "string"
},
"type": "object"
},
"updated_at": {
"type": "string"
}
},
"type": "object"
},
"upsertMetadataKeyRequest": {
"properties": {
"updated_at": {
"type": "string"
},
"value": {
"type": "string"
}
},
"type": "object"
}
}
}"""
SPEC_SCHEMAS: JSON = json.loads(_DATA)
