"""Benchmark: the caseload window and the due panel on a big encrypted store.

    .venv/bin/python benchmarks/caseload_bench.py [--clients 50000] [--sessions 500000]
        [--rounds 3] [--seed 2026] [--json-out benchmarks/results/caseload.json] [--keep DIR | --reuse DIR]

(``--keep DIR`` builds the profile in DIR and keeps it; ``--reuse DIR`` measures such a profile again
without building. The passphrase of the profile is ``benchmark-passphrase``; it holds invented data.)

1. Build: a passphrase-protected profile at the head schema (triggers on), then raw ``executemany``
   inserts of the organisation's employers, clients (with notes and work history), plans, placements
   with retention checkpoints, session records (final, except the latest of ~5 % of open cases; an
   open case's latest record is ~2 weeks old on average) with 0.5 % of them date-amended, and
   monthly supervision — one transaction per table. Every row goes through the
   triggers of migration 0003, so the search index and the last-session summary are built as a real
   store would have them (the trigger path is fast enough: no rebuild step is needed). The time per
   table is reported; so are a full rebuild of the derived tables from scratch (the migration's
   ``REBUILD`` statements: what a repair, or a bulk import without triggers, costs) and the triggers'
   share of insert time (the same inserts with and without them, rolled back).
2. Measure, warm (after one untimed pass), ``--rounds`` times each:
   * search as you type: ``ws.clients.caseload(search=q)`` (count + first page of 200) over ~30
     queries of 1–4 Chinese characters, employer and note fragments, ID tails and a phone fragment;
   * baselines measured in the same run: a plain ``SELECT * FROM clients LIMIT 200``; the same
     queries as ``LIKE '%q%'`` full scans over name, phone and ID number (count + first 200 by name,
     what a search without the index costs); the previous caseload's first page, whose last-session
     column was a GROUP BY over every session record;
   * the caseload's first page for every sort, both directions, a deep page, and each filter;
   * opening a client: ``ws.clients.view`` + ``ws.sessions.timeline``;
   * ``ws.due.items()`` / ``ws.due.counts()`` for a supervisor (everything) and for one coach;
   * one write through the services (save a draft + finalise), triggers included.

Prints a table and writes JSON to ``--json-out``; prints peak RSS. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from datetime import time as dtime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from app.bootstrap import ensure_data_dir, open_workspace  # noqa: E402
from app.domain.identity import build_id_number  # noqa: E402
from app.domain.records import ParticipantInput, SessionInput  # noqa: E402
from app.host.keystore import Argon2Params, KeyStore  # noqa: E402
from app.host.resources import migrations_path  # noqa: E402
from app.services.base import Actor  # noqa: E402
from app.services.clients import AMENDED_SESSION_DATES  # noqa: E402
from app.services.demo import CONTENT, EMPLOYER_CORE, EMPLOYER_KIND, GIVEN, SURNAMES  # noqa: E402
from app.services.people import UserInput  # noqa: E402
from app.services.workspace import Workspace  # noqa: E402

TODAY = date(2026, 11, 15)
PASSPHRASE = "benchmark-passphrase"
COMPOUND_SURNAMES = ["欧阳", "司徒", "上官", "诸葛"]
NOTES = [
    "",
    "",
    "喜欢园艺工作，性格开朗",
    "需要视觉提示，怕吵",
    "家属支持就业，希望离家近",
    "曾参加康园中心辅助性就业",
]
WORK = ["", "曾在工厂做过普工半年", "无正式工作经历", "做过超市理货员三个月", "曾在餐厅洗碗两年"]
STATUSES = [("active", 45), ("placed", 30), ("referred", 10), ("closed", 15)]
PHASES = {
    "active": ["assessment", "planning", "job_development"],
    "placed": ["on_the_job", "follow_along"],
    "referred": ["intake"],
    "closed": ["closed"],
}
SESSION_TYPES = ["on_site_coaching", "home_visit", "training", "job_development", "follow_up", "planning"]
PLACES = ["工作单位", "服务对象家中", "康园中心", "机构办公室"]
SYNC = "id, server_version, dirty, deleted_at, created_at, updated_at, updated_by"
CLIENT_COLUMNS = (
    f"{SYNC}, organisation_id, name, sex, birth_date, id_number, town_code, village, address, phone, "
    "work_history, benefits, referral_note, guardian_name, guardian_phone, assigned_coach_id, status, "
    "phase, intake_date, notes"
)
CLIENT_AT = {name.strip(): i for i, name in enumerate(CLIENT_COLUMNS.split(","))}
SESSION_COLUMNS = (
    f"{SYNC}, client_id, author_id, session_date, start_time, end_time, minutes, travel_minutes, place, "
    "mode, session_type, content, natural_supports, next_steps, status, finalised_at"
)
STAMP = "2026-11-01 08:00:00.000000"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Ids:
    """Deterministic UUID4 text from the benchmark's random generator (fast, reproducible)."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def migration_0003() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "migration_0003", migrations_path() / "versions" / "0003_caseload_search.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ----------------------------------------------------------------------------------------------------
