"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acme_challenge import AcmeChallenge
    from .app import App
    from .app_organization_info import AppOrganizationInfo
    from .app_secret import AppSecret
    from .app_secrets import AppSecrets
    from .app_secrets_update_request import AppSecretsUpdateRequest
    from .app_secrets_update_request_values import AppSecretsUpdateRequestValues
    from .app_secrets_update_resp import AppSecretsUpdateResp
    from .assign_ip_request import AssignIPRequest
    from .assign_ip_response import AssignIPResponse
    from .authenticate_token_request import AuthenticateTokenRequest
    from .authorize_response import AuthorizeResponse
    from .authorize_token_request import AuthorizeTokenRequest
    from .certificate_check_response import CertificateCheckResponse
    from .certificate_detail import CertificateDetail
    from .certificate_entry import CertificateEntry
    from .certificate_entry_source import CertificateEntrySource
    from .certificate_entry_status import CertificateEntryStatus
    from .certificate_summary import CertificateSummary
    from .certificate_validation import CertificateValidation
    from .certificate_validation_error import CertificateValidationError
    from .check_status import CheckStatus
    from .create_acme_certificate_request import CreateAcmeCertificateRequest
    from .create_app_deploy_token_request import CreateAppDeployTokenRequest
    from .create_app_deploy_token_response import CreateAppDeployTokenResponse
    from .create_app_request import CreateAppRequest
    from .create_app_response import CreateAppResponse
    from .create_custom_certificate_request import CreateCustomCertificateRequest
    from .create_lease_request import CreateLeaseRequest
    from .create_machine_request import CreateMachineRequest
    from .create_oidc_token_request import CreateOIDCTokenRequest
    from .create_postgres_attachment_request import CreatePostgresAttachmentRequest
    from .create_postgres_attachment_response import CreatePostgresAttachmentResponse
    from .create_postgres_backup_request import CreatePostgresBackupRequest
    from .create_postgres_backup_request_type import CreatePostgresBackupRequestType
    from .create_postgres_cluster_request import CreatePostgresClusterRequest
    from .create_postgres_cluster_request_pg_major_version import (
        CreatePostgresClusterRequestPgMajorVersion,
    )
    from .create_postgres_cluster_request_plan import CreatePostgresClusterRequestPlan
    from .create_postgres_cluster_request_pool_mode import CreatePostgresClusterRequestPoolMode
    from .create_postgres_database_request import CreatePostgresDatabaseRequest
    from .create_postgres_user_request import CreatePostgresUserRequest
    from .create_postgres_user_request_role import CreatePostgresUserRequestRole
    from .create_postgres_user_response import CreatePostgresUserResponse
    from .create_volume_request import CreateVolumeRequest
    from .current_token_response import CurrentTokenResponse
    from .decrypt_secretkey_request import DecryptSecretkeyRequest
    from .decrypt_secretkey_response import DecryptSecretkeyResponse
    from .delete_app_secret_response import DeleteAppSecretResponse
    from .delete_secretkey_response import DeleteSecretkeyResponse
    from .destroy_custom_certificate_response import DestroyCustomCertificateResponse
    from .dns_records import DNSRecords
    from .dns_requirements import DNSRequirements
    from .enable_postgres_extension_request import EnablePostgresExtensionRequest
    from .encrypt_secretkey_request import EncryptSecretkeyRequest
    from .encrypt_secretkey_response import EncryptSecretkeyResponse
    from .error_response import ErrorResponse
    from .error_response_details import ErrorResponseDetails
    from .extend_volume_request import ExtendVolumeRequest
    from .extend_volume_response import ExtendVolumeResponse
    from .fly_container_config import FlyContainerConfig
    from .fly_container_config_env import FlyContainerConfigEnv
    from .fly_container_dependency import FlyContainerDependency
    from .fly_container_dependency_condition import FlyContainerDependencyCondition
    from .fly_container_healthcheck import FlyContainerHealthcheck
    from .fly_container_healthcheck_kind import FlyContainerHealthcheckKind
    from .fly_container_healthcheck_scheme import FlyContainerHealthcheckScheme
    from .fly_dns_config import FlyDNSConfig
    from .fly_dns_forward_rule import FlyDnsForwardRule
    from .fly_dns_option import FlyDnsOption
    from .fly_env_from import FlyEnvFrom
    from .fly_env_from_field_ref import FlyEnvFromFieldRef
    from .fly_exec_healthcheck import FlyExecHealthcheck
    from .fly_file import FlyFile
    from .fly_http_healthcheck import FlyHTTPHealthcheck
    from .fly_http_options import FlyHTTPOptions
    from .fly_http_response_options import FlyHTTPResponseOptions
    from .fly_http_response_options_headers import FlyHTTPResponseOptionsHeaders
    from .fly_http_response_options_headers_additional_property import (
        FlyHTTPResponseOptionsHeadersAdditionalProperty,
    )
    from .fly_machine_cache_drive import FlyMachineCacheDrive
    from .fly_machine_check import FlyMachineCheck
    from .fly_machine_check_kind import FlyMachineCheckKind
    from .fly_machine_config import FlyMachineConfig
    from .fly_machine_config_checks import FlyMachineConfigChecks
    from .fly_machine_config_env import FlyMachineConfigEnv
    from .fly_machine_config_metadata import FlyMachineConfigMetadata
    from .fly_machine_guest import FlyMachineGuest
    from .fly_machine_guest_persist_rootfs import FlyMachineGuestPersistRootfs
    from .fly_machine_http_header import FlyMachineHTTPHeader
    from .fly_machine_init import FlyMachineInit
    from .fly_machine_metrics import FlyMachineMetrics
    from .fly_machine_mount import FlyMachineMount
    from .fly_machine_port import FlyMachinePort
    from .fly_machine_process import FlyMachineProcess
    from .fly_machine_process_env import FlyMachineProcessEnv
    from .fly_machine_restart import FlyMachineRestart
    from .fly_machine_restart_policy import FlyMachineRestartPolicy
    from .fly_machine_rootfs import FlyMachineRootfs
    from .fly_machine_rootfs_persist import FlyMachineRootfsPersist
    from .fly_machine_secret import FlyMachineSecret
    from .fly_machine_service import FlyMachineService
    from .fly_machine_service_autostop import FlyMachineServiceAutostop
    from .fly_machine_service_check import FlyMachineServiceCheck
    from .fly_machine_service_concurrency import FlyMachineServiceConcurrency
    from .fly_machine_spot import FlyMachineSpot
    from .fly_proxy_proto_options import FlyProxyProtoOptions
    from .fly_replay_cache import FlyReplayCache
    from .fly_replay_cache_type import FlyReplayCacheType
    from .fly_static import FlyStatic
    from .fly_stop_config import FlyStopConfig
    from .fly_stop_config_signal import FlyStopConfigSignal
    from .fly_tcp_healthcheck import FlyTCPHealthcheck
    from .fly_tls_options import FlyTLSOptions
    from .fly_unhealthy_policy import FlyUnhealthyPolicy
    from .flydv_1_exec_response import Flydv1ExecResponse
    from .flyio_access import FlyioAccess
    from .fork_postgres_cluster_request import ForkPostgresClusterRequest
    from .get_postgres_user_credentials_response import GetPostgresUserCredentialsResponse
    from .image_ref import ImageRef
    from .image_ref_labels import ImageRefLabels
    from .ip_assignment import IPAssignment
    from .ip_assignment_network import IPAssignmentNetwork
    from .ip_assignment_type import IPAssignmentType
    from .ip_pair import IPPair
    from .issued_certificate import IssuedCertificate
    from .issued_certificate_type import IssuedCertificateType
    from .lease import Lease
    from .lease_envelope import LeaseEnvelope
    from .lease_refusal import LeaseRefusal
    from .lease_release_envelope import LeaseReleaseEnvelope
    from .lease_release_envelope_data import LeaseReleaseEnvelopeData
    from .list_apps_response import ListAppsResponse
    from .list_certificates_response import ListCertificatesResponse
    from .list_ip_assignments_response import ListIPAssignmentsResponse
    from .list_postgres_active_queries_response import ListPostgresActiveQueriesResponse
    from .list_postgres_backups_response import ListPostgresBackupsResponse
    from .list_postgres_clusters_response import ListPostgresClustersResponse
    from .list_postgres_databases_response import ListPostgresDatabasesResponse
    from .list_postgres_extensions_response import ListPostgresExtensionsResponse
    from .list_postgres_slow_queries_response import ListPostgresSlowQueriesResponse
    from .list_postgres_users_response import ListPostgresUsersResponse
    from .listen_socket import ListenSocket
    from .macaroon_caveat_set import MacaroonCaveatSet
    from .macaroon_caveat_set_caveats_item import MacaroonCaveatSetCaveatsItem
    from .macaroon_nonce import MacaroonNonce
    from .machine import Machine
    from .machine_event import MachineEvent
    from .machine_event_request import MachineEventRequest
    from .machine_exec_request import MachineExecRequest
    from .machine_host_status import MachineHostStatus
    from .machine_overview_config import MachineOverviewConfig
    from .machine_overview_config_metadata import MachineOverviewConfigMetadata
    from .machine_start_response import MachineStartResponse
    from .machine_version import MachineVersion
    from .machines_restart_signal import MachinesRestartSignal
    from .machines_show_metadata_response_200 import MachinesShowMetadataResponse200
    from .machines_wait_state_item import MachinesWaitStateItem
    from .main_get_placements_request import MainGetPlacementsRequest
    from .main_get_placements_response import MainGetPlacementsResponse
    from .main_memory_response import MainMemoryResponse
    from .main_reclaim_memory_request import MainReclaimMemoryRequest
    from .main_reclaim_memory_response import MainReclaimMemoryResponse
    from .main_region_response import MainRegionResponse
    from .main_region_row import MainRegionRow
    from .main_set_memory_limit_request import MainSetMemoryLimitRequest
    from .main_status_code import MainStatusCode
    from .main_token_access import MainTokenAccess
    from .main_token_info import MainTokenInfo
    from .metadata_value_response import MetadataValueResponse
    from .ok_response import OkResponse
    from .org_machine import OrgMachine
    from .org_machines_response import OrgMachinesResponse
    from .org_volume import OrgVolume
    from .org_volume_host_status import OrgVolumeHostStatus
    from .org_volume_type import OrgVolumeType
    from .org_volumes_response import OrgVolumesResponse
    from .organization_ref import OrganizationRef
    from .ownership_verification import OwnershipVerification
    from .placement_region_placement import PlacementRegionPlacement
    from .placement_weights import PlacementWeights
    from .postgres_active_query import PostgresActiveQuery
    from .postgres_attached_app import PostgresAttachedApp
    from .postgres_attachment import PostgresAttachment
    from .postgres_backup import PostgresBackup
    from .postgres_backup_type import PostgresBackupType
    from .postgres_cluster import PostgresCluster
    from .postgres_cluster_cpu_kind import PostgresClusterCpuKind
    from .postgres_cluster_endpoints import PostgresClusterEndpoints
    from .postgres_cluster_pg_major_version import PostgresClusterPgMajorVersion
    from .postgres_cluster_plan import PostgresClusterPlan
    from .postgres_cluster_status import PostgresClusterStatus
    from .postgres_cluster_summary import PostgresClusterSummary
    from .postgres_cluster_summary_plan import PostgresClusterSummaryPlan
    from .postgres_cluster_summary_status import PostgresClusterSummaryStatus
    from .postgres_database import PostgresDatabase
    from .postgres_database_response import PostgresDatabaseResponse
    from .postgres_endpoint import PostgresEndpoint
    from .postgres_error_response import PostgresErrorResponse
    from .postgres_extension import PostgresExtension
    from .postgres_extension_installed_type_0 import PostgresExtensionInstalledType0
    from .postgres_installed_extension import PostgresInstalledExtension
    from .postgres_node_endpoints import PostgresNodeEndpoints
    from .postgres_slow_query import PostgresSlowQuery
    from .postgres_user import PostgresUser
    from .postgres_user_credentials import PostgresUserCredentials
    from .postgres_user_role import PostgresUserRole
    from .process_stat import ProcessStat
    from .resset_action import RessetAction
    from .restore_postgres_cluster_request import RestorePostgresClusterRequest
    from .root_verified_token import RootVerifiedToken
    from .rotate_postgres_password_request import RotatePostgresPasswordRequest
    from .rotate_postgres_password_response import RotatePostgresPasswordResponse
    from .secret_key import SecretKey
    from .secret_keys import SecretKeys
    from .set_app_secret_request import SetAppSecretRequest
    from .set_app_secret_response import SetAppSecretResponse
    from .set_secretkey_request import SetSecretkeyRequest
    from .set_secretkey_response import SetSecretkeyResponse
    from .show_postgres_cluster_response import ShowPostgresClusterResponse
    from .sign_secretkey_request import SignSecretkeyRequest
    from .sign_secretkey_response import SignSecretkeyResponse
    from .signal_request import SignalRequest
    from .signal_request_signal import SignalRequestSignal
    from .stop_request import StopRequest
    from .stop_request_signal import StopRequestSignal
    from .stripped_lease import StrippedLease
    from .update_machine_request import UpdateMachineRequest
    from .update_metadata_request import UpdateMetadataRequest
    from .update_metadata_request_metadata import UpdateMetadataRequestMetadata
    from .update_postgres_user_role_request import UpdatePostgresUserRoleRequest
    from .update_postgres_user_role_request_role import UpdatePostgresUserRoleRequestRole
    from .update_volume_request import UpdateVolumeRequest
    from .upsert_metadata_key_request import UpsertMetadataKeyRequest
    from .verify_secretkey_request import VerifySecretkeyRequest
    from .volume import Volume
    from .volume_host_status import VolumeHostStatus
    from .volume_snapshot import VolumeSnapshot
    from .volume_type import VolumeType
    from .wait_machine_response import WaitMachineResponse

