"""The tour of an app's secret keys: making, reading and deleting them, and using them to
encrypt, decrypt, sign and verify, with the refusals each declares (400, 404)."""

from __future__ import annotations

import base64

from support.sim import APP, Scenario, create_app, delete, get, post

KEYS = f"/v1/apps/{APP}/secretkeys"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def tour() -> Scenario[None]:
    """Every secret-key operation, with the declared error answers it can give."""
    yield from create_app()
    yield post("/v1/apps/no-such-app/secretkeys/k/generate", {"type": "hs256"})  # 404
    yield post(f"{KEYS}/box/generate", {"type": "xaes256gcm", "value": None})  # 201
    yield post(f"{KEYS}/pub/generate", {"type": "nacl_box"})  # 201, with a public key
    yield post(f"{KEYS}/box/generate", {"type": "rot13"})  # 400: no such type
    yield post(f"{KEYS}/mac/generate", {"type": 256})  # 400: the body's shape
    yield post(f"{KEYS}/mac", {"type": "hs256", "value": _b64(bytes(range(32)))})  # 201
    yield post(f"{KEYS}/mac", {"type": "hs256", "value": _b64(b"short")})  # 400: size
    yield post(f"{KEYS}/mac", {"type": "hs256", "value": "not base64!"})  # 400

    yield get(KEYS)
    yield get(KEYS, [("types", "hs256,nacl_box"), ("min_version", "3")])
    yield get(KEYS, [("types", "rot13")])  # 400
    yield get(f"{KEYS}/pub")
    yield get(f"{KEYS}/nope")  # 404
    yield get(f"{KEYS}/pub", [("min_version", "99")])  # 400: a version not reached

    plaintext = {"plaintext": _b64(b"hello"), "associated_data": _b64(b"ad")}
    sealed = (yield post(f"{KEYS}/box/encrypt", plaintext)).json()["ciphertext"]
    yield post(f"{KEYS}/mac/encrypt", plaintext)  # 400: a signing key
    yield post(f"{KEYS}/nope/encrypt", plaintext)  # 404
    yield post(f"{KEYS}/box/decrypt", {"ciphertext": sealed, "associated_data": _b64(b"ad")})
    yield post(f"{KEYS}/box/decrypt", {"ciphertext": _b64(b"garbage")})  # 400
    yield post(f"{KEYS}/nope/decrypt", {"ciphertext": sealed})  # 404

    signature = (yield post(f"{KEYS}/mac/sign", {"plaintext": _b64(b"hi")})).json()["signature"]
    yield post(f"{KEYS}/box/sign", {"plaintext": _b64(b"hi")})  # 400: an encrypting key
    yield post(f"{KEYS}/nope/sign", {"plaintext": _b64(b"hi")})  # 404
    yield post(f"{KEYS}/mac/verify", {"plaintext": _b64(b"hi"), "signature": signature})  # 204
    yield post(f"{KEYS}/mac/verify", {"plaintext": _b64(b"ho"), "signature": signature})  # 400
    yield post(f"{KEYS}/nope/verify", {"plaintext": _b64(b"hi"), "signature": signature})  # 404

    yield delete(f"{KEYS}/box")
    yield delete(f"{KEYS}/box")  # 404
    yield delete(f"/v1/apps/{APP}")
