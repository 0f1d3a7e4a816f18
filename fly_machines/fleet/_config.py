"""Configs as a fleet operation sees them: each machine's target (its own config with the
run's changes merged in, by `Machines.merge_config`'s rules: `merged`), when two are the
same, and what a config says (process group, health checks). Machines and answers are
read as the API's JSON (`machine_dict`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._machine_config import merged

__all__ = [
    "checks_declared",
    "config_of",
    "machine_dict",
    "merged",
    "process_group",
    "same_config",
    "text",
]


def same_config(a: Any, b: Any) -> bool:
    """Equal, with None, empty lists and empty mappings counting as absent."""
    return bool(_plain(a) == _plain(b))


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        kept = {key: _plain(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item not in (None, [], {})}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def process_group(config: Mapping[str, Any]) -> str:
    """The machine's process group, as fly-go reads it: metadata `fly_process_group`,
    else the older `process_group`, else none ("")."""
    metadata = config.get("metadata")
    if not isinstance(metadata, Mapping):
        return ""
    group = metadata.get("fly_process_group") or metadata.get("process_group")
    return group if isinstance(group, str) else ""


def checks_declared(config: Mapping[str, Any]) -> int:
    """How many health checks the config declares: `checks`, and each service's."""
    checks = config.get("checks")
    count = len(checks) if isinstance(checks, Mapping) else 0
    for service in config.get("services") or []:
        if isinstance(service, Mapping) and isinstance(service.get("checks"), list):
            count += len(service["checks"])
    return count


def machine_dict(value: Any) -> dict[str, Any]:
    """A machine (or any answer) as the API's JSON: the generated models are read through
    their `to_dict`, so nothing here depends on how they spell an absent field."""
    plain = value.to_dict() if hasattr(value, "to_dict") else value
    return dict(plain) if isinstance(plain, Mapping) else {}


def config_of(machine: Mapping[str, Any]) -> dict[str, Any]:
    config = machine.get("config")
    return dict(config) if isinstance(config, Mapping) else {}


def text(value: object) -> str | None:
    """A non-empty string, or None."""
    return value if isinstance(value, str) and value else None
