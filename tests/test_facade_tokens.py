"""Tokens and app deploy tokens through the facade against the simulator, with a Client and
an AsyncClient: a minted deploy token works as a client's token (in process and over a real
socket) for its own app only, every token operation and a refusal for each, text/plain
answers, and no token in any text the library or the simulator shows."""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from typing import Any

import httpx
import pytest
from support.facade import error_texts
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.postgres import ready_cluster
from support.resilience import APP, new_sim, sim_client, sim_clock

from fly_machines import (
    Apps,
    AsyncClient,
    Client,
    FlyError,
    ManualClock,
    Postgres,
    SecretKeys,
    Tokens,
)
from fly_machines.testing import FlySimulator

pytestmark = pytest.mark.anyio

# The token the simulator is made with: long and odd enough that finding it means a leak.
CONFIGURED = "fo1_configuredSimToken_Hk3Rw8Pz"
OTHER_APP = "other-app"


def _sim() -> FlySimulator:
    """A simulator that accepts CONFIGURED (and what it mints) only, with APP and OTHER_APP."""
    sim = new_sim(token=CONFIGURED)
    sim.backend.create_app({"name": OTHER_APP, "org_slug": "personal"})
    return sim


async def _deploy_token(client: Client | AsyncClient, app: str = APP, **kw: Any) -> str:
    made = ok_value(await run_result(client, Apps.create_deploy_token, app_name=app, **kw))
    token: str = made.token
    return token


async def _close(*clients: Client | AsyncClient) -> None:
    for client in clients:
        if isinstance(client, AsyncClient):
            await client.aclose()
        else:
            client.close()


def _claims(part: str) -> dict[str, Any]:
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    return decoded


# -- deploy tokens ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_a_minted_deploy_token_works_for_its_app_and_is_refused_elsewhere(
    kind: Kind,
) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)
    token = await _deploy_token(owner)
    deployer = sim_client(sim, kind, token=token)

    assert token.startswith("FlyV1 fm2_") and repr(token) == "<redacted>"
    ok_value(await run_result(deployer, SecretKeys.generate, app_name=APP, name="k", type="hs256"))
    listed = ok_value(await run_result(deployer, SecretKeys.list, app_name=APP))
    assert [key.name for key in listed.secret_keys] == ["k"]

    elsewhere: list[tuple[Any, dict[str, str]]] = [
        (SecretKeys.list, {"app_name": OTHER_APP}),
        (Apps.get, {"app_name": OTHER_APP}),
        (Apps.list, {"org_slug": "personal"}),
    ]
    for function, kwargs in elsewhere:
        error = failure(await run_result(deployer, function, **kwargs))
        assert (error.status, error.code) == (401, "unauthorized")
        assert f"limited to app {APP}" in error.message
    # The configured token still works.
    ok_value(await run_result(owner, SecretKeys.list, app_name=OTHER_APP))


@pytest.mark.parametrize("kind", KINDS)
async def test_a_minted_deploy_token_authenticates_over_a_real_socket(kind: Kind) -> None:
    sim = _sim()
    with sim.serve(host="127.0.0.1") as server:
        options: dict[str, Any] = {"base_url": server.base_url, "clock": ManualClock()}
        cls = Client if kind == "sync" else AsyncClient
        owner = cls(token=CONFIGURED, **options)
        token = await _deploy_token(owner, expiry="1h")
        deployer = cls(token=token, **options)
        try:
            shown = ok_value(await run_result(deployer, Apps.get, app_name=APP))
            refused = failure(await run_result(deployer, Apps.get, app_name=OTHER_APP))
            current = ok_value(await run_result(deployer, Tokens.current))
        finally:
            await _close(owner, deployer)

    assert shown.name == APP and refused.status == 401
    assert current.tokens[0].apps == [APP]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_deploy_token_expires_and_dies_with_its_app(kind: Kind) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)
    short = sim_client(sim, kind, token=await _deploy_token(owner, expiry=timedelta(minutes=1)))
    other = sim_client(sim, kind, token=await _deploy_token(owner, app=OTHER_APP))

    ok_value(await run_result(short, Apps.get, app_name=APP))
    sim_clock(sim).advance(61)
    expired = failure(await run_result(short, Apps.get, app_name=APP))
    assert (expired.status, expired.message) == (
        401,
        "token validation error: the token has expired",
    )

    ok_value(await run_result(owner, Apps.destroy, app_name=OTHER_APP))
    ok_value(await run_result(owner, Apps.create, app_name=OTHER_APP, org_slug="personal"))
    gone = failure(await run_result(other, Apps.get, app_name=OTHER_APP))
    assert gone.status == 401 and "no longer exists" in gone.message


