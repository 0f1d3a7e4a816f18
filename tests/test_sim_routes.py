"""The simulator's route table is the spec's, and matching prefers literal segments."""

from __future__ import annotations

import json
import re

import pytest
from support.project import PATCHED_SPEC

from fly_machines.testing._routes import ROUTES, find, match
from fly_machines.testing.resources import HANDLERS

# The table the simulator routes by, as (method, path template, operation id).
OPERATIONS = [(route.method, route.template, route.operation_id) for route in ROUTES]

METHODS = ("get", "post", "put", "patch", "delete")


def test_the_table_is_every_operation_of_the_patched_spec() -> None:
    spec = json.loads(PATCHED_SPEC.read_text())
    expected = {
        (method.upper(), path, operation["operationId"])
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    }
    assert set(OPERATIONS) == expected
    assert len(OPERATIONS) == len(expected) == 100


def test_every_handler_serves_an_operation_of_the_spec() -> None:
    assert set(HANDLERS) <= {operation_id for _, _, operation_id in OPERATIONS}


M = "/v1/apps/a/machines/m"
A = {"app_name": "a"}
AM = {**A, "machine_id": "m"}


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "params"),
    [
        ("POST", "/v1/apps/a/certificates/acme", "App_Certificates_acme_create", A),
        ("GET", "/v1/apps/a/certificates/acme", "App_Certificates_show", {**A, "hostname": "acme"}),
        ("POST", f"{M}/memory/reclaim", "Machines_reclaim_memory", AM),
        ("GET", f"{M}/metadata/k%2Fx", "Machines_get_metadata_key", {**AM, "key": "k/x"}),
        ("GET", f"{M}/", "Machines_show", AM),
    ],
)  # fmt: skip
def test_matching(method: str, path: str, operation_id: str, params: dict[str, str]) -> None:
    found = match(method, path)
    assert found.route is not None and found.route.operation_id == operation_id
    assert found.params == params


def test_no_match_lists_the_allowed_methods() -> None:
    assert match("PUT", "/v1/apps").allowed == ("GET", "POST")
    assert match("GET", "/v1/nowhere").allowed == ()


def test_find_by_name_or_operation_id() -> None:
    assert find("Machines_create") is find("POST  /v1/apps/{app_name}/machines")
    with pytest.raises(ValueError, match=re.escape("'GET /v1/apps/{name}'")):
        find("GET /v1/apps/{name}")
