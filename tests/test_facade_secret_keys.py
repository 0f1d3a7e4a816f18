"""Secret keys (and `Secrets.get`) through the facade against the simulator, with a Client
and an AsyncClient: every operation, a refusal for each, round trips of encryption and
signatures for any payload, and no key material or plaintext in any text the library or
the simulator shows."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest
from fly_machines_api.types import UNSET
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.facade import error_texts
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import APP, new_sim, sim_client

from fly_machines import AsyncClient, Client, SecretKeys, Secrets
from fly_machines.testing import FlySimulator
from fly_machines.testing.resources.key_crypto import KEY_TYPES
from fly_machines.testing.resources.secrets import SecretStore

pytestmark = pytest.mark.anyio

T = TypeVar("T")
SIGNING = sorted(name for name, kind in KEY_TYPES.items() if kind.use == "sign")
ENCRYPTING = sorted(name for name, kind in KEY_TYPES.items() if kind.use == "encrypt")
# Long and odd enough that finding one in any output means a leak.
PLAINTEXT = b"plaintext-Qx7vLw2Zr9-never-shown"
KEY_VALUE = b"key-material-Jm4Tq8Wn1Ys6Hb3Vc0Xp"  # 32 bytes: an hs256 key
SECRET_VALUE = "secret-value-Ud5Kf2Ng8Lr1"


def _state(sim: FlySimulator) -> tuple[int, list[tuple[str, str]]]:
    """The app's secrets version and its keys (name, type): what a refusal must not change."""
    listed = sim.backend.list_secret_keys(APP)["secret_keys"]
    version = sim.backend.app(APP).part(SecretStore).version
    return version, [(key["name"], key["type"]) for key in listed]


def _keyed_sim() -> FlySimulator:
    """A simulator whose app has one generated key of every type, named after the type."""
    sim = new_sim()
    for name in KEY_TYPES:
        sim.backend.generate_secret_key(APP, name, {"type": name})
    return sim


# -- Secrets.get ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_get_shows_one_secret_and_its_value_only_when_asked(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    ok_value(await run_result(client, Secrets.set, app_name=APP, name="DB", value=SECRET_VALUE))

    hidden = ok_value(await run_result(client, Secrets.get, app_name=APP, name="DB"))
    shown = ok_value(
        await run_result(client, Secrets.get, app_name=APP, name="DB", show_secrets=True)
    )

    assert (hidden.name, hidden.value, shown.value) == ("DB", UNSET, SECRET_VALUE)
    assert hidden.digest == shown.digest and hidden.digest
    assert SECRET_VALUE not in repr(shown) and "value=<redacted>" in repr(shown)


@pytest.mark.parametrize("kind", KINDS)
async def test_get_of_a_missing_secret_is_not_found_and_changes_nothing(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    ok_value(await run_result(client, Secrets.set, app_name=APP, name="DB", value=SECRET_VALUE))
    before = sim.backend.secrets.list_all(APP, True)

    error = failure(await run_result(client, Secrets.get, app_name=APP, name="NOPE"))

    assert (error.kind, error.status, error.code) == ("http", 404, "not_found")
    assert sim.backend.secrets.list_all(APP, True) == before


# -- keys: making, reading, deleting ----------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_keys_are_made_listed_read_and_deleted_each_change_a_secrets_version(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    made = ok_value(
        await run_result(client, SecretKeys.generate, app_name=APP, name="box", type="nacl_box")
    )
    stored = ok_value(
        await run_result(
            client, SecretKeys.set, app_name=APP, name="mac", type="hs256", value=KEY_VALUE
        )
    )
    assert (made.name, made.type_, made.version) == ("box", "nacl_box", 1)
    assert (stored.name, stored.type_, stored.version) == ("mac", "hs256", 2)
    # Only a public-key type has a public key: 32 bytes, base64; never the key itself.
    assert len(base64.b64decode(made.public_key)) == 32
    assert not isinstance(stored.public_key, str)

    listed = ok_value(await run_result(client, SecretKeys.list, app_name=APP))
    assert [(k.name, k.type_) for k in listed.secret_keys] == [
        ("box", "nacl_box"),
        ("mac", "hs256"),
    ]
    only = ok_value(
        await run_result(client, SecretKeys.list, app_name=APP, types=["hs256", "es256"])
    )
    assert [k.name for k in only.secret_keys] == ["mac"]
    one = ok_value(
        await run_result(client, SecretKeys.get, app_name=APP, name="box", min_version=2)
    )
    assert (one.name, one.public_key) == ("box", made.public_key)

    # Keys and secrets share the app's secrets version.
    secret = ok_value(await run_result(client, Secrets.set, app_name=APP, name="S", value="v"))
    assert secret.version == 3
    deleted = ok_value(await run_result(client, SecretKeys.delete, app_name=APP, name="box"))
    assert deleted.version == 4
    gone = failure(await run_result(client, SecretKeys.get, app_name=APP, name="box"))
    assert gone.status == 404


