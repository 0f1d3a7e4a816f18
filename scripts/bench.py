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
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=31)
    parser.add_argument("--iterations", type=int, default=300, help="calls per round")
    parser.add_argument("--check", action="store_true", help=f"exit 1 above {TARGET}")
    parser.add_argument("--profile", action="store_true", help="cProfile the facade call")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.iterations < 1:
        parser.error("--rounds and --iterations must be at least 1")
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
