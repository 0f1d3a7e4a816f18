"""The real server's work for one request does not grow with the connections open at once,
nor with the requests logged.

Counted, not timed: the function calls made on the server's thread per request (a profile
function on that thread alone), with one connection and with 200 open at once, with the
request log nearly empty and full. A GET takes about 750. A server that walked its open
connections or its log on each request, a call per item, would add 200 or 1,000; the
limit is 100, as the event loop's own count varies by up to about 25 (its timer heap,
which holds each connection's keep-alive timer, compares more entries or fewer).

That is how a client's throughput collapses with many connections: httpcore's pool
(httpx's) calls a method or two per connection for every queued request each time a
request is added or ends, so 1,000 concurrent GETs run at about 170 per second over 100
connections and 560 over 10, against this server as against a trivial uvicorn app, while
a client without a pool gets about as many answers per second over 100 connections as
over 10, and more than over one.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, BinaryIO

import httpx
import pytest
from support.sim import APP, AUTH, IMAGE, ORG, machine_path

from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator

pytestmark = pytest.mark.slow

LOG_SIZE = 1000
CONNECTIONS = 200
# Calls per request that more connections or a full log may add: an eighth of a GET's,
# half a call per extra connection, a tenth of one per logged request.
SLACK = 100


class _ServerCalls:
    """Counts the function calls (Python and C) made on the server's thread."""

    def __init__(self) -> None:
        self.count = 0

    def start(self, frame: FrameType, event: str, arg: Any) -> None:
        """Installed by `threading.setprofile`: the first event on each new thread."""
        own = threading.current_thread().name == "fly-sim-server"
        sys.setprofile(self._count if own else None)

    def _count(self, frame: FrameType, event: str, arg: Any) -> None:
        if event == "call" or event == "c_call":
            self.count += 1


@contextmanager
def _counted_server(sim: FlySimulator, calls: _ServerCalls) -> Iterator[int]:
    """`sim.serve()` with `calls` counting on its thread; yields the server's port."""
    previous = threading.getprofile()
    threading.setprofile(calls.start)
    try:
        # serve() returns once the server has started, so long after its thread took the
        # profile function, which it does as it begins.
        server = sim.serve()
    finally:
        threading.setprofile(previous)
    with server:
        yield server.port


def _answer(stream: BinaryIO) -> int:
    status_line = stream.readline()
    length = 0
    while (line := stream.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    stream.read(length)
    return int(status_line.split()[1])


def _calls_per_request(
    port: int, target: str, calls: _ServerCalls, connections: int, rounds: int
) -> float:
    """Opens `connections` keep-alive connections, sends one request on each first (the
    connection's own cost, not counted), then `rounds` times a request on every one of
    them before reading any answer: each request is made with all of them open."""
    request = (
        f"GET {target} HTTP/1.1\r\nhost: 127.0.0.1\r\n"
        f"authorization: {AUTH['Authorization']}\r\n\r\n"
    ).encode()
    sockets = [
        socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(connections)
    ]
    streams = [sock.makefile("rb") for sock in sockets]
    try:
        for sock, stream in zip(sockets, streams, strict=True):
            sock.sendall(request)
            assert _answer(stream) == 200
        before = calls.count
        for _ in range(rounds):
            for sock in sockets:
                sock.sendall(request)
            assert [_answer(stream) for stream in streams] == [200] * connections
        return (calls.count - before) / (connections * rounds)
    finally:
        for stream in streams:
            stream.close()
        for sock in sockets:
            sock.close()


def test_a_requests_work_on_the_server_grows_neither_with_connections_nor_with_the_log() -> None:
    sim = FlySimulator(clock=ManualClock(), request_log_size=LOG_SIZE)
    sim.backend.create_app({"name": APP, "org_slug": ORG})
    machine_id = sim.backend.create_machine(APP, {"config": {"image": IMAGE}})["id"]
    target = machine_path(machine_id)
    calls = _ServerCalls()
    with _counted_server(sim, calls) as port:
        _calls_per_request(port, target, calls, 1, 20)  # first-use costs
        one = _calls_per_request(port, target, calls, 1, 50)
        assert one > 100, "the profile function did not count the server's calls"
        assert len(sim.requests) < LOG_SIZE / 5

        # The log filled without the server (nothing counted), then one connection again.
        with httpx.Client(transport=sim.transport(), base_url="http://sim", headers=AUTH) as c:
            for _ in range(LOG_SIZE):
                assert c.get(target).status_code == 200
        assert len(sim.requests) == LOG_SIZE
        full_log = _calls_per_request(port, target, calls, 1, 50)

        many = _calls_per_request(port, target, calls, CONNECTIONS, 3)

    assert full_log - one < SLACK, (
        f"{full_log:.0f} calls per request with {LOG_SIZE} requests logged, {one:.0f} with a few"
    )
    assert many - one < SLACK, (
        f"{many:.0f} calls per request with {CONNECTIONS} connections open, {one:.0f} with one"
    )