@pytest.mark.parametrize("kind", KINDS)
async def test_setting_a_key_again_replaces_it_and_what_it_signed_no_longer_verifies(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    kw = {"app_name": APP, "name": "mac"}
    ok_value(await run_result(client, SecretKeys.set, type="hs256", value=KEY_VALUE, **kw))
    signature = ok_value(await run_result(client, SecretKeys.sign, plaintext=PLAINTEXT, **kw))
    first = sim.backend.secret_key(APP, "mac")

    ok_value(await run_result(client, SecretKeys.generate, type="hs256", **kw))

    again = sim.backend.secret_key(APP, "mac")
    assert again["created_at"] == first["created_at"]
    refused = failure(
        await run_result(client, SecretKeys.verify, plaintext=PLAINTEXT, signature=signature, **kw)
    )
    assert refused.status == 400


# -- encryption and signatures ----------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("key_type", ENCRYPTING)
async def test_what_encrypt_seals_decrypt_opens_with_the_same_associated_data(
    kind: Kind, key_type: str
) -> None:
    sim = _keyed_sim()
    client = sim_client(sim, kind)
    kw = {"app_name": APP, "name": key_type}

    sealed = ok_value(
        await run_result(
            client, SecretKeys.encrypt, plaintext=bytearray(PLAINTEXT), associated_data=b"ad", **kw
        )
    )
    opened = ok_value(
        await run_result(
            client, SecretKeys.decrypt, ciphertext=memoryview(sealed), associated_data=b"ad", **kw
        )
    )
    other_ad = failure(
        await run_result(client, SecretKeys.decrypt, ciphertext=sealed, associated_data=b"x", **kw)
    )

    assert isinstance(sealed, bytes) and PLAINTEXT not in sealed
    assert opened == PLAINTEXT and repr(opened) == "<redacted>"
    assert (other_ad.status, other_ad.code) == (400, "bad_request")
    assert PLAINTEXT.decode() not in " ".join(error_texts(other_ad))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("key_type", SIGNING)
async def test_a_signature_verifies_for_its_plaintext_only(kind: Kind, key_type: str) -> None:
    sim = _keyed_sim()
    client = sim_client(sim, kind)
    kw = {"app_name": APP, "name": key_type}

    signature = ok_value(await run_result(client, SecretKeys.sign, plaintext=PLAINTEXT, **kw))
    good = await run_result(
        client, SecretKeys.verify, plaintext=PLAINTEXT, signature=signature, **kw
    )
    bad = await run_result(
        client, SecretKeys.verify, plaintext=PLAINTEXT + b"!", signature=signature, **kw
    )

    assert isinstance(signature, bytes) and len(signature) in (32, 48, 64)
    assert good and ok_value(good) is None
    assert not bad and (failure(bad).status, failure(bad).code) == (400, "bad_request")


WRONG_USE = [
    ("encrypt-with-signing-key", SecretKeys.encrypt, "hs256", {"plaintext": PLAINTEXT}),
    ("decrypt-with-signing-key", SecretKeys.decrypt, "nacl_auth", {"ciphertext": bytes(60)}),
    ("sign-with-encrypting-key", SecretKeys.sign, "xaes256gcm", {"plaintext": PLAINTEXT}),
    ("verify-with-encrypting-key", SecretKeys.verify, "nacl_box",
     {"plaintext": PLAINTEXT, "signature": bytes(64)}),
]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "key_type", "kwargs"), [pytest.param(*c[1:], id=c[0]) for c in WRONG_USE]
)
async def test_a_key_of_the_wrong_kind_for_the_operation_is_refused(
    kind: Kind, function: Any, key_type: str, kwargs: dict[str, bytes]
) -> None:
    sim = _keyed_sim()
    client = sim_client(sim, kind)

    error = failure(await run_result(client, function, app_name=APP, name=key_type, **kwargs))

    assert (error.status, error.code) == (400, "bad_request")
    assert f"is of type {key_type}, which cannot" in error.message


