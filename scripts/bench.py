"""What fly-machines costs against raw httpx: every row of issue 13's table, in one run.

    python scripts/bench.py                      # every row, each ratio next to its goal
    python scripts/bench.py --json figures.json  # ... and the figures as JSON
    python scripts/bench.py --check              # exit 1 when a row misses its goal
    python scripts/bench.py --rows get,list      # only some rows (keys as printed)
    python scripts/bench.py --profile get        # where the facade's time goes (cProfile)

Each row sets a facade call against what a user would do without the library, on the same
footing, and reports the ratio of the two:

- get, get-realistic, get-model: `Machines.get` against `httpx.Client.get(url).json()`
  (with `Machine.from_dict` on top for get-model), both over an in-process
  `httpx.MockTransport` that answers the same bytes (encoded once, as a server would have
  them), so the network drops out and only the client's own work is left. `get` and
  `get-model` answer this script's machine (`MACHINE`), `get-realistic` a 1.7 kB machine
  as the simulator returns it (services, checks, env, metadata, init, three events).
- list: `Machines.list` of 1,000 such machines (distinct ones, made by the simulator)
  over the same kind of transport, against `json.loads` of the body alone.
- list-memory: the peak memory (tracemalloc) of decoding that body into `Machine`s as
  `Machines.list` does, against decoding it into dicts (`json.loads`).
- import: a fresh process doing `from fly_machines import Machines, attach` (the names a
  first call needs) against one doing `import httpx`, each timed inside the process. The
  processes see only the packages of a plain install (fly-machines and its runtime
  dependencies, linked into a temporary directory, no site-packages), so tools that only
  a development install has (httpx's command line pulls in click and rich when they are
  there) are not counted.
- async: 1,000 concurrent `Machines.get` on an `AsyncClient` against 1,000 concurrent
  `httpx.AsyncClient.get(url).json()`, over the same in-process transport; the ratio is
  of throughputs (raw time over facade time), so higher is better.
- async-server: the same over the simulator's real HTTP server on 127.0.0.1, in a process
  of its own (`python -m fly_machines.sim`), with httpx's own connection pool.

The contenders of a row run interleaved in rounds, the order reversed every round (so a
drift in CPU speed hits both alike), each round after a `gc.collect()` (so that neither
pays for collecting what the other left); each round gives a ratio, and a row reports
the median of its rounds and their spread (the middle half: first to third quartile).
The async rows warm up first; over the server each timed batch has clients of its own
and follows an untimed batch of 100 that opens their connections (see
`measure_async_server`). The figures and where they were measured can be written as JSON (`--json
PATH`).

The simulator has two sections of its own, outside the table:

    python scripts/bench.py --server   # sim.serve() against a trivial uvicorn app
    python scripts/bench.py --memory   # memory over 10,000 create-and-destroy cycles

`--server` serves the simulator with `sim.serve()` and, the same way in the same process,
a trivial uvicorn app that answers every request with the same 1.5 kB body: both for
`GET …/machines/{id}` and for create-and-destroy cycles, over one keep-alive
`http.client` connection each, interleaved in rounds; it prints the simulator's throughput
as a fraction of the trivial app's (the target is at least 0.5). `--memory` runs 10,000
create-and-destroy cycles through `sim.transport()` on a ManualClock (one simulated second
each) and prints how much memory they added (tracemalloc; at most 5 MB is the target).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import functools
import gc
import http.client
import importlib.metadata
import importlib.util
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator, Mapping, MutableMapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import httpx

BASE = "https://api.machines.dev"
TOKEN = "fm2_benchmarkTokenNotASecret"
APP, MACHINE_ID = "my-app", "148ed193b95d89"
URL = f"{BASE}/v1/apps/{APP}/machines/{MACHINE_ID}"
LIST_URL = f"{BASE}/v1/apps/{APP}/machines"
REQUEST_ID = "01JHWYS8D584GY0GHBDF9VG"

MACHINE: dict[str, Any] = {
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

SIM_APP = "bench-app"
SIM_AUTH = f"Bearer {TOKEN}"
# The bench's machine with a few env variables, an init command and a check, so the
# simulator's answer is about 1.5 kB, as a real machine's often is.
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
LIST_SIZE = 1000


# -- the table ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    key: str
    what: str
    goal: float
    higher_is_better: bool = False  # a throughput ratio; the others are cost ratios

    def meets(self, ratio: float) -> bool:
        return ratio >= self.goal if self.higher_is_better else ratio <= self.goal

    @property
    def goal_text(self) -> str:
        return f"{'≥' if self.higher_is_better else '≤'} {self.goal:.2f}"


ROWS = (
    Row("get", "Machines.get / httpx get+json, this script's machine", 1.10),
    Row("get-realistic", "Machines.get / httpx get+json, a 1.7 kB simulator machine", 1.20),
    Row("get-model", "Machines.get / httpx get+Machine.from_dict", 1.03),
    Row("list", "Machines.list of 1,000 machines / json.loads of the body", 2.0),
    Row("list-memory", "peak memory decoding 1,000 Machines / as dicts", 1.10),
    Row("import", "from fly_machines import Machines, attach / import httpx", 1.5),
    Row("async", "1,000 concurrent gets, AsyncClient / httpx.AsyncClient", 0.90, True),
    Row("async-server", "the same over the simulator's server on 127.0.0.1", 0.95, True),
)


@dataclass
class Measured:
    """One row's rounds: the per-round ratios and each contender's per-round figure."""

    row: Row
    ratios: list[float]
    # contender name -> (unit, per-round values in that unit)
    figures: dict[str, tuple[str, list[float]]] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def spread(self) -> tuple[float, float]:
        if len(self.ratios) < 2:
            return self.ratio, self.ratio
        first, _, third = statistics.quantiles(self.ratios, n=4, method="inclusive")
        return first, third

    def as_json(self) -> dict[str, Any]:
        first, third = self.spread
        return {
            "key": self.row.key,
            "what": self.row.what,
            "goal": self.row.goal,
            "higher_is_better": self.row.higher_is_better,
            "ratio": round(self.ratio, 4),
            "quartiles": [round(first, 4), round(third, 4)],
            "min": round(min(self.ratios), 4),
            "max": round(max(self.ratios), 4),
            "rounds": len(self.ratios),
            "per_round": [round(ratio, 4) for ratio in self.ratios],
            "meets": self.row.meets(self.ratio),
            "contenders": {
                name: {"unit": unit, "median": round(statistics.median(values), 3)}
                for name, (unit, values) in self.figures.items()
            },
        }


def _interleaved(calls: Mapping[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Each call once per round (it returns its own measure), the order reversed every
    round."""
    values: dict[str, list[float]] = {name: [] for name in calls}
    order = list(calls)
    for _ in range(rounds):
        for name in order:
            values[name].append(calls[name]())
        order.reverse()
    return values


