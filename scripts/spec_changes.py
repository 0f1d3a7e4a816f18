"""Compare two OpenAPI documents the way an API user would: what changed on the wire.

Used by scripts/update_spec.py for its change report. Operations are matched by
operationId; their parameters, request bodies and responses are compared by the shape of
their schemas with $refs resolved, and models (components/schemas) by their field names.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# A changed schema can differ in hundreds of nested fields; past this many lines per
# schema the report says how many more there are instead of listing them.
MAX_FIELD_LINES = 12
# Recursive schemas are cut at the first repeat; this bounds pathological nesting too.
MAX_SCHEMA_DEPTH = 24


# ---------------------------------------------------------------------------
# Schema shapes: a schema, $refs resolved, flattened to {field path: Shape}.
# Descriptions, examples and component names are not part of a shape, so rewording a
# description or moving an inline schema into components is not reported as a change.


@dataclass(frozen=True)
class Shape:
    type: str
    enum: tuple[str, ...] = ()
    required: bool = False

    def __str__(self) -> str:
        text = self.type
        if self.enum:
            text += " enum[" + ", ".join(self.enum) + "]"
        return text + (" (required)" if self.required else "")


def resolve(spec: Mapping[str, Any], node: Any) -> tuple[Any, str | None]:
    """Follow local $refs; return the target and the last component name on the way."""
    name = None
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            return {"type": f"unresolved {ref}"}, name
        seen.add(ref)
        target: Any = spec
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, Mapping) or token not in target:
                return {"type": f"unresolved {ref}"}, name
            target = target[token]
        name, node = token, target
    return node, name


def _type_text(schema: Mapping[str, Any]) -> str:
    declared = schema.get("type")
    types = [str(t) for t in declared] if isinstance(declared, list) else []
    if isinstance(declared, str):
        types = [declared]
    nullable = "null" in types or schema.get("nullable") is True
    types = [t for t in types if t != "null"]
    text = "|".join(types)
    if not text:
        text = next((k for k in ("oneOf", "anyOf") if k in schema), "any")
    if "format" in schema:
        text += f"({schema['format']})"
    return text + ("|null" if nullable else "")


class SchemaFlattener:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec

    def fields(self, schema: Any) -> dict[str, Shape]:
        out: dict[str, Shape] = {}
        self._walk(schema, "", False, (), out)
        return out

    def properties(self, schema: Any) -> dict[str, Any]:
        """A schema's own fields, including those it takes from allOf parts."""
        return self._merge(schema, ())[1]

    def _merge(
        self, schema: Any, stack: tuple[str, ...]
    ) -> tuple[dict[str, Any], dict[str, Any], set[str], set[str]]:
        """(keywords, properties, required, component names) of a schema, allOf folded in."""
        schema, name = resolve(self.spec, schema)
        if not isinstance(schema, Mapping):
            return {}, {}, set(), set()
        names = {name} if name else set()
        keywords = {k: v for k, v in schema.items() if k not in ("allOf", "properties")}
        properties = dict(schema.get("properties") or {})
        required = set(schema.get("required") or [])
        for part in schema.get("allOf") or []:
            _, part_name = resolve(self.spec, part)
            if part_name in stack:
                names.add(part_name)  # recursion through allOf: _walk stops here
                continue
            if part_name in names:
                continue
            more = self._merge(part, (*stack, *names))
            for key, value in more[0].items():
                keywords.setdefault(key, value)
            for key, value in more[1].items():
                properties.setdefault(key, value)
            required |= more[2]
            names |= more[3]
        return keywords, properties, required, names

    def _walk(
        self,
        schema: Any,
        path: str,
        required: bool,
        stack: tuple[str, ...],
        out: dict[str, Shape],
    ) -> None:
        keywords, properties, required_names, names = self._merge(schema, stack)
        repeated = sorted(names & set(stack))
        if repeated or len(stack) > MAX_SCHEMA_DEPTH:
            out[path] = Shape(f"(recursive {', '.join(repeated) or '...'})", required=required)
            return
        stack = (*stack, *sorted(names))
        enum = tuple(sorted(str(v) for v in keywords.get("enum") or []))
        out[path] = Shape(_type_text(keywords), enum, required)
        for prop in sorted(properties):
            child = f"{path}.{prop}" if path else prop
            self._walk(properties[prop], child, prop in required_names, stack, out)
        if "items" in keywords:
            self._walk(keywords["items"], f"{path}[]", False, stack, out)
        if isinstance(keywords.get("additionalProperties"), Mapping):
            self._walk(keywords["additionalProperties"], f"{path}{{*}}", False, stack, out)
        for keyword in ("oneOf", "anyOf"):
            for number, alternative in enumerate(keywords.get(keyword) or [], start=1):
                self._walk(alternative, f"{path}<{keyword} {number}>", False, stack, out)


