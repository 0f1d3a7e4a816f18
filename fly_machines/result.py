"""`Ok` and `Err`: the only two outcomes of a facade call.

Both are two-element tuples, so `ok, value = result` works (with `value` the `FlyError`
when `ok` is False), and both match by class: `case Ok(machine)` / `case Err(error)`.
`bool(result)` is whether the call succeeded: `if Machines.stop(...):` reads as it says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Literal, NoReturn, TypeAlias, TypeVar, Union

if TYPE_CHECKING:
    from .errors import FlyError

__all__ = ["Err", "Ok", "Result"]

T = TypeVar("T", covariant=True)


class Ok(tuple[Literal[True], T], Generic[T]):
    """A call that succeeded; `value` is what the API answered, parsed."""

    __slots__ = ()
    __match_args__ = ("value",)

    def __new__(cls, value: T) -> Ok[T]:
        return tuple.__new__(cls, (True, value))

    @property
    def ok(self) -> Literal[True]:
        return True

    @property
    def value(self) -> T:
        return self[1]

    @property
    def error(self) -> None:
        return None

    def unwrap(self) -> T:
        return self[1]

    def __bool__(self) -> Literal[True]:
        return True

    def __repr__(self) -> str:
        return f"Ok({self[1]!r})"


class Err(tuple[Literal[False], "FlyError"]):
    """A call that failed; `error` (also `value`) is the structured `FlyError`."""

    __slots__ = ()
    __match_args__ = ("error",)

    def __new__(cls, error: FlyError) -> Err:
        return tuple.__new__(cls, (False, error))

    @property
    def ok(self) -> Literal[False]:
        return False

    @property
    def value(self) -> FlyError:
        return self[1]

    @property
    def error(self) -> FlyError:
        return self[1]

    def unwrap(self) -> NoReturn:
        raise self[1]

    # A non-empty tuple is truthy; `if Machines.stop(...):` must not take the success branch.
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return f"Err({self[1]!r})"


Result: TypeAlias = Union[Ok[T], Err]  # noqa: UP007 - a runtime alias must work on 3.10
