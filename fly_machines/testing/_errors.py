"""The error answers of the live API, as exceptions the backend raises and the router renders."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An HTTP error answer: `status` and the exact JSON `body` the live API sends."""

    def __init__(
        self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(f"{status} {body}")
        self.status = status
        self.body = body
        self.headers = headers or {}


def error(status: int, message: str, code: str | None = None) -> ApiError:
    """`{"error": message}` (with `"status": code` for codes such as `name_taken`)."""
    body: dict[str, Any] = {"error": message}
    if code is not None:
        body["status"] = code
    return ApiError(status, body)


def bad_request(message: str) -> ApiError:
    return error(400, message)


def not_found(message: str) -> ApiError:
    return error(404, message)


def precondition(message: str) -> ApiError:
    """412: the machine is in the wrong state (or a volume is in use) for this call."""
    return error(412, f"failed_precondition: {message}")


def lease_conflict(message: str, envelope: bool = False) -> ApiError:
    """409: someone else holds the machine's lease. Lease acquisition answers in the lease
    envelope, as the live API does; other calls in the spec's ErrorResponse shape."""
    if envelope:
        return ApiError(409, {"status": "error", "message": message, "code": "invalid"})
    return error(409, message)