def _label(path: str) -> str:
    return path or "(whole schema)"


# What joins a field path to a nested one: "a.b", "a[]", "a{*}", "a<oneOf 1>".
_NESTING = (".", "[", "{", "<")


def _is_under(path: str, ancestor: str) -> bool:
    if not ancestor:
        return bool(path)
    return path.startswith(ancestor) and path[len(ancestor) : len(ancestor) + 1] in _NESTING


def shape_changes(old: dict[str, Shape], new: dict[str, Shape]) -> list[str]:
    """Field-by-field differences; an added or removed subtree is one line, not one per field."""
    lines: list[tuple[str, str]] = []
    for sign, mine, theirs in (("+", new, old), ("-", old, new)):
        gone = sorted(set(mine) - set(theirs))
        tops = [p for p in gone if not any(_is_under(p, q) for q in gone)]
        for top in tops:
            nested = sum(1 for p in gone if _is_under(p, top))
            extra = f" ({nested} nested fields)" if nested else ""
            lines.append((top, f"{sign} {_label(top)}: {mine[top]}{extra}"))
    for path in sorted(set(old) & set(new)):
        before, after = old[path], new[path]
        if before == after:
            continue
        if before.type == after.type and before.required == after.required:
            added = sorted(set(after.enum) - set(before.enum))
            removed = sorted(set(before.enum) - set(after.enum))
            detail = ", ".join(
                part
                for part in (
                    "added " + ", ".join(added) if added else "",
                    "removed " + ", ".join(removed) if removed else "",
                )
                if part
            )
            lines.append((path, f"~ {_label(path)}: enum values {detail}"))
        else:
            lines.append((path, f"~ {_label(path)}: {before} -> {after}"))
    # Shallow fields first: a changed top-level field matters more than a deep one, and
    # the report may cut the list short.
    lines.sort(key=lambda entry: _depth(entry[0]))
    return [line for _, line in lines]


def _depth(path: str) -> int:
    return sum(path.count(mark) for mark in _NESTING)


# ---------------------------------------------------------------------------
# Operations


@dataclass(frozen=True)
class Operation:
    key: str  # the operationId, or "METHOD path" when there is none
    method: str
    route: str  # the path as called: the server's base path plus the spec's path
    body: Mapping[str, Any]
    parameters: tuple[Any, ...]


def _base_path(spec: Mapping[str, Any]) -> str:
    servers = spec.get("servers") or [{}]
    return urlsplit(str(servers[0].get("url", ""))).path.rstrip("/")


def operations(spec: Mapping[str, Any]) -> dict[str, Operation]:
    found = {}
    base = _base_path(spec)
    for path, item in (spec.get("paths") or {}).items():
        item, _ = resolve(spec, item)
        for method in HTTP_METHODS:
            body = item.get(method)
            if not isinstance(body, Mapping):
                continue
            route = base + str(path)
            key = str(body.get("operationId") or f"{method.upper()} {route}")
            shared = tuple(item.get("parameters") or ())
            found[key] = Operation(
                key, method.upper(), route, body, shared + tuple(body.get("parameters") or ())
            )
    return found


