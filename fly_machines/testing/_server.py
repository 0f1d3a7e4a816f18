"""The simulator as a real HTTP server: a small ASGI app run by uvicorn in a thread.

uvicorn comes with the `[sim]` extra and is imported only when a server starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._wire import Exchange, SimRequest, SimResponse

if TYPE_CHECKING:
    from .simulator import FlySimulator

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# What uvicorn logs when an app closes a connection without answering: that is exactly
# what an injected "drop" fault asks for, so it is not an error worth printing.
_DROP_LOG_PREFIX = "ASGI callable should return None"


class _QuietDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(_DROP_LOG_PREFIX)


_SHUTTING_DOWN = Exchange(
    "answered",
    SimResponse(
        503,
        [("content-type", "application/json")],
        json.dumps({"error": "the simulator is shutting down"}).encode(),
    ),
)


class SimulatorApp:
    """ASGI application answering every request through `FlySimulator.process_async`."""

    def __init__(self, simulator: FlySimulator) -> None:
        self._simulator = simulator
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closing: asyncio.Event | None = None

    def close_soon(self) -> None:
        """From any thread: end every answer held back (a timeout fault, latency) at once,
        and answer 503 to any request that comes after, as the server is closing, so that
        no request is left for uvicorn to cancel. Returns once the loop knows."""
        loop, closing = self._loop, self._closing
        if loop is None or closing is None:
            return
        known = threading.Event()

        def close() -> None:
            closing.set()
            known.set()

        try:
            loop.call_soon_threadsafe(close)
        except RuntimeError:  # the loop is closed already
            return
        known.wait(timeout=1.0)

    def _closing_event(self) -> asyncio.Event:
        if self._closing is None:  # on the loop, before any thread can ask to close
            self._loop, self._closing = asyncio.get_running_loop(), asyncio.Event()
        return self._closing

    async def _hold(self, seconds: float) -> None:
        """`seconds` of real time, or until the server closes."""
        closing = self._closing_event()
        if closing.is_set():
            return
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(closing.wait(), timeout=seconds)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> object:
        if scope["type"] == "lifespan":
            self._closing_event()  # from the start, so a hold that begins late sees it
            await _lifespan(receive, send)
            return None
        if scope["type"] != "http":
            return None
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        request = SimRequest(
            method=str(scope["method"]).upper(),
            path=bytes(scope.get("raw_path") or scope["path"].encode())
            .decode("latin-1")
            .partition("?")[0],
            query=bytes(scope.get("query_string", b"")).decode("latin-1"),
            headers=_headers(scope),
            body=body,
        )
        if self._closing_event().is_set():
            return await self._send(_SHUTTING_DOWN, send)
        # On the loop itself: the backend's lock is only ever held briefly, and a wait on the
        # real clock (or injected latency) suspends this coroutine, not a thread.
        exchange = await self._simulator.process_async(request, sleep=self._hold)
        return await self._send(exchange, send)

    async def _send(self, exchange: Exchange, send: Send) -> object:
        if exchange.outcome == "timed_out":
            await self._hold(exchange.hold_seconds)
        if exchange.response is None or exchange.outcome != "answered":
            # Returning a value before answering makes uvicorn close the connection
            # without a response: the only way an ASGI app can drop one.
            return "drop"
        response = exchange.response
        headers = [(k.encode(), v.encode()) for k, v in response.headers]
        headers.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": response.body})
        return None


def _headers(scope: Scope) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", []):
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


class RunningServer:
    """A started server; `base_url` is where to point a client. Stops on `close()` or at
    the end of its `with` block."""

    def __init__(
        self, simulator: FlySimulator, host: str, port: int, log_level: str = "warning"
    ) -> None:
        try:
            import uvicorn  # the [sim] extra; imported here so fly_machines.testing needs none
        except ModuleNotFoundError as missing:
            raise ModuleNotFoundError(
                "FlySimulator.serve() runs a real HTTP server, which needs uvicorn: install the"
                " extra, pip install 'fly-machines[sim]' (sim.transport() needs nothing)",
                name=missing.name,
            ) from missing

        self._simulator = simulator
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on sockets that say so, and
        # without it every answer waits ~40 ms for a delayed ACK (Nagle).
        self._socket = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.host = host
        self.port: int = self._socket.getsockname()[1]
        shown_host = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{shown_host}:{self.port}"
        self._app = SimulatorApp(simulator)
        config = uvicorn.Config(
            self._app,
            log_level=log_level,
            http="h11",
            lifespan="on",
            timeout_graceful_shutdown=1,
            access_log=False,
            proxy_headers=False,  # no proxy in front: a middleware less on every request
        )
        self._server = uvicorn.Server(config)
        self._filter = _QuietDrops()
        logging.getLogger("uvicorn.error").addFilter(self._filter)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            daemon=True,
            name="fly-sim-server",
        )
        self._thread.start()
        deadline = time.monotonic() + 10.0
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.close()
                raise RuntimeError(f"the simulator's server did not start on {self.base_url}")
            time.sleep(0.005)  # real time on purpose: waiting for a real server to start

    def __repr__(self) -> str:
        return f"RunningServer({self.base_url})"

    def close(self) -> None:
        # Every pending answer ends first (held ones drop, waits answer 503), so uvicorn
        # has nothing left to cancel and the shutdown is quick and quiet.
        self._app.close_soon()
        self._simulator.backend.interrupt_waits()
        self._server.should_exit = True
        self._thread.join(timeout=10.0)
        self._socket.close()
        logging.getLogger("uvicorn.error").removeFilter(self._filter)

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