# build


class Builder:
    """Fills an open workspace with raw inserts (one transaction per table, triggers on)."""

    def __init__(self, ws: Workspace, clients: int, sessions: int, seed: int):
        self.ws = ws
        self.n_clients = clients
        self.n_sessions = sessions
        self.rng = random.Random(seed)
        self.new_id = Ids(self.rng)
        self.timings: dict[str, float] = {}
        self.counts: dict[str, int] = {}

    def _insert(self, table: str, columns: str, rows: Iterable[tuple[Any, ...]]) -> None:
        sql = f"INSERT INTO {table} ({columns}) VALUES ({_marks(columns)})"
        raw = self.ws.ctx.uow.store.engine.raw_connection()
        try:
            conn = raw.driver_connection
            assert conn is not None
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            count = 0
            for batch in _batches(rows, 10_000):
                conn.executemany(sql, batch)
                count += len(batch)
            conn.execute("COMMIT")
            self.timings[table] = self.timings.get(table, 0.0) + time.perf_counter() - started
            self.counts[table] = self.counts.get(table, 0) + count
        finally:
            raw.close()

    def trigger_overhead(self, sessions: int, clients: int) -> dict[str, float]:
        """Seconds to insert ``sessions`` session records and ``clients`` clients with the triggers of
        migration 0003 and without them (dropped inside the transaction), each rolled back."""
        out: dict[str, float] = {}
        triggers = list(migration_0003().TRIGGERS)
        for label, drop in (("with_triggers", False), ("without_triggers", True)):
            raw = self.ws.ctx.uow.store.engine.raw_connection()
            conn = raw.driver_connection
            assert conn is not None
            try:
                conn.execute("BEGIN IMMEDIATE")
                if drop:
                    for name in triggers:
                        conn.execute(f"DROP TRIGGER {name}")
                picks = [self.clients[self.rng.randrange(len(self.clients))] for _ in range(sessions)]
                rows = [
                    self.session_row(self.new_id(), c, coach, TODAY.isoformat(), False)
                    for c, _i, _s, coach in picks
                ]
                started = time.perf_counter()
                conn.executemany(
                    f"INSERT INTO session_records ({SESSION_COLUMNS}) VALUES ({_marks(SESSION_COLUMNS)})",
                    rows,
                )
                out[f"sessions_{label}"] = round(time.perf_counter() - started, 3)
                rows = [self.client_row(i) for i in range(clients)]
                started = time.perf_counter()
                conn.executemany(
                    f"INSERT INTO clients ({CLIENT_COLUMNS}) VALUES ({_marks(CLIENT_COLUMNS)})", rows
                )
                out[f"clients_{label}"] = round(time.perf_counter() - started, 3)
            finally:
                conn.execute("ROLLBACK")
                raw.close()
        return out

    def _sync(self, row_id: str | None = None) -> tuple[Any, ...]:
        return (row_id or self.new_id(), 0, 1, None, STAMP, STAMP, None)

    def build(self) -> dict[str, Any]:
        ws, rng = self.ws, self.rng
        started = time.perf_counter()
        org = self.org = ws.people.create_organisation("基准测试就业辅导中心")
        n_coaches = max(2, min(60, self.n_clients // 1000))
        supervisors = [
            ws.people.create_user(org, UserInput(f"sup{i}", f"督导{i}", "supervisor", "social_worker"))
            for i in range(max(1, n_coaches // 8))
        ]
        self.coaches = [
            ws.people.create_user(
                org,
                UserInput(
                    f"coach{i}", f"辅导员{i}", "coach", supervisor_id=supervisors[i % len(supervisors)]
                ),
            )
            for i in range(n_coaches)
        ]
        self.supervisor = supervisors[0]
        towns = sorted(ws.ctx.reference.towns)

        employers = []
        employer_rows = []
        for _ in range(max(10, self.n_clients // 25)):
            kind, sector = rng.choice(EMPLOYER_KIND)
            eid = self.new_id()
            employers.append(eid)
            name = "东莞市" + rng.choice(EMPLOYER_CORE) + rng.choice(EMPLOYER_CORE) + kind
            employer_rows.append(
                (*self._sync(eid), org, name, "", sector, "", rng.choice(towns), "unknown", "", "")
            )
        self._insert(
            "employers",
            f"{SYNC}, organisation_id, name, credit_code, sector, address, town_code, quota_status, "
            "vacancies, notes",
            employer_rows,
        )

        # Clients: names from the demo's characters (some compound surnames for 4-character names).
        self.towns = towns
        self.clients: list[tuple[str, date, str, str]] = []  # id, intake, status, coach
        client_rows = []
        for i in range(self.n_clients):
            row = self.client_row(i)
            at = {name: row[i] for name, i in CLIENT_AT.items()}
            self.clients.append(
                (at["id"], date.fromisoformat(at["intake_date"]), at["status"], at["assigned_coach_id"])
            )
            client_rows.append(row)
        self._insert("clients", CLIENT_COLUMNS, client_rows)
        del client_rows

        # Plans (most open clients), placements with 30/90/180-day checkpoints (the placed ones).
        plan_rows, placement_rows, checkpoint_rows = [], [], []
        for cid, intake, status, _coach in self.clients:
            if status in ("active", "placed", "closed") and rng.random() < 0.85:
                start = min(TODAY, intake + timedelta(days=rng.randint(5, 40)))
                plan_rows.append(
                    (
                        *self._sync(),
                        cid,
                        "超市理货员",
                        "",
                        start.isoformat(),
                        (start + timedelta(days=365)).isoformat(),
                        90,
                        # reviews are mostly kept: the next one lies between 2 weeks ago and 3 months ahead
                        (TODAY + timedelta(days=rng.randint(-14, 90))).isoformat(),
                        "active",
                    )
                )
            if status == "placed":
                start = min(TODAY - timedelta(days=1), intake + timedelta(days=rng.randint(30, 200)))
                pid = self.new_id()
                placement_rows.append(
                    (
                        *self._sync(pid),
                        cid,
                        rng.choice(employers),
                        "包装工",
                        start.isoformat(),
                        "quota",
                        1,
                        40.0,
                        2300,
                        0,
                    )
                )
                for offset in (30, 90, 180):
                    due = start + timedelta(days=offset)
                    checked = due.isoformat() if due < TODAY and rng.random() < 0.9 else None
                    checkpoint_rows.append((*self._sync(), pid, offset, due.isoformat(), checked, ""))
        self._insert(
            "employment_plans",
            f"{SYNC}, client_id, job_goal, barriers, start_date, target_date, review_interval_days, "
            "next_review_on, status",
            plan_rows,
        )
        self._insert(
            "placements",
            f"{SYNC}, client_id, employer_id, post, start_date, employment_form, supported_employment, "
            "hours_per_week, monthly_wage, social_insurance",
            placement_rows,
        )
        self._insert(
            "retention_checkpoints",
            f"{SYNC}, placement_id, day_offset, due_date, checked_on, note",
            checkpoint_rows,
        )
        del plan_rows, placement_rows, checkpoint_rows

        # Session records, spread over the clients (0–2× the average each), between intake and today.
        self.amend_targets: list[tuple[str, str]] = []
        self._insert("session_records", SESSION_COLUMNS, self._sessions())
        amendment_rows = []
        for sid, day in self.amend_targets:
            new = (date.fromisoformat(day) + timedelta(days=rng.randint(-5, 5))).isoformat()
            changes = json.dumps({"session_date": {"old": day, "new": new}})
            amendment_rows.append((*self._sync(), sid, self.coaches[0], "日期记错", changes))
        self._insert("session_amendments", f"{SYNC}, session_id, author_id, reason, changes", amendment_rows)

        # Monthly supervision of every coach over the last year (the latest one 0–60 days ago).
        record_rows, supervisee_rows = [], []
        for n, coach in enumerate(self.coaches):
            for month in range(12):
                rid = self.new_id()
                held = TODAY - timedelta(days=30 * month + (n * 7) % 45)
                record_rows.append(
                    (
                        *self._sync(rid),
                        f"DD-{n}-{month}",
                        self.supervisor,
                        held.isoformat(),
                        "14:00:00.000000",
                        "15:00:00.000000",
                        60,
                        "face_to_face",
                        "group",
                        "[]",
                    )
                )
                supervisee_rows.append((*self._sync(), rid, coach))
        self._insert(
            "supervision_records",
            f"{SYNC}, record_no, supervisor_id, held_on, start_time, end_time, minutes, mode, form, topics, "
            "place, supervisor_qualification, questions, opinions, problems_found, previous_actions_status, "
            "reflections_coach, reflections_supervisor, files_checked, files_passing",
            ((*r, "", "", "", "", "", "", "", "", 0, 0) for r in record_rows),
        )
        self._insert("supervision_supervisees", f"{SYNC}, record_id, user_id", supervisee_rows)
        total = time.perf_counter() - started
        return {
            "seconds": round(total, 2),
            "per_table_seconds": {k: round(v, 2) for k, v in self.timings.items()},
            "rows": self.counts,
        }

    def reload(self) -> dict[str, Any]:
        """The builder's bookkeeping from a profile built before (``--reuse``)."""
        with self.ws.ctx.uow.read() as s:
            self.org = s.execute(text("SELECT id FROM organisations")).scalar_one()
            self.supervisor = s.execute(
                text("SELECT id FROM users WHERE role = 'supervisor' ORDER BY username LIMIT 1")
            ).scalar_one()
            self.coaches = list(
                s.execute(text("SELECT id FROM users WHERE role = 'coach' ORDER BY rowid")).scalars()
            )
            self.clients = [
                (i, date.fromisoformat(d), st, c)
                for i, d, st, c in s.execute(
                    text("SELECT id, intake_date, status, assigned_coach_id FROM clients ORDER BY rowid")
                )
            ]
            self.towns = sorted(self.ws.ctx.reference.towns)
            for table in ("clients", "session_records"):
                self.counts[table] = s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        return {"seconds": None, "per_table_seconds": {}, "rows": self.counts, "reused": True}

    def client_row(self, i: int) -> tuple[Any, ...]:
        """A client row (columns :data:`CLIENT_COLUMNS`)."""
        rng = self.rng
        surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.03 else rng.choice(SURNAMES)
        name = surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        birth = date(rng.randint(1970, 2006), rng.randint(1, 12), rng.randint(1, 28))
        intake = TODAY - timedelta(days=rng.randint(10, 3 * 365))
        status = rng.choices([s for s, _w in STATUSES], weights=[w for _s, w in STATUSES])[0]
        return (
            *self._sync(),
            self.org,
            name,
            "male" if i % 2 else "female",
            birth.isoformat(),
            build_id_number("441900", birth, rng.randint(0, 999)),
            rng.choice(self.towns),
            f"{rng.choice('东南西北')}湖社区",
            "东城街道振兴路88号",
            rng.choice(["13", "15", "18"]) + f"{rng.randint(0, 999_999_999):09d}",
            rng.choice(WORK),
            "",
            "",
            "",
            "",
            self.coaches[i % len(self.coaches)],
            status,
            rng.choice(PHASES[status]),
            intake.isoformat(),
            rng.choice(NOTES),
        )

    def session_row(self, sid: str, client: str, coach: str, day: str, draft: bool) -> tuple[Any, ...]:
        """A session record row (columns :data:`SESSION_COLUMNS`)."""
        rng = self.rng
        return (
            *self._sync(sid),
            client,
            coach,
            day,
            "09:00:00.000000",
            "10:00:00.000000",
            60,
            rng.choice((0, 20, 30)),
            rng.choice(PLACES),
            "in_person",
            rng.choice(SESSION_TYPES),
            rng.choice(CONTENT),
            "",
            "继续跟进",
            "draft" if draft else "final",
            None if draft else STAMP,
        )

    def _sessions(self) -> Iterator[tuple[Any, ...]]:
        rng = self.rng
        average = self.n_sessions / max(1, self.n_clients)
        remaining = self.n_sessions
        for index, (cid, intake, status, coach) in enumerate(self.clients):
            left = len(self.clients) - index
            k = remaining if left == 1 else min(remaining, int(rng.uniform(0, 2 * average) + 0.5))
            remaining -= k
            span = max(1, (TODAY - intake).days)
            days = sorted(rng.randint(0, span) for _ in range(k))
            if days and status != "closed":  # an open case was usually seen lately (mean 2 weeks ago)
                days[-1] = max([*days[:-1], span - min(span, int(rng.expovariate(1 / 14)))])
            for j, offset in enumerate(days):
                sid = self.new_id()
                day = (intake + timedelta(days=offset)).isoformat()
                draft = j == k - 1 and status != "closed" and rng.random() < 0.05
                if not draft and rng.random() < 0.005:
                    self.amend_targets.append((sid, day))
                yield self.session_row(sid, cid, coach, day, draft)


def _marks(columns: str) -> str:
    return ", ".join("?" for _ in columns.split(","))


def _batches(rows: Iterable[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# ----------------------------------------------------------------------------------------------------
# measure


class Timer:
    def __init__(self, rounds: int):
        self.rounds = rounds
        self.results: dict[str, dict[str, Any]] = {}

    def run(self, group: str, name: str, calls: list[Callable[[], Any]], note: str = "") -> None:
        for call in calls:  # warm-up pass, not timed
            call()
        samples = []
        for _ in range(self.rounds):
            for call in calls:
                started = time.perf_counter()
                call()
                samples.append(time.perf_counter() - started)
        self.results[name] = {
            "group": group,
            "samples": len(samples),
            "median_ms": round(1000 * statistics.median(samples), 2),
            "p95_ms": round(1000 * percentile(samples, 95), 2),
            "max_ms": round(1000 * max(samples), 2),
            "note": note,
        }


def queries(ws: Workspace, rng: random.Random) -> list[str]:
    """~30 search-as-you-type terms taken from the data, so they find something."""
    with ws.ctx.uow.read() as s:
        sample = s.execute(
            text(
                "SELECT name, id_number, phone FROM clients WHERE deleted_at IS NULL "
                "ORDER BY random() LIMIT 400"
            )
        ).all()
        employer = s.execute(text("SELECT name FROM employers ORDER BY random() LIMIT 1")).scalar_one()
    names = [n for n, _i, _p in sample]
    long_names = [n for n in names if len(n) >= 3]
    typed: list[str] = []
    for name in long_names[:4]:  # typing a whole name: 1, 2, 3 characters (and 4 if there are 4)
        typed += [name[:k] for k in range(1, len(name) + 1)]
    typed += [n[1:3] for n in long_names[4:7]]  # 2 characters from the middle (given name)
    typed += [n[-3:] for n in long_names[7:9] if len(n) >= 3]
    typed += [rng.choice(SURNAMES) for _ in range(3)]  # a single surname
    typed += ["欧阳", "欧阳志"]
    typed += [employer[3:7], "电子科技", "园艺工作", "做过普工"]  # employers and notes
    typed += [i[-4:] for _n, i, _p in sample[:3]] + [i[-6:] for _n, i, _p in sample[3:5]]  # ID tails
    typed += [sample[5][2][-6:]]  # a phone fragment
    return typed[:32]


def like_scan(ws: Workspace, term: str) -> None:
    """Baseline: what the search costs without an index (LIKE '%q%' over the client rows)."""
    like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    where = (
        "deleted_at IS NULL AND (name LIKE :p ESCAPE '\\' OR phone LIKE :p ESCAPE '\\' "
        "OR id_number LIKE :p ESCAPE '\\')"
    )
    with ws.ctx.uow.read() as s:
        s.execute(text(f"SELECT count(*) FROM clients WHERE {where}"), {"p": like}).scalar_one()
        s.execute(text(f"SELECT * FROM clients WHERE {where} ORDER BY name, id LIMIT 200"), {"p": like}).all()


def old_caseload_first_page(ws: Workspace) -> None:
    """Baseline: the caseload before migration 0003 — the last session by GROUP BY over every record."""
    amended = AMENDED_SESSION_DATES.compile(compile_kwargs={"literal_binds": True})
    sql = f"""
        SELECT c.*, u.display_name, ls.last FROM clients c
        LEFT JOIN users u ON u.id = c.assigned_coach_id
        LEFT JOIN (SELECT r.client_id, max(coalesce(am.d, r.session_date)) AS last
                   FROM session_records r LEFT JOIN ({amended}) am ON am.sid = r.id
                   WHERE r.deleted_at IS NULL GROUP BY r.client_id) ls ON ls.client_id = c.id
        WHERE c.deleted_at IS NULL ORDER BY c.name, c.id LIMIT 200"""
    with ws.ctx.uow.read() as s:
        s.execute(text("SELECT count(*) FROM clients WHERE deleted_at IS NULL")).scalar_one()
        s.execute(text(sql)).all()


def plain_select(ws: Workspace) -> None:
    with ws.ctx.uow.read() as s:
        s.execute(text("SELECT * FROM clients LIMIT 200")).all()


def measure(ws: Workspace, builder: Builder, rounds: int, rng: random.Random) -> tuple[Timer, dict[str, Any]]:
    timer = Timer(rounds)
    terms = queries(ws, rng)
    info: dict[str, Any] = {"queries": terms, "matches": {}}
    for term in terms:
        info["matches"][term] = ws.clients.caseload(search=term, limit=1).total

    def search(term: str) -> Callable[[], Any]:
        return lambda: ws.clients.caseload(search=term)

    short = [t for t in terms if len(t) < 3]
    long = [t for t in terms if len(t) >= 3]
    timer.run("baseline", "plain SELECT * FROM clients LIMIT 200", [lambda: plain_select(ws)])
    timer.run(
        "search", "search as you type (all queries)", [search(t) for t in terms], f"{len(terms)} queries"
    )
    timer.run(
        "search", "  1–2 characters (summary scan)", [search(t) for t in short], f"{len(short)} queries"
    )
    timer.run("search", "  3+ characters (FTS5 trigram)", [search(t) for t in long], f"{len(long)} queries")
    timer.run("baseline", "LIKE '%q%' full scan, same queries", [lambda t=t: like_scan(ws, t) for t in terms])
    timer.run("baseline", "previous caseload first page (GROUP BY)", [lambda: old_caseload_first_page(ws)])

    for sort in ("name", "intake_date", "status", "town", "last_session"):
        timer.run(
            "caseload",
            f"first page, sort {sort} (asc + desc)",
            [lambda s=sort, d=d: ws.clients.caseload(sort=s, descending=d) for d in (False, True)],
        )
    deep = max(0, len(builder.clients) // 2)
    timer.run("caseload", f"page at offset {deep}, sort name", [lambda: ws.clients.caseload(offset=deep)])
    coach = builder.coaches[1]
    town = sorted(ws.ctx.reference.towns)[3]
    filters: dict[str, dict[str, Any]] = {
        "town": {"town_code": town},
        "status": {"status": "active"},
        "phase": {"phase": "planning"},
        "coach": {"coach_id": coach},
        "has something due": {"due_only": True},
        "coach + due + search": {"coach_id": coach, "due_only": True, "search": terms[0]},
    }
    for label, kw in filters.items():
        timer.run(
            "caseload",
            f"filter {label}, sort last_session",
            [lambda kw=kw: ws.clients.caseload(sort="last_session", **kw)],
        )
        info.setdefault("filter_totals", {})[label] = ws.clients.caseload(limit=1, **kw).total

    picks = [builder.clients[rng.randrange(len(builder.clients))][0] for _ in range(30)]
    timer.run(
        "open client",
        "clients.view + sessions.timeline",
        [lambda c=c: (ws.clients.view(c), ws.sessions.timeline(c)) for c in picks],
        "30 clients",
    )
    timer.run("due", "due.items() — supervisor, everything", [lambda: ws.due.items()])
    timer.run("due", "due.counts() — supervisor, everything", [lambda: ws.due.counts()])
    timer.run("due", "due.items(coach_id=…) — one coach", [lambda: ws.due.items(coach_id=coach)])
    info["due_counts"] = ws.due.counts()
    info["due_counts_one_coach"] = ws.due.counts(coach_id=coach)

    ws.act_as(Actor(coach, "coach", builder.org))
    target = next(c for c, _i, status, owner in builder.clients if owner == coach and status != "closed")
    day = iter(range(10_000))

    def write() -> None:
        sid = ws.sessions.save_draft(
            SessionInput(
                target,
                TODAY - timedelta(days=next(day) % 300),
                dtime(9, 0),
                dtime(10, 0),
                "in_person",
                "training",
                CONTENT[0],
                participants=(ParticipantInput("client", "服务对象"),),
            )
        )
        ws.sessions.finalise(sid)

    timer.run("write", "sessions.save_draft + finalise (triggers on)", [write])
    ws.act_as(Actor(builder.supervisor, "supervisor", builder.org))
    return timer, info


def rebuild_seconds(ws: Workspace) -> float:
    statements = migration_0003().REBUILD
    started = time.perf_counter()
    with ws.ctx.uow.begin(None) as s:
        for statement in statements:
            s.execute(text(statement))
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--sessions", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over each set of calls")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json-out", default=str(ROOT / "benchmarks" / "results" / "caseload.json"))
    parser.add_argument("--keep", help="build the profile in this (new) folder and keep it")
    parser.add_argument("--reuse", help="measure a profile kept by --keep instead of building one")
    args = parser.parse_args()

    folder = Path(args.reuse or args.keep or tempfile.mkdtemp(prefix="caseload-bench-"))
    data_dir = ensure_data_dir(folder / "profile")
    if not args.reuse:
        # The key derivation is not what is measured: cheap Argon2 parameters for the passphrase.
        KeyStore(data_dir, argon2=Argon2Params(time_cost=1, memory_cost=8, parallelism=1)).create(PASSPHRASE)
    ws = open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)
    try:
        builder = Builder(ws, args.clients, args.sessions, args.seed)
        build = builder.reload() if args.reuse else builder.build()
        ws.act_as(Actor(builder.supervisor, "supervisor", builder.org))
        print(
            f"{'reused' if args.reuse else 'built'} {builder.counts['clients']} clients, "
            f"{builder.counts['session_records']} session records"
            + ("" if args.reuse else f" in {build['seconds']:.1f} s (triggers on)")
        )
        for table, seconds in build["per_table_seconds"].items():
            print(f"  {table:<24}{builder.counts[table]:>9} rows {seconds:>8.2f} s")
        if not args.reuse:
            build["rebuild_derived_seconds"] = round(rebuild_seconds(ws), 2)
        if "rebuild_derived_seconds" in build:
            rebuilt = build["rebuild_derived_seconds"]
            print(f"  full rebuild of client_summary + client_search from scratch: {rebuilt:.2f} s")
        n = max(1000, args.sessions // 10)
        if not args.reuse:
            build["trigger_overhead_seconds"] = builder.trigger_overhead(n, max(100, n // 10))
        if "trigger_overhead_seconds" in build:
            overhead = build["trigger_overhead_seconds"]
            print(
                f"  trigger overhead (rolled back): {n} session inserts "
                f"{overhead['sessions_with_triggers']:.2f} s with the 0003 triggers, "
                f"{overhead['sessions_without_triggers']:.2f} s without; {max(100, n // 10)} client inserts "
                f"{overhead['clients_with_triggers']:.2f} s / {overhead['clients_without_triggers']:.2f} s"
            )
        ws.ctx.uow.store.checkpoint()
        db = data_dir / "coachdesk.db"
        build["database_mib"] = round(db.stat().st_size / 2**20, 1)

        timer, info = measure(ws, builder, args.rounds, random.Random(args.seed + 1))
    finally:
        ws.close()
        if not (args.keep or args.reuse):
            shutil.rmtree(folder, ignore_errors=True)

    peak = peak_rss_mib()
    print(f"\n{'figure':<52}{'median ms':>11}{'p95 ms':>10}{'max ms':>10}  samples")
    group = None
    for name, row in timer.results.items():
        if row["group"] != group:
            group = row["group"]
            print(f"-- {group}")
        figures = f"{row['median_ms']:>11.2f}{row['p95_ms']:>10.2f}{row['max_ms']:>10.2f}"
        print(f"{name:<52}{figures}  {row['samples']}")
    search = timer.results["search as you type (all queries)"]["median_ms"]
    scan = timer.results["LIKE '%q%' full scan, same queries"]["median_ms"]
    print(f"\nsearch median {search:.2f} ms vs LIKE full scan {scan:.2f} ms ({scan / search:.1f}× faster)")
    print(
        f"database {build['database_mib']} MiB; peak RSS {peak:.0f} MiB; "
        f"SQLite {sqlite_version()} on {platform.machine()}, Python {platform.python_version()}"
    )
    out = Path(args.json_out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "sizes": {
                    "clients": args.clients,
                    "sessions": args.sessions,
                    "rounds": args.rounds,
                    "seed": args.seed,
                },
                "build": build,
                "results": timer.results,
                "info": info,
                "peak_rss_mib": round(peak),
                "platform": {
                    "sqlite": sqlite_version(),
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


def sqlite_version() -> str:
    import sqlcipher3.dbapi2 as sqlcipher

    return str(sqlcipher.sqlite_version)


if __name__ == "__main__":
    sys.exit(main())