class OperationComparer:
    def __init__(self, old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]) -> None:
        self.old = SchemaFlattener(old_spec)
        self.new = SchemaFlattener(new_spec)

    def changes(self, before: Operation, after: Operation) -> list[str]:
        lines = []
        if (before.method, before.route) != (after.method, after.route):
            lines.append(f"route: {before.method} {before.route} -> {after.method} {after.route}")
        lines += self._parameters(before, after)
        lines += self._request_body(before, after)
        lines += self._responses(before, after)
        return lines

    def _parameter_map(self, flattener: SchemaFlattener, op: Operation) -> dict[str, Any]:
        params: dict[str, Any] = {}
        for raw in op.parameters:
            param, _ = resolve(flattener.spec, raw)
            if isinstance(param, Mapping):
                where = str(param.get("in"))
                name = str(param.get("name"))
                # Header names are case-insensitive on the wire.
                params[f"{where} {name.lower() if where == 'header' else name}"] = param
        return params

    def _parameters(self, before: Operation, after: Operation) -> list[str]:
        old = self._parameter_map(self.old, before)
        new = self._parameter_map(self.new, after)
        lines = []
        for key in sorted(set(new) - set(old)):
            lines.append(f"+ parameter {key}: {self._parameter_shape(self.new, new[key])}")
        for key in sorted(set(old) - set(new)):
            lines.append(f"- parameter {key}")
        for key in sorted(set(old) & set(new)):
            was = self._parameter_shape(self.old, old[key])
            now = self._parameter_shape(self.new, new[key])
            if was != now:
                lines.append(f"~ parameter {key}: {was} -> {now}")
        return lines

    @staticmethod
    def _parameter_shape(flattener: SchemaFlattener, param: Mapping[str, Any]) -> str:
        fields = flattener.fields(param.get("schema", {}))
        text = str(fields[""])
        if "[]" in fields:
            text += f" of {fields['[]']}"
        return text + (" (required)" if param.get("required") else "")

    def _content_changes(
        self, what: str, old: Mapping[str, Any], new: Mapping[str, Any]
    ) -> list[str]:
        lines = []
        old_content = old.get("content") or {}
        new_content = new.get("content") or {}
        for media in sorted(set(new_content) - set(old_content)):
            lines.append(f"+ {what} {media}: {self._root(self.new, new_content[media])}")
        for media in sorted(set(old_content) - set(new_content)):
            lines.append(f"- {what} {media}")
        for media in sorted(set(old_content) & set(new_content)):
            detail = shape_changes(
                self.old.fields((old_content[media] or {}).get("schema", {})),
                self.new.fields((new_content[media] or {}).get("schema", {})),
            )
            if detail:
                lines.append(f"~ {what} {media}:")
                lines += [f"    {line}" for line in _limited(detail)]
        return lines

    @staticmethod
    def _root(flattener: SchemaFlattener, media: Any) -> str:
        schema = (media or {}).get("schema", {})
        _, name = resolve(flattener.spec, schema)
        shape = flattener.fields(schema)[""]
        return f"{name} ({shape})" if name else str(shape)

    def _request_body(self, before: Operation, after: Operation) -> list[str]:
        old, _ = resolve(self.old.spec, before.body.get("requestBody"))
        new, _ = resolve(self.new.spec, after.body.get("requestBody"))
        if old is None and new is None:
            return []
        if old is None:
            return [f"+ request body {media}" for media in sorted(new.get("content") or {})]
        if new is None:
            return ["- request body"]
        lines = []
        was_required, now_required = bool(old.get("required")), bool(new.get("required"))
        if was_required != now_required:
            lines.append(f"~ request body required: {was_required} -> {now_required}")
        return lines + self._content_changes("request body", old, new)

    def _responses(self, before: Operation, after: Operation) -> list[str]:
        old = {str(k): v for k, v in (before.body.get("responses") or {}).items()}
        new = {str(k): v for k, v in (after.body.get("responses") or {}).items()}
        lines = []
        for status in sorted(set(old) | set(new)):
            if status not in new:
                lines.append(f"- response {status}")
                continue
            now, _ = resolve(self.new.spec, new[status])
            if status not in old:
                content = sorted((now.get("content") or {}).items())
                body = ", ".join(f"{media} {self._root(self.new, m)}" for media, m in content)
                lines.append(f"+ response {status}: {body or '(no body)'}")
                continue
            was, _ = resolve(self.old.spec, old[status])
            lines += self._content_changes(f"response {status}", was, now)
        return lines


