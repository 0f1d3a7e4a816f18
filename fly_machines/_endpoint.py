"""`Endpoint`: one flow-building function, callable with a `Client` or an `AsyncClient`.

Each facade function is written once, as a generator that builds its flow. Decorated
with `@endpoint`, it is called as `Machines.get(client, app_name=..., machine_id=...)`:
with a `Client` it returns the `Result`, with an `AsyncClient` an awaitable of it. The
overloads here are what give type checkers that distinction, for every function at once.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Generator, Mapping
from types import CodeType, FunctionType, ModuleType
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    Literal,
    ParamSpec,
    TypeVar,
    overload,
)

import httpx

from ._client import AsyncClient, Client
from ._engine import CallOptions, Flow, FlowHost, call_flow, describe
from ._validate import InvalidArgument, arguments_checker
from .result import Err, Result
from .retry import RetryPolicy

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["Endpoint", "call", "endpoint", "endpoints_of"]

P = ParamSpec("P")
R = TypeVar("R")

Builder = Callable[Concatenate[FlowHost, P], Flow[Result[R]]]


class Endpoint(Generic[P, R]):
    def __init__(self, build: Builder[P, R]) -> None:
        self._build = build
        self._checker: Callable[[Mapping[str, object]], None] | None = None
        functools.update_wrapper(self, build)

    # A descriptor, so help(Machines) and IDEs list each endpoint as a function of its
    # namespace (pydoc shows a plain object as "data"); it binds to nothing.
    def __get__(self, instance: object, owner: type | None = None) -> Self:
        return self

    @functools.cached_property
    def __signature__(self) -> inspect.Signature:
        """The call as a user writes it: the client first, then the keywords; the
        `Result` it gives (an awaitable of it with an `AsyncClient`)."""
        built = inspect.signature(self._build)
        _core, *keywords = built.parameters.values()
        # The annotation aliases of _namespace, spelled out for a reader of help().
        keywords = [
            p.replace(annotation=_SPELLED.get(p.annotation, p.annotation)) for p in keywords
        ]
        client = inspect.Parameter(
            "client", inspect.Parameter.POSITIONAL_ONLY, annotation="Client | AsyncClient"
        )
        returned = built.return_annotation
        if isinstance(returned, str) and returned.startswith("Flow[") and returned.endswith("]"):
            returned = returned[len("Flow[") : -1]
        return built.replace(parameters=[client, *keywords], return_annotation=returned)

    def _check(self, kwargs: Mapping[str, object]) -> None:
        # Built on first use: resolving annotations at import would slow `import fly_machines`.
        if self._checker is None:
            self._checker = arguments_checker(self._build)
        self._checker(kwargs)

    @overload
    def __call__(self, client: Client, /, *args: P.args, **kwargs: P.kwargs) -> Result[R]: ...
    @overload
    def __call__(
        self, client: AsyncClient, /, *args: P.args, **kwargs: P.kwargs
    ) -> Awaitable[Result[R]]: ...
    def __call__(
        self, client: Client | AsyncClient, /, *args: P.args, **kwargs: P.kwargs
    ) -> Result[R] | Awaitable[Result[R]]:
        if not isinstance(client, (Client, AsyncClient)):
            raise TypeError(
                f"the first argument must be a fly_machines.Client or AsyncClient"
                f" (see fly_machines.attach), not {type(client).__name__}"
            )
        # Binding the arguments here makes a missing keyword a TypeError at the call.
        flow = _rejecting_invalid(self._build(client, *args, **kwargs), self._check, kwargs)
        return client.drive(flow)

    def flow(self, core: FlowHost, /, *args: P.args, **kwargs: P.kwargs) -> Flow[Result[R]]:
        """This call as a flow, for composing it inside other flows (orchestration)."""
        return _rejecting_invalid(self._build(core, *args, **kwargs), self._check, kwargs)

    @functools.cached_property
    def operations(self) -> frozenset[str]:
        """The ids of the API operations this function can send, read from its code: the
        generated operation modules it names, and those of the library's functions and
        endpoints it calls. The coverage table (docs/coverage.md) is made of these."""
        return _operations_named(self._build, set())

    @functools.cached_property
    def own_operations(self) -> frozenset[str]:
        """What this function is the function for: the operations its own code names (not
        those it sends on the way, as `create` looks for a same-named machine), or, when
        it names none, those of the helper functions it calls (`wait` is `wait_flow`'s
        loop), never those of other endpoints it composes."""
        own = _operations_named(self._build, set(), follow="none")
        return own or _operations_named(self._build, set(), follow="helpers")

    def __repr__(self) -> str:
        return f"<fly_machines endpoint {getattr(self._build, '__qualname__', '?')}>"


def endpoints_of(namespace: type) -> dict[str, Endpoint[Any, Any]]:
    """A namespace's endpoints by name, its own and those of the classes it is made of."""
    found: dict[str, Endpoint[Any, Any]] = {}
    for cls in reversed(namespace.__mro__):
        found.update({k: v for k, v in vars(cls).items() if isinstance(v, Endpoint)})
    return found


