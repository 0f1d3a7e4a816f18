"""Turn the pinned spec plus the patch layer into generated/ (the low-level client).

    python scripts/generate.py           # rewrite generated/
    python scripts/generate.py --check   # regenerate into a temporary folder, list differences

Steps: load spec/machines-openapi.yml, apply every spec/patches/*.yaml in name order
(RFC 6902 JSON Patch, applied by the jsonpatch package), validate the result with
openapi-spec-validator, run the pinned openapi-python-client with the committed config
and templates, then format with the pinned ruff. Same inputs, same bytes.
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import importlib.metadata
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpatch
from openapi_spec_validator import validate
from openapi_spec_validator.exceptions import OpenAPIError
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing.exceptions import Unresolvable
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "machines-openapi.yml"
PATCHES = ROOT / "spec" / "patches"
GENERATED = ROOT / "generated"
PACKAGE = "fly_machines_api"
PATCHED_SPEC_NAME = "machines-openapi.patched.json"
CONFIG = ROOT / "scripts" / "codegen-config.yml"
TEMPLATES = ROOT / "scripts" / "templates"

# The generator's output changes between releases, so the check in CI is only meaningful
# against one version. pyproject.toml pins the same version in the dev extra.
GENERATOR_VERSION = "0.28.4"


class CodegenError(Exception):
    """A step of code generation failed; the message says which and why."""


@dataclass(frozen=True)
class Patch:
    name: str
    reason: str
    source: str
    operations: list[dict[str, Any]]


def _read_yaml(path: Path) -> Any:
    # YAML 1.2 on purpose: a YAML 1.1 loader (PyYAML) reads the spec's enum values
    # `no` and `off` as the boolean false and silently breaks fly.MachineRestart.
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def load_patches(folder: Path = PATCHES) -> list[Patch]:
    patches = []
    for path in sorted(folder.glob("*.yaml")):
        data = _read_yaml(path)
        missing = [key for key in ("reason", "source", "patch") if not data or not data.get(key)]
        if missing:
            raise CodegenError(f"patch {path.name} lacks {', '.join(missing)}")
        patches.append(Patch(path.name, data["reason"], data["source"], list(data["patch"])))
    return patches


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    if path.suffix == ".json":
        spec = json.loads(path.read_text(encoding="utf-8"))
    else:
        spec = _read_yaml(path)
    if not isinstance(spec, dict):
        raise CodegenError(f"{path} is not an OpenAPI document")
    return spec


def apply_patches(
    spec: dict[str, Any], patches: list[Patch]
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Apply each patch in turn; return the result and (patch name, why) for each that failed.

    A patch either applies whole or not at all, so one that no longer fits a newer spec
    is reported by name and leaves the document as it was.
    """
    failures: list[tuple[str, str]] = []
    for patch in patches:
        candidate = copy.deepcopy(spec)
        for number, operation in enumerate(patch.operations, start=1):
            try:
                jsonpatch.JsonPatch([operation]).apply(candidate, in_place=True)
            except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException) as exc:
                why = str(exc).split(" in {", 1)[0][:200]
                where = f"{operation.get('op')} {operation.get('path')}"
                failures.append((patch.name, f"operation {number} ({where}): {why}"))
                break
        else:
            spec = candidate
    return spec, failures


def patched_spec(spec_path: Path = SPEC, patches_dir: Path = PATCHES) -> dict[str, Any]:
    spec, failures = apply_patches(load_spec(spec_path), load_patches(patches_dir))
    if failures:
        raise CodegenError(
            "patches that no longer apply:\n"
            + "\n".join(f"  {name}: {why}" for name, why in failures)
        )
    try:
        validate(spec)
    except (OpenAPIError, OpenAPIValidationError, Unresolvable) as exc:
        # The first line names the problem; the rest repeats the validator's whole schema.
        why = (str(exc).splitlines() or [type(exc).__name__])[0][:300]
        raise CodegenError(f"the patched spec is not valid OpenAPI: {why}") from exc
    return spec


def _run(args: list[str], cwd: Path) -> None:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise CodegenError(f"{' '.join(args[:4])} failed:\n{done.stdout}{done.stderr}")


def generate_into(out: Path, spec_path: Path = SPEC, patches_dir: Path = PATCHES) -> None:
    """Write the complete contents of generated/ into `out` (which must not exist)."""
    installed = importlib.metadata.version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        raise CodegenError(
            f"openapi-python-client {GENERATOR_VERSION} is pinned but {installed} is installed;"
            " run: pip install -e '.[dev]'"
        )
    spec = patched_spec(spec_path, patches_dir)
    out.mkdir(parents=True)
    spec_file = out / PATCHED_SPEC_NAME
    spec_file.write_text(json.dumps(spec, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    package = out / PACKAGE
    _run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec_file),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(package),
            "--fail-on-warning",
        ],
        cwd=out,
    )
    (package / "py.typed").write_text("", encoding="utf-8")
    _write_operation_table(package)
    # Shipped with the package: the simulator checks request bodies against its schemas.
    compact = json.dumps(spec, separators=(",", ":"), sort_keys=True)
    (package / "openapi.json").write_text(compact + "\n", encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    common = ["--isolated", "--target-version", "py310", "--line-length", "100", "--no-cache"]
    _run([*ruff, "check", *common, "--fix-only", "--select", "F401,I", "-q", str(package)], out)
    _run([*ruff, "format", *common, "-q", str(package)], out)


def _write_operation_table(package: Path) -> None:
    """fly_machines_api/operations.py: every operation's facts by operation id, gathered
    from the tag packages (each lists its own; importing them imports no operation)."""
    tags = sorted(p.name for p in (package / "api").iterdir() if (p / "__init__.py").exists())
    lines = [
        '"""Every operation of the API by operation id (written by scripts/generate.py)."""',
        "",
        *(f"from .api.{tag} import OPERATIONS as _{tag}" for tag in tags),
        "from .types import Operation",
        "",
        "OPERATIONS: dict[str, Operation] = {",
        "    operation.id: operation",
        f"    for operation in ({', '.join(f'*_{tag}' for tag in tags)})",
        "}",
        "",
    ]
    (package / "operations.py").write_text("\n".join(lines), encoding="utf-8")


def _files(tree: Path) -> set[str]:
    return {
        str(p.relative_to(tree))
        for p in tree.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """Files that differ between two trees, each with a word saying how."""
    want, have = _files(expected), _files(actual)
    report = [f"missing  {name}" for name in sorted(want - have)]
    report += [f"extra    {name}" for name in sorted(have - want)]
    report += [
        f"changed  {name}"
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder and fail if generated/ differs",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        try:
            generate_into(fresh)
        except CodegenError as exc:
            print(f"codegen failed: {exc}", file=sys.stderr)
            return 2
        if args.check:
            report = differences(fresh, GENERATED)
            if report:
                print("generated/ differs from what scripts/generate.py produces:")
                print("\n".join(f"  {line}" for line in report))
                print("run: python scripts/generate.py")
                return 1
            print(f"generated/ is up to date ({len(_files(fresh))} files)")
            return 0
        if GENERATED.exists():
            shutil.rmtree(GENERATED)
        shutil.copytree(fresh, GENERATED)
        print(f"wrote generated/ ({len(_files(GENERATED))} files)")
        return 0


if __name__ == "__main__":
    sys.exit(main())
