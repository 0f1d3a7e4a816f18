"""The parts of the documentation site made from the code (scripts/docs_site.py) say what
the code does: every public name is in the reference, every error code in the table,
and each facade function is shown as it is called. One test builds the site as CI does."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from griffe import Function, load, load_extensions
from mkdocs.config import load_config
from support.project import ROOT

import fly_machines
from fly_machines import errors

sys.path.insert(0, str(ROOT / "scripts"))
import docs_site


def test_every_public_name_is_on_exactly_one_reference_page() -> None:
    pages = docs_site.reference_pages()
    rendered = [path.rsplit(".", 1)[-1] for page in pages for path in page.paths]
    public = [name for name in fly_machines.__all__ if name != "__version__"]
    assert sorted(name for name in rendered if name in public) == sorted(public)
    assert len({page.slug for page in pages}) == len(pages)
    for page in pages:  # each path names a module, or something a module defines
        for path in page.paths:
            module, _, name = path.rpartition(".")
            parent = importlib.import_module(module)
            assert hasattr(parent, name) or hasattr(parent, "__path__"), path


def test_a_namespace_in_a_module_the_site_does_not_know_gets_a_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What happens when a branch adds a namespace (fly_machines.postgres.Postgres, say).
    monkeypatch.setattr(fly_machines, "__all__", [*fly_machines.__all__, "Errand"])
    module = type(sys)("fly_machines._errands")
    module.__all__ = ["Errand"]  # type: ignore[attr-defined]
    errand = type("Errand", (), {"__module__": "fly_machines._errands"})
    module.Errand = errand  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fly_machines._errands", module)
    monkeypatch.setattr(fly_machines, "Errand", errand, raising=False)
    pages = {page.slug: page for page in docs_site.reference_pages()}
    assert pages["errands"].title == "Errand"
    assert pages["errands"].paths == ("fly_machines._errands.Errand",)


def test_the_nav_gets_the_reference_pages() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    docs_site.on_config(config)
    nav = config.nav or []
    (section,) = [item for item in nav if isinstance(item, dict) and "API reference" in item]
    uris = [next(iter(entry.values())) for entry in section["API reference"]]
    assert uris == ["reference/index.md", *(page.uri for page in docs_site.reference_pages())]
    # The generated coverage table is in the nav, as it is.
    (project,) = [item["Project"] for item in nav if isinstance(item, dict) and "Project" in item]
    assert {"API coverage": "coverage.md"} in project


def test_the_error_table_has_every_code_the_library_can_make() -> None:
    rows = docs_site.error_rows()
    codes = {row.code for row in rows}
    assert set(errors._CODE_BY_STATUS.values()) <= codes
    assert set(errors._CLASS_BY_CODE) <= codes
    assert {"timeout", "connect_timeout", "connection_error", "decode_error"} <= codes
    assert {made.code for made in docs_site.client_side_errors()} <= codes
    for row in rows:
        assert row.cls == errors._class_for(row.kind, row.code, row.status).__name__
        assert hasattr(fly_machines, row.cls), f"{row.cls} is not importable from fly_machines"
    table = docs_site.error_table()
    for code in codes:
        assert f"| `{code}` |" in table
    page = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    assert docs_site.ERROR_TABLE_MARKER in page


def test_the_error_table_rows_are_what_the_library_makes() -> None:
    by_code = {(row.code, row.suggestion): row for row in docs_site.error_rows()}
    request = httpx.Request("GET", "https://api.machines.dev/v1/apps/a")
    made = errors.FlyError.from_response(httpx.Response(429, request=request))
    row = by_code[(made.code, made.suggestion)]
    assert (row.status, row.cls, row.retryable) == (429, "RateLimitedError", True)
    assert row.suggestion and "rate_limit=True" in row.suggestion


def test_every_error_the_library_makes_itself_is_described() -> None:
    made = docs_site.client_side_errors()
    assert {(m.module, m.code) for m in made} <= set(docs_site.CLIENT_SIDE)
    assert ("_waiting.py", "deadline_exceeded") in {(m.module, m.code) for m in made}


def test_the_source_scan_finds_a_new_error(tmp_path: Path) -> None:
    (tmp_path / "jobs.py").write_text(
        "from .errors import FlyError\n"
        "def f():\n"
        "    return FlyError(kind='timeout', code='job_late', message='x',"
        " retryable=True, suggestion='wait')\n",
        encoding="utf-8",
    )
    (found,) = docs_site.client_side_errors(tmp_path)
    assert (found.code, found.kind, found.retryable, found.suggestion) == (
        "job_late",
        "timeout",
        True,
        "wait",
    )


def test_endpoints_are_shown_as_they_are_called() -> None:
    package = load(
        "fly_machines.machines",
        search_paths=[ROOT, ROOT / "generated"],
        extensions=load_extensions(f"{ROOT / 'scripts' / 'docs_site.py'}:EndpointSignatures"),
    )
    get = package["Machines"].members["get"]
    assert isinstance(get, Function)
    names = [parameter.name for parameter in get.parameters]
    assert names[0] == "client" and "core" not in names
    assert str(get.parameters["client"].annotation) == "Client | AsyncClient"
    assert str(get.parameters["retry"].annotation) == "RetryPolicy | bool | None"
    assert str(get.returns) == "Result[Machine]"
    listed = package["Machines"].members["list"]
    assert isinstance(listed, Function)
    assert str(listed.returns) == "Result[list[Machine]]"


@pytest.mark.slow
def test_the_site_builds_strictly(tmp_path: Path) -> None:
    # What CI runs; warnings (a broken link, a missing page or anchor) fail it.
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    errors_page = (tmp_path / "errors" / "index.html").read_text(encoding="utf-8")
    assert "<code>lease_conflict</code>" in errors_page
    assert docs_site.ERROR_TABLE_MARKER not in errors_page
    machines = (tmp_path / "reference" / "machines" / "index.html").read_text(encoding="utf-8")
    assert "client" in machines and "core:" not in machines
