"""Benchmark: batch export of printable forms (pages per second), against bare reportlab in the same run.

    .venv/bin/python benchmarks/forms_bench.py [--clients 60] [--form CD-SR] [--months 2]
        [--min-pages 200] [--rounds 1] [--json-out benchmarks/results/forms.json]

1. Build: a passphrase-protected profile in a temporary folder (cheap Argon2 parameters: key derivation
   is not what is measured) with today fixed at 2026-11-15, and the demo caseload
   (``DemoBuilder(ws).build(--clients)``).
2. The batch: every ``--form`` subject of every coach in the last ``--months`` months (the keys of
   ``ws.forms.subject_keys``), going further back month by month until the batch has at least
   ``--min-pages`` documents (CD-SR: one or more pages each) or the history runs out.
3. Measured, warm (one untimed render first: font registration and imports), best of ``--rounds``:
   * **product**: ``ws.forms.render_batch(form, keys)`` — snapshot building (DB reads through the
     encrypted store), layout, page furniture with "x / y" pages and the QR code, hashing, metadata
     manifest, and one audit entry per PDF;
   * the parts: ``ws.forms.snapshot`` alone for every key, and ``FormRenderer.render`` alone over the
     prebuilt snapshots (no DB, no audit);
   * **baseline, platypus**: the same flowables (``FormRenderer.story``) built by a plain reportlab
     ``SimpleDocTemplate`` on A4 with the same margins and font, a one-line header and footer drawn
     with ``drawString`` — no DB reads, no snapshot building, no QR code, no two-pass page numbering,
     no manifest. (The story still ends with the record list, whose intro computes the content hash
     once: a few microseconds.)
   * **baseline, canvas**: the same snapshot strings drawn with ``canvas.drawString`` in the same
     registered font, wrapped at a fixed number of characters, as many pages as the product's PDF of
     that document had — the cheapest way reportlab can put that text on those pages.

Prints a table (figure, value, baseline, ratio) and writes JSON to ``--json-out``; prints peak RSS.
Not a test (pytest does not collect this folder): nothing is asserted, the numbers are to be read.
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import reportlab  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import SimpleDocTemplate  # noqa: E402

from app.bootstrap import open_workspace  # noqa: E402
from app.domain.outcomes import Period  # noqa: E402
from app.forms import render as form_render  # noqa: E402
from app.forms.definition import FormDefinition  # noqa: E402
from app.forms.snapshot import FormSnapshot  # noqa: E402
from app.host.keystore import Argon2Params, KeyStore  # noqa: E402
from app.services.demo import DemoBuilder  # noqa: E402
from app.services.workspace import Workspace  # noqa: E402

TODAY = date(2026, 11, 15)
PASSPHRASE = "forms-bench-passphrase"
FONT = form_render.FONT


def peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def open_profile(data_dir: Path) -> Workspace:
    data_dir.mkdir(parents=True)
    KeyStore(data_dir, argon2=Argon2Params(time_cost=1, memory_cost=8, parallelism=1)).create(PASSPHRASE)
    return open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)


def months_back(start: date) -> Iterator[str]:
    year, month = start.year, start.month
    while True:
        yield f"{year:04d}-{month:02d}"
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)


def batch_keys(
    ws: Workspace, form: str, months: int, min_docs: int, history: int
) -> tuple[list[str], list[str]]:
    """Keys of ``form`` for every coach, month by month back from today (at least ``months`` months)."""
    coaches = [u.id for u in ws.people.users("coach")]
    keys: list[str] = []
    used: list[str] = []
    for month in months_back(TODAY):
        if len(used) >= history or (len(used) >= months and len(keys) >= min_docs):
            break
        used.append(month)
        for coach in coaches:
            keys += ws.forms.subject_keys(form, coach_id=coach, month=month)
    Period.for_month(*map(int, used[-1].split("-")))  # a sanity check of the month text
    return list(dict.fromkeys(keys)), used


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def strings_of(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from strings_of(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from strings_of(v)


def timed(call: Callable[[], Any], rounds: int) -> tuple[float, Any]:
    """Best wall time of ``rounds`` calls, and the last result."""
    best, result = float("inf"), None
    for _ in range(rounds):
        start = time.perf_counter()
        result = call()
        best = min(best, time.perf_counter() - start)
    return best, result


# -- baselines -------------------------------------------------------------------------------------------


def platypus_baseline(
    renderer: form_render.FormRenderer, definition: FormDefinition, snapshot: FormSnapshot, organisation: str
) -> bytes:
    """The product's flowables in a plain reportlab document: header and footer are one drawString each."""
    buffer = io.BytesIO()

    def furniture(c: rl_canvas.Canvas, doc: Any) -> None:
        c.saveState()
        c.setFont(FONT, 10)
        c.drawString(form_render.MARGIN_X, form_render.PAGE_H - 13 * form_render.mm, organisation)
        c.setFont(FONT, 8)
        c.drawString(form_render.MARGIN_X, 15 * form_render.mm, f"{definition.code} 第 {doc.page} 页")
        c.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=form_render.MARGIN_X,
        rightMargin=form_render.MARGIN_X,
        topMargin=form_render.TOP,
        bottomMargin=form_render.BOTTOM,
        invariant=1,
        initialFontName=FONT,
    )
    doc.build(renderer.story(definition, snapshot), onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def canvas_baseline(snapshot: FormSnapshot, pages: int, organisation: str) -> bytes:
    """The snapshot's strings drawn line by line (wrapped at 40 characters) over ``pages`` A4 pages."""
    lines = [snapshot.title]
    for text in strings_of(snapshot.data):
        for part in text.splitlines() or [""]:
            lines += [part[i : i + 40] for i in range(0, max(len(part), 1), 40)]
    per_page = max(1, -(-len(lines) // pages))
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(buffer, pagesize=A4, invariant=1, initialFontName=FONT)
    for page in range(pages):
        c.setFont(FONT, 10)
        c.drawString(45, A4[1] - 40, organisation)
        y = A4[1] - 70
        c.setFont(FONT, 9.5)
        for line in lines[page * per_page : (page + 1) * per_page]:
            c.drawString(45, y, line)
            y -= 13.5
        c.showPage()
    c.save()
    return buffer.getvalue()


# -- main ------------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=60, help="demo clients (default 60)")
    parser.add_argument("--form", default="CD-SR", help="the form exported in the batch (default CD-SR)")
    parser.add_argument("--months", type=int, default=2, help="months back from today, at least (default 2)")
    parser.add_argument(
        "--min-pages", type=int, default=200, help="go further back until this many documents"
    )
    parser.add_argument("--history", type=int, default=12, help="months of demo history (default 12)")
    parser.add_argument("--rounds", type=int, default=1, help="timed passes; the best is reported")
    parser.add_argument("--json-out", default=str(ROOT / "benchmarks" / "results" / "forms.json"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="coachdesk-forms-bench-") as tmp:
        ws = open_profile(Path(tmp) / "profile")
        try:
            start = time.perf_counter()
            summary = DemoBuilder(ws, months=args.history).build(args.clients)
            demo_seconds = time.perf_counter() - start
            print(
                f"demo: {summary.clients} clients, {summary.coaches} coaches, {summary.sessions} session "
                f"records in {demo_seconds:.1f} s"
            )
            definition = ws.forms.definition(args.form)
            keys, months = batch_keys(ws, args.form, args.months, args.min_pages, args.history)
            if not keys:
                print(f"nothing to export for {args.form}", file=sys.stderr)
                return 1
            organisation = ws.ctx.settings.get("organisation_name")
            renderer = ws.forms.renderer()

            # Warm-up: imports, font registration, first layout.
            ws.forms.render(args.form, keys[0])

            batch_s, rendered = timed(lambda: ws.forms.render_batch(args.form, keys), args.rounds)
            pages_each = [page_count(pdf) for _key, pdf in rendered]
            pages = sum(pages_each)
            snap_s, snapshots = timed(lambda: [ws.forms.snapshot(args.form, k) for k in keys], args.rounds)
            render_s, _ = timed(lambda: [renderer.render(definition, s) for s in snapshots], args.rounds)
            platypus_s, plain = timed(
                lambda: [platypus_baseline(renderer, definition, s, organisation) for s in snapshots],
                args.rounds,
            )
            platypus_pages = sum(page_count(pdf) for pdf in plain)
            canvas_s, _ = timed(
                lambda: [
                    canvas_baseline(s, n, organisation) for s, n in zip(snapshots, pages_each, strict=True)
                ],
                args.rounds,
            )
            product_bytes = sum(len(pdf) for _key, pdf in rendered)
        finally:
            ws.close()

    def rate(n: int, seconds: float) -> float:
        return n / seconds if seconds > 0 else float("inf")

    figures = [
        {
            "figure": f"pages/s, ws.forms.render_batch({args.form}) vs bare platypus, same flowables",
            "unit": "pages/s",
            "value": rate(pages, batch_s),
            "baseline": rate(platypus_pages, platypus_s),
        },
        {
            "figure": f"pages/s, ws.forms.render_batch({args.form}) vs canvas.drawString, same strings",
            "unit": "pages/s",
            "value": rate(pages, batch_s),
            "baseline": rate(pages, canvas_s),
        },
        {
            "figure": "pages/s, FormRenderer.render only (snapshots prebuilt) vs bare platypus",
            "unit": "pages/s",
            "value": rate(pages, render_s),
            "baseline": rate(platypus_pages, platypus_s),
        },
        {
            "figure": "ms per document, ws.forms.snapshot (DB reads) vs render_batch",
            "unit": "ms/doc",
            "value": 1000 * snap_s / len(keys),
            "baseline": 1000 * batch_s / len(keys),
        },
    ]
    for row in figures:
        row["ratio"] = row["value"] / row["baseline"] if row["baseline"] else None
    peak = peak_rss_mib()

    print(
        f"batch: {len(keys)} {args.form} documents, {pages} pages (months {months[-1]} … {months[0]}), "
        f"{product_bytes / len(keys) / 1024:.0f} KiB per PDF; bare platypus made {platypus_pages} pages"
    )
    print(f"\n{'figure':<82}{'value':>10}{'baseline':>10}{'ratio':>8}")
    for row in figures:
        print(f"{row['figure']:<82}{row['value']:>10.1f}{row['baseline']:>10.1f}{row['ratio']:>8.2f}")
    print(
        f"\ntimes: render_batch {batch_s:.2f} s, snapshots {snap_s:.2f} s, render only {render_s:.2f} s, "
        f"bare platypus {platypus_s:.2f} s, bare canvas {canvas_s:.2f} s (best of {args.rounds})"
    )
    print(f"peak RSS {peak:.0f} MiB")

    out = Path(args.json_out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "form": args.form,
                "clients": summary.clients,
                "coaches": summary.coaches,
                "documents": len(keys),
                "pages": pages,
                "months": months,
                "rounds": args.rounds,
                "seconds": {
                    "demo_build": round(demo_seconds, 3),
                    "render_batch": round(batch_s, 4),
                    "snapshots": round(snap_s, 4),
                    "render_only": round(render_s, 4),
                    "platypus_baseline": round(platypus_s, 4),
                    "canvas_baseline": round(canvas_s, 4),
                },
                "figures": [
                    {k: (round(v, 3) if isinstance(v, float) else v) for k, v in row.items()}
                    for row in figures
                ],
                "peak_rss_mib": round(peak),
                "python": platform.python_version(),
                "reportlab": reportlab.Version,
                "platform": platform.platform(),
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