# Each model's name and the module that defines it.
_MODULES = {
    "AcmeChallenge": ".acme_challenge",
    "App": ".app",
    "AppOrganizationInfo": ".app_organization_info",
    "AppSecret": ".app_secret",
    "AppSecrets": ".app_secrets",
    "AppSecretsUpdateRequest": ".app_secrets_update_request",
    "AppSecretsUpdateRequestValues": ".app_secrets_update_request_values",
    "AppSecretsUpdateResp": ".app_secrets_update_resp",
    "AssignIPRequest": ".assign_ip_request",
    "AssignIPResponse": ".assign_ip_response",
    "AuthenticateTokenRequest": ".authenticate_token_request",
    "AuthorizeResponse": ".authorize_response",
    "AuthorizeTokenRequest": ".authorize_token_request",
    "CertificateCheckResponse": ".certificate_check_response",
    "CertificateDetail": ".certificate_detail",
    "CertificateEntry": ".certificate_entry",
    "CertificateEntrySource": ".certificate_entry_source",
    "CertificateEntryStatus": ".certificate_entry_status",
    "CertificateSummary": ".certificate_summary",
    "CertificateValidation": ".certificate_validation",
    "CertificateValidationError": ".certificate_validation_error",
    "CheckStatus": ".check_status",
    "CreateAcmeCertificateRequest": ".create_acme_certificate_request",
    "CreateAppDeployTokenRequest": ".create_app_deploy_token_request",
    "CreateAppDeployTokenResponse": ".create_app_deploy_token_response",
    "CreateAppRequest": ".create_app_request",
    "CreateAppResponse": ".create_app_response",
    "CreateCustomCertificateRequest": ".create_custom_certificate_request",
    "CreateLeaseRequest": ".create_lease_request",
    "CreateMachineRequest": ".create_machine_request",
    "CreateOIDCTokenRequest": ".create_oidc_token_request",
    "CreatePostgresAttachmentRequest": ".create_postgres_attachment_request",
    "CreatePostgresAttachmentResponse": ".create_postgres_attachment_response",
    "CreatePostgresBackupRequest": ".create_postgres_backup_request",
    "CreatePostgresBackupRequestType": ".create_postgres_backup_request_type",
    "CreatePostgresClusterRequest": ".create_postgres_cluster_request",
    "CreatePostgresClusterRequestPgMajorVersion": ".create_postgres_cluster_request_pg_major_version",
    "CreatePostgresClusterRequestPlan": ".create_postgres_cluster_request_plan",
    "CreatePostgresClusterRequestPoolMode": ".create_postgres_cluster_request_pool_mode",
    "CreatePostgresDatabaseRequest": ".create_postgres_database_request",
    "CreatePostgresUserRequest": ".create_postgres_user_request",
    "CreatePostgresUserRequestRole": ".create_postgres_user_request_role",
    "CreatePostgresUserResponse": ".create_postgres_user_response",
    "CreateVolumeRequest": ".create_volume_request",
    "CurrentTokenResponse": ".current_token_response",
    "DecryptSecretkeyRequest": ".decrypt_secretkey_request",
    "DecryptSecretkeyResponse": ".decrypt_secretkey_response",
    "DeleteAppSecretResponse": ".delete_app_secret_response",
    "DeleteSecretkeyResponse": ".delete_secretkey_response",
    "DestroyCustomCertificateResponse": ".destroy_custom_certificate_response",
    "DNSRecords": ".dns_records",
    "DNSRequirements": ".dns_requirements",
    "EnablePostgresExtensionRequest": ".enable_postgres_extension_request",
    "EncryptSecretkeyRequest": ".encrypt_secretkey_request",
    "EncryptSecretkeyResponse": ".encrypt_secretkey_response",
    "ErrorResponse": ".error_response",
    "ErrorResponseDetails": ".error_response_details",
    "ExtendVolumeRequest": ".extend_volume_request",
    "ExtendVolumeResponse": ".extend_volume_response",
    "FlyContainerConfig": ".fly_container_config",
    "FlyContainerConfigEnv": ".fly_container_config_env",
    "FlyContainerDependency": ".fly_container_dependency",
    "FlyContainerDependencyCondition": ".fly_container_dependency_condition",
    "FlyContainerHealthcheck": ".fly_container_healthcheck",
    "FlyContainerHealthcheckKind": ".fly_container_healthcheck_kind",
    "FlyContainerHealthcheckScheme": ".fly_container_healthcheck_scheme",
    "FlyDNSConfig": ".fly_dns_config",
    "FlyDnsForwardRule": ".fly_dns_forward_rule",
    "FlyDnsOption": ".fly_dns_option",
    "FlyEnvFrom": ".fly_env_from",
    "FlyEnvFromFieldRef": ".fly_env_from_field_ref",
    "FlyExecHealthcheck": ".fly_exec_healthcheck",
    "FlyFile": ".fly_file",
    "FlyHTTPHealthcheck": ".fly_http_healthcheck",
    "FlyHTTPOptions": ".fly_http_options",
    "FlyHTTPResponseOptions": ".fly_http_response_options",
    "FlyHTTPResponseOptionsHeaders": ".fly_http_response_options_headers",
    "FlyHTTPResponseOptionsHeadersAdditionalProperty": ".fly_http_response_options_headers_additional_property",
    "FlyMachineCacheDrive": ".fly_machine_cache_drive",
    "FlyMachineCheck": ".fly_machine_check",
    "FlyMachineCheckKind": ".fly_machine_check_kind",
    "FlyMachineConfig": ".fly_machine_config",
    "FlyMachineConfigChecks": ".fly_machine_config_checks",
    "FlyMachineConfigEnv": ".fly_machine_config_env",
    "FlyMachineConfigMetadata": ".fly_machine_config_metadata",
    "FlyMachineGuest": ".fly_machine_guest",
    "FlyMachineGuestPersistRootfs": ".fly_machine_guest_persist_rootfs",
    "FlyMachineHTTPHeader": ".fly_machine_http_header",
    "FlyMachineInit": ".fly_machine_init",
    "FlyMachineMetrics": ".fly_machine_metrics",
    "FlyMachineMount": ".fly_machine_mount",
    "FlyMachinePort": ".fly_machine_port",
    "FlyMachineProcess": ".fly_machine_process",
    "FlyMachineProcessEnv": ".fly_machine_process_env",
    "FlyMachineRestart": ".fly_machine_restart",
    "FlyMachineRestartPolicy": ".fly_machine_restart_policy",
    "FlyMachineRootfs": ".fly_machine_rootfs",
    "FlyMachineRootfsPersist": ".fly_machine_rootfs_persist",
    "FlyMachineSecret": ".fly_machine_secret",
    "FlyMachineService": ".fly_machine_service",
    "FlyMachineServiceAutostop": ".fly_machine_service_autostop",
    "FlyMachineServiceCheck": ".fly_machine_service_check",
    "FlyMachineServiceConcurrency": ".fly_machine_service_concurrency",
    "FlyMachineSpot": ".fly_machine_spot",
    "FlyProxyProtoOptions": ".fly_proxy_proto_options",
    "FlyReplayCache": ".fly_replay_cache",
    "FlyReplayCacheType": ".fly_replay_cache_type",
    "FlyStatic": ".fly_static",
    "FlyStopConfig": ".fly_stop_config",
    "FlyStopConfigSignal": ".fly_stop_config_signal",
    "FlyTCPHealthcheck": ".fly_tcp_healthcheck",
    "FlyTLSOptions": ".fly_tls_options",
    "FlyUnhealthyPolicy": ".fly_unhealthy_policy",
    "Flydv1ExecResponse": ".flydv_1_exec_response",
    "FlyioAccess": ".flyio_access",
    "ForkPostgresClusterRequest": ".fork_postgres_cluster_request",
    "GetPostgresUserCredentialsResponse": ".get_postgres_user_credentials_response",
    "ImageRef": ".image_ref",
    "ImageRefLabels": ".image_ref_labels",
    "IPAssignment": ".ip_assignment",
    "IPAssignmentNetwork": ".ip_assignment_network",
    "IPAssignmentType": ".ip_assignment_type",
    "IPPair": ".ip_pair",
    "IssuedCertificate": ".issued_certificate",
    "IssuedCertificateType": ".issued_certificate_type",
    "Lease": ".lease",
    "LeaseEnvelope": ".lease_envelope",
    "LeaseRefusal": ".lease_refusal",
    "LeaseReleaseEnvelope": ".lease_release_envelope",
    "LeaseReleaseEnvelopeData": ".lease_release_envelope_data",
    "ListAppsResponse": ".list_apps_response",
    "ListCertificatesResponse": ".list_certificates_response",
    "ListIPAssignmentsResponse": ".list_ip_assignments_response",
    "ListPostgresActiveQueriesResponse": ".list_postgres_active_queries_response",
    "ListPostgresBackupsResponse": ".list_postgres_backups_response",
    "ListPostgresClustersResponse": ".list_postgres_clusters_response",
    "ListPostgresDatabasesResponse": ".list_postgres_databases_response",
    "ListPostgresExtensionsResponse": ".list_postgres_extensions_response",
    "ListPostgresSlowQueriesResponse": ".list_postgres_slow_queries_response",
    "ListPostgresUsersResponse": ".list_postgres_users_response",
    "ListenSocket": ".listen_socket",
    "MacaroonCaveatSet": ".macaroon_caveat_set",
    "MacaroonCaveatSetCaveatsItem": ".macaroon_caveat_set_caveats_item",
    "MacaroonNonce": ".macaroon_nonce",
    "Machine": ".machine",
    "MachineEvent": ".machine_event",
    "MachineEventRequest": ".machine_event_request",
    "MachineExecRequest": ".machine_exec_request",
    "MachineHostStatus": ".machine_host_status",
    "MachineOverviewConfig": ".machine_overview_config",
    "MachineOverviewConfigMetadata": ".machine_overview_config_metadata",
    "MachineStartResponse": ".machine_start_response",
    "MachineVersion": ".machine_version",
    "MachinesRestartSignal": ".machines_restart_signal",
    "MachinesShowMetadataResponse200": ".machines_show_metadata_response_200",
    "MachinesWaitStateItem": ".machines_wait_state_item",
    "MainGetPlacementsRequest": ".main_get_placements_request",
    "MainGetPlacementsResponse": ".main_get_placements_response",
    "MainMemoryResponse": ".main_memory_response",
    "MainReclaimMemoryRequest": ".main_reclaim_memory_request",
    "MainReclaimMemoryResponse": ".main_reclaim_memory_response",
    "MainRegionResponse": ".main_region_response",
    "MainRegionRow": ".main_region_row",
    "MainSetMemoryLimitRequest": ".main_set_memory_limit_request",
    "MainStatusCode": ".main_status_code",
    "MainTokenAccess": ".main_token_access",
    "MainTokenInfo": ".main_token_info",
    "MetadataValueResponse": ".metadata_value_response",
    "OkResponse": ".ok_response",
    "OrgMachine": ".org_machine",
    "OrgMachinesResponse": ".org_machines_response",
    "OrgVolume": ".org_volume",
    "OrgVolumeHostStatus": ".org_volume_host_status",
    "OrgVolumeType": ".org_volume_type",
    "OrgVolumesResponse": ".org_volumes_response",
    "OrganizationRef": ".organization_ref",
    "OwnershipVerification": ".ownership_verification",
    "PlacementRegionPlacement": ".placement_region_placement",
    "PlacementWeights": ".placement_weights",
    "PostgresActiveQuery": ".postgres_active_query",
    "PostgresAttachedApp": ".postgres_attached_app",
    "PostgresAttachment": ".postgres_attachment",
    "PostgresBackup": ".postgres_backup",
    "PostgresBackupType": ".postgres_backup_type",
    "PostgresCluster": ".postgres_cluster",
    "PostgresClusterCpuKind": ".postgres_cluster_cpu_kind",
    "PostgresClusterEndpoints": ".postgres_cluster_endpoints",
    "PostgresClusterPgMajorVersion": ".postgres_cluster_pg_major_version",
    "PostgresClusterPlan": ".postgres_cluster_plan",
    "PostgresClusterStatus": ".postgres_cluster_status",
    "PostgresClusterSummary": ".postgres_cluster_summary",
    "PostgresClusterSummaryPlan": ".postgres_cluster_summary_plan",
    "PostgresClusterSummaryStatus": ".postgres_cluster_summary_status",
    "PostgresDatabase": ".postgres_database",
    "PostgresDatabaseResponse": ".postgres_database_response",
    "PostgresEndpoint": ".postgres_endpoint",
    "PostgresErrorResponse": ".postgres_error_response",
    "PostgresExtension": ".postgres_extension",
    "PostgresExtensionInstalledType0": ".postgres_extension_installed_type_0",
    "PostgresInstalledExtension": ".postgres_installed_extension",
    "PostgresNodeEndpoints": ".postgres_node_endpoints",
    "PostgresSlowQuery": ".postgres_slow_query",
    "PostgresUser": ".postgres_user",
    "PostgresUserCredentials": ".postgres_user_credentials",
    "PostgresUserRole": ".postgres_user_role",
    "ProcessStat": ".process_stat",
    "RessetAction": ".resset_action",
    "RestorePostgresClusterRequest": ".restore_postgres_cluster_request",
    "RootVerifiedToken": ".root_verified_token",
    "RotatePostgresPasswordRequest": ".rotate_postgres_password_request",
    "RotatePostgresPasswordResponse": ".rotate_postgres_password_response",
    "SecretKey": ".secret_key",
    "SecretKeys": ".secret_keys",
    "SetAppSecretRequest": ".set_app_secret_request",
    "SetAppSecretResponse": ".set_app_secret_response",
    "SetSecretkeyRequest": ".set_secretkey_request",
    "SetSecretkeyResponse": ".set_secretkey_response",
    "ShowPostgresClusterResponse": ".show_postgres_cluster_response",
    "SignSecretkeyRequest": ".sign_secretkey_request",
    "SignSecretkeyResponse": ".sign_secretkey_response",
    "SignalRequest": ".signal_request",
    "SignalRequestSignal": ".signal_request_signal",
    "StopRequest": ".stop_request",
    "StopRequestSignal": ".stop_request_signal",
    "StrippedLease": ".stripped_lease",
    "UpdateMachineRequest": ".update_machine_request",
    "UpdateMetadataRequest": ".update_metadata_request",
    "UpdateMetadataRequestMetadata": ".update_metadata_request_metadata",
    "UpdatePostgresUserRoleRequest": ".update_postgres_user_role_request",
    "UpdatePostgresUserRoleRequestRole": ".update_postgres_user_role_request_role",
    "UpdateVolumeRequest": ".update_volume_request",
    "UpsertMetadataKeyRequest": ".upsert_metadata_key_request",
    "VerifySecretkeyRequest": ".verify_secretkey_request",
    "Volume": ".volume",
    "VolumeHostStatus": ".volume_host_status",
    "VolumeSnapshot": ".volume_snapshot",
    "VolumeType": ".volume_type",
    "WaitMachineResponse": ".wait_machine_response",
}