def _timer(call: Callable[[], Any], iterations: int) -> Callable[[], float]:
    """Seconds for `iterations` calls."""

    def timed() -> float:
        gc.collect()  # each round starts with nothing left for the collector of the one before
        started = time.perf_counter()
        for _ in range(iterations):
            call()
        return time.perf_counter() - started

    return timed


def _ratios(numerators: list[float], denominators: list[float]) -> list[float]:
    return [n / d for n, d in zip(numerators, denominators, strict=True)]


# -- what the contenders are served ---------------------------------------------------------


def _mock(body: bytes) -> httpx.MockTransport:
    headers = {"content-type": "application/json", "fly-request-id": REQUEST_ID}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    return httpx.MockTransport(answer)


def _async_mock(body: bytes) -> httpx.MockTransport:
    headers = {"content-type": "application/json", "fly-request-id": REQUEST_ID}

    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    return httpx.MockTransport(answer)


def _raw_client(transport: httpx.BaseTransport) -> httpx.Client:
    return httpx.Client(transport=transport, headers={"Authorization": f"FlyV1 {TOKEN}"})


@dataclass
class SimulatorAnswers:
    machine: bytes  # one machine, as GET /v1/apps/{app}/machines/{id} answers it
    machines: bytes  # LIST_SIZE machines, as GET /v1/apps/{app}/machines answers it


