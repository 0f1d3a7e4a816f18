"""Every Python example of README.md, PYPI.md and docs/ runs here, against the simulator.

pytest-examples finds each ```python block and runs it as a script, as a reader would
after `pip install fly-machines`. The environment stands in for Fly.io, as docs/index.md
tells readers: `FLY_API_TOKEN` is set, and `FLY_API_HOSTNAME` points at a `FlySimulator`
served on 127.0.0.1 (on a `ManualClock`, so waits take no real time; ids from seed 0) in
which the app `my-app` of the organization `personal` exists. So
`fly_machines.attach(token=...)` in an example reaches the simulator, over HTTP, as it
would reach the API.

- In docs/ and PYPI.md, what an example prints is checked: each `print(...)` is followed
  by its output as `#> ` lines (pytest-examples' print check).
- The README's examples run; their prints are not checked (they show request ids, which
  differ on every run).
- An example titled `test_*.py` (```python title="test_app.py") is a test module, as the
  reader would save it: it runs under pytest, with the package's pytest plugin, and all
  its tests must pass.

No example is skipped: a block that is not meant to run is not marked `python`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples
from support.project import ROOT

from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator

pytest_plugins = ["pytester"]

SOURCES = [ROOT / "README.md", ROOT / "PYPI.md", ROOT / "docs"]
EXAMPLES = [example for source in SOURCES for example in find_examples(source)]
APP, ORG = "my-app", "personal"


def _id(example: CodeExample) -> str:
    return f"{example.path.relative_to(ROOT)}:{example.start_line}"


@pytest.fixture
def flyio(monkeypatch: pytest.MonkeyPatch) -> Iterator[FlySimulator]:
    """The stand-in for Fly.io that the docs describe to readers."""
    sim = FlySimulator(clock=ManualClock(), seed=0)
    sim.backend.create_app({"name": APP, "org_slug": ORG})
    for name in ("FLY_ACCESS_TOKEN", "FLY_FLAPS_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with sim.serve(host="127.0.0.1", port=0) as server:
        monkeypatch.setenv("FLY_API_TOKEN", "fly-docs-example-token")
        monkeypatch.setenv("FLY_API_HOSTNAME", server.base_url)
        yield sim
    assert sim.errors == [], "the simulator met a bug of its own"


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES, ids=_id)
def test_example(
    example: CodeExample,
    eval_example: EvalExample,
    flyio: FlySimulator,
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    title = example.prefix_settings().get("title", "")
    if Path(title).name.startswith("test_") and title.endswith(".py"):
        pytester.makepyfile(**{Path(title).stem: example.source})
        # In a process of its own, as the reader runs it: an in-process run would unload
        # the library's modules it imported when it ends, under the tests that follow.
        result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
        outcomes = result.parseoutcomes()
        assert outcomes.get("passed", 0) >= 1, result.stdout.str()
        result.assert_outcomes(passed=outcomes["passed"])
        return
    monkeypatch.chdir(pytester.path)  # an example that writes a file writes it there
    failure = None
    try:
        if example.path.name == "README.md":
            eval_example.run(example)
        else:
            eval_example.run_print_check(example)
    except Exception as exc:
        # pytest-examples rewrites the traceback to point into the Markdown file, with
        # frames pytest 9 cannot print (an INTERNALERROR); say where it failed instead,
        # outside the handler, so the exception is not chained to the failure.
        failure = _failure(example, exc)
    if failure is not None:
        pytest.fail(failure, pytrace=False)


def _failure(example: CodeExample, exc: Exception) -> str:
    lines: list[int] = []
    tb = exc.__traceback__
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    where = f"{example.path.relative_to(ROOT)}, line {lines[-1]}" if lines else _id(example)
    return f"the example failed at {where}: {type(exc).__name__}: {exc}"


def test_examples_are_found_in_every_source() -> None:
    found = {example.path.relative_to(ROOT).parts[0] for example in EXAMPLES}
    assert found == {"README.md", "PYPI.md", "docs"}
    pages = {example.path.name for example in EXAMPLES if example.path.parent.name == "docs"}
    # Each guide page teaches with code; the coverage table and a few project pages do not.
    assert pages >= {
        "index.md",
        "getting-started.md",
        "errors.md",
        "retries.md",
        "waiting.md",
        "leases.md",
        "orchestration.md",
        "fleet.md",
        "testing.md",
        "low-level.md",
    }


def test_no_python_block_is_marked_to_be_skipped() -> None:
    # pytest-examples honours `test="skip"` and friends; this suite runs every block.
    for example in EXAMPLES:
        settings = example.prefix_settings()
        assert set(settings) <= {"title"}, f"{_id(example)} has settings {settings}"
