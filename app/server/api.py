"""The HTTP API (FastAPI): login, and pull / push / summary / digest for the signed-in device.

One request is one database transaction. Every endpoint but ``/info`` and ``/auth/login`` needs a
device token (``Authorization: Bearer …``); every sync endpoint checks the client's protocol version
(header ``X-CoachDesk-Protocol``). Errors are JSON ``{"code", "message"}`` with a stable code. The
OpenAPI schema is at ``/openapi.json`` (and ``coachdesk-server openapi`` prints it).

The process keeps no state between requests, so several can run behind a reverse proxy (which
terminates TLS) over one PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

import app
from app.server import accounts
from app.server.accounts import AuthError
from app.server.db import session_factory
from app.server.models import Account
from app.server.sync import Caller, Rejected, SyncCore
from app.sync.protocol import (
    MIN_CLIENT_PROTOCOL,
    PROTOCOL_HEADER,
    ChangeSummary,
    Digest,
    ErrorBody,
    LoginRequest,
    LoginResponse,
    PullPage,
    PushBatch,
    PushResponse,
    ScopeAnswer,
    ScopeCheck,
    ServerInfo,
    UserInfo,
)

PREFIX = "/api/v1"


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "no valid device token"},
    403: {"model": ErrorBody, "description": "not allowed"},
    409: {"model": ErrorBody, "description": "conflicting request"},
    426: {"model": ErrorBody, "description": "client protocol too old"},
    503: {"model": ErrorBody, "description": "database busy; retry"},
}


def bearer(authorization: Annotated[str | None, Header()] = None) -> str | None:
    """The device token of ``Authorization: Bearer …``."""
    return authorization.removeprefix("Bearer ").strip() if authorization else None


# Module level: FastAPI resolves these (string) annotations in the module's namespace.
Token = Annotated[str | None, Depends(bearer)]


def create_app(engine: Engine) -> FastAPI:
    """The application over an already migrated database."""
    factory = session_factory(engine)
    api = FastAPI(
        title="CoachDesk sync server",
        version=app.__version__,
        description="Offline-first sync for CoachDesk. See the protocol in app/sync/protocol.py.",
    )

    @api.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(status_code=exc.status, content={"code": exc.code, "message": exc.message})

    @api.exception_handler(OperationalError)
    async def _db_busy(_request: Request, exc: OperationalError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"code": "database_busy", "message": "retry later"})

    def protocol(version: Annotated[int | None, Header(alias=PROTOCOL_HEADER)] = None) -> None:
        if version is None or version < MIN_CLIENT_PROTOCOL:
            raise ApiError(
                426, "protocol_too_old", f"this server needs protocol {MIN_CLIENT_PROTOCOL} or newer"
            )

    synced = [Depends(protocol)]

    @contextmanager
    def transaction(token: str | None) -> Iterator[tuple[Session, Caller]]:
        """One request's transaction, committed before the answer leaves (or rolled back)."""
        with factory() as session, session.begin():
            try:
                acc, _device = accounts.authenticate(session, token)
            except AuthError as exc:
                raise ApiError(401, exc.code, "sign in again") from exc
            yield session, Caller(acc)

    @api.get(f"{PREFIX}/info", response_model=ServerInfo)
    def info() -> ServerInfo:
        return ServerInfo(app_version=app.__version__)

    @api.post(f"{PREFIX}/auth/login", response_model=LoginResponse, responses=_ERRORS, dependencies=synced)
    def login(body: LoginRequest) -> LoginResponse:
        with factory() as session, session.begin():
            try:
                issued = accounts.login(session, body.username, body.password, body.device_name)
            except AuthError as exc:  # never say which part was wrong
                raise ApiError(401, exc.code, "user name or password not accepted") from exc
            return LoginResponse(
                token=issued.token,
                device_id=issued.device.id,
                expires_at=issued.device.expires_at.isoformat(),
                user=_user_info(issued.account),
            )

    @api.post(f"{PREFIX}/auth/logout", status_code=204, responses=_ERRORS, dependencies=synced)
    def logout(token: Token) -> None:
        with transaction(token) as (session, _who):
            _acc, device = accounts.authenticate(session, token)
            accounts.revoke_device(session, device.id)

    @api.get(f"{PREFIX}/auth/me", response_model=UserInfo, responses=_ERRORS, dependencies=synced)
    def me(token: Token) -> UserInfo:
        with transaction(token) as (_session, who):
            return _user_info(who.account)

    @api.get(f"{PREFIX}/sync/pull", response_model=PullPage, responses=_ERRORS, dependencies=synced)
    def pull(
        token: Token,
        since: Annotated[int, Query(ge=0, le=2**53)] = 0,
        limit: Annotated[int, Query(ge=1, le=2000)] = 500,
    ) -> PullPage:
        with transaction(token) as (session, who):
            return SyncCore(session, who).pull(since, limit)

    @api.get(f"{PREFIX}/sync/summary", response_model=ChangeSummary, responses=_ERRORS, dependencies=synced)
    def summary(token: Token, since: Annotated[int, Query(ge=0, le=2**53)] = 0) -> ChangeSummary:
        with transaction(token) as (session, who):
            return SyncCore(session, who).summary(since)

    @api.get(f"{PREFIX}/sync/digest", response_model=Digest, responses=_ERRORS, dependencies=synced)
    def digest(token: Token) -> Digest:
        with transaction(token) as (session, who):
            return SyncCore(session, who).digest()

    @api.post(
        f"{PREFIX}/sync/scope-check", response_model=ScopeAnswer, responses=_ERRORS, dependencies=synced
    )
    def scope_check(body: ScopeCheck, token: Token) -> ScopeAnswer:
        with transaction(token) as (session, who):
            return ScopeAnswer(out_of_scope=SyncCore(session, who).scope_check(body.client_ids))

    @api.post(f"{PREFIX}/sync/push", response_model=PushResponse, responses=_ERRORS, dependencies=synced)
    def push(batch: PushBatch, token: Token) -> PushResponse:
        with transaction(token) as (session, who):
            try:
                return SyncCore(session, who).push(batch)
            except Rejected as exc:
                raise ApiError(409, exc.code, "this batch id was used by another account") from exc

    return api


def _user_info(acc: Account) -> UserInfo:
    return UserInfo(
        id=acc.id,
        username=acc.username,
        display_name=acc.display_name,
        role=acc.role,  # type: ignore[arg-type]
        organisation_id=acc.organisation_id,
    )
