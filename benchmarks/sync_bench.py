"""Benchmark: sync of a big caseload — server push throughput, a device's first sync, an incremental sync.

    .venv/bin/python benchmarks/sync_bench.py [--clients 10000] [--sessions 100000]
        [--backends sqlite,postgresql] [--rounds 3] [--seed 2026]
        [--json-out benchmarks/results/sync.json] [--keep DIR | --reuse DIR]

(``--keep DIR`` builds the desktop profile in DIR and keeps it; ``--reuse DIR`` reads such a profile
again without building it. The profile is built by ``caseload_bench.py``'s builder; it holds invented
data, passphrase ``benchmark-passphrase``.)

1. Data: a profile built with raw ``executemany`` inserts (caseload_bench's builder); every client is
   put into ONE coach's caseload (``assigned_coach_id`` rewritten on the wire rows); every synced row
   (tables in :data:`app.sync.protocol.TABLES` order, the server-owned ``organisations`` / ``users``
   left out) is read and encoded with :func:`app.storage.wire.encode_row`.
2. Per server backend (a SQLite file; a fresh PostgreSQL database on 127.0.0.1:5432 when one answers):
   migrate, create the organisation and the accounts with the profile's own ids (mirrored as
   ``organisations`` / ``users`` records, as the administration does) plus an admin account, and start
   the real ``coachdesk-server serve`` process on loopback.
3. **Push throughput**: the admin pushes every row through the HTTP API (``ServerApi.push``, batches of
   500). Wall time, and the CPU time of the server process (``/proc/<pid>/stat``; on PostgreSQL also of
   its database backends) → rows/s and rows per CPU-second ("per core"). *Baseline*: the same rows
   bulk-inserted into ``records`` + ``record_versions`` of a fresh database of the same backend
   (SQLAlchemy Core ``executemany``, one transaction).
4. **First sync**: a fresh encrypted workspace logs in as the coach and runs ``SyncEngine.run()`` (in a
   child process, so its peak RSS is the device's own); time, rows/s, peak RSS, and where the time went
   (push / pull / apply / digest). *Baseline*: the same rows (read from the server) inserted with Core
   ``executemany`` into a fresh store of the same schema, triggers on, one transaction: what applying
   costs without network and protocol.
5. **Incremental sync**: the admin changes 5 clients on the server, then the device syncs (push nothing,
   pull 5, digest check), ``--rounds`` times. *Baselines*: a sync with nothing to do, and the bare
   ``GET /api/v1/info`` round trip; the digest's two halves are timed on their own.

Prints a table and writes JSON to ``--json-out``. Not a test: nothing is asserted on time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "sync"))  # the sync test harness: ServerProcess, MemoryTokens

from argon2 import PasswordHasher  # noqa: E402
from caseload_bench import PASSPHRASE, TODAY, Builder  # noqa: E402
from harness import MemoryTokens, ServerProcess, postgres_available, postgres_database  # noqa: E402
from sqlalchemy import Engine, insert, select, text  # noqa: E402

from app.bootstrap import ensure_data_dir, open_workspace  # noqa: E402
from app.domain.clock import utcnow  # noqa: E402
from app.host.keystore import Argon2Params, KeyStore  # noqa: E402
from app.server import accounts  # noqa: E402
from app.server.db import make_engine, session_factory, upgrade  # noqa: E402
from app.server.models import Account, Organisation, Record, RecordVersion  # noqa: E402
from app.server.sync import lock_versions, write_record  # noqa: E402
from app.services.workspace import Workspace  # noqa: E402
from app.storage.wire import TABLE_OBJECTS, decode_row, encode_row  # noqa: E402
from app.sync.engine import SyncEngine, SyncReport  # noqa: E402
from app.sync.login import log_in, open_api  # noqa: E402
from app.sync.protocol import TABLES, PushBatch, PushRow  # noqa: E402
from app.sync.transport import ServerApi  # noqa: E402

PASSWORD = "benchmark-password-1"
ADMIN = "bench-admin"
BATCH = 500
CHANGES = 5
CHEAP_ARGON2 = Argon2Params(time_cost=1, memory_cost=8, parallelism=1)  # key derivation is not measured
CLK_TCK = os.sysconf("SC_CLK_TCK")


# ----------------------------------------------------------------------------------------------------
# measuring helpers


def proc_stat(pid: int) -> tuple[int, float] | None:
    """(start time, user + system CPU seconds of all its threads) of a process, from
    ``/proc/<pid>/stat``; None when it is gone. The start time tells a reused pid apart."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()  # fields from the 3rd (state) on
    # utime, stime: fields 14 and 15; starttime: field 22
    return int(fields[19]), (int(fields[11]) + int(fields[12])) / CLK_TCK


