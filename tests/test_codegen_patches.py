"""The patch layer: every patch is documented, applies, and has the effect it claims.

Each patch file has a list of facts below about the patched spec. A fact must hold in the
spec with all patches applied (and in generated/machines-openapi.patched.json, which the
client was generated from) and must not hold when that one patch is left out. So removing
a patch fails a test, and a new patch file without facts fails too.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from support.project import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import generate

Spec = dict[str, Any]
Fact = Callable[[Spec], bool]

MACHINE = "/v1/apps/{app_name}/machines/{machine_id}"
NONCE = "fly-machine-lease-nonce"


def _at(spec: Spec, path: str, *keys: str) -> Any:
    """spec["paths"][path][keys...], or None where anything is missing."""
    node: Any = spec.get("paths", {}).get(path)
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _json_schema_ref(spec: Spec, path: str, method: str, status: str) -> Any:
    return _at(spec, path, method, "responses", status, "content", "application/json", "schema")


def responds_with(path: str, method: str, status: str, component: str) -> Fact:
    ref = {"$ref": f"#/components/schemas/{component}"}
    return lambda spec: _json_schema_ref(spec, path, method, status) == ref


def has_nonce_header(path: str, method: str) -> Fact:
    def fact(spec: Spec) -> bool:
        params = _at(spec, path, method, "parameters") or []
        return any(p.get("name") == NONCE and p.get("in") == "header" for p in params)

    return fact


def fly_error_for(path: str, method: str, status: str) -> Fact:
    return lambda spec: (
        _at(spec, path, method, "responses", status) == {"$ref": "#/components/responses/FlyError"}
    )


def wait_state_is_repeated(spec: Spec) -> bool:
    params = _at(spec, f"{MACHINE}/wait", "get", "parameters") or []
    state: dict[str, Any] = next((p for p in params if p.get("name") == "state"), {})
    return bool(state.get("explode")) and state.get("schema", {}).get("type") == "array"


def wait_timeout_is_capped(spec: Spec) -> bool:
    params = _at(spec, f"{MACHINE}/wait", "get", "parameters") or []
    timeout: dict[str, Any] = next((p for p in params if p.get("name") == "timeout"), {})
    return bool(timeout.get("schema", {}).get("maximum") == 60)


def fly_error_is_declared(spec: Spec) -> bool:
    error = spec.get("components", {}).get("responses", {}).get("FlyError", {})
    schema = error.get("content", {}).get("application/json", {}).get("schema")
    return bool(schema == {"$ref": "#/components/schemas/ErrorResponse"})


def _schema(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec.get("components", {}).get("schemas", {}).get(name) or {}
    return found


def requires(schema: str, *fields: str) -> Fact:
    """The schema marks each of `fields` required (the API always sends it)."""
    return lambda spec: set(fields) <= set(_schema(spec, schema).get("required", []))


def defaults(schema: str, field: str, value: Any) -> Fact:
    """The property has `value` as its default (absent means that value)."""

    def fact(spec: Spec) -> bool:
        prop = _schema(spec, schema).get("properties", {}).get(field, {})
        return (
            "default" in prop and prop["default"] == value and type(prop["default"]) is type(value)
        )

    return fact


def formatted(schema: str, field: str, format_: str) -> Fact:
    return lambda spec: (
        _schema(spec, schema).get("properties", {}).get(field, {}).get("format") == format_
    )


NONCE_OPERATIONS = [
    (MACHINE, "post"),
    (f"{MACHINE}/start", "post"),
    (f"{MACHINE}/stop", "post"),
    (f"{MACHINE}/restart", "post"),
    (f"{MACHINE}/suspend", "post"),
    (MACHINE, "delete"),
    (f"{MACHINE}/cordon", "post"),
    (f"{MACHINE}/uncordon", "post"),
]
OK_OPERATIONS = [
    (f"{MACHINE}/stop", "post"),
    (MACHINE, "delete"),
    (f"{MACHINE}/cordon", "post"),
    (f"{MACHINE}/uncordon", "post"),
    (f"{MACHINE}/signal", "post"),
]
ERROR_OPERATIONS = [
    ("/v1/apps/{app_name}/machines", "get"),
    ("/v1/apps/{app_name}/machines", "post"),
    (MACHINE, "get"),
    (MACHINE, "post"),
    (MACHINE, "delete"),
    (f"{MACHINE}/start", "post"),
    (f"{MACHINE}/stop", "post"),
    (f"{MACHINE}/wait", "get"),
    (f"{MACHINE}/exec", "post"),
    (f"{MACHINE}/lease", "post"),
    (f"{MACHINE}/lease", "delete"),
]

BODILESS_OPERATIONS = [
    ("/v1/apps/{app_name}", "delete"),
    ("/v1/apps/{app_name}/certificates/{hostname}", "delete"),
    ("/v1/apps/{app_name}/ip_assignments/{ip}", "delete"),
    (f"{MACHINE}/metadata/{{key}}", "delete"),
    ("/v1/apps/{app_name}/volumes/{volume_id}/snapshots", "post"),
]
ALL_ERRORS = ("401", "404", "409", "412", "422", "429", "500")

CERTIFICATES = "/v1/apps/{app_name}/certificates"
CERTIFICATE_OPERATIONS = [
    (CERTIFICATES, "get"),
    (f"{CERTIFICATES}/acme", "post"),
    (f"{CERTIFICATES}/custom", "post"),
    (f"{CERTIFICATES}/{{hostname}}", "get"),
    (f"{CERTIFICATES}/{{hostname}}/acme", "delete"),
    (f"{CERTIFICATES}/{{hostname}}/check", "post"),
    (f"{CERTIFICATES}/{{hostname}}/custom", "delete"),
]

# Operations newer than the Machines ones: the error statuses 09 declares on each (all six,
# but 400 where the spec already declares its own; and 412 where a machine must be started).
_SIX = ("400", "401", "404", "422", "429", "500")
_FIVE = _SIX[1:]
_KEYS = "/v1/apps/{app_name}/secretkeys"
NEWER_OPERATIONS = [
    ("/v1/apps/{app_name}/deploy_token", "post", _SIX),
    ("/v1/apps/{app_name}/ip_assignments", "get", _SIX),
    ("/v1/apps/{app_name}/ip_assignments", "post", _SIX),
    (f"{MACHINE}/memory", "get", (*_SIX, "412")),
    (f"{MACHINE}/memory", "put", (*_SIX, "412")),
    (f"{MACHINE}/memory/reclaim", "post", (*_SIX, "412")),
    (_KEYS, "get", _SIX),
    ("/v1/apps/{app_name}/secrets", "get", _SIX),
    ("/v1/apps/{app_name}/secrets", "post", _FIVE),
    ("/v1/apps/{app_name}/secrets/{secret_name}", "get", _SIX),
    ("/v1/apps/{app_name}/secrets/{secret_name}", "post", _FIVE),
    ("/v1/apps/{app_name}/secrets/{secret_name}", "delete", _SIX),
    (f"{_KEYS}/{{secret_name}}", "get", _SIX),
    (f"{_KEYS}/{{secret_name}}", "delete", _SIX),
    (f"{_KEYS}/{{secret_name}}", "post", _FIVE),
    *(
        (f"{_KEYS}/{{secret_name}}/{action}", "post", _FIVE)
        for action in ("decrypt", "encrypt", "generate", "sign", "verify")
    ),
    ("/v1/orgs/{org_slug}/machines", "get", _SIX),
    ("/v1/orgs/{org_slug}/volumes", "get", _SIX),
    ("/v1/platform/placements", "post", _SIX),
    ("/v1/platform/regions", "get", _SIX),
    ("/v1/tokens/authenticate", "post", _FIVE),
    ("/v1/tokens/authorize", "post", ("401", "404", "422", "429")),
    ("/v1/tokens/current", "get", ("400", "404", "422", "429")),
    ("/v1/tokens/kms", "post", _SIX),
    ("/v1/tokens/oidc", "post", _FIVE),
]

# The secret-key schemas' Go []byte fields, which the live API sends as base64 strings (11).
BYTE_FIELDS = [
    ("SecretKey", "public_key"),
    ("SetSecretkeyRequest", "value"),
    ("SetSecretkeyResponse", "public_key"),
    ("EncryptSecretkeyRequest", "associated_data"),
    ("EncryptSecretkeyRequest", "plaintext"),
    ("EncryptSecretkeyResponse", "ciphertext"),
    ("DecryptSecretkeyRequest", "associated_data"),
    ("DecryptSecretkeyRequest", "ciphertext"),
    ("DecryptSecretkeyResponse", "plaintext"),
    ("SignSecretkeyRequest", "plaintext"),
    ("SignSecretkeyResponse", "signature"),
    ("VerifySecretkeyRequest", "plaintext"),
    ("VerifySecretkeyRequest", "signature"),
]


def is_base64_string(schema: str, field: str) -> Fact:
    def fact(spec: Spec) -> bool:
        schemas = spec.get("components", {}).get("schemas", {})
        found = schemas.get(schema, {}).get("properties", {}).get(field)
        return bool(found == {"type": "string", "format": "byte"})

    return fact


POSTGRES = "/v1/postgres/{postgres_cluster_id}"
POSTGRES_OPERATIONS = [
    ("/v1/postgres", "get"),
    ("/v1/postgres", "post"),
    (POSTGRES, "get"),
    (POSTGRES, "delete"),
    (f"{POSTGRES}/attachments", "post"),
    (f"{POSTGRES}/attachments/{{app_name}}", "delete"),
    (f"{POSTGRES}/backups", "get"),
    (f"{POSTGRES}/backups", "post"),
    (f"{POSTGRES}/databases", "get"),
    (f"{POSTGRES}/databases", "post"),
    (f"{POSTGRES}/databases/{{database_name}}", "delete"),
    (f"{POSTGRES}/databases/{{database_name}}/extensions", "get"),
    (f"{POSTGRES}/databases/{{database_name}}/extensions", "post"),
    (f"{POSTGRES}/databases/{{database_name}}/extensions/{{extension_name}}", "delete"),
    (f"{POSTGRES}/fork", "post"),
    (f"{POSTGRES}/queries/active", "get"),
    (f"{POSTGRES}/queries/slow", "get"),
    (f"{POSTGRES}/restore", "post"),
    (f"{POSTGRES}/users", "get"),
    (f"{POSTGRES}/users", "post"),
    (f"{POSTGRES}/users/{{username}}", "delete"),
    (f"{POSTGRES}/users/{{username}}", "patch"),
    (f"{POSTGRES}/users/{{username}}/credentials", "get"),
    (f"{POSTGRES}/users/{{username}}/rotate_password", "post"),
]


def postgres_error_for(path: str, method: str, status: str) -> Fact:
    return lambda spec: (
        _json_schema_ref(spec, path, method, status)
        == {"$ref": "#/components/schemas/PostgresErrorResponse"}
    )


def every_operation_needing_a_token_declares_401(spec: Spec) -> bool:
    return all(
        "401" in operation["responses"]
        for methods in spec["paths"].values()
        for operation in methods.values()
        if isinstance(operation, dict) and operation.get("security") != []
    )


FACTS: dict[str, list[Fact]] = {
    "01-lease-envelope.yaml": [
        responds_with(f"{MACHINE}/lease", "post", "201", "LeaseEnvelope"),
        responds_with(f"{MACHINE}/lease", "post", "409", "LeaseRefusal"),
        requires("LeaseEnvelope", "data"),
        responds_with(f"{MACHINE}/lease", "get", "200", "LeaseEnvelope"),
        responds_with(f"{MACHINE}/lease", "delete", "200", "LeaseReleaseEnvelope"),
    ],
    "02-lease-nonce-header.yaml": [has_nonce_header(p, m) for p, m in NONCE_OPERATIONS],
    "03-start-response.yaml": [
        responds_with(f"{MACHINE}/start", "post", "200", "MachineStartResponse")
    ],
    "04-ok-responses.yaml": [
        *(responds_with(p, m, "200", "OkResponse") for p, m in OK_OPERATIONS),
        requires("OkResponse", "ok"),
    ],
    "05-wait.yaml": [
        wait_state_is_repeated,
        wait_timeout_is_capped,
        responds_with(f"{MACHINE}/wait", "get", "408", "ErrorResponse"),
        # Its 404 is not listed: 06 replaces it with the shared FlyError (same schema).
    ],
    "06-error-responses.yaml": [
        fly_error_is_declared,
        *(
            fly_error_for(p, m, status)
            for p, m in ERROR_OPERATIONS
            for status in ALL_ERRORS
            # A lease refused because someone else holds it answers 409 in the envelope (01).
            if (p, m, status) != (f"{MACHINE}/lease", "post", "409")
        ),
    ],
    "07-bodiless-error-responses.yaml": [
        fly_error_for(p, m, status) for p, m in BODILESS_OPERATIONS for status in ALL_ERRORS
    ],
    "08-certificate-error-responses.yaml": [
        fly_error_for(p, m, status)
        for p, m in CERTIFICATE_OPERATIONS
        for status in ("401", "404", "429", "500")
    ],
    "09-newer-operation-error-responses.yaml": [
        every_operation_needing_a_token_declares_401,
        *(
            fly_error_for(path, method, status)
            for path, method, statuses in NEWER_OPERATIONS
            for status in statuses
        ),
    ],
    "10-postgres-error-responses.yaml": [
        *(postgres_error_for(path, method, "429") for path, method in POSTGRES_OPERATIONS),
        *(
            postgres_error_for(f"{POSTGRES}/{part}", "post", status)
            for part in ("attachments", "backups")
            for status in ("400", "422")
        ),
    ],
    "11-secret-key-bytes-base64.yaml": [is_base64_string(s, f) for s, f in BYTE_FIELDS],
    "12-machine-fields.yaml": [
        requires(
            "Machine",
            "id",
            "name",
            "state",
            "region",
            "instance_id",
            "image_ref",
            "created_at",
            "updated_at",
        ),
        defaults("Machine", "events", []),
        requires("MachineEvent", "type", "status", "source", "timestamp"),
        defaults("flydv1.ExecResponse", "exit_code", 0),
        defaults("flydv1.ExecResponse", "stdout", ""),
        defaults("flydv1.ExecResponse", "stderr", ""),
        requires("WaitMachineResponse", "ok"),
    ],
    "13-app-volume-fields.yaml": [
        requires("App", "id", "name"),
        defaults("ListAppsResponse", "apps", []),
        requires("CreateAppResponse", "id"),
        requires(
            "Volume", "id", "name", "state", "region", "zone", "size_gb", "encrypted", "created_at"
        ),
    ],
    "14-lease-fields.yaml": [
        requires("Lease", "nonce", "expires_at", "owner", "version"),
    ],
    "16-go-nil-lists.yaml": [
        defaults("ProcessStat", "listen_sockets", []),
        defaults("AppSecrets", "secrets", []),
        defaults("AppSecretsUpdateResp", "secrets", []),
        defaults("SecretKeys", "secret_keys", []),
        defaults("listCertificatesResponse", "certificates", []),
        defaults("CertificateDetail", "certificates", []),
        defaults("CertificateCheckResponse", "certificates", []),
        defaults("CertificateEntry", "issued", []),
        defaults("DNSRecords", "a", []),
        defaults("DNSRecords", "aaaa", []),
        defaults("DNSRecords", "cname", []),
        defaults("DNSRecords", "resolved_addresses", []),
        defaults("DNSRequirements", "a", []),
        defaults("DNSRequirements", "aaaa", []),
    ],
    "17-certificate-ip-timestamps.yaml": [
        formatted("CertificateSummary", "created_at", "date-time"),
        formatted("CertificateSummary", "updated_at", "date-time"),
        formatted("CertificateEntry", "created_at", "date-time"),
        formatted("CertificateEntry", "expires_at", "date-time"),
        formatted("IssuedCertificate", "expires_at", "date-time"),
        formatted("CertificateValidationError", "timestamp", "date-time"),
        formatted("CertificateDetail", "rate_limited_until", "date-time"),
        formatted("CertificateCheckResponse", "rate_limited_until", "date-time"),
        formatted("destroyCustomCertificateResponse", "rate_limited_until", "date-time"),
        formatted("IPAssignment", "created_at", "date-time"),
        formatted("AssignIPResponse", "created_at", "date-time"),
        defaults("listIPAssignmentsResponse", "ips", []),
    ],
    "15-timestamps.yaml": [
        formatted("Machine", "created_at", "date-time"),
        formatted("Machine", "updated_at", "date-time"),
        formatted("MachineEvent", "timestamp", "unixtime-ms"),
        formatted("CheckStatus", "updated_at", "date-time"),
        formatted("Lease", "expires_at", "unixtime"),
        formatted("StrippedLease", "expires_at", "unixtime"),
        formatted("CreateAppResponse", "created_at", "unixtime-ms"),
        formatted("Volume", "created_at", "date-time"),
        formatted("VolumeSnapshot", "created_at", "date-time"),
        formatted("OrgMachine", "created_at", "date-time"),
        formatted("OrgMachine", "updated_at", "date-time"),
        formatted("OrgMachinesResponse", "last_updated_at", "date-time"),
        formatted("OrgVolume", "created_at", "date-time"),
        formatted("OrgVolume", "updated_at", "date-time"),
        formatted("OrgVolumesResponse", "last_updated_at", "date-time"),
    ],
}

PATCH_FILES = sorted(path.name for path in generate.PATCHES.glob("*.yaml"))


@pytest.fixture(scope="module")
def pinned() -> Spec:
    return generate.load_spec()


@pytest.fixture(scope="module")
def patches() -> list[generate.Patch]:
    return generate.load_patches()


@pytest.fixture(scope="module")
def fully_patched(pinned: Spec, patches: list[generate.Patch]) -> Spec:
    spec, failures = generate.apply_patches(pinned, patches)
    assert failures == []
    return spec


@pytest.fixture(scope="module")
def committed() -> Spec:
    """The patched spec that generated/ was made from."""
    data: Spec = json.loads((generate.GENERATED / generate.PATCHED_SPEC_NAME).read_text())
    return data


def test_every_patch_file_has_facts_and_every_fact_a_patch_file() -> None:
    assert sorted(FACTS) == PATCH_FILES


@pytest.mark.parametrize("name", PATCH_FILES)
def test_patch_has_a_reason_a_source_and_operations(name: str) -> None:
    data = YAML(typ="safe", pure=True).load((generate.PATCHES / name).read_text())
    assert set(data) == {"reason", "source", "patch"}
    assert isinstance(data["reason"], str) and len(data["reason"].strip()) > 20
    assert isinstance(data["source"], str) and len(data["source"].strip()) > 10
    assert "\n" not in data["reason"].strip(), "the reason is one line"
    assert isinstance(data["patch"], list) and data["patch"]
    assert all({"op", "path"} <= set(op) for op in data["patch"])


def test_all_patches_apply_to_the_pinned_spec(pinned: Spec, patches: list[generate.Patch]) -> None:
    _, failures = generate.apply_patches(pinned, patches)
    assert failures == []
    assert [p.name for p in patches] == PATCH_FILES


def test_generated_patched_spec_is_the_pinned_spec_with_all_patches(
    fully_patched: Spec, committed: Spec
) -> None:
    assert committed == fully_patched


def test_patching_leaves_the_pinned_spec_alone(pinned: Spec, patches: list[generate.Patch]) -> None:
    before = json.dumps(pinned, sort_keys=True)
    generate.apply_patches(pinned, patches)
    assert json.dumps(pinned, sort_keys=True) == before


@pytest.mark.parametrize("name", PATCH_FILES)
def test_each_patch_has_its_effect_and_only_it_does(
    name: str,
    pinned: Spec,
    patches: list[generate.Patch],
    fully_patched: Spec,
    committed: Spec,
) -> None:
    without, failures = generate.apply_patches(pinned, [p for p in patches if p.name != name])
    assert failures == []
    for number, fact in enumerate(FACTS[name], start=1):
        assert fact(fully_patched), f"{name} fact {number} does not hold with all patches"
        assert fact(committed), f"{name} fact {number} is missing from generated/"
        assert not fact(without), f"{name} fact {number} holds even without {name}"


def test_a_patch_that_no_longer_applies_is_named_and_changes_nothing(pinned: Spec) -> None:
    broken = generate.Patch(
        "99-broken.yaml",
        "reason",
        "source",
        [
            {"op": "add", "path": "/components/schemas/Half", "value": {"type": "object"}},
            {"op": "replace", "path": "/paths/~1v1~1nowhere/get", "value": {}},
        ],
    )
    spec, failures = generate.apply_patches(pinned, [broken])
    assert [name for name, _ in failures] == ["99-broken.yaml"]
    assert "operation 2" in failures[0][1] and "/v1/nowhere" in failures[0][1]
    assert "Half" not in spec["components"]["schemas"], "a failed patch applies nothing"


def test_a_patch_file_without_a_source_is_refused(tmp_path: Path) -> None:
    (tmp_path / "01-x.yaml").write_text("reason: because\npatch:\n  - {op: test, path: /a}\n")
    with pytest.raises(generate.CodegenError, match=r"01-x\.yaml lacks source"):
        generate.load_patches(tmp_path)
