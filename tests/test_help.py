"""help() and IDEs show each facade function as a user calls it: the client first, its
keywords, the `Result` it gives, and a docstring that says what it does, names its
parameters and what `Ok` holds."""

from __future__ import annotations

import inspect
import pydoc
import re
from typing import Any

import pytest

import fly_machines
from fly_machines._endpoint import Endpoint, endpoints_of

# Identifiers every reader knows, and the options each namespace's module documents once.
COMMON = {
    "app_name", "machine_id", "volume_id", "cluster_id", "retry", "http_timeout", "nonce",
    "create",
}  # fmt: skip


def _namespaces() -> list[type]:
    found = (getattr(fly_machines, name) for name in fly_machines.__all__)
    return [value for value in found if isinstance(value, type) and endpoints_of(value)]


FUNCTIONS = [
    pytest.param(endpoint, id=f"{namespace.__name__}.{name}")
    for namespace in _namespaces()
    for name, endpoint in endpoints_of(namespace).items()
]


@pytest.mark.parametrize("function", FUNCTIONS)
def test_the_signature_is_the_call_a_user_writes(function: Endpoint[Any, Any]) -> None:
    signature = inspect.signature(function)
    client, *keywords = signature.parameters.values()
    assert (client.name, client.kind) == ("client", inspect.Parameter.POSITIONAL_ONLY)
    assert all(p.kind in (p.KEYWORD_ONLY, p.VAR_KEYWORD) for p in keywords)
    assert str(signature.return_annotation).startswith("Result[")
    assert "Core" not in str(signature) and "Flow[" not in str(signature)


@pytest.mark.parametrize("function", FUNCTIONS)
def test_the_docstring_names_each_parameter_and_what_ok_holds(
    function: Endpoint[Any, Any],
) -> None:
    doc = inspect.getdoc(function) or ""
    assert "Ok" in doc, doc
    parameters = inspect.signature(function).parameters.values()
    keywords = {p.name for p in parameters if p.kind is p.KEYWORD_ONLY} - COMMON
    # Named as code: `name`, or with a value, `name=...`.
    unnamed = {name for name in keywords if f"`{name}`" not in doc and f"`{name}=" not in doc}
    assert unnamed == set(), doc


@pytest.mark.parametrize("namespace", _namespaces(), ids=lambda n: n.__name__)
def test_help_lists_every_function_with_its_signature(namespace: type) -> None:
    text = pydoc.plain(pydoc.render_doc(namespace))
    for name in endpoints_of(namespace):
        # Python 3.13's pydoc puts each parameter of a long signature on a line of its own
        # (after the class's " |" margin).
        assert re.search(rf"\b{name}\([\s|]*client: ", text), name
    assert "<fly_machines endpoint" not in text
