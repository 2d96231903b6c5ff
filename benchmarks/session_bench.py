"""Benchmark: saving and finalising a session record (what a coach waits for), against bare inserts.

    .venv/bin/python benchmarks/session_bench.py [--rounds 200] [--json-out benchmarks/results/session.json]

Measured in one run, on the same disk, each with ``journal_mode=WAL`` and ``synchronous=FULL``:

* CoachDesk: ``save_draft`` then ``finalise`` through the services (validation, encryption, audit, two
  transactions, each durably committed);
* baseline 1: a bare stdlib ``sqlite3`` INSERT of a row of the same size, one transaction per row;
* baseline 2: the same bare INSERT through SQLCipher with a raw key (what encryption alone costs).

Prints median and p95 latency and the ratios, and peak RSS. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import resource
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as dtime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.bootstrap import open_workspace  # noqa: E402
from app.domain.identity import build_id_number  # noqa: E402
from app.domain.records import (  # noqa: E402
    ClientInput,
    DisabilityInput,
    GoalInput,
    GoalProgressInput,
    ParticipantInput,
    PlanInput,
    SessionInput,
)
from app.services.people import UserInput  # noqa: E402

CONTENT = "在岗观察服务对象完成包装流程，示范两次后由其独立操作，整体完成质量良好，个别步骤需提醒。" * 4


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bare_inserts(connect, rounds: int) -> list[float]:  # type: ignore[no-untyped-def]
    conn = connect()
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE s (id TEXT PRIMARY KEY, client TEXT, day TEXT, content TEXT, minutes INT)")
    times = []
    for i in range(rounds):
        started = time.perf_counter()
        with conn:
            conn.execute(
                "INSERT INTO s VALUES (?, ?, ?, ?, ?)",
                (secrets.token_hex(16), "c", "2026-11-01", CONTENT, 60 + i),
            )
        times.append(time.perf_counter() - started)
    conn.close()
    return times


def coachdesk_saves(folder: Path, rounds: int) -> list[float]:
    today = date.today()
    ws = open_workspace(folder / "ws", passphrase="benchmark-passphrase")
    org = ws.people.create_organisation("基准测试机构")
    uid = ws.people.create_user(org, UserInput("bench", "基准", "coach"))
    ws.people.sign_in(uid)
    birth = date(1990, 1, 1)
    client = ws.clients.create(
        ClientInput(
            name="基准对象",
            sex="male",
            birth_date=birth,
            id_number=build_id_number("441900", birth, 1),
            disabilities=(DisabilityInput(5, 3, True),),
            intake_date=today - timedelta(days=300),
            assigned_coach_id=uid,
        )
    )
    ws.plans.create(
        PlanInput(
            client,
            "包装工",
            today - timedelta(days=290),
            today + timedelta(days=60),
            (
                GoalInput(
                    "独立乘车",
                    "两周准时到岗",
                    "client",
                    today - timedelta(days=290),
                    today + timedelta(days=60),
                ),
            ),
        )
    )
    goal = ws.plans.goals_of_client(client)[0][0]
    times = []
    for i in range(rounds):
        data = SessionInput(
            client,
            today - timedelta(days=i % 250),
            dtime(9, 0),
            dtime(10, 30),
            "in_person",
            "on_site_coaching",
            CONTENT,
            travel_minutes=20,
            place="工作单位",
            fading_percent=50,
            participants=(ParticipantInput("client", "服务对象"),),
            goals=(GoalProgressInput(goal, i % 100),),
        )
        started = time.perf_counter()
        sid = ws.sessions.save_draft(data)
        ws.sessions.finalise(sid)
        times.append(time.perf_counter() - started)
    ws.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--json-out", default=str(ROOT / "benchmarks" / "results" / "session.json"))
    args = parser.parse_args()
    import sqlcipher3.dbapi2 as sqlcipher

    with tempfile.TemporaryDirectory(dir=ROOT / "build" if (ROOT / "build").exists() else None) as tmp:
        folder = Path(tmp)
        key = secrets.token_bytes(32)

        def cipher_connect():  # type: ignore[no-untyped-def]
            conn = sqlcipher.connect(str(folder / "cipher.db"), isolation_level=None)
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.isolation_level = ""
            return conn

        plain = bare_inserts(lambda: sqlite3.connect(folder / "plain.db"), args.rounds)
        cipher = bare_inserts(cipher_connect, args.rounds)
        ours = coachdesk_saves(folder, args.rounds)

    rows = []
    for name, values in (
        ("session save + finalise (CoachDesk)", ours),
        ("bare SQLite insert (baseline)", plain),
        ("bare SQLCipher insert", cipher),
    ):
        rows.append(
            {
                "figure": name,
                "median_ms": round(1000 * statistics.median(values), 3),
                "p95_ms": round(1000 * percentile(values, 95), 3),
            }
        )
    base = rows[1]["median_ms"]
    for row in rows:
        row["ratio_to_baseline"] = round(row["median_ms"] / base, 2) if base else None
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'figure':<40}{'median ms':>12}{'p95 ms':>10}{'× bare SQLite':>15}")
    for row in rows:
        print(
            f"{row['figure']:<40}{row['median_ms']:>12.2f}{row['p95_ms']:>10.2f}{row['ratio_to_baseline']:>15.2f}"
        )
    print(f"peak RSS {peak_mib:.0f} MiB; {args.rounds} rounds each; WAL + synchronous=FULL everywhere")
    out = Path(args.json_out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps({"rounds": args.rounds, "rows": rows, "peak_rss_mib": round(peak_mib)}, indent=2)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
