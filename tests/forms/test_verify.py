"""Trust: a printed form can be checked against the records. ``verify`` names the record that changed,
was added or removed since printing; a PDF that CoachDesk did not make, or whose manifest was tampered
with, gets a clear error. The QR code on each page holds the same hash as the footer and the manifest.
``coachdesk verify-pdf`` exits 0 (matches), 1 (does not match) or 2 (not a CoachDesk PDF)."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from app.domain.records import CheckpointResultInput
from app.services.forms import NotACoachDeskPdf, file_name, read_manifest

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "test-passphrase-1"


def with_keywords(document: bytes, keywords: str) -> bytes:
    """The PDF with its /Keywords (where the manifest lives) replaced."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(document)))
    writer.add_metadata({"/Keywords": keywords})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def manifest_edit(document: bytes, **changes: Any) -> bytes:
    manifest = read_manifest(document)
    for key, value in changes.items():
        if value is None:
            manifest.pop(key)
        else:
            manifest[key] = value
    return with_keywords(document, "CoachDeskManifest:" + json.dumps(manifest, ensure_ascii=False))


def plain_pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 720, "A letter that CoachDesk did not make.")
    c.showPage()
    c.save()
    return buffer.getvalue()


# -- verify ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code", ["CD-REG", "CD-SR", "CD-SRM", "CD-IEP", "CD-FU", "CD-SUP", "CD-MON", "CD-CLO"]
)
def test_a_fresh_export_matches(code: str, shared: Any) -> None:
    ws, caseload = shared.ws, shared
    document = ws.forms.render(code, caseload.key(code))
    snapshot = ws.forms.snapshot(code, caseload.key(code))
    result = ws.forms.verify(document)
    assert result.matches
    assert (result.form, result.version, result.subject, result.key) == (
        code,
        "1.0",
        snapshot.subject,
        caseload.key(code),
    )
    assert result.printed_hash == result.current_hash == snapshot.content_hash
    assert (result.changed, result.removed, result.added, result.problems) == ((), (), (), ())


def test_editing_the_client_names_the_changed_record(caseload: Any) -> None:
    ws = caseload.ws
    printed = {code: ws.forms.render(code, caseload.key(code)) for code in ("CD-REG", "CD-SR", "CD-SUP")}
    data = ws.clients.input_of(caseload.client_id)
    assert ws.clients.update(caseload.client_id, data.replace(phone="13600002222")) == ["phone"]

    for code in ("CD-REG", "CD-SR"):
        result = ws.forms.verify(printed[code])
        assert not result.matches, code
        assert result.changed == (f"clients {caseload.client_id}",), code
        assert (result.removed, result.added) == ((), ())
        assert result.current_hash != result.printed_hash
    # The supervision form does not print the client: it still matches.
    assert ws.forms.verify(printed["CD-SUP"]).matches


def test_amending_a_final_session_names_the_amendment(caseload: Any) -> None:
    ws = caseload.ws
    printed = ws.forms.render("CD-SR", caseload.final_id)
    monthly = ws.forms.render("CD-SRM", caseload.key("CD-SRM"))
    amendment = ws.sessions.amend(caseload.second_id, {"travel_minutes": 35}, "补记交通时间")
    assert ws.forms.verify(printed).matches  # another session was amended
    result = ws.forms.verify(monthly)
    assert not result.matches and result.added == (f"session_amendments {amendment}",)
    assert (result.changed, result.removed) == ((), ())

    again = ws.sessions.amend(caseload.final_id, {"place": "华达超市南城店"}, "地点记错")
    result = ws.forms.verify(printed)
    assert not result.matches
    assert result.added == (f"session_amendments {again}",)
    assert result.changed == () and result.removed == ()
    assert "华达超市南城店" in str(ws.forms.snapshot("CD-SR", caseload.final_id).data["session"]["place"])


