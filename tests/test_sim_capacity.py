"""The simulator's regions run out of room when a test says so: `sim.capacity[region] = n`
leaves room for n more machines there, and a create beyond it answers the live API's
capacity refusal (412, `status: insufficient_capacity`, flyd's "could not reserve
resource" text)."""

from __future__ import annotations

import pytest
from support.sim import APP, IMAGE, ORG, Api, Scenario, create_app, get, post
from support.sim import api as api  # the fixture: a simulator per kind of httpx client

MACHINES = f"/v1/apps/{APP}/machines"


def _create_in(region: str, **body: object) -> Scenario[tuple[int, dict[str, object]]]:
    response = yield post(MACHINES, {"config": {"image": IMAGE}, "region": region, **body})
    answer = response.json()
    assert isinstance(answer, dict)
    return response.status_code, answer


def test_a_region_without_room_refuses_creates_as_the_live_api_does(api: Api) -> None:
    api.sim.capacity["ams"] = 0

    def scenario() -> Scenario[None]:
        yield from create_app()
        status, body = yield from _create_in("ams")
        assert status == 412
        assert body["status"] == "insufficient_capacity"
        assert "could not reserve resource for machine" in str(body["error"])
        assert "ams" in str(body["error"])
        listed = (yield get(MACHINES, [("include_deleted", "true")])).json()
        assert listed == []  # nothing was made
        status, body = yield from _create_in("fra")
        assert (status, body["region"]) == (200, "fra")

    api.run(scenario())


def test_room_is_taken_by_each_create_and_not_by_a_refused_one(api: Api) -> None:
    api.sim.capacity["fra"] = 2

    def scenario() -> Scenario[None]:
        yield from create_app()
        assert (yield from _create_in("fra", name="one"))[0] == 200
        assert (yield from _create_in("fra", name="one"))[0] == 422  # name_taken: no room used
        assert api.sim.capacity["fra"] == 1
        assert (yield from _create_in("fra", name="two"))[0] == 200
        assert (yield from _create_in("fra", name="three"))[0] == 412
        assert api.sim.capacity == {"fra": 0}

    api.run(scenario())
    del api.sim.capacity["fra"]  # room for all again
    status, _ = api.run(_create_in("fra", name="four"))
    assert status == 200


def test_placements_offer_no_more_than_the_room_left(api: Api) -> None:
    api.sim.capacity["ams"] = 0
    api.sim.capacity["fra"] = 2

    def scenario() -> Scenario[None]:
        ask = {"org_slug": ORG, "region": "ams,fra,cdg", "count": 4}
        response = yield post("/v1/platform/placements", ask)
        placed = {row["region"]: row["count"] for row in response.json()["regions"]}
        assert placed == {"fra": 2, "cdg": 2}

    api.run(scenario())


@pytest.mark.parametrize(
    ("region", "room", "message"),
    [
        ("mars", 1, "unknown region 'mars'"),
        ("ams", -1, "0 or more"),
        ("ams", True, "whole number"),
        ("ams", 1.5, "whole number"),
    ],
)
def test_a_room_that_makes_no_sense_is_refused(
    api: Api, region: str, room: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        api.sim.capacity[region] = room  # type: ignore[assignment]
    assert api.sim.capacity == {}
