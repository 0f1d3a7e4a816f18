"""What the facade's namespaces (`Machines`, `Apps`, `Volumes`, `Secrets`, `Orchestrator`)
share: the annotation aliases, the `Namespace` base, and `send`, which turns an endpoint's
own arguments into one generated operation's call.

A thin endpoint is its signature, its docstring and one line:

    return (yield from send(core, machines_show, locals()))

`send` maps each argument to the operation by name (path and query parameters, then
fields of the request body), so the mapping is written once, here, and an argument that
maps to nothing is a TypeError the first time the endpoint runs, never a value dropped.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Mapping
from types import ModuleType
from typing import Any, NamedTuple

import httpx
from fly_machines_api import models

from . import _validate as check
from ._engine import DEFAULT_OPTIONS, CallOptions, Flow, FlowHost, call_flow
from .result import Result
from .retry import RetryPolicy

__all__ = ["Call", "Core", "Namespace", "Retry", "Timeout", "prepare", "send"]

# The annotations every endpoint uses; `_validate.arguments_checker` reads them.
Core = FlowHost
Retry = RetryPolicy | bool | None
Timeout = float | httpx.Timeout | None


class Namespace:
    """Base of the facade's namespaces: classes that only group endpoints, never made.

    `class Secrets(Namespace, example="list")` names the function the error suggests.
    """

    _example = "get"

    def __init_subclass__(cls, *, example: str = "get", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._example = example

    def __init__(self) -> None:
        name = type(self).__name__
        raise TypeError(
            f"{name} is a namespace of functions; call {name}.{self._example}(client, ...)"
        )


class Call(NamedTuple):
    """One operation's call as `call_flow` takes it."""

    params: dict[str, Any]
    options: CallOptions
    query: dict[str, Any]


class _Shape(NamedTuple):
    """What an operation takes, from its generated module (see `_shape`)."""

    parameters: frozenset[str]  # path and query parameters
    path: frozenset[str]
    keyed: frozenset[str]  # `metadata` for the spec's `metadata.{key}` query parameter
    body: type | None  # the request body's model
    fields: frozenset[str]  # its fields
    body_optional: bool  # an empty body is then not sent at all


@functools.cache
def _shape(module: ModuleType) -> _Shape:
    import attrs  # here, with the first model: `import fly_machines` need not import it

    operation = module.OPERATION
    model = getattr(models, operation.body) if operation.body else None
    # The body's keys as the API spells them, which `from_dict` reads: codegen names the
    # attribute of a key that is a Python builtin or keyword with a trailing "_" (`type_`).
    fields = (
        frozenset(name.removesuffix("_") for name in attrs.fields_dict(model))
        - {"additional_properties"}
        if model
        else None
    )
    query = operation.query_parameters
    body = inspect.signature(module._get_kwargs).parameters.get("body")
    return _Shape(
        parameters=frozenset((*operation.path_parameters, *query)),
        path=frozenset(operation.path_parameters),
        # codegen names the spec's `metadata.{key}` parameter `metadata_key`: it takes a
        # mapping, one query parameter an item, which the generated function cannot send.
        keyed=frozenset(name.removesuffix("_key") for name in query if name.endswith("_key")),
        body=model,
        fields=fields or frozenset(),
        body_optional=body is not None and body.default is not inspect.Parameter.empty,
    )


_OPTIONS = CallOptions._fields  # nonce, retry, http_timeout
# Where an endpoint's argument goes (see _routes).
_SKIP, _PARAM, _CHECKED_PARAM, _KEYED, _FIELD = range(5)


@functools.cache
def _routes(
    module: ModuleType, arguments: tuple[str, ...], renamed: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str, int], ...]:
    """Each argument of an endpoint (`locals()` of its function: the same names on every
    call) with the operation's name for it and where it goes, worked out once per
    endpoint: a path or query parameter (checked as a path segment under the caller's
    name when renamed onto a path parameter), a `metadata.{key}` mapping, a field of the
    body, or nothing (`core` and the call's options). An argument that is none of these is
    a TypeError: the endpoint is wrong, and a user's value must not be dropped unsaid."""
    shape = _shape(module)
    rename = dict(renamed)
    routes = []
    for argument in arguments:
        if argument == "core" or argument in _OPTIONS:
            routes.append((argument, argument, _SKIP))
            continue
        name = rename.get(argument, argument)
        if name in shape.parameters:
            checked = name != argument and name in shape.path
            routes.append((argument, name, _CHECKED_PARAM if checked else _PARAM))
        elif name in shape.keyed:
            routes.append((argument, name, _KEYED))
        elif name in shape.fields:
            routes.append((argument, name, _FIELD))
        else:
            raise TypeError(f"{module.__name__} has no parameter or body field {name!r}")
    return tuple(routes)


def prepare(
    module: ModuleType,
    arguments: Mapping[str, Any],
    /,
    *,
    rename: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Call:
    """An endpoint's arguments (`locals()`, `core` included) as a call of `module`.

    `overrides` replace arguments by converted values (a signal's name for its number);
    `rename` maps a keyword to the operation's name for it (Secrets' `name` is the path's
    `secret_name`); a renamed path parameter is checked under the caller's keyword. None
    means "not given" and is dropped. `nonce`, `retry` and `http_timeout` are the call's
    options; the rest are parameters, or fields of the request body when the operation
    takes one (built with `check.model_from`, so a shape error is an invalid argument).
    An argument that is none of these, or an override of no argument, is a TypeError:
    the endpoint is wrong, and a user's value must not be dropped without a word.
    """
    if overrides:
        if not overrides.keys() <= arguments.keys():
            unknown = sorted(overrides.keys() - arguments.keys())
            raise TypeError(f"overrides {unknown} replace no argument of the endpoint")
        arguments = {**arguments, **overrides}
    routes = _routes(module, tuple(arguments), tuple(rename.items()) if rename else ())
    nonce = arguments.get("nonce")
    retry = arguments.get("retry")
    http_timeout = arguments.get("http_timeout")
    options = (
        DEFAULT_OPTIONS
        if nonce is None and retry is None and http_timeout is None
        else CallOptions(nonce, retry, http_timeout)
    )
    params: dict[str, Any] = {}
    keyed: dict[str, Mapping[str, Any]] = {}
    fields: dict[str, Any] = {}
    first_field = "body"  # what a body that does not fit is named by: `config` for a machine
    for argument, name, route in routes:
        if route == _SKIP:
            continue
        value = arguments[argument]
        if value is None:
            continue  # not given
        if route == _PARAM:
            params[name] = value
        elif route == _CHECKED_PARAM:
            params[name] = check.name(argument, value)
        elif route == _FIELD:
            if not fields:
                first_field = argument
            fields[name] = value
        else:
            keyed[name] = value
    query = (
        {f"{name}.{key}": item for name, items in keyed.items() for key, item in items.items()}
        if keyed
        else {}
    )
    shape = _shape(module)
    if shape.body is not None and (fields or not shape.body_optional):
        params["body"] = check.model_from(first_field, shape.body, fields)
    return Call(params, options, query)


def send(
    core: Core,
    module: ModuleType,
    arguments: Mapping[str, Any],
    /,
    *,
    rename: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Flow[Result[Any]]:
    """Send `module`'s operation with an endpoint's arguments (see `prepare`): the flow
    of the call (a function that returns it, not a flow of its own, which would be one
    generator more for every effect and answer to pass through)."""
    call = prepare(module, arguments, rename=rename, **overrides)
    return call_flow(core, module, call.params, call.options, query=call.query)
