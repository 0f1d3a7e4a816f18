"""Contains endpoint functions for accessing the API"""

# fly-machines template change: the facts of every operation of this tag, as data
# (importing this package imports none of the operation modules).
from ...types import Operation

OPERATIONS: tuple[Operation, ...] = (
    Operation(
        id="Machines_org_list",
        method="GET",
        path="/v1/orgs/{org_slug}/machines",
        module="fly_machines_api.api.organizations.machines_org_list",
        path_parameters=("org_slug",),
        query_parameters=(
            "include_deleted",
            "region",
            "state",
            "summary",
            "updated_after",
            "cursor",
            "limit",
        ),
        accepts_nonce=False,
        body=None,
        success=((200, "OrgMachinesResponse"),),
    ),
    Operation(
        id="Volumes_org_list",
        method="GET",
        path="/v1/orgs/{org_slug}/volumes",
        module="fly_machines_api.api.organizations.volumes_org_list",
        path_parameters=("org_slug",),
        query_parameters=(
            "include_deleted",
            "region",
            "state",
            "summary",
            "updated_after",
            "cursor",
            "limit",
        ),
        accepts_nonce=False,
        body=None,
        success=((200, "OrgVolumesResponse"),),
    ),
)