DEPLOY_REFUSALS = [
    ("no-such-app", {"app_name": "no-such-app"}, "http", 404),
    ("days-are-not-go", {"expiry": "30d"}, "http", 400),
    ("zero", {"expiry": "0s"}, "http", 400),
    ("negative-seconds", {"expiry": -5}, "invalid_request", None),
    ("not-a-duration", {"expiry": ["1h"]}, "invalid_request", None),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("kwargs", "error_kind", "status"), [pytest.param(*c[1:], id=c[0]) for c in DEPLOY_REFUSALS]
)
async def test_create_deploy_token_refuses_and_mints_nothing(
    kind: Kind, kwargs: dict[str, Any], error_kind: str, status: int | None
) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)

    error = failure(
        await run_result(owner, Apps.create_deploy_token, **{"app_name": APP, **kwargs})
    )

    assert (error.kind, error.status) == (error_kind, status)
    sent = sim.requests_to("App_create_deploy_token")
    assert [r.status for r in sent] == ([status] if status else [])


@pytest.mark.parametrize("kind", KINDS)
async def test_numbers_and_timedeltas_are_sent_as_go_durations(kind: Kind) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)
    for expiry, sent in [(630720000, "630720000s"), (1.5, "1.5s"), (timedelta(hours=2), "7200s")]:
        await _deploy_token(owner, expiry=expiry)
        assert sim.requests[-1].json() == {"expiry": sent}


# -- the caller's token, and verifying one -----------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_current_describes_a_deploy_token_and_a_user_token(kind: Kind) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)
    deployer = sim_client(sim, kind, token=await _deploy_token(owner))

    mine = ok_value(await run_result(owner, Tokens.current)).tokens[0]
    theirs = ok_value(await run_result(deployer, Tokens.current)).tokens[0]

    assert (mine.org_slug, mine.apps, len(mine.user)) == ("personal", [], 16)
    assert (theirs.org_slug, theirs.apps) == ("personal", [APP])
    assert theirs.token_id.startswith("tok_") and CONFIGURED not in str(mine.to_dict())


@pytest.mark.parametrize("kind", KINDS)
async def test_current_refuses_a_token_the_simulator_does_not_accept(kind: Kind) -> None:
    sim = _sim()
    stranger = sim_client(sim, kind, token="fo1_notTheConfiguredToken")

    error = failure(await run_result(stranger, Tokens.current))

    assert (error.status, error.code) == (401, "unauthorized")
    assert [r.status for r in sim.requests] == [401]


@pytest.mark.parametrize("kind", KINDS)
async def test_authenticate_verifies_minted_and_configured_tokens_only(kind: Kind) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)
    token = await _deploy_token(owner, expiry="10m")

    [verified] = ok_value(await run_result(owner, Tokens.authenticate, header=token))
    caveats = [item.to_dict() for item in verified.caveats.caveats]
    assert caveats[0] == {"type": "apps", "apps": [APP]}
    assert caveats[1]["not_after"] - caveats[1]["not_before"] == 600
    bare = token.removeprefix("FlyV1 ")
    assert ok_value(await run_result(owner, Tokens.authenticate, header=bare))
    [configured] = ok_value(await run_result(owner, Tokens.authenticate, header=CONFIGURED))
    assert configured.caveats.caveats == []

    forged = bare[:-3] + ("AAA" if not bare.endswith("AAA") else "BBB")
    sim_clock(sim).advance(601)
    for header in ["garbage", f"FlyV1 {forged}", token]:  # the last has expired
        error = failure(await run_result(owner, Tokens.authenticate, header=header))
        assert (error.status, error.code) == (400, "bad_request")
        assert "token validation error" in error.message


