"""A decoded answer's nested models are made when first read (types._NestedModel), and a
renamed field is kept under the API's key (types._Renamed). What must still hold: every
malformed answer is refused at decoding, exactly when the eager `from_dict` refuses it;
a decoded model is equal, field by field, to one `from_dict` made; a nested model is made
once and kept; setting a field by hand behaves as before. The property tests corrupt and
extend a simulator's machine at random places and compare the two ways of decoding."""

from __future__ import annotations

import copy
import gc
import pickle
import threading
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest
from fly_machines_api.models import (
    FlyMachineConfig,
    FlyMachineGuest,
    FlyMachineInit,
    FlyMachineService,
    Machine,
    MachineEvent,
)
from fly_machines_api.types import UNSET, MissingFieldError
from hypothesis import given, settings
from hypothesis import strategies as st
from support.machines import simulator_machine, with_unknowns

import fly_machines
from fly_machines import Machines
from fly_machines.errors import FlyError

DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError)
MACHINE = simulator_machine()
Path = tuple[Any, ...]


def object_paths(value: Any, path: Path = ()) -> list[Path]:
    """The path of every JSON object (dict) inside `value`, `value` itself included."""
    found: list[Path] = []
    if isinstance(value, dict):
        found.append(path)
        for key, item in value.items():
            found.extend(object_paths(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(object_paths(item, (*path, index)))
    return found


def at(document: Any, path: Path) -> Any:
    for step in path:
        document = document[step]
    return document


PATHS = object_paths(MACHINE)
# Where a key is a field (not a name of the map config.checks, whose values are checks).
FIELD_PATHS = [path for path in PATHS if path != ("config", "checks")]
WRONG_VALUES: list[Any] = [None, 3, "text", [], [1], {}, {"unknown": 1}, True, 1.5]


def outcome(decode: Callable[[Any], Machine], document: Any) -> Any:
    """What decoding gives: the model read whole (its dict form), or the error's kind."""
    try:
        machine = decode(document)
    except MissingFieldError as error:
        return ("missing", error.model, error.field)
    except DECODE_ERRORS:
        return ("refused",)
    try:  # read whole: every nested model made
        return ("decoded", machine.to_dict(), repr(machine))
    except DECODE_ERRORS as error:
        return ("decoded, then failed on reading", repr(error))


def corruptions() -> list[tuple[Path, Any, str, Any]]:
    """Every key of every object of the machine, deleted or given each wrong value."""
    found: list[tuple[Path, Any, str, Any]] = []
    for path in PATHS:
        for key in at(MACHINE, path):
            found.append((path, key, "delete", None))
            found.extend((path, key, "replace", wrong) for wrong in WRONG_VALUES)
    return found


def test_an_answer_is_refused_at_decoding_exactly_when_from_dict_refuses_it() -> None:
    # Every corruption, not a sample (650 of them): a wrong shape hides in few.
    cases = corruptions()
    assert len(cases) > 600
    differ = []
    for path, key, change, wrong in cases:
        document = copy.deepcopy(MACHINE)
        target = at(document, path)
        if change == "delete":
            del target[key]
        else:
            target[key] = copy.deepcopy(wrong)
        eager = outcome(Machine.from_dict, copy.deepcopy(document))
        lazy = outcome(Machine._from_json, document)
        if lazy != eager:
            differ.append((path, key, change, wrong, eager[0], lazy[0]))
    assert differ == []


@settings(max_examples=60, deadline=None)
@given(
    path=st.sampled_from(FIELD_PATHS),
    extra=st.dictionaries(
        st.text("abcxyz_", min_size=1, max_size=6),
        st.one_of(st.integers(), st.text(max_size=4), st.none()),
        min_size=1,
        max_size=3,
    ),
)
def test_unknown_fields_anywhere_decode_to_the_model_from_dict_makes(
    path: Path, extra: dict[str, Any]
) -> None:
    document = copy.deepcopy(MACHINE)
    target = at(document, path)
    for key, value in extra.items():
        target.setdefault(key, value)
    taken = Machine._from_json(copy.deepcopy(document))
    assert taken == Machine.from_dict(document)
    assert taken.to_dict() == document


def test_decoding_makes_only_the_top_model_and_each_nested_one_on_first_read() -> None:
    data = copy.deepcopy(MACHINE)
    config, events = data["config"], data["events"]
    machine = Machine._from_json(data)
    attributes = vars(machine)
    # Checked and converted, not yet made into models.
    assert type(attributes["config"]) is dict and type(attributes["image_ref"]) is dict
    assert all(type(event) is dict for event in attributes["events"])
    models = (FlyMachineConfig, MachineEvent)
    assert not any(isinstance(o, models) for o in gc.get_referrers(config))
    # First read: the model over the very same dict, kept.
    assert isinstance(machine.config, FlyMachineConfig)
    assert vars(machine.config) is config and machine.config is machine.config
    assert machine.events is events and all(isinstance(e, MachineEvent) for e in events)
    assert machine.events[0] is machine.events[0]
    services = machine.config.services
    assert isinstance(services, list) and isinstance(services[0], FlyMachineService)
    assert machine.config.services is services


def test_a_malformed_nested_object_fails_the_whole_list_call_not_a_later_read() -> None:
    good = copy.deepcopy(MACHINE)
    bad = copy.deepcopy(MACHINE)
    bad["events"][1] = {"type": "launch", "status": "created", "timestamp": 1}  # no source
    answers = {"good": [good, good], "bad": [good, bad]}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answers[request.url.path.split("/")[3]])

    client = fly_machines.Client(token="t0ken-value", transport=httpx.MockTransport(answer))
    listed = Machines.list(client, app_name="good").unwrap()
    assert [type(m.config) for m in listed] == [FlyMachineConfig] * 2
    ok, error = Machines.list(client, app_name="bad")
    assert not ok and isinstance(error, FlyError) and error.kind == "decode"
    assert "'source'" in error.message and "MachineEvent" in error.message


def test_renamed_fields_live_under_the_apis_key_and_read_and_write_by_attribute() -> None:
    answer = {"type": "start", "status": "s", "source": "flyd", "timestamp": 1700000000000}
    event = MachineEvent._from_json(answer)
    assert event.type_ == "start" and "type" in vars(event) and "type_" not in vars(event)
    event.type_ = "stop"
    assert event.to_dict()["type"] == "stop"
    built = MachineEvent(source="flyd", status="s", type_="stop", timestamp=event.timestamp)
    assert built == event and vars(built)["type"] == "stop"
    assert attrs.evolve(event, type_="exit").type_ == "exit" and event.type_ == "stop"
    assert attrs.asdict(event)["type_"] == "stop"
    assert FlyMachineInit.from_dict({"exec": ["a"]}).exec_ == ["a"]
    assert FlyMachineInit().exec_ is UNSET and FlyMachineInit.exec_ is UNSET


def test_a_dict_set_on_a_model_field_by_hand_becomes_that_model_or_an_error() -> None:
    config = FlyMachineConfig(image="nginx")
    config.guest = {"cpus": 2, "memory_mb": 512}  # type: ignore[assignment]
    assert isinstance(config.guest, FlyMachineGuest) and config.guest.cpus == 2
    config.services = [{"internal_port": 80}, FlyMachineService(internal_port=81)]  # type: ignore[list-item]
    assert [s.internal_port for s in config.services] == [80, 81]
    assert all(isinstance(s, FlyMachineService) for s in config.services)
    with pytest.raises(ValueError, match=r"PersistRootfs"):
        config.guest = {"cpus": 1, "persist_rootfs": 3}  # type: ignore[assignment]
    events: list[MachineEvent] = []
    machine = Machine._from_json(copy.deepcopy(MACHINE))
    machine.events = events
    assert machine.events is events  # a list without dicts is kept as it is


def test_models_read_later_copy_pickle_and_compare_like_those_read_at_once() -> None:
    fresh = Machine._from_json(with_unknowns(copy.deepcopy(MACHINE)))
    read = Machine._from_json(with_unknowns(copy.deepcopy(MACHINE)))
    assert isinstance(read.config, FlyMachineConfig) and read.events[0].type_  # made now
    assert isinstance(read.config.guest, FlyMachineGuest)
    copies = (copy.copy(fresh), copy.deepcopy(fresh), pickle.loads(pickle.dumps(fresh)))
    for unread in (fresh, *copies):
        assert unread == read and unread.to_dict() == read.to_dict()
        assert repr(unread) == repr(read)
    assert Machine.config is UNSET and isinstance(vars(fresh)["config"], FlyMachineConfig)


def test_a_nested_model_read_first_from_several_threads_is_one_dict_of_attributes() -> None:
    for _ in range(30):
        machine = Machine._from_json(copy.deepcopy(MACHINE))
        config_dict, event_dicts = vars(machine)["config"], list(vars(machine)["events"])
        seen: list[tuple[Any, list[Any]]] = []
        barrier = threading.Barrier(4)

        def read(
            seen: list[Any] = seen, machine: Machine = machine, barrier: Any = barrier
        ) -> None:
            barrier.wait()
            seen.append((vars(machine.config), [vars(event) for event in machine.events]))

        threads = [threading.Thread(target=read) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        # Whichever thread made a model, each is over the answer's own dict.
        assert len(seen) == 4
        for config, events in seen:
            assert config is config_dict
            assert all(a is b for a, b in zip(events, event_dicts, strict=True))
        assert machine.config == Machine.from_dict(MACHINE).config


def test_a_model_refuses_an_attribute_it_has_no_field_for() -> None:
    # Models have a __dict__ now; a typo must not be kept silently and never sent.
    config = FlyMachineConfig(image="nginx")
    with pytest.raises(AttributeError, match="'FlyMachineConfig' object has no attribute 'imgae'"):
        config.imgae = "nginx:2"  # type: ignore[attr-defined]
    decoded = Machine._from_json(copy.deepcopy(MACHINE))
    with pytest.raises(AttributeError, match="stat"):
        decoded.stat = "stopped"  # type: ignore[attr-defined]
    decoded.state = "stopped"
    event = decoded.events[0]
    event.type_ = "exit"
    assert (decoded.state, decoded.to_dict()["events"][0]["type"]) == ("stopped", "exit")
    assert "imgae" not in vars(config) and "stat" not in vars(decoded)


def test_unset_is_the_one_unset_through_copies_and_pickles() -> None:
    config = FlyMachineConfig(image="nginx", guest=FlyMachineGuest(cpus=2))
    for copied in (copy.copy(config), copy.deepcopy(config), pickle.loads(pickle.dumps(config))):
        assert copied == config and copied.auto_destroy is UNSET
        assert copied.to_dict() == {"image": "nginx", "guest": {"cpus": 2}}
    assert copy.deepcopy(UNSET) is UNSET and pickle.loads(pickle.dumps(UNSET)) is UNSET


def object_fields() -> list[tuple[Path, Any]]:
    """Every key of the machine's objects whose value is an object or a list of objects."""
    found = []
    for path in FIELD_PATHS:
        for key, value in at(MACHINE, path).items():
            is_objects = isinstance(value, list) and value and isinstance(value[0], dict)
            if isinstance(value, dict) or is_objects:
                found.append((path, key))
    return found


def test_a_null_object_or_list_of_objects_reads_as_if_it_were_absent() -> None:
    # Go writes a nil pointer, map or slice as null, and reads null as "no effect": so
    # does this client, in both ways of decoding (16-go-nil-lists.yaml, the template).
    fields = object_fields()
    assert len(fields) >= 10
    for path, key in fields:
        nulled, absent = copy.deepcopy(MACHINE), copy.deepcopy(MACHINE)
        at(nulled, path)[key] = None
        del at(absent, path)[key]
        for decode in (Machine.from_dict, Machine._from_json):
            expected = outcome(decode, copy.deepcopy(absent))
            assert outcome(decode, copy.deepcopy(nulled)) == expected, (path, key)
