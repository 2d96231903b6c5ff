"""Talking to the sync server over HTTP (httpx): typed calls, coded errors, bounded retries.

Plain ``http://`` is refused except to this machine (``localhost``, ``127.0.0.1``, ``::1``) unless the
caller explicitly allows it: tokens and personal data travel in these requests. Requests that are safe
to repeat (every GET, and a push — its batch id makes a retry harmless) are retried a few times on a
dropped connection or a busy server; an error the user must act on is raised at once.
"""

from __future__ import annotations

import time
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel

from app.domain.errors import CodedError
from app.sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ChangeSummary,
    Digest,
    LoginRequest,
    LoginResponse,
    PullPage,
    PushBatch,
    PushResponse,
    ScopeAnswer,
    ScopeCheck,
    ServerInfo,
)

M = TypeVar("M", bound=BaseModel)
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
AUTH_CODES = {"token_missing", "token_invalid", "token_revoked", "token_expired", "account_disabled"}


class SyncError(CodedError):
    """A sync problem with a stable code (the GUI translates it)."""

    def __init__(self, code: str, message: str, **params: Any):
        super().__init__(message, code=code, params=params)


class AuthRequired(SyncError):
    """The server does not accept this device any more (revoked, expired, disabled): log in again.
    Unsynced work stays on the device."""


class ServerUnreachable(SyncError):
    """The server could not be reached or kept failing; try again later (nothing is lost)."""


class InsecureServer(SyncError):
    """A plain-HTTP address to another machine, without explicit permission."""


class ProtocolMismatch(SyncError):
    """This CoachDesk and the server do not speak a common protocol version."""


def check_url(url: str, allow_insecure: bool = False) -> str:
    """The server's base URL, normalised; raises :class:`InsecureServer` for remote plain HTTP."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError("bad_server_url", f"not a server address: {url!r}")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS and not allow_insecure:
        raise InsecureServer(
            "insecure_server",
            "refusing plain http:// to another machine (use https://, or allow it explicitly)",
        )
    return url.strip().rstrip("/")


class ServerApi:
    """The sync server's API for one base URL and (once logged in) one device token."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        allow_insecure: bool = False,
        timeout: float = 30.0,
        retries: int = 3,
        transport: httpx.BaseTransport | None = None,
    ):
        self.base_url = check_url(base_url, allow_insecure)
        self.token = token
        self.retries = retries
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport)

    def close(self) -> None:
        self._http.close()

    def _headers(self) -> dict[str, str]:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _call(
        self, method: str, path: str, model: type[M], *, body: BaseModel | None = None, **params: Any
    ) -> M:
        attempts = max(1, self.retries)
        for attempt in range(attempts):
            try:
                response = self._http.request(
                    method,
                    f"/api/v1{path}",
                    headers=self._headers() | ({"Content-Type": "application/json"} if body else {}),
                    params=params or None,
                    content=body.model_dump_json() if body is not None else None,
                )
            except httpx.TransportError as exc:
                if attempt + 1 < attempts:
                    time.sleep(min(2.0, 0.2 * 2**attempt))
                    continue
                raise ServerUnreachable("server_unreachable", f"{type(exc).__name__}") from exc
            if response.status_code in (502, 503, 504) and attempt + 1 < attempts:
                time.sleep(min(2.0, 0.2 * 2**attempt))
                continue
            return self._answer(response, model)
        raise ServerUnreachable("server_unreachable", "no answer")  # pragma: no cover - loop returns

    def _answer(self, response: httpx.Response, model: type[M]) -> M:
        if response.is_success:
            return model.model_validate_json(response.content)
        code, message = f"http_{response.status_code}", response.reason_phrase
        try:
            body = response.json()
            code, message = str(body.get("code", code)), str(body.get("message", message))
        except ValueError:
            pass
        if response.status_code == 401 or code in AUTH_CODES:
            raise AuthRequired(code, message)
        if response.status_code == 426:
            raise ProtocolMismatch(code, message)
        if response.status_code >= 500:
            raise ServerUnreachable(code, message)
        raise SyncError(code, message)

    def info(self) -> ServerInfo:
        info = self._call("GET", "/info", ServerInfo)
        if info.min_client_protocol > PROTOCOL_VERSION:
            raise ProtocolMismatch(
                "client_too_old", f"the server needs protocol {info.min_client_protocol}; update CoachDesk"
            )
        return info

    def login(self, username: str, password: str, device_name: str) -> LoginResponse:
        request = LoginRequest(username=username, password=password, device_name=device_name)
        # A login is not retried: a second one would create a second device.
        saved, self.retries = self.retries, 1
        try:
            answer = self._call("POST", "/auth/login", LoginResponse, body=request)
        finally:
            self.retries = saved
        self.token = answer.token
        return answer

    def logout(self) -> None:
        response = self._http.post("/api/v1/auth/logout", headers=self._headers())
        if response.status_code not in (204, 401):
            self._answer(response, ServerInfo)

    def pull(self, since: int, limit: int = 500) -> PullPage:
        return self._call("GET", "/sync/pull", PullPage, since=since, limit=limit)

    def summary(self, since: int) -> ChangeSummary:
        return self._call("GET", "/sync/summary", ChangeSummary, since=since)

    def digest(self) -> Digest:
        return self._call("GET", "/sync/digest", Digest)

    def scope_check(self, client_ids: list[str]) -> list[str]:
        return self._call(
            "POST", "/sync/scope-check", ScopeAnswer, body=ScopeCheck(client_ids=client_ids)
        ).out_of_scope

    def push(self, batch: PushBatch) -> PushResponse:
        return self._call("POST", "/sync/push", PushResponse, body=batch)