@pytest.mark.parametrize("kind", KINDS)
async def test_authorize_checks_the_access_a_token_grants(kind: Kind) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)
    token = await _deploy_token(owner)
    mine = sim.backend.create_machine(APP, {"config": {"image": "a"}})["id"]
    theirs = sim.backend.create_machine(OTHER_APP, {"config": {"image": "a"}})["id"]

    granted = ok_value(
        await run_result(
            owner,
            Tokens.authorize,
            header=token,
            access={"app_name": APP, "machine_id": mine, "machine_feature": "oidc"},
        )
    )
    assert granted.access.machine == mine
    assert granted.access.machine_feature == "oidc"
    assert granted.verified_token.caveats.caveats[0].to_dict()["apps"] == [APP]

    other = failure(
        await run_result(owner, Tokens.authorize, header=token, access={"app_name": OTHER_APP})
    )
    missing = failure(
        await run_result(owner, Tokens.authorize, header=token, access={"app_name": "no-app"})
    )
    # Another app's machine, named with or without its own app's name.
    for access in ({"machine_id": theirs}, {"app_name": APP, "machine_id": theirs}):
        refused = failure(await run_result(owner, Tokens.authorize, header=token, access=access))
        assert (refused.status, theirs in refused.message) == (401, True)
    assert (other.status, missing.status) == (401, 404)
    # The configured token is the simulator's one user: any app of it.
    ok_value(
        await run_result(owner, Tokens.authorize, header=CONFIGURED, access={"app_name": OTHER_APP})
    )


@pytest.mark.parametrize("kind", KINDS)
async def test_authenticate_and_authorize_need_no_authorization_of_their_own(kind: Kind) -> None:
    # The spec declares both open (security: []): a caller with a token the simulator
    # refuses everywhere else still gets an answer about the token in the body.
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)
    token = await _deploy_token(owner)
    stranger = sim_client(sim, kind, token="fo1_notTheConfiguredToken")

    assert ok_value(await run_result(stranger, Tokens.authenticate, header=token))
    assert ok_value(await run_result(stranger, Tokens.authorize, header=token))
    assert failure(await run_result(stranger, Apps.get, app_name=APP)).status == 401


@pytest.mark.parametrize("kind", KINDS)
async def test_authorize_access_of_the_wrong_shape_is_refused_before_anything_is_sent(
    kind: Kind,
) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)

    error = failure(await run_result(owner, Tokens.authorize, header="x", access=["app_name"]))

    assert error.kind == "invalid_request" and "access" in error.message
    assert sim.requests == []


# -- OIDC and KMS: text/plain answers -----------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_an_oidc_token_is_a_jwt_signed_by_the_simulator_with_the_audience_asked(
    kind: Kind,
) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)
    deployer = sim_client(sim, kind, token=await _deploy_token(owner))

    jwt = ok_value(
        await run_result(
            deployer, Tokens.request_oidc, aud="https://example.com", aws_principal_tags=True
        )
    )
    default = ok_value(await run_result(owner, Tokens.request_oidc))

    assert isinstance(jwt, str) and repr(jwt) == "<redacted>"
    head, body, _ = jwt.split(".")
    assert _claims(head) == {"alg": "HS256", "typ": "JWT", "kid": "fly-sim"}
    claims = _claims(body)
    assert claims == sim.backend.oidc_claims(jwt)
    assert (claims["aud"], claims["app_name"], claims["exp"] - claims["iat"]) == (
        "https://example.com",
        APP,
        600,
    )
    assert claims["https://aws.amazon.com/tags"]["principal_tags"]["app_name"] == [APP]
    assert (sim.backend.oidc_claims(default) or {}).get("aud") == "https://fly.io/personal"
    # A changed claim breaks the signature.
    forged = base64.urlsafe_b64encode(json.dumps({**claims, "aud": "x"}).encode()).decode()
    assert sim.backend.oidc_claims(f"{head}.{forged.rstrip('=')}.{jwt.split('.')[2]}") is None


