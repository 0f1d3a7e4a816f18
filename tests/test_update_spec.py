"""scripts/update_spec.py: the change report, the all-or-nothing update, bad input.

The end-to-end tests run the script as a subprocess in a temporary copy of the project
(spec/, scripts/, generated/), with the older published spec kept in
spec/history/.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from support.project import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import generate
import spec_changes
import update_spec

# Subprocesses, codegen, real servers or property suites: `pytest -m 'not slow'` skips it.
pytestmark = pytest.mark.slow

OLD_SPEC = ROOT / "spec" / "history" / "machines-openapi3-2025-03-07.json"
NEW_SPEC = ROOT / "spec" / "machines-openapi.yml"


@pytest.fixture(scope="module")
def new_spec_text() -> str:
    """The pinned spec as JSON text (parsing its YAML takes a second; do it once)."""
    return json.dumps(generate.load_spec(NEW_SPEC))


def copy_project(destination: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache")
    for folder in ("spec", "scripts", "generated"):
        shutil.copytree(ROOT / folder, destination / folder, ignore=ignore)
    return destination


def snapshot(project: Path) -> dict[str, str]:
    """sha256 of every file in the project copy, by relative path."""
    return {
        str(path.relative_to(project)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(project.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def run_update(project: Path, source: Path, *options: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, str(project / "scripts" / "update_spec.py"), str(source), *options],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    # Shown by pytest with the test's output (-s, or -rA, or on failure).
    print(done.stdout, done.stderr, sep="\n")
    return done


def section(report: str, title: str) -> list[str]:
    """The lines of the report section whose heading starts with `title`."""
    lines = report.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{title} ("))
    body = []
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        body.append(line)
    return body


def operation_block(report: str, operation_id: str) -> list[str]:
    """The detail lines under one entry of 'Operations changed'."""
    changed = section(report, "Operations changed")
    start = next(i for i, line in enumerate(changed) if line.startswith(f"  ~ {operation_id} "))
    block = []
    for line in changed[start + 1 :]:
        if line.startswith("  ~ "):
            break
        block.append(line.strip())
    return block


def test_upgrade_from_the_2025_03_07_spec_to_the_pinned_one(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    shutil.copyfile(OLD_SPEC, project / "spec" / "machines-openapi.yml")
    before = snapshot(project)

    preview = run_update(project, NEW_SPEC, "--report-only")
    assert preview.returncode == 0
    assert "--report-only: nothing was changed." in preview.stdout
    assert snapshot(project) == before

    done = run_update(project, NEW_SPEC)
    assert done.returncode == 0, done.stderr
    report = done.stdout
    assert report.startswith("API change report")
    assert preview.stdout.split("\n\n")[0] == report.split("\n\n")[0]  # same report

    # Counts first.
    assert "Operations: 60 added, 1 removed, 29 changed, 11 unchanged" in report
    assert "Models: 121 added, 8 removed, 18 with fields added or removed" in report
    assert "OpenAPI 3.0.1, API version 1.0, 41 operations, 69 models" in report
    assert "OpenAPI 3.1.0, API version 1.0, 100 operations, 182 models" in report

    added = section(report, "Operations added")
    assert len(added) == 60
    assert "+ Machines_get_memory" in added[13]
    assert added[13].split()[-2:] == ["GET", "/v1/apps/{app_name}/machines/{machine_id}/memory"]
    removed = section(report, "Operations removed")
    assert [line.split()[:2] for line in removed] == [["-", "Secret_generate"]]
    # The old spec's server carried /v1; the report compares the paths as called.
    assert removed[0].split()[-2:] == [
        "POST",
        "/v1/apps/{app_name}/secrets/{secret_label}/type/{secret_type}/generate",
    ]

    # Changed operations: a response code, parameters, request and response fields.
    assert operation_block(report, "Machines_create_lease") == [
        "- response 200",
        "+ response 201: application/json Lease (object)",
    ]
    wait = operation_block(report, "Machines_wait")
    assert "+ parameter query from_event_id: string" in wait
    assert (
        "~ parameter query state: string enum[destroyed, started, stopped, suspended]"
        " -> string enum[destroyed, failed, settled, started, stopped, suspended]"
    ) in wait
    create = operation_block(report, "Machines_create")
    assert create[0] == "~ request body application/json:"
    assert "+ config.rootfs: object (2 nested fields)" in create
    assert "- lsvd: boolean" in create
    stop = operation_block(report, "Machines_stop")
    assert "~ timeout: object -> string" in stop
    assert "~ status: enum values added name_taken, volume_placement_capacity" in stop
    # Unchanged operations are not listed.
    assert not any(" Machines_start " in line for line in section(report, "Operations changed"))

    models = section(report, "Models with fields added or removed")
    assert "  ~ Machine: + cordoned, host_features, lease, version" in models
    assert "  ~ CreateMachineRequest: + min_secrets_version, skip_secrets; - lsvd" in models
    assert "  ~ fly.MachineRestart: - gpu_bid_price" in models
    assert "fly.Duration" in " ".join(section(report, "Models removed"))

    assert f"Patches: all {len(list(generate.PATCHES.glob('*.yaml')))} apply." in report
    # The project now holds exactly the pinned spec and what it generates.
    assert (project / "spec" / "machines-openapi.yml").read_bytes() == NEW_SPEC.read_bytes()
    assert generate.differences(ROOT / "generated", project / "generated") == []
    assert not list(project.glob(".update-spec-*")), "staging folder left behind"
    sha = hashlib.sha256(NEW_SPEC.read_bytes()).hexdigest()
    assert f"sha256 {sha}" in report


def test_patches_that_no_longer_apply_are_named_and_nothing_changes(tmp_path: Path) -> None:
    # Back to the old spec: its paths lack /v1, which every patch but one targets, or the
    # schemas a patch changes are not there yet. 14 only marks fields of Lease required, a
    # schema the old spec has too, so it still applies (and alone changes nothing either).
    project = copy_project(tmp_path)
    before = snapshot(project)
    done = run_update(project, OLD_SPEC)
    assert done.returncode == 1
    assert "Operations: 1 added, 60 removed" in done.stdout
    failed = section(done.stdout, "Patches that no longer apply")
    assert [line.split(":")[0].strip() for line in failed] == sorted(
        path.name for path in generate.PATCHES.glob("*.yaml") if path.name != "14-lease-fields.yaml"
    )
    assert "member '/v1/apps/{app_name}/machines/{machine_id}/lease' not found" in failed[0]
    assert "Nothing was changed" in done.stdout
    assert snapshot(project) == before


def test_one_stale_patch_is_named_alone(tmp_path: Path, new_spec_text: str) -> None:
    # Upstream reorders the wait parameters: 05-wait.yaml guards their positions with
    # `test` operations, so it must refuse rather than patch the wrong parameter.
    project = copy_project(tmp_path)
    spec = json.loads(new_spec_text)
    wait = spec["paths"]["/v1/apps/{app_name}/machines/{machine_id}/wait"]["get"]
    wait["parameters"].reverse()
    source = tmp_path / "reordered.json"
    source.write_text(json.dumps(spec))
    before = snapshot(project)

    done = run_update(project, source)
    assert done.returncode == 1
    failed = section(done.stdout, "Patches that no longer apply")
    assert len(failed) == 1
    assert failed[0].startswith("  05-wait.yaml: operation 1 (test ")
    # The reordering itself is not an API change (parameters are matched by name).
    assert "Operations: 0 added, 0 removed, 0 changed, 100 unchanged" in done.stdout
    assert snapshot(project) == before


def test_a_spec_that_fails_validation_after_patching_changes_nothing(
    tmp_path: Path, new_spec_text: str
) -> None:
    project = copy_project(tmp_path)
    spec = json.loads(new_spec_text)
    spec["paths"]["/v1/apps"]["get"]["responses"]["200"]["content"]["application/json"] = {
        "schema": {"$ref": "#/components/schemas/NoSuchModel"}
    }
    source = tmp_path / "broken.json"
    source.write_text(json.dumps(spec))
    before = snapshot(project)

    done = run_update(project, source)
    assert done.returncode == 1
    assert "Generation failed: the patched spec is not valid OpenAPI" in done.stdout
    assert "NoSuchModel" in done.stdout
    assert "Nothing was changed." in done.stdout
    assert snapshot(project) == before


# --- input errors and fetching (in-process; nothing is written before these fail) ---


def test_a_missing_source_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert update_spec.main(["/no/such/spec.yml"]) == 2
    assert "/no/such/spec.yml: no such file" in capsys.readouterr().err


def test_a_source_that_is_not_openapi_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "notes.yml"
    source.write_text("- just\n- a list\n")
    assert update_spec.main([str(source)]) == 2
    assert f"{source} is not an OpenAPI 3 document" in capsys.readouterr().err


def test_only_https_urls_are_fetched(capsys: pytest.CaptureFixture[str]) -> None:
    assert update_spec.main(["http://docs.machines.dev/spec/openapi3.json"]) == 2
    assert "only https:// URLs or local paths" in capsys.readouterr().err


def test_an_https_source_is_fetched() -> None:
    with respx.mock(assert_all_called=True) as mock:
        mock.get("https://docs.machines.dev/spec/openapi3.json").respond(
            200, content=b"openapi: 3.1.0\n"
        )
        assert update_spec.read_source("https://docs.machines.dev/spec/openapi3.json") == (
            b"openapi: 3.1.0\n"
        )


def test_a_failed_fetch_names_the_status_but_not_the_query() -> None:
    url = "https://specs.example/openapi.yml?access_token=very-secret"
    with respx.mock() as mock:
        mock.get(url).respond(404)
        with pytest.raises(update_spec.UpdateError) as caught:
            update_spec.read_source(url)
    assert str(caught.value) == "https://specs.example/openapi.yml answered HTTP 404"
    assert "very-secret" not in str(caught.value)


def test_a_connection_failure_is_reported() -> None:
    with respx.mock() as mock:
        mock.get("https://specs.example/openapi.yml").mock(
            side_effect=httpx.ConnectError("connection refused")
        )
        with pytest.raises(update_spec.UpdateError, match=r"could not fetch .*connection refused"):
            update_spec.read_source("https://specs.example/openapi.yml")


# --- the comparison itself, on small specs ---


def spec_with(schemas: dict[str, Any], operation: dict[str, Any], openapi: str = "3.1.0") -> Any:
    return {
        "openapi": openapi,
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.example"}],
        "paths": {"/v1/things": {"post": {"operationId": "Things_create", **operation}}},
        "components": {"schemas": schemas},
    }


def body_of(ref: str) -> dict[str, Any]:
    return {
        "requestBody": {"content": {"application/json": {"schema": {"$ref": ref}}}},
        "responses": {"200": {"description": "ok"}},
    }


def changes_of(old: Any, new: Any) -> list[str]:
    changes = spec_changes.compare(old, new, "old", "new")
    return changes.changed["Things_create"][1] if "Things_create" in changes.changed else []


def test_descriptions_examples_and_nullable_syntax_are_not_changes() -> None:
    old = spec_with(
        {"Thing": {"type": "object", "properties": {"name": {"type": "string", "nullable": True}}}},
        body_of("#/components/schemas/Thing"),
        openapi="3.0.1",
    )
    new = spec_with(
        {
            "Renamed": {
                "type": "object",
                "description": "now documented",
                "properties": {"name": {"type": ["string", "null"], "example": "x"}},
            }
        },
        body_of("#/components/schemas/Renamed"),
    )
    assert changes_of(old, new) == []


def test_a_recursive_schema_is_compared_without_looping() -> None:
    node = {
        "type": "object",
        "properties": {
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "parent": {"allOf": [{"$ref": "#/components/schemas/Node"}]},
        },
    }
    grown = json.loads(json.dumps(node))
    grown["properties"]["label"] = {"type": "string", "enum": ["a", "b"]}
    old = spec_with({"Node": node}, body_of("#/components/schemas/Node"))
    new = spec_with({"Node": grown}, body_of("#/components/schemas/Node"))
    assert changes_of(old, new) == [
        "~ request body application/json:",
        "    + label: string enum[a, b]",
    ]
    flat = spec_changes.SchemaFlattener(new).fields({"$ref": "#/components/schemas/Node"})
    assert str(flat["children[]"]) == "(recursive Node)"
    assert str(flat["parent"]) == "(recursive Node)"


def test_added_subtrees_fold_into_one_line_and_similar_names_stay_apart() -> None:
    old_fields = {"": spec_changes.Shape("object"), "network": spec_changes.Shape("string")}
    new_fields = {
        **old_fields,
        "network_cidr": spec_changes.Shape("string"),
        "rootfs": spec_changes.Shape("object"),
        "rootfs.size_gb": spec_changes.Shape("integer"),
        "rootfs.fs_size_gb": spec_changes.Shape("integer"),
    }
    assert spec_changes.shape_changes(old_fields, new_fields) == [
        "+ network_cidr: string",
        "+ rootfs: object (2 nested fields)",
    ]


def test_parameter_and_enum_changes_are_described() -> None:
    old = spec_with(
        {},
        {
            "parameters": [
                {"name": "force", "in": "query", "schema": {"type": "boolean"}},
                {"name": "Fly-Thing", "in": "header", "schema": {"type": "string"}},
            ],
            "responses": {"200": {"description": "ok"}},
        },
    )
    new = spec_with(
        {},
        {
            "parameters": [
                {"name": "force", "in": "query", "required": True, "schema": {"type": "boolean"}},
                {"name": "fly-thing", "in": "header", "schema": {"type": "string"}},
                {
                    "name": "state",
                    "in": "query",
                    "schema": {"type": "array", "items": {"type": "string"}},
                },
            ],
            "responses": {
                "200": {"description": "ok"},
                "408": {
                    "description": "timeout",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                },
            },
        },
    )
    assert changes_of(old, new) == [
        "+ parameter query state: array of string",
        "~ parameter query force: boolean -> boolean (required)",
        "+ response 408: application/json object",
    ]


def test_render_puts_counts_before_sections() -> None:
    old = spec_with({}, {"responses": {"200": {"description": "ok"}}})
    new = json.loads(json.dumps(old))
    new["paths"]["/v1/things"]["get"] = {
        "operationId": "Things_list",
        "responses": {"200": {"description": "ok"}},
    }
    text = spec_changes.render(spec_changes.compare(old, new, "spec/a.yml", "b.yml"))
    lines = text.splitlines()
    assert lines[0] == "API change report"
    assert "Operations: 1 added, 0 removed, 0 changed, 1 unchanged" in lines
    assert lines.index("Operations: 1 added, 0 removed, 0 changed, 1 unchanged") < lines.index(
        "Operations added (1):"
    )
    assert "  + Things_list  GET    /v1/things" in lines
