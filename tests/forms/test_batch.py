"""Exports and prints are audited (who, which form and version, which subject, full numbers or not, the
content hash, when), one entry per PDF; a cancelled batch writes nothing; batches merge into one PDF or
a ZIP; and every form renders — and verifies — over the demo caseload."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import Any

import pytest

from app.domain.clock import utcnow
from app.services.demo import DemoBuilder
from app.services.forms import Cancelled, Zipped, file_name, merge_pdfs, read_manifest
from app.services.workspace import Workspace


def audit_at(probe: Any, ws: Workspace, seq: int) -> datetime:
    value = probe.scalar(ws, "SELECT at FROM audit_log WHERE seq = :s", s=seq)
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


@pytest.mark.parametrize(("action", "logged"), [("export", "form_export"), ("print", "form_print")])
def test_a_render_is_audited_once_with_what_was_printed(
    action: str, logged: str, caseload: Any, probe: Any, kit: Any
) -> None:
    ws, staff = caseload.ws, caseload.staff
    before = utcnow().replace(microsecond=0)
    seq = probe.last_seq(ws)
    document = ws.forms.render("CD-SR", caseload.final_id, action=action)
    manifest = read_manifest(document)
    [entry] = probe.audit(ws, seq)
    assert (entry.action, entry.actor_id, entry.entity, entry.entity_id) == (
        logged,
        staff.coach1_id,
        "session",
        caseload.final_id,
    )
    assert entry.detail == {
        "form": "CD-SR",
        "version": "1.0",
        "key": caseload.final_id,
        "full_numbers": False,
        "sha256": manifest["sha256"],
        "records": len(manifest["records"]),
    }
    assert audit_at(probe, ws, entry.seq) >= before  # when
    # Nothing personal in the audit entry (PIPL): no name, no number.
    flat = str(entry.detail)
    assert kit.NAME not in flat and caseload.id_number not in flat and caseload.masked_id not in flat


def test_a_batch_is_audited_one_entry_per_pdf(caseload: Any, probe: Any) -> None:
    ws, staff = caseload.ws, caseload.staff
    keys = ws.forms.subject_keys("CD-SR", coach_id=staff.coach1_id, month="2026-10")
    assert keys == [caseload.final_id, caseload.second_id, caseload.draft_id]  # by date
    seen: list[tuple[int, int]] = []
    seq = probe.last_seq(ws)
    out = ws.forms.render_batch("CD-SR", keys, action="print", progress=lambda d, t: seen.append((d, t)))
    assert [k for k, _ in out] == keys and seen == [(1, 3), (2, 3), (3, 3)]
    entries = probe.audit(ws, seq)
    assert [(e.action, e.entity_id, e.detail["key"]) for e in entries] == [("form_print", k, k) for k in keys]
    assert [e.detail["sha256"] for e in entries] == [read_manifest(pdf)["sha256"] for _k, pdf in out]
    # A monthly key is audited against the client (the part before the month).
    seq = probe.last_seq(ws)
    ws.forms.render_batch("CD-SRM", [caseload.key("CD-SRM")], full_numbers=True)
    [entry] = probe.audit(ws, seq)
    assert (entry.action, entry.entity, entry.entity_id) == (
        "form_export",
        "client_month",
        caseload.client_id,
    )
    assert (entry.detail["key"], entry.detail["full_numbers"]) == (caseload.key("CD-SRM"), True)


def test_a_cancelled_batch_raises_and_audits_nothing(caseload: Any, probe: Any) -> None:
    ws = caseload.ws
    keys = ws.forms.subject_keys("CD-SR", client_id=caseload.client_id)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] >= 3  # after two PDFs were rendered

    counts, seq = probe.counts(ws), probe.last_seq(ws)
    with pytest.raises(Cancelled, match="nothing was written"):
        ws.forms.render_batch("CD-SR", keys, cancelled=cancelled)
    assert calls["n"] == 3
    assert probe.audit(ws, seq) == [] and probe.counts(ws) == counts


def test_an_unknown_action_is_refused_before_anything_is_audited(caseload: Any, probe: Any) -> None:
    seq = probe.last_seq(caseload.ws)
    with pytest.raises(ValueError, match="unknown form action"):
        caseload.ws.forms.render("CD-SR", caseload.final_id, action="email")
    assert probe.audit(caseload.ws, seq) == []


def test_merge_and_zip_a_batch(caseload: Any, pdf: Any, kit: Any) -> None:
    ws = caseload.ws
    batch = ws.forms.render_batch("CD-SR", [caseload.final_id, caseload.second_id, caseload.draft_id])
    batch += ws.forms.render_batch("CD-REG", [caseload.client_id])
    counts = [pdf.page_count(document) for _k, document in batch]
    merged = merge_pdfs([document for _k, document in batch])
    assert pdf.page_count(merged) == sum(counts)
    text = kit.flat(pdf.text(merged))
    assert kit.CONTENT_SECOND in text and kit.CONTENT_DRAFT in text and "服务对象登记表" in text

    files = [(file_name("CD-SR", k), d) for k, d in batch[:3]]
    files.append(
        (file_name("CD-SRM", caseload.key("CD-SRM")), ws.forms.render("CD-SRM", caseload.key("CD-SRM")))
    )
    archive = Zipped(files).bytes()
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        assert z.testzip() is None
        assert z.namelist() == [
            f"CD-SR-{caseload.final_id}.pdf",
            f"CD-SR-{caseload.second_id}.pdf",
            f"CD-SR-{caseload.draft_id}.pdf",
            f"CD-SRM-{caseload.client_id}-2026-10.pdf",
        ]
        for name, document in files:
            assert z.read(name) == document
            assert ws.forms.verify(z.read(name)).matches
    assert Zipped(files).bytes() == archive  # the archive is reproducible too


def test_every_form_renders_and_verifies_for_the_demo_caseload(
    bare_workspace: Workspace, pdf: Any, kit: Any, probe: Any
) -> None:
    ws = bare_workspace
    summary = DemoBuilder(ws).build(20)
    assert summary.clients == 20
    coach = next(u for u in ws.people.users("coach") if u.username == "coach1")
    rendered = 0
    for form in ws.forms.catalogue():
        monthly = form.subject in ("client_month", "coach_month")
        keys = ws.forms.subject_keys(form.code, coach_id=coach.id, month="2026-10" if monthly else None)
        assert keys, form.code
        sample = keys[:: max(1, len(keys) // 3)][:3]  # a spread, capped to keep the suite fast
        seq = probe.last_seq(ws)
        batch = ws.forms.render_batch(form.code, sample)
        assert len(probe.audit(ws, seq)) == len(sample)
        for key, document in batch:
            result = ws.forms.verify(document)
            assert result.matches, (form.code, key, result)
            text = kit.flat(pdf.text(document))
            assert form.title in text and f"表单{form.code}v{form.version}" in text
            data = ws.forms.snapshot(form.code, key).data
            if "client" in data:
                assert kit.flat(data["client"]["name"]) in text and data["client"]["id_number"] in text
            else:
                for row in data.get("clients", []):  # the coach's month lists the caseload
                    assert kit.flat(row["name"]) in text, (form.code, key)
            rendered += 1
    assert rendered >= 16
