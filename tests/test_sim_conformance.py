"""Every answer of the simulator's real HTTP server conforms to the patched spec.

A tour drives the server on 127.0.0.1 through every implemented operation, with the
error answers the spec declares for it (400, 401, 404, 408, 409, 412, 422, 429), and
openapi-core validates each answer against generated/machines-openapi.patched.json.
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
    IMAGE,
    ORG,
    Scenario,
    create_app,
    create_machine,
    delete,
    drive,
    get,
    machine_path,
    patch,
    post,
    put,
    wait_for,
)
from werkzeug.datastructures import Headers, ImmutableMultiDict

from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator
from fly_machines.testing._routes import match
from fly_machines.testing.resources import HANDLERS

PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nMIE\n-----END PRIVATE KEY-----\n"


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


def _tour() -> Scenario[None]:
    """Every implemented operation, with the declared error answers it can give."""
    yield from create_app()
    yield post("/v1/apps", {"name": APP, "org_slug": ORG})  # 422 name_taken
    yield post("/v1/apps", {"name": "Not Valid", "org_slug": ORG})  # 400
    yield get("/v1/apps", [("org_slug", ORG)])
    yield get("/v1/apps")  # 400: org_slug is required
    yield get(f"/v1/apps/{APP}")

    certificates = f"/v1/apps/{APP}/certificates"
    yield post(f"{certificates}/acme", {"hostname": "www.example.com"})  # 201, pending
    yield post(f"{certificates}/acme", {"hostname": "Not A Host"})  # 422
    yield post(f"{certificates}/www.example.com/check")  # still pending
    pem = {"fullchain": "-----BEGIN CERTIFICATE-----\nMII\n", "private_key": PRIVATE_KEY}
    yield post(f"{certificates}/custom", {"hostname": "api.example.com", **pem})  # 201
    yield post(f"{certificates}/custom", {"hostname": "api.example.com"})  # 422: no PEM
    yield get(certificates, [("filter", "example"), ("limit", "1")])
    yield get(f"{certificates}/nope.example.com")  # 404

    volume = (yield post(f"/v1/apps/{APP}/volumes", {"name": "data", "size_gb": 1})).json()
    vid = volume["id"]
    yield get(f"/v1/apps/{APP}/volumes")
    yield get(f"/v1/apps/{APP}/volumes/{vid}")
    yield put(f"/v1/apps/{APP}/volumes/{vid}", {"snapshot_retention": 7})
    yield put(f"/v1/apps/{APP}/volumes/{vid}/extend", {"size_gb": 2})
    yield post(f"/v1/apps/{APP}/volumes/{vid}/snapshots")
    yield get(f"/v1/apps/{APP}/volumes/{vid}/snapshots")

    config = {"image": IMAGE, "mounts": [{"volume": vid, "path": "/data"}], "metadata": {"a": "b"}}
    machine = yield from create_machine(name="web", config=config)
    mid = machine["id"]
    yield post(f"/v1/apps/{APP}/machines", {"name": "web", "config": {"image": IMAGE}})  # 422
    yield post(f"/v1/apps/{APP}/machines", {"config": config})  # 412: volume attached
    yield post(  # 404: no such volume
        f"/v1/apps/{APP}/machines", {"config": {"image": IMAGE, "mounts": [{"volume": "vol_x"}]}}
    )
    yield get(machine_path("0123456789abcd"))  # 404
    yield post(machine_path(mid, "start"))  # 412: still launching
    yield from wait_for(mid, "started", "stopped")
    yield get(machine_path(mid, "wait"), [("state", "nope")])  # 400
    yield get(f"/v1/apps/{APP}/machines", [("include_deleted", "true")])
    yield get(machine_path(mid), [("include_leases", "true")])
    yield post(machine_path(mid, "exec"), {"command": ["echo", "hi"]})
    yield get(machine_path(mid, "ps"))
    yield get(machine_path(mid, "events"))
    yield get(machine_path(mid, "versions"))
    yield post(machine_path(mid, "signal"), {"signal": "SIGHUP"})
    yield post(machine_path(mid, "signal"), {"signal": "SIGNOPE"})  # 400
    yield post(machine_path(mid, "cordon"))
    yield post(machine_path(mid, "uncordon"))

    yield get(machine_path(mid, "metadata"))
    yield post(machine_path(mid, "metadata/role"), {"value": "web"})
    yield get(machine_path(mid, "metadata/role"))
    yield get(machine_path(mid, "metadata/missing"))  # 404
    yield delete(machine_path(mid, "metadata/role"))
    yield patch(machine_path(mid, "metadata"), {"metadata": {"x": "1"}})
    yield patch(machine_path(mid, "metadata"), {"metadata": {}, "machine_version": "old"})  # 412
    yield put(machine_path(mid, "metadata"), {"metadata": {"y": "2"}})
    yield post(machine_path(mid, "metadata/z"), {"value": 1})  # 400

    yield get(machine_path(mid, "lease"))  # 404
    lease = (yield post(machine_path(mid, "lease"), {"ttl": 60, "description": "tour"})).json()
    nonce = lease["data"]["nonce"]
    yield post(machine_path(mid, "lease"), {"ttl": 60})  # 409 envelope
    yield post(machine_path(mid, "lease"), {"ttl": 60}, nonce)  # refresh
    yield get(machine_path(mid, "lease"))
    yield post(machine_path(mid, "stop"))  # 409: leased
    yield post(machine_path(mid), {"config": {"image": IMAGE}, "current_version": "x"}, nonce)
    new_config = {"image": IMAGE, "mounts": [{"volume": vid, "path": "/data"}]}
    yield post(machine_path(mid), {"config": new_config}, nonce)
    yield post(machine_path(mid), {"config": {}}, nonce)  # 422: no image
    yield delete(machine_path(mid, "lease"), nonce="wrong")  # 409
    yield delete(machine_path(mid, "lease"), nonce=nonce)

    yield from wait_for(mid, "started")
    yield post(machine_path(mid, "restart"))
    yield from wait_for(mid, "started")
    yield post(machine_path(mid, "suspend"))
    yield from wait_for(mid, "suspended")
    yield post(machine_path(mid, "start"))
    yield from wait_for(mid, "started")
    yield post(machine_path(mid, "exec"), {"command": ["true"]})
    yield delete(machine_path(mid))  # 412: not stopped
    yield post(machine_path(mid, "stop"), {"signal": "SIGTERM"})
    yield from wait_for(mid, "stopped")
    yield post(machine_path(mid, "exec"), {"command": ["true"]})  # 412: not started
    yield from wait_for(mid, "started", timeout=2)  # 408
    yield post(machine_path(mid, "start"))
    yield delete(machine_path(mid), [("force", "true")])
    yield from wait_for(mid, "destroyed")
    yield delete(f"/v1/apps/{APP}/volumes/{vid}")

    yield post(f"{certificates}/www.example.com/check")  # time has passed: active
    yield get(f"{certificates}/www.example.com")
    yield get(certificates)
    yield delete(f"{certificates}/www.example.com/acme")
    yield delete(f"{certificates}/www.example.com/acme")  # 404: already removed
    yield delete(f"{certificates}/api.example.com/custom")  # with a warning: nothing left
    yield delete(f"{certificates}/api.example.com")
    yield delete(f"{certificates}/api.example.com")  # 404

    yield get(f"/v1/apps/{APP}/secrets")
    yield post(f"/v1/apps/{APP}/secrets", {"values": {"A": "1", "B": "2"}})
    yield post(f"/v1/apps/{APP}/secrets/C", {"value": "3"})
    yield post(f"/v1/apps/{APP}/secrets/C", {"value": 3})  # 400
    yield get(f"/v1/apps/{APP}/secrets/C", [("show_secrets", "true")])
    yield get(f"/v1/apps/{APP}/secrets", [("show_secrets", "1")])
    yield delete(f"/v1/apps/{APP}/secrets/C")

    yield delete(f"/v1/apps/{APP}")


def test_every_server_answer_conforms_to_the_patched_spec(validator: _Validator) -> None:
    sim = FlySimulator(clock=ManualClock(), seed=3)
    with (
        sim.serve(host="127.0.0.1", port=0) as server,
        httpx.Client(
            base_url=server.base_url, headers=AUTH, event_hooks={"response": [validator]}
        ) as client,
    ):
        drive(client, _tour())
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
