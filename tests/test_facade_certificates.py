"""Certificates through the facade against the simulator, with a Client and an AsyncClient:
every operation, and a refusal for each."""

from __future__ import annotations

import datetime

import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import APP, new_sim, sim_client, sim_clock

from fly_machines import Certificates

pytestmark = pytest.mark.anyio

HOST = "www.example.com"
CUSTOM = "api.example.com"
PEM = {
    "fullchain": "-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n",
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIE\n-----END PRIVATE KEY-----\n",
}


@pytest.mark.parametrize("kind", KINDS)
async def test_an_acme_certificate_is_pending_until_a_later_check_validates_it(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    requested = ok_value(
        await run_result(client, Certificates.request, app_name=APP, hostname=HOST)
    )
    assert (requested.hostname, requested.status, requested.acme_requested) == (
        HOST,
        "pending_validation",
        True,
    )
    early = ok_value(await run_result(client, Certificates.check, app_name=APP, hostname=HOST))
    assert early.status == "pending_validation"

    sim_clock(sim).advance(5)
    checked = ok_value(await run_result(client, Certificates.check, app_name=APP, hostname=HOST))
    assert checked.status == "active"
    shown = ok_value(await run_result(client, Certificates.get, app_name=APP, hostname=HOST))
    assert [entry.status for entry in shown.certificates] == ["active"]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_custom_certificate_is_active_at_once_and_its_key_never_comes_back(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    uploaded = ok_value(
        await run_result(client, Certificates.upload, app_name=APP, hostname=CUSTOM, **PEM)
    )
    assert uploaded.status == "active"
    assert "PRIVATE KEY" not in str(uploaded.to_dict())

    removed = ok_value(
        await run_result(client, Certificates.remove_custom, app_name=APP, hostname=CUSTOM)
    )
    assert "no certificate left" in removed.warning


@pytest.mark.parametrize("kind", KINDS)
async def test_listing_filters_and_pages(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    for host in ("a.example.com", "b.example.com", "c.other.org"):
        ok_value(await run_result(client, Certificates.request, app_name=APP, hostname=host))

    page = ok_value(
        await run_result(client, Certificates.list, app_name=APP, filter="example", limit=1)
    )
    assert ([c.hostname for c in page.certificates], page.total_count) == (["a.example.com"], 2)
    rest = ok_value(
        await run_result(
            client, Certificates.list, app_name=APP, filter="example", cursor=page.next_cursor
        )
    )
    assert [c.hostname for c in rest.certificates] == ["b.example.com"]


@pytest.mark.parametrize("kind", KINDS)
async def test_removing_certificates_and_the_hostname(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    ok_value(await run_result(client, Certificates.request, app_name=APP, hostname=HOST))

    detail = ok_value(
        await run_result(client, Certificates.remove_acme, app_name=APP, hostname=HOST)
    )
    assert detail.acme_requested is False
    assert (
        ok_value(await run_result(client, Certificates.delete, app_name=APP, hostname=HOST)) is None
    )
    gone = failure(await run_result(client, Certificates.get, app_name=APP, hostname=HOST))
    assert gone.status == 404


REFUSALS = [
    ("request-bad-host", Certificates.request, {"hostname": "Not A Host"}, 422),
    ("upload-not-pem", Certificates.upload,
     {"hostname": CUSTOM, "fullchain": "x", "private_key": "y"}, 422),
    ("get-missing", Certificates.get, {"hostname": "nope.example.com"}, 404),
    ("check-missing", Certificates.check, {"hostname": "nope.example.com"}, 404),
    ("remove-acme-missing", Certificates.remove_acme, {"hostname": "nope.example.com"}, 404),
    ("remove-custom-missing", Certificates.remove_custom, {"hostname": "nope.example.com"}, 404),
    ("delete-missing", Certificates.delete, {"hostname": "nope.example.com"}, 404),
    ("list-no-app", Certificates.list, {"app_name": "no-such-app"}, 404),
]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "kwargs", "status"), [pytest.param(*c[1:], id=c[0]) for c in REFUSALS]
)
async def test_each_operation_refuses_what_the_api_refuses(
    kind: Kind, function: object, kwargs: dict[str, str], status: int
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    arguments = {"app_name": APP, **kwargs}
    error = failure(await run_result(client, function, **arguments))  # type: ignore[arg-type]
    assert (error.kind, error.status) == ("http", status)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_dot_hostname_is_refused_before_anything_is_sent(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    error = failure(await run_result(client, Certificates.delete, app_name=APP, hostname=".."))
    assert error.kind == "invalid_request" and "hostname" in error.message
    assert sim.requests == []


@pytest.mark.parametrize("kind", KINDS)
async def test_certificate_times_are_aware_datetimes(kind: Kind) -> None:
    # RFC 3339 on the wire, datetimes here (17-certificate-ip-timestamps.yaml).
    sim = new_sim()
    client = sim_client(sim, kind)
    await run_result(client, Certificates.upload, app_name=APP, hostname=CUSTOM, **PEM)
    shown = ok_value(await run_result(client, Certificates.get, app_name=APP, hostname=CUSTOM))
    entry = shown.certificates[0]
    assert isinstance(entry.created_at, datetime.datetime) and entry.created_at.tzinfo
    assert isinstance(entry.expires_at, datetime.datetime) and entry.expires_at > entry.created_at
    assert all(isinstance(issued.expires_at, datetime.datetime) for issued in entry.issued)
    listed = ok_value(await run_result(client, Certificates.list, app_name=APP))
    summary = listed.certificates[0]
    assert isinstance(summary.created_at, datetime.datetime)
    assert summary.to_dict()["created_at"].endswith("Z")  # written back as RFC 3339
