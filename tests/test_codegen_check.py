"""scripts/generate.py: --check guards generated/, and generation is deterministic.

Each generation takes a few seconds, so these tests run two at a time in parallel
subprocesses and there are only two tests.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support.project import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import generate

# Subprocesses, codegen, real servers or property suites: `pytest -m 'not slow'` skips it.
pytestmark = pytest.mark.slow

CHANGED = Path("generated/fly_machines_api/models/machine.py")
STRAY = Path("generated/fly_machines_api/stray.py")
REMOVED = Path("generated/fly_machines_api/api/machines/machines_wait.py")


def start(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    output, _ = process.communicate(timeout=300)
    print(output)
    return process.returncode, output


def test_check_passes_on_the_repo_and_names_every_file_that_differs(tmp_path: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__")
    for folder in ("spec", "scripts", "generated"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=ignore)
    changed = tmp_path / CHANGED
    data = bytearray(changed.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit of one byte
    changed.write_bytes(bytes(data))
    (tmp_path / STRAY).write_text("x = 1\n")
    (tmp_path / REMOVED).unlink()

    on_repo = start(["scripts/generate.py", "--check"], ROOT)
    on_copy = start(["scripts/generate.py", "--check"], tmp_path)
    repo_status, repo_output = finish(on_repo)
    copy_status, copy_output = finish(on_copy)

    assert repo_status == 0, repo_output
    assert "generated/ is up to date" in repo_output

    assert copy_status == 1
    listed = [line.strip() for line in copy_output.splitlines() if line.startswith("  ")]
    assert listed == [
        "missing  fly_machines_api/api/machines/machines_wait.py",
        "extra    fly_machines_api/stray.py",
        "changed  fly_machines_api/models/machine.py",
    ]
    assert "run: python scripts/generate.py" in copy_output


def test_two_generations_produce_identical_bytes(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        " import generate; generate.generate_into(Path(sys.argv[2]))"
    )
    outs = [tmp_path / "first", tmp_path / "second"]
    runs = [start(["-c", code, str(ROOT / "scripts"), str(out)], ROOT) for out in outs]
    for run in runs:
        status, output = finish(run)
        assert status == 0, output
    assert generate.differences(outs[0], outs[1]) == []
    files = sorted(p for p in outs[0].rglob("*") if p.is_file())
    assert len(files) > 300
    for path in files:
        assert path.read_bytes() == (outs[1] / path.relative_to(outs[0])).read_bytes()
    # And both are what is committed.
    assert generate.differences(outs[0], ROOT / "generated") == []
