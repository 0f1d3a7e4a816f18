"""The parts of the documentation site that are made from the code, so they cannot drift.

mkdocs loads this file as a hook module (`hooks:` in mkdocs.yml) and mkdocstrings loads
`EndpointSignatures` from it as a griffe extension:

- The API reference (`reference/`): one page per module that defines names of
  `fly_machines.__all__`, plus the simulator's page, written at build time. A name added
  to `__all__` is documented by the next build, with no page to edit.
- The table of error codes on docs/errors.md (the line `<!-- error-codes -->`), made by
  building each error the library can make and reading what it became.
- The facade's functions as they are called: an `@endpoint` is written as a generator
  taking the library's internal `core`; griffe would show that. The extension shows what
  `help()` shows: `client` first, the keywords, and the `Result` (not the flow) it gives.

`tests/test_docs_site.py` checks each of these.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from griffe import (
    Expr,
    ExprName,
    ExprSubscript,
    Extension,
    Function,
    Inspector,
    ObjectNode,
    Parameter,
    ParameterKind,
    Parameters,
    Visitor,
)
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

import fly_machines
from fly_machines import errors
from fly_machines._namespace import Namespace

REFERENCE = "reference"
ERROR_TABLE_MARKER = "<!-- error-codes -->"


# -- the API reference -------------------------------------------------------------------------
@dataclass(frozen=True)
class ReferencePage:
    slug: str
    title: str
    intro: str
    paths: tuple[str, ...]  # what mkdocstrings renders, in order: "fly_machines.machines.Machines"

    @property
    def uri(self) -> str:
        return f"{REFERENCE}/{self.slug}.md"

    def markdown(self) -> str:
        blocks = [f"# {self.title}", self.intro]
        blocks += [f"::: {path}{_options(path)}" for path in self.paths]
        return "\n\n".join(blocks) + "\n"


# The simulator's package page shows its documentation; its classes follow on their own.
_MODULE_DOCS_ONLY = {"fly_machines.testing", "fly_machines.testing.pytest_plugin"}


def _options(path: str) -> str:
    """mkdocstrings options for one object: a namespace shows the endpoints it takes from
    its mixins (Machines' metadata and memory), a client what it takes from ClientCore
    that users read; other classes leave out what they inherit, so each of the twenty
    error classes does not repeat FlyError's members."""
    if path in _MODULE_DOCS_ONLY:
        return "\n    options:\n      members: false"
    module, _, name = path.rpartition(".")
    value = getattr(importlib.import_module(module), name, None)
    if isinstance(value, type) and issubclass(value, Namespace):
        return "\n    options:\n      inherited_members: true"
    if module == "fly_machines._client" and isinstance(value, type):
        # What both clients share that a user reads; the rest of ClientCore is the
        # interface flows drive them through.
        shared = ["__init__", "base_url", "low_level", "http_client", "retry", "clock"]
        return f"\n    options:\n      inherited_members: {shared}"
    return ""


# Where the names of a module go, and what the page says first. A module not listed here
# (a namespace added later) gets a page of its own, named after what it defines.
_PAGES: dict[str, tuple[str, str, str]] = {
    "fly_machines._client": (
        "clients",
        "Clients",
        "`attach` makes a client; every facade function takes one first. `call` runs any"
        " generated operation through the same request path.",
    ),
    "fly_machines._endpoint": ("clients", "Clients", ""),
    "fly_machines.result": (
        "results",
        "Results",
        "Every facade function gives a `Result`: an `Ok` holding the value or an `Err`"
        " holding a `FlyError`.",
    ),
    "fly_machines.errors": (
        "errors",
        "Errors",
        "`FlyError` and the subclasses it is made as, by code and status. The"
        " [table of codes](../errors.md#codes) says which code becomes which class.",
    ),
    "fly_machines.machines": ("machines", "Machines", ""),
    "fly_machines.apps": ("apps", "Apps", ""),
    "fly_machines.volumes": ("volumes", "Volumes", ""),
    "fly_machines.secrets": ("secrets", "Secrets", ""),
    "fly_machines.certificates": ("certificates", "Certificates", ""),
    "fly_machines.secret_keys": ("secret-keys", "Secret keys", ""),
    "fly_machines.postgres": ("postgres", "Postgres", ""),
    "fly_machines.platform": ("platform", "Platform", ""),
    "fly_machines.tokens": ("tokens", "Tokens", ""),
    "fly_machines.lease": ("lease", "Leases", "What `Machines.lease` gives a `with` block."),
    "fly_machines.orchestrator": ("orchestrator", "Orchestrator", ""),
    "fly_machines.jobs": ("jobs", "Jobs", "`Jobs.run` and the `JobResult` it gives."),
    "fly_machines.fleet": (
        "fleet",
        "Fleet",
        "Deploys and scaling across an app's machines, and what they report.",
    ),
    "fly_machines.fleet._report": ("fleet", "Fleet", ""),
    "fly_machines.retry": ("retry", "Retry policy", "The `retry=` every function takes."),
    "fly_machines.telemetry": (
        "telemetry",
        "Telemetry events",
        "What an `on_event` callback receives.",
    ),
    "fly_machines.clock": (
        "clocks",
        "Clocks",
        "The time the client and the simulator run on; `ManualClock` for tests.",
    ),
}

_TESTING = ReferencePage(
    slug="testing",
    title="Simulator",
    intro="`fly_machines.testing`: the offline simulator and the pytest plugin's fixtures."
    " What the simulator does where the live API leaves a choice is in the package's"
    " documentation, the first section below.",
    paths=(
        "fly_machines.testing",
        "fly_machines.testing.simulator.FlySimulator",
        "fly_machines.testing._faults.Faults",
        "fly_machines.testing._wire.RecordedRequest",
        "fly_machines.testing.pytest_plugin",
    ),
)


def _defined_in(name: str) -> str:
    """The module of fly_machines that defines the public `name`: a class's or function's
    own module, or for a value (the `Result` alias) the module whose `__all__` lists it."""
    value = getattr(fly_machines, name)
    module = getattr(value, "__module__", None)
    own = getattr(value, "__qualname__", None) == name
    if own and isinstance(module, str) and module.startswith("fly_machines."):
        return module
    for info in pkgutil.iter_modules(fly_machines.__path__, "fly_machines."):
        if info.name.endswith(".__main__"):  # running it is the CLI
            continue
        loaded = importlib.import_module(info.name)
        if name in getattr(loaded, "__all__", ()) and getattr(loaded, name) is value:
            return info.name
    raise LookupError(f"no module of fly_machines defines {name!r}")


def _source_line(path: str) -> tuple[str, int]:
    module, name = path.rsplit(".", 1)
    try:
        line = inspect.getsourcelines(getattr(importlib.import_module(module), name))[1]
    except (TypeError, OSError):  # not a class or function (the Result alias), or no source
        line = sys.maxsize
    return module, line


def reference_pages() -> list[ReferencePage]:
    """The reference, from `fly_machines.__all__`: every public name on exactly one page.
    Pages come in the order of `_PAGES` (those of modules it does not list last), names in
    `__all__` order."""
    paths: dict[str, list[str]] = {}  # slug -> what the page renders
    titles: dict[str, str] = {}
    intros: dict[str, str] = {}
    unlisted: dict[str, list[str]] = {}  # slug -> names, for the title of an unlisted module
    for name in fly_machines.__all__:
        if name == "__version__":
            continue
        module = _defined_in(name)
        path = f"{module}.{name}"
        if module in _PAGES:
            slug, title, intro = _PAGES[module]
            titles.setdefault(slug, title)
            intros[slug] = intros.get(slug) or intro
        else:
            slug = module.rsplit(".", 1)[-1].lstrip("_")
            unlisted.setdefault(slug, []).append(name)
            titles[slug] = ", ".join(unlisted[slug])
            intros.setdefault(slug, "")
        paths.setdefault(slug, []).append(path)
    for listed in paths.values():  # each page in the order of the source: FlyError first
        listed.sort(key=_source_line)
    order = list(dict.fromkeys(slug for slug, _, _ in _PAGES.values()))
    slugs = sorted(paths, key=lambda s: order.index(s) if s in order else len(order))
    pages = [ReferencePage(s, titles[s], intros[s], tuple(paths[s])) for s in slugs]
    return [*pages, _TESTING]


def reference_index(pages: list[ReferencePage]) -> str:
    lines = [
        "# API reference",
        "",
        "Made from the docstrings of every name `fly_machines` exports (`fly_machines.__all__`)"
        f" and of the simulator. This is version {fly_machines.__version__}.",
        "",
    ]
    lines += [f"- [{page.title}]({page.slug}.md)" for page in pages]
    return "\n".join(lines) + "\n"


# -- the table of error codes ------------------------------------------------------------------
@dataclass(frozen=True)
class ErrorRow:
    code: str
    kind: str
    status: int | None
    cls: str
    retryable: bool
    suggestion: str | None
    when: str


# A machine's request: only a machine's 409 naming its lease is a lease conflict.
_REQUEST = httpx.Request("GET", "https://api.machines.dev/v1/apps/my-app/machines/148ed")

# Answers the API gives with a code of its own, each worded as the API words it, and with
# the status the simulator and the Fly docs give it; None where the status is not known
# (the code alone decides the class, and the table leaves the status out).
_API_ANSWERS: list[tuple[str, int | None, dict[str, str]]] = [
    ("a machine or app name is already in use", 422, {"error": "x", "status": "name_taken"}),
    ("no room in the region", None, {"error": "x", "status": "insufficient_capacity"}),
    (
        "no room for the volume in the region",
        None,
        {"error": "x", "status": "volume_placement_capacity"},
    ),
    (
        "another client holds the machine's lease",
        409,
        {"error": "machine ID 148ed lease currently held by someone@example.com"},
    ),
    (
        "destroying a machine that is not stopped",
        412,
        {"error": "failed_precondition: unable to destroy machine, not currently stopped"},
    ),
    (
        "starting a machine that is not stopped or suspended",
        412,
        {"error": "failed_precondition: unable to start machine from current state: 'started'"},
    ),
    (
        "the API's own wait ended before the machine got there",
        408,
        {"error": "deadline_exceeded: machine failed to reach desired state, started"},
    ),
]

# When the library makes each error by itself (a `FlyError(...)` with a literal `code=` in
# its source), by module and code; tests/test_docs_site.py fails on one missing here.
CLIENT_SIDE = {
    ("_engine.py", "deadline_exceeded"): "the client-side rate limit would hold a call past"
    " its time budget",
    ("_waiting.py", "deadline_exceeded"): "`Machines.wait` ran out of its `timeout`",
    ("orchestrator.py", "deadline_exceeded"): "`poll_until` ran out of its `timeout`",
    ("orchestrator.py", "decode_error"): "a created machine came back without an id",
    ("lease.py", "decode_error"): "a lease answer carried no nonce",
    ("secret_keys.py", "decode_error"): "a secret key answer's bytes were not base64",
    ("_machine_metadata.py", "decode_error"): "a metadata key's answer held no value",
    ("lease.py", "client_error"): "renewing a lease block's lease raised an unexpected exception",
    ("lease.py", "lease_lost"): "a call through `lease.client` after the block's lease was lost",
    ("lease.py", "lease_released"): "a call through `lease.client` after its block ended",
    ("_creating.py", "decode_error"): "the look-up of a create's launch id did not answer a list",
    ("_machine_clone.py", "decode_error"): "the machine to clone showed no config, or a"
    " mount of it no volume",
    ("jobs.py", "decode_error"): "a job's machine ended but its events showed no exit",
    ("jobs.py", "job_failed"): "a job's machine failed without running its process (it was"
    " destroyed)",
    ("fleet/_leases.py", "decode_error"): "a fleet run's lease answer carried no nonce",
    ("fleet/_leases.py", "lease_lost"): "a fleet run's lease was lost or replaced while it ran",
    ("fleet/_checks.py", "not_running"): "a deployed machine crash-loops or stopped"
    " (`Fleet.deploy`'s smoke check)",
    ("fleet/_checks.py", "unhealthy"): "a deployed machine's health checks did not all pass"
    " within `wait_timeout`",
}


def _api_errors() -> list[tuple[str, errors.FlyError, bool]]:
    """(when, the error, whether its status is a fact worth showing)."""

    def answer(status: int, body: object = None) -> errors.FlyError:
        kwargs: dict[str, Any] = {} if body is None else {"json": body}
        return errors.FlyError.from_response(httpx.Response(status, request=_REQUEST, **kwargs))

    made = [
        (what, answer(status or 400, body), status is not None)
        for what, status, body in _API_ANSWERS
    ]
    made += [(f"any {code} answer", answer(code), True) for code in sorted(errors._CODE_BY_STATUS)]
    made.append(("any other error status (`http_<status>`)", answer(418), True))
    transport = errors.FlyError.from_exception
    others = [
        ("the connection failed or broke", transport(httpx.ConnectError("refused"), _REQUEST)),
        ("no connection in time", transport(httpx.ConnectTimeout("slow"), _REQUEST)),
        ("no answer in time", transport(httpx.ReadTimeout("slow"), _REQUEST)),
        (
            "a success status whose body could not be read",
            errors.FlyError.undecodable(
                httpx.Response(200, text="<html>", request=_REQUEST), ValueError("not JSON")
            ),
        ),
        (
            "an argument was refused before anything was sent",
            errors.FlyError.invalid_request("app_name: expected str"),
        ),
    ]
    made += [(what, error, False) for what, error in others]
    return made


@dataclass(frozen=True)
class MadeError:
    """A `FlyError(...)` the library's own code makes, read from its source."""

    module: str
    code: str
    kind: str
    retryable: bool
    suggestion: str | None


def client_side_errors(package: Path | None = None) -> list[MadeError]:
    """Every `FlyError(kind=..., code=...)` with literal code and kind in fly_machines/
    (not errors.py, which builds from answers, nor the simulator)."""
    root = package or Path(fly_machines.__file__).parent
    found: list[MadeError] = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] == "testing" or relative.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _called(node.func) == "FlyError"):
                continue
            given = {k.arg: k.value for k in node.keywords if k.arg}
            code, kind = given.get("code"), given.get("kind")
            if not (isinstance(code, ast.Constant) and isinstance(kind, ast.Constant)):
                continue
            suggestion, retryable = given.get("suggestion"), given.get("retryable")
            found.append(
                MadeError(
                    module=str(relative),
                    code=str(code.value),
                    kind=str(kind.value),
                    retryable=isinstance(retryable, ast.Constant) and retryable.value is True,
                    suggestion=str(suggestion.value)
                    if isinstance(suggestion, ast.Constant)
                    else None,
                )
            )
    return found


