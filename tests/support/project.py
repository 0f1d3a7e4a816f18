"""The project around the tests: its folder, the patched spec, what the README says to run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The spec with the project's patches applied, which generated/ was made from.
PATCHED_SPEC = ROOT / "generated" / "machines-openapi.patched.json"


def readme_commands() -> list[str]:
    """The command lines of the README's first fenced code block."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^```[^\n]*\n(.*?)^```", readme, re.MULTILINE | re.DOTALL)
    assert block, "README.md has no fenced code block"
    lines = [line.strip() for line in block.group(1).splitlines()]
    return [line for line in lines if line and not line.startswith("#")]
