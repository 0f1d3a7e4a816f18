"""Redaction: every credential part is hidden, and a token too short to be real does not
garble every message it happens to occur in."""

from __future__ import annotations

from fly_machines._auth import FlyAuth


def test_each_part_of_a_joined_macaroon_is_redacted() -> None:
    auth = FlyAuth("FlyV1 fm2_first_secret_part,fm2_second_secret_part")
    text = "got fm2_first_secret_part and fm2_second_secret_part back"
    assert auth.redact(text) == "got <redacted> and <redacted> back"


def test_a_very_short_token_does_not_garble_text() -> None:
    auth = FlyAuth("t")
    assert auth.redact("the machine is not started") == "the machine is not started"
    assert repr(auth) == "FlyAuth(scheme='Bearer', token=<redacted>)"
