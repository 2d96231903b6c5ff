"""The forms dialog: preview inside the app, export a batch as one PDF or a ZIP off the GUI thread with
progress and Cancel, and printing (pages painted onto a real QPrinter writing a PDF file)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from app.bootstrap import open_workspace
from app.services.base import Actor
from app.services.demo import DemoBuilder
from app.services.workspace import Workspace
from app.storage.models import AuditEntry
from app.ui.forms_dialog import FormsDialog, paint_pdf

TODAY = date(2026, 11, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = open_workspace(
        tmp_path_factory.mktemp("forms-ui") / "data", passphrase="test-passphrase-1", today=lambda: TODAY
    )
    DemoBuilder(ws, months=3).build(8)
    supervisor = next(u for u in ws.people.users() if u.role == "supervisor")
    assert ws.actor is not None
    ws.act_as(Actor(supervisor.id, "supervisor", ws.actor.organisation_id, supervisor.display_name))
    yield ws
    ws.close()


def audit_actions(ws: Workspace) -> list[str]:
    with ws.ctx.uow.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def make_dialog(qtbot, ws: Workspace, code: str, month: str | None) -> FormsDialog:  # type: ignore[no-untyped-def]
    dialog = FormsDialog(ws)
    qtbot.addWidget(dialog)
    dialog.form.setCurrentIndex(dialog.form.findData(code))
    dialog.scope.setCurrentIndex(dialog.scope.findData("team"))
    if month is None:
        dialog.whole_period.setChecked(True)
    else:
        year, mon = (int(p) for p in month.split("-"))
        dialog.month.setDate(QDate(year, mon, 1))
    return dialog


def test_dialog_is_accessible(qtbot, demo: Workspace, assert_accessible: Callable[[QWidget], None]) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, demo, "CD-REG", None)
    dialog.show()
    assert_accessible(dialog)
    # A supervisor can export the whole team's forms; a coach only picks a coach.
    assert dialog.scope.findData("team") >= 0


def test_preview_renders_inside_the_app_and_is_audited(qtbot, demo: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, demo, "CD-REG", None)
    before = audit_actions(demo)
    preview = dialog.preview()
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    assert audit_actions(demo)[len(before) :] == ["form_preview"]


def test_export_zip_off_the_gui_thread(qtbot, demo: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, demo, "CD-REG", None)
    keys = dialog.subject_keys()
    assert len(keys) == 8  # every demo client belongs to the supervisor's team
    dialog.out.setText(str(tmp_path / "team.zip"))
    before = len(audit_actions(demo))
    dialog.zip_button.click()
    qtbot.waitUntil(lambda: dialog.last_written is not None, timeout=60_000)
    assert dialog.last_written == tmp_path / "team.zip"
    with zipfile.ZipFile(dialog.last_written) as z:
        names = z.namelist()
        assert sorted(names) == sorted(f"CD-REG-{k}.pdf" for k in keys)
        assert all(z.read(n).startswith(b"%PDF") for n in names)
    assert audit_actions(demo)[before:] == ["form_export"] * len(keys)


def test_export_one_merged_pdf(qtbot, demo: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, demo, "CD-IEP", None)
    keys = dialog.subject_keys()
    assert len(keys) == 8  # one active plan per demo client
    dialog.out.setText(str(tmp_path / "plans"))
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: dialog.last_written is not None, timeout=60_000)
    merged = PdfReader(str(dialog.last_written))
    singles = [
        len(PdfReader(io.BytesIO(demo.forms.render(dialog.form.currentData(), k))).pages) for k in keys
    ]
    assert len(merged.pages) == sum(singles)


def test_cancel_writes_nothing_and_audits_nothing(qtbot, demo: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, demo, "CD-SR", None)
    dialog.out.setText(str(tmp_path / "sessions.zip"))
    before = len(audit_actions(demo))
    dialog.zip_button.click()
    assert dialog.task is not None
    dialog.task.cancel()
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=60_000)
    assert "已取消" in dialog.status.text()
    assert not (tmp_path / "sessions.zip").exists()
    assert len(audit_actions(demo)) == before


def test_monthly_form_needs_a_month(qtbot, demo: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, demo, "CD-MON", None)
    assert dialog.preview() is None
    assert "--month" in dialog.status.text() or "月" in dialog.status.text()


def test_printing_paints_every_page(qtbot, demo: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = demo.forms.subject_keys("CD-SUP", coach_id=demo.people.users("coach")[0].id)[0]
    pdf = demo.forms.render("CD-SUP", key, action="print")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_pdf(pdf, printer)
    assert pages == len(PdfReader(io.BytesIO(pdf)).pages)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == pages
