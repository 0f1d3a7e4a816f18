"""Every operation of the API by operation id (written by scripts/generate.py)."""

from .api.apps import OPERATIONS as _apps
from .api.machines import OPERATIONS as _machines
from .api.organizations import OPERATIONS as _organizations
from .api.platform import OPERATIONS as _platform
from .api.postgres_clusters import OPERATIONS as _postgres_clusters
from .api.secrets import OPERATIONS as _secrets
from .api.tls_certificates import OPERATIONS as _tls_certificates
from .api.tokens import OPERATIONS as _tokens
from .api.volumes import OPERATIONS as _volumes
from .types import Operation

OPERATIONS: dict[str, Operation] = {
    operation.id: operation
    for operation in (
        *_apps,
        *_machines,
        *_organizations,
        *_platform,
        *_postgres_clusters,
        *_secrets,
        *_tls_certificates,
        *_tokens,
        *_volumes,
    )
}