def cpu_seconds(pid: int) -> float:
    stat = proc_stat(pid)
    return 0.0 if stat is None else stat[1]


def vm_status(key: str) -> float:
    """A ``/proc/self/status`` figure (``VmRSS``, ``VmHWM``) in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


class PgBackends:
    """CPU time of the PostgreSQL backend processes connected to one database (other than ours)."""

    def __init__(self, url: str | None):
        self.url = url
        self.start: dict[int, tuple[int, float]] = {}

    def _pids(self) -> list[int]:
        if self.url is None:
            return []
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            rows = conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()"
            ).fetchall()
        return [int(r[0]) for r in rows]

    def begin(self) -> None:
        self.start = {pid: stat for pid in self._pids() if (stat := proc_stat(pid)) is not None}

    def used(self) -> float | None:
        """CPU seconds since :meth:`begin` of the backends there then (while they are still the same
        processes) and of those connected now (a new one counts from its start)."""
        if self.url is None:
            return None
        total = 0.0
        for pid in set(self._pids()) | set(self.start):
            now, then = proc_stat(pid), self.start.get(pid)
            if now is None:
                continue  # ended: its last CPU time is not readable any more (a small undercount)
            if then is not None and then[0] == now[0]:
                total += now[1] - then[1]
            elif pid in self.start:
                continue  # the pid was reused by another process: not ours
            else:
                total += now[1]
        return total


@dataclass
class CpuWatch:
    """Wall time, this process's CPU, the server process's CPU and (PostgreSQL) its backends' CPU."""

    server_pid: int | None = None
    pg_url: str | None = None
    figures: dict[str, float | None] = field(default_factory=dict)

    @contextmanager
    def measure(self) -> Iterator[dict[str, float | None]]:
        backends = PgBackends(self.pg_url)
        backends.begin()
        server0 = cpu_seconds(self.server_pid) if self.server_pid else 0.0
        cpu0, wall0 = time.process_time(), time.perf_counter()
        out: dict[str, float | None] = {}
        yield out
        out["wall_s"] = time.perf_counter() - wall0
        out["client_cpu_s"] = time.process_time() - cpu0
        out["server_cpu_s"] = cpu_seconds(self.server_pid) - server0 if self.server_pid else None
        out["db_cpu_s"] = backends.used()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def r(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


# ----------------------------------------------------------------------------------------------------
# data


@dataclass
class Data:
    """The profile's rows as the sync protocol sends them."""

    organisation: dict[str, Any]
    users: list[dict[str, Any]]
    rows: list[tuple[str, str, dict[str, Any]]]  # (table, id, wire data), parents' tables first
    coach_id: str
    coach_username: str
    build: dict[str, Any]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table, _id, _data in self.rows:
            out[table] = out.get(table, 0) + 1
        return out


def new_profile(folder: Path) -> Workspace:
    data_dir = ensure_data_dir(folder)
    KeyStore(data_dir, argon2=CHEAP_ARGON2).create(PASSPHRASE)
    return open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)


def load_data(args: argparse.Namespace) -> Data:
    folder = Path(args.reuse or args.keep or tempfile.mkdtemp(prefix="sync-bench-profile-"))
    data_dir = folder / "profile"
    try:
        if args.reuse:
            ws = open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)
            build: dict[str, Any] = {"reused": str(folder)}
        else:
            ws = new_profile(data_dir)
            build = Builder(ws, args.clients, args.sessions, args.seed).build()
        try:
            return read_profile(ws, build)
        finally:
            ws.close()
    finally:
        if not (args.keep or args.reuse):
            shutil.rmtree(folder, ignore_errors=True)


