"""Signing a workspace in to a sync server, and opening the API for a signed-in workspace.

A workspace is bound to one server, one organisation and one user. Logging in fetches a device token
(kept in the OS keychain, never the password); the first sync then brings the organisation's staff
and the user's caseload. A workspace that already holds another organisation's data (one built
offline, or the demo) cannot be bound: its records would mix with the server's. Use a new data folder.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.host.keystore import KeyStoreError
from app.host.tokens import TokenStore
from app.storage.models import Organisation
from app.storage.uow import UnitOfWork
from app.sync.engine import (
    K_CURSOR,
    K_DEVICE,
    K_INSECURE,
    K_ORG,
    K_PULL,
    K_SCOPE,
    K_SERVER,
    K_USER,
    K_USERNAME,
    bound_server,
    get_setting,
    set_setting,
)
from app.sync.protocol import LoginResponse
from app.sync.transport import AuthRequired, ServerApi, SyncError, check_url


def log_in(
    uow: UnitOfWork,
    server_url: str,
    username: str,
    password: str,
    device_name: str,
    *,
    allow_insecure: bool = False,
    tokens: TokenStore | None = None,
    api_factory: Any = ServerApi,
) -> LoginResponse:
    """Log in and bind the workspace (or re-bind after a revoked/expired token). Raises
    :class:`SyncError` (``workspace_other_organisation``, ``workspace_other_user``, login failures)."""
    tokens = tokens or TokenStore()
    url = check_url(server_url, allow_insecure)
    api = api_factory(url, allow_insecure=allow_insecure)
    try:
        api.info()
        answer: LoginResponse = api.login(username, password, device_name)
        try:
            _check_binding(uow, url, answer)
            tokens.save(answer.device_id, answer.token)
        except (SyncError, KeyStoreError):
            api.logout()  # do not leave a live token behind that nobody holds
            raise
    finally:
        api.close()
    previous = bound_server(uow)
    if previous and previous["device_id"] and previous["device_id"] != answer.device_id:
        tokens.forget(previous["device_id"])
    with uow.begin(None) as s:
        same_server = get_setting(s, K_SERVER) == url
        set_setting(s, K_SERVER, url)
        set_setting(s, K_DEVICE, answer.device_id)
        set_setting(s, K_USER, answer.user.id)
        set_setting(s, K_USERNAME, answer.user.username)
        set_setting(s, K_ORG, answer.user.organisation_id)
        set_setting(s, K_INSECURE, allow_insecure or None)
        if not same_server:
            for key in (K_CURSOR, K_SCOPE, K_PULL):
                set_setting(s, key, None)
    return answer


def _check_binding(uow: UnitOfWork, url: str, answer: LoginResponse) -> None:
    with uow.read() as s:
        bound_user = get_setting(s, K_USER)
        bound_url = get_setting(s, K_SERVER)
        orgs = list(s.scalars(select(Organisation.id)))
    if bound_user is not None and (bound_user != answer.user.id or bound_url != url):
        raise SyncError(
            "workspace_other_user",
            "this workspace belongs to another user or server; use a new data folder",
        )
    if any(org != answer.user.organisation_id for org in orgs):
        raise SyncError(
            "workspace_other_organisation",
            "this workspace holds another organisation's records (built offline or a demo); "
            "log in from a new data folder",
        )


def open_api(uow: UnitOfWork, *, tokens: TokenStore | None = None, **kwargs: Any) -> ServerApi:
    """The API for the server this workspace is bound to, with its device token from the keychain.
    Raises :class:`AuthRequired` when there is no binding or no token (log in)."""
    bound = bound_server(uow)
    if bound is None or not bound["device_id"]:
        raise AuthRequired("not_logged_in", "this workspace is not signed in to a server")
    token = (tokens or TokenStore()).load(bound["device_id"])
    if token is None:
        raise AuthRequired("token_missing", "no device token in the keychain; log in again")
    return ServerApi(bound["server"], token, allow_insecure=bound["allow_insecure"], **kwargs)


def log_out(uow: UnitOfWork, *, tokens: TokenStore | None = None) -> None:
    """Revoke this device's token (when the server is reachable) and forget it here. Unsynced
    changes stay in the workspace."""
    tokens = tokens or TokenStore()
    bound = bound_server(uow)
    if bound is None or not bound["device_id"]:
        return
    try:
        api = open_api(uow, tokens=tokens, retries=1)
        try:
            api.logout()
        finally:
            api.close()
    except SyncError:
        pass  # offline or already revoked: forgetting the token here is what matters
    tokens.forget(bound["device_id"])
