"""Contains endpoint functions for accessing the API"""

# fly-machines template change: the facts of every operation of this tag, as data
# (importing this package imports none of the operation modules).
from ...types import Operation

OPERATIONS: tuple[Operation, ...] = (
    Operation(
        id="Tokens_authenticate",
        method="POST",
        path="/v1/tokens/authenticate",
        module="fly_machines_api.api.tokens.tokens_authenticate",
        path_parameters=(),
        query_parameters=(),
        accepts_nonce=False,
        body="AuthenticateTokenRequest",
        success=((200, "list[RootVerifiedToken]"),),
    ),
    Operation(
        id="Tokens_authorize",
        method="POST",
        path="/v1/tokens/authorize",
        module="fly_machines_api.api.tokens.tokens_authorize",
        path_parameters=(),
        query_parameters=(),
        accepts_nonce=False,
        body="AuthorizeTokenRequest",
        success=((200, "AuthorizeResponse"),),
    ),
    Operation(
        id="CurrentToken_show",
        method="GET",
        path="/v1/tokens/current",
        module="fly_machines_api.api.tokens.current_token_show",
        path_parameters=(),
        query_parameters=(),
        accepts_nonce=False,
        body=None,
        success=((200, "CurrentTokenResponse"),),
    ),
    Operation(
        id="Tokens_request_Kms",
        method="POST",
        path="/v1/tokens/kms",
        module="fly_machines_api.api.tokens.tokens_request_kms",
        path_parameters=(),
        query_parameters=(),
        accepts_nonce=False,
        body=None,
        success=((200, "str"),),
    ),
    Operation(
        id="Tokens_request_OIDC",
        method="POST",
        path="/v1/tokens/oidc",
        module="fly_machines_api.api.tokens.tokens_request_oidc",
        path_parameters=(),
        query_parameters=(),
        accepts_nonce=False,
        body="CreateOIDCTokenRequest",
        success=((200, "str"),),
    ),
)
