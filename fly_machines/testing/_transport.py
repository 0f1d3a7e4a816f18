"""An httpx transport into a simulator: both sync and async, no sockets (like MockTransport)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import anyio.to_thread
import httpx

from ._wire import Exchange, SimRequest

if TYPE_CHECKING:
    from .simulator import FlySimulator


class SimTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Give it to `httpx.Client(transport=...)`, `httpx.AsyncClient(transport=...)` or the
    fly_machines clients. Injected connection faults raise the httpx exceptions a real
    network would: `ConnectError`, `RemoteProtocolError`, `ReadTimeout`."""

    def __init__(self, simulator: FlySimulator) -> None:
        self._simulator = simulator

    def __repr__(self) -> str:
        return f"SimTransport({self._simulator!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        exchange = self._simulator.process(_sim_request(request, request.read()))
        return _response(exchange, request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        sim_request = _sim_request(request, await request.aread())
        if self._simulator.backend.virtual:
            # A virtual clock never blocks, so there is no need for a worker thread.
            exchange = self._simulator.process(sim_request)
        elif _on_asyncio():
            # A wait on the real clock suspends this coroutine, not the event loop.
            exchange = await self._simulator.process_async(sim_request)
        else:
            # Another event loop (trio): a wait on the real clock blocks a worker thread.
            exchange = await anyio.to_thread.run_sync(self._simulator.process, sim_request)
        return _response(exchange, request)


def _on_asyncio() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _sim_request(request: httpx.Request, body: bytes) -> SimRequest:
    raw_path = request.url.raw_path.decode("ascii")
    path, _, query = raw_path.partition("?")
    headers: dict[str, str] = {}
    for name, value in request.headers.multi_items():
        name = name.lower()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return SimRequest(request.method.upper(), path, query, headers, body)


def _response(exchange: Exchange, request: httpx.Request) -> httpx.Response:
    if exchange.outcome == "dropped_before":
        raise httpx.ConnectError(
            "simulated: connection dropped before the request was sent", request=request
        )
    if exchange.outcome == "dropped_after":
        raise httpx.RemoteProtocolError(
            "simulated: server disconnected without sending a response", request=request
        )
    if exchange.outcome == "timed_out":
        raise httpx.ReadTimeout("simulated: no response before the read timeout", request=request)
    assert exchange.response is not None  # an answered exchange always has one
    response = exchange.response
    return httpx.Response(
        response.status, headers=response.headers, content=response.body, request=request
    )
