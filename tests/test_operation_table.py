"""The operation table that codegen writes is complete, and everything keyed on it names
operations that exist: one spelling per operation, the spec's operation id."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types

import fly_machines_api.api as api
import httpx
import pytest
from fly_machines_api import Client
from fly_machines_api.operations import OPERATIONS
from fly_machines_api.types import Operation

from fly_machines import ratelimit, retry
from fly_machines._engine import describe


def _operation_modules() -> list[types.ModuleType]:
    modules = []
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{tag.name}")
        for info in pkgutil.iter_modules(package.__path__):
            modules.append(importlib.import_module(f"{package.__name__}.{info.name}"))
    return modules


def test_every_generated_operation_is_in_the_table_with_its_own_facts() -> None:
    modules = _operation_modules()
    assert len(modules) == len(OPERATIONS) == 100
    for module in modules:
        operation = module.OPERATION
        assert isinstance(operation, Operation)
        assert OPERATIONS[operation.id] == operation
        assert operation.module == module.__name__


class _EmptyBody:
    def to_dict(self) -> dict[str, object]:
        return {}


def test_the_facts_match_what_the_operation_sends() -> None:
    for operation in OPERATIONS.values():
        module = importlib.import_module(operation.module)
        path_values: dict[str, object] = {name: f"v-{name}" for name in operation.path_parameters}
        parameters = inspect.signature(module._get_kwargs).parameters
        kwargs = {
            name: path_values.get(name, _EmptyBody() if name == "body" else "x")
            for name, parameter in parameters.items()
            if parameter.default is inspect.Parameter.empty
        }
        assert ("body" in parameters) == (operation.body is not None)
        sent = module._get_kwargs(**kwargs)
        assert sent["method"].upper() == operation.method
        expected = operation.path
        for name in operation.path_parameters:
            expected = expected.replace("{" + name + "}", f"v-{name}")
        assert sent["url"] == expected
        assert ("fly_machine_lease_nonce" in parameters) == operation.accepts_nonce


def test_describe_reads_the_table_not_the_code() -> None:
    from fly_machines_api.api.machines import machines_stop

    info = describe(machines_stop)
    assert (info.name, info.method, info.path, info.accepts_nonce) == (
        "Machines_stop",
        "POST",
        "/v1/apps/{app_name}/machines/{machine_id}/stop",
        True,
    )
    fake = types.ModuleType("fake")
    fake._get_kwargs = machines_stop._get_kwargs  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="not a generated"):
        describe(fake)


@pytest.mark.parametrize(
    ("table", "names"),
    [
        ("retry idempotent writes", retry._IDEMPOTENT_WRITES),
        ("retry already-done answers", set(retry._ALREADY_DONE)),
        ("rate-limit classes", set(ratelimit._PER_OPERATION)),
    ],
)
def test_retry_and_rate_limit_classes_name_real_operations(table: str, names: set[str]) -> None:
    assert names, table
    assert set(names) - set(OPERATIONS) == set(), f"{table} names unknown operations"


@pytest.mark.parametrize("operation_id", sorted(retry._ALREADY_DONE))
def test_each_already_done_answer_parses_as_its_operations_success(operation_id: str) -> None:
    # The answer stands in for the first attempt's: the operation must parse it as a success.
    # Without a body the call's value is None and nothing is parsed (_engine._attempt).
    status, body = retry._ALREADY_DONE[operation_id].answer
    operation = OPERATIONS[operation_id]
    assert status in {declared for declared, _ in operation.success}
    if body is None:
        return
    module = importlib.import_module(operation.module)
    answer = httpx.Response(status, json=body)
    parsed = module._parse_response(client=Client(base_url="http://fly.test"), response=answer)
    assert type(parsed).__name__ != "ErrorResponse"
