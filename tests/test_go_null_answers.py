"""Answers as Go writes them when a list, map or pointer is empty: null. fly-go (the
official client) reads null as "nothing"; so must this one, or a pending certificate, an
app without secrets or a process without sockets would fail its call with a decode error.
The bodies below are what fly-go's own types encode with their nil fields (those without
`omitempty`, see spec/patches/16-go-nil-lists.yaml): a list reads as [], an optional
object as UNSET."""

from __future__ import annotations

import json
from typing import Any

import httpx
from fly_machines_api.models import DNSRecords, DNSRequirements, FlyMachineConfig
from fly_machines_api.types import UNSET
from support.machines import simulator_machine

import fly_machines
from fly_machines import Certificates, Machines, SecretKeys, Secrets
from fly_machines.errors import FlyError

APP = "go-nil"
CERTIFICATE: dict[str, Any] = {  # fly.CertificateDetailResponse of a pending certificate
    "hostname": "app.example.com",
    "configured": False,
    "acme_requested": True,
    "status": "pending",
    "certificates": [
        {"source": "fly", "status": "pending", "issued": None}  # fly.CertificateDetail
    ],
    "validation": {
        "dns_configured": False,
        "alpn_configured": False,
        "http_configured": False,
        "ownership_txt_configured": False,
    },
    "dns_requirements": {
        "a": None,
        "aaaa": None,
        "cname": "go-nil.fly.dev",
        "acme_challenge": {"name": "_acme-challenge.app.example.com", "target": "x.flydns.net"},
        "ownership": {"name": "_fly-ownership.app.example.com", "app_value": "a", "org_value": "o"},
    },
    "dns_records": {
        "a": None,
        "aaaa": None,
        "cname": None,
        "resolved_addresses": None,
        "soa": None,
        "acme_challenge_cname": None,
        "ownership_txt": None,
    },
}
PROCESSES: list[dict[str, Any]] = [  # fly.ProcessStat of a process listening on nothing
    {
        "pid": 714,
        "stime": 10,
        "rtime": 20,
        "command": "sleep infinity",
        "directory": "/",
        "cpu": 0,
        "rss": 1024,
        "listen_sockets": None,
    }
]


def machine_with_nil_config_parts() -> dict[str, Any]:
    """A machine whose config has nil pointers, maps and slices written as null."""
    machine = simulator_machine()
    config = machine["config"]
    for key in ("services", "checks", "guest", "restart", "init", "mounts", "dns"):
        config[key] = None
    machine["checks"] = None
    machine["events"] = None
    return machine


ID = simulator_machine()["id"]


def go_client() -> fly_machines.Client:
    machine = machine_with_nil_config_parts()
    answers: dict[str, Any] = {
        f"/v1/apps/{APP}/machines/{machine['id']}": machine,
        f"/v1/apps/{APP}/machines/{machine['id']}/ps": PROCESSES,
        f"/v1/apps/{APP}/certificates/app.example.com": CERTIFICATE,
        f"/v1/apps/{APP}/certificates/app.example.com/check": CERTIFICATE,
        f"/v1/apps/{APP}/certificates": {"certificates": None, "next_cursor": ""},
        f"/v1/apps/{APP}/secrets": {"secrets": None},
        f"/v1/apps/{APP}/secretkeys": {"secret_keys": None},
    }

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(answers[request.url.path]).encode())

    return fly_machines.Client(token="t0ken-value", transport=httpx.MockTransport(answer))


def test_null_lists_in_answers_read_as_empty_lists() -> None:
    client = go_client()
    processes = Machines.list_processes(client, app_name=APP, machine_id=ID).unwrap()
    assert processes[0].listen_sockets == [] and processes[0].command == "sleep infinity"
    detail = Certificates.get(client, app_name=APP, hostname="app.example.com").unwrap()
    assert detail.certificates[0].issued == []
    assert isinstance(detail.dns_requirements, DNSRequirements)
    assert detail.dns_requirements.a == []
    checked = Certificates.check(client, app_name=APP, hostname="app.example.com").unwrap()
    assert isinstance(checked.dns_records, DNSRecords) and checked.dns_records.aaaa == []
    assert checked.dns_records.resolved_addresses == [] and checked.certificates[0].issued == []
    assert Certificates.list(client, app_name=APP).unwrap().certificates == []
    assert Secrets.list(client, app_name=APP).unwrap().secrets == []
    assert SecretKeys.list(client, app_name=APP).unwrap().secret_keys == []


def test_null_objects_and_lists_in_a_machine_read_as_absent() -> None:
    machine = Machines.get(go_client(), app_name=APP, machine_id=ID).unwrap()
    config = machine.config
    assert isinstance(config, FlyMachineConfig)
    assert (config.services, config.checks, config.guest, config.init) == (UNSET,) * 4
    assert machine.checks is UNSET and machine.events == []
    sent = config.to_dict()
    assert "services" not in sent and "guest" not in sent and sent["image"]


def test_a_null_where_a_field_is_always_sent_is_a_missing_field() -> None:
    machine = simulator_machine()
    machine["image_ref"] = None

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(machine).encode())

    client = fly_machines.Client(token="t0ken-value", transport=httpx.MockTransport(answer))
    ok, error = Machines.get(client, app_name=APP, machine_id=ID)
    assert not ok and isinstance(error, FlyError)
    assert error.kind == "decode" and "'image_ref'" in error.message
