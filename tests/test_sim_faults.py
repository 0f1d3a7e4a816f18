"""Fault injection: failed answers, dropped connections, read timeouts, raw bodies, latency."""

from __future__ import annotations

import httpx
import pytest
from support.kinds import Kind
from support.sim import APP, IMAGE, ORG, Api, Scenario, create_app, get, post

CREATE = "POST /v1/apps/{app_name}/machines"


@pytest.fixture
def api(kind: Kind) -> Api:
    """As support.sim.api, with APP created."""
    api = Api(kind)
    api.run(create_app())
    return api


def _create() -> Scenario[httpx.Response]:
    response = yield post(f"/v1/apps/{APP}/machines", {"config": {"image": IMAGE}})
    return response


def _machine_count(api: Api) -> int:
    return len(api.one(get(f"/v1/apps/{APP}/machines")).json())


def test_fail_next_answers_the_given_status_count_times_without_processing(api: Api) -> None:
    api.sim.faults.fail_next(CREATE, status=503, count=2, headers={"Retry-After": "2"})
    for _ in range(2):
        response = api.run(_create())
        assert response.status_code == 503
        assert response.headers["retry-after"] == "2"
        assert response.json() == {"error": "simulated failure: 503 Service Unavailable"}
        assert response.headers["fly-request-id"]
    assert _machine_count(api) == 0
    assert api.run(_create()).status_code == 200
    assert [r.status for r in api.sim.requests_to(CREATE)] == [503, 503, 200]
    assert api.sim.faults.pending == []


def test_fail_next_after_processing_changes_state(api: Api) -> None:
    api.sim.faults.fail_next("Machines_create", status=500, after_processing=True)
    assert api.run(_create()).status_code == 500
    assert _machine_count(api) == 1


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("<html><body>502 Bad Gateway</body></html>", "text/html", b"<html><body>502 Bad"),
        ('{"id": "abc', "application/json", b'{"id": "abc'),
        (b"\x00\x01", None, b"\x00\x01"),
    ],
)
def test_fail_next_with_raw_bodies(
    api: Api, body: str | bytes, content_type: str | None, expected: bytes
) -> None:
    api.sim.faults.fail_next(CREATE, status=502, body=body, content_type=content_type)
    response = api.run(_create())
    assert response.status_code == 502
    assert response.content.startswith(expected)
    assert response.headers["content-type"] == (content_type or "text/plain; charset=utf-8")


def test_drop_before_processing_raises_connect_error_and_changes_nothing(api: Api) -> None:
    api.sim.faults.drop_next(CREATE)
    with pytest.raises(httpx.ConnectError):
        api.run(_create())
    assert _machine_count(api) == 0
    [record] = api.sim.requests_to(CREATE)
    assert (record.outcome, record.status) == ("dropped_before", None)


def test_drop_after_processing_raises_but_the_change_is_made(api: Api) -> None:
    api.sim.faults.drop_next(CREATE, after_processing=True)
    with pytest.raises(httpx.RemoteProtocolError):
        api.run(_create())
    assert _machine_count(api) == 1
    [record] = api.sim.requests_to(CREATE)
    assert (record.outcome, record.status) == ("dropped_after", 200)


def test_timeout_after_processing_raises_read_timeout(api: Api) -> None:
    api.sim.faults.timeout_next(CREATE)
    with pytest.raises(httpx.ReadTimeout):
        api.run(_create())
    assert _machine_count(api) == 1
    assert api.sim.requests_to(CREATE)[0].outcome == "timed_out"


def test_latency_moves_the_manual_clock(api: Api) -> None:
    api.sim.faults.add_latency(CREATE, 2.5, count=1)
    before = api.clock.monotonic()
    assert api.run(_create()).status_code == 200
    assert api.clock.monotonic() - before == 2.5
    api.run(_create())
    assert api.clock.monotonic() - before == 2.5  # only the next one was slowed


def test_wildcard_route_and_fault_order(api: Api) -> None:
    api.sim.faults.fail_next("*", status=500)
    api.sim.faults.fail_next("*", status=502)
    assert api.one(get("/v1/apps", [("org_slug", ORG)])).status_code == 500
    assert api.one(get("/v1/apps", [("org_slug", ORG)])).status_code == 502
    assert api.one(get("/v1/apps", [("org_slug", ORG)])).status_code == 200


def test_faults_only_hit_their_route(api: Api) -> None:
    api.sim.faults.fail_next(CREATE, status=503)
    assert api.one(get("/v1/apps", [("org_slug", ORG)])).status_code == 200
    assert api.run(_create()).status_code == 503


@pytest.mark.parametrize(
    "route", ["POST /v1/apps/{app}/machines", "Machines_creat", "/v1/apps", ""]
)
def test_an_unknown_route_is_a_clear_error(api: Api, route: str) -> None:
    with pytest.raises(ValueError, match="unknown route"):
        api.sim.faults.fail_next(route)


def test_bad_fault_arguments_are_clear_errors(api: Api) -> None:
    with pytest.raises(ValueError, match="count"):
        api.sim.faults.fail_next(CREATE, count=0)
    with pytest.raises(ValueError, match="status"):
        api.sim.faults.fail_next(CREATE, status=42)
    with pytest.raises(ValueError, match="seconds"):
        api.sim.faults.add_latency(CREATE, -1)


def test_clear_forgets_pending_faults(api: Api) -> None:
    api.sim.faults.fail_next(CREATE, count=5)
    api.sim.faults.add_latency(CREATE, 3)
    api.sim.faults.clear()
    before = api.clock.monotonic()
    assert api.run(_create()).status_code == 200
    assert api.clock.monotonic() == before