def test_a_removed_and_a_changed_record_are_named(caseload: Any) -> None:
    ws = caseload.ws
    monthly = ws.forms.render("CD-SRM", caseload.key("CD-SRM"))
    follow_up = ws.forms.render("CD-FU", caseload.placement_id)
    ws.sessions.delete_draft(caseload.draft_id)
    ws.placements.record_checkpoint(
        caseload.checkpoint_ids[2], CheckpointResultInput(date(2026, 11, 14), True, True, 40.0, 2500)
    )
    result = ws.forms.verify(monthly)
    assert not result.matches and result.removed == (f"session_records {caseload.draft_id}",)
    result = ws.forms.verify(follow_up)
    assert not result.matches
    assert result.changed == (f"retention_checkpoints {caseload.checkpoint_ids[2]}",)


def test_a_changed_figure_of_the_coach_month_names_its_record(caseload: Any) -> None:
    ws, staff = caseload.ws, caseload.staff
    key = f"{staff.coach1_id}/2026-08"  # the 90-day checkpoint was due in August
    document = ws.forms.render("CD-MON", key)
    assert "90天：1/1" in ws.forms.snapshot("CD-MON", key).data["figures"]["retention"]
    ws.placements.record_checkpoint(
        caseload.checkpoint_ids[1], CheckpointResultInput(date(2026, 9, 1), False, note="已离职")
    )
    result = ws.forms.verify(document)
    assert not result.matches
    # The check names the checkpoint; recording "no longer employed" also ended the placement.
    assert set(result.changed) == {
        f"retention_checkpoints {caseload.checkpoint_ids[1]}",
        f"placements {caseload.placement_id}",
    }


def test_a_deleted_subject_does_not_match(workspace: Any, add_client: Any) -> None:
    client = add_client(name="错登记")
    document = workspace.forms.render("CD-REG", client)
    assert workspace.forms.verify(document).matches
    workspace.clients.delete(client)
    result = workspace.forms.verify(document)
    assert not result.matches and result.current_hash is None
    assert result.problems == ("the printed subject no longer exists",)


def test_a_pdf_not_made_by_coachdesk_is_refused_clearly(shared: Any) -> None:
    ws = shared.ws
    with pytest.raises(NotACoachDeskPdf, match="not made by CoachDesk") as error:
        ws.forms.verify(plain_pdf())
    assert error.value.code == "not_a_coachdesk_pdf"
    for junk in (b"", b"hello, not a pdf", b"%PDF-1.4\n%%EOF"):
        with pytest.raises(NotACoachDeskPdf):
            ws.forms.verify(junk)


def test_a_tampered_manifest_is_refused_or_does_not_match(shared: Any) -> None:
    ws, caseload = shared.ws, shared
    document = ws.forms.render("CD-SR", caseload.final_id)
    damaged = with_keywords(document, "CoachDeskManifest:{not json")
    with pytest.raises(NotACoachDeskPdf, match="manifest is damaged"):
        ws.forms.verify(damaged)
    with pytest.raises(NotACoachDeskPdf, match="manifest is damaged"):
        ws.forms.verify(manifest_edit(document, app="Other"))
    with pytest.raises(NotACoachDeskPdf, match="manifest is damaged"):
        ws.forms.verify(with_keywords(document, "CoachDeskManifest:[1, 2]"))
    # A hash that was edited: no record changed, but the content does not match.
    result = ws.forms.verify(manifest_edit(document, sha256="0" * 64))
    assert not result.matches and result.problems
    # A record version that was edited is named as changed.
    manifest = read_manifest(document)
    table, rid, _version = manifest["records"][0]
    forged = [[t, i, "000000000000" if (t, i) == (table, rid) else v] for t, i, v in manifest["records"]]
    result = ws.forms.verify(manifest_edit(document, records=forged))
    assert not result.matches and result.changed == (f"{table} {rid}",)
    # A form that is not installed here.
    result = ws.forms.verify(manifest_edit(document, form="ORG-XX"))
    assert not result.matches and result.problems == ("the form ORG-XX is not installed here",)


