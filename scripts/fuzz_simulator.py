"""Fuzz the simulator's HTTP server with schemathesis against the patched spec.

Starts `FlySimulator` on 127.0.0.1 (a virtual clock, so `wait` never sleeps) with an app
and two machines already there, writes a copy of generated/machines-openapi.patched.json
whose server is the local base URL, and runs the schemathesis CLI over every operation
the simulator implements (`fly_machines.testing.resources.HANDLERS`; the `UNIMPLEMENTED`
ones answer 501 by design and are left out), in positive and negative modes, with the
checks `not_a_server_error` and `response_schema_conformance` (`--status-codes` adds
`status_code_conformance`, which fails on the spec's undocumented 400/401/404 answers).
The path parameters `app_name`, `machine_id`, `volume_id`, `secret_name` and `hostname`
are pinned to things created before the run, so that most requests reach the handlers
instead of stopping at a 404 (the operations that destroy them get a spare one).

    .venv/bin/python scripts/fuzz_simulator.py                # 50 examples per operation
    .venv/bin/python scripts/fuzz_simulator.py --examples 200 --seed 1

Needs schemathesis (not a project dependency): `.venv/bin/pip install schemathesis`.
Exits 0 when schemathesis found nothing, non-zero otherwise (its own exit code).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "generated" / "machines-openapi.patched.json"
APP = "fuzz-app"
SPARE_APP = "fuzz-spare-app"
HOSTS = ("www.example.com", "old.example.com")
ORG = "personal"
IMAGE = "registry-1.docker.io/library/nginx:1.27"
TOKEN = "x"
CHECKS = "not_a_server_error,response_schema_conformance"
# The patched spec leaves out many answers the live API gives (401 without a token, 400 for
# a bad query parameter or body, 404 for a missing resource on some operations), so
# status_code_conformance is opt-in (--status-codes) and reports those spec gaps.
STATUS_CHECK = "status_code_conformance"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--examples", type=int, default=50, help="examples per operation (default 50)"
    )
    parser.add_argument("--seed", type=int, default=None, help="schemathesis' random seed")
    parser.add_argument(
        "--max-time",
        type=int,
        default=None,
        help="a time budget in seconds; note that schemathesis then repeats fuzzing until "
        "it is spent (default: none, each operation gets --examples examples)",
    )
    parser.add_argument(
        "--mode", choices=("positive", "negative", "all"), default="all", help="default all"
    )
    parser.add_argument(
        "--phases",
        default="examples,coverage,fuzzing",
        help="schemathesis phases (default examples,coverage,fuzzing)",
    )
    parser.add_argument(
        "--operation", action="append", default=[], help="only this operation id (repeatable)"
    )
    parser.add_argument(
        "--status-codes",
        action="store_true",
        help="also check that every status code is documented (the spec has gaps)",
    )
    parser.add_argument("--report-dir", default=None, help="keep schemathesis' reports here")
    args = parser.parse_args(argv)
    if args.examples < 1:
        parser.error("--examples must be at least 1")
    return args


def _operations(only: list[str]) -> list[str]:
    from fly_machines.testing.resources import HANDLERS, UNIMPLEMENTED

    implemented = sorted(set(HANDLERS) - set(UNIMPLEMENTED))
    unknown = sorted(set(only) - set(implemented))
    if unknown:
        raise SystemExit(f"not implemented by the simulator: {', '.join(unknown)}")
    return sorted(only) if only else implemented


def _spec_for(base_url: str, directory: Path) -> Path:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    spec["servers"] = [{"url": base_url}]
    path = directory / "machines-openapi.local.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def _seed(base_url: str) -> dict[str, dict[str, str]]:
    """Create, over HTTP, what the path parameters are pinned to: for each kind, one value
    for every operation and a spare for the operations that destroy it."""
    import httpx

    headers = {"Authorization": f"Bearer {TOKEN}"}
    app = f"/v1/apps/{APP}"
    with httpx.Client(base_url=base_url, headers=headers, timeout=10) as client:

        def post(path: str, body: object) -> dict[str, Any]:
            response = client.post(app + path, json=body)
            response.raise_for_status()
            answer: dict[str, Any] = response.json() if response.content else {}
            return answer

        machines = [
            str(post("/machines", {"name": f"m{i}", "config": {"image": IMAGE}})["id"])
            for i in range(2)
        ]
        volumes = [str(post("/volumes", {"name": f"v{i}", "size_gb": 1})["id"]) for i in range(2)]
        post("/secrets", {"values": {"S0": "0", "S1": "1"}})
        for host in HOSTS:
            post("/certificates/acme", {"hostname": host})
    return {
        "machine_id": {"keep": machines[0], "spare": machines[1]},
        "volume_id": {"keep": volumes[0], "spare": volumes[1]},
        "secret_name": {"keep": "S0", "spare": "S1"},
        "hostname": {"keep": HOSTS[0], "spare": HOSTS[1]},
    }


# The operations that destroy what a path parameter names get the spare one.
DESTROYERS = {
    "app_name": ("Apps_delete",),
    "machine_id": ("Machines_delete",),
    "volume_id": ("Volume_delete",),
    "secret_name": ("Secret_delete",),
    "hostname": (
        "App_Certificates_delete",
        "App_Certificates_acme_delete",
        "App_Certificates_custom_delete",
    ),
}


def _config(directory: Path, pins: dict[str, dict[str, str]]) -> Path:
    pins = {"app_name": {"keep": APP, "spare": SPARE_APP}, **pins}
    lines = ["[parameters]"]
    lines += [f'"path.{name}" = "{pin["keep"]}"' for name, pin in pins.items()]
    for name, pin in pins.items():
        for operation in DESTROYERS[name]:
            lines += ["", "[[operations]]", f'include-operation-id = "{operation}"']
            lines += [f'parameters = {{ "path.{name}" = "{pin["spare"]}" }}']
    path = directory / "schemathesis.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _command(
    args: argparse.Namespace, spec: Path, config: Path, base_url: str, operations: list[str]
) -> list[str]:
    checks = f"{CHECKS},{STATUS_CHECK}" if args.status_codes else CHECKS
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run"]
    command += [str(spec), "--url", base_url, "-H", f"Authorization: Bearer {TOKEN}"]
    command += ["--mode", args.mode, "--max-examples", str(args.examples)]
    command += ["--phases", args.phases, "--checks", checks]
    command += ["--request-timeout", "10"]
    if args.max_time is not None:
        command += ["--max-time", str(args.max_time)]
    command += ["--workers", "1", "--generation-database", "none", "--no-color"]
    command += ["--suppress-health-check", "all"]
    if args.seed is not None:
        command += ["--seed", str(args.seed)]
    if args.report_dir is not None:
        command += ["--report", "junit", "--report-dir", args.report_dir]
    for operation in operations:
        command += ["--include-operation-id", operation]
    return command


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if importlib.util.find_spec("schemathesis") is None:
        print(
            "schemathesis is not installed: `.venv/bin/pip install schemathesis` first",
            file=sys.stderr,
        )
        return 2
    from fly_machines.clock import ManualClock
    from fly_machines.testing import FlySimulator

    operations = _operations(args.operation)
    sim = FlySimulator(clock=ManualClock(), seed=1, request_log_size=10_000_000)
    sim.backend.create_app({"name": APP, "org_slug": ORG})
    sim.backend.create_app({"name": SPARE_APP, "org_slug": ORG})
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp, sim.serve(host="127.0.0.1", port=0) as server:
        directory = Path(tmp)
        pins = _seed(server.base_url)
        command = _command(
            args,
            _spec_for(server.base_url, directory),
            _config(directory, pins),
            server.base_url,
            operations,
        )
        pinned = ", ".join(f"{name}={pin['keep']}" for name, pin in pins.items())
        print(
            f"fuzzing {len(operations)} operations at {server.base_url} "
            f"(app {APP}, pinned {pinned}), "
            f"mode {args.mode}, {args.examples} examples each",
            flush=True,
        )
        code = subprocess.run(command, check=False).returncode
    elapsed = time.monotonic() - started
    statuses = Counter(r.status for r in sim.requests)
    print(
        f"the simulator answered {sum(statuses.values())} requests: "
        + ", ".join(f"{status}: {n}" for status, n in sorted(statuses.items(), key=str))
    )
    print(
        f"{APP} still exists: {APP in sim.backend.apps}; "
        f"{SPARE_APP}: {SPARE_APP in sim.backend.apps}"
    )
    print(f"schemathesis exited {code} after {elapsed:.0f} s over {len(operations)} operations")
    print("PASSED" if code == 0 else "FAILED: see the failures above")
    return code


if __name__ == "__main__":
    sys.exit(main())
