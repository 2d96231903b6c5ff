"""End to end through the GUI, on a fresh workspace: register a client, open the file, make a plan with a
goal, record a session and finalise it, record a placement (creating the employer on the way), and see
the dashboard's figures and the caseload change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import open_workspace
from app.domain.identity import build_certificate_number, build_id_number
from app.services.people import UserInput
from app.services.workspace import Workspace
from app.ui.case_forms import EmployerDialog, PlacementDialog, PlanDialog
from app.ui.client_file import PLACEMENTS, PLAN, ClientFileWidget
from app.ui.client_form import ClientFormDialog, new_client
from app.ui.dashboard import Dashboard
from app.ui.main_window import MainWindow

TEST_PASSPHRASE = "test-passphrase-1"
FIGURES = ("clients_served", "sessions", "placements")
TOWN = "441900003000"  # 东城街道


def type_with_input_method(widget: QWidget, text: str) -> None:
    """Enter ``text`` the way a Chinese input method does (QTest's key clicks only know ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def wait_active(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Workspace]:
    """A new workspace: an organisation and one coach, signed in. Nothing else."""
    ws = open_workspace(tmp_path / "data", passphrase=TEST_PASSPHRASE)
    try:
        org = ws.people.create_organisation("东莞市残疾人就业服务中心")
        coach = ws.people.create_user(org, UserInput("li.coach", "李辅导", "coach"))
        ws.people.sign_in(coach)
        yield ws
    finally:
        ws.close()


def dashboard_figures(qtbot: QtBot, ws: Workspace) -> dict[str, str]:
    board = Dashboard(ws)
    qtbot.addWidget(board)
    board.refresh()
    qtbot.waitUntil(lambda: board.data is not None, timeout=60_000)
    return {key: board.card_values[key].text() for key in FIGURES}


def test_a_case_from_registration_to_placement(
    qtbot: QtBot, fresh: Workspace, assert_accessible: Callable[[QWidget], None]
) -> None:
    ws = fresh
    today = ws.ctx.today()
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    wait_active(qtbot, win)
    assert win.model.total() == 0
    before = dashboard_figures(qtbot, ws)
    assert before == {"clients_served": "0", "sessions": "0", "placements": "0"}

    # -- 1. register the client (what the main window's 新建服务对象 action calls) -----------------
    birth = date(1994, 6, 18)
    id_number = build_id_number("441900", birth, 135)  # 17th digit odd: male
    problems: list[str] = []

    def register() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClientFormDialog)
        try:
            assert_accessible(dialog)
            qtbot.waitUntil(dialog.name_edit.hasFocus, timeout=2000)
            type_with_input_method(dialog.name_edit, "陈志明")
            qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # sex: filled from the ID
            qtbot.waitUntil(dialog.id_edit.hasFocus, timeout=1000)
            qtbot.keyClicks(dialog.id_edit, id_number)
            qtbot.keyClick(dialog.id_edit, Qt.Key.Key_Tab)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # birth date: filled from the ID
            qtbot.waitUntil(dialog.certificate_edit.hasFocus, timeout=1000)
            qtbot.keyClicks(dialog.certificate_edit, build_certificate_number(id_number, 5, 3))
            dialog.town_combo.setCurrentIndex(dialog.town_combo.findData(TOWN))
            dialog.phone_edit.setFocus()
            qtbot.keyClicks(dialog.phone_edit, "13800138000")
            qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)  # Enter: 登记
        finally:
            if dialog.isVisible():  # never leave the test hanging in exec()
                problems.append(repr(dialog.message_texts()) + dialog.general_message.text())
                dialog.done(0)

    QTimer.singleShot(0, register)
    client_id = new_client(ws, win)
    assert problems == [] and client_id is not None
    view = ws.clients.view(client_id)
    assert (view.name, view.sex, view.birth_date, view.town_code) == ("陈志明", "male", birth, TOWN)
    assert [(d.category, d.level) for d in view.disabilities] == [(5, 3)]

    # -- 2. open the file -------------------------------------------------------------------------------
    file = win.open_client(client_id)
    assert isinstance(file, ClientFileWidget) and win.tabs.currentWidget() is file
    changes: list[str] = []
    file.sessionsChanged.connect(changes.append)

    # -- 3. a plan with one goal ------------------------------------------------------------------------
    file.show_tab(PLAN)
    assert file.new_plan_button.text() == "制定计划(&P)…" and not file.edit_plan_button.isEnabled()
    file.new_plan_button.click()
    plan_dialog = file.record_dialog
    assert isinstance(plan_dialog, PlanDialog)
    wait_active(qtbot, plan_dialog)
    assert plan_dialog.job_goal_edit.hasFocus()
    type_with_input_method(plan_dialog.job_goal_edit, "超市理货员")
    card = plan_dialog.cards[0]
    type_with_input_method(card.description, "独立乘坐公交车往返单位")
    type_with_input_method(card.criteria, "连续两周独立往返")
    qtbot.keyClick(card.criteria, Qt.Key.Key_Return)  # Enter: 保存
    assert file.record_dialog is None
    plan = file.file.active_plan
    assert plan is not None and plan.job_goal == "超市理货员"
    assert [g.description for g in plan.goals] == ["独立乘坐公交车往返单位"]
    assert file.edit_plan_button.isEnabled()

    # -- 4. a session, finalised ------------------------------------------------------------------------
    form = file.new_session()
    assert form is not None
    form.confirm = lambda *_args: True
    wait_active(qtbot, form)
    form.editor.set_times(time(9, 0), time(10, 30))
    form.editor.content_edit.clear()  # the template
    type_with_input_method(form.editor.content_edit, "陪同服务对象熟悉公交路线，并到超市了解岗位。")
    goal = form.goals.rows[0]
    goal.check.setChecked(True)
    goal.spin.setValue(40)
    with qtbot.waitSignal(form.finalised, timeout=5000):
        qtbot.keyClick(form.editor.content_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    form.reject()
    assert file.session_form is None
    assert [(s.status, s.minutes) for s in file.file.sessions] == [("final", 90)]
    assert file.file.active_plan is not None and file.file.active_plan.goals[0].progress == 40

    # -- 5. a placement, with a new employer ------------------------------------------------------------
    file.show_tab(PLACEMENTS)
    file.placement_button.click()
    placement_dialog = file.record_dialog
    assert isinstance(placement_dialog, PlacementDialog)
    wait_active(qtbot, placement_dialog)
    placement_dialog.new_employer_button.click()
    employer_dialog = placement_dialog.employer_dialog
    assert isinstance(employer_dialog, EmployerDialog)
    wait_active(qtbot, employer_dialog)
    type_with_input_method(employer_dialog.name_edit, "东莞市华达商贸有限公司")
    type_with_input_method(employer_dialog.sector_edit, "零售")
    qtbot.keyClick(employer_dialog.sector_edit, Qt.Key.Key_Return)
    assert placement_dialog.employer_dialog is None
    assert placement_dialog.employer_combo.currentText() == "东莞市华达商贸有限公司（零售）"
    wait_active(qtbot, placement_dialog)
    assert placement_dialog.post_edit.hasFocus()  # on to the next field
    type_with_input_method(placement_dialog.post_edit, "理货员")
    placement_dialog.form_combo.setCurrentIndex(placement_dialog.form_combo.findData("quota"))
    for spin, digits in ((placement_dialog.hours_spin, "30"), (placement_dialog.wage_spin, "2300")):
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, digits)
    qtbot.keyClick(placement_dialog.wage_spin, Qt.Key.Key_Return)
    assert file.record_dialog is None
    (placement,) = file.file.placements
    assert (placement.employer_name, placement.post, placement.start_date) == (
        "东莞市华达商贸有限公司",
        "理货员",
        today,
    )
    assert (placement.hours_per_week, placement.monthly_wage) == (30.0, 2300)
    assert file.file.profile.status == "placed" and len(placement.checkpoints) == 3
    assert len(changes) >= 3  # plan, session, placement (and the draft save before finalising)

    # -- 6. the caseload and the dashboard show it ------------------------------------------------------
    win.tabs.setCurrentIndex(0)  # the caseload is read again after the file's changes
    assert win.model.total() == 1
    status_column = next(
        c
        for c in range(win.model.columnCount())
        if win.model.headerData(c, Qt.Orientation.Horizontal) == "状态"
    )
    assert win.model.index(0, status_column).data() == "已就业"
    after = dashboard_figures(qtbot, ws)
    assert {k: (before[k], after[k]) for k in FIGURES} == {
        "clients_served": ("0", "1"),
        "sessions": ("0", "1"),
        "placements": ("0", "1"),
    }
    win.close()
