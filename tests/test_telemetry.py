"""Telemetry: `on_event` hooks, the `fly_machines` logger, and OpenTelemetry's httpx spans."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.project import ROOT
from support.resilience import (
    APP,
    BASE,
    MACHINE_ID,
    MACHINE_JSON,
    TOKEN,
    new_sim,
    retrying_client,
    sim_machine,
)
from support.transports import Answer, Script, raising, respond

from fly_machines import AsyncClient, Client, Event, Machines, ManualClock

GET_PATH = "/v1/apps/{app_name}/machines/{machine_id}"
WAIT_PATH = "/v1/apps/{app_name}/machines/{machine_id}/wait"


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    @property
    def names(self) -> list[str]:
        return [event.name for event in self.events]


def _taking(seconds: float, clock: ManualClock, answer: Answer) -> Answer:
    """An answer the server takes `seconds` (of the client's clock) to give."""

    def slow(request: httpx.Request) -> httpx.Response:
        clock.advance(seconds)
        return answer(request)

    return slow


def _client(kind: Kind, script: Script, clock: ManualClock, **options: Any) -> Any:
    return retrying_client(kind, clock, base_url=BASE, transport=script.transport(), **options)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_retried_call_reports_each_request_and_the_retry(kind: Kind) -> None:
    clock, recorder = ManualClock(), Recorder()
    script = Script(
        [_taking(0.25, clock, respond(503, {}, **{"fly-request-id": "req-1"}))],
        then=_taking(0.5, clock, respond(200, MACHINE_JSON, **{"fly-request-id": "req-2"})),
    )
    client = _client(kind, script, clock, on_event=recorder)

    assert (await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)).ok

    assert recorder.names == [
        "request.start",
        "request.stop",
        "retry",
        "request.start",
        "request.stop",
    ]
    for event in recorder.events:
        assert (event.operation, event.method, event.path) == ("Machines_show", "GET", GET_PATH)
        assert (event.app, event.machine_id) == (APP, MACHINE_ID)
    start1, stop1, retry, start2, stop2 = recorder.events
    assert (start1.attempt, start2.attempt) == (1, 2)
    assert (stop1.status, stop1.duration, stop1.request_id) == (503, 0.25, "req-1")
    assert (retry.attempt, retry.delay, retry.reason) == (1, 0.1, "service_unavailable")
    assert (stop2.status, stop2.duration, stop2.request_id, stop2.attempt) == (200, 0.5, "req-2", 2)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_transport_failure_is_a_request_exception_event(kind: Kind) -> None:
    clock, recorder = ManualClock(), Recorder()
    refused = raising(lambda request: httpx.ConnectError("[Errno 111] Connection refused"))
    script = Script([refused], then=respond(200, MACHINE_JSON))
    client = _client(kind, script, clock, on_event=recorder)

    assert (await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)).ok

    assert recorder.names == [
        "request.start",
        "request.exception",
        "retry",
        "request.start",
        "request.stop",
    ]
    exception = recorder.events[1]
    assert exception.reason is not None and "ConnectError" in exception.reason
    assert exception.status is None and exception.duration == 0.0
    assert recorder.events[2].reason == "connection_error"


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_wait_reports_its_steps(kind: Kind) -> None:
    clock, recorder = ManualClock(), Recorder()
    deadline = respond(408, {"error": "deadline_exceeded: machine failed to reach state"})
    script = Script(
        [_taking(60.0, clock, deadline)],
        then=respond(200, {"ok": True, "state": "started", "version": "v1"}),
    )
    client = _client(kind, script, clock, on_event=recorder)

    result = await run_result(
        client, Machines.wait, app_name=APP, machine_id=MACHINE_ID, timeout=300
    )

    assert ok_value(result).state == "started"
    assert recorder.names == [
        "wait.start",
        "request.start",
        "request.stop",
        "wait.retry",
        "request.start",
        "request.stop",
        "wait.stop",
    ]
    for event in recorder.events:
        assert (event.operation, event.path, event.app, event.machine_id) == (
            "Machines_wait",
            WAIT_PATH,
            APP,
            MACHINE_ID,
        )
    wait_start, _, stop_408, wait_retry, _, _, wait_stop = recorder.events
    assert wait_start.state == "started" and stop_408.status == 408
    assert (wait_retry.attempt, wait_retry.reason) == (1, "deadline_exceeded")
    assert (wait_stop.attempt, wait_stop.state) == (2, "started")


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_wait_that_runs_out_of_time_reports_it(kind: Kind) -> None:
    clock, recorder = ManualClock(), Recorder()
    deadline = respond(408, {"error": "deadline_exceeded: machine failed to reach state"})
    script = Script([], then=_taking(60.0, clock, deadline))
    client = _client(kind, script, clock, on_event=recorder)

    result = await run_result(
        client, Machines.wait, app_name=APP, machine_id=MACHINE_ID, timeout=120
    )

    assert failure(result).code == "deadline_exceeded"
    assert recorder.names[-1] == "wait.timeout"
    assert recorder.events[-1].attempt == 2 and recorder.names.count("wait.retry") == 2


