"""Every operation of the Machines API spec: method, path template and operation id.

The simulator implements most of them; the rest (Postgres clusters, certificates,
tokens, ...) answer 501 naming the operation. tests/test_sim_routes.py keeps this table
equal to the patched spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

OPERATIONS: tuple[tuple[str, str, str], ...] = (
    ("GET", "/v1/apps", "Apps_list"),
    ("POST", "/v1/apps", "Apps_create"),
    ("DELETE", "/v1/apps/{app_name}", "Apps_delete"),
    ("GET", "/v1/apps/{app_name}", "Apps_show"),
    ("GET", "/v1/apps/{app_name}/certificates", "App_Certificates_list"),
    ("POST", "/v1/apps/{app_name}/certificates/acme", "App_Certificates_acme_create"),
    ("POST", "/v1/apps/{app_name}/certificates/custom", "App_Certificates_custom_create"),
    ("DELETE", "/v1/apps/{app_name}/certificates/{hostname}", "App_Certificates_delete"),
    ("GET", "/v1/apps/{app_name}/certificates/{hostname}", "App_Certificates_show"),
    ("DELETE", "/v1/apps/{app_name}/certificates/{hostname}/acme", "App_Certificates_acme_delete"),
    ("POST", "/v1/apps/{app_name}/certificates/{hostname}/check", "App_Certificates_check"),
    (
        "DELETE",
        "/v1/apps/{app_name}/certificates/{hostname}/custom",
        "App_Certificates_custom_delete",
    ),
    ("POST", "/v1/apps/{app_name}/deploy_token", "App_create_deploy_token"),
    ("GET", "/v1/apps/{app_name}/ip_assignments", "App_IPAssignments_list"),
    ("POST", "/v1/apps/{app_name}/ip_assignments", "App_IPAssignments_create"),
    ("DELETE", "/v1/apps/{app_name}/ip_assignments/{ip}", "App_IPAssignments_delete"),
    ("GET", "/v1/apps/{app_name}/machines", "Machines_list"),
    ("POST", "/v1/apps/{app_name}/machines", "Machines_create"),
    ("DELETE", "/v1/apps/{app_name}/machines/{machine_id}", "Machines_delete"),
    ("GET", "/v1/apps/{app_name}/machines/{machine_id}", "Machines_show"),
    ("POST", "/v1/apps/{app_name}/machines/{machine_id}", "Machines_update"),
    ("POST", "/v1/apps/{app_name}/machines/{machine_id}/cordon", "Machines_cordon"),
    ("GET", "/v1/apps/{app_name}/machines/{machine_id}/events", "Machines_list_events"),
    ("POST", "/v1/apps/{app_name}/machines/{machine_id}/exec", "Machines_exec"),
    ("DELETE", "/v1/apps/{app_name}/machines/{machine_id}/lease", "Machines_release_lease"),
    ("GET", "/v1/apps/{app_name}/machines/{machine_id}/lease", "Machines_show_lease"),
    ("POST", "/v1/apps/{app_name}/machines/{machine_id}/lease", "Machines_create_lease"),
    ("GET", "/v1/apps/{app_name}/machines/{machine_id}/memory", "Machines_get_memory"),
    ("PUT", "/v1/apps/{app_name}/machines/{machine_id}/memory", "Machines_set_memory_limit"),
    ("POST", "/v1/apps/{app_name}/machines/{machine_id}/memory/reclaim", "Machines_reclaim_memory"),
    ("GET", "/v1/apps/{app_name}/machines/{machine_id}/metadata", "Machines_show_metadata"),
    ("PATCH", "/v1/apps/{app_name}/machines/{machine_id}/metadata", "Machines_update_metadata"),
    (
        "PUT",
        "/v1/apps/{app_name}/machines/{machine_id}/metadata",
        "Machines_update_metadata_deprecated",
    ),
    (
        "DELETE",
        "/v1/apps/{app_name}/machines/{machine_id}/metadata/{key}",
        "Machines_delete_metadata",
    ),
    (
        "GET",
        "/v1/apps/{app_name}/machines/{machine_id}/metadata/{key}",
        "Machines_get_metadata_key",
    ),
    (
        "POST",
        "/v1/apps/{app_name}/machines/{machine_id}/metadata/{key}",
        "Machines_upsert_metadata",
    ),
    ("GET", "/v1/apps/{app_name}/machines/{machine_id}/ps", "Machines_list_processes"),
    ("POST", "/v1/apps/{app_name}/machines/{machine_id}/restart", "Machines_restart"),
    ("POST", "/v1/apps/{app_name}/machines/{machine_id}/signal", "Machines_signal"),
    ("POST", "/v1/apps/{app_name}/machines/{machine_id}/start", "Machines_start"),
    ("POST", "/v1/apps/{app_name}/machines/{machine_id}/stop", "Machines_stop"),
    ("POST", "/v1/apps/{app_name}/machines/{machine_id}/suspend", "Machines_suspend"),
    ("POST", "/v1/apps/{app_name}/machines/{machine_id}/uncordon", "Machines_uncordon"),
    ("GET", "/v1/apps/{app_name}/machines/{machine_id}/versions", "Machines_list_versions"),
    ("GET", "/v1/apps/{app_name}/machines/{machine_id}/wait", "Machines_wait"),
    ("GET", "/v1/apps/{app_name}/secretkeys", "Secretkeys_list"),
    ("DELETE", "/v1/apps/{app_name}/secretkeys/{secret_name}", "Secretkey_delete"),
    ("GET", "/v1/apps/{app_name}/secretkeys/{secret_name}", "Secretkey_get"),
    ("POST", "/v1/apps/{app_name}/secretkeys/{secret_name}", "Secretkey_set"),
    ("POST", "/v1/apps/{app_name}/secretkeys/{secret_name}/decrypt", "Secretkey_decrypt"),
    ("POST", "/v1/apps/{app_name}/secretkeys/{secret_name}/encrypt", "Secretkey_encrypt"),
    ("POST", "/v1/apps/{app_name}/secretkeys/{secret_name}/generate", "Secretkey_generate"),
    ("POST", "/v1/apps/{app_name}/secretkeys/{secret_name}/sign", "Secretkey_sign"),
    ("POST", "/v1/apps/{app_name}/secretkeys/{secret_name}/verify", "Secretkey_verify"),
    ("GET", "/v1/apps/{app_name}/secrets", "Secrets_list"),
    ("POST", "/v1/apps/{app_name}/secrets", "Secrets_update"),
    ("DELETE", "/v1/apps/{app_name}/secrets/{secret_name}", "Secret_delete"),
    ("GET", "/v1/apps/{app_name}/secrets/{secret_name}", "Secret_get"),
    ("POST", "/v1/apps/{app_name}/secrets/{secret_name}", "Secret_create"),
    ("GET", "/v1/apps/{app_name}/volumes", "Volumes_list"),
    ("POST", "/v1/apps/{app_name}/volumes", "Volumes_create"),
    ("DELETE", "/v1/apps/{app_name}/volumes/{volume_id}", "Volume_delete"),
    ("GET", "/v1/apps/{app_name}/volumes/{volume_id}", "Volumes_get_by_id"),
    ("PUT", "/v1/apps/{app_name}/volumes/{volume_id}", "Volumes_update"),
    ("PUT", "/v1/apps/{app_name}/volumes/{volume_id}/extend", "Volumes_extend"),
    ("GET", "/v1/apps/{app_name}/volumes/{volume_id}/snapshots", "Volumes_list_snapshots"),
    ("POST", "/v1/apps/{app_name}/volumes/{volume_id}/snapshots", "createVolumeSnapshot"),
    ("GET", "/v1/orgs/{org_slug}/machines", "Machines_org_list"),
    ("GET", "/v1/orgs/{org_slug}/volumes", "Volumes_org_list"),
    ("POST", "/v1/platform/placements", "Platform_placements_post"),
    ("GET", "/v1/platform/regions", "Platform_regions_get"),
    ("GET", "/v1/postgres", "Postgres_list"),
    ("POST", "/v1/postgres", "Postgres_create"),
    ("DELETE", "/v1/postgres/{postgres_cluster_id}", "Postgres_delete"),
    ("GET", "/v1/postgres/{postgres_cluster_id}", "Postgres_show"),
    ("POST", "/v1/postgres/{postgres_cluster_id}/attachments", "Postgres_attachments_create"),
    (
        "DELETE",
        "/v1/postgres/{postgres_cluster_id}/attachments/{app_name}",
        "Postgres_attachments_delete",
    ),
    ("GET", "/v1/postgres/{postgres_cluster_id}/backups", "Postgres_backups_list"),
    ("POST", "/v1/postgres/{postgres_cluster_id}/backups", "Postgres_backups_create"),
    ("GET", "/v1/postgres/{postgres_cluster_id}/databases", "Postgres_databases_list"),
    ("POST", "/v1/postgres/{postgres_cluster_id}/databases", "Postgres_databases_create"),
    (
        "DELETE",
        "/v1/postgres/{postgres_cluster_id}/databases/{database_name}",
        "Postgres_databases_delete",
    ),
    (
        "GET",
        "/v1/postgres/{postgres_cluster_id}/databases/{database_name}/extensions",
        "Postgres_extensions_list",
    ),
    (
        "POST",
        "/v1/postgres/{postgres_cluster_id}/databases/{database_name}/extensions",
        "Postgres_extensions_enable",
    ),
    (
        "DELETE",
        "/v1/postgres/{postgres_cluster_id}/databases/{database_name}/extensions/{extension_name}",
        "Postgres_extensions_disable",
    ),
    ("POST", "/v1/postgres/{postgres_cluster_id}/fork", "Postgres_fork"),
    ("GET", "/v1/postgres/{postgres_cluster_id}/queries/active", "Postgres_queries_active"),
    ("GET", "/v1/postgres/{postgres_cluster_id}/queries/slow", "Postgres_queries_slow"),
    ("POST", "/v1/postgres/{postgres_cluster_id}/restore", "Postgres_restore"),
    ("GET", "/v1/postgres/{postgres_cluster_id}/users", "Postgres_users_list"),
    ("POST", "/v1/postgres/{postgres_cluster_id}/users", "Postgres_users_create"),
    ("DELETE", "/v1/postgres/{postgres_cluster_id}/users/{username}", "Postgres_users_delete"),
    ("PATCH", "/v1/postgres/{postgres_cluster_id}/users/{username}", "Postgres_users_update_role"),
    (
        "GET",
        "/v1/postgres/{postgres_cluster_id}/users/{username}/credentials",
        "Postgres_users_credentials",
    ),
    (
        "POST",
        "/v1/postgres/{postgres_cluster_id}/users/{username}/rotate_password",
        "Postgres_users_rotate_password",
    ),
    ("POST", "/v1/tokens/authenticate", "Tokens_authenticate"),
    ("POST", "/v1/tokens/authorize", "Tokens_authorize"),
    ("GET", "/v1/tokens/current", "CurrentToken_show"),
    ("POST", "/v1/tokens/kms", "Tokens_request_Kms"),
    ("POST", "/v1/tokens/oidc", "Tokens_request_OIDC"),
)


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    operation_id: str

    @property
    def name(self) -> str:
        """`"POST /v1/apps/{app_name}/machines"`: how faults and the request log name it."""
        return f"{self.method} {self.template}"

    def match(self, segments: list[str]) -> dict[str, str] | None:
        """The path parameters (percent-decoded) when `segments` fit this template."""
        parts = self.template.strip("/").split("/")
        if len(parts) != len(segments):
            return None
        params: dict[str, str] = {}
        for part, segment in zip(parts, segments, strict=True):
            if part.startswith("{") and part.endswith("}"):
                if not segment:
                    return None
                params[part[1:-1]] = unquote(segment)
            elif part != segment:
                return None
        return params

    @property
    def literal_segments(self) -> int:
        return sum(1 for p in self.template.split("/") if p and not p.startswith("{"))


# Most specific first, so `/certificates/acme` wins over `/certificates/{hostname}`.
ROUTES: tuple[Route, ...] = tuple(
    sorted((Route(*op) for op in OPERATIONS), key=lambda r: -r.literal_segments)
)
_BY_NAME = {r.name: r for r in ROUTES}
_BY_OPERATION = {r.operation_id: r for r in ROUTES}


@dataclass(frozen=True)
class Match:
    """The route a request hit, or (route None) the methods its path allows, if any."""

    route: Route | None
    params: dict[str, str]
    allowed: tuple[str, ...] = ()


def match(method: str, raw_path: str) -> Match:
    segments = raw_path.strip("/").split("/")
    allowed: list[str] = []
    for route in ROUTES:
        params = route.match(segments)
        if params is None:
            continue
        if route.method == method:
            return Match(route, params)
        allowed.append(route.method)
    return Match(None, {}, tuple(sorted(set(allowed))))


def find(name: str) -> Route:
    """A route by `"METHOD /v1/template"` or by operation id; a clear error otherwise."""
    route = _BY_NAME.get(" ".join(name.split())) or _BY_OPERATION.get(name.strip())
    if route is None:
        raise ValueError(
            f"unknown route {name!r}: give 'METHOD /v1/path/{{template}}' exactly as in the "
            "spec (e.g. 'POST /v1/apps/{app_name}/machines') or an operation id "
            "(e.g. 'Machines_create')"
        )
    return route
