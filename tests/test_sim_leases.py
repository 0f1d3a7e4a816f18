"""Leases on simulated machines: the envelope, refusals, refresh, expiry and release."""

from __future__ import annotations

import re

from support.sim import (
    IMAGE,
    Api,
    Req,
    Scenario,
    create_app,
    create_machine,
    delete,
    get,
    machine_path,
    patch,
    post,
    put,
    started_machine,
    state_of,
    wait_for,
)
from support.sim import api as api  # the fixture: a simulator per kind of httpx client

HELD = re.compile(r"^machine ID [0-9a-f]{14} lease currently held by \S+, expires at \S+Z$")


def acquire(mid: str, ttl: int = 30, nonce: str | None = None) -> Scenario[str]:
    response = yield post(machine_path(mid, "lease"), {"ttl": ttl, "description": "deploy"}, nonce)
    assert response.status_code == 201, response.text
    return str(response.json()["data"]["nonce"])


def test_acquire_answers_the_envelope(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        now = int(api.clock.time())
        response = yield post(machine_path(mid, "lease"), {"ttl": 30, "description": "deploy"})
        assert response.status_code == 201
        body = response.json()
        assert body["status"] == "success"
        assert set(body["data"]) == {"nonce", "expires_at", "owner", "description", "version"}
        assert body["data"]["expires_at"] == now + 30
        assert body["data"]["description"] == "deploy"
        response = yield get(machine_path(mid, "lease"))
        assert (response.status_code, response.json()) == (200, body)

    api.run(scenario())


def test_a_held_lease_refuses_others_and_refreshes_for_its_holder(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        nonce = yield from acquire(mid, ttl=30)
        response = yield post(machine_path(mid, "lease"), {"ttl": 30})
        assert response.status_code == 409
        body = response.json()
        assert body["status"] == "error" and body["code"] == "invalid"
        assert HELD.match(body["message"]) and mid in body["message"]
        api.clock.advance(20)
        refreshed = yield from acquire(mid, ttl=30, nonce=nonce)
        assert refreshed == nonce
        api.clock.advance(20)  # 40 s after the first acquire: alive only thanks to the refresh
        response = yield post(machine_path(mid, "lease"), {"ttl": 30})
        assert response.status_code == 409

    api.run(scenario())


def _mutations(mid: str, nonce: str | None) -> list[Req]:
    """Every call that must carry the nonce on a leased machine (PROVENANCE item 2), in an
    order that works on a started machine when each succeeds."""
    return [
        post(machine_path(mid, "cordon"), nonce=nonce),
        post(machine_path(mid, "uncordon"), nonce=nonce),
        post(machine_path(mid), {"config": {"image": IMAGE}}, nonce),
        post(machine_path(mid, "restart"), nonce=nonce),
        post(machine_path(mid, "suspend"), nonce=nonce),
        post(machine_path(mid, "start"), nonce=nonce),
        post(machine_path(mid, "stop"), nonce=nonce),
        delete(machine_path(mid), [("force", "true")], nonce),
    ]


def test_every_mutation_without_the_nonce_is_refused(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        yield from acquire(mid)
        for request in [*_mutations(mid, None), *_mutations(mid, "not-the-nonce")]:
            response = yield request
            assert response.status_code == 409, (request, response.text)
            assert HELD.match(response.json()["error"])
        machine = (yield get(machine_path(mid))).json()
        assert machine["state"] == "started" and len(machine["events"]) == 3
        assert machine["cordoned"] is False

    api.run(scenario())


def test_signal_and_metadata_do_not_need_the_nonce(api: Api) -> None:
    # PROVENANCE item 2 lists the calls that need the nonce; these are not among them,
    # and the spec gives them no nonce header, so no client could send one.
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        yield from acquire(mid)
        for request in [
            post(machine_path(mid, "metadata/role"), {"value": "web"}),
            patch(machine_path(mid, "metadata"), {"metadata": {"a": "b"}}),
            delete(machine_path(mid, "metadata/a")),
            post(machine_path(mid, "signal"), {"signal": "SIGHUP"}),
        ]:
            response = yield request
            assert response.status_code in (200, 204), (request, response.text)
        # The PATCH merges (the pinned spec), so "role" stays; "a" was deleted.
        assert (yield get(machine_path(mid, "metadata"))).json() == {"role": "web"}

    api.run(scenario())


def test_every_mutation_with_the_nonce_goes_through(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        nonce = yield from acquire(mid, ttl=3600)
        for request in _mutations(mid, nonce):
            response = yield request
            assert response.status_code in (200, 204), (request, response.text)
            state = yield from state_of(mid)
            if state.endswith("ing"):  # let each transition finish before the next call
                yield from wait_for(mid, "settled")
        assert (yield from state_of(mid)) == "destroyed"

    api.run(scenario())


def test_leases_expire_after_their_ttl(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        yield from acquire(mid, ttl=10)
        api.clock.advance(9.9)
        response = yield post(machine_path(mid, "stop"))
        assert response.status_code == 409
        api.clock.advance(0.1)
        response = yield get(machine_path(mid, "lease"))
        assert response.status_code == 404
        response = yield post(machine_path(mid, "stop"))
        assert (response.status_code, response.json()) == (200, {"ok": True})
        other = yield from acquire(mid)  # someone else can take it now
        assert other

    api.run(scenario())


def test_release_needs_the_nonce(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        nonce = yield from acquire(mid)
        response = yield delete(machine_path(mid, "lease"), nonce="wrong")
        assert response.status_code == 409
        response = yield delete(machine_path(mid, "lease"), nonce=nonce)
        assert (response.status_code, response.json()) == (
            200,
            {"status": "success", "data": {"ok": True}},
        )
        response = yield get(machine_path(mid, "lease"))
        assert response.status_code == 404
        response = yield delete(machine_path(mid, "lease"), nonce=nonce)
        assert response.status_code == 404
        response = yield post(machine_path(mid, "stop"))
        assert response.status_code == 200

    api.run(scenario())


def test_create_with_lease_ttl_returns_the_nonce(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        machine = yield from create_machine(lease_ttl=60)
        mid = machine["id"]
        yield from wait_for(mid, "started")
        response = yield post(machine_path(mid, "stop"))
        assert response.status_code == 409
        response = yield post(machine_path(mid, "stop"), nonce=machine["nonce"])
        assert response.status_code == 200
        shown = (yield get(machine_path(mid), [("include_leases", "true")])).json()
        assert shown["lease"]["owner"] and "nonce" not in shown["lease"]

    api.run(scenario())


def test_metadata_keys(api: Api) -> None:
    def scenario() -> Scenario[None]:
        mid = yield from started_machine()
        response = yield post(machine_path(mid, "metadata/role"), {"value": "web"})
        assert (response.status_code, response.content) == (204, b"")
        response = yield get(machine_path(mid, "metadata/role"))
        assert response.json() == {"value": "web"}
        response = yield put(machine_path(mid, "metadata"), {"metadata": {"a": "1", "b": "2"}})
        assert response.status_code == 204
        # PUT merges, as the pinned spec says: "role" is left untouched.
        expected = {"role": "web", "a": "1", "b": "2"}
        assert (yield get(machine_path(mid, "metadata"))).json() == expected
        machine = (yield get(machine_path(mid))).json()
        assert machine["config"]["metadata"] == expected
        response = yield patch(
            machine_path(mid, "metadata"), {"metadata": {}, "machine_version": "stale"}
        )
        assert response.status_code == 412
        response = yield delete(machine_path(mid, "metadata/a"))
        assert response.status_code == 204
        response = yield get(machine_path(mid, "metadata/a"))
        assert response.status_code == 404
        assert machine["version"] == (yield get(machine_path(mid))).json()["version"]

    api.run(scenario())


def test_unknown_app_and_machine_are_404(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        response = yield get(machine_path("00000000000000"))
        assert response.status_code == 404
        assert "00000000000000" in response.json()["error"]
        response = yield get(machine_path("00000000000000", app="no-such-app"))
        assert response.status_code == 404
        assert "no-such-app" in response.json()["error"]

    api.run(scenario())