def _called(function: ast.expr) -> str | None:
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute):
        return function.attr
    return None


def error_rows() -> list[ErrorRow]:
    """Every code a `FlyError` can carry: those made from answers (built here the way the
    library builds them) and those the library makes itself (read from its source)."""
    rows = [
        ErrorRow(
            code=error.code,
            kind=error.kind,
            status=error.status if shown else None,
            cls=type(error).__name__,
            retryable=error.retryable,
            suggestion=error.suggestion,
            when=when,
        )
        for when, error, shown in _api_errors()
    ]
    for made in client_side_errors():
        cls = errors._class_for(made.kind, made.code, None)
        rows.append(
            ErrorRow(
                code=made.code,
                kind=made.kind,
                status=None,
                cls=cls.__name__,
                retryable=made.retryable,
                suggestion=made.suggestion,
                when=CLIENT_SIDE.get((made.module, made.code), ""),
            )
        )
    unique: dict[tuple[str, str, str | None], ErrorRow] = {}
    for row in rows:
        unique.setdefault((row.code, row.kind, row.suggestion), row)
    return list(unique.values())


def error_table() -> str:
    head = [
        "| `code` | `kind` | status | class | retryable | when | `suggestion` |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    body = [
        f"| `{row.code}` | `{row.kind}` | {row.status if row.status is not None else ''}"
        f" | [`{row.cls}`](reference/errors.md#fly_machines.errors.{row.cls})"
        f" | {'yes' if row.retryable else 'no'} | {row.when} | {row.suggestion or ''} |"
        for row in error_rows()
    ]
    return "\n".join(head + body)


