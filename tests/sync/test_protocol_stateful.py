"""A Hypothesis state machine over the protocol itself: three devices that follow it by the book
(keep a copy, push dirty rows with their base version, pull since a cursor, never overwrite a dirty
row), doing random edits, deletes, pushes, pulls and batch replays against the real server
application (in process, SQLite). Invariants at every step, and at the end — after everyone has
pushed and pulled — every copy equals the server and no written value was lost."""

from __future__ import annotations

import json
import tempfile
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
from fastapi.testclient import TestClient
from harness import PASSWORD, admin_engine_for, make_org
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.server.api import create_app
from app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

FIELDS = ("name", "address", "notes")
DB = Path(tempfile.mkdtemp(prefix="cd-stateful-")) / "server.db"


class VirtualDevice:
    def __init__(self, http: TestClient, username: str):
        answer = http.post(
            "/api/v1/auth/login",
            json={"username": username, "password": PASSWORD},
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        )
        assert answer.status_code == 200, answer.text
        self.http = http
        self.headers = {
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            "Authorization": f"Bearer {answer.json()['token']}",
        }
        self.rows: dict[str, dict[str, Any]] = {}  # id -> {"version", "data", "dirty"}
        self.cursor = 0
        self.last_batch: dict[str, Any] | None = None
        self.last_answer: dict[str, Any] | None = None


