"""The simulator's request log keeps what a test needs and no secret: the values of secrets
and the private keys of certificates are replaced (key material, plaintexts and tokens are
covered in tests/test_facade_secret_keys.py and tests/test_facade_tokens.py)."""

from __future__ import annotations

import httpx
import pytest
from support.kinds import KINDS, Kind, run_result
from support.resilience import APP, new_sim, sim_client
from support.sim import AUTH

from fly_machines import Certificates, Secrets

pytestmark = pytest.mark.anyio

VALUE = "s3cret-value-9f2"
KEY = "-----BEGIN PRIVATE KEY-----\nMIEsecretkey\n-----END PRIVATE KEY-----\n"
CHAIN = "-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n"


@pytest.mark.parametrize("kind", KINDS)
async def test_the_request_log_keeps_no_secret_value_or_private_key(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    assert (await run_result(client, Secrets.set, app_name=APP, name="ONE", value=VALUE)).ok
    assert (await run_result(client, Secrets.update, app_name=APP, values={"TWO": VALUE})).ok
    uploaded = await run_result(
        client,
        Certificates.upload,
        app_name=APP,
        hostname="api.example.com",
        fullchain=CHAIN,
        private_key=KEY,
    )
    assert uploaded.ok
    logged = " ".join(repr(r) + r.body.decode() for r in sim.requests)
    assert VALUE not in logged and "MIEsecretkey" not in logged
    assert sim.requests_to("Secret_create")[0].json() == {"value": "<redacted>"}
    assert sim.requests_to("App_Certificates_custom_create")[0].json()["fullchain"] == CHAIN


def test_a_body_is_kept_only_without_its_secrets_whatever_the_path_or_spelling() -> None:
    sim = new_sim()
    http = httpx.Client(transport=sim.transport(), base_url="http://sim.invalid", headers=AUTH)
    http.put(f"/v1/apps/{APP}/secrets/DB", json={"value": VALUE})  # no such route: 405
    http.post(f"/v1/apps/{APP}/secrets", json={"Values": {"A": VALUE}})  # misspelt
    http.post(f"/v1/apps/{APP}/secretkeys/k/generate", json={"type": "hs256", "value": VALUE})
    logged = " ".join(r.body.decode() for r in sim.requests)
    assert len(sim.requests) == 3 and VALUE not in logged
    sim.backend.secrets.set(APP, "DB", VALUE)
    assert VALUE not in repr(sim.backend.app(APP))
