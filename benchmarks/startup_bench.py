"""Benchmark: cold start to the first painted main window, against a bare PySide6 window.

    .venv/bin/python benchmarks/startup_bench.py --data-dir PROFILE [--rounds 5] [--json-out FILE]

Each round starts a fresh Python process (offscreen Qt) and measures from just before the process is
spawned to the first paint event of the window: for CoachDesk, opening the encrypted profile (key,
quick_check, migrations check), the services and the main window with its first caseload page and
due panel; for the baseline, ``QApplication`` plus an empty ``QMainWindow``. Also the peak RSS of
each child. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(["bench"])
mode, data_dir = sys.argv[1], sys.argv[2]
if mode == "coachdesk":
    from pathlib import Path
    from app.bootstrap import open_workspace
    from app.host.keystore import passphrase_from_env
    from app.ui.common import apply_zoom
    from app.ui.main_window import MainWindow
    ws = open_workspace(Path(data_dir), passphrase=passphrase_from_env())
    apply_zoom(ws.ctx.settings.get("zoom_percent"))
    window = MainWindow(ws)
else:
    window = QMainWindow()
window.resize(1366, 768)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"PAINT {time.time():.6f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False

watch = FirstPaint()
target = window.table.viewport() if mode == "coachdesk" else window
target.installEventFilter(watch)
window.show()
app.exec()
"""


def one_start(mode: str, data_dir: str) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, data_dir],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("PAINT ")), None)
    if out.returncode != 0 or line is None:
        raise RuntimeError(f"{mode} start failed:\n{out.stdout}\n{out.stderr}")
    _, painted, rss_kib = line.split()
    return float(painted) - started, int(rss_kib) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data-dir", required=True, help="an existing profile (e.g. kept by caseload_bench --keep)"
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json-out", default=str(ROOT / "benchmarks" / "results" / "startup.json"))
    args = parser.parse_args()
    results = {}
    for mode in ("bare", "coachdesk"):
        one_start(mode, args.data_dir)  # warm the OS file cache once: "cold" is the process, not the disk
        runs = [one_start(mode, args.data_dir) for _ in range(args.rounds)]
        results[mode] = {
            "median_s": round(statistics.median(t for t, _ in runs), 3),
            "max_s": round(max(t for t, _ in runs), 3),
            "peak_rss_mib": round(max(r for _, r in runs)),
        }
    ratio = results["coachdesk"]["median_s"] / results["bare"]["median_s"]
    print(f"{'figure':<52}{'median s':>10}{'max s':>8}{'RSS MiB':>9}")
    print(
        f"{'start to first paint: bare PySide6 window (baseline)':<52}{results['bare']['median_s']:>10.3f}"
        f"{results['bare']['max_s']:>8.3f}{results['bare']['peak_rss_mib']:>9}"
    )
    print(
        f"{'start to first paint: CoachDesk main window':<52}{results['coachdesk']['median_s']:>10.3f}"
        f"{results['coachdesk']['max_s']:>8.3f}{results['coachdesk']['peak_rss_mib']:>9}"
    )
    print(f"ratio CoachDesk / bare: {ratio:.2f}; {args.rounds} rounds each; profile {args.data_dir}")
    out = Path(args.json_out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps({"rounds": args.rounds, "results": results, "ratio": round(ratio, 2)}, indent=2)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
