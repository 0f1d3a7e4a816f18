"""`python -m fly_machines demo` as a real process, run the way the README's first command
runs it: no token, a fresh working directory, the embedded simulator.

A token in the environment switches the demo to the real API, which must then be told
which app (`--app`) and must not be reached before that; `--simulator` keeps it offline.
"Not reached" is checked by pointing FLY_API_HOSTNAME at a listening local socket and
seeing that nothing connected to it.
"""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.project import readme_commands

from fly_machines.testing import FlySimulator

# Subprocesses, codegen, real servers or property suites: `pytest -m 'not slow'` skips it.
pytestmark = pytest.mark.slow

README_DEMO = " && ".join(
    [
        "python3 -m venv .venv",
        ".venv/bin/pip install -q -e .",
        ".venv/bin/python -m fly_machines demo",
    ]
)
TOKEN = "fo1_demoSecret_Wc4Lp9Xe2Nb6"  # long and odd: finding it in output is a leak
# Variables that would change where the demo goes or what it sends.
CLEARED = (
    "FLY_API_TOKEN",
    "FLY_ACCESS_TOKEN",
    "FLY_API_HOSTNAME",
    "FLY_FLAPS_BASE_URL",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
)
STEP_LINE = re.compile(r"^\s*(\d+)\. (.+?) \.+ (ok|FAIL) +\d+\.\d ms\s*(.*?)\s*$")
APP_TITLE = re.compile(r"^create app fly-machines-demo-\d+$")
# Each step after "create app": its title and what its outcome must say.
STEPS = [
    ("create machine", r"[0-9a-f]{14} in ams \(created\)"),
    ("wait until started", r"state=started"),
    ("exec echo hello", r"exit=0 stdout='hello from fly-machines'"),
    ("update under the lease", r"version [0-9A-HJKMNP-TV-Z]{26}"),
    ("wait for the new version", r"state=started"),
    ("scale out to 3 machines", r"2 created"),
    ("rolling deploy", r"3 updated, one at a time, in \d+\.\ds"),
    ("scale back in to 1", r"2 destroyed"),
    ("stop", r"ok=True"),
    ("wait until stopped", r"state=stopped"),
    ("destroy", r"ok=True"),
    ("destroy app", r""),
]
TIME_LIMIT = 20.0  # seconds; the demo takes about 4 on the simulator's real clock


def demo_argv() -> list[str]:
    """The last part of the README's first command, with this interpreter as .venv's."""
    program, *arguments = shlex.split(readme_commands()[0].split("&&")[-1])
    assert program == ".venv/bin/python"
    return [sys.executable, *arguments]


