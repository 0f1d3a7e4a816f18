"""Request bodies checked against the patched spec's schemas, as the live API (Go's
encoding/json) checks them: a value of the wrong JSON type, a string outside its enum or
a missing required field answers 400 naming the field; unknown fields are accepted
(forward compatibility) and null is accepted anywhere (Go leaves the field unset).

`spec_schemas()` holds, for every operation, the schema of its body and every schema it
refers to, extracted (descriptions and examples dropped) from the patched spec that codegen
ships in the generated package (`fly_machines_api/openapi.json`), on first use.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from importlib import resources
from typing import Any

from fly_machines_api.operations import OPERATIONS

from .._primitives import JSON, ApiError, bad_request, error

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


@functools.cache
def spec_schemas() -> JSON:
    """The request bodies' schemas of every operation, from the shipped patched spec."""
    text = resources.files("fly_machines_api").joinpath("openapi.json").read_text("utf-8")
    return extract(json.loads(text), OPERATIONS)


def check_body(operation_id: str, data: Any, status: int = 400) -> None:
    """`status` (400 unless the operation's API says otherwise) naming the field when
    `data`, the parsed body of `operation_id`, does not fit the spec's schema for it."""
    name = spec_schemas()["bodies"].get(operation_id)
    if name is None or data is None:
        return
    try:
        _check(spec_schemas()["schemas"][name], data, "", name)
    except ApiError as refused:
        if status == refused.status:
            raise
        raise error(status, refused.body["error"]) from None


def _check(schema: JSON, value: Any, path: str, owner: str) -> None:
    if value is None:
        return
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref[len(_REF) :]
        _check(spec_schemas()["schemas"][name], value, path, name)
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
