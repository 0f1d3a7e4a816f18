"""Review of the lazily made nested models (types._NestedModel, _NestedModels, finish_model):
what a decoded model, a model from from_dict and a constructed one must still share, in
the corners the first tests did not reach: subclasses of a model, and a list of models
first read from two threads at once."""

from __future__ import annotations

import copy
import threading
from typing import Any

import attrs
import pytest
from fly_machines_api.models import FlyMachineGuest, Machine, MachineEvent
from support.machines import simulator_machine

MACHINE = simulator_machine()


@attrs.define
class SlottedGuest(FlyMachineGuest):
    label: str = ""


@attrs.define(slots=False)
class DictGuest(FlyMachineGuest):
    label: str = ""


class PropertyGuest(FlyMachineGuest):
    @property
    def size(self) -> int:
        return self.memory_mb if isinstance(self.memory_mb, int) else 0

    @size.setter
    def size(self, value: int) -> None:
        self.memory_mb = value


@pytest.mark.parametrize("subclass", [SlottedGuest, DictGuest])
def test_a_subclass_with_fields_of_its_own_is_made_set_and_still_refuses_typos(
    subclass: Any,
) -> None:
    # The models refuse names they have no field for (finish_model); a subclass's own
    # fields are fields too, as they were when the models were slotted attrs classes.
    guest: Any = subclass(cpus=2, label="big")
    guest.label = "bigger"
    guest.cpus = 4
    assert (guest.label, guest.cpus) == ("bigger", 4)
    assert guest.to_dict() == {"cpus": 4}
    assert attrs.evolve(guest, label="x").label == "x"
    with pytest.raises(AttributeError, match="cpu"):
        guest.cpu = 1


def test_a_subclass_property_with_a_setter_can_be_set() -> None:
    guest = PropertyGuest(cpus=1)
    guest.size = 512
    assert guest.memory_mb == 512 and guest.size == 512
    with pytest.raises(AttributeError, match="memroy_mb"):
        guest.memroy_mb = 1  # type: ignore[attr-defined]


def test_a_list_of_models_read_while_another_thread_makes_it_holds_only_models(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Thread A reads machine.events first and is interrupted after making the first
    # event; thread B reads machine.events meanwhile. B must not get the answer's dicts.
    machine = Machine._from_json(copy.deepcopy(MACHINE))
    assert len(vars(machine)["events"]) >= 3
    wrap = MachineEvent._wrap
    made: list[Any] = []
    paused, resume = threading.Event(), threading.Event()

    def slow_wrap(data: dict[str, Any]) -> MachineEvent:
        event = wrap(data)
        made.append(event)
        if len(made) == 2 and threading.current_thread() is not threading.main_thread():
            paused.set()  # one event made and stored: thread A stops before the next
            resume.wait(5)
        return event

    monkeypatch.setattr(MachineEvent, "_wrap", staticmethod(slow_wrap))
    reader = threading.Thread(target=lambda: machine.events)
    reader.start()
    try:
        assert paused.wait(5)
        seen = [type(event) for event in machine.events]
    finally:
        resume.set()
        reader.join()
    assert seen == [MachineEvent] * len(seen)
    assert machine == Machine.from_dict(MACHINE)
