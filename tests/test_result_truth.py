"""Results read naturally, and an unconfigured application hears nothing from the library."""

from __future__ import annotations

import subprocess
import sys

from fly_machines import Err, FlyError, Ok


def test_ok_is_true_and_err_is_false_and_both_still_unpack() -> None:
    error = FlyError.invalid_request("no")
    assert bool(Ok(None)) is True and bool(Ok(0)) is True
    assert bool(Err(error)) is False
    ok, value = Err(error)
    assert (ok, value) == (False, error)
    taken = "ok" if Err(error) else "failed"
    assert taken == "failed"


def test_retries_print_nothing_when_logging_is_not_configured() -> None:
    # Without a handler of the library's own, logging's last resort prints every WARNING
    # (each retry) to stderr of an application that never asked for logs.
    program = """
import httpx, fly_machines
from fly_machines import Machines, ManualClock
answers = httpx.MockTransport(lambda request: httpx.Response(503))
client = fly_machines.attach(token="tok-123456", base_url="http://x", transport=answers,
                             clock=ManualClock())
result = Machines.get(client, app_name="a", machine_id="m1")
assert not result and result.error.attempts == 4, result
"""
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
