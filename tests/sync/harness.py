"""Test harness for sync: a real ``coachdesk-server`` process on loopback (SQLite file or a fresh
PostgreSQL database), its administration done through the same functions as its CLI, and "devices":
real encrypted workspaces signed in to the server.

Device tokens live in :class:`MemoryTokens` here (the OS keychain is exercised by the CLI test in
``test_cli_sync.py``); everything else is the real thing.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, select, text

from app.domain.records import ParticipantInput, SessionInput
from app.server import accounts
from app.server.db import make_engine, session_factory, upgrade
from app.services.workspace import Workspace
from app.sync.engine import SyncEngine, SyncReport
from app.sync.login import log_in, open_api
from app.sync.protocol import TABLES
from app.sync.transport import ServerApi, ServerUnreachable

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse 1"
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def postgres_available() -> bool:
    try:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", connect_timeout=3):
            return True
    except Exception:
        return False


@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test session, dropped afterwards."""
    import psycopg

    name = f"coachdesk_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(
            "host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class ServerProcess:
    """``coachdesk-server serve`` in a child process on 127.0.0.1, started and stopped by the test."""

    def __init__(self, db_url: str, log_dir: Path):
        self.db_url = db_url
        self.log_dir = log_dir
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> None:
        self.starts += 1
        log = open(self.log_dir / f"server-{self.port}-{self.starts}.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app.server.main", "--db", self.db_url, "serve", "--port", str(self.port)],
            cwd=REPO,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self.proc.returncode}; see {log.name}")
            try:
                if httpx.get(f"{self.url}/api/v1/info", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("the server did not answer within the time limit")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None

    def kill(self) -> None:
        """SIGKILL: the process dies wherever it is (mid-request included)."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)
        self.proc = None


class FaultyProxy:
    """An HTTP proxy on loopback between devices and the server that misbehaves on purpose: it drops
    requests (closes the connection before forwarding), drops responses (forwards, lets the server do
    the work, then closes without answering), and delays — each with a seeded probability."""

    def __init__(self, target: str, *, seed: int, drop_request: float, drop_response: float, delay: float):
        import http.server
        import random
        import threading

        self.target = target
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.odds = (drop_request, drop_response, delay)
        self.counts = {"forwarded": 0, "dropped_request": 0, "dropped_response": 0, "delayed": 0}
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: Any) -> None:
                pass

            def _relay(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with proxy.lock:
                    roll = proxy.rng.random()
                    pause = proxy.rng.uniform(0.01, 0.2)
                drop_req, drop_resp, delay = proxy.odds
                if roll < drop_req:
                    proxy.counts["dropped_request"] += 1
                    self.close_connection = True
                    self.connection.close()
                    return
                if roll < drop_req + delay:
                    proxy.counts["delayed"] += 1
                    time.sleep(pause)
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "content-length", "connection")
                }
                try:
                    answer = httpx.request(
                        self.command, proxy.target + self.path, headers=headers, content=body, timeout=30
                    )
                except httpx.TransportError:
                    self.close_connection = True
                    self.connection.close()
                    return
                if drop_req + delay <= roll < drop_req + delay + drop_resp:
                    proxy.counts["dropped_response"] += 1
                    self.close_connection = True
                    self.connection.close()
                    return
                proxy.counts["forwarded"] += 1
                self.send_response(answer.status_code)
                for key, value in answer.headers.items():
                    if key.lower() not in (
                        "content-length",
                        "transfer-encoding",
                        "connection",
                        "content-encoding",
                    ):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = _relay

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class MemoryTokens:
    """A token store in memory (for in-process devices)."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}

    def save(self, device_id: str, token: str) -> None:
        self.tokens[device_id] = token

    def load(self, device_id: str) -> str | None:
        return self.tokens.get(device_id)

    def forget(self, device_id: str) -> None:
        self.tokens.pop(device_id, None)


@dataclass
class Org:
    """An organisation on the server with a supervisor and two coaches in their team."""

    admin_engine: Engine
    name: str
    id: str
    users: dict[str, str] = field(default_factory=dict)  # short name → username
    ids: dict[str, str] = field(default_factory=dict)  # short name → account id

    def admin(self) -> Any:
        return session_factory(self.admin_engine)()


def make_org(admin_engine: Engine, *, coaches: int = 2) -> Org:
    tag = uuid.uuid4().hex[:8]
    factory = session_factory(admin_engine)
    with factory() as s, s.begin():
        org = accounts.create_organisation(s, f"测试中心-{tag}")
        result = Org(admin_engine, org.name, org.id)
        sup = accounts.create_user(s, org, f"sup-{tag}", "督导甲", "supervisor", PASSWORD)
        result.users["sup"], result.ids["sup"] = sup.username, sup.id
        adm = accounts.create_user(s, org, f"admin-{tag}", "管理员", "admin", PASSWORD)
        result.users["admin"], result.ids["admin"] = adm.username, adm.id
        for i in range(1, coaches + 1):
            coach = accounts.create_user(
                s, org, f"coach{i}-{tag}", f"辅导员{i}", "coach", PASSWORD, sup.username
            )
            result.users[f"coach{i}"], result.ids[f"coach{i}"] = coach.username, coach.id
    return result


def admin_engine_for(url: str) -> Engine:
    engine = make_engine(url)
    upgrade(engine)
    return engine


class Device:
    """One laptop: an encrypted workspace signed in to the server as one user."""

    def __init__(
        self, ws: Workspace, server_url: str, username: str, *, page_size: int = 500, batch_size: int = 200
    ):
        self.ws = ws
        self.tokens = MemoryTokens()
        self.server_url = server_url
        self.username = username
        self.page_size = page_size
        self.batch_size = batch_size
        answer = log_in(ws.ctx.uow, server_url, username, PASSWORD, "test laptop", tokens=self.tokens)
        self.user_id = answer.user.id
        self.sync()
        ws.people.sign_in(self.user_id)

    #: Talk to the server through this address instead (a faulty proxy); and keep trying when the
    #: network fails, as a person pressing "Sync" again would.
    via: str | None = None
    persist: bool = False
    failures: int = 0

    def engine(self, **kwargs: Any) -> SyncEngine:
        api = open_api(self.ws.ctx.uow, tokens=self.tokens, retries=kwargs.pop("retries", 3))
        if self.via is not None:
            api.close()
            api = ServerApi(self.via, api.token, retries=3, timeout=10)
        return SyncEngine(
            self.ws.ctx.uow, api, page_size=self.page_size, batch_size=self.batch_size, **kwargs
        )

    def sync(self, **kwargs: Any) -> SyncReport:
        allow = kwargs.pop("allow_deletions", False)
        attempts = 60 if self.persist else 1
        for attempt in range(attempts):
            engine = self.engine(**kwargs)
            try:
                return engine.run(allow_deletions=allow)
            except ServerUnreachable:
                self.failures += 1
                if attempt + 1 == attempts:
                    raise
                time.sleep(0.1)
            finally:
                engine.api.close()
        raise AssertionError("not reached")


def session_input(client_id: str, content: str) -> SessionInput:
    """A finalisable session record (one hour on site, the client taking part)."""
    return SessionInput(
        client_id,
        dt.date(2026, 11, 10),
        dt.time(9, 0),
        dt.time(10, 0),
        "in_person",
        "on_site_coaching",
        content=content,
        participants=(ParticipantInput("client", "服务对象"),),
        place="工作单位",
    )


def snapshot(ws: Workspace) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every synced row of a workspace (content and version), per table — for "all identical"."""
    from app.storage.wire import TABLE_OBJECTS, encode_row

    result: dict[str, dict[str, tuple[Any, ...]]] = {}
    with ws.ctx.uow.read() as s:
        for name in TABLES:
            table = TABLE_OBJECTS[name]
            rows = {}
            for row in s.execute(select(table)):
                data = encode_row(table, row)
                rows[row.id] = (
                    row.server_version,
                    row.dirty,
                    tuple(sorted(data.items(), key=lambda kv: kv[0])),
                )
            result[name] = rows
    return result


def server_rows(engine: Engine, organisation_id: str) -> dict[str, dict[str, tuple[int, dict[str, Any]]]]:
    from app.server.models import Record

    result: dict[str, dict[str, tuple[int, dict[str, Any]]]] = {}
    with session_factory(engine)() as s:
        for record in s.scalars(select(Record).where(Record.organisation_id == organisation_id)):
            result.setdefault(record.table_name, {})[record.id] = (record.version, record.data)
    return result


def raw_count(ws: Workspace, sql: str) -> int:
    with ws.ctx.uow.read() as s:
        return int(s.execute(text(sql)).scalar_one())
