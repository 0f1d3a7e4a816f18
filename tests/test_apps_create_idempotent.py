"""Apps.create carries an idempotency key, so it is retried like an idempotent call:
a create whose answer was lost is sent again and the API answers with the first app."""

from __future__ import annotations

import json

import pytest
from support.transports import Recording

import fly_machines
from fly_machines import Apps, ManualClock
from fly_machines.testing import FlySimulator


def client_for(sim: FlySimulator, clock: ManualClock) -> tuple[fly_machines.Client, Recording]:
    recording = Recording(sim.transport())
    return fly_machines.Client(token="test-token", transport=recording, clock=clock), recording


def _app_create_bodies(recording: Recording) -> list[dict[str, object]]:
    """The JSON bodies of the app creates the client sent, in order."""
    return [
        json.loads(request.read())
        for request in recording.requests
        if request.method == "POST" and request.url.path == "/v1/apps"
    ]


@pytest.mark.parametrize("fault", ["drop_after", "timeout_after", "503_after"])
def test_a_lost_answer_to_an_app_create_makes_one_app(fault: str) -> None:
    clock = ManualClock()
    sim = FlySimulator(clock=clock)
    client, recording = client_for(sim, clock)
    if fault == "drop_after":
        sim.faults.drop_next("Apps_create", after_processing=True)
    elif fault == "timeout_after":
        sim.faults.timeout_next("Apps_create")  # processed, never answered
    else:
        sim.faults.fail_next("Apps_create", status=503, after_processing=True)

    result = Apps.create(client, app_name="my-app", org_slug="personal")

    assert result.ok, result.error
    assert len(sim.requests_to("Apps_create")) == 2
    keys = {body["idempotency_key"] for body in _app_create_bodies(recording)}
    assert len(keys) == 1  # the same key both times: that is what makes it safe
    apps = Apps.list(client, org_slug="personal").unwrap().apps
    assert isinstance(apps, list)
    assert [(app.name, app.id) for app in apps] == [("my-app", result.value.id)]


def test_each_create_gets_its_own_key_unless_one_is_given() -> None:
    clock = ManualClock()
    sim = FlySimulator(clock=clock)
    client, recording = client_for(sim, clock)
    Apps.create(client, app_name="one", org_slug="personal").unwrap()
    Apps.create(client, app_name="two", org_slug="personal", idempotency_key="k-2").unwrap()
    keys = [str(body["idempotency_key"]) for body in _app_create_bodies(recording)]
    assert keys[0] != "k-2" and len(keys[0]) >= 32 and keys[1] == "k-2"