# -- mkdocs hooks ------------------------------------------------------------------------------
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Fill the nav's "API reference" section with the generated pages."""
    pages = reference_pages()
    entries: list[Any] = [{"Overview": f"{REFERENCE}/index.md"}]
    entries += [{page.title: page.uri} for page in pages]
    for item in config.nav or []:
        if isinstance(item, dict) and "API reference" in item:
            item["API reference"] = entries
            break
    else:
        raise ValueError("mkdocs.yml's nav has no 'API reference' section to fill")
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    pages = reference_pages()
    files.append(File.generated(config, f"{REFERENCE}/index.md", content=reference_index(pages)))
    for page in pages:
        files.append(File.generated(config, page.uri, content=page.markdown()))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if ERROR_TABLE_MARKER in markdown:
        return markdown.replace(ERROR_TABLE_MARKER, error_table())
    return markdown


# -- the griffe extension ----------------------------------------------------------------------
_SPELLED = {"Retry": "RetryPolicy | bool | None", "Timeout": "float | httpx.Timeout | None"}


class EndpointSignatures(Extension):
    """Each `@endpoint` shown as it is called (what `Endpoint.__signature__` gives help())."""

    def on_function_instance(
        self,
        *,
        node: ast.AST | ObjectNode,
        func: Function,
        agent: Visitor | Inspector,
        **kwargs: Any,
    ) -> None:
        if not any(str(decorator.value) == "endpoint" for decorator in func.decorators):
            return
        parameters = list(func.parameters)
        if not parameters or parameters[0].name != "core":
            return
        client = Parameter(
            "client", annotation="Client | AsyncClient", kind=ParameterKind("positional-only")
        )
        for parameter in parameters[1:]:
            spelled = _SPELLED.get(str(parameter.annotation))
            if spelled is not None:
                parameter.annotation = spelled
        func.parameters = Parameters(client, *parameters[1:])
        returns = func.returns
        if isinstance(returns, ExprSubscript) and _name(returns.left) == "Flow":
            # `builtins.list`: the namespace's own `list` shadows the builtin in its module.
            func.returns = str(returns.slice).replace("builtins.", "")


def _name(expression: str | Expr | None) -> str | None:
    if isinstance(expression, ExprName):
        return expression.name
    return None
