"""Contains some shared types for properties"""

import datetime
import re
import threading
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum, IntEnum
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, NamedTuple, TypeVar, cast
from urllib.parse import quote


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    # fly-machines template change: models print UNSET rather than an object address.
    def __repr__(self) -> str:
        return "UNSET"

    # fly-machines template change: UNSET stays the one UNSET through copies and pickles
    # (models test `value is not UNSET`: a copied model would send a copy as a value).
    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self


UNSET: Unset = Unset()


# fly-machines template change: how a model reports an answer without a field the patched
# spec marks required (a field the live API always sends; spec/patches say why, and where
# that is documented). from_dict raises this rather than building a model whose plain
# `str` field would hold nothing. It is a KeyError (a key the answer must have is missing),
# and the fly_machines facade turns it into Err(kind="decode") naming the same two things.
class MissingFieldError(KeyError):
    """An answer lacks a field the API always sends: `model` (the model's class name) and
    `field` (the JSON key) say which."""

    def __init__(self, model: str, field: str) -> None:
        super().__init__(field)
        self.model = model
        self.field = field

    def __str__(self) -> str:
        return (
            f"{self.model} has no {self.field!r}: the answer lacks a field the API always"
            " sends (marked required in the patched spec)"
        )

    @classmethod
    def first_of(
        cls, model: str, required: tuple[str, ...], data: Mapping[str, Any]
    ) -> "MissingFieldError | None":
        """The error for the first of `required` that `data` lacks (None: it lacks none)."""
        missing = next((name for name in required if name not in data), None)
        return None if missing is None else cls(model, missing)


# fly-machines template change: timestamps as aware datetimes. `format: date-time` (RFC 3339
# text) is read by datetime.fromisoformat, thirty times faster than dateutil's isoparse,
# which reads only what it cannot (on Python 3.10, a "Z" or a fraction of other than 3 or 6
# digits). An integer with `format: unixtime` counts seconds since the Unix epoch and one
# with `unixtime-ms` milliseconds; both convert exactly, both ways. The latest conversions
# are kept (_Conversions): looking one up costs a tenth of making it.
_UTC = datetime.timezone.utc
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=_UTC)
_SECOND = datetime.timedelta(seconds=1)
_MILLISECOND = datetime.timedelta(milliseconds=1)
# Within these the epoch plus the value is a datetime (1970 +/- 1900 years: years 70 to 3870).
_MAX_SECONDS = 1900 * 365 * 86400
_MAX_MILLISECONDS = _MAX_SECONDS * 1000


def format_datetime(moment: datetime.datetime) -> str:
    """A datetime as RFC 3339 text, UTC written "Z" as the API writes it (a naive datetime
    is taken as UTC)."""
    text = _aware(moment).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _from_epoch(value: Any, unit: datetime.timedelta) -> datetime.datetime:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"a Unix timestamp must be a number, not {type(value).__name__}")
    try:
        return _EPOCH + unit * value
    except (OverflowError, ValueError) as exc:  # NaN, or beyond year 9999
        raise ValueError(f"the Unix timestamp {value!r} is out of range") from exc


def _parse_datetime(value: Any) -> datetime.datetime:
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        from dateutil.parser import isoparse  # only for what fromisoformat cannot read

        parsed = isoparse(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_UTC)
    return parsed


_fromisoformat = datetime.datetime.fromisoformat


class _Conversions(dict[Any, datetime.datetime]):
    """The latest conversions of one kind, looked up in C (`__getitem__` is the loader):
    the same timestamps come back in every answer of a poll (a machine's created_at, its
    events), and a datetime is immutable. Each kind converts in its own `__missing__`
    (one call less on a miss, which a list of many machines has for most timestamps).
    Bounded: emptied when full. A value that does not convert raises and is not kept; a
    boolean never converts, but is found as 1 (True == 1 as a key) once 1 was converted,
    which no answer of the API gives cause for."""