# -- a refusal for each operation, and nothing changed -----------------------------------------

REFUSALS = [
    ("list-unknown-type", SecretKeys.list, {"types": "rot13"}, 400),
    ("list-version-ahead", SecretKeys.list, {"min_version": 99}, 400),
    ("get-missing", SecretKeys.get, {"name": "nope"}, 404),
    ("set-wrong-size", SecretKeys.set, {"name": "k", "type": "hs256", "value": b"short"}, 400),
    ("set-unknown-type", SecretKeys.set, {"name": "k", "type": "rot13", "value": KEY_VALUE}, 400),
    ("set-other-type", SecretKeys.set,
     {"name": "hs512", "type": "hs256", "value": KEY_VALUE}, 400),
    ("set-bad-name", SecretKeys.set, {"name": "a b", "type": "hs256", "value": KEY_VALUE}, 400),
    ("generate-unknown-type", SecretKeys.generate, {"name": "k", "type": "rot13"}, 400),
    ("delete-missing", SecretKeys.delete, {"name": "nope"}, 404),
    ("encrypt-missing-key", SecretKeys.encrypt, {"name": "nope", "plaintext": PLAINTEXT}, 404),
    ("decrypt-garbage", SecretKeys.decrypt, {"name": "xaes256gcm", "ciphertext": PLAINTEXT}, 400),
    ("sign-missing-key", SecretKeys.sign, {"name": "nope", "plaintext": PLAINTEXT}, 404),
    ("verify-garbage", SecretKeys.verify,
     {"name": "hs256", "plaintext": PLAINTEXT, "signature": PLAINTEXT}, 400),
    ("get-no-app", SecretKeys.get, {"app_name": "no-such-app", "name": "hs256"}, 404),
]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "kwargs", "status"), [pytest.param(*c[1:], id=c[0]) for c in REFUSALS]
)
async def test_each_operation_refuses_what_the_api_refuses_and_changes_nothing(
    kind: Kind, function: Any, kwargs: dict[str, Any], status: int
) -> None:
    sim = _keyed_sim()
    client = sim_client(sim, kind)
    before = _state(sim)

    error = failure(await run_result(client, function, **{"app_name": APP, **kwargs}))

    assert (error.kind, error.status) == ("http", status)
    assert _state(sim) == before
    shown = " ".join(error_texts(error))
    assert PLAINTEXT.decode() not in shown and KEY_VALUE.decode() not in shown


@pytest.mark.parametrize("kind", KINDS)
async def test_arguments_of_the_wrong_shape_are_refused_before_anything_is_sent(
    kind: Kind,
) -> None:
    sim = _keyed_sim()
    client = sim_client(sim, kind)
    cases: list[tuple[Any, dict[str, Any], str]] = [
        (SecretKeys.encrypt, {"name": "xaes256gcm", "plaintext": "text, not bytes"}, "plaintext"),
        (SecretKeys.get, {"name": "hs256", "min_version": -1}, "min_version"),
        (SecretKeys.list, {"types": ["hs256", "a,b"]}, "types"),
        (SecretKeys.delete, {"name": ".."}, "name"),
    ]
    for function, kwargs, named in cases:
        error = failure(await run_result(client, function, app_name=APP, **kwargs))
        assert error.kind == "invalid_request" and named in error.message, error
    assert sim.requests == []


# -- property: round trips, and any changed byte is caught ------------------------------------

PROPERTY = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _drive(kind: Kind, sim: FlySimulator, scenario: Callable[[Any], Awaitable[T]]) -> T:
    """Runs `scenario(client)` with a fresh client of `kind` on `sim`, in its own loop."""

    async def main() -> T:
        client = sim_client(sim, kind)
        try:
            return await scenario(client)
        finally:
            if isinstance(client, AsyncClient):
                await client.aclose()
            elif isinstance(client, Client):
                client.close()

    return asyncio.run(main())


