"""The tour of tokens: an app's deploy token and what it may reach, the caller's token,
verifying a token given in a body, and OIDC and KMS tokens (answered text/plain), with the
refusals each declares (400, 401, 404)."""

from __future__ import annotations

from support.sim import APP, ORG, Req, Scenario, create_app, delete, get, post

OTHER = "tour-other-app"


def _as(token: str, request: Req) -> Req:
    """`request` sent with `token` instead of the tour's own."""
    return Req(request.method, request.path, request.json, request.params, {"Authorization": token})


def tour() -> Scenario[None]:
    """Every token operation, with the declared error answers it can give."""
    yield from create_app()
    yield from create_app(OTHER)
    made = yield post(f"/v1/apps/{APP}/deploy_token", {"expiry": "1h"})
    token = made.json()["token"]
    yield post(f"/v1/apps/{APP}/deploy_token", {"expiry": "30d"})  # 400: not a Go duration
    yield post("/v1/apps/no-such-app/deploy_token", {})  # 404

    yield get("/v1/tokens/current")  # the tour's own token: a user token
    yield _as(token, get("/v1/tokens/current"))
    yield _as(token, get(f"/v1/apps/{APP}/secretkeys"))  # its own app
    yield _as(token, get(f"/v1/apps/{OTHER}/secretkeys"))  # 401: another app
    yield _as(f"{token}x", get("/v1/tokens/current"))  # 401: forged

    yield post("/v1/tokens/authenticate", {"header": token})
    yield post("/v1/tokens/authenticate", {"header": "garbage"})  # 400
    yield post("/v1/tokens/authorize", {"header": token, "access": {"app_name": APP}})
    yield post("/v1/tokens/authorize", {"header": token, "access": {"app_name": OTHER}})  # 401
    yield post("/v1/tokens/authorize", {"header": token, "access": {"app_name": "none"}})  # 404
    yield post("/v1/tokens/authorize", {"header": "garbage"})  # 400

    yield _as(token, post("/v1/tokens/oidc", {"aud": f"https://fly.io/{ORG}"}))
    yield post("/v1/tokens/oidc")  # no body: the default audience
    yield _as(f"{token}x", post("/v1/tokens/oidc"))  # 401
    yield _as(token, post("/v1/tokens/kms"))
    yield _as(f"{token}x", post("/v1/tokens/kms"))  # 401

    yield delete(f"/v1/apps/{OTHER}")
    yield delete(f"/v1/apps/{APP}")
