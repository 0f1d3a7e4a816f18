"""How much the facade costs on top of httpx: `Machines.get` against a raw `httpx.Client.get`.

Both run over the same in-process `httpx.MockTransport` answering a realistic Machine, so
the network drops out and what remains is client-side work. They are measured in the
same run, interleaved in rounds (the order alternating each round, so drift in CPU speed
hits both alike), and the median of the per-round ratios is reported. The target is at
most 1.15.

The raw call is `get` plus `.json()`, as the issue defines it. For information, a second
ratio compares against `get` plus `Machine.from_dict`, the parsing the facade also does.

    python scripts/bench.py                 # print the ratios
    python scripts/bench.py --check         # exit 1 if the ratio is above the target
    python scripts/bench.py --profile       # where the facade's own time goes (cProfile)

The simulator's server has a section of its own. `--server` measures it (`sim.serve()`,
uvicorn in a thread) against a trivial uvicorn app, run the same way in the same
process, that answers every request with the same 1.5 kB body: both for
`GET …/machines/{id}` and for create-and-destroy cycles (a POST and a DELETE), over one
keep-alive `http.client` connection each, interleaved in rounds as above. It prints the
simulator's throughput as a fraction of the trivial app's (the target is at least 0.5).
`--memory` runs 10,000 create-and-destroy cycles through `sim.transport()` on a
ManualClock (one simulated second each) and prints how much memory they added
(tracemalloc; at most 5 MB is the target).

    python scripts/bench.py --server        # the server's throughput ratios
    python scripts/bench.py --memory        # memory growth over 10,000 cycles
"""

from __future__ import annotations

import argparse
import cProfile
import http.client
import json
import pstats
import statistics
import sys
import threading
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any, cast

import httpx
from fly_machines_api.models import Machine

import fly_machines
from fly_machines import Machines

TARGET = 1.15
BASE = "https://api.machines.dev"
TOKEN = "fm2_benchmarkTokenNotASecret"
APP, MACHINE_ID = "my-app", "148ed193b95d89"
URL = f"{BASE}/v1/apps/{APP}/machines/{MACHINE_ID}"

MACHINE = {
    "id": MACHINE_ID,
    "name": "white-sun-2456",
    "state": "started",
    "region": "sjc",
    "instance_id": "01JHX0N0XW5D4PCKE5P7BB0QQV",
    "private_ip": "fdaa:0:3b99:a7b:136:a5bd:6e1e:2",
    "config": {
        "image": "flyio/hellofly:latest",
        "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
        "restart": {"policy": "on-failure"},
        "services": [
            {
                "protocol": "tcp",
                "internal_port": 8080,
                "ports": [
                    {"port": 80, "handlers": ["http"]},
                    {"port": 443, "handlers": ["tls", "http"]},
                ],
            }
        ],
        "metadata": {"fly_platform_version": "v2", "fly_process_group": "app"},
    },
    "image_ref": {
        "registry": "registry-1.docker.io",
        "repository": "flyio/hellofly",
        "tag": "latest",
        "digest": "sha256:0ee3a3b1b8d4a5bca7d8f6e8b8e3d5b1b1c9e8f0a1f2e3d4c5b6a7980fedcba9",
    },
    "created_at": "2025-01-16T17:03:21Z",
    "updated_at": "2025-01-16T17:03:24Z",
    "events": [
        {"type": "start", "status": "started", "source": "flyd", "timestamp": 1737047004000},
        {"type": "launch", "status": "created", "source": "user", "timestamp": 1737047001000},
    ],
}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=MACHINE, headers={"fly-request-id": "01JHWYS8D584GY0GHBDF9VG"})


def contenders() -> dict[str, Callable[[], Any]]:
    """The calls compared, each doing one request over the same kind of transport."""
    raw = httpx.Client(
        transport=httpx.MockTransport(_answer), headers={"Authorization": f"FlyV1 {TOKEN}"}
    )
    facade = fly_machines.Client(token=TOKEN, transport=httpx.MockTransport(_answer))

    def raw_get() -> Any:
        return raw.get(URL).json()

    def raw_get_model() -> Any:
        return Machine.from_dict(raw.get(URL).json())

    def facade_get() -> Any:
        return Machines.get(facade, app_name=APP, machine_id=MACHINE_ID).unwrap()

    return {"raw": raw_get, "raw+model": raw_get_model, "facade": facade_get}


def _time(call: Callable[[], Any], iterations: int) -> float:
    started = time.perf_counter()
    for _ in range(iterations):
        call()
    return time.perf_counter() - started


