"""Write docs/coverage.md: every operation of the API, its facade function, its simulator.

    python scripts/api_coverage.py          # rewrite docs/coverage.md
    python scripts/api_coverage.py --check  # exit 1 if docs/coverage.md is not what it would write

The table is made from data, never by hand: the operation table that codegen writes
(`fly_machines_api.operations`), the operations each facade function sends (read from its
code: `Endpoint.operations`), for every namespace `fly_machines` exports, and the
simulator's handler table (`fly_machines.testing.resources.HANDLERS`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fly_machines_api.operations import OPERATIONS

import fly_machines
from fly_machines._endpoint import endpoints_of
from fly_machines.testing.resources import HANDLERS

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "docs" / "coverage.md"


@dataclass(frozen=True)
class Row:
    operation: str
    method: str
    path: str
    functions: tuple[str, ...]  # facade functions whose own code sends it
    composed: tuple[str, ...]  # facade functions that send it through others
    simulated: bool


def namespaces() -> list[type]:
    found = [getattr(fly_machines, name) for name in fly_machines.__all__]
    return [value for value in found if isinstance(value, type) and endpoints_of(value)]


def rows() -> list[Row]:
    sends: dict[str, list[tuple[str, bool]]] = {operation_id: [] for operation_id in OPERATIONS}
    for namespace in namespaces():
        for name, endpoint in endpoints_of(namespace).items():
            for operation_id in endpoint.operations:
                own = operation_id in endpoint.own_operations
                sends[operation_id].append((f"{namespace.__name__}.{name}", own))
    table = []
    for operation_id, operation in sorted(OPERATIONS.items(), key=lambda item: item[1].path):
        sent = sorted(sends[operation_id])
        table.append(
            Row(
                operation=operation_id,
                method=operation.method,
                path=operation.path,
                functions=tuple(name for name, own in sent if own),
                composed=tuple(name for name, own in sent if not own),
                simulated=operation_id in HANDLERS,
            )
        )
    return table


def _names(names: Iterable[str]) -> str:
    return ", ".join(f"`{name}`" for name in names) or "—"


def render(table: list[Row]) -> str:
    with_function = sum(1 for row in table if row.functions)
    simulated = sum(1 for row in table if row.simulated)
    lines = [
        "# API coverage",
        "",
        "Every operation of the pinned Machines spec, the `fly_machines` function that sends",
        "it, and whether the simulator (`fly_machines.testing`) implements it. Written by",
        "`python scripts/api_coverage.py` from the operation table, the facade's code and the",
        "simulator's handlers; `tests/test_coverage.py` fails when it is out of date or when",
        "an operation lacks a function or a handler.",
        "",
        f"**{with_function} of {len(table)}** operations have a facade function;"
        f" **{simulated} of {len(table)}** are simulated.",
        "",
        "| operation | method and path | function | also sent by | simulator |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in table:
        lines.append(
            f"| `{row.operation}` | `{row.method} {row.path}` | {_names(row.functions)}"
            f" | {_names(row.composed)} | {'yes' if row.simulated else '501'} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the table is stale")
    args = parser.parse_args(argv)
    text = render(rows())
    if args.check:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        if current != text:
            print(f"{TABLE.relative_to(ROOT)} is out of date: run scripts/api_coverage.py")
            return 1
        return 0
    TABLE.parent.mkdir(exist_ok=True)
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