def _changed(data: bytes, at: int, delta: int) -> bytes:
    """`data` with the byte at `at` (modulo its length) changed by `delta` (1-255)."""
    at %= len(data)
    return data[:at] + bytes([(data[at] + delta) % 256]) + data[at + 1 :]


@pytest.mark.parametrize("kind", KINDS)
@PROPERTY
@given(
    key_type=st.sampled_from(ENCRYPTING),
    plaintext=st.binary(max_size=300),
    associated=st.binary(max_size=40),
    at=st.integers(min_value=0),
    delta=st.integers(min_value=1, max_value=255),
)
def test_decrypt_opens_what_encrypt_sealed_and_refuses_any_changed_byte(
    kind: Kind, key_type: str, plaintext: bytes, associated: bytes, at: int, delta: int
) -> None:
    sim = _keyed_sim()
    kw = {"app_name": APP, "name": key_type, "associated_data": associated}

    async def scenario(client: Any) -> tuple[bytes, Any]:
        sealed = ok_value(await run_result(client, SecretKeys.encrypt, plaintext=plaintext, **kw))
        opened = ok_value(await run_result(client, SecretKeys.decrypt, ciphertext=sealed, **kw))
        assert opened == plaintext
        changed = _changed(sealed, at, delta)
        return sealed, await run_result(client, SecretKeys.decrypt, ciphertext=changed, **kw)

    sealed, refused = _drive(kind, sim, scenario)

    assert len(sealed) > len(plaintext)
    assert (failure(refused).status, failure(refused).code) == (400, "bad_request")


@pytest.mark.parametrize("kind", KINDS)
@PROPERTY
@given(
    key_type=st.sampled_from(SIGNING),
    plaintext=st.binary(max_size=300),
    at=st.integers(min_value=0),
    delta=st.integers(min_value=1, max_value=255),
)
def test_verify_accepts_what_sign_signed_and_refuses_any_changed_byte(
    kind: Kind, key_type: str, plaintext: bytes, at: int, delta: int
) -> None:
    sim = _keyed_sim()
    kw = {"app_name": APP, "name": key_type, "plaintext": plaintext}

    async def scenario(client: Any) -> tuple[Any, Any]:
        signature = ok_value(await run_result(client, SecretKeys.sign, **kw))
        good = await run_result(client, SecretKeys.verify, signature=signature, **kw)
        changed = _changed(signature, at, delta)
        return good, await run_result(client, SecretKeys.verify, signature=changed, **kw)

    good, refused = _drive(kind, sim, scenario)

    assert ok_value(good) is None
    assert (failure(refused).status, failure(refused).code) == (400, "bad_request")


# -- secrets stay secret -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_no_key_material_or_plaintext_shows_in_the_log_reprs_or_errors(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    kw = {"app_name": APP, "name": "mac"}
    texts: list[str] = []
    for outcome in [
        await run_result(client, SecretKeys.set, type="hs256", value=KEY_VALUE, **kw),
        await run_result(client, SecretKeys.set, type="hs512", value=KEY_VALUE, **kw),  # 400
        await run_result(client, SecretKeys.sign, plaintext=PLAINTEXT, **kw),
        await run_result(client, SecretKeys.verify, plaintext=PLAINTEXT, signature=b"x", **kw),
        await run_result(client, SecretKeys.generate, app_name=APP, name="box", type="nacl_box"),
        await run_result(client, SecretKeys.encrypt, app_name=APP, name="box", plaintext=PLAINTEXT),
    ]:
        texts.append(repr(outcome))
        if not outcome.ok:
            texts += error_texts(outcome.error)
    sealed = ok_value(outcome)
    opened = await run_result(
        client, SecretKeys.decrypt, app_name=APP, name="box", ciphertext=sealed
    )
    assert ok_value(opened) == PLAINTEXT
    texts += [repr(opened), repr(sim), repr(sim.backend.app(APP))]
    texts += [repr(record) + record.body.decode() for record in sim.requests]

    encoded = [base64.b64encode(PLAINTEXT).decode(), base64.b64encode(KEY_VALUE).decode()]
    for secret in [PLAINTEXT.decode(), KEY_VALUE.decode(), *encoded]:
        assert not [text for text in texts if secret in text], secret
    # The log keeps the rest of those bodies.
    assert sim.requests_to("Secretkey_set")[0].json() == {"type": "hs256", "value": "<redacted>"}
