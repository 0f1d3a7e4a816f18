"""The two kinds of client, and calling a facade function with either.

Most tests run once with a `Client` and once with an `AsyncClient` (the `kind` fixture in
tests/conftest.py, or `@pytest.mark.parametrize("kind", KINDS)`); `run` and `run_result`
hide the difference, so a test is written once as `await run_result(client, ...)`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, Literal

from fly_machines import AsyncClient, Client, Err, FlyError, Ok, Result

Kind = Literal["sync", "async"]
KINDS: tuple[Kind, ...] = ("sync", "async")


async def run(client: Client | AsyncClient, function: Callable[..., Any], /, **kw: Any) -> Any:
    """Call a facade function (or anything taking the client first) with either client,
    awaiting what it returns when that is awaitable; no check on what comes back."""
    outcome = function(client, **kw)
    if inspect.isawaitable(outcome):
        outcome = await outcome
    return outcome


async def run_result(
    client: Client | AsyncClient, function: Callable[..., Any], /, **kw: Any
) -> Result[Any]:
    """Call a facade function with either client and return its result, checking that it
    returned an awaitable exactly when the client is async, and an `Ok` or an `Err`."""
    outcome = function(client, **kw)
    assert inspect.isawaitable(outcome) == isinstance(client, AsyncClient), outcome
    if inspect.isawaitable(outcome):
        outcome = await outcome
    assert isinstance(outcome, (Ok, Err)), outcome
    return outcome


def failure(result: Result[Any]) -> FlyError:
    """The error of an `Err`, or a test failure saying the call succeeded."""
    assert not result.ok, f"expected an Err, got {result!r}"
    return result.error


def ok_value(result: Result[Any]) -> Any:
    """The value of an `Ok`, or a test failure showing the error."""
    assert result.ok, result.error
    return result.value