def read_profile(ws: Workspace, build: dict[str, Any]) -> Data:
    started = time.perf_counter()
    with ws.ctx.uow.read() as s:
        orgs = TABLE_OBJECTS["organisations"]
        users = TABLE_OBJECTS["users"]
        organisation = encode_row(orgs, s.execute(select(orgs)).one())
        people = [encode_row(users, row) for row in s.execute(select(users).order_by(users.c.username))]
        coach_id, coach_username = s.execute(
            select(users.c.id, users.c.username).where(users.c.role == "coach").order_by(users.c.username)
        ).first()  # type: ignore[misc]
        rows: list[tuple[str, str, dict[str, Any]]] = []
        for name, rule in TABLES.items():
            if rule.server_owned:
                continue
            table = TABLE_OBJECTS[name]
            for row in s.execute(select(table).order_by(table.c.id)):
                data = encode_row(table, row)
                if name == "clients":
                    data["assigned_coach_id"] = coach_id  # the whole caseload is one coach's
                rows.append((name, row.id, data))
    build = dict(build, read_seconds=round(time.perf_counter() - started, 2))
    return Data(organisation, people, rows, coach_id, coach_username, build)


def scope_of(name: str, record_id: str, data: dict[str, Any], scopes: dict[tuple[str, str], Any]) -> Any:
    """The (client, supervisor) scope of a row, as the server derives it (for the bulk baseline)."""
    rule = TABLES[name]
    if rule.kind == "client":
        return (record_id if name == "clients" else data["client_id"], None)
    if rule.kind == "client_optional":
        return (data.get("client_id"), None)
    if rule.kind == "supervision":
        return (None, data["supervisor_id"])
    if rule.kind == "via_parent":
        assert rule.parent_table and rule.parent_column
        return scopes[(rule.parent_table, data[rule.parent_column])]
    return (None, None)


# ----------------------------------------------------------------------------------------------------
# server


def set_up_server(engine: Engine, data: Data) -> str:
    """Organisation and accounts with the profile's own ids, mirrored as records; plus an admin.
    Returns the admin's account id."""
    password_hash = PasswordHasher().hash(PASSWORD)
    org_id = data.organisation["id"]
    with session_factory(engine)() as s, s.begin():
        lock_versions(s)
        org = Organisation(id=org_id, name=data.organisation["name"], created_at=utcnow())
        s.add(org)
        s.flush()
        write_record(s, "organisations", org_id, org_id, dict(data.organisation), (None, None), None)
        # supervisors (no supervisor of their own) before the coaches that point at them
        for user in sorted(data.users, key=lambda u: u["supervisor_id"] is not None):
            s.add(
                Account(
                    id=user["id"],
                    organisation_id=org_id,
                    username=user["username"],
                    display_name=user["display_name"],
                    role=user["role"],
                    password_hash=password_hash,
                    supervisor_id=user["supervisor_id"],
                    active=bool(user["active"]),
                    scope_version=1,
                )
            )
            s.flush()
            write_record(s, "users", user["id"], org_id, dict(user), (None, None), None)
        admin = accounts.create_user(s, org, ADMIN, "基准管理员", "admin", PASSWORD)
        return admin.id