def _limited(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_FIELD_LINES:
        return lines
    return [*lines[:MAX_FIELD_LINES], f"... and {len(lines) - MAX_FIELD_LINES} more"]


# ---------------------------------------------------------------------------
# The report


@dataclass
class ApiChanges:
    old_label: str
    new_label: str
    old_summary: str
    new_summary: str
    added: list[Operation] = field(default_factory=list)
    removed: list[Operation] = field(default_factory=list)
    changed: dict[str, tuple[Operation, list[str]]] = field(default_factory=dict)
    unchanged: int = 0
    models_added: list[str] = field(default_factory=list)
    models_removed: list[str] = field(default_factory=list)
    models_changed: dict[str, list[str]] = field(default_factory=dict)


def _summary(spec: Mapping[str, Any]) -> str:
    info = spec.get("info") or {}
    servers = ", ".join(str(s.get("url")) for s in spec.get("servers") or [])
    models = len((spec.get("components") or {}).get("schemas") or {})
    return (
        f"OpenAPI {spec.get('openapi')}, API version {info.get('version', '?')}, "
        f"{len(operations(spec))} operations, {models} models, server {servers or '(none)'}"
    )


def compare(
    old_spec: Mapping[str, Any], new_spec: Mapping[str, Any], old_label: str, new_label: str
) -> ApiChanges:
    changes = ApiChanges(old_label, new_label, _summary(old_spec), _summary(new_spec))
    old_ops, new_ops = operations(old_spec), operations(new_spec)
    changes.added = [new_ops[k] for k in sorted(set(new_ops) - set(old_ops))]
    changes.removed = [old_ops[k] for k in sorted(set(old_ops) - set(new_ops))]
    comparer = OperationComparer(old_spec, new_spec)
    for key in sorted(set(old_ops) & set(new_ops)):
        detail = comparer.changes(old_ops[key], new_ops[key])
        if detail:
            changes.changed[key] = (new_ops[key], detail)
        else:
            changes.unchanged += 1

    old_models = (old_spec.get("components") or {}).get("schemas") or {}
    new_models = (new_spec.get("components") or {}).get("schemas") or {}
    changes.models_added = sorted(set(new_models) - set(old_models))
    changes.models_removed = sorted(set(old_models) - set(new_models))
    for name in sorted(set(old_models) & set(new_models)):
        before = comparer.old.properties(old_models[name])
        after = comparer.new.properties(new_models[name])
        lines = []
        if set(after) - set(before):
            lines.append("+ " + ", ".join(sorted(set(after) - set(before))))
        if set(before) - set(after):
            lines.append("- " + ", ".join(sorted(set(before) - set(after))))
        if lines:
            changes.models_changed[name] = lines
    return changes


def _wrapped(names: list[str], width: int = 96) -> Iterator[str]:
    line = ""
    for name in names:
        if line and len(line) + len(name) + 2 > width:
            yield line + ","
            line = ""
        line = f"{line}, {name}" if line else name
    if line:
        yield line


def render(changes: ApiChanges) -> str:
    out = [
        "API change report",
        f"  from: {changes.old_label}",
        f"        {changes.old_summary}",
        f"  to:   {changes.new_label}",
        f"        {changes.new_summary}",
        "",
        f"Operations: {len(changes.added)} added, {len(changes.removed)} removed, "
        f"{len(changes.changed)} changed, {changes.unchanged} unchanged",
        f"Models: {len(changes.models_added)} added, {len(changes.models_removed)} removed, "
        f"{len(changes.models_changed)} with fields added or removed",
    ]
    width = max((len(op.key) for op in [*changes.added, *changes.removed]), default=0)
    for title, ops, sign in (
        ("Operations added", changes.added, "+"),
        ("Operations removed", changes.removed, "-"),
    ):
        if ops:
            out += ["", f"{title} ({len(ops)}):"]
            out += [f"  {sign} {op.key:<{width}}  {op.method:<6} {op.route}" for op in ops]
    if changes.changed:
        out += ["", f"Operations changed ({len(changes.changed)}):"]
        for key, (op, lines) in changes.changed.items():
            out.append(f"  ~ {key}  {op.method} {op.route}")
            out += [f"      {line}" for line in lines]
    for title, names in (
        ("Models added", changes.models_added),
        ("Models removed", changes.models_removed),
    ):
        if names:
            out += ["", f"{title} ({len(names)}):"]
            out += [f"  {line}" for line in _wrapped(names)]
    if changes.models_changed:
        out += ["", f"Models with fields added or removed ({len(changes.models_changed)}):"]
        for name, lines in changes.models_changed.items():
            out.append(f"  ~ {name}: " + "; ".join(lines))
    return "\n".join(out)