def _operations_named(
    function: Callable[..., Any],
    seen: set[int],
    follow: Literal["all", "helpers", "none"] = "all",
) -> frozenset[str]:
    if id(function) in seen or not isinstance(function, FunctionType):
        return frozenset()
    seen.add(id(function))
    named: set[str] = set()
    codes: list[CodeType] = [function.__code__]
    while codes:  # the function's code and the code of what it defines (inner generators)
        code = codes.pop()
        codes.extend(const for const in code.co_consts if isinstance(const, CodeType))
        for name in code.co_names:
            value = function.__globals__.get(name)
            if isinstance(value, ModuleType) and hasattr(value, "OPERATION"):
                named.add(value.OPERATION.id)
            elif follow == "none":
                continue
            elif isinstance(value, FunctionType) and value.__module__.startswith(__package__):
                named |= _operations_named(value, seen, follow)
            elif follow == "helpers":
                continue
            elif isinstance(value, Endpoint):
                named |= value.operations
            elif isinstance(value, type):  # a namespace: `Machines.create.flow(...)`
                for attribute in code.co_names:
                    member = getattr(value, attribute, None)
                    if isinstance(member, Endpoint):
                        named |= member.operations
    return frozenset(named)


_SPELLED = {"Retry": "RetryPolicy | bool | None", "Timeout": "float | httpx.Timeout | None"}


def endpoint(build: Builder[P, R]) -> Endpoint[P, R]:
    return Endpoint(build)


def _rejecting_invalid(
    flow: Flow[Result[R]],
    check: Callable[[Mapping[str, object]], None] | None = None,
    arguments: Mapping[str, object] | None = None,
) -> Generator[Any, Any, Result[R]]:
    """Check the arguments against the function's annotations, then run its flow; an
    argument rejected by either (before anything is sent) becomes an `Err`."""
    try:
        if check is not None and arguments:
            check(arguments)
        return (yield from flow)
    except InvalidArgument as rejected:
        flow.close()
        return Err(rejected.error)


@overload
def call(
    client: Client,
    operation: ModuleType,
    /,
    *,
    nonce: str | None = None,
    retry: RetryPolicy | bool | None = None,
    http_timeout: float | httpx.Timeout | None = None,
    **params: Any,
) -> Result[Any]: ...
@overload
def call(
    client: AsyncClient,
    operation: ModuleType,
    /,
    *,
    nonce: str | None = None,
    retry: RetryPolicy | bool | None = None,
    http_timeout: float | httpx.Timeout | None = None,
    **params: Any,
) -> Awaitable[Result[Any]]: ...
def call(
    client: Client | AsyncClient,
    operation: ModuleType,
    /,
    *,
    nonce: str | None = None,
    retry: RetryPolicy | bool | None = None,
    http_timeout: float | httpx.Timeout | None = None,
    **params: Any,
) -> Result[Any] | Awaitable[Result[Any]]:
    """Run any generated operation through the facade's request path.

    `fly_machines.call(client, apps_show, app_name="my-app")` gets the same retries,
    telemetry and `Ok`/`Err` normalisation as the named functions, for the operations
    they do not cover. `params` are the generated function's own keyword arguments.
    """
    if not isinstance(client, (Client, AsyncClient)):
        raise TypeError(f"the first argument must be a fly_machines client, not {client!r}")
    describe(operation)  # a TypeError now if it is not a generated operation
    options = CallOptions(nonce=nonce, retry=retry, http_timeout=http_timeout)
    given = {key: value for key, value in params.items() if value is not None}
    flow = call_flow(client, operation, params, options)
    return client.drive(_rejecting_invalid(flow, _operation_checker(operation), given))


@functools.cache
def _operation_checker(operation: ModuleType) -> Callable[[Mapping[str, object]], None]:
    return arguments_checker(operation._get_kwargs)