def push_all(url: str, data: Data, watch: CpuWatch) -> dict[str, Any]:
    """Every row through ``POST /api/v1/sync/push`` as the admin, in batches of 500."""
    api = ServerApi(url, timeout=300)
    api.login(ADMIN, PASSWORD, "sync bench admin")
    batches = [
        PushBatch(
            batch_id=str(uuid.uuid4()),
            rows=[
                PushRow(table=t, id=i, base_version=0, data=d) for t, i, d in data.rows[start : start + BATCH]
            ],
        )
        for start in range(0, len(data.rows), BATCH)
    ]
    statuses: dict[str, int] = {}
    latencies: list[float] = []
    try:
        with watch.measure() as figures:
            for number, batch in enumerate(batches, 1):
                started = time.perf_counter()
                answer = api.push(batch)
                latencies.append(time.perf_counter() - started)
                for result in answer.results:
                    key = result.status if result.error is None else f"{result.status}:{result.error}"
                    statuses[key] = statuses.get(key, 0) + 1
                if number % 40 == 0:
                    print(f"    pushed {number * BATCH} rows, {time.perf_counter() - started:.2f} s/batch")
    finally:
        api.close()
    rows = len(data.rows)
    return {
        "rows": rows,
        "batches": len(batches),
        "statuses": statuses,
        **{k: r(v) for k, v in figures.items()},
        "rows_per_s": r(rows / figures["wall_s"], 1),  # type: ignore[operator]
        "rows_per_server_cpu_s": r(rows / figures["server_cpu_s"], 1) if figures["server_cpu_s"] else None,
        "rows_per_server_and_db_cpu_s": r(rows / (figures["server_cpu_s"] + figures["db_cpu_s"]), 1)  # type: ignore[operator]
        if figures["db_cpu_s"] is not None
        else None,
        "batch_median_ms": r(1000 * statistics.median(latencies), 1),
        "batch_p95_ms": r(1000 * percentile(latencies, 95), 1),
        "first_batch_ms": r(1000 * latencies[0], 1),
        "last_batch_ms": r(1000 * latencies[-1], 1),
    }


def bulk_baseline(url: str, data: Data, admin_id: str, pg_url: str | None) -> dict[str, Any]:
    """The same rows into ``records`` + ``record_versions`` of a fresh database: Core executemany."""
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            conn.execute(
                insert(Organisation.__table__),
                [{"id": data.organisation["id"], "name": data.organisation["name"], "created_at": utcnow()}],
            )
        scopes: dict[tuple[str, str], Any] = {}
        records, versions = [], []
        for version, (name, rid, row) in enumerate(data.rows, 1):
            scope = scopes[(name, rid)] = scope_of(name, rid, row, scopes)
            records.append(
                {
                    "table_name": name,
                    "id": rid,
                    "organisation_id": data.organisation["id"],
                    "version": version,
                    "scope_client_id": scope[0],
                    "scope_supervisor_id": scope[1],
                    "deleted": row.get("deleted_at") is not None,
                    "data": row,
                    "written_by": admin_id,
                }
            )
            versions.append({"table_name": name, "id": rid, "version": version, "data": row})
        with engine.connect() as conn:
            backend_pid = int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one()) if pg_url else None
            conn.commit()
            backend0 = cpu_seconds(backend_pid) if backend_pid else 0.0
            cpu0, wall0 = time.process_time(), time.perf_counter()
            with conn.begin():
                conn.execute(insert(Record.__table__), records)
                conn.execute(insert(RecordVersion.__table__), versions)
            wall = time.perf_counter() - wall0
            cpu = time.process_time() - cpu0
            db_cpu = cpu_seconds(backend_pid) - backend0 if backend_pid else None
    finally:
        engine.dispose()
    rows = len(records)
    return {
        "rows": rows,
        "wall_s": r(wall),
        "client_cpu_s": r(cpu),
        "db_cpu_s": r(db_cpu),
        "rows_per_s": r(rows / wall, 1),
        "rows_per_cpu_s": r(rows / (cpu + (db_cpu or 0.0)), 1),
    }


def device_rows(engine: Engine, coach_id: str) -> list[tuple[str, str, int, dict[str, Any]]]:
    """What the coach's first sync brings: every record without a supervisor scope (the
    organisation's, and the coach's whole caseload)."""
    with session_factory(engine)() as s:
        return [
            (rec.table_name, rec.id, int(rec.version), rec.data)
            for rec in s.scalars(select(Record).where(Record.scope_supervisor_id.is_(None)))
        ]


