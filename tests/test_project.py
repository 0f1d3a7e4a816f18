"""Project-level promises: the pinned spec is the recorded one, typing markers ship, and
the README's test command is the one CI runs."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import re

from support.project import ROOT, readme_commands


def test_pinned_spec_matches_the_sha256_in_provenance() -> None:
    provenance = (ROOT / "spec" / "PROVENANCE.md").read_text(encoding="utf-8")
    recorded = re.search(r"^- sha256: `([0-9a-f]{64})`$", provenance, re.MULTILINE)
    assert recorded, "spec/PROVENANCE.md has no '- sha256: `...`' line"
    actual = hashlib.sha256((ROOT / "spec" / "machines-openapi.yml").read_bytes()).hexdigest()
    assert actual == recorded.group(1)


def test_both_packages_ship_py_typed() -> None:
    for package, folder in (
        ("fly_machines", ROOT / "fly_machines"),
        ("fly_machines_api", ROOT / "generated" / "fly_machines_api"),
    ):
        assert (folder / "py.typed").is_file(), f"{folder}/py.typed is missing"
        assert importlib.resources.files(package).joinpath("py.typed").is_file()
    # The wheel is built from these two folders, so the markers go into it.
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    wheel = re.search(
        r"\[tool\.hatch\.build\.targets\.wheel\]\s*packages = \[([^\]]*)\]", pyproject
    )
    assert wheel, "pyproject.toml has no wheel packages list"
    assert re.findall(r'"([^"]+)"', wheel.group(1)) == [
        "fly_machines",
        "generated/fly_machines_api",
    ]


def test_readme_test_command_is_the_one_ci_runs() -> None:
    # The README opens with a block of two commands: the demo, then the tests.
    commands = readme_commands()
    assert len(commands) == 2, f"expected the demo and the test command, found {commands}"
    test_command = commands[1]
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci_lines, f".ci/run does not run the README's {test_command!r}"
    assert "pytest" in test_command


def test_old_spec_for_the_upgrade_test_is_in_the_repository_as_provenance_says() -> None:
    # The repository is self-contained: the upgrade test's old spec lives in spec/history/.
    provenance = (ROOT / "spec" / "PROVENANCE.md").read_text(encoding="utf-8")
    old = ROOT / "spec" / "history" / "machines-openapi3-2025-03-07.json"
    assert hashlib.sha256(old.read_bytes()).hexdigest() in provenance.replace("\n", "")


def test_no_test_or_script_reads_outside_the_repository() -> None:
    pattern = re.compile(r"\.\./shared|parent / \"shared\"|parents\[\d\] / \"shared\"")
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("tests", "scripts", "fly_machines")
        for path in (ROOT / folder).rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8")) and path.name != "test_project.py"
    ]
    assert offenders == []


def test_every_exactly_pinned_requirement_installs_on_the_oldest_python_we_support() -> None:
    # The README's test command installs '.[dev]' on any Python from requires-python up;
    # a pin to a release that needs a newer Python breaks it there (the docs toolchain's
    # newest releases need 3.11). Read from the installed distributions' own metadata.
    from packaging.requirements import Requirement
    from packaging.specifiers import SpecifierSet
    from packaging.version import Version

    oldest = Version("3.10")
    assert SpecifierSet(_requires_python("fly-machines")).contains(oldest)
    required = [Requirement(line) for line in importlib.metadata.requires("fly-machines") or []]
    pinned = [r for r in required if any(spec.operator == "==" for spec in r.specifier)]
    assert len(pinned) >= 8
    refused = []
    for requirement in pinned:
        needs = _requires_python(requirement.name)
        if not SpecifierSet(needs).contains(oldest):
            refused.append(f"{requirement.name} needs Python {needs}")
    assert refused == []


def _requires_python(distribution: str) -> str:
    """The installed distribution's Requires-Python ("" when it sets none)."""
    (value,) = importlib.metadata.metadata(distribution).get_all("Requires-Python") or [""]
    return str(value)
