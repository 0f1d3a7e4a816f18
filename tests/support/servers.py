"""A real HTTP server on 127.0.0.1, for tests that need a request to go through sockets."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def local_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serves with `handler` on a free port until the block ends; gives the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def socket_server(serve: Callable[[socket.socket, threading.Event], None]) -> Iterator[int]:
    """A raw TCP server on 127.0.0.1 for servers that misbehave below HTTP (never answer,
    trickle): each connection is handed to `serve` with an event set when the block ends.
    Gives the port; every thread has ended when the block has."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.1)
    stop = threading.Event()
    threads: list[threading.Thread] = []

    def accept() -> None:
        while not stop.is_set():
            try:
                connection = listener.accept()[0]
            except OSError:
                continue
            thread = threading.Thread(target=_serving, args=(serve, connection, stop), daemon=True)
            thread.start()
            threads.append(thread)

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        acceptor.join()
        for thread in threads:
            thread.join()
        listener.close()


def _serving(
    serve: Callable[[socket.socket, threading.Event], None],
    connection: socket.socket,
    stop: threading.Event,
) -> None:
    with connection:
        try:
            serve(connection, stop)
        except OSError:
            return
