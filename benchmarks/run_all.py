"""Every CoachDesk benchmark in one command, outside the pass/fail test run.

    .venv/bin/python benchmarks/run_all.py [--quick] [--profile DIR]

1. caseload search and open-client latency at 50,000 clients / 500,000 session records (the profile is
   built once into ``--profile``, default ``build/bench-profile``, and reused by later runs);
2. cold start to the first painted main window on that profile, against a bare PySide6 window;
3. session save + finalise latency with ``synchronous=FULL``, against bare SQLite and SQLCipher inserts;
4. PDF pages per second for a batch export, against bare reportlab;
5. sync at 10,000 clients / 100,000 session records in one coach's caseload, on the real server process
   over SQLite and PostgreSQL (when one listens on 127.0.0.1:5432): push throughput per server core
   against a bulk insert of the same rows, a device's first sync against inserting the same rows
   straight into a store, and an incremental sync of 5 changes against a sync with nothing to do
   (its profile is kept in ``build/sync-profile-10000`` and reused).

Each figure comes with a baseline measured in the same run, and peak RSS. The table is printed and the
JSON of every part lands in ``benchmarks/results/`` (``all.json`` gathers them). ``--quick`` uses a
5,000-client profile for a fast look, and 1,000 clients / 10,000 session records for sync.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
PASSPHRASE = "benchmark-passphrase"  # the profile caseload_bench builds (invented data only)


def run(script: str, *args: str) -> None:
    env = dict(os.environ, COACHDESK_PASSPHRASE=PASSPHRASE)
    print(f"\n=== {script} {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args], check=True, env=env, cwd=ROOT)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="5,000 clients / 50,000 sessions (sync: 1,000 / 10,000)"
    )
    parser.add_argument("--profile", help="where the benchmark profile is kept (default build/bench-profile)")
    args = parser.parse_args()
    clients, sessions = (5_000, 50_000) if args.quick else (50_000, 500_000)
    profile = Path(args.profile or ROOT / "build" / f"bench-profile-{clients}")
    reuse = (profile / "coachdesk.db").exists()
    run(
        "caseload_bench.py",
        "--clients", str(clients),
        "--sessions", str(sessions),
        *(["--reuse", str(profile)] if reuse else ["--keep", str(profile)]),
        "--json-out", str(RESULTS / "caseload.json"),
    )  # fmt: skip
    run("startup_bench.py", "--data-dir", str(profile), "--json-out", str(RESULTS / "startup.json"))
    run("session_bench.py", "--json-out", str(RESULTS / "session.json"))
    run("forms_bench.py", "--json-out", str(RESULTS / "forms.json"))
    sync_clients, sync_sessions = (1_000, 10_000) if args.quick else (10_000, 100_000)
    sync_profile = ROOT / "build" / f"sync-profile-{sync_clients}"
    sync_reuse = (sync_profile / "profile" / "coachdesk.db").exists()
    run(
        "sync_bench.py",
        "--clients", str(sync_clients),
        "--sessions", str(sync_sessions),
        *(["--reuse", str(sync_profile)] if sync_reuse else ["--keep", str(sync_profile)]),
        "--json-out", str(RESULTS / "sync.json"),
    )  # fmt: skip
    gathered = {
        "machine": {
            "cpu_count": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "sizes": {"clients": clients, "sessions": sessions, "sync_clients": sync_clients},
    }
    for part in ("caseload", "startup", "session", "forms", "sync"):
        gathered[part] = json.loads((RESULTS / f"{part}.json").read_text(encoding="utf-8"))
    (RESULTS / "all.json").write_text(json.dumps(gathered, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nAll results: {RESULTS / 'all.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