def run_demo(cwd: Path, *extra: str, **env: str) -> tuple[subprocess.CompletedProcess[str], float]:
    environment = {k: v for k, v in os.environ.items() if k.upper() not in CLEARED}
    environment.update(env, PYTHONUNBUFFERED="1")
    started = time.monotonic()
    done = subprocess.run(
        [*demo_argv(), *extra],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done, time.monotonic() - started


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local port that accepts connections but never answers; FLY_API_HOSTNAME for a
    demo that must not talk to the API."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield sock


def api_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()
    return f"http://{host}:{port}"


def connections(sock: socket.socket) -> int:
    """How many connections reached the listener (they wait in its backlog)."""
    sock.setblocking(False)
    count = 0
    while True:
        try:
            connection, _ = sock.accept()
        except BlockingIOError:
            return count
        connection.close()
        count += 1


def outline(stdout: str) -> list[str]:
    """The demo's output in order: each step's title, each other line up to its colon."""
    lines = [line.strip() for line in stdout.splitlines()]
    return [
        found.group(2) if (found := STEP_LINE.match(line)) else line.split(":")[0] for line in lines
    ]


def assert_every_step_ok(stdout: str) -> None:
    steps = [found.groups() for line in stdout.splitlines() if (found := STEP_LINE.match(line))]
    assert [int(number) for number, *_ in steps] == list(range(1, len(STEPS) + 2)), stdout
    assert [outcome for _, _, outcome, _ in steps] == ["ok"] * len(steps), stdout
    assert APP_TITLE.match(steps[0][1]), steps[0]
    for (_, title, _, detail), (expected_title, expected_detail) in zip(
        steps[1:], STEPS, strict=True
    ):
        assert title == expected_title
        assert re.fullmatch(expected_detail, detail), f"{title}: {detail!r}"
    # The lease is held around the update and its wait, and released before the stop.
    assert outline(stdout)[1:] == [
        steps[0][1],
        "create machine",
        "wait until started",
        "exec echo hello",
        "lease held",
        "update under the lease",
        "wait for the new version",
        "lease released",
        "scale out to 3 machines",
        "rolling deploy",
        "scale back in to 1",
        "stop",
        "wait until stopped",
        "destroy",
        "destroy app",
        "demo finished",
    ]
    assert stdout.splitlines()[-1] == "demo finished: every step succeeded"


def test_the_readme_first_command_is_the_demo() -> None:
    assert readme_commands()[0] == README_DEMO
    assert demo_argv() == [sys.executable, "-m", "fly_machines", "demo"]


def test_the_demo_runs_on_the_simulator_without_a_token(tmp_path: Path) -> None:
    done, seconds = run_demo(tmp_path)

    assert done.returncode == 0, done.stdout + done.stderr
    first = done.stdout.splitlines()[0]
    assert first == "fly-machines demo against the embedded simulator (no FLY_API_TOKEN set)"
    assert_every_step_ok(done.stdout)
    assert "FAIL" not in done.stdout and "Traceback" not in done.stderr
    assert seconds < TIME_LIMIT
    assert list(tmp_path.iterdir()) == []  # it leaves nothing behind in its directory


@pytest.mark.parametrize("variable", ["FLY_API_TOKEN", "FLY_ACCESS_TOKEN"])
def test_with_a_token_but_no_app_it_asks_for_one_and_calls_nothing(
    tmp_path: Path, listener: socket.socket, variable: str
) -> None:
    done, _ = run_demo(tmp_path, **{variable: TOKEN, "FLY_API_HOSTNAME": api_url(listener)})

    assert done.returncode == 2  # argparse's usage error
    assert done.stderr.strip().endswith(
        "error: with a Fly token set, name an existing app: --app NAME"
        " (or run it offline on the embedded simulator: --simulator)"
    )
    assert done.stdout == ""
    assert TOKEN not in done.stdout + done.stderr
    assert connections(listener) == 0


def test_simulator_flag_keeps_the_demo_offline_even_with_a_token(
    tmp_path: Path, listener: socket.socket
) -> None:
    done, _ = run_demo(
        tmp_path, "--simulator", FLY_API_TOKEN=TOKEN, FLY_API_HOSTNAME=api_url(listener)
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("fly-machines demo against the embedded simulator")
    assert_every_step_ok(done.stdout)
    assert TOKEN not in done.stdout + done.stderr
    assert connections(listener) == 0


def test_with_a_token_and_an_app_it_runs_against_the_configured_api(tmp_path: Path) -> None:
    # The simulator's server stands in for the real API: the demo's real-API mode sends
    # the token from the environment to FLY_API_HOSTNAME and uses the existing app.
    sim = FlySimulator(token=TOKEN, transition_seconds=0.05, seed=5)
    sim.backend.create_app({"name": "existing-app", "org_slug": "personal"})
    with sim.serve() as server:
        done, _ = run_demo(
            tmp_path, "--app", "existing-app", FLY_API_TOKEN=TOKEN, FLY_API_HOSTNAME=server.base_url
        )

    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "fly-machines demo against the real Machines API, app existing-app"
    steps = [found.group(2) for line in lines if (found := STEP_LINE.match(line))]
    assert steps == [title for title, _ in STEPS[:-1]]  # the app is not created or destroyed
    assert TOKEN not in done.stdout + done.stderr
    assert {r.status for r in sim.requests} <= {200, 201}
    assert sim.requests_to("Apps_create") == [] and sim.requests_to("Apps_delete") == []
    machines = sim.backend.list_machines(
        "existing-app", include_deleted=True, region=None, states=(), metadata={}, summary=False
    )
    # The demo's machine and the two the fleet steps made and removed, all gone.
    assert [m["state"] for m in machines] == ["destroyed"] * 3
