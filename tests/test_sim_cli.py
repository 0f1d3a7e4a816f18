"""`python -m fly_machines.sim` serves on 127.0.0.1 as a real process and stops cleanly."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import httpx
import pytest

from fly_machines.sim import main
from fly_machines.testing import FlySimulator

# Subprocesses, codegen, real servers or property suites: `pytest -m 'not slow'` skips it.
pytestmark = pytest.mark.slow

TOKEN = "cli-test-token"


def _start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("FLY_SIM_TOKEN", None)
    return subprocess.Popen(
        [sys.executable, "-m", "fly_machines.sim", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("stop_with", [signal.SIGINT, signal.SIGTERM])
def test_serves_and_stops_cleanly(stop_with: signal.Signals) -> None:
    process = _start("--host", "127.0.0.1", "--port", "0", "--token", TOKEN, "--seed", "1")
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"listening on (http://127\.0\.0\.1:\d+)$", line.strip())
        assert found, line
        url = found.group(1)
        auth = {"Authorization": f"Bearer {TOKEN}"}
        response = httpx.post(f"{url}/v1/apps", json={"name": "cli", "org_slug": "o"}, headers=auth)
        assert response.status_code == 201
        response = httpx.get(f"{url}/v1/apps/cli", headers={"Authorization": "Bearer wrong"})
        assert response.status_code == 401
        process.send_signal(stop_with)
        out, err = process.communicate(timeout=15)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0, err
    assert "simulator stopped" in out
    assert TOKEN not in out + err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "70000"], "--port must be from 0 to 65535"),
        (["--transition-seconds", "-1"], "--transition-seconds must be >= 0"),
    ],
)
def test_bad_arguments_are_reported(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_without_the_sim_extra_the_cli_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if it were not installed
    assert main(["--port", "0"]) == 1
    assert "pip install 'fly-machines[sim]'" in capsys.readouterr().err


def test_without_the_sim_extra_serve_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if it were not installed
    with pytest.raises(ModuleNotFoundError, match=r"pip install 'fly-machines\[sim\]'") as raised:
        FlySimulator().serve(port=0)
    assert raised.value.name == "uvicorn"


def test_the_testing_package_and_its_transport_need_no_uvicorn() -> None:
    code = (
        "import sys; sys.modules['uvicorn'] = None\n"
        "import httpx\n"
        "from fly_machines.testing import FlySimulator\n"
        "client = httpx.Client(transport=FlySimulator().transport(), base_url='http://sim')\n"
        "print(client.get('/v1/apps', params={'org_slug': 'o'},"
        " headers={'Authorization': 'Bearer t'}).status_code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert (done.returncode, done.stdout.strip()) == (0, "200"), done.stderr
