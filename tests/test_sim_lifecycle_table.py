"""The machine lifecycle is one table, and the package docstring documents that table.

`render()` writes the table as the docstring shows it; when the table changes, the
failure prints the new block to paste into fly_machines/testing/__init__.py.
"""

from __future__ import annotations

import textwrap

import pytest

import fly_machines.testing
from fly_machines.testing._primitives import ApiError, IdFactory, Moment
from fly_machines.testing.resources.lifecycle import (
    ACTIONS,
    CREATE_ONLY,
    LAUNCH,
    REFUSED,
    SETTLED,
    TRANSITIONS,
    Go,
    Machine,
    Outcome,
    Refuse,
    Stay,
    Step,
    outcome,
)

WIDTH = 96  # the docstring's lines, less its indent


def _say(result: Outcome) -> str:
    if isinstance(result, Go):
        by = "" if result.source == "user" else f" by {result.source}"
        return " -> ".join(f"{state} [{event}{by}]" for state, event in result.path)
    if isinstance(result, Stay):
        return "allowed, no change" if result.event is None else f"same state [{result.event}]"
    message = result.message.replace("{state}", "<state>").replace("{id}", "<id>")
    return f"412 {message}"


def _line(phases: str, result: Outcome) -> list[str]:
    line = f"    from {phases}: {_say(result)}"
    if len(line) <= WIDTH:
        return [line]
    return [f"    from {phases}:", f"        {_say(result)}"]


def render() -> str:
    """Per action, the states grouped by what it does there; the largest group last, as
    "any other state"."""
    lines = [f"create: {_say(LAUNCH)}", f"create with skip_launch: {_say(CREATE_ONLY)}"]
    for action in ACTIONS:
        groups: dict[Outcome, list[str]] = {}
        for phase in TRANSITIONS:
            groups.setdefault(outcome(phase, action), []).append(phase)
        rest = max(groups, key=lambda result: len(groups[result]))
        lines.append(action)
        for result, phases in groups.items():
            if result != rest:
                lines += _line(", ".join(phases), result)
        lines += _line("any other state", rest)
    return "\n".join(lines)


def test_the_docstring_shows_the_table() -> None:
    block = textwrap.indent(render(), "    ")
    doc = fly_machines.testing.__doc__ or ""
    assert block in doc, f"paste this into the docstring's Lifecycle section:\n\n{block}\n"


def test_every_state_and_action_has_one_outcome() -> None:
    for phase in TRANSITIONS:
        assert set(TRANSITIONS[phase]) <= set(ACTIONS), phase
        for action in ACTIONS:
            assert isinstance(outcome(phase, action), Go | Stay | Refuse)


def test_every_path_enters_states_of_the_table_and_ends_settled() -> None:
    paths = [LAUNCH, CREATE_ONLY]
    paths += [r for row in TRANSITIONS.values() for r in row.values() if isinstance(r, Go)]
    for path in paths:
        assert all(state in TRANSITIONS for state, _ in path.path), path
        assert path.path[-1][0] in SETTLED, path


def test_a_machine_being_destroyed_refuses_every_change() -> None:
    for phase in ("destroying", "destroyed"):
        for action in ACTIONS:
            result = outcome(phase, action)
            assert isinstance(result, Refuse), (phase, action)
            if action not in REFUSED:
                assert result.message == "machine {id} is {state}"


def _machine_in(phase: str) -> Machine:
    now = Moment(0.0, 0.0)
    launching = phase == "created (launching)"
    machine = Machine(
        id="m1", app="a", name="n", region="ord", config={}, version="v", private_ip="",
        created=now, state="created" if launching else phase,
    )  # fmt: skip
    if launching or phase not in SETTLED:
        machine.steps = [Step(now.later(1.0), "started", "start")]
    assert machine.phase == phase
    return machine


@pytest.mark.parametrize("phase", list(TRANSITIONS))
@pytest.mark.parametrize("action", ACTIONS)
def test_a_machine_does_what_the_table_says(phase: str, action: str) -> None:
    machine = _machine_in(phase)
    pending, events = list(machine.steps), len(machine.events)
    result = outcome(phase, action)
    if isinstance(result, Refuse):
        with pytest.raises(ApiError) as refused:
            machine.apply(action, Moment(0.5, 0.5), IdFactory(0), 1.0)
        message = result.message.format(state=machine.state, id=machine.id)
        assert refused.value.body == {"error": f"failed_precondition: {message}"}
        assert (machine.phase, machine.steps, len(machine.events)) == (phase, pending, events)
        return
    machine.apply(action, Moment(0.5, 0.5), IdFactory(0), 1.0)
    if isinstance(result, Go):
        assert machine.state == result.path[0][0]
        assert [(s.state, s.event_type) for s in machine.steps] == list(result.path[1:])
        assert machine.events[-1]["type"] == result.path[0][1]
    else:
        assert (machine.phase, machine.steps) == (phase, pending)
        assert len(machine.events) == events + (result.event is not None)
