"""The session form: keyboard-only entry from the caseload to a final record, templates, errors next to
their fields with nothing written, autosave and the recovery state, reopening unfinished work,
finalising, amendments shown with the original, and accessibility."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.errors import FieldError
from app.domain.records import ParticipantInput, SessionInput
from app.services.workspace import Workspace
from app.ui.client_file import ClientFileWidget
from app.ui.main_window import MainWindow
from app.ui.session_form import ParticipantsModel, SessionForm, session_templates

if TYPE_CHECKING:
    from conftest import FileClient

Check = Callable[[QWidget], None]
FAST_MS = 50  # autosave delay in tests


def type_with_input_method(widget: QWidget, text: str) -> None:
    """Enter ``text`` the way a Chinese input method does (QTest's key clicks only know ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_into_view(view: QWidget, text: str) -> None:
    """Type into an item view's current cell with an input method: the preedit opens the cell's
    editor (the view keeps the composition going), the commit goes into the editor."""
    QApplication.sendEvent(view, QInputMethodEvent("wang", []))
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(view, commit)


def press_tab(qtbot: QtBot, expected: QWidget) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(expected.hasFocus, timeout=1000)


def session_rows(probe: Any, ws: Workspace) -> int:
    return int(probe.scalar(ws, "SELECT count(*) FROM session_records"))


def session_audit(probe: Any, ws: Workspace, after: int) -> list[Any]:
    return [e for e in probe.audit(ws, after) if e.entity == "session_record"]


@pytest.fixture
def form_factory(qtbot: QtBot, workspace: Workspace) -> Iterator[Callable[..., SessionForm]]:
    forms: list[SessionForm] = []

    def make(client_id: str, session_id: str | None = None, *, autosave_ms: int = FAST_MS) -> SessionForm:
        form = SessionForm(workspace, client_id, session_id, autosave_ms=autosave_ms)
        form.confirm = lambda *_args: True
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        forms.append(form)
        return form

    yield make
    for form in forms:
        form.autosave_timer.stop()


def set_times(form: SessionForm, start: time, end: time) -> None:
    form.editor.set_times(start, end)


# -- the keyboard-only flow ------------------------------------------------------------------------------


def test_keyboard_only_from_caseload_to_final_record(
    qtbot: QtBot, workspace: Workspace, file_client: FileClient, probe: Any
) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.search_edit.hasFocus, timeout=1000)
    for _ in range(6):  # search → status → town → phase → coach → "due only" → table
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(win.table.hasFocus, timeout=1000)
    qtbot.keyClick(win.table, Qt.Key.Key_Down)
    qtbot.keyClick(win.table, Qt.Key.Key_Return)
    file = win.tabs.currentWidget()
    assert isinstance(file, ClientFileWidget)
    qtbot.waitUntil(lambda: file.tabs.tabBar().hasFocus(), timeout=1000)

    # Ctrl+N: a new session record
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = file.session_form
    assert form is not None and form.session_id is None  # owned by the file widget
    qtbot.waitExposed(form)
    ed = form.editor
    qtbot.waitUntil(ed.date_edit.hasFocus, timeout=2000)
    rows_before = session_rows(probe, workspace)

    press_tab(qtbot, ed.start_edit)
    qtbot.keyClicks(ed.start_edit, "0900")
    press_tab(qtbot, ed.end_edit)
    qtbot.keyClicks(ed.end_edit, "1030")
    assert ed.minutes_label.text() == "时长 90 分钟"
    press_tab(qtbot, ed.type_combo)
    on_site = ed.type_combo.findData("on_site_coaching")
    while ed.type_combo.currentIndex() != on_site:
        key = Qt.Key.Key_Down if ed.type_combo.currentIndex() < on_site else Qt.Key.Key_Up
        qtbot.keyClick(ed.type_combo, key)
    templates = session_templates(workspace.ctx.reference)
    assert ed.content_edit.toPlainText() == templates["on_site_coaching"]  # the untouched template follows
    press_tab(qtbot, ed.mode_combo)
    press_tab(qtbot, ed.travel_spin)
    qtbot.keyClicks(ed.travel_spin, "20")
    press_tab(qtbot, ed.place_edit)
    type_with_input_method(ed.place_edit, "工作单位")

    # participants: the client is checked already; check employer staff and name them
    press_tab(qtbot, form.participants_view)
    view = form.participants_view
    employer_row = form.participants.kinds().index("employer_staff")
    while view.currentIndex().row() < employer_row:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    type_into_view(view, "王主管")
    editor = QApplication.focusWidget()
    assert editor is not view  # the name editor opened
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: view.hasFocus(), timeout=1000)
    assert [(p.kind, p.name) for p in form.participants.participants()] == [
        ("client", ""),
        ("employer_staff", "王主管"),
    ]

    # goals: work on the first one, progress 50 %, a note
    first = form.goals.rows[0]
    press_tab(qtbot, first.check)
    qtbot.keyClick(first.check, Qt.Key.Key_Space)
    press_tab(qtbot, first.spin)
    qtbot.keyClicks(first.spin, "50")
    press_tab(qtbot, first.note)
    type_with_input_method(first.note, "能独立乘车")
    press_tab(qtbot, form.goals.rows[1].check)  # unchecked goals cost one Tab each
    press_tab(qtbot, form.goals.rows[2].check)

    press_tab(qtbot, ed.content_edit)
    qtbot.keyClick(ed.content_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_with_input_method(ed.content_edit, "在岗辅导服务对象完成理货，按步骤提示卡操作。")
    press_tab(qtbot, ed.fading_spin)
    qtbot.keyClicks(ed.fading_spin, "60")
    press_tab(qtbot, ed.natural_edit)
    type_with_input_method(ed.natural_edit, "王主管每天检查一次")
    press_tab(qtbot, ed.next_steps_edit)
    type_with_input_method(ed.next_steps_edit, "下周再到岗观察")
    press_tab(qtbot, ed.due_check)
    qtbot.keyClick(ed.due_check, Qt.Key.Key_Space)
    press_tab(qtbot, ed.due_edit)

    # Ctrl+S saves the draft
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.session_id is not None
    assert session_rows(probe, workspace) == rows_before + 1
    detail = workspace.client_file.session_detail(form.session_id)
    values = detail.values
    assert (values["start_time"], values["end_time"], values["travel_minutes"]) == (time(9), time(10, 30), 20)
    assert (values["session_type"], values["mode"], values["place"]) == (
        "on_site_coaching",
        "in_person",
        "工作单位",
    )
    assert values["content"] == "在岗辅导服务对象完成理货，按步骤提示卡操作。"
    assert (values["fading_percent"], values["natural_supports"]) == (60, "王主管每天检查一次")
    assert values["next_steps_due"] == date(2026, 11, 22)  # a week after the session
    assert [(g.description, g.progress, g.note) for g in detail.goals] == [
        ("独立乘坐公交车往返单位", 50, "能独立乘车")
    ]
    assert detail.status == "draft"

    # Ctrl+Enter finalises after a confirmation (the real message box, answered with Enter)
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        asked.append(box.windowTitle())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["定稿"]
    assert (
        probe.scalar(workspace, "SELECT status FROM session_records WHERE id=:i", i=form.session_id)
        == "final"
    )
    assert form.read_only and form.state_label.text() == "已定稿"
    assert ed.content_edit.isReadOnly() and not form.save_button.isVisibleTo(form)
    assert form.amend_button.isVisibleTo(form)
    # the plan goal took the progress
    assert workspace.plans.goals_of_client(file_client.client_id)[0][2] == 50
    # the file's timeline shows it
    assert file.sessions_model.index(0, 0).data() == "2026-11-15"
    assert file.sessions_model.index(0, 3).data() == "已定稿"
    form.reject()


# -- templates ------------------------------------------------------------------------------------------


def test_templates_follow_the_type_while_the_content_is_untouched(
    form_factory: Callable[..., SessionForm], file_client: FileClient, workspace: Workspace
) -> None:
    templates = session_templates(workspace.ctx.reference)
    assert set(templates) == set(workspace.ctx.reference.codes("session_type"))
    form = form_factory(file_client.client_id)
    ed = form.editor
    assert ed.session_type() == "employer_liaison"  # the client's latest session type
    assert ed.content_edit.toPlainText() == templates["employer_liaison"]
    assert not form.dirty  # a template alone is not an edit

    ed.type_combo.setCurrentIndex(ed.type_combo.findData("home_visit"))
    assert ed.content_edit.toPlainText() == templates["home_visit"]
    ed.content_edit.setPlainText("")
    ed.type_combo.setCurrentIndex(ed.type_combo.findData("training"))
    assert ed.content_edit.toPlainText() == templates["training"]

    ed.content_edit.setPlainText("已经写了的内容")
    ed.type_combo.setCurrentIndex(ed.type_combo.findData("follow_up"))
    assert ed.content_edit.toPlainText() == "已经写了的内容"  # typed text is never replaced


def test_a_template_alone_cannot_be_finalised(
    form_factory: Callable[..., SessionForm], file_client: FileClient, probe: Any, workspace: Workspace
) -> None:
    form = form_factory(file_client.client_id)
    rows = session_rows(probe, workspace)
    assert not form.finalise()
    assert "模板" in form.editor.messages["content"].text()
    assert session_rows(probe, workspace) == rows


# -- errors next to fields, nothing written -------------------------------------------------------------


def test_errors_show_next_to_fields_and_nothing_is_written(
    qtbot: QtBot,
    form_factory: Callable[..., SessionForm],
    file_client: FileClient,
    probe: Any,
    workspace: Workspace,
) -> None:
    form = form_factory(file_client.client_id, autosave_ms=60_000)
    ed = form.editor
    form.activateWindow()
    qtbot.waitUntil(ed.date_edit.hasFocus, timeout=1000)
    press_tab(qtbot, ed.start_edit)
    qtbot.keyClicks(ed.start_edit, "0900")
    press_tab(qtbot, ed.end_edit)
    qtbot.keyClicks(ed.end_edit, "0830")
    ed.due_check.setChecked(True)
    ed.due_edit.setDate(ed.date_edit.date().addDays(-3))

    rows, seq = session_rows(probe, workspace), probe.last_seq(workspace)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert form.session_id is None
    assert session_rows(probe, workspace) == rows
    assert probe.scalar(workspace, "SELECT count(*) FROM session_participants") == 3  # the fixture's
    assert session_audit(probe, workspace, seq) == []
    end_message = ed.messages["end_time"]
    assert end_message.isVisible() and end_message.text() == "须晚于开始时间"
    assert ed.messages["next_steps_due"].text() == "期限不能早于服务日期"
    assert ed.end_edit.accessibleDescription() == "须晚于开始时间"
    assert not ed.messages["content"].isVisible()
    assert ed.end_edit.hasFocus()  # the first field with an error
    assert "2 处需要修改" in form.status_label.text()
    # what was typed is kept for recovery, in the encrypted database
    state = workspace.client_file.recovery(file_client.client_id, None)
    assert state is not None and state.form["end_time"] == "08:30"

    # fixing it saves the draft and clears messages and the recovery state
    set_times(form, time(9), time(10))
    ed.due_check.setChecked(False)
    assert form.save_draft() is not None
    assert session_rows(probe, workspace) == rows + 1
    assert not end_message.isVisible() and not ed.messages["next_steps_due"].isVisible()
    assert workspace.client_file.recovery(file_client.client_id, None) is None


def test_finalise_requires_content_and_participants(
    form_factory: Callable[..., SessionForm], file_client: FileClient, probe: Any, workspace: Workspace
) -> None:
    form = form_factory(file_client.client_id, autosave_ms=60_000)
    asked: list[str] = []
    form.confirm = lambda title, *_: asked.append(title) or True  # type: ignore[func-returns-value]
    form.editor.content_edit.setPlainText("")
    form.participants.set_checked("client", False)
    rows = session_rows(probe, workspace)

    assert not form.finalise()
    assert asked == []  # nothing to confirm while something is missing
    assert form.editor.messages["content"].text() == "定稿前必须填写服务内容"
    assert form.participants_message.text() == "定稿前请勾选至少一位参与者"
    assert session_rows(probe, workspace) == rows


def test_nested_field_errors_map_to_their_widgets(
    form_factory: Callable[..., SessionForm], file_client: FileClient
) -> None:
    form = form_factory(file_client.client_id, autosave_ms=60_000)
    form.goals.rows[1].check.setChecked(True)
    form.goals.rows[2].check.setChecked(True)
    form.session_input()  # goals[0] is the 2nd row, goals[1] the 3rd
    form.show_errors(
        [
            FieldError("participants[0].kind", "unknown_code", {"list": "participant_kind"}, "x"),
            FieldError("participants[1].name", "too_long", {"max": 100}, "x"),
            FieldError("goals[1].progress", "out_of_range", {"min": 0, "max": 100}, "x"),
            FieldError("goals[0].goal_id", "goal_not_in_plan", {}, "x"),
            FieldError("goals", "duplicate", {}, "x"),
            FieldError("mystery", "odd", {}, "something else"),
        ]
    )
    assert form.participants_message.text() == "请从列表中选择；不能超过 100 个字"
    assert form.goals.rows[2].message.text() == "必须在 0 到 100 之间"
    assert form.goals.rows[1].message.text() == "不是当前就业计划中的目标"
    assert form.goals.message.text() == "同一目标选了两次"
    assert form.general_message.text() == "mystery：something else"


# -- autosave and recovery -------------------------------------------------------------------------------


def test_autosave_creates_then_updates_one_draft(
    qtbot: QtBot,
    form_factory: Callable[..., SessionForm],
    file_client: FileClient,
    probe: Any,
    workspace: Workspace,
) -> None:
    form = form_factory(file_client.client_id)
    rows = session_rows(probe, workspace)
    with qtbot.waitSignal(form.autosaved, timeout=3000) as first:
        form.editor.content_edit.clear()  # the template
        type_with_input_method(form.editor.content_edit, "第一段。")
    session_id = first.args[0]
    assert form.session_id == session_id and not form.dirty
    assert session_rows(probe, workspace) == rows + 1
    assert "自动保存" in form.status_label.text() and form.state_label.text() == "草稿"

    with qtbot.waitSignal(form.autosaved, timeout=3000) as second:
        type_with_input_method(form.editor.content_edit, "第二段。")
    assert second.args == [session_id]
    assert session_rows(probe, workspace) == rows + 1
    content = workspace.client_file.session_detail(session_id).values["content"]
    assert content == "第一段。第二段。"


def test_no_edit_no_draft(
    qtbot: QtBot,
    form_factory: Callable[..., SessionForm],
    file_client: FileClient,
    probe: Any,
    workspace: Workspace,
) -> None:
    rows = session_rows(probe, workspace)
    form = form_factory(file_client.client_id)
    qtbot.wait(3 * FAST_MS)
    form.reject()
    assert session_rows(probe, workspace) == rows


def test_invalid_input_is_kept_for_recovery_and_restored(
    qtbot: QtBot,
    form_factory: Callable[..., SessionForm],
    file_client: FileClient,
    probe: Any,
    workspace: Workspace,
) -> None:
    form = form_factory(file_client.client_id)
    rows = session_rows(probe, workspace)
    with qtbot.waitSignal(form.recoverySaved, timeout=3000):
        set_times(form, time(9), time(8))
        type_with_input_method(form.editor.content_edit, "还没写完的记录")
    assert form.session_id is None and session_rows(probe, workspace) == rows
    assert "暂存" in form.status_label.text()
    form.autosave_timer.stop()

    again = form_factory(file_client.client_id)
    assert again.editor.values()["end_time"] == time(8)
    assert "还没写完的记录" in again.editor.content_edit.toPlainText()
    assert "已恢复" in again.status_label.text()
    with qtbot.waitSignal(again.autosaved, timeout=3000):  # fixing it saves it as a draft
        again.editor.set_times(time(9), time(10))
        again.editor.edited.emit()
    assert session_rows(probe, workspace) == rows + 1
    assert workspace.client_file.recovery(file_client.client_id, None) is None


def test_esc_saves_what_was_typed(
    qtbot: QtBot,
    form_factory: Callable[..., SessionForm],
    file_client: FileClient,
    probe: Any,
    workspace: Workspace,
) -> None:
    form = form_factory(file_client.client_id, autosave_ms=60_000)
    form.activateWindow()
    qtbot.waitUntil(form.editor.date_edit.hasFocus, timeout=1000)
    type_with_input_method(form.editor.place_edit, "康园中心")
    assert form.dirty and form.autosave_timer.isActive()
    rows = session_rows(probe, workspace)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert session_rows(probe, workspace) == rows + 1
    assert form.session_id is not None
    assert workspace.client_file.session_detail(form.session_id).values["place"] == "康园中心"


def test_ctrl_n_goes_on_with_the_unfinished_draft(
    qtbot: QtBot, workspace: Workspace, file_client: FileClient
) -> None:
    draft = workspace.sessions.save_draft(
        SessionInput(
            file_client.client_id,
            date(2026, 11, 10),
            time(10),
            time(11),
            "phone",
            "follow_up",
            "电话回访：仍在职。",
            participants=(ParticipantInput("client"),),
        )
    )
    widget = ClientFileWidget(workspace, file_client.client_id)
    qtbot.addWidget(widget)
    form = widget.new_session()
    assert form is not None  # owned by the file widget
    assert form.session_id == draft
    assert form.editor.content_edit.toPlainText() == "电话回访：仍在职。"
    assert "继续编辑未完成的草稿" in form.status_label.text()
    assert widget.new_session() is form  # one form per client
    form.reject()
    assert widget.session_form is None


def test_another_users_draft_is_read_only(
    form_factory: Callable[..., SessionForm], workspace: Workspace, file_client: FileClient, staff: Any
) -> None:
    workspace.act_as(staff.actor(staff.coach2_id))
    draft = workspace.sessions.save_draft(
        SessionInput(file_client.client_id, date(2026, 11, 10), time(10), time(11), "phone", "follow_up")
    )
    workspace.act_as(staff.actor(staff.coach1_id))
    form = form_factory(file_client.client_id, draft)
    assert form.read_only and form.editor.content_edit.isReadOnly()
    assert "辅导员乙的草稿" in form.status_label.text()
    assert form.save_draft() == draft and not form.finalise()


def test_delete_draft(
    form_factory: Callable[..., SessionForm], file_client: FileClient, probe: Any, workspace: Workspace
) -> None:
    form = form_factory(file_client.client_id, autosave_ms=60_000)
    session_id = form.save_draft()
    assert session_id is not None and form.delete_button.isVisibleTo(form)
    assert form.delete_draft()
    assert probe.scalar(
        workspace, "SELECT deleted_at IS NOT NULL FROM session_records WHERE id=:i", i=session_id
    )


# -- participants ------------------------------------------------------------------------------------------


def test_participants_model(qtmodeltester: Any, workspace: Workspace) -> None:
    model = ParticipantsModel(workspace.ctx.reference)
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(workspace.ctx.reference.codes("participant_kind"))
    family = model.kinds().index("family")
    # typing a name checks the row; names split on 、 and commas
    assert model.setData(model.index(family, 1), "母亲、 父亲,", Qt.ItemDataRole.EditRole)
    assert model.index(family, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.set_checked("client")
    assert model.participants() == (
        ParticipantInput("client", ""),
        ParticipantInput("family", "母亲"),
        ParticipantInput("family", "父亲"),
    )
    state = model.state()
    model.set_state([])
    assert model.participants() == ()
    model.set_state(state)
    assert len(model.participants()) == 3
    model.set_participants([("employer_staff", "王主管"), ("employer_staff", "李组长")])
    assert model.index(model.kinds().index("employer_staff"), 1).data() == "王主管、李组长"
    model.set_read_only(True)
    assert not model.setData(model.index(0, 1), "x", Qt.ItemDataRole.EditRole)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.index(0, 0, QModelIndex()).data(Qt.ItemDataRole.ToolTipRole)


# -- finalised records and amendments --------------------------------------------------------------------


def test_final_record_shows_the_original_with_its_amendments(
    form_factory: Callable[..., SessionForm], file_client: FileClient
) -> None:
    form = form_factory(file_client.client_id, file_client.amended_id)
    assert form.read_only and form.state_label.text() == "已定稿"
    assert form.editor.travel_spin.value() == 20  # the original value
    note = form.editor.messages["travel_minutes"]
    assert note.isVisibleTo(form) and note.text() == "已更正，现为：45 分钟"
    assert form.amendments_box.isVisibleTo(form)
    history = form.amendments_view.toPlainText()
    assert "补记：按签到表更正" in history and "辅导员甲" in history
    assert "路程时间：20 分钟 → 45 分钟" in history
    assert [(p.kind, p.name) for p in form.participants.participants()] == [
        ("client", "服务对象"),
        ("employer_staff", "王主管"),
    ]
    assert form.goals.rows[0].check.isChecked() and form.goals.rows[0].spin.value() == 30


def test_amending_a_final_record(
    qtbot: QtBot,
    form_factory: Callable[..., SessionForm],
    file_client: FileClient,
    probe: Any,
    workspace: Workspace,
    assert_accessible: Check,
) -> None:
    form = form_factory(file_client.client_id, file_client.final_id)
    dialog = form.open_amendment()
    assert dialog is not None
    assert_accessible(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=1000)
    amendments = lambda: probe.scalar(workspace, "SELECT count(*) FROM session_amendments")  # noqa: E731
    before = amendments()

    dialog.accept()  # nothing changed
    assert dialog.isVisible() and "没有修改" in dialog.general_message.text()
    dialog.editor.set_times(time(14), time(15, 30))
    dialog.accept()  # no reason
    assert dialog.isVisible() and dialog.reason_message.text() == "请写明更正原因"
    dialog.editor.set_times(time(14), time(13))
    dialog.reason_edit.setPlainText("结束时间记错")
    dialog.accept()  # breaks a rule
    assert dialog.isVisible() and dialog.editor.messages["end_time"].text() == "须晚于开始时间"
    assert amendments() == before

    dialog.editor.set_times(time(14), time(15, 30))
    with qtbot.waitSignal(form.amended, timeout=2000):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert amendments() == before + 1
    assert form.editor.end_edit.time().toString("HH:mm") == "15:00"  # the original stays
    assert form.editor.messages["end_time"].text() == "已更正，现为：15:30"
    assert "结束时间：15:00 → 15:30" in form.amendments_view.toPlainText()
    assert workspace.client_file.session_detail(file_client.final_id).values["end_time"] == time(15, 30)
    assert (
        probe.scalar(workspace, "SELECT end_time FROM session_records WHERE id=:i", i=file_client.final_id)[
            :5
        ]
        == "15:00"
    )


# -- accessibility -----------------------------------------------------------------------------------------


def test_forms_are_accessible(
    form_factory: Callable[..., SessionForm], file_client: FileClient, assert_accessible: Check
) -> None:
    assert_accessible(form_factory(file_client.client_id))
    assert_accessible(form_factory(file_client.client_id, file_client.amended_id))


def test_buttons_never_take_enter(form_factory: Callable[..., SessionForm], file_client: FileClient) -> None:
    from PySide6.QtWidgets import QPushButton

    form = form_factory(file_client.client_id)
    assert not any(b.autoDefault() or b.isDefault() for b in form.findChildren(QPushButton))


def test_a_record_of_another_client_is_refused(
    workspace: Workspace, file_client: FileClient, add_client: Callable[..., str]
) -> None:
    from app.domain.errors import NotFound

    other = add_client(name="李志明")
    with pytest.raises(NotFound):
        SessionForm(workspace, other, file_client.final_id)