def measure(rounds: int, iterations: int) -> dict[str, list[float]]:
    """Seconds per round for each contender, interleaved, the order reversed every round."""
    calls = contenders()
    for call in calls.values():  # warm up imports, caches and the transport
        _time(call, max(iterations // 10, 10))
    seconds: dict[str, list[float]] = {name: [] for name in calls}
    order = list(calls)
    for _ in range(rounds):
        for name in order:
            seconds[name].append(_time(calls[name], iterations))
        order.reverse()
    return seconds


def _median_ratio(numerators: list[float], denominators: list[float]) -> float:
    return statistics.median(n / d for n, d in zip(numerators, denominators, strict=True))


def profile(iterations: int) -> None:
    call = contenders()["facade"]
    profiler = cProfile.Profile()
    profiler.runcall(_time, call, iterations)
    stats = pstats.Stats(profiler).strip_dirs().sort_stats("tottime")
    stats.print_stats(25)


# -- the simulator's server ------------------------------------------------------------------
SERVER_TARGET = 0.5
SIM_APP = "bench-app"
SIM_AUTH = f"Bearer {TOKEN}"
# The bench's machine with a few env variables and a check, so the simulator's answer is
# about 1.5 kB, as a real machine's often is.
SIM_CONFIG: dict[str, Any] = {
    **cast("dict[str, Any]", MACHINE["config"]),
    "env": {
        "APP_ENV": "production",
        "LOG_LEVEL": "info",
        "PRIMARY_REGION": "sjc",
        "DATABASE_URL": "postgres://app@top2.nearest.of.my-db.internal:5432/app",
        "WORKERS": "4",
    },
    "init": {"cmd": ["bin/server", "--port", "8080"]},
    "checks": {"alive": {"type": "tcp", "port": 8080, "interval": "15s", "timeout": "2s"}},
}
SIM_CREATE = json.dumps({"config": SIM_CONFIG, "skip_launch": True}).encode()
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class TrivialApp:
    """The least an ASGI app can do: read the request and answer a fixed body."""

    def __init__(self, body: bytes) -> None:
        self.headers = [
            (b"content-type", b"application/json"),
            (b"fly-request-id", b"01JHWYS8D584GY0GHBDF9VG-sim"),
            (b"content-length", str(len(body)).encode()),
        ]
        self.body = body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


@contextmanager
def trivial_server(body: bytes) -> Iterator[int]:
    """A uvicorn thread serving `TrivialApp(body)` as `sim.serve()` runs the simulator."""
    import socket

    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(
        TrivialApp(body),
        log_level="warning",
        http="h11",
        lifespan="off",
        access_log=False,
        proxy_headers=False,  # as sim.serve() has it
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.005)
    try:
        yield int(sock.getsockname()[1])
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _request(
    conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None = None
) -> bytes:
    headers = {"authorization": SIM_AUTH, "content-type": "application/json"}
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    answer = response.read()
    if response.status != 200:
        raise RuntimeError(f"{method} {path}: {response.status} {answer[:200]!r}")
    return answer


def server_contenders(sim: Any, sim_port: int, trivial_port: int) -> dict[str, Callable[[], Any]]:
    """GET a machine, and a create-and-destroy cycle, against each server."""
    to_sim = http.client.HTTPConnection("127.0.0.1", sim_port)
    to_trivial = http.client.HTTPConnection("127.0.0.1", trivial_port)
    machines = f"/v1/apps/{SIM_APP}/machines"
    machine_id = json.loads(_request(to_sim, "POST", machines, SIM_CREATE))["id"]

    def sim_get() -> Any:
        return _request(to_sim, "GET", f"{machines}/{machine_id}")

    def trivial_get() -> Any:
        return _request(to_trivial, "GET", f"{machines}/{machine_id}")

    def sim_cycle() -> Any:
        created = json.loads(_request(to_sim, "POST", machines, SIM_CREATE))["id"]
        sim.clock.advance(1.0)  # a simulated second a cycle: destroyed ones get pruned
        return _request(to_sim, "DELETE", f"{machines}/{created}")

    def trivial_cycle() -> Any:
        _request(to_trivial, "POST", machines, SIM_CREATE)
        return _request(to_trivial, "DELETE", f"{machines}/{machine_id}")

    return {
        "sim GET": sim_get,
        "trivial GET": trivial_get,
        "sim cycle": sim_cycle,
        "trivial cycle": trivial_cycle,
    }


def measure_server(rounds: int, iterations: int) -> int:
    from fly_machines.clock import ManualClock
    from fly_machines.testing import FlySimulator

    sim = FlySimulator(clock=ManualClock(), seed=1)
    sim.backend.create_app({"name": SIM_APP, "org_slug": "personal"})
    machine = sim.backend.create_machine(SIM_APP, {"config": SIM_CONFIG})
    body = json.dumps(sim.backend.get_machine(SIM_APP, machine["id"], False)).encode()
    with sim.serve() as server, trivial_server(body) as trivial_port:
        calls = server_contenders(sim, server.port, trivial_port)
        for call in calls.values():
            _time(call, max(iterations // 10, 10))
        seconds: dict[str, list[float]] = {name: [] for name in calls}
        order = list(calls)
        for _ in range(rounds):
            for name in order:
                seconds[name].append(_time(calls[name], iterations))
            order.reverse()
    print(f"the body: {len(body)} bytes; {rounds} rounds of {iterations} calls each")
    for name, values in seconds.items():
        micros = statistics.median(values) / iterations * 1e6
        print(f"{name:>14}: {micros:7.1f} µs per call")
    worst = 1.0
    for what in ("GET", "cycle"):
        ratio = _median_ratio(seconds[f"trivial {what}"], seconds[f"sim {what}"])
        worst = min(worst, ratio)
        verdict = "meets" if ratio >= SERVER_TARGET else "BELOW"
        print(f"sim/trivial throughput, {what}: {ratio:.2f} ({verdict} the {SERVER_TARGET} target)")
    return 0 if worst >= SERVER_TARGET else 1


def measure_memory(cycles: int) -> int:
    import httpx

    from fly_machines.clock import ManualClock
    from fly_machines.testing import FlySimulator

    clock = ManualClock()
    sim = FlySimulator(clock=clock, seed=1)
    with httpx.Client(
        transport=sim.transport(), base_url="http://sim", headers={"authorization": SIM_AUTH}
    ) as client:
        client.post("/v1/apps", json={"name": SIM_APP, "org_slug": "personal"})
        machines = f"/v1/apps/{SIM_APP}/machines"
        client.get(machines)  # imports and caches
        tracemalloc.start()
        before, _ = tracemalloc.get_traced_memory()
        started = time.perf_counter()
        for _ in range(cycles):
            created = client.post(machines, content=SIM_CREATE).json()["id"]
            client.delete(f"{machines}/{created}")
            clock.advance(1.0)
        after, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    took = time.perf_counter() - started
    grown = (after - before) / 1e6
    print(f"{cycles} create-and-destroy cycles in {took:.1f} s (under tracemalloc)")
    print(f"memory grew by {grown:.2f} MB (peak {(peak - before) / 1e6:.2f} MB); target 5 MB")
    return 0 if grown <= 5 else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=31)
    parser.add_argument("--iterations", type=int, default=300, help="calls per round")
    parser.add_argument("--check", action="store_true", help=f"exit 1 above {TARGET}")
    parser.add_argument("--profile", action="store_true", help="cProfile the facade call")
    parser.add_argument("--server", action="store_true", help="the simulator's server section")
    parser.add_argument("--memory", action="store_true", help="memory over create/destroy")
    parser.add_argument("--cycles", type=int, default=10_000, help="for --memory")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.iterations < 1:
        parser.error("--rounds and --iterations must be at least 1")
    if args.memory:
        return measure_memory(args.cycles)
    if args.server:
        return measure_server(args.rounds, args.iterations)
    if args.profile:
        profile(args.iterations * 10)
        return 0

    seconds = measure(args.rounds, args.iterations)
    ratio = _median_ratio(seconds["facade"], seconds["raw"])
    model_ratio = _median_ratio(seconds["facade"], seconds["raw+model"])
    micros = {name: statistics.median(v) / args.iterations * 1e6 for name, v in seconds.items()}
    for name, value in micros.items():
        print(f"{name:>10}: {value:7.1f} µs per call (median of {args.rounds} rounds)")
    print(
        f"  of which: parsing into Machine {micros['raw+model'] - micros['raw']:.1f} µs,"
        f" the facade's own work {micros['facade'] - micros['raw+model']:.1f} µs"
    )
    verdict = "within" if ratio <= TARGET else "ABOVE"
    print(f"Machines.get / httpx.Client.get+json: {ratio:.3f} ({verdict} the {TARGET} target)")
    print(f"Machines.get / httpx get+Machine.from_dict: {model_ratio:.3f} (for information)")
    return 1 if args.check and ratio > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
