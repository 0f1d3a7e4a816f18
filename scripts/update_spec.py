"""Pin a newer Machines spec, regenerate the client, and report how the API changed.

    python scripts/update_spec.py SOURCE                # SOURCE: a file path or an https:// URL
    python scripts/update_spec.py SOURCE --report-only  # print the report, change nothing

The report compares the pinned spec with SOURCE (both as published, before our patches):
operations added, removed and changed (matched by operationId; parameters, request body
and responses compared by the shape of their resolved schemas), and models whose fields
were added or removed. Then every patch in spec/patches/ is applied to SOURCE. Only when
all patches apply and generation succeeds are spec/machines-openapi.yml (SOURCE's exact
bytes) and generated/ replaced; otherwise the project is left as it was and the exit
status is 1. Unusable input (a missing file, a URL that fails, not an OpenAPI document)
exits with 2.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import generate  # scripts/generate.py: the one place that knows how to patch and generate
import httpx
import spec_changes  # scripts/spec_changes.py: the comparison behind the report
from ruamel.yaml.error import YAMLError


class UpdateError(Exception):
    """SOURCE cannot be used; the message names the problem."""


# ---------------------------------------------------------------------------
# Reading SOURCE


def _display(source: str) -> str:
    """SOURCE as it may be printed: a URL loses any credentials and query string."""
    if "://" not in source:
        return source
    parts = urlsplit(source)
    return f"{parts.scheme}://{parts.hostname or ''}{parts.path}"


def read_source(source: str) -> bytes:
    if "://" in source:
        if urlsplit(source).scheme != "https":
            raise UpdateError(f"{_display(source)}: only https:// URLs or local paths are accepted")
        try:
            response = httpx.get(source, follow_redirects=True, timeout=60.0)
        except httpx.HTTPError as exc:
            raise UpdateError(f"could not fetch {_display(source)}: {exc}") from exc
        if response.url.scheme != "https":
            raise UpdateError(f"{_display(source)} redirected away from https")
        if response.status_code != 200:
            raise UpdateError(f"{_display(source)} answered HTTP {response.status_code}")
        return response.content
    path = Path(source)
    if not path.is_file():
        raise UpdateError(f"{source}: no such file")
    return path.read_bytes()


def load_openapi(path: Path, label: str) -> dict[str, Any]:
    try:
        spec = generate.load_spec(path)
    except (YAMLError, ValueError) as exc:
        raise UpdateError(f"{label} is not JSON or YAML: {str(exc).splitlines()[0]}") from exc
    except generate.CodegenError as exc:
        raise UpdateError(f"{label} is not an OpenAPI 3 document (not a mapping)") from exc
    if "openapi" not in spec or not isinstance(spec.get("paths"), dict):
        raise UpdateError(f"{label} is not an OpenAPI 3 document (no 'openapi' version or 'paths')")
    return spec


# ---------------------------------------------------------------------------
# Replacing spec/ and generated/ together


def install(spec_bytes: bytes, fresh: Path) -> None:
    """Put the new spec and the new generated/ in place, or neither.

    Everything is staged next to generated/ first so that the final steps are renames
    on one file system; if one fails the old generated/ is put back.
    """
    staging = Path(tempfile.mkdtemp(prefix=".update-spec-", dir=generate.ROOT))
    try:
        new_generated = staging / "generated"
        shutil.copytree(fresh, new_generated)
        new_spec = staging / generate.SPEC.name
        new_spec.write_bytes(spec_bytes)
        old_generated = staging / "old-generated"
        os.replace(generate.GENERATED, old_generated)
        try:
            os.replace(new_generated, generate.GENERATED)
            os.replace(new_spec, generate.SPEC)
        except OSError:
            if generate.GENERATED.exists():
                shutil.rmtree(generate.GENERATED)
            os.replace(old_generated, generate.GENERATED)
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def update(source: str, report_only: bool) -> int:
    try:
        new_bytes = read_source(source)
    except UpdateError as exc:
        print(f"update_spec: {exc}", file=sys.stderr)
        return 2
    pinned = generate.SPEC.relative_to(generate.ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        # Same file name as the pinned spec, so it is parsed exactly as it will be once pinned.
        candidate = Path(tmp) / generate.SPEC.name
        candidate.write_bytes(new_bytes)
        try:
            new_spec = load_openapi(candidate, _display(source))
            old_spec = load_openapi(generate.SPEC, str(pinned))
        except UpdateError as exc:
            print(f"update_spec: {exc}", file=sys.stderr)
            return 2
        report = spec_changes.compare(old_spec, new_spec, str(pinned), _display(source))
        print(spec_changes.render(report))
        print()
        if new_bytes == generate.SPEC.read_bytes():
            print(f"{_display(source)} is byte-for-byte the pinned spec: nothing to update.")
            return 0

        try:
            patches = generate.load_patches()
        except generate.CodegenError as exc:
            print(f"Cannot read the patches: {exc}\nNothing was changed.")
            return 1
        _, failures = generate.apply_patches(new_spec, patches)
        if failures:
            print(f"Patches that no longer apply ({len(failures)} of {len(patches)}):")
            print("\n".join(f"  {name}: {why}" for name, why in failures))
            print()
            print(
                "Nothing was changed: spec/ and generated/ are as they were. Update or remove"
                " those patches (see spec/patches/README.md), then run this again."
            )
            return 1
        print(f"Patches: all {len(patches)} apply.")
        if report_only:
            print("--report-only: nothing was changed.")
            return 0

        fresh = Path(tmp) / "generated"
        try:
            generate.generate_into(fresh, spec_path=candidate)
        except generate.CodegenError as exc:
            print(f"Generation failed: {exc}\nNothing was changed.")
            return 1
        install(new_bytes, fresh)
    digest = hashlib.sha256(new_bytes).hexdigest()
    print(f"Pinned {_display(source)} as {pinned} (sha256 {digest}) and regenerated generated/.")
    print(
        "Next: record the source, date and sha256 in spec/PROVENANCE.md, run the tests,"
        " and review the diff of generated/."
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("source", help="the new spec: a file path or an https:// URL")
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="print the change report and whether the patches apply; change nothing",
    )
    args = parser.parse_args(argv)
    return update(args.source, args.report_only)


if __name__ == "__main__":
    sys.exit(main())
