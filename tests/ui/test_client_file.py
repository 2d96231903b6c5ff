"""The client file: tabs with everything on a client, masked numbers with an audited reveal, opening
from the caseload with the keyboard, and the models checked by the Qt model tester."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.records import ClosureInput
from app.services.workspace import Workspace
from app.ui.client_file import PLACEMENTS, PROFILE, SESSIONS, TAB_TITLES, ClientFileWidget
from app.ui.common import HIGHLIGHT_COLORS, IdRole, ProgressRole
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import FileClient

Check = Callable[[QWidget], None]


@pytest.fixture
def file_widget(qtbot: QtBot, workspace: Workspace, file_client: FileClient) -> Iterator[ClientFileWidget]:
    widget = ClientFileWidget(workspace, file_client.client_id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close_forms()


def column(model: Any, title: str) -> list[str]:
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    c = titles.index(title)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_every_table_model_passes_the_model_tester(qtmodeltester: Any, file_widget: ClientFileWidget) -> None:
    models = file_widget.models()
    assert all(m.rowCount() > 0 for m in models.values()), {k: m.rowCount() for k, m in models.items()}
    for model in models.values():
        qtmodeltester.check(model)
        qtmodeltester.check(model, force_py=True)
    file_widget.refresh()  # resets are checked while the tester stays attached


def test_tabs_and_header(file_widget: ClientFileWidget, file_client: FileClient) -> None:
    titles = [file_widget.tabs.tabText(i) for i in range(file_widget.tabs.count())]
    assert [t.split(" ")[0] for t in titles] == list(TAB_TITLES)
    assert titles[SESSIONS] == "服务记录 (2)"
    assert titles[PLACEMENTS] == "就业安置 (1) ⚠"  # two retention checks are overdue
    assert file_widget.name_label.text() == "黄晓华"
    summary = file_widget.summary_label.text()
    assert all(part in summary for part in ("男", "智力残疾三级", "东城街道", "已就业", "辅导员甲"))
    alerts = file_widget.alerts_label.text()
    assert "2 个跟踪回访逾期" in alerts
    assert "敏感个人信息" not in alerts  # that consent is valid


def test_profile_masks_the_numbers(file_widget: ClientFileWidget, workspace: Workspace) -> None:
    p = file_widget.file.profile
    labels = file_widget.profile_labels
    assert labels["id_number"].text() == p.id_number_masked
    assert "********" in labels["id_number"].text()
    assert labels["certificate"].text().endswith("**")
    assert labels["guardian_name"].text() == "黄国强"
    assert labels["guardian_relation"].text() == "父母"
    assert labels["disabilities"].text() == "智力残疾三级"


def test_reveal_shows_the_numbers_and_is_audited(
    qtbot: QtBot, file_widget: ClientFileWidget, workspace: Workspace, probe: Any, staff: Any
) -> None:
    seq = probe.last_seq(workspace)
    dialog = file_widget.ask_reveal()
    assert dialog.isVisible()
    assert dialog.purpose_combo.count() == len(workspace.ctx.reference.codes("reveal_purpose"))
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("verify_identity"))
    dialog.accept()

    full = probe.scalar(workspace, "SELECT id_number FROM clients WHERE id=:c", c=file_widget.client_id)
    assert file_widget.profile_labels["id_number"].text() == full
    assert len(file_widget.profile_labels["certificate"].text()) == 20
    assert "核实身份" in file_widget.reveal_message.text()
    assert not file_widget.hide_button.isHidden() and file_widget.reveal_button.isHidden()
    reveal = [e for e in probe.audit(workspace, seq) if e.action == "reveal_identity"]
    assert [(e.actor_id, e.entity_id, e.detail) for e in reveal] == [
        (staff.coach1_id, file_widget.client_id, {"purpose": "verify_identity"})
    ]
    # leaving the tab masks them again
    file_widget.tabs.setCurrentIndex(SESSIONS)
    assert "********" in file_widget.profile_labels["id_number"].text()
    assert not file_widget.reveal_button.isHidden() and file_widget.hide_button.isHidden()


def test_reveal_refused_is_shown_and_audited(
    file_widget: ClientFileWidget, workspace: Workspace, probe: Any, staff: Any
) -> None:
    workspace.act_as(staff.actor(staff.coach2_id))  # not this client's coach
    seq = probe.last_seq(workspace)
    assert not file_widget.reveal("print_form")
    assert "********" in file_widget.profile_labels["id_number"].text()
    assert file_widget.reveal_message.isVisible()
    assert "只有负责该服务对象的辅导员" in file_widget.reveal_message.text()
    [entry] = probe.audit(workspace, seq)
    assert (entry.action, entry.actor_id, entry.detail) == (
        "reveal_identity_refused",
        staff.coach2_id,
        {"purpose": "print_form"},
    )


def test_consents_tab(file_widget: ClientFileWidget) -> None:
    model = file_widget.consents_model
    assert column(model, "当前状态") == ["有效", "已过期"]
    assert column(model, "有效期至") == ["长期", "2026-06-30"]
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == HIGHLIGHT_COLORS["muted"]
    summary = file_widget.consent_summary.text()
    assert "敏感个人信息处理：✓ 有效" in summary and "共享至残联中心服务器：✗ 无" in summary


def test_assessment_tab_shows_ratings_and_detail(file_widget: ClientFileWidget) -> None:
    model = file_widget.assessments_model
    assert column(model, "身体机能") == ["4"]
    assert column(model, "社交能力") == ["2"]
    assert column(model, "工作耐力") == ["—"]
    file_widget.show_tab(2)
    assert "守时、认真" in file_widget.assessment_detail.toPlainText()


def test_plan_tab_has_goals_with_progress(file_widget: ClientFileWidget) -> None:
    model = file_widget.goals_model
    assert column(model, "目标") == ["独立乘坐公交车往返单位", "掌握理货核心流程", "家人协助准备工作服"]
    progress_col = model.columnCount() - 1
    assert [model.index(r, progress_col).data(ProgressRole) for r in range(3)] == [30, 60, 0]
    assert column(model, "进展") == ["30%", "60%", "0%"]
    assert "已过目标日期" in column(model, "状态")[1]  # target 2026-10-01 has passed
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == HIGHLIGHT_COLORS["overdue"]
    assert file_widget.plan_labels["job_goal"].text() == "超市理货员"
    assert column(file_widget.older_plans_model, "状态") == ["已被新计划取代"]


def test_sessions_tab_marks_amended_records(file_widget: ClientFileWidget, file_client: FileClient) -> None:
    model = file_widget.sessions_model
    ids = [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]
    assert ids == [file_client.final_id, file_client.amended_id]  # newest first
    assert column(model, "状态") == ["已定稿", "已定稿"]
    assert column(model, "更正") == ["", "已更正（1 次）"]
    assert column(model, "服务类型") == ["用人单位联络", "在岗辅导"]
    assert column(model, "时长（分钟）") == ["60", "90"]


def test_placements_tab_highlights_overdue_checkpoints(file_widget: ClientFileWidget) -> None:
    assert column(file_widget.placements_model, "用人单位") == ["东莞市华达商贸有限公司"]
    model = file_widget.checkpoints_model
    states = column(model, "状态")
    assert states[0] == "已回访：在职"
    assert states[1].startswith("逾期未回访") and states[2].startswith("逾期未回访")
    backgrounds = [model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert backgrounds == [None, HIGHLIGHT_COLORS["overdue"], HIGHLIGHT_COLORS["overdue"]]
    assert column(file_widget.job_analyses_model, "岗位") == ["理货员"]


def test_closure_tab(qtbot: QtBot, workspace: Workspace, add_client: Callable[..., str]) -> None:
    from datetime import date

    cid = add_client(name="李志明")
    workspace.clients.close(ClosureInput(cid, date(2026, 10, 1), "moved_away", "迁往外地"))
    widget = ClientFileWidget(workspace, cid)
    qtbot.addWidget(widget)
    assert widget.closure_labels["reason"].text() == "迁出"
    assert widget.tabs.tabText(6) == "结案 ✓"
    assert not widget.new_session_button.isEnabled()
    assert widget.new_session() is None
    assert "已结案" in widget.alerts_label.text()


def test_every_tab_is_accessible(file_widget: ClientFileWidget, assert_accessible: Check) -> None:
    for index in range(file_widget.tabs.count()):
        file_widget.tabs.setCurrentIndex(index)
        assert_accessible(file_widget)
    file_widget.tabs.setCurrentIndex(PROFILE)
    file_widget.reveal("verify_identity")
    assert_accessible(file_widget)
    dialog = file_widget.ask_reveal()
    assert_accessible(dialog)
    dialog.reject()


def test_alt_number_switches_tabs(qtbot: QtBot, file_widget: ClientFileWidget) -> None:
    file_widget.activateWindow()
    file_widget.setFocus()
    qtbot.waitUntil(lambda: file_widget.tabs.tabBar().hasFocus(), timeout=1000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert file_widget.tabs.currentIndex() == SESSIONS
    qtbot.waitUntil(file_widget.sessions_view.hasFocus, timeout=1000)


# -- from the caseload --------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, file_client: FileClient) -> Iterator[MainWindow]:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def test_enter_on_the_caseload_opens_the_file(
    qtbot: QtBot, window: MainWindow, file_client: FileClient, probe: Any, workspace: Workspace
) -> None:
    seq = probe.last_seq(workspace)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=1000)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.current_client_id() == file_client.client_id
    qtbot.keyClick(window.table, Qt.Key.Key_Return)

    assert window.tabs.count() == 2
    widget = window.tabs.currentWidget()
    assert isinstance(widget, ClientFileWidget) and widget.client_id == file_client.client_id
    assert window.tabs.tabText(1) == "黄晓华"
    qtbot.waitUntil(lambda: widget.tabs.tabBar().hasFocus(), timeout=1000)
    views = [e for e in probe.audit(workspace, seq) if e.action == "view"]
    assert [(e.entity_id, e.detail) for e in views] == [(file_client.client_id, {"what": "client_file"})]

    # activating again goes to the open tab
    window.tabs.setCurrentIndex(0)
    window.clientActivated.emit(file_client.client_id)
    assert window.tabs.count() == 2 and window.tabs.currentIndex() == 1

    # Ctrl+W closes it; the caseload tab cannot be closed
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == 1
    assert not window.close_client_tab(0)
    assert window.tabs.count() == 1


def test_window_with_a_file_is_accessible(
    window: MainWindow, file_client: FileClient, assert_accessible: Check
) -> None:
    window.open_client(file_client.client_id)
    assert_accessible(window)


def test_unknown_client_is_reported(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert window.open_client("00000000-0000-0000-0000-000000000000") is None
    assert window.tabs.count() == 1
    assert shown and "记录不存在" in shown[0]
