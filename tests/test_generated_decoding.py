"""How the generated models decode, now that a decoded answer's dict becomes the model's
attributes (scripts/templates/model.py.jinja): `from_dict` and `_from_json` (what the
generated parsers use, which takes a freshly decoded dict over) give equal models, which
behave in every way like models built by their constructor: defaults, unknown fields,
equality, copies, pickling, attrs' own functions."""

from __future__ import annotations

import copy
import json
import pickle
import threading
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest
from fly_machines_api.api.machines import machines_list, machines_show
from fly_machines_api.client import Client as GeneratedClient
from fly_machines_api.models import (
    CheckStatus,
    Flydv1ExecResponse,
    FlyMachineCheck,
    FlyMachineConfig,
    FlyMachineConfigChecks,
    FlyMachineGuest,
    Machine,
    MachineEvent,
)
from fly_machines_api.types import UNSET, MissingFieldError, owned_list
from support.machines import simulator_machine, with_unknowns


@pytest.mark.parametrize("shape", ["simulator", "with unknown fields"])
def test_from_json_and_from_dict_give_equal_models_that_round_trip(shape: str) -> None:
    source = simulator_machine()
    if shape != "simulator":
        source = with_unknowns(source)
    kept = copy.deepcopy(source)
    copied = Machine.from_dict(source)
    taken = Machine._from_json(copy.deepcopy(source))
    assert source == kept  # from_dict leaves its argument alone
    assert copied == taken
    assert copied.to_dict() == taken.to_dict() == source
    assert repr(copied) == repr(taken)
    assert len(taken.events) == 3 and all(isinstance(e, MachineEvent) for e in taken.events)
    assert isinstance(taken.config, FlyMachineConfig)
    assert isinstance(taken.config.checks, FlyMachineConfigChecks)
    assert isinstance(taken.config.checks["alive"], FlyMachineCheck)
    assert taken.checks and isinstance(taken.checks[0], CheckStatus)
    if shape != "simulator":
        assert taken["carbon_footprint"] == {"grams_per_hour": 1.5}
        assert taken.config["quantum"] == [1, 2] and taken.events[0]["detail"] == "x"


def test_from_json_takes_the_decoded_dict_over_instead_of_copying_it() -> None:
    data = simulator_machine()
    config = data["config"]
    events = data["events"]
    machine = Machine._from_json(data)
    # The answer's dicts and lists are the models' own: nothing of it was copied.
    assert vars(machine) is data
    assert vars(machine.config) is config
    assert machine.events is events


def test_a_decoded_model_reads_the_defaults_of_the_fields_its_answer_lacks() -> None:
    guest = FlyMachineGuest._from_json({"cpus": 2})
    assert (guest.cpus, guest.memory_mb, guest.kernel_args) == (2, UNSET, UNSET)
    quiet = Flydv1ExecResponse._from_json({})
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "", "")
    assert quiet == Flydv1ExecResponse() == Flydv1ExecResponse.from_dict({})


def test_defaults_made_by_a_factory_are_made_once_per_model_and_kept() -> None:
    summary = {k: v for k, v in simulator_machine().items() if k != "events"}
    first, second = Machine.from_dict(summary), Machine._from_json(copy.deepcopy(summary))
    assert first.events == [] and first.events is first.events
    first.events.append(MachineEvent(source="user", status="created", timestamp=UNSET, type_="x"))  # type: ignore[arg-type]
    assert len(first.events) == 1 and second.events == []
    first["new_field"] = 1
    assert first.additional_properties == {"new_field": 1} and "new_field" not in second
    assert second.additional_properties == {} and second.additional_keys == []


def test_a_factory_default_read_from_two_threads_first_is_one_object() -> None:
    def read(guest: FlyMachineGuest, seen: list[dict[str, Any]]) -> None:
        seen.append(guest.additional_properties)

    for _ in range(50):
        guest = FlyMachineGuest._from_json({"cpus": 1})
        seen: list[dict[str, Any]] = []
        threads = [threading.Thread(target=read, args=(guest, seen)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert all(found is guest.additional_properties for found in seen)


def test_decoded_models_copy_pickle_evolve_and_compare_like_constructed_ones() -> None:
    machine = Machine._from_json(with_unknowns(simulator_machine()))
    assert copy.copy(machine) == machine
    assert copy.deepcopy(machine) == machine
    assert pickle.loads(pickle.dumps(machine)) == machine
    stopped = attrs.evolve(machine, state="stopped")
    assert (stopped.state, machine.state) == ("stopped", "started")
    assert attrs.asdict(machine)["id"] == machine.id
    built = FlyMachineGuest(cpu_kind="shared", cpus=1, memory_mb=256)
    assert FlyMachineGuest._from_json({"cpu_kind": "shared", "cpus": 1, "memory_mb": 256}) == built
    assert FlyMachineGuest.from_dict({"cpus": 2}) != built


def test_missing_fields_and_wrong_shapes_fail_alike_in_both_ways() -> None:
    event = {"type": "start", "status": "started", "timestamp": 1737047004000}
    decoders: list[Callable[[Any], object]] = [MachineEvent.from_dict, MachineEvent._from_json]
    for decode in decoders:
        with pytest.raises(MissingFieldError) as raised:
            decode(dict(event))
        assert (raised.value.model, raised.value.field) == ("MachineEvent", "source")
    decoders = [
        FlyMachineGuest.from_dict,
        FlyMachineGuest._from_json,
        FlyMachineConfigChecks.from_dict,
        FlyMachineConfigChecks._from_json,
    ]
    for wrong in ([1, 2], ["cpus"], "text", 3, None):
        for decode in decoders:
            with pytest.raises((TypeError, AttributeError)):
                decode(wrong)


def test_an_answers_list_is_decoded_in_place_and_a_non_list_as_upstream_reads_it() -> None:
    items: list[Any] = [{"cpus": 1}, {"cpus": 2}]
    decoded = owned_list(FlyMachineGuest._from_json, items)
    assert decoded is items and [guest.cpus for guest in decoded] == [1, 2]
    assert owned_list(FlyMachineGuest._from_json, ()) == []
    with pytest.raises(TypeError):
        owned_list(FlyMachineGuest._from_json, {"cpus": 1})  # its keys are not objects


def test_the_generated_parsers_decode_answers_into_the_same_models() -> None:
    machine = simulator_machine()
    client = GeneratedClient(base_url="http://sim")
    one = httpx.Response(200, content=json.dumps(machine).encode())
    assert machines_show._parse_response(client=client, response=one) == Machine.from_dict(machine)
    every = httpx.Response(200, content=json.dumps([machine, machine]).encode())
    parsed = machines_list._parse_response(client=client, response=every)
    assert parsed == [Machine.from_dict(machine)] * 2
