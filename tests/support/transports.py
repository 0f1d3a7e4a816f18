"""Transports for the tests: a scripted server (httpx.MockTransport), its answers, and a
transport that records what passes through another one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import httpx

Answer = Callable[[httpx.Request], httpx.Response]


class Script:
    """Answers requests from a list (one entry per request, then `then` for the rest) and
    keeps every request it was given, including those it answered by raising."""

    def __init__(self, answers: Iterable[Answer], then: Answer) -> None:
        self._answers = list(answers)
        self._then = then
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self._answers.pop(0) if self._answers else self._then
        return answer(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def respond(status: int, body: Any = None, **headers: str) -> Answer:
    """An API answer with a request id; `body` a str is sent as is (text/html)."""

    def answer(request: httpx.Request) -> httpx.Response:
        ids = {"fly-request-id": "01JHWYS8D584GY0GHBDF9VGQGM-test", **headers}
        if isinstance(body, str):
            return httpx.Response(status, text=body, headers={"content-type": "text/html", **ids})
        if isinstance(body, bytes):
            kind = {"content-type": "application/json"}
            return httpx.Response(status, content=body, headers={**kind, **ids})
        return httpx.Response(status, json=body, headers=ids)

    return answer


def raising(make: Callable[[httpx.Request], Exception]) -> Answer:
    """An answer that raises the exception `make` builds from the request."""

    def answer(request: httpx.Request) -> httpx.Response:
        raise make(request)

    return answer


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Passes requests on to another transport and keeps them (with their extensions),
    each as it is sent, and the responses that came back."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = self._inner.handle_request(request)
        assert isinstance(response, httpx.Response)
        self.responses.append(response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = await self._inner.handle_async_request(request)
        assert isinstance(response, httpx.Response)
        self.responses.append(response)
        return response
