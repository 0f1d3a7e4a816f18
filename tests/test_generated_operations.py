"""Every operation of the patched spec is in the generated package, callable four ways."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
from typing import Any

import fly_machines_api.api
import pytest
from openapi_python_client.utils import snake_case
from support.project import PATCHED_SPEC

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec_operations() -> dict[str, tuple[str, str, str]]:
    """operationId -> (tag, method, path) from the spec the package was generated from."""
    spec = json.loads(PATCHED_SPEC.read_text())
    found = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                operation: dict[str, Any] = item[method]
                found[operation["operationId"]] = (operation["tags"][0], method, path)
    return found


OPERATIONS = spec_operations()


def generated_modules() -> set[str]:
    names = set()
    for tag in pkgutil.iter_modules(fly_machines_api.api.__path__):
        package = importlib.import_module(f"fly_machines_api.api.{tag.name}")
        names |= {f"{tag.name}.{module.name}" for module in pkgutil.iter_modules(package.__path__)}
    return names


def module_name(operation_id: str) -> str:
    # The generator's own naming rule, so this test follows it rather than guessing it.
    tag = OPERATIONS[operation_id][0]
    return f"{snake_case(tag)}.{snake_case(operation_id)}"


def test_the_spec_has_the_100_operations_of_the_pinned_version() -> None:
    assert len(OPERATIONS) == 100
    assert {tag for tag, _, _ in OPERATIONS.values()} == {
        "Apps",
        "Machines",
        "Organizations",
        "Platform",
        "Postgres Clusters",
        "Secrets",
        "TLS Certificates",
        "Tokens",
        "Volumes",
    }


def test_one_module_per_operation_and_no_others() -> None:
    assert generated_modules() == {module_name(op) for op in OPERATIONS}


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_module_has_all_four_functions_for_its_route(operation_id: str) -> None:
    _, method, path = OPERATIONS[operation_id]
    module = importlib.import_module(f"fly_machines_api.api.{module_name(operation_id)}")
    for name in ("sync", "sync_detailed"):
        function = getattr(module, name)
        assert inspect.isfunction(function) and not inspect.iscoroutinefunction(function)
    for name in ("asyncio", "asyncio_detailed"):
        assert inspect.iscoroutinefunction(getattr(module, name))
    # The module calls this operation's route, not another one's.
    source = inspect.getsource(module._get_kwargs)
    assert f'"method": "{method}"' in source
    assert re.search(rf'"url": "{re.escape(path)}"', source), f"{path} not in {source}"