def simulator_answers(count: int = LIST_SIZE) -> SimulatorAnswers:
    """Machines as the simulator answers them: created with SIM_CONFIG a quarter of a
    simulated second apart, then started (three events each: launch, starting, started)."""
    from fly_machines.clock import ManualClock
    from fly_machines.testing import FlySimulator

    clock = ManualClock()
    sim = FlySimulator(clock=clock, seed=1)
    sim.backend.create_app({"name": SIM_APP, "org_slug": "personal"})
    ids = []
    for _ in range(count):
        ids.append(sim.backend.create_machine(SIM_APP, {"config": SIM_CONFIG})["id"])
        clock.advance(0.25)
    clock.advance(5)
    with httpx.Client(
        transport=sim.transport(), base_url="http://sim", headers={"authorization": SIM_AUTH}
    ) as client:
        one = client.get(f"/v1/apps/{SIM_APP}/machines/{ids[0]}")
        every = client.get(f"/v1/apps/{SIM_APP}/machines")
    one.raise_for_status()
    every.raise_for_status()
    return SimulatorAnswers(one.content, every.content)


# -- rows: get, get-realistic, get-model ------------------------------------------------------


def get_contenders(realistic: bytes) -> dict[str, Callable[[], Any]]:
    from fly_machines_api.models import Machine

    import fly_machines
    from fly_machines import Machines

    body = json.dumps(MACHINE).encode()
    raw = _raw_client(_mock(body))
    raw_realistic = _raw_client(_mock(realistic))
    facade = fly_machines.Client(token=TOKEN, transport=_mock(body))
    facade_realistic = fly_machines.Client(token=TOKEN, transport=_mock(realistic))

    def raw_get() -> Any:
        return raw.get(URL).json()

    def raw_get_model() -> Any:
        return Machine.from_dict(raw.get(URL).json())

    def facade_get() -> Any:
        return Machines.get(facade, app_name=APP, machine_id=MACHINE_ID).unwrap()

    def raw_get_realistic() -> Any:
        return raw_realistic.get(URL).json()

    def facade_get_realistic() -> Any:
        return Machines.get(facade_realistic, app_name=APP, machine_id=MACHINE_ID).unwrap()

    return {
        "raw": raw_get,
        "raw+model": raw_get_model,
        "facade": facade_get,
        "raw realistic": raw_get_realistic,
        "facade realistic": facade_get_realistic,
    }


