"""Every answer of the simulator's real HTTP server conforms to the patched spec.

Tours (`tests/support/tours/`, one per group of operations) drive the server on 127.0.0.1
through every implemented operation, with the error answers the spec declares for it
(400, 401, 404, 408, 409, 412, 422, 429), and openapi-core validates each answer against
generated/machines-openapi.patched.json.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.response.exceptions import MissingData
from support.project import PATCHED_SPEC
from support.sim import (
    APP,
    AUTH,
    create_app,
    create_machine,
    drive,
    machine_path,
)
from support.tours import TOURS
from werkzeug.datastructures import Headers, ImmutableMultiDict

from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator
from fly_machines.testing._routes import match
from fly_machines.testing.resources import HANDLERS


class _Request:
    """An httpx request as openapi-core's Request protocol (host as in the spec's server)."""

    def __init__(self, request: httpx.Request) -> None:
        self.host_url = "https://api.machines.dev"
        self.path = request.url.path
        self.method = request.method.lower()
        self.body = request.content
        self.content_type = request.headers.get("content-type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
            path={},
        )


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.data = response.content
        self.headers = Headers(list(response.headers.items()))
        self.content_type = response.headers.get("content-type", "")


class _Validator:
    def __init__(self, spec_dict: dict[str, Any], openapi: OpenAPI) -> None:
        self._spec_dict = spec_dict
        self._openapi = openapi
        self.failures: list[str] = []
        self.answers: list[tuple[str, int]] = []

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        route = match(request.method, request.url.raw_path.decode().partition("?")[0]).route
        where = f"{request.method} {request.url.path} -> {response.status_code}"
        if route is None:
            self.failures.append(f"{where}: not an operation of the spec")
            return
        self.answers.append((route.operation_id, response.status_code))
        try:
            self._openapi.validate_response(_Request(request), _Response(response))
        except MissingData:
            # openapi-core asks for a body whenever `content` is present, even when the
            # spec declares it empty (`content: {}`), which means "no body".
            if response.content or self._declared_content(
                route.template, request.method, response.status_code
            ):
                self.failures.append(f"{where}: missing body")
        except Exception as exc:
            detail = getattr(exc, "__cause__", None) or exc
            self.failures.append(f"{where}: {type(exc).__name__}: {detail} {response.text[:200]}")

    def _declared_content(self, template: str, method: str, status: int) -> Mapping[str, Any]:
        responses = self._spec_dict["paths"][template][method.lower()]["responses"]
        declared: Mapping[str, Any] = responses[str(status)].get("content", {})
        return declared


@pytest.fixture(scope="module")
def spec_dict() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(PATCHED_SPEC.read_text())
    return loaded


@pytest.fixture(scope="module")
def openapi(spec_dict: dict[str, Any]) -> OpenAPI:
    # scripts/generate.py already validates the spec itself; checking it again takes seconds.
    return OpenAPI.from_dict(spec_dict, config=Config(spec_validator_cls=None))


@pytest.fixture
def validator(spec_dict: dict[str, Any], openapi: OpenAPI) -> _Validator:
    return _Validator(spec_dict, openapi)


def test_every_server_answer_conforms_to_the_patched_spec(validator: _Validator) -> None:
    sim = FlySimulator(clock=ManualClock(), seed=3)
    with (
        sim.serve(host="127.0.0.1", port=0) as server,
        httpx.Client(
            base_url=server.base_url, headers=AUTH, event_hooks={"response": [validator]}
        ) as client,
    ):
        for tour in TOURS:
            drive(client, tour())
        client.get(f"/v1/apps/{APP}/machines", headers={"Authorization": ""})  # 401
    assert validator.failures == []
    exercised = {operation for operation, _ in validator.answers}
    assert exercised == set(HANDLERS), set(HANDLERS) - exercised
    statuses = {status for _, status in validator.answers}
    assert statuses >= {200, 201, 202, 204, 400, 401, 404, 408, 409, 412, 422}


def test_rate_limited_answers_conform_too(validator: _Validator) -> None:
    sim = FlySimulator(clock=ManualClock(), rate_limit=True)
    with (
        sim.serve() as server,
        httpx.Client(
            base_url=server.base_url, headers=AUTH, event_hooks={"response": [validator]}
        ) as client,
    ):
        drive(client, create_app())
        machine = drive(client, create_machine())
        for _ in range(11):
            response = client.get(machine_path(machine["id"]))
    assert response.status_code == 429
    assert response.headers["retry-after"] == "1"
    assert validator.failures == []


def test_capacity_refusals_conform_too(validator: _Validator) -> None:
    sim = FlySimulator(clock=ManualClock())
    sim.capacity["ams"] = 0
    with (
        sim.serve() as server,
        httpx.Client(
            base_url=server.base_url, headers=AUTH, event_hooks={"response": [validator]}
        ) as client,
    ):
        drive(client, create_app())
        response = client.post(
            f"/v1/apps/{APP}/machines", json={"config": {"image": "nginx"}, "region": "ams"}
        )
    assert (response.status_code, response.json()["status"]) == (412, "insufficient_capacity")
    assert validator.failures == []