def store_baseline(rows: list[tuple[str, str, int, dict[str, Any]]], folder: Path) -> dict[str, Any]:
    """The first sync's rows straight into a fresh store (same schema, triggers on): Core executemany,
    one transaction, parents' tables first. Decoding the wire values is done before the clock starts."""
    ws = new_profile(folder)
    try:
        groups: dict[tuple[str, frozenset[str]], list[dict[str, Any]]] = {}
        for name, rid, version, data in rows:
            values = decode_row(TABLE_OBJECTS[name], data)
            values.update(id=rid, server_version=version, dirty=False)
            groups.setdefault((name, frozenset(values)), []).append(values)
        order = {name: i for i, name in enumerate(TABLES)}
        # users point at their supervisors: the ones without one first
        for (name, _keys), group in groups.items():
            if name == "users":
                group.sort(key=lambda u: u["supervisor_id"] is not None)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        with ws.ctx.uow.store.engine.begin() as conn:
            for (name, _keys), group in sorted(groups.items(), key=lambda kv: order[kv[0][0]]):
                conn.execute(TABLE_OBJECTS[name].insert(), group)
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    finally:
        ws.close()
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "rows": len(rows),
        "wall_s": r(wall),
        "cpu_s": r(cpu),
        "rows_per_s": r(len(rows) / wall, 1),
    }


# ----------------------------------------------------------------------------------------------------
# the device (a child process: its peak RSS is the device's own)