def measure_gets(realistic: bytes, rounds: int, iterations: int) -> list[Measured]:
    calls = get_contenders(realistic)
    for call in calls.values():  # warm up imports, caches and the transports
        _timer(call, max(iterations // 5, 20))()
    seconds = _interleaved({name: _timer(call, iterations) for name, call in calls.items()}, rounds)
    per_call = {
        name: ("µs per call", [s / iterations * 1e6 for s in values])
        for name, values in seconds.items()
    }
    rows = {row.key: row for row in ROWS}
    return [
        Measured(
            rows["get"],
            _ratios(seconds["facade"], seconds["raw"]),
            {k: per_call[k] for k in ("facade", "raw")},
        ),
        Measured(
            rows["get-realistic"],
            _ratios(seconds["facade realistic"], seconds["raw realistic"]),
            {k: per_call[k] for k in ("facade realistic", "raw realistic")},
        ),
        Measured(
            rows["get-model"],
            _ratios(seconds["facade"], seconds["raw+model"]),
            {k: per_call[k] for k in ("facade", "raw+model")},
        ),
    ]


# -- rows: list, list-memory --------------------------------------------------------------


def list_contenders(machines: bytes) -> dict[str, Callable[[], Any]]:
    import fly_machines
    from fly_machines import Machines

    facade = fly_machines.Client(token=TOKEN, transport=_mock(machines))

    def facade_list() -> Any:
        listed = Machines.list(facade, app_name=APP).unwrap()
        assert len(listed) == LIST_SIZE
        return listed

    def loads() -> Any:
        return json.loads(machines)

    return {"facade": facade_list, "json.loads": loads}


def measure_list(machines: bytes, rounds: int, iterations: int) -> Measured:
    calls = list_contenders(machines)
    for call in calls.values():
        _timer(call, 2)()
    seconds = _interleaved({name: _timer(call, iterations) for name, call in calls.items()}, rounds)
    row = next(row for row in ROWS if row.key == "list")
    return Measured(
        row,
        _ratios(seconds["facade"], seconds["json.loads"]),
        {name: ("ms per call", [s / iterations * 1e3 for s in v]) for name, v in seconds.items()},
    )


def decoders(machines: bytes) -> dict[str, Callable[[], Any]]:
    """Decoding the body as `Machines.list` does (the generated operation's parser, which
    the facade calls on the answer), and into dicts."""
    from fly_machines_api.api.machines import machines_list

    from fly_machines._engine import _parse_success

    answer = httpx.Response(200, content=machines, headers={"content-type": "application/json"})

    def as_machines() -> Any:
        return _parse_success(machines_list, answer)

    def as_dicts() -> Any:
        return json.loads(machines)

    return {"Machines": as_machines, "dicts": as_dicts}


def _peak(call: Callable[[], Any]) -> Callable[[], float]:
    """Bytes allocated at the peak of one call, above what was allocated before it."""

    def measured() -> float:
        gc.collect()
        tracemalloc.start()
        try:
            before, _ = tracemalloc.get_traced_memory()
            result = call()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        del result
        return float(peak - before)

    return measured


def measure_list_memory(machines: bytes, rounds: int) -> Measured:
    calls = decoders(machines)
    for call in calls.values():
        call()
    peaks = _interleaved({name: _peak(call) for name, call in calls.items()}, rounds)
    row = next(row for row in ROWS if row.key == "list-memory")
    return Measured(
        row,
        _ratios(peaks["Machines"], peaks["dicts"]),
        {name: ("MB at the peak", [p / 1e6 for p in v]) for name, v in peaks.items()},
    )


# -- row: import ----------------------------------------------------------------------------


def _runtime_distributions(name: str = "fly-machines") -> list[str]:
    """`name` and what it needs at run time, recursively: no extras, markers evaluated."""
    from packaging.requirements import Requirement

    seen: dict[str, None] = {}
    todo = [name]
    while todo:
        current = todo.pop()
        key = current.lower().replace("_", "-")
        if key in seen:
            continue
        seen[key] = None
        for text in importlib.metadata.requires(current) or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return list(seen)


def _top_level_names(distribution: str) -> set[str]:
    """The importable top-level names a distribution installs."""
    if distribution == "fly-machines":  # installed editable here: its two packages
        return {"fly_machines", "fly_machines_api"}
    names: set[str] = set()
    for file in importlib.metadata.files(distribution) or []:
        first = file.parts[0]
        if first.endswith((".dist-info", ".egg-info", ".pth")) or first in ("..", "__pycache__"):
            continue
        if len(file.parts) == 1:
            if first.endswith((".py", ".so", ".pyd")):
                names.add(first.split(".")[0])
        else:
            names.add(first)
    return names


@contextmanager
def plain_install() -> Iterator[Path]:
    """A directory holding links to exactly the packages a plain `pip install fly-machines`
    brings (its runtime dependencies, resolved from the installed metadata)."""
    with tempfile.TemporaryDirectory(prefix="fly-machines-plain-") as directory:
        root = Path(directory)
        for distribution in _runtime_distributions():
            for name in _top_level_names(distribution):
                spec = importlib.util.find_spec(name)
                if spec is None:
                    raise RuntimeError(f"{name} (of {distribution}) is not importable")
                locations = spec.submodule_search_locations
                source = Path(locations[0] if locations else cast("str", spec.origin))
                (root / source.name).symlink_to(source)
        yield root


def _import_seconds(root: Path, statement: str) -> float:
    """Seconds a fresh interpreter (isolated, no site-packages) takes to run `statement`,
    timed inside it."""
    code = (
        f"import sys; sys.path.insert(0, {str(root)!r}); import time;"
        f" t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-S", "-c", code], capture_output=True, text=True, check=True
    )
    return float(done.stdout)


IMPORT_STATEMENTS = {
    "fly_machines": "from fly_machines import Machines, attach",
    "httpx": "import httpx",
}


def measure_import(rounds: int) -> Measured:
    with plain_install() as root:
        calls = {
            name: functools.partial(_import_seconds, root, statement)
            for name, statement in IMPORT_STATEMENTS.items()
        }
        for call in calls.values():  # bytecode caches
            call()
        seconds = _interleaved(calls, rounds)
    row = next(row for row in ROWS if row.key == "import")
    return Measured(
        row,
        _ratios(seconds["fly_machines"], seconds["httpx"]),
        {name: ("ms", [s * 1e3 for s in v]) for name, v in seconds.items()},
    )


# -- rows: async, async-server -----------------------------------------------------------------


Getter = Callable[[], Awaitable[Any]]


def _getters(
    raw: httpx.AsyncClient, facade: Any, url: str, app: str, machine_id: str
) -> dict[str, Getter]:
    """One get of the machine, raw and through the facade."""
    from fly_machines import Machines

    async def raw_get() -> Any:
        answer = await raw.get(url)
        answer.raise_for_status()
        return answer.json()

    async def facade_get() -> Any:
        return (await Machines.get(facade, app_name=app, machine_id=machine_id)).unwrap()

    return {"facade": facade_get, "raw": raw_get}


async def _timed_batch(get: Getter, size: int, warm: int = 0) -> float:
    """Seconds for `size` concurrent calls of `get`, after `warm` untimed ones."""
    if warm:
        await asyncio.gather(*(get() for _ in range(warm)))
    gc.collect()  # each batch starts with nothing left for the collector of the one before
    started = time.perf_counter()
    await asyncio.gather(*(get() for _ in range(size)))
    return time.perf_counter() - started


async def _interleaved_async(
    batches: Mapping[str, Callable[[], Awaitable[float]]], rounds: int
) -> dict[str, list[float]]:
    values: dict[str, list[float]] = {name: [] for name in batches}
    order = list(batches)
    for _ in range(rounds):
        for name in order:
            values[name].append(await batches[name]())
        order.reverse()
    return values


def _async_measured(row_key: str, seconds: dict[str, list[float]], size: int) -> Measured:
    row = next(row for row in ROWS if row.key == row_key)
    return Measured(
        row,
        _ratios(seconds["raw"], seconds["facade"]),  # throughputs: the raw time over ours
        {name: ("requests per second", [size / s for s in v]) for name, v in seconds.items()},
    )


def measure_async(rounds: int, size: int) -> Measured:
    import fly_machines

    body = json.dumps(MACHINE).encode()

    async def race() -> dict[str, list[float]]:
        raw = httpx.AsyncClient(transport=_async_mock(body), headers={"Authorization": SIM_AUTH})
        facade = fly_machines.AsyncClient(token=TOKEN, transport=_async_mock(body))
        gets = _getters(raw, facade, URL, APP, MACHINE_ID)
        for get in gets.values():  # warm up: imports and caches
            await _timed_batch(get, size)
        batches = {name: functools.partial(_timed_batch, get, size) for name, get in gets.items()}
        seconds = await _interleaved_async(batches, rounds)
        await raw.aclose()
        await facade.aclose()
        return seconds

    return _async_measured("async", asyncio.run(race()), size)


@contextmanager
def simulator_process() -> Iterator[str]:
    """The simulator's server (`python -m fly_machines.sim`) in a process of its own, as a
    real server would be; its base URL. In a thread of this process it would share the
    GIL with the clients: both event loops then wait on each other's switch interval
    (5 ms), which held either contender to about 290 requests per second whatever its own
    cost, and made each round's ratio a matter of luck (0.88 to 1.20)."""
    command = [sys.executable, "-m", "fly_machines.sim", "--port", "0", "--seed", "1"]
    command += ["--token", TOKEN, "--transition-seconds", "0.05"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        if "listening on " not in line:
            raise SystemExit(f"the simulator did not start: {line!r}")
        yield line.rsplit(" ", 1)[1].strip()
    finally:
        server.terminate()
        server.wait(timeout=30)


def _started_machine(base_url: str) -> str:
    """A started machine made with SIM_CONFIG (three events: the realistic machine)."""
    with httpx.Client(base_url=base_url, headers={"Authorization": SIM_AUTH}) as client:
        client.post("/v1/apps", json={"name": SIM_APP, "org_slug": "personal"}).raise_for_status()
        created = client.post(f"/v1/apps/{SIM_APP}/machines", json={"config": SIM_CONFIG})
        machine_id: str = created.raise_for_status().json()["id"]
        waited = client.get(
            f"/v1/apps/{SIM_APP}/machines/{machine_id}/wait",
            params={"state": "started", "timeout": 10},
        )
        waited.raise_for_status()
        return machine_id


def measure_async_server(rounds: int, size: int) -> Measured:
    """Each timed batch on clients of its own, made for it and closed after it: run one
    after the other against one server, clients kept would leave a contender's idle
    connections open on the server (which closes them after 5 s) while the other's batch
    runs, and the one that goes second in a round would pay for it (a ratio of about 1.2
    one round and 0.75 the next). Each batch starts with an untimed one of 100, which
    opens the pool's connections: a first batch of 1,000 on an empty pool takes httpcore
    tens of seconds (its queue of waiting requests is walked for each connection that
    opens)."""
    import fly_machines

    async def batch(name: str, base_url: str, machine_id: str) -> float:
        # The facade's own timeouts for both: httpx's default 5 s pool timeout is too
        # short for 1,000 requests queued for 100 connections.
        raw = httpx.AsyncClient(
            headers={"Authorization": SIM_AUTH}, timeout=httpx.Timeout(30.0, connect=5.0)
        )
        facade = fly_machines.AsyncClient(token=TOKEN, base_url=base_url)
        url = f"{base_url}/v1/apps/{SIM_APP}/machines/{machine_id}"
        try:
            get = _getters(raw, facade, url, SIM_APP, machine_id)[name]
            return await _timed_batch(get, size, warm=min(size, 100))
        finally:
            await raw.aclose()
            await facade.aclose()

    async def race(base_url: str, machine_id: str) -> dict[str, list[float]]:
        batches = {
            name: functools.partial(batch, name, base_url, machine_id) for name in ("facade", "raw")
        }
        for run in batches.values():  # warm up: imports, caches, the server
            await run()
        return await _interleaved_async(batches, rounds)

    with simulator_process() as base_url:
        seconds = asyncio.run(race(base_url, _started_machine(base_url)))
    return _async_measured("async-server", seconds, size)


# -- the run --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    rounds: dict[str, int]
    get_iterations: int = 300
    list_iterations: int = 3
    batch: int = 1000


FULL = Plan(
    rounds={
        "get": 31,
        "list": 31,
        "list-memory": 5,
        "import": 31,
        "async": 11,
        "async-server": 41,
    }
)
QUICK = Plan(
    rounds={"get": 7, "list": 5, "list-memory": 3, "import": 5, "async": 3, "async-server": 3},
    get_iterations=150,
    list_iterations=2,
)


def run(keys: Sequence[str], plan: Plan) -> list[Measured]:
    wanted = set(keys)
    measured: list[Measured] = []
    needs_answers = wanted & {"get", "get-realistic", "get-model", "list", "list-memory"}
    answers = simulator_answers() if needs_answers else None
    if answers is not None and wanted & {"get", "get-realistic", "get-model"}:
        measured += measure_gets(answers.machine, plan.rounds["get"], plan.get_iterations)
    if answers is not None and "list" in wanted:
        measured.append(measure_list(answers.machines, plan.rounds["list"], plan.list_iterations))
    if answers is not None and "list-memory" in wanted:
        measured.append(measure_list_memory(answers.machines, plan.rounds["list-memory"]))
    if "import" in wanted:
        measured.append(measure_import(plan.rounds["import"]))
    if "async" in wanted:
        measured.append(measure_async(plan.rounds["async"], plan.batch))
    if "async-server" in wanted:
        measured.append(measure_async_server(plan.rounds["async-server"], plan.batch))
    return [m for m in measured if m.row.key in wanted]


def environment() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            )
    except (OSError, StopIteration):
        pass
    import fly_machines

    return {
        "fly_machines": fly_machines.__version__,
        "python": platform.python_version(),
        "httpx": httpx.__version__,
        "sniffio installed": importlib.util.find_spec("sniffio") is not None,
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }


def report(measured: list[Measured], env: dict[str, Any], loads: tuple[float, float]) -> str:
    lines = [
        f"fly-machines {env['fly_machines']}, Python {env['python']}, httpx {env['httpx']},"
        f" sniffio {'installed' if env['sniffio installed'] else 'absent'}",
        f"{env['cpus']} CPUs ({env['cpu']}); load average {loads[0]:.2f} before,"
        f" {loads[1]:.2f} after",
        "",
        f"{'row':<14} {'ratio':>6}  {'middle half':<13} {'goal':<7} {'':<6} what",
    ]
    for m in measured:
        first, third = m.spread
        verdict = "meets" if m.row.meets(m.ratio) else "MISSES"
        lines.append(
            f"{m.row.key:<14} {m.ratio:>6.3f}  {first:.3f}-{third:.3f}   {m.row.goal_text:<7}"
            f" {verdict:<6} {m.row.what}"
        )
    lines.append("")
    for m in measured:
        parts = [
            f"{name} {statistics.median(values):,.1f} {unit}"
            for name, (unit, values) in m.figures.items()
        ]
        lines.append(f"{m.row.key:<14} {len(m.ratios)} rounds; medians: {'; '.join(parts)}")
    return "\n".join(lines)


# -- profiles ------------------------------------------------------------------------------


def profile(what: str) -> None:
    answers = simulator_answers()
    if what in ("get", "get-realistic"):
        key = "facade" if what == "get" else "facade realistic"
        call = _timer(get_contenders(answers.machine)[key], 3000)
    elif what == "list":
        call = _timer(list_contenders(answers.machines)["facade"], 20)
    elif what == "async":
        import fly_machines
        from fly_machines import Machines

        async def batches() -> None:
            facade = fly_machines.AsyncClient(
                token=TOKEN, transport=_async_mock(json.dumps(MACHINE).encode())
            )

            async def get() -> Any:
                return (await Machines.get(facade, app_name=APP, machine_id=MACHINE_ID)).unwrap()

            for _ in range(5):
                await _timed_batch(get, 1000)

        def call() -> float:
            asyncio.run(batches())
            return 0.0

    else:
        raise SystemExit(f"--profile takes get, get-realistic, list or async, not {what!r}")
    call()  # warm up
    profiler = cProfile.Profile()
    profiler.runcall(call)
    pstats.Stats(profiler).strip_dirs().sort_stats("tottime").print_stats(30)


# -- the simulator's server and memory (outside the table) ----------------------------------
SERVER_TARGET = 0.5
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
            _timer(call, max(iterations // 10, 10))()
        seconds = _interleaved({n: _timer(c, iterations) for n, c in calls.items()}, rounds)
    print(f"the body: {len(body)} bytes; {rounds} rounds of {iterations} calls each")
    for name, values in seconds.items():
        micros = statistics.median(values) / iterations * 1e6
        print(f"{name:>14}: {micros:7.1f} µs per call")
    worst = 1.0
    for what in ("GET", "cycle"):
        ratio = statistics.median(_ratios(seconds[f"trivial {what}"], seconds[f"sim {what}"]))
        worst = min(worst, ratio)
        verdict = "meets" if ratio >= SERVER_TARGET else "BELOW"
        print(f"sim/trivial throughput, {what}: {ratio:.2f} ({verdict} the {SERVER_TARGET} target)")
    return 0 if worst >= SERVER_TARGET else 1


def measure_memory(cycles: int) -> int:
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
    keys = [row.key for row in ROWS]
    parser.add_argument("--rows", default=",".join(keys), help=f"some of {','.join(keys)}")
    parser.add_argument("--json", metavar="PATH", help="also write the figures there as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when a row misses its goal")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, for a rough look")
    parser.add_argument(
        "--profile", metavar="ROW", help="cProfile the facade: get, get-realistic, list, async"
    )
    parser.add_argument("--server", action="store_true", help="the simulator's server section")
    parser.add_argument("--memory", action="store_true", help="memory over create/destroy")
    parser.add_argument("--cycles", type=int, default=10_000, help="for --memory")
    args = parser.parse_args(argv)
    if args.memory:
        return measure_memory(args.cycles)
    if args.server:
        return measure_server(31, 300)
    if args.profile:
        profile(args.profile)
        return 0
    chosen = [key.strip() for key in args.rows.split(",") if key.strip()]
    unknown = sorted(set(chosen) - set(keys))
    if unknown:
        parser.error(f"unknown rows {unknown}; the rows are {', '.join(keys)}")
    before = os.getloadavg()[0]
    started = time.perf_counter()
    measured = run(chosen, QUICK if args.quick else FULL)
    loads = (before, os.getloadavg()[0])
    env = environment()
    print(report(measured, env, loads))
    command = " ".join(["python scripts/bench.py", *(sys.argv[1:] if argv is None else argv)])
    print(f"\n{time.perf_counter() - started:.0f} s: {command}")
    if args.json:
        figures = {
            "command": command,
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "environment": env,
            "load_average": {"before": before, "after": loads[1]},
            "rows": [m.as_json() for m in measured],
        }
        Path(args.json).write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    missed = [m.row.key for m in measured if not m.row.meets(m.ratio)]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
