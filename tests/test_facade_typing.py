"""The facade's types hold: mypy --strict accepts tests/typing/usage.py and the README's
Python examples, and rejects each marked line of tests/typing/wrong.py; usage.py also runs
against an in-process API and against the simulator."""

from __future__ import annotations

import asyncio
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import respx
from support.facade import APP, BASE, MACHINE_ID, MACHINE_JSON, answering, mock_client
from support.project import ROOT

import fly_machines
from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator

# Subprocesses, codegen, real servers or property suites: `pytest -m 'not slow'` skips it.
pytestmark = pytest.mark.slow

USAGE = "tests/typing/usage.py"
WRONG = "tests/typing/wrong.py"
README = "README.md"
# Programs written the way the README teaches (examples/): they type-check unmodified.
PROGRAMS = ("examples/sandbox_runner.py", "examples/fleet_rollout.py")
# The README's examples as one module, in their order, as a reader goes through them
# (a later block uses what an earlier one made); written next to the mypy cache.
README_MODULE = ".mypy_cache/readme_examples.py"
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
MARKER = re.compile(r"^\s*# wrong\[(?P<code>[a-z-]+)\]: (?P<fragment>.+?)\s*$")
ERROR = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+): error: (?P<message>.*)  \[(?P<code>[a-z-]+)\]$"
)

Errors = dict[tuple[str, int], list[tuple[str, str]]]


def readme_examples() -> list[str]:
    return PYTHON_BLOCK.findall((ROOT / README).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def mypy_errors() -> Errors:
    """mypy --strict on the three files at once, with the project's configuration."""
    module = ROOT / README_MODULE
    module.parent.mkdir(exist_ok=True)
    module.write_text("\n\n".join(readme_examples()), encoding="utf-8")
    checked = subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--no-pretty"),
            *(USAGE, WRONG, README_MODULE, *PROGRAMS),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert checked.returncode == 1, checked.stdout + checked.stderr  # 1: errors, 2: crash
    errors: Errors = {}
    for line in checked.stdout.splitlines():
        found = ERROR.match(line)
        if found:
            key = (Path(found["path"]).as_posix(), int(found["line"]))
            errors.setdefault(key, []).append((found["code"], found["message"]))
    return errors


def _expected_errors() -> dict[int, tuple[str, str]]:
    """Line number -> (code, fragment), from the markers in wrong.py."""
    expected = {}
    lines = (ROOT / WRONG).read_text().splitlines()
    for number, text in enumerate(lines, start=1):
        marker = MARKER.match(text)
        if marker:
            expected[number + 1] = (marker["code"], marker["fragment"])
    return expected


def test_the_typed_usage_file_passes_mypy_strict(mypy_errors: Errors) -> None:
    assert [key for key in mypy_errors if key[0] == USAGE] == []


def test_the_readme_examples_pass_mypy_strict(mypy_errors: Errors) -> None:
    examples = readme_examples()
    assert len(examples) >= 3, "the README's ```python blocks were not found"
    assert any("Machines.start(aclient" in example for example in examples)
    assert [key for key in mypy_errors if key[0] == README_MODULE] == []


@pytest.mark.parametrize("program", PROGRAMS)
def test_the_example_programs_pass_mypy_strict(mypy_errors: Errors, program: str) -> None:
    assert [key for key in mypy_errors if key[0] == program] == []


def test_mypy_rejects_exactly_the_marked_misuses(mypy_errors: Errors) -> None:
    expected = _expected_errors()
    assert len(expected) >= 10
    reported = {line: found for (path, line), found in mypy_errors.items() if path == WRONG}
    assert sorted(reported) == sorted(expected), "errors on unmarked lines, or marks missed"
    for line, (code, fragment) in expected.items():
        assert {found_code for found_code, _ in reported[line]} == {code}, (line, reported[line])
        messages = [message for _, message in reported[line]]
        assert any(fragment in message for message in messages), (line, fragment, messages)


def _load_usage() -> ModuleType:
    spec = importlib.util.spec_from_file_location("facade_typed_usage", ROOT / USAGE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.anyio
async def test_the_typed_usage_file_runs() -> None:
    usage = _load_usage()
    api = respx.MockRouter()
    machines = f"{BASE}/v1/apps/{APP}/machines"
    api.get(machines).mock(return_value=answering(200, [MACHINE_JSON]))
    api.get(f"{machines}/{MACHINE_ID}").mock(return_value=answering(200, MACHINE_JSON))
    api.post(machines).mock(return_value=answering(200, {**MACHINE_JSON, "state": "created"}))
    api.post(f"{machines}/{MACHINE_ID}/stop").mock(return_value=answering(200, {"ok": True}))
    api.post(f"{machines}/{MACHINE_ID}/start").mock(
        return_value=answering(200, {"previous_state": "stopped", "migrated": False})
    )
    api.get(f"{BASE}/v1/apps/{APP}").mock(
        return_value=answering(200, {"id": "jlyv9r5d56v18xrg", "name": APP})
    )

    told = usage.describe(mock_client("sync", api))
    started = await usage.start(mock_client("async", api), MACHINE_ID)

    assert told == "state started; stopped True; listed ok=True, shown ok=True"
    assert started.previous_state == "stopped"


def test_the_typed_sandbox_runs_against_the_simulator() -> None:
    usage = _load_usage()
    sim = FlySimulator(clock=ManualClock())
    client = fly_machines.Client(token="any", transport=sim.transport(), clock=sim.clock)

    said = usage.sandbox(client, "personal")

    assert said == [
        "app sandbox-app True",
        "apps ['sandbox-app']",
        "image flyio/hellofly:latest",
        "started",
        "updated after created True",
        "event start started True",  # newest first, as the live API lists them
        "event start starting True",
        "event launch created True",
        "lease True True",
        "exec 0 hi",
        "volume data 1024 MB in sjc",
        "start again ok=False",
        "destroyed True",
    ]


def test_the_typed_fleet_usage_runs_against_the_simulator() -> None:
    usage = _load_usage()
    sim = FlySimulator(clock=ManualClock())
    client = fly_machines.Client(token="any", transport=sim.transport(), clock=sim.clock)
    aclient = fly_machines.AsyncClient(token="any", transport=sim.transport(), clock=sim.clock)

    said = usage.fleet(client)
    again = asyncio.run(usage.fleet_async(aclient))

    assert said == ["scaled {'ams': 2}", "updated True", "updated True", "steps 2"]
    assert again == ["skipped", "skipped"]