class _RFC3339(_Conversions):
    def __missing__(self, value: Any) -> datetime.datetime:
        try:
            moment = _fromisoformat(value)  # the usual case, read in C
        except ValueError:
            moment = _parse_datetime(value)
        else:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=_UTC)
        if len(self) >= 4096:
            self.clear()
        self[value] = moment
        return moment


class _Seconds(_Conversions):
    def __missing__(self, value: Any) -> datetime.datetime:
        if type(value) is int and -_MAX_SECONDS < value < _MAX_SECONDS:  # the common case
            moment = _EPOCH + _SECOND * value
        else:
            moment = _from_epoch(value, _SECOND)
        if len(self) >= 4096:
            self.clear()
        self[value] = moment
        return moment


class _Milliseconds(_Conversions):
    def __missing__(self, value: Any) -> datetime.datetime:
        if type(value) is int and -_MAX_MILLISECONDS < value < _MAX_MILLISECONDS:
            moment = _EPOCH + _MILLISECOND * value
        else:
            moment = _from_epoch(value, _MILLISECOND)
        if len(self) >= 4096:
            self.clear()
        self[value] = moment
        return moment


#: RFC 3339 text as an aware datetime (text without an offset is taken as UTC).
parse_datetime: Callable[[Any], datetime.datetime] = _RFC3339().__getitem__
#: Seconds since the Unix epoch as an aware UTC datetime.
from_unixtime: Callable[[Any], datetime.datetime] = _Seconds().__getitem__
#: Milliseconds since the Unix epoch as an aware UTC datetime.
from_unixtime_ms: Callable[[Any], datetime.datetime] = _Milliseconds().__getitem__


def _aware(moment: datetime.datetime) -> datetime.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=_UTC)


def to_unixtime(moment: datetime.datetime) -> int:
    """Whole seconds since the Unix epoch (a naive datetime is taken as UTC)."""
    return (_aware(moment) - _EPOCH) // _SECOND


def to_unixtime_ms(moment: datetime.datetime) -> int:
    """Whole milliseconds since the Unix epoch (a naive datetime is taken as UTC)."""
    return (_aware(moment) - _EPOCH) // _MILLISECOND


# fly-machines template change: a model's repr shows the fields that are set, and its
# unknown fields when there are any.
def model_repr(model: Any) -> str:
    shown = []
    for attribute in model.__attrs_attrs__:
        value = getattr(model, attribute.name)
        if value is UNSET or (attribute.name == "additional_properties" and not value):
            continue
        shown.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


# fly-machines template change: what a model's decoding relies on (the comment on decoding
# in the model template). A decoded model holds in its __dict__ only the fields its answer had; every
# other field reads the default its class holds: the default itself when it is a value
# (UNSET, 0, ""), and for one made by a factory (an empty list, the unknown fields' dict)
# a fresh one, made on first read and kept by that model.
class _FreshDefault:
    """A field's default made by `factory` on first read, and kept by the instance."""

    def __init__(self, name: str, factory: Callable[[], Any]) -> None:
        self.name = name
        self.factory = factory

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        # setdefault: two threads reading it first get the same one.
        return instance.__dict__.setdefault(self.name, self.factory())


# fly-machines template change: a nested model of a decoded answer is made when its field is
# first read. Decoding (a model's _from_json) does at once everything that can fail or
# that the answer's dict must be changed for: each nested dict is checked, converted and
# renamed in place by its model's _prepare, so that a malformed answer is refused whole,
# as before. Only the model objects themselves wait: a decoded list of 1,000 machines
# is then 1,000 Machine objects over the answer's dicts instead of some 20,000 objects,
# which the garbage collector would otherwise keep walking (it was a third of the time
# Machines.list took). A field holding a model (or a list of models) is a data descriptor
# on its class: a prepared dict found in the instance's __dict__ becomes its model there,
# on first read, and stays.
#
# An attribute spelled otherwise than its key (`type_` for "type", a Python keyword or
# builtin) is kept under the key, so that decoding renames nothing: _Renamed.
_ABSENT: Any = object()