@pytest.mark.parametrize("missing", ["records", "sha256"])
def test_a_manifest_missing_a_key_is_called_damaged(missing: str, shared: Any) -> None:
    document = shared.ws.forms.render("CD-SR", shared.final_id)
    with pytest.raises(NotACoachDeskPdf, match="damaged"):
        shared.ws.forms.verify(manifest_edit(document, **{missing: None}))


# -- the QR code ----------------------------------------------------------------------------------------


def test_qr_code_holds_the_same_hash_as_footer_and_manifest(shared: Any, pdf: Any, tmp_path: Path) -> None:
    ws, caseload = shared.ws, shared
    snapshot = ws.forms.snapshot("CD-REG", caseload.client_id)
    document = ws.forms.render("CD-REG", caseload.client_id)
    pages = pdf.pages(document)
    assert len(pages) >= 2
    manifest = read_manifest(document)
    for number in (1, len(pages)):
        [payload] = pdf.qr(document, tmp_path, page=number)
        assert payload == snapshot.qr_payload()
        decoded = json.loads(payload)
        assert decoded == {
            "form": "CD-REG",
            "version": "1.0",
            "subject": "client",
            "key": caseload.client_id,
            "as_of": snapshot.as_of.isoformat(timespec="seconds"),
            "sha256": snapshot.content_hash,
            "records": len(snapshot.records),
        }
        [footer_hash] = re.findall(r"SHA-256 ([0-9a-f]{64})\s", pages[number - 1])
        assert decoded["sha256"] == footer_hash == manifest["sha256"] == snapshot.content_hash
    assert manifest["records"] == [[r.table, r.id, r.version] for r in snapshot.records]


# -- the command line -------------------------------------------------------------------------------------


def coachdesk(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COACHDESK_", "DBUS_", "KEYRING_"))}
    env.update(
        PYTHONPATH=str(REPO_ROOT),
        PYTHONDONTWRITEBYTECODE="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        COACHDESK_PASSPHRASE=PASSPHRASE,
    )
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        env=env,
        cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_export_and_verify_pdf_exit_codes(caseload: Any, tmp_path: Path, probe: Any) -> None:
    ws = caseload.ws
    out = tmp_path / "out"
    seq = probe.last_seq(ws)
    exported = coachdesk(
        ws.data_dir, "--json", "export-forms", "--form", "CD-SR", "--client", caseload.client_id,
        "--month", "2026-10", "--out", str(out),
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    names = sorted(Path(p).name for p in json.loads(exported.stdout))
    expected = sorted(
        file_name("CD-SR", k) for k in (caseload.final_id, caseload.second_id, caseload.draft_id)
    )
    assert names == expected == sorted(p.name for p in out.iterdir())
    assert [e.action for e in probe.audit(ws, seq)] == ["form_export"] * 3
    final = out / file_name("CD-SR", caseload.final_id)
    # Another process rendered the same records: the same bytes.
    assert final.read_bytes() == ws.forms.render("CD-SR", caseload.final_id)

    ok = coachdesk(ws.data_dir, "verify-pdf", str(final))
    assert ok.returncode == 0, ok.stderr
    assert (
        "MATCHES the current records." in ok.stdout
        and f"CD-SR v1.0, session {caseload.final_id}" in ok.stdout
    )

    data = ws.clients.input_of(caseload.client_id)
    ws.clients.update(caseload.client_id, data.replace(address="南城街道宏图路9号"))
    changed = coachdesk(ws.data_dir, "--json", "verify-pdf", str(final))
    assert changed.returncode == 1, changed.stderr
    report = json.loads(changed.stdout)
    assert report["matches"] is False and report["changed"] == [f"clients {caseload.client_id}"]
    assert report["key"] == caseload.final_id and report["printed_hash"] != report["current_hash"]

    foreign = tmp_path / "letter.pdf"
    foreign.write_bytes(plain_pdf())
    refused = coachdesk(ws.data_dir, "verify-pdf", str(foreign))
    assert refused.returncode == 2
    assert "not made by CoachDesk" in refused.stderr and "Traceback" not in refused.stderr
