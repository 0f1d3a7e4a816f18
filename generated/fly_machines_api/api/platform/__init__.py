"""Contains endpoint functions for accessing the API"""

# fly-machines template change: the facts of every operation of this tag, as data
# (importing this package imports none of the operation modules).
from ...types import Operation

OPERATIONS: tuple[Operation, ...] = (
    Operation(
        id="Platform_placements_post",
        method="POST",
        path="/v1/platform/placements",
        module="fly_machines_api.api.platform.platform_placements_post",
        path_parameters=(),
        query_parameters=(),
        accepts_nonce=False,
        body="MainGetPlacementsRequest",
        success=((200, "MainGetPlacementsResponse"),),
    ),
    Operation(
        id="Platform_regions_get",
        method="GET",
        path="/v1/platform/regions",
        module="fly_machines_api.api.platform.platform_regions_get",
        path_parameters=(),
        query_parameters=(),
        accepts_nonce=False,
        body=None,
        success=((200, "MainRegionResponse"),),
    ),
)
