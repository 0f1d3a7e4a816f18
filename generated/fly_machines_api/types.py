"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from enum import Enum, IntEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NamedTuple, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    # fly-machines template change: models print UNSET rather than an object address.
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


# fly-machines template change: the facts of one operation, as data. Each operation module
# has one as OPERATION, each tag package lists its own in OPERATIONS, and
# fly_machines_api.operations gathers them all by operation id.
class Operation(NamedTuple):
    id: str  # the spec's operationId, e.g. "Machines_show"
    method: str  # "GET", "POST", ...
    path: str  # the path template, e.g. "/v1/apps/{app_name}/machines/{machine_id}"
    module: str  # the generated module that sends it
    path_parameters: tuple[str, ...]
    query_parameters: tuple[str, ...]
    accepts_nonce: bool  # takes the fly-machine-lease-nonce header
    body: str | None  # the request body's model, if any
    success: tuple[tuple[int, str], ...]  # (status, type) of each success answer


# fly-machines template change: a path parameter is one percent-encoded segment that can
# never change which operation a request reaches. Quoting with safe="" encodes "/", but
# "." and ".." are unreserved characters that stay as they are, and httpx (like any URL
# normaliser) then removes them as dot segments: machine_id=".." on DELETE
# /v1/apps/{app}/machines/{machine_id} would delete the app. An empty value makes "//",
# which servers may collapse, and a huge one an invalid URL. All are refused here.
_UNSAFE_SEGMENTS = ("", ".", "..")
MAX_SEGMENT_LENGTH = 4096


class PathParameterError(ValueError):
    """A path parameter that cannot be sent as one segment; the message names it."""


def path_segment(name: str, value: Any) -> str:
    """`value` as one path segment, or PathParameterError naming the parameter."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise PathParameterError(
            f"path parameter {name} must be a string, not {type(value).__name__}"
        )
    text = str(value)
    if text in _UNSAFE_SEGMENTS:
        raise PathParameterError(
            f"path parameter {name}={text!r} is not allowed:"
            " it would change which operation the request reaches"
        )
    segment = quote(text, safe="")
    if len(segment) > MAX_SEGMENT_LENGTH:
        raise PathParameterError(
            f"path parameter {name} is too long ({len(text)} characters;"
            f" at most {MAX_SEGMENT_LENGTH} once percent-encoded)"
        )
    return segment


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


# fly-machines template change: the Machines API adds enum values without notice, so an
# enum built from a value the pinned spec does not list keeps that value (as an instance
# of the enum whose .value and str() are the raw value) instead of raising ValueError.
class OpenStrEnum(str, Enum):
    """A string enum that accepts values it does not list."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(IntEnum):
    """An integer enum that accepts values it does not list."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        unknown = int.__new__(cls, value)
        unknown._name_ = str(value)
        unknown._value_ = value
        return unknown

    def __str__(self) -> str:
        return str(self.value)


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "OpenIntEnum",
    "OpenStrEnum",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
]
