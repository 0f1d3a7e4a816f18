"""What `from fly_machines import Machines, attach` loads, and that what it leaves for later
still loads when asked for.

The first import of a program that uses us should cost little next to httpx's own
(scripts/bench.py's `import` row measures it): no model is built until an answer is
decoded (each is an attrs class, built when its module runs), attrs itself is not
imported until then, nor asyncio by a program that never awaits. These tests check
which modules are loaded, never how long anything takes.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from http import HTTPStatus

import attrs
import pytest
from fly_machines_api import models, types

# Subprocesses: `pytest -m 'not slow'` skips them.
pytestmark = pytest.mark.slow


def _loaded_after(statement: str) -> list[str]:
    probe = f"import sys; {statement}; print(__import__('json').dumps(sorted(sys.modules)))"
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    loaded: list[str] = json.loads(shown.stdout)
    return loaded


def test_the_names_a_first_call_needs_load_no_model_attrs_or_asyncio() -> None:
    loaded = _loaded_after("from fly_machines import Machines, attach")
    assert "fly_machines.machines" in loaded and "fly_machines_api.api.machines" in loaded
    assert [m for m in loaded if m.startswith("fly_machines_api.models.")] == []
    assert "fly_machines_api.client" not in loaded
    assert {"attr", "attrs", "asyncio", "dateutil"}.isdisjoint(loaded)


def test_a_first_call_loads_the_models_it_decodes() -> None:
    statement = (
        "import httpx, fly_machines; from fly_machines import Machines;"
        "from fly_machines.testing import FlySimulator;"
        "sim = FlySimulator(); sim.backend.create_app({'name': 'a', 'org_slug': 'o'});"
        "client = fly_machines.Client(token='t0ken-value', transport=sim.transport());"
        "assert Machines.list(client, app_name='a').unwrap() == []"
    )
    loaded = _loaded_after(statement)
    assert "fly_machines_api.models.machine" in loaded
    assert "attrs" in loaded


def test_every_model_and_record_the_packages_list_still_loads() -> None:
    for name in models.__all__:
        model = getattr(models, name)
        assert model.__name__ == name and model.__module__.startswith("fly_machines_api.models.")
    assert set(models.__all__) <= set(dir(models))
    missing = "NoSuchModel"
    with pytest.raises(AttributeError):
        getattr(models, missing)
    import fly_machines_api

    assert fly_machines_api.AuthenticatedClient.__name__ == "AuthenticatedClient"
    assert fly_machines_api.Client.__module__ == "fly_machines_api.client"
    assert {"AuthenticatedClient", "Client"} <= set(dir(fly_machines_api))


def test_the_generated_records_are_attrs_classes_of_the_types_module() -> None:
    for record in (types.File, types.Response):
        assert attrs.has(record)
        assert (record.__module__, record.__qualname__) == (
            "fly_machines_api.types",
            record.__name__,
        )
    response: types.Response[None]
    response = types.Response(status_code=HTTPStatus.OK, content=b"{}", headers={}, parsed=None)
    assert pickle.loads(pickle.dumps(response)) == response
    assert repr(response).startswith("Response(status_code=<HTTPStatus.OK: 200>")
    missing = "NoSuchRecord"
    with pytest.raises(AttributeError):
        getattr(types, missing)