class TimedEngine(SyncEngine):
    """The real engine, with the time of each of its phases noted (nothing else changed)."""

    phases: dict[str, float]
    memory: dict[str, int]

    def _mark(self, label: str) -> None:
        self.memory[f"{label}: RSS MiB"] = round(vm_status("VmRSS"))
        self.memory[f"{label}: peak so far MiB"] = round(vm_status("VmHWM"))

    def _timed(self, phase: str, call: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return call(*args, **kwargs)
        finally:
            self.phases[phase] = self.phases.get(phase, 0.0) + time.perf_counter() - started

    def push(self, report: SyncReport) -> None:
        self._timed("push", super().push, report)

    def pull(self, report: SyncReport, *, allow_deletions: bool = False) -> None:
        self._timed("pull (all)", super().pull, report, allow_deletions=allow_deletions)

    def _apply_inbox(self, report: SyncReport, state: dict[str, Any], allow_deletions: bool) -> None:
        self._mark("apply start (inbox filled)")
        self._timed("apply inbox", super()._apply_inbox, report, state, allow_deletions)
        self._mark("apply end")

    def _release(self, in_scope: set[str], report: SyncReport) -> None:
        self._timed("release check", super()._release, in_scope, report)

    def compare_digests(self) -> list[str]:
        return self._timed("digest check", super().compare_digests)  # type: ignore[no-any-return]


def device_worker(config_path: str) -> int:
    cfg = json.loads(Path(config_path).read_text())
    watch = CpuWatch(cfg["server_pid"], cfg["pg_url"])
    out: dict[str, Any] = {}
    ws = new_profile(Path(cfg["data_dir"]))
    tokens = MemoryTokens()
    try:
        uow = ws.ctx.uow
        started = time.perf_counter()
        log_in(uow, cfg["url"], cfg["username"], PASSWORD, "sync bench laptop", tokens=tokens)
        out["login_s"] = r(time.perf_counter() - started)
        out["rss_before_mib"] = round(vm_status("VmRSS"))

        def engine() -> TimedEngine:
            e = TimedEngine(uow, open_api(uow, tokens=tokens))
            e.phases, e.memory = {}, {}
            return e

        # -- first sync ----------------------------------------------------------------------------------
        first = engine()
        try:
            with watch.measure() as figures:
                report = first.run()
        finally:
            first.api.close()
        phases = dict(first.phases)
        phases["pull: pages into the inbox"] = (
            phases.get("pull (all)", 0.0) - phases.get("apply inbox", 0.0) - phases.get("release check", 0.0)
        )
        out["first"] = {
            **{k: r(v) for k, v in figures.items()},
            "pulled": report.pulled,
            "applied": report.applied,
            "ok": report.ok,
            "digest_mismatch": report.digest_mismatch,
            "rescanned": report.rescanned,
            "rows_per_s": r(report.pulled / figures["wall_s"], 1),  # type: ignore[operator]
            "phases_s": {k: r(v) for k, v in phases.items()},
            # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so a child of a big parent would
            # report the parent's size
            "peak_rss_mib": round(vm_status("VmHWM")),
            "memory": first.memory,
        }
        with uow.read() as s:
            out["first"]["held_rows"] = sum(
                int(s.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()) for name in TABLES
            )
        ws.ctx.uow.store.checkpoint()
        out["first"]["store_mib"] = round((Path(cfg["data_dir"]) / "coachdesk.db").stat().st_size / 2**20, 1)
        print(f"    first sync {figures['wall_s']:.1f} s, {report.pulled} rows", flush=True)

        # -- incremental sync: the admin changes 5 clients, the device syncs -------------------------
        admin = ServerApi(cfg["url"])
        admin.login(ADMIN, PASSWORD, "sync bench admin (changes)")
        clients = TABLE_OBJECTS["clients"]
        incremental, noop = [], []
        try:
            for round_no in range(cfg["rounds"]):
                with uow.read() as s:
                    picked = s.execute(
                        select(clients).order_by(clients.c.id).offset(round_no * CHANGES).limit(CHANGES)
                    ).all()
                rows = []
                for row in picked:
                    data = encode_row(clients, row)
                    data.update(
                        notes=f"基准测试修改 {round_no} {uuid.uuid4().hex[:8]}",
                        updated_at=utcnow().isoformat(),
                    )
                    rows.append(
                        PushRow(table="clients", id=row.id, base_version=row.server_version, data=data)
                    )
                answer = admin.push(PushBatch(batch_id=str(uuid.uuid4()), rows=rows))
                assert all(a.status == "applied" for a in answer.results), answer.results
                e = engine()
                try:
                    with watch.measure() as figures:
                        report = e.run()
                finally:
                    e.api.close()
                incremental.append(
                    {
                        **{k: r(v, 4) for k, v in figures.items()},
                        "pushed": report.pushed,
                        "pulled": report.pulled,
                        "applied": report.applied,
                        "ok": report.ok,
                        "phases_s": {k: r(v, 4) for k, v in e.phases.items()},
                    }
                )
            for _ in range(cfg["rounds"]):
                e = engine()
                try:
                    with watch.measure() as figures:
                        report = e.run()
                finally:
                    e.api.close()
                noop.append(
                    {
                        **{k: r(v, 4) for k, v in figures.items()},
                        "pulled": report.pulled,
                        "phases_s": {k: r(v, 4) for k, v in e.phases.items()},
                    }
                )
        finally:
            admin.close()
        out["incremental"] = incremental
        out["noop"] = noop

        # -- the pieces: /info round trip, the two halves of the digest check -------------------------
        e = engine()
        try:
            e.api.info()  # connection opened, not timed
            out["info_ms"] = _median_ms(e.api.info, 30)
            out["server_digest_ms"] = _median_ms(e.api.digest, cfg["rounds"])
            out["local_digest_ms"] = _median_ms(e.local_digest, cfg["rounds"])
            with uow.read() as s:
                cursor = int(
                    s.execute(text("SELECT value FROM local_settings WHERE key = 'sync.cursor'")).scalar()
                )
            out["empty_pull_ms"] = _median_ms(lambda: e.api.pull(cursor), 10)
        finally:
            e.api.close()
    finally:
        ws.close()
    Path(cfg["out"]).write_text(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


def _median_ms(call: Any, times: int) -> float:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return round(1000 * statistics.median(samples), 2)


def run_device(cfg: dict[str, Any], work: Path) -> dict[str, Any]:
    cfg = dict(cfg, out=str(work / "device-result.json"), data_dir=str(work / "device"))
    config = work / "device-config.json"
    config.write_text(json.dumps(cfg))
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--device-worker", str(config)], check=True, cwd=ROOT
    )
    result: dict[str, Any] = json.loads(Path(cfg["out"]).read_text())
    shutil.rmtree(cfg["data_dir"], ignore_errors=True)
    return result


# ----------------------------------------------------------------------------------------------------
# one backend


def run_backend(backend: str, data: Data, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    if backend == "postgresql" and not postgres_available():
        return {"skipped": "not reachable (PostgreSQL on 127.0.0.1:5432, trust auth, user postgres)"}
    folder = work / backend
    folder.mkdir()

    @contextmanager
    def database(label: str) -> Iterator[str]:
        if backend == "postgresql":
            with postgres_database() as url:
                yield url
        else:
            yield f"sqlite:///{folder / label}.db"

    result: dict[str, Any] = {}
    with database("server") as url:
        engine = make_engine(url)
        try:
            upgrade(engine)
            admin_id = set_up_server(engine, data)
            server = ServerProcess(url, folder)
            server.start()
            try:
                assert server.proc is not None
                pg_url = url if backend == "postgresql" else None
                watch = CpuWatch(server.proc.pid, pg_url)
                print(f"  [{backend}] push {len(data.rows)} rows as the admin …", flush=True)
                result["push"] = push_all(server.url, data, watch)
                print(f"  [{backend}] first sync of {data.coach_username} (child process) …", flush=True)
                device = run_device(
                    {
                        "url": server.url,
                        "username": data.coach_username,
                        "server_pid": server.proc.pid,
                        "pg_url": pg_url,
                        "rounds": args.rounds,
                    },
                    folder,
                )
                result.update(device)
            finally:
                server.stop()
            rows = device_rows(engine, data.coach_id)
        finally:
            engine.dispose()
    print(f"  [{backend}] baselines …", flush=True)
    with database("baseline") as url:
        result["push_baseline"] = bulk_baseline(url, data, admin_id, url if backend == "postgresql" else None)
    result["first_baseline"] = store_baseline(rows, folder / "baseline-store")
    return result


# ----------------------------------------------------------------------------------------------------
# report


def ratio(slow: float | None, fast: float | None) -> str:
    if not slow or not fast:
        return ""
    return f"{slow / fast:.1f}×"


def med(rounds: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(x[key] for x in rounds))


def print_report(results: dict[str, Any]) -> None:
    print(f"\n{'backend':<12}{'figure':<48}{'value':>16}{'baseline':>16}{'ratio':>9}")
    for backend, res in results.items():
        if "skipped" in res:
            print(f"{backend:<12}skipped: {res['skipped']}")
            continue
        push, base = res["push"], res["push_baseline"]
        first, fbase = res["first"], res["first_baseline"]
        inc, noop = res["incremental"], res["noop"]
        lines = [
            ("push: rows/s (wall)", f"{push['rows_per_s']:,.0f}", f"{base['rows_per_s']:,.0f}",
             ratio(base["rows_per_s"], push["rows_per_s"])),
            ("push: rows per server-process CPU-s", f"{push['rows_per_server_cpu_s']:,.0f}",
             f"{base['rows_per_cpu_s']:,.0f}", ratio(base["rows_per_cpu_s"], push["rows_per_server_cpu_s"])),
        ]  # fmt: skip
        if push["rows_per_server_and_db_cpu_s"]:
            lines.append(
                ("push: rows per CPU-s, server + PG backends", f"{push['rows_per_server_and_db_cpu_s']:,.0f}",
                 f"{base['rows_per_cpu_s']:,.0f}",
                 ratio(base["rows_per_cpu_s"], push["rows_per_server_and_db_cpu_s"]))
            )  # fmt: skip
        lines += [
            ("push: wall s / server CPU s / client CPU s",
             f"{push['wall_s']:.1f}/{push['server_cpu_s']:.1f}/{push['client_cpu_s']:.1f}",
             f"{base['wall_s']:.1f}", ""),
            ("push: per 500-row batch, median / p95 ms",
             f"{push['batch_median_ms']:.0f}/{push['batch_p95_ms']:.0f}", "", ""),
            (f"first sync: seconds ({first['pulled']:,} rows)", f"{first['wall_s']:.1f}",
             f"{fbase['wall_s']:.1f}", ratio(first["wall_s"], fbase["wall_s"])),
            ("first sync: rows/s", f"{first['rows_per_s']:,.0f}", f"{fbase['rows_per_s']:,.0f}",
             ratio(fbase["rows_per_s"], first["rows_per_s"])),
            ("first sync: device CPU s / server CPU s",
             f"{first['client_cpu_s']:.1f}/{first['server_cpu_s']:.1f}", f"{fbase['cpu_s']:.1f}", ""),
            ("first sync: peak RSS of the device MiB", f"{first['peak_rss_mib']}", "", ""),
            ("  RSS MiB: apply start / peak in apply / end",
             "/".join(str(first["memory"].get(k, "?")) for k in (
                 "apply start (inbox filled): RSS MiB", "apply end: peak so far MiB", "apply end: RSS MiB")),
             "", ""),
        ]  # fmt: skip
        for phase, seconds in first["phases_s"].items():
            if phase != "pull (all)":
                lines.append((f"  first sync phase: {phase} s", f"{seconds:.1f}", "", ""))
        lines += [
            (f"incremental sync ({CHANGES} changes), median ms", f"{1000 * med(inc, 'wall_s'):.0f}",
             f"{1000 * med(noop, 'wall_s'):.0f}", ratio(med(inc, "wall_s"), med(noop, "wall_s"))),
            ("  vs bare GET /info round trip ms", "", f"{res['info_ms']:.1f}",
             ratio(1000 * med(inc, "wall_s"), res["info_ms"])),
            ("  digest: server GET /sync/digest ms", f"{res['server_digest_ms']:.0f}", "", ""),
            ("  digest: local digest ms", f"{res['local_digest_ms']:.0f}", "", ""),
            ("  empty pull page ms", f"{res['empty_pull_ms']:.1f}", "", ""),
        ]  # fmt: skip
        for label, value, baseline, x in lines:
            print(f"{backend:<12}{label:<48}{value:>16}{baseline:>16}{x:>9}")
    print(
        "\nratio = how many times the baseline is faster (push, first sync), or how many times the "
        "incremental sync takes longer than its baseline"
    )


def code_version() -> dict[str, Any]:
    """The commit measured, and whether app/ had uncommitted changes (figures belong to a version)."""

    def git(*args: str) -> str:
        try:
            done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10)
        except OSError:
            return ""
        return done.stdout.strip()

    return {
        "commit": git("rev-parse", "--short", "HEAD"),
        "app_modified": bool(git("status", "--short", "app")),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--backends", default="sqlite,postgresql", help="comma-separated: sqlite,postgresql")
    parser.add_argument("--rounds", type=int, default=3, help="incremental / no-op syncs timed")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json-out", default=str(ROOT / "benchmarks" / "results" / "sync.json"))
    parser.add_argument("--keep", help="build the profile in this (new) folder and keep it")
    parser.add_argument("--reuse", help="read a profile kept by --keep instead of building one")
    parser.add_argument("--device-worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.device_worker:
        return device_worker(args.device_worker)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    unknown = set(backends) - {"sqlite", "postgresql"}
    if unknown:
        parser.error(f"unknown backends: {', '.join(sorted(unknown))}")

    started = time.perf_counter()
    code = code_version()
    data = load_data(args)
    counts = data.counts()
    print(
        f"{'reused' if args.reuse else 'built'} profile; {len(data.rows):,} rows to sync "
        f"({counts.get('clients', 0):,} clients, {counts.get('session_records', 0):,} session records) "
        f"+ {len(data.users)} users; caseload owner {data.coach_username}"
    )
    results: dict[str, Any] = {}
    work = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    try:
        for backend in backends:
            stage = time.perf_counter()
            results[backend] = run_backend(backend, data, args, work)
            results[backend]["stage_seconds"] = round(time.perf_counter() - stage, 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_report(results)
    total = time.perf_counter() - started
    print(
        f"\ntotal {total:.0f} s; {os.cpu_count()} CPUs; Python {platform.python_version()}; "
        f"commit {code['commit']}{' + uncommitted app/ changes' if code['app_modified'] else ''}"
    )
    out = Path(args.json_out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "sizes": {
                    "clients": counts.get("clients", 0),
                    "sessions": counts.get("session_records", 0),
                    "rows": len(data.rows),
                    "per_table": counts,
                    "rounds": args.rounds,
                    "seed": args.seed,
                    "push_batch": BATCH,
                    "incremental_changes": CHANGES,
                },
                "code": code,
                "build": data.build,
                "results": results,
                "total_seconds": round(total, 1),
                "platform": {
                    "cpu_count": os.cpu_count(),
                    "python": platform.python_version(),
                    "machine": platform.machine(),
                    "system": platform.system(),
                },
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