@pytest.mark.parametrize("kind", KINDS)
async def test_a_kms_token_is_text(kind: Kind) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)

    first = ok_value(await run_result(owner, Tokens.request_kms))
    second = ok_value(await run_result(owner, Tokens.request_kms))

    assert isinstance(first, str) and first.startswith("sim_kms_") and first != second
    assert first == first.strip() and repr(first) == "<redacted>"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "kwargs"),
    [(Tokens.request_kms, {}), (Tokens.request_oidc, {"aud": "https://example.com"})],
    ids=["kms", "oidc"],
)
async def test_oidc_and_kms_refuse_a_token_the_simulator_does_not_accept(
    kind: Kind, function: Any, kwargs: dict[str, str]
) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)
    expired = sim_client(sim, kind, token=await _deploy_token(owner, expiry="1s"))
    sim_clock(sim).advance(2)

    error = failure(await run_result(expired, function, **kwargs))

    assert (error.status, error.code) == (401, "unauthorized")


@pytest.mark.parametrize("kind", KINDS)
async def test_an_oidc_audience_that_is_not_text_is_refused_before_anything_is_sent(
    kind: Kind,
) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)

    error = failure(await run_result(owner, Tokens.request_oidc, aud=42))

    assert error.kind == "invalid_request" and "aud" in error.message
    assert sim.requests == []


# -- tokens stay secret -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_no_token_shows_in_the_log_reprs_or_errors(kind: Kind) -> None:
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)
    made = await run_result(owner, Apps.create_deploy_token, app_name=APP, expiry="1m")
    token = ok_value(made).token
    deployer = sim_client(sim, kind, token=token)
    outcomes = [
        made,
        await run_result(deployer, Tokens.request_oidc),
        await run_result(deployer, Tokens.request_kms),
        await run_result(owner, Tokens.authenticate, header=token),
        await run_result(owner, Tokens.authorize, header=token, access={"app_name": OTHER_APP}),
        await run_result(deployer, Apps.get, app_name=OTHER_APP),
    ]
    sim_clock(sim).advance(61)
    outcomes += [
        await run_result(deployer, Apps.get, app_name=APP),
        await run_result(owner, Tokens.authenticate, header=token),
    ]
    secrets = [token, token.removeprefix("FlyV1 "), CONFIGURED]
    secrets += [o.value for o in outcomes[1:3]]  # the OIDC and KMS tokens

    texts = [repr(outcome) for outcome in outcomes]
    for outcome in outcomes:
        if isinstance(outcome.error, FlyError):
            texts += error_texts(outcome.error)
    texts += [repr(sim), repr(owner), repr(deployer)]
    texts += [repr(r) + str(r.headers) + r.body.decode() for r in sim.requests]

    assert [o.ok for o in outcomes] == [True, True, True, True, False, False, False, False]
    for secret in secrets:
        assert not [text for text in texts if secret in text]
    assert sim.requests_to("Tokens_authenticate")[0].json() == {"header": "<redacted>"}


@pytest.mark.parametrize("kind", KINDS)
async def test_a_text_plain_success_comes_back_as_the_text_without_its_line_end(
    kind: Kind,
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="eyJ.a.b\n", headers={"content-type": "text/plain"})

    transport = httpx.MockTransport(answer)
    options: dict[str, Any] = {"token": CONFIGURED, "transport": transport}
    client = Client(**options) if kind == "sync" else AsyncClient(**options)

    for function in (Tokens.request_oidc, Tokens.request_kms):
        assert ok_value(await run_result(client, function)) == "eyJ.a.b"
    await _close(client)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_deploy_token_does_not_reach_another_resource_that_names_its_app(
    kind: Kind,
) -> None:
    # A Postgres attachment's path names the app, but it is the cluster's resource.
    sim = _sim()
    owner = sim_client(sim, kind, token=CONFIGURED)
    cluster_id = await ready_cluster(sim, owner)
    ok_value(await run_result(owner, Postgres.attach, cluster_id=cluster_id, app_name=APP))
    deployer = sim_client(sim, kind, token=await _deploy_token(owner))

    refused = failure(
        await run_result(deployer, Postgres.detach, cluster_id=cluster_id, app_name=APP)
    )

    assert (refused.status, f"limited to app {APP}" in refused.message) == (401, True)
    assert ok_value(await run_result(deployer, Apps.get, app_name=APP)).name == APP
