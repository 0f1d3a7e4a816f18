"""Contains endpoint functions for accessing the API"""

# fly-machines template change: the facts of every operation of this tag, as data
# (importing this package imports none of the operation modules).
from ...types import Operation

OPERATIONS: tuple[Operation, ...] = (
    Operation(
        id="Volumes_list",
        method="GET",
        path="/v1/apps/{app_name}/volumes",
        module="fly_machines_api.api.volumes.volumes_list",
        path_parameters=("app_name",),
        query_parameters=(
            "summary",
            "cursor",
            "limit",
        ),
        accepts_nonce=False,
        body=None,
        success=((200, "list[Volume]"),),
    ),
    Operation(
        id="Volumes_create",
        method="POST",
        path="/v1/apps/{app_name}/volumes",
        module="fly_machines_api.api.volumes.volumes_create",
        path_parameters=("app_name",),
        query_parameters=(),
        accepts_nonce=False,
        body="CreateVolumeRequest",
        success=((200, "Volume"),),
    ),
    Operation(
        id="Volumes_get_by_id",
        method="GET",
        path="/v1/apps/{app_name}/volumes/{volume_id}",
        module="fly_machines_api.api.volumes.volumes_get_by_id",
        path_parameters=(
            "app_name",
            "volume_id",
        ),
        query_parameters=(),
        accepts_nonce=False,
        body=None,
        success=((200, "Volume"),),
    ),
    Operation(
        id="Volumes_update",
        method="PUT",
        path="/v1/apps/{app_name}/volumes/{volume_id}",
        module="fly_machines_api.api.volumes.volumes_update",
        path_parameters=(
            "app_name",
            "volume_id",
        ),
        query_parameters=(),
        accepts_nonce=False,
        body="UpdateVolumeRequest",
        success=((200, "Volume"),),
    ),
    Operation(
        id="Volume_delete",
        method="DELETE",
        path="/v1/apps/{app_name}/volumes/{volume_id}",
        module="fly_machines_api.api.volumes.volume_delete",
        path_parameters=(
            "app_name",
            "volume_id",
        ),
        query_parameters=(),
        accepts_nonce=False,
        body=None,
        success=((200, "Volume"),),
    ),
    Operation(
        id="Volumes_extend",
        method="PUT",
        path="/v1/apps/{app_name}/volumes/{volume_id}/extend",
        module="fly_machines_api.api.volumes.volumes_extend",
        path_parameters=(
            "app_name",
            "volume_id",
        ),
        query_parameters=(),
        accepts_nonce=False,
        body="ExtendVolumeRequest",
        success=((200, "ExtendVolumeResponse"),),
    ),
    Operation(
        id="Volumes_list_snapshots",
        method="GET",
        path="/v1/apps/{app_name}/volumes/{volume_id}/snapshots",
        module="fly_machines_api.api.volumes.volumes_list_snapshots",
        path_parameters=(
            "app_name",
            "volume_id",
        ),
        query_parameters=(),
        accepts_nonce=False,
        body=None,
        success=((200, "list[VolumeSnapshot]"),),
    ),
    Operation(
        id="createVolumeSnapshot",
        method="POST",
        path="/v1/apps/{app_name}/volumes/{volume_id}/snapshots",
        module="fly_machines_api.api.volumes.create_volume_snapshot",
        path_parameters=(
            "app_name",
            "volume_id",
        ),
        query_parameters=(),
        accepts_nonce=False,
        body=None,
        success=((200, "Any"),),
    ),
)