class _Renamed:
    """A field kept in an instance's __dict__ under its key, `name`, as the API spells it."""

    __slots__ = ("name", "default", "factory")

    def __init__(self, name: str, default: Any, factory: Callable[[], Any] | None) -> None:
        self.name = name
        self.default = default
        self.factory = factory

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self._on_class()
        value = instance.__dict__.get(self.name, _ABSENT)
        return self._missing(instance.__dict__) if value is _ABSENT else value

    def _on_class(self) -> Any:
        # What the class attribute reads (Machine.config): the default, as a plain one would.
        return self if self.factory is not None or self.default is _ABSENT else self.default

    def _missing(self, attributes: dict[str, Any]) -> Any:
        if self.factory is not None:
            return attributes.setdefault(self.name, self.factory())
        if self.default is _ABSENT:
            raise AttributeError(self.name)
        return self.default

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.name] = value


class _NestedModel(_Renamed):
    """A field holding a model; a prepared dict becomes the model on first read."""

    __slots__ = ("model",)

    def __init__(
        self, name: str, model: Any, default: Any, factory: Callable[[], Any] | None
    ) -> None:
        super().__init__(name, default, factory)
        self.model = model

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self._on_class()
        attributes = instance.__dict__
        value = attributes.get(self.name, _ABSENT)
        if type(value) is dict:
            # Two threads reading it first may each make one; both share the one dict.
            value = attributes[self.name] = self.model._wrap(value)
        elif value is _ABSENT:
            return self._missing(attributes)
        return value

    def __set__(self, instance: Any, value: Any) -> None:
        # A dict set by hand (not what the field's type allows) is read as from_dict would:
        # only decoding leaves prepared dicts behind.
        if type(value) is dict:
            value = self.model.from_dict(value)
        instance.__dict__[self.name] = value


class _NestedModels(_NestedModel):
    """A field holding a list of models; prepared dicts become models on first read."""

    __slots__ = ()

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self._on_class()
        attributes = instance.__dict__
        value = attributes.get(self.name, _ABSENT)
        if type(value) is list:
            # Decoding prepares every item, so the first tells whether any is still a dict.
            # They are made from the last to the first: the first is a model only once all
            # are, so a thread reading the list while another makes it makes the rest too
            # rather than being handed dicts.
            if value and type(value[0]) is dict:
                wrap = self.model._wrap
                for index in range(len(value) - 1, -1, -1):
                    if type(item := value[index]) is dict:
                        value[index] = wrap(item)
            return value
        if value is _ABSENT:
            return self._missing(attributes)
        return value

    def __set__(self, instance: Any, value: Any) -> None:
        if type(value) is list and any(type(item) is dict for item in value):
            load = self.model.from_dict
            value = [load(item) if type(item) is dict else item for item in value]
        instance.__dict__[self.name] = value


# A model has a __dict__ (so that a decoded answer's dict can be its attributes), which
# would take any attribute: `config.imgae = "x"` would be kept and never sent. As the
# slotted classes of old did, a model refuses a name it has no field for.
def _set_field(model: Any, name: str, value: Any) -> None:
    if name not in type(model)._field_names and not _declared(type(model), name):
        raise AttributeError(f"{type(model).__name__!r} object has no attribute {name!r}")
    object.__setattr__(model, name, value)


def _declared(cls: type, name: str) -> bool:
    """Whether a class declares `name` settable beyond the fields finish_model was given:
    a subclass's own attrs fields, or a data descriptor (a slot, a property's setter), as
    the slotted classes of old took them."""
    from attrs import fields

    if any(attribute.name == name for attribute in fields(cls)):
        return True
    return hasattr(getattr(cls, name, None), "__set__")


