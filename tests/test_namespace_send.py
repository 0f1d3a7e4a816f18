"""`_namespace.prepare`/`send`: how an endpoint's arguments become one operation's call,
and that a mapping mistake in an endpoint is loud, never a user's value dropped."""

from __future__ import annotations

from typing import Any

import pytest
from fly_machines_api.api.apps import apps_create
from fly_machines_api.api.machines import (
    machines_list,
    machines_show,
    machines_stop,
    machines_update,
)
from fly_machines_api.api.secrets import secret_create
from fly_machines_api.api.volumes import volumes_update
from fly_machines_api.models import SetAppSecretRequest, StopRequest, UpdateVolumeRequest

from fly_machines import Apps, Machines, Orchestrator, Secrets, Volumes
from fly_machines._engine import CallOptions
from fly_machines._namespace import prepare
from fly_machines._validate import InvalidArgument

ONE: dict[str, Any] = {"core": object(), "app_name": "app", "machine_id": "m1"}


def test_parameters_options_and_nones_are_split_and_dropped() -> None:
    arguments = {**ONE, "version": None, "include_leases": True, "retry": False}
    call = prepare(machines_show, {**arguments, "http_timeout": 3.0})

    assert call.params == {"app_name": "app", "machine_id": "m1", "include_leases": True}
    assert call.options == CallOptions(retry=False, http_timeout=3.0)
    assert call.query == {}


def test_the_remaining_arguments_are_the_body_and_an_empty_optional_body_is_not_sent() -> None:
    stopping = prepare(machines_stop, {**ONE, "signal": None, "timeout": "5s", "nonce": "n"})
    idle = prepare(machines_stop, {**ONE, "signal": None, "timeout": None})
    empty = prepare(
        volumes_update, {"app_name": "app", "volume_id": "v", "snapshot_retention": None}
    )

    assert stopping.params["body"] == StopRequest(timeout="5s")
    assert stopping.options.nonce == "n"
    assert "body" not in idle.params  # the spec's body of stop is optional
    assert empty.params["body"] == UpdateVolumeRequest()  # that of update is not


def test_overrides_replace_arguments_and_a_rename_is_checked_under_the_users_keyword() -> None:
    call = prepare(
        secret_create, {"app_name": "app", "name": "A", "value": 1}, rename={"name": "secret_name"},
        value="converted",
    )  # fmt: skip
    assert call.params == {
        "app_name": "app", "secret_name": "A", "body": SetAppSecretRequest(value="converted")
    }  # fmt: skip

    with pytest.raises(InvalidArgument, match=r"^name must not be empty$"):
        prepare(
            secret_create,
            {"app_name": "a", "name": "", "value": "v"},
            rename={"name": "secret_name"},
        )


def test_a_renamed_body_field_and_a_shape_error_are_named_by_the_users_keyword() -> None:
    call = prepare(apps_create, {"app_name": "x", "org_slug": "o"}, rename={"app_name": "name"})
    assert call.params["body"].name == "x"

    with pytest.raises(InvalidArgument, match=r"^config does not fit UpdateMachineRequest"):
        prepare(machines_update, {**ONE, "current_version": None, "config": {"guest": 4}})


def test_metadata_filters_become_the_specs_metadata_key_query_parameters() -> None:
    call = prepare(machines_list, {"app_name": "app", "metadata": {"role": "web", "tier": "1"}})

    assert call.query == {"metadata.role": "web", "metadata.tier": "1"}
    assert "metadata" not in call.params


@pytest.mark.parametrize(
    ("module", "arguments", "overrides"),
    [
        pytest.param(machines_show, {**ONE, "verison": "v1"}, {}, id="misspelt argument"),
        pytest.param(
            machines_show, {**ONE, "version": None}, {"verison": "v1"}, id="misspelt override"
        ),
        pytest.param(machines_show, {**ONE, "signal": None}, {}, id="a None is still an argument"),
    ],
)  # fmt: skip
def test_an_argument_the_operation_cannot_take_is_a_type_error(
    module: Any, arguments: dict[str, Any], overrides: dict[str, Any]
) -> None:
    with pytest.raises(TypeError):
        prepare(module, arguments, **overrides)


@pytest.mark.parametrize(
    ("namespace", "example"),
    [(Machines, "get"), (Apps, "get"), (Volumes, "get"), (Secrets, "list"),
     (Orchestrator, "create_and_wait")],
)  # fmt: skip
def test_a_namespace_cannot_be_made_and_says_how_to_call_it(namespace: Any, example: str) -> None:
    with pytest.raises(TypeError, match=rf"call {namespace.__name__}\.{example}\(client"):
        namespace()
    assert callable(getattr(namespace, example))