@pytest.fixture
def fly_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG, logger="fly_machines")
    yield caplog


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_the_logger_says_debug_per_request_and_warning_per_retry(
    kind: Kind, fly_log: pytest.LogCaptureFixture
) -> None:
    script = Script([respond(503, {})], then=respond(200, MACHINE_JSON))
    client = _client(kind, script, ManualClock())

    await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    ours = [r for r in fly_log.records if r.name == "fly_machines"]
    assert [(r.levelno, r.getMessage().split(" ")[0]) for r in ours] == [
        (logging.DEBUG, "Machines_show"),
        (logging.WARNING, "retrying"),
        (logging.DEBUG, "Machines_show"),
    ]
    assert "-> 503" in ours[0].getMessage() and "-> 200" in ours[2].getMessage()
    assert "service_unavailable" in ours[1].getMessage()


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_the_token_is_never_logged_or_reported_even_when_echoed_back(
    kind: Kind, fly_log: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder()
    refused = raising(lambda request: httpx.ConnectError(f"proxy refused token {TOKEN}"))
    echo = respond(503, {"error": f"token {TOKEN} is being rotated"})
    script = Script([refused, echo], then=respond(401, {"error": f"bad token {TOKEN}"}))
    client = _client(kind, script, ManualClock(), on_event=recorder)

    result = await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    # The token really was in play: sent on every request, and echoed by the server.
    assert all(TOKEN in r.headers["authorization"] for r in script.requests)
    assert len(script.requests) == 3
    error = failure(result)
    for text in (fly_log.text, repr(recorder.events), str(error), repr(error), repr(client)):
        assert TOKEN not in text
    assert "<redacted>" in str(error.body)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_hook_that_raises_does_not_break_the_call_or_other_hooks(
    kind: Kind, fly_log: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder()

    def broken(event: Event) -> None:
        raise RuntimeError("observer bug")

    script = Script([respond(503, {})], then=respond(200, MACHINE_JSON))
    client = _client(kind, script, ManualClock(), on_event=[broken, recorder])

    result = await run_result(client, Machines.get, app_name=APP, machine_id=MACHINE_ID)

    assert result.ok and len(script.requests) == 2
    assert len(recorder.names) == 5
    failures = [r for r in fly_log.records if "hook failed" in r.getMessage()]
    assert len(failures) == 5 and all(r.levelno == logging.ERROR for r in failures)


# -- OpenTelemetry -------------------------------------------------------------------------


@dataclass
class Tracing:
    provider: TracerProvider
    exporter: InMemorySpanExporter

    def requests(self) -> list[ReadableSpan]:
        """The finished spans of HTTP requests (the instrumentation's CLIENT spans)."""
        return [s for s in self.exporter.get_finished_spans() if s.kind is SpanKind.CLIENT]


@pytest.fixture
def tracing() -> Iterator[Tracing]:
    """httpx instrumented as a user would do it (globally), spans kept in memory."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=provider)
    try:
        yield Tracing(provider, exporter)
    finally:
        instrumentor.uninstrument()
        provider.shutdown()


def _attribute(span: ReadableSpan, *names: str) -> Any:
    """The first of `names` the span has (the semantic conventions renamed some)."""
    attributes = span.attributes or {}
    return next((attributes[name] for name in names if name in attributes), None)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_opentelemetry_httpx_instrumentation_sees_every_request_we_make(
    kind: Kind, tracing: Tracing
) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim)
    sim.faults.fail_next("Machines_show", status=503)
    parent_tracer = tracing.provider.get_tracer("a-deploy-script")
    with sim.serve() as server:
        # A client of our own making over a real connection (127.0.0.1), as a user's is.
        client = retrying_client(kind, ManualClock(), base_url=server.base_url)
        with parent_tracer.start_as_current_span("deploy") as parent:
            result = await run_result(client, Machines.get, app_name=APP, machine_id=machine_id)
        await _close(client)
    assert result.ok, result.error

    spans = tracing.requests()
    # One span per attempt, for the URL we asked for, with its status...
    statuses = [_attribute(s, "http.response.status_code", "http.status_code") for s in spans]
    assert statuses == [503, 200]
    url = f"{server.base_url}/v1/apps/{APP}/machines/{machine_id}"
    for span in spans:
        assert _attribute(span, "url.full", "http.url") == url
        assert _attribute(span, "http.request.method", "http.method") == "GET"
        assert TOKEN not in span.to_json()
        # ...inside the span the caller was in...
        assert span.parent is not None
        assert span.parent.span_id == parent.get_span_context().span_id
    # ...and the trace context went out with each request.
    sent = [r.headers.get("traceparent", "") for r in sim.requests_to("Machines_show")]
    for span, traceparent in zip(spans, sent, strict=True):
        assert span.context is not None
        assert traceparent.split("-")[1:3] == [
            format(span.context.trace_id, "032x"),
            format(span.context.span_id, "016x"),
        ]


async def _close(client: Client | AsyncClient) -> None:
    if isinstance(client, AsyncClient):
        await client.aclose()
    else:
        client.close()


def test_the_readme_lists_every_event_the_library_emits() -> None:
    import re

    from fly_machines.telemetry import EVENT_NAMES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^  \| `([a-z_.]+)` \|", readme, re.MULTILINE)
    assert sorted(listed) == sorted(EVENT_NAMES)


def test_every_event_name_used_in_the_code_is_declared() -> None:
    import re

    from fly_machines.telemetry import EVENT_NAMES

    package = ROOT / "fly_machines"
    used = set()
    for path in package.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'Event\(\s*"([a-z_.]+)"', text))
        used |= set(re.findall(r'name="([a-z_]+\.[a-z_]+)"', text))
    assert used and used <= set(EVENT_NAMES)
