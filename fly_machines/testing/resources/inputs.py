"""What every request's input must be before a resource sees it: a JSON body that is not
nested absurdly deep and has no NaN or Infinity (Go's encoding/json refuses both), and
names without control characters or path tricks. Each refusal is 400 naming the field.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .._primitives import bad_request
from .schemas import check_body

MAX_DEPTH = 64  # the deepest body the simulator reads (a machine config needs about 6)
MAX_NAME_LENGTH = 255
_NAME_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f/\\]")


def _refuse_constant(name: str) -> Any:
    raise bad_request(f"invalid JSON body: {name} is not a JSON number")


def parse_body(body: bytes) -> Any:
    """The body as JSON (None when empty); 400 when it is not JSON, holds NaN or Infinity,
    or nests deeper than `MAX_DEPTH`."""
    if not body.strip():
        return None
    try:
        data = json.loads(body, parse_constant=_refuse_constant)
    except RecursionError:
        raise bad_request(f"invalid JSON body: nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:
        raise bad_request(f"invalid JSON body: {exc}") from None
    if _depth(data) > MAX_DEPTH:
        raise bad_request(f"invalid JSON body: nested deeper than {MAX_DEPTH} levels")
    return data


def _depth(data: Any) -> int:
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, depth)
            if depth > MAX_DEPTH:
                return depth
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children)
    return deepest


def check_name(name: str, field: str) -> str:
    """A name a client chose (machine, volume): 400 naming `field` when it is too long, has
    a control character (NUL, ...) or a slash, or is `.`/`..`."""
    if len(name) > MAX_NAME_LENGTH or _NAME_FORBIDDEN.search(name) or name in (".", ".."):
        raise bad_request(
            f"invalid {field}: at most {MAX_NAME_LENGTH} characters, none of them a control "
            "character or a slash, and not '.' or '..'"
        )
    return name


def check_request(operation_id: str, body: bytes, misfit_status: int = 400) -> None:
    """Everything checked before the handler of `operation_id` runs: 400 naming the field
    for a body that `parse_body` refuses, `misfit_status` for one that does not fit the
    spec's schema."""
    check_body(operation_id, parse_body(body), misfit_status)
