"""The one backoff (fly_machines.backoff): doubling pauses, capped, cut at a deadline."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from fly_machines import ManualClock
from fly_machines.backoff import Backoff, exponential


def test_pauses_double_up_to_the_cap() -> None:
    pauses = Backoff(ManualClock(), initial=0.5, cap=5.0)
    assert [next(pauses) for _ in range(7)] == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0, 5.0]


def test_the_last_pause_is_cut_to_the_deadline_and_then_there_are_none() -> None:
    clock = ManualClock()
    pauses = Backoff(clock, initial=1.0, cap=10.0, deadline=6.0)
    taken = []
    for pause in pauses:
        taken.append(pause)
        clock.sleep(pause)
    assert taken == [1.0, 2.0, 3.0]
    assert clock.monotonic() == 6.0
    assert next(pauses, None) is None


def test_restart_begins_again_from_initial() -> None:
    pauses = Backoff(ManualClock(), initial=1.0, cap=8.0)
    assert [next(pauses) for _ in range(3)] == [1.0, 2.0, 4.0]
    pauses.restart()
    assert next(pauses) == 1.0


def test_jitter_is_applied_before_the_deadline_cut() -> None:
    pauses = Backoff(ManualClock(), initial=4.0, cap=4.0, deadline=3.0, jitter=lambda d: d / 2)
    assert next(pauses) == 2.0
    assert next(Backoff(ManualClock(), initial=8.0, cap=8.0, deadline=3.0)) == 3.0


def test_huge_attempt_numbers_do_not_overflow() -> None:
    assert exponential(0.1, 5.0, 10_000) == 5.0


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    initial=st.floats(0.01, 10),
    cap=st.floats(0.1, 60),
    budget=st.floats(0, 1000),
)
def test_the_pauses_never_pass_the_deadline(initial: float, cap: float, budget: float) -> None:
    clock = ManualClock()
    for pause in Backoff(clock, initial=initial, cap=max(cap, initial), deadline=budget):
        assert 0 < pause <= max(cap, initial)
        clock.sleep(pause)
    assert math.isclose(clock.monotonic(), budget) or clock.monotonic() <= budget
