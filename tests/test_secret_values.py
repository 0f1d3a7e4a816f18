"""Secret values handed back (a secret's value, a decrypted plaintext) are used as they
are, but never shown: not in a result's repr, a model's repr, nor a plaintext's str()."""

from __future__ import annotations

import logging

import pytest
from support.kinds import KINDS, Kind, ok_value, run_result
from support.resilience import APP, new_sim, sim_client

from fly_machines import SecretKeys, Secrets

pytestmark = pytest.mark.anyio

VALUE = "db-password-5b1e"


@pytest.mark.parametrize("kind", KINDS)
async def test_listed_secret_values_are_usable_but_never_shown(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    ok_value(await run_result(client, Secrets.set, app_name=APP, name="DB", value=VALUE))

    listed = await run_result(client, Secrets.list, app_name=APP, show_secrets=True)

    (secret,) = ok_value(listed).secrets
    assert secret.value == VALUE and f"{secret.value}" == VALUE  # usable as it is
    assert VALUE not in repr(listed) and VALUE not in repr(ok_value(listed))


@pytest.mark.parametrize("kind", KINDS)
async def test_a_plaintext_is_not_shown_by_str_format_or_logging(
    kind: Kind, caplog: pytest.LogCaptureFixture
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    key = {"app_name": APP, "name": "box"}
    ok_value(await run_result(client, SecretKeys.generate, **key, type="nacl_secretbox"))
    sealed = ok_value(await run_result(client, SecretKeys.encrypt, **key, plaintext=b"hush-77"))
    opened = ok_value(await run_result(client, SecretKeys.decrypt, **key, ciphertext=sealed))

    assert opened == b"hush-77" and opened.decode() == "hush-77"  # usable as it is
    with caplog.at_level(logging.INFO):
        logging.getLogger("app").info("opened %s", opened)
    for shown in (str(opened), f"{opened}", f"{opened!r}", caplog.text):
        assert "hush-77" not in shown