if not TYPE_CHECKING:  # type checkers read the imports above, and flag a name not there

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # the next lookup does not come here
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "AcmeChallenge",
    "App",
    "AppOrganizationInfo",
    "AppSecret",
    "AppSecrets",
    "AppSecretsUpdateRequest",
    "AppSecretsUpdateRequestValues",
    "AppSecretsUpdateResp",
    "AssignIPRequest",
    "AssignIPResponse",
    "AuthenticateTokenRequest",
    "AuthorizeResponse",
    "AuthorizeTokenRequest",
    "CertificateCheckResponse",
    "CertificateDetail",
    "CertificateEntry",
    "CertificateEntrySource",
    "CertificateEntryStatus",
    "CertificateSummary",
    "CertificateValidation",
    "CertificateValidationError",
    "CheckStatus",
    "CreateAcmeCertificateRequest",
    "CreateAppDeployTokenRequest",
    "CreateAppDeployTokenResponse",
    "CreateAppRequest",
    "CreateAppResponse",
    "CreateCustomCertificateRequest",
    "CreateLeaseRequest",
    "CreateMachineRequest",
    "CreateOIDCTokenRequest",
    "CreatePostgresAttachmentRequest",
    "CreatePostgresAttachmentResponse",
    "CreatePostgresBackupRequest",
    "CreatePostgresBackupRequestType",
    "CreatePostgresClusterRequest",
    "CreatePostgresClusterRequestPgMajorVersion",
    "CreatePostgresClusterRequestPlan",
    "CreatePostgresClusterRequestPoolMode",
    "CreatePostgresDatabaseRequest",
    "CreatePostgresUserRequest",
    "CreatePostgresUserRequestRole",
    "CreatePostgresUserResponse",
    "CreateVolumeRequest",
    "CurrentTokenResponse",
    "DecryptSecretkeyRequest",
    "DecryptSecretkeyResponse",
    "DeleteAppSecretResponse",
    "DeleteSecretkeyResponse",
    "DestroyCustomCertificateResponse",
    "DNSRecords",
    "DNSRequirements",
    "EnablePostgresExtensionRequest",
    "EncryptSecretkeyRequest",
    "EncryptSecretkeyResponse",
    "ErrorResponse",
    "ErrorResponseDetails",
    "ExtendVolumeRequest",
    "ExtendVolumeResponse",
    "FlyContainerConfig",
    "FlyContainerConfigEnv",
    "FlyContainerDependency",
    "FlyContainerDependencyCondition",
    "FlyContainerHealthcheck",
    "FlyContainerHealthcheckKind",
    "FlyContainerHealthcheckScheme",
    "FlyDNSConfig",
    "FlyDnsForwardRule",
    "FlyDnsOption",
    "Flydv1ExecResponse",
    "FlyEnvFrom",
    "FlyEnvFromFieldRef",
    "FlyExecHealthcheck",
    "FlyFile",
    "FlyHTTPHealthcheck",
    "FlyHTTPOptions",
    "FlyHTTPResponseOptions",
    "FlyHTTPResponseOptionsHeaders",
    "FlyHTTPResponseOptionsHeadersAdditionalProperty",
    "FlyioAccess",
    "FlyMachineCacheDrive",
    "FlyMachineCheck",
    "FlyMachineCheckKind",
    "FlyMachineConfig",
    "FlyMachineConfigChecks",
    "FlyMachineConfigEnv",
    "FlyMachineConfigMetadata",
    "FlyMachineGuest",
    "FlyMachineGuestPersistRootfs",
    "FlyMachineHTTPHeader",
    "FlyMachineInit",
    "FlyMachineMetrics",
    "FlyMachineMount",
    "FlyMachinePort",
    "FlyMachineProcess",
    "FlyMachineProcessEnv",
    "FlyMachineRestart",
    "FlyMachineRestartPolicy",
    "FlyMachineRootfs",
    "FlyMachineRootfsPersist",
    "FlyMachineSecret",
    "FlyMachineService",
    "FlyMachineServiceAutostop",
    "FlyMachineServiceCheck",
    "FlyMachineServiceConcurrency",
    "FlyMachineSpot",
    "FlyProxyProtoOptions",
    "FlyReplayCache",
    "FlyReplayCacheType",
    "FlyStatic",
    "FlyStopConfig",
    "FlyStopConfigSignal",
    "FlyTCPHealthcheck",
    "FlyTLSOptions",
    "FlyUnhealthyPolicy",
    "ForkPostgresClusterRequest",
    "GetPostgresUserCredentialsResponse",
    "ImageRef",
    "ImageRefLabels",
    "IPAssignment",
    "IPAssignmentNetwork",
    "IPAssignmentType",
    "IPPair",
    "IssuedCertificate",
    "IssuedCertificateType",
    "Lease",
    "LeaseEnvelope",
    "LeaseRefusal",
    "LeaseReleaseEnvelope",
    "LeaseReleaseEnvelopeData",
    "ListAppsResponse",
    "ListCertificatesResponse",
    "ListenSocket",
    "ListIPAssignmentsResponse",
    "ListPostgresActiveQueriesResponse",
    "ListPostgresBackupsResponse",
    "ListPostgresClustersResponse",
    "ListPostgresDatabasesResponse",
    "ListPostgresExtensionsResponse",
    "ListPostgresSlowQueriesResponse",
    "ListPostgresUsersResponse",
    "MacaroonCaveatSet",
    "MacaroonCaveatSetCaveatsItem",
    "MacaroonNonce",
    "Machine",
    "MachineEvent",
    "MachineEventRequest",
    "MachineExecRequest",
    "MachineHostStatus",
    "MachineOverviewConfig",
    "MachineOverviewConfigMetadata",
    "MachinesRestartSignal",
    "MachinesShowMetadataResponse200",
    "MachineStartResponse",
    "MachinesWaitStateItem",
    "MachineVersion",
    "MainGetPlacementsRequest",
    "MainGetPlacementsResponse",
    "MainMemoryResponse",
    "MainReclaimMemoryRequest",
    "MainReclaimMemoryResponse",
    "MainRegionResponse",
    "MainRegionRow",
    "MainSetMemoryLimitRequest",
    "MainStatusCode",
    "MainTokenAccess",
    "MainTokenInfo",
    "MetadataValueResponse",
    "OkResponse",
    "OrganizationRef",
    "OrgMachine",
    "OrgMachinesResponse",
    "OrgVolume",
    "OrgVolumeHostStatus",
    "OrgVolumesResponse",
    "OrgVolumeType",
    "OwnershipVerification",
    "PlacementRegionPlacement",
    "PlacementWeights",
    "PostgresActiveQuery",
    "PostgresAttachedApp",
    "PostgresAttachment",
    "PostgresBackup",
    "PostgresBackupType",
    "PostgresCluster",
    "PostgresClusterCpuKind",
    "PostgresClusterEndpoints",
    "PostgresClusterPgMajorVersion",
    "PostgresClusterPlan",
    "PostgresClusterStatus",
    "PostgresClusterSummary",
    "PostgresClusterSummaryPlan",
    "PostgresClusterSummaryStatus",
    "PostgresDatabase",
    "PostgresDatabaseResponse",
    "PostgresEndpoint",
    "PostgresErrorResponse",
    "PostgresExtension",
    "PostgresExtensionInstalledType0",
    "PostgresInstalledExtension",
    "PostgresNodeEndpoints",
    "PostgresSlowQuery",
    "PostgresUser",
    "PostgresUserCredentials",
    "PostgresUserRole",
    "ProcessStat",
    "RessetAction",
    "RestorePostgresClusterRequest",
    "RootVerifiedToken",
    "RotatePostgresPasswordRequest",
    "RotatePostgresPasswordResponse",
    "SecretKey",
    "SecretKeys",
    "SetAppSecretRequest",
    "SetAppSecretResponse",
    "SetSecretkeyRequest",
    "SetSecretkeyResponse",
    "ShowPostgresClusterResponse",
    "SignalRequest",
    "SignalRequestSignal",
    "SignSecretkeyRequest",
    "SignSecretkeyResponse",
    "StopRequest",
    "StopRequestSignal",
    "StrippedLease",
    "UpdateMachineRequest",
    "UpdateMetadataRequest",
    "UpdateMetadataRequestMetadata",
    "UpdatePostgresUserRoleRequest",
    "UpdatePostgresUserRoleRequestRole",
    "UpdateVolumeRequest",
    "UpsertMetadataKeyRequest",
    "VerifySecretkeyRequest",
    "Volume",
    "VolumeHostStatus",
    "VolumeSnapshot",
    "VolumeType",
    "WaitMachineResponse",
)