class ProtocolMachine(RuleBasedStateMachine):
    engine = None

    def __init__(self) -> None:
        super().__init__()
        if ProtocolMachine.engine is None:
            DB.unlink(missing_ok=True)
            ProtocolMachine.engine = admin_engine_for(f"sqlite:///{DB}")
        self.org = make_org(ProtocolMachine.engine, coaches=1)
        self.http = TestClient(create_app(ProtocolMachine.engine))
        self.devices = [VirtualDevice(self.http, self.org.users[u]) for u in ("coach1", "coach1", "sup")]
        self.written: dict[tuple[str, str], set[Any]] = defaultdict(set)
        self.replaced: dict[tuple[str, str], set[Any]] = defaultdict(set)
        self.counter = 0
        self.seen_versions: list[tuple[int, str]] = []
        # two shared records everybody starts with, so clashes are common
        for _ in range(2):
            self.create(0)
        self.push(0)
        for d in range(3):
            self.pull(d, 10)

    # -- actions -------------------------------------------------------------------------------------

    @rule(d=st.integers(0, 2))
    def create(self, d: int) -> None:
        dev = self.devices[d]
        rid = str(uuid.uuid4())
        data = {f: self._value(d) for f in FIELDS} | {"deleted_at": None}
        for f in FIELDS:
            self.written[(rid, f)].add(data[f])
        dev.rows[rid] = {"version": 0, "data": data, "dirty": True}

    @precondition(lambda self: any(dev.rows for dev in self.devices))
    @rule(d=st.integers(0, 2), pick=st.integers(0, 10**6), field=st.sampled_from(FIELDS))
    def edit(self, d: int, pick: int, field: str) -> None:
        dev = self.devices[d]
        if not dev.rows:
            return
        rid = sorted(dev.rows)[pick % len(dev.rows)]
        row = dev.rows[rid]
        value = self._value(d)
        self.replaced[(rid, field)].add(row["data"][field])
        self.written[(rid, field)].add(value)
        row["data"] = dict(row["data"], **{field: value})
        row["dirty"] = True

    @precondition(lambda self: any(dev.rows for dev in self.devices))
    @rule(d=st.integers(0, 2), pick=st.integers(0, 10**6))
    def delete(self, d: int, pick: int) -> None:
        dev = self.devices[d]
        if not dev.rows:
            return
        rid = sorted(dev.rows)[pick % len(dev.rows)]
        dev.rows[rid]["data"] = dict(
            dev.rows[rid]["data"], deleted_at=f"2026-11-{pick % 28 + 1:02d}T00:00:00"
        )
        dev.rows[rid]["dirty"] = True

    @rule(d=st.integers(0, 2))
    def push(self, d: int) -> None:
        dev = self.devices[d]
        dirty = {rid: row for rid, row in dev.rows.items() if row["dirty"]}
        batch = {
            "batch_id": uuid.uuid4().hex,
            "rows": [
                {"table": "employers", "id": rid, "base_version": row["version"], "data": row["data"]}
                for rid, row in sorted(dirty.items())
            ],
        }
        answer = self.http.post("/api/v1/sync/push", json=batch, headers=dev.headers)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert not body["replayed"]
        for sent, result in zip(batch["rows"], body["results"], strict=True):
            assert result["status"] in ("applied", "merged", "conflict", "unchanged"), result
            row = result["row"]
            assert row["id"] == sent["id"]
            self.seen_versions.append((row["version"], row["id"]))
            dev.rows[sent["id"]] = {"version": row["version"], "data": row["data"], "dirty": False}
        dev.last_batch, dev.last_answer = batch, body

    @precondition(lambda self: any(dev.last_batch for dev in self.devices))
    @rule(d=st.integers(0, 2))
    def replay(self, d: int) -> None:
        dev = self.devices[d]
        if dev.last_batch is None:
            return
        answer = self.http.post("/api/v1/sync/push", json=dev.last_batch, headers=dev.headers).json()
        assert answer["replayed"] is True
        assert answer["results"] == dev.last_answer["results"]  # the first answer, nothing applied again

    @rule(d=st.integers(0, 2), limit=st.integers(1, 5))
    def pull(self, d: int, limit: int) -> None:
        dev = self.devices[d]
        while True:
            page = self.http.get(
                "/api/v1/sync/pull", params={"since": dev.cursor, "limit": limit}, headers=dev.headers
            ).json()
            versions = [r["version"] for r in page["rows"]]
            assert versions == sorted(versions) and all(v > dev.cursor for v in versions)
            for r in page["rows"]:
                if r["table"] != "employers":
                    continue
                mine = dev.rows.get(r["id"])
                if mine is not None and (mine["dirty"] or mine["version"] >= r["version"]):
                    continue
                dev.rows[r["id"]] = {"version": r["version"], "data": r["data"], "dirty": False}
            dev.cursor = page["next_cursor"]
            if not page["has_more"]:
                break

    # -- invariants ----------------------------------------------------------------------------------

    @invariant()
    def a_version_names_one_row_and_grows(self) -> None:
        owner: dict[int, str] = {}
        latest: dict[str, int] = {}
        for version, rid in self.seen_versions:
            assert owner.setdefault(version, rid) == rid  # one version, one row
            assert version >= latest.get(rid, 0)  # a row's version never goes back
            latest[rid] = version

    def teardown(self) -> None:
        # everybody comes online: push and pull until settled, then all copies equal the server's
        for _ in range(3):
            for d in range(3):
                self.push(d)
                self.pull(d, 50)
        server = {}
        page = self.http.get(
            "/api/v1/sync/pull", params={"since": 0, "limit": 2000}, headers=self.devices[2].headers
        ).json()
        for r in page["rows"]:
            if r["table"] == "employers":
                server[r["id"]] = (r["version"], r["data"])
        for dev in self.devices:
            assert {rid: (row["version"], row["data"]) for rid, row in dev.rows.items()} == server
        kept: dict[tuple[str, str], set[Any]] = defaultdict(set)
        for r in page["rows"]:
            if r["table"] == "sync_conflicts":
                c = r["data"]
                kept[(c["row_id"], c["field"])] |= {
                    json.loads(c["client_value"]),
                    json.loads(c["server_value"]),
                }
        for key, values in self.written.items():
            final = server[key[0]][1][key[1]]
            for value in values:
                assert value == final or value in self.replaced[key] or value in kept[key], (
                    key,
                    value,
                    final,
                )
        self.http.close()

    def _value(self, d: int) -> str:
        self.counter += 1
        return f"d{d}-{self.counter}"


ProtocolMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_protocol_state_machine = ProtocolMachine.TestCase
