"""The shape of the hand-written code: no runtime import cycle, no private name imported
across modules, one source of the version."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import fly_machines

PACKAGE = Path(fly_machines.__file__).resolve().parent
ROOT = PACKAGE.parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) imported when the module runs (not under `if TYPE_CHECKING`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module_name(path)
    package = here if path.name == "__init__.py" else here.rsplit(".", 1)[0]
    found: list[tuple[str, list[str]]] = []

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, ast.ImportFrom):
                base = package
                for _ in range(node.level - 1):
                    base = base.rsplit(".", 1)[0]
                target = (
                    f"{base}.{node.module}"
                    if node.level and node.module
                    else base
                    if node.level
                    else node.module or ""
                )
                found.append((target, [alias.name for alias in node.names]))
            elif isinstance(node, ast.Import):
                found.extend((alias.name, []) for alias in node.names)
            elif isinstance(node, (ast.If, ast.Try)):
                visit(node.body)
                visit(getattr(node, "orelse", []))

    visit(tree.body)
    return found


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def test_no_module_imports_a_private_name_from_another() -> None:
    offenders = []
    for name, path in MODULES.items():
        for target, names in _runtime_imports(path):
            if not target.startswith("fly_machines"):
                continue
            for imported in names:
                is_module = f"{target}.{imported}" in MODULES
                if imported.startswith("_") and not imported.startswith("__") and not is_module:
                    offenders.append(f"{name}: from {target} import {imported}")
    assert offenders == []


def test_there_is_no_runtime_import_cycle() -> None:
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        edges = set()
        for target, names in _runtime_imports(path):
            submodules = [f"{target}.{n}" for n in names if f"{target}.{n}" in MODULES]
            edges.update(submodules)
            # `from . import _validate` only needs the submodule; `from . import __version__`
            # needs the package's __init__ to have run that far: a real edge (and, from a
            # module the __init__ imports, the cycle this test exists for).
            if target in MODULES and target != name and len(submodules) < max(len(names), 1):
                edges.add(target)
        graph[name] = edges

    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        while stack:
            node, trail = stack.pop()
            for nxt in graph.get(node, ()):
                if nxt == start:
                    return [*trail, nxt]
                if nxt not in trail:
                    stack.append((nxt, [*trail, nxt]))
        return None

    cycles = [c for name in graph if (c := cycle_from(name))]
    assert cycles == [], cycles[:3]


def test_the_version_is_written_in_one_place() -> None:
    written = [
        path.relative_to(ROOT)
        for path in [*PACKAGE.rglob("*.py"), ROOT / "pyproject.toml"]
        if re.search(r'^(__version__|version)\s*=\s*"', path.read_text(encoding="utf-8"), re.M)
    ]
    assert [str(p) for p in written] == ["fly_machines/_version.py"]


def test_no_module_reaches_into_another_objects_private_members() -> None:
    # Flows see clients through FlowHost's public methods; the generated operation
    # modules' _get_kwargs/_parse_response are the one sanctioned way into generated code.
    allowed = {"_get_kwargs", "_parse_response"}
    offenders = []
    for path in PACKAGE.glob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            for receiver, member in re.findall(r"\b([a-z_][a-z_0-9]*)\.(_[a-z][a-z_0-9]*)", code):
                same_class = receiver in ("self", "cls") or path.name == "_client.py"
                if not same_class and member not in allowed:
                    offenders.append(f"{path.name}:{number}: {receiver}.{member}")
    assert offenders == []