def finish_model(
    cls: type,
    nested: Mapping[str, Any] | None = None,
    nested_lists: Mapping[str, Any] | None = None,
    renamed: Mapping[str, str] | None = None,
) -> None:
    """Give an attrs model class (slots=False) its fields' defaults as class attributes, and
    descriptors to its fields that hold models (`nested`: attribute name to model class),
    lists of them (`nested_lists`) or are kept under another key (`renamed`: attribute
    name to key)."""
    from attrs import NOTHING, Factory, fields

    nested = nested or {}
    nested_lists = nested_lists or {}
    renamed = renamed or {}
    cls.__setattr__ = _set_field  # type: ignore[assignment]
    cls._field_names = frozenset(attribute.name for attribute in fields(cls))  # type: ignore[attr-defined]
    for attribute in fields(cls):
        name = attribute.name
        key = renamed.get(name, name)
        default = attribute.default
        factory = default.factory if isinstance(default, Factory) else None
        value = _ABSENT if default is NOTHING or factory is not None else default
        if name in nested:
            setattr(cls, name, _NestedModel(key, nested[name], value, factory))
        elif name in nested_lists:
            setattr(cls, name, _NestedModels(key, nested_lists[name], value, factory))
        elif name != key:
            setattr(cls, name, _Renamed(key, value, factory))
        elif factory is not None:
            setattr(cls, name, _FreshDefault(name, factory))
        elif default is not NOTHING:
            setattr(cls, name, default)


_Item = TypeVar("_Item")


def owned_list(load: Callable[[Any], _Item], items: Any) -> list[_Item]:
    """`items`, decoded from JSON and taken over, with each item replaced by `load(item)`;
    anything but a list is read as upstream's parsers read it, into a new list."""
    if type(items) is not list:
        return [load(item) for item in items]
    for index, item in enumerate(items):
        items[index] = load(item)
    return items


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


# An identifier made only of characters that quoting leaves alone, starting with a letter or
# a digit (so never "." or ".."), short enough to be within the limit: itself, at once.
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.~-]{0,255}")


def path_segment(name: str, value: Any) -> str:
    """`value` as one path segment, or PathParameterError naming the parameter."""
    if type(value) is str and _PLAIN_SEGMENT.fullmatch(value):  # an id or a name: the usual
        return value
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
E = TypeVar("E", bound=Enum)


# fly-machines template change: an enum from its JSON value by one dict lookup (calling the
# enum class costs five times more); values it does not list go to the class, which keeps
# them (OpenStrEnum, OpenIntEnum) or refuses them.
def enum_loader(enum_class: type[E]) -> Callable[[Any], E]:
    members = enum_class._value2member_map_

    def load(value: Any) -> E:
        return cast(E, members.get(value)) or enum_class(value)

    return load


if TYPE_CHECKING:
    from attrs import define

    @define
    class File:
        """Contains information for file uploads"""

        payload: BinaryIO
        file_name: str | None = None
        mime_type: str | None = None

        def to_tuple(self) -> FileTypes:
            """Return a tuple representation that httpx will accept for multipart/form-data"""
            return self.file_name, self.payload, self.mime_type

    @define
    class Response(Generic[T]):
        """A response from an endpoint"""

        status_code: HTTPStatus
        content: bytes
        headers: MutableMapping[str, str]
        parsed: T | None

else:
    _records_made = threading.Lock()

    def _records() -> None:
        from attrs import define

        @define
        class File:
            """Contains information for file uploads"""

            payload: BinaryIO
            file_name: str | None = None
            mime_type: str | None = None

            def to_tuple(self) -> FileTypes:
                """Return a tuple representation that httpx will accept for multipart/form-data"""
                return self.file_name, self.payload, self.mime_type

        @define
        class Response(Generic[T]):
            """A response from an endpoint"""

            status_code: HTTPStatus
            content: bytes
            headers: MutableMapping[str, str]
            parsed: T | None

        File.__qualname__ = "File"
        Response.__qualname__ = "Response"
        globals().update(File=File, Response=Response)

    def __getattr__(name: str) -> Any:
        if name in ("File", "Response"):
            with _records_made:
                if name not in globals():
                    _records()
            return globals()[name]
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "UNSET",
    "MissingFieldError",
    "enum_loader",
    "finish_model",
    "format_datetime",
    "OpenIntEnum",
    "OpenStrEnum",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "from_unixtime",
    "from_unixtime_ms",
    "model_repr",
    "owned_list",
    "parse_datetime",
    "to_unixtime",
    "to_unixtime_ms",
]
