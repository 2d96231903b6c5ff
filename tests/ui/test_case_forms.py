"""The record dialogs of the client file: consent (record, withdraw), assessment, plan with goals (ids kept
on editing), placement with a new employer, retention check and closure. Each: opened from its tab's
button, invalid input shows the message under its field and writes nothing (raw row counts and a digest
of the store), a refusal of the service is shown in the dialog, a save refreshes the file and emits
``sessionsChanged``; Enter saves, Esc cancels; every dialog is accessible."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.errors import FieldError, PermissionDenied
from app.domain.records import ClosureInput
from app.services.workspace import Workspace
from app.ui.case_forms import (
    AssessmentDialog,
    CheckpointDialog,
    ClosureDialog,
    ConsentDialog,
    EmployerDialog,
    PlacementDialog,
    PlanDialog,
    WithdrawConsentDialog,
)
from app.ui.client_file import CLOSURE, CONSENTS, PLACEMENTS, ClientFileWidget
from app.ui.record_dialog import RecordDialog

if TYPE_CHECKING:
    from conftest import FileClient

Check = Callable[[QWidget], None]
TODAY = date(2026, 11, 15)


def type_with_input_method(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def rows(probe: Any, ws: Workspace, table: str) -> int:
    return int(probe.scalar(ws, f"SELECT count(*) FROM {table}"))


@pytest.fixture
def file_widget(qtbot: QtBot, workspace: Workspace, file_client: FileClient) -> Iterator[ClientFileWidget]:
    widget = ClientFileWidget(workspace, file_client.client_id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    if widget.record_dialog is not None:
        widget.record_dialog.confirm = lambda *_args: True
    widget.close_forms()


def opened(qtbot: QtBot, dialog: RecordDialog | None) -> Any:
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=1000)
    dialog.confirm = lambda *_args: True
    return dialog


def mnemonics(dialog: QWidget) -> list[str]:
    """The Alt keys of a dialog's labels (with a buddy) and buttons."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [g.title() for g in dialog.findChildren(QGroupBox)]
    return [t.split("(&")[1][0].upper() for t in texts if "(&" in t]


def test_every_dialog_is_accessible_and_keyboard_ready(
    qtbot: QtBot, file_widget: ClientFileWidget, assert_accessible: Check
) -> None:
    w = file_widget
    w.consents_view.setCurrentIndex(w.consents_model.index(0, 0))
    w.checkpoints_view.setCurrentIndex(w.checkpoints_model.index(0, 0))
    for open_dialog in (
        w.record_consent,
        w.withdraw_consent,
        w.new_assessment,
        w.new_plan,
        w.edit_plan,
        w.record_placement,
        w.record_checkpoint,
        w.close_case,
        w.edit_registration,
    ):
        dialog = opened(qtbot, open_dialog())
        assert_accessible(dialog)
        assert dialog.ok_button.isDefault()
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        assert dialog.chain[0].hasFocus()
        keys = mnemonics(dialog)
        assert keys and len(keys) == len(set(keys)), (type(dialog).__name__, keys)
        if isinstance(dialog, PlacementDialog):
            employer = dialog.open_employer()
            assert_accessible(employer)
            assert employer.windowModality() == Qt.WindowModality.WindowModal
            assert len(mnemonics(employer)) == len(set(mnemonics(employer))) == 8
            employer.reject()
        dialog.reject()
        assert w.record_dialog is None


def test_consent_needs_the_recipient_for_disclosure(
    qtbot: QtBot, file_widget: ClientFileWidget, workspace: Workspace, probe: Any
) -> None:
    dialog = opened(qtbot, file_widget.record_consent())
    assert isinstance(dialog, ConsentDialog)
    assert file_widget.tabs.currentIndex() == CONSENTS
    assert dialog.signer_name_edit.text() == "黄晓华"  # the client signs by default
    dialog.signer_combo.setCurrentIndex(dialog.signer_combo.findData("guardian"))
    assert dialog.signer_name_edit.text() == "黄国强"  # the guardian's name follows
    assert not dialog.recipient_edit.isEnabled()
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("disclose_employer"))
    assert dialog.recipient_edit.isEnabled()
    dialog.expires.check.setChecked(True)
    dialog.expires.edit.setDate(qdate(TODAY - timedelta(days=1)))  # before signing
    digest = probe.digest(workspace)

    dialog.accept()
    assert dialog.isVisible() and probe.digest(workspace) == digest
    assert dialog.message_texts() == {
        "recipient": "向用人单位披露残疾情况，须写明接收的用人单位",
        "expires_on": "须晚于签署日期",
    }
    assert dialog.recipient_edit.hasFocus()

    consents = len(file_widget.file.consents)
    dialog.expires.check.setChecked(False)
    # (set, not typed: typing opens the employer-name completer, whose popup grabs the keyboard — a
    # warning on the offscreen platform)
    dialog.recipient_edit.setText("东莞市华达商贸有限公司")
    assert dialog.recipient_edit.completer().model().rowCount() == 1  # the known employers
    with qtbot.waitSignal(file_widget.sessionsChanged, timeout=2000) as changed:
        qtbot.keyClick(dialog.recipient_edit, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    assert len(file_widget.file.consents) == consents + 1  # the file was read again
    assert file_widget.file.valid_consent("disclose_employer")
    new = next(c for c in file_widget.file.consents if c.id == changed.args[0])
    assert (new.recipient, new.signed_by, new.signer_name) == ("东莞市华达商贸有限公司", "guardian", "黄国强")


def test_withdrawing_a_consent(
    qtbot: QtBot, file_widget: ClientFileWidget, workspace: Workspace, probe: Any
) -> None:
    w = file_widget
    row = next(i for i, c in enumerate(w.consents_model.rows()) if c.purpose == "sensitive_processing")
    w.consents_view.setCurrentIndex(w.consents_model.index(row, 0))
    assert w.withdraw_button.isEnabled()
    dialog = opened(qtbot, w.withdraw_consent())
    assert isinstance(dialog, WithdrawConsentDialog)
    dialog.date_edit.setDate(qdate(date(2026, 1, 1)))  # before it was signed
    digest = probe.digest(workspace)
    dialog.accept()
    assert dialog.isVisible() and probe.digest(workspace) == digest
    assert dialog.messages["withdrawn_on"].text() == "撤回日期须在签署日期与今天之间"

    dialog.date_edit.setDate(qdate(TODAY))
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert not w.file.valid_consent("sensitive_processing")
    assert "没有有效的“敏感个人信息处理”同意" in w.alerts_label.text()
    w.consents_view.setCurrentIndex(w.consents_model.index(w.consents_model.row_of(dialog.consent.id), 0))
    assert not w.withdraw_button.isEnabled() and w.withdraw_consent() is None  # already withdrawn


def test_assessment_ratings(
    qtbot: QtBot, file_widget: ClientFileWidget, workspace: Workspace, probe: Any
) -> None:
    dialog = opened(qtbot, file_widget.new_assessment())
    assert isinstance(dialog, AssessmentDialog)
    assert dialog.assessor_edit.text() == "辅导员甲"
    before = rows(probe, workspace, "assessments"), rows(probe, workspace, "assessment_ratings")
    dialog.accept()  # nothing rated
    assert dialog.isVisible()
    assert (rows(probe, workspace, "assessments"), rows(probe, workspace, "assessment_ratings")) == before
    assert dialog.messages["ratings"].text() == "请至少为一个领域评分"

    spins = dialog.rating_spins
    spins["cognitive"].setFocus()
    qtbot.keyClick(spins["cognitive"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spins["cognitive"], "4")
    assert spins["cognitive"].value() == 4
    spins["transport"].setValue(2)
    dialog.build_input()
    # a rating error of the domain's rules lands next to that domain (ratings[1] is the 2nd rated)
    dialog.show_errors([FieldError("ratings[1].score", "out_of_range", {"min": 1, "max": 5}, "x")])
    assert dialog.rating_messages["transport"].text() == "必须在 1 到 5 之间"
    assert spins["transport"].hasFocus()

    type_with_input_method(dialog.strengths_edit, "记忆好，做事认真")
    dialog.accept()
    assert not dialog.isVisible()
    latest = file_widget.file.assessments[0]
    assert [(r.domain, r.score) for r in latest.ratings] == [("cognitive", 4), ("transport", 2)]
    assert latest.strengths == "记忆好，做事认真" and latest.assessor_name == "辅导员甲"
    assert probe.scalar(workspace, "SELECT assessor_id FROM assessments WHERE id=:i", i=latest.id) == (
        workspace.actor.user_id  # type: ignore[union-attr]
    )


def test_editing_the_plan_keeps_goal_ids(
    qtbot: QtBot, file_widget: ClientFileWidget, workspace: Workspace, file_client: FileClient, probe: Any
) -> None:
    plan = file_widget.file.active_plan
    assert plan is not None
    dialog = opened(qtbot, file_widget.edit_plan())
    assert isinstance(dialog, PlanDialog)
    assert [c.goal_id for c in dialog.cards] == list(file_client.goal_ids)
    assert dialog.job_goal_edit.text() == "超市理货员" and dialog.hours_spin.value() == 30
    assert dialog.cards[1].progress.value() == 60

    # an error in the second goal is shown in that goal's card; nothing is written
    dialog.cards[1].target.setDate(qdate(date(2026, 2, 1)))  # before its start
    dialog.cards[2].description.setText("")
    digest = probe.digest(workspace)
    dialog.accept()
    assert dialog.isVisible() and probe.digest(workspace) == digest
    assert dialog.cards[1].messages["target_date"].text() == "须晚于开始日期"
    assert dialog.cards[2].messages["description"].text() == "必须填写"
    assert dialog.cards[1].target.accessibleDescription() == "须晚于开始日期"
    assert dialog.cards[1].target.hasFocus()  # the first error in tab order
    assert not dialog.cards[0].messages["target_date"].isVisible()

    # fix, remove the third goal, add a new one, save
    dialog.cards[1].target.setDate(qdate(date(2026, 10, 1)))
    dialog.remove_goal(dialog.cards[2])
    assert [c.title() for c in dialog.cards] == ["目标 1", "目标 2"]
    dialog.add_goal_button.click()
    new = dialog.cards[2]
    assert new.description.hasFocus() and new.goal_id is None
    type_with_input_method(new.description, "学会使用手持终端")
    type_with_input_method(new.criteria, "独立完成盘点")
    new.responsible.setCurrentIndex(new.responsible.findData("employer"))
    with qtbot.waitSignal(file_widget.sessionsChanged, timeout=2000) as changed:
        dialog.accept()
    assert changed.args == [plan.id]
    after = file_widget.file.active_plan
    assert after is not None and after.id == plan.id
    assert [g.id for g in after.goals[:2]] == list(file_client.goal_ids[:2])  # kept
    assert file_client.goal_ids[2] not in [g.id for g in after.goals]  # removed
    assert [(g.description, g.responsible_party) for g in after.goals][2] == ("学会使用手持终端", "employer")
    # the session that worked on the first goal still points at it
    assert workspace.client_file.session_detail(file_client.amended_id).goals[0].in_active_plan


def test_a_new_plan_supersedes_the_active_one(
    qtbot: QtBot, file_widget: ClientFileWidget, workspace: Workspace, probe: Any
) -> None:
    old = file_widget.file.active_plan
    assert old is not None
    assert file_widget.new_plan_button.text() == "制定新计划(&P)…"
    dialog = opened(qtbot, file_widget.new_plan())
    assert len(dialog.cards) == 1 and dialog.cards[0].goal_id is None
    plans = rows(probe, workspace, "employment_plans")
    dialog.remove_goal(dialog.cards[0])
    type_with_input_method(dialog.job_goal_edit, "仓库分拣员")
    dialog.accept()
    assert dialog.messages["goals"].text() == "计划至少需要一个目标"
    assert rows(probe, workspace, "employment_plans") == plans
    assert dialog.add_goal_button.hasFocus()  # no goal card to focus
    card = dialog.add_goal()
    card.description.setText("熟悉仓库")
    card.criteria.setText("能找到十个货位")
    dialog.accept()
    assert not dialog.isVisible()
    assert file_widget.file.active_plan is not None and file_widget.file.active_plan.job_goal == "仓库分拣员"
    assert old.id in [p.id for p in file_widget.file.older_plans]


def test_placement_with_a_new_employer(
    qtbot: QtBot, file_widget: ClientFileWidget, workspace: Workspace, probe: Any
) -> None:
    file_widget.tabs.setCurrentIndex(PLACEMENTS)
    dialog = opened(qtbot, file_widget.record_placement())
    assert isinstance(dialog, PlacementDialog)
    counts = probe.counts(workspace)
    dialog.accept()  # nothing filled in
    assert dialog.isVisible() and probe.counts(workspace) == counts
    assert dialog.message_texts() == {
        "employer_id": "请选择用人单位，或先新建用人单位",
        "post": "必须填写",
        "employment_form": "请选择就业形式",
        "hours_per_week": "请填写每周工时",
        "monthly_wage": "请填写月工资（无工资填 0）",
    }
    assert dialog.employer_combo.hasFocus()

    # 新建用人单位…: a bad credit code is shown in the small dialog, nothing written
    employer = dialog.open_employer()
    assert isinstance(employer, EmployerDialog)
    employer.confirm = lambda *_args: True
    qtbot.waitExposed(employer)
    type_with_input_method(employer.name_edit, "东莞市美佳超市有限公司")
    employer.credit_edit.setText("91441900MA4UABCDEX")
    employer.accept()
    assert employer.isVisible() and probe.counts(workspace) == counts
    assert employer.messages["credit_code"].text().startswith("统一社会信用代码校验位")
    employer.credit_edit.setText("")
    type_with_input_method(employer.sector_edit, "零售")
    employer.accept()
    assert not employer.isVisible()
    assert rows(probe, workspace, "employers") == counts["employers"] + 1
    assert dialog.employer_combo.currentText() == "东莞市美佳超市有限公司（零售）"  # chosen
    assert not dialog.messages["employer_id"].isVisible()

    type_with_input_method(dialog.post_edit, "收银员")
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("quota"))
    dialog.hours_spin.setFocus()
    qtbot.keyClick(dialog.hours_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.hours_spin, "36")
    dialog.wage_spin.setValue(2400)
    dialog.start_edit.setDate(qdate(date(2025, 12, 1)))  # before the intake (2026-01-10)
    dialog.accept()
    assert dialog.messages["start_date"].text() == "开始日期不能早于接案日期"
    assert rows(probe, workspace, "placements") == counts["placements"]
    dialog.start_edit.setDate(qdate(TODAY))
    with qtbot.waitSignal(file_widget.sessionsChanged, timeout=2000):
        qtbot.keyClick(dialog.hours_spin, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    placement = file_widget.file.placements[0]
    assert (placement.employer_name, placement.post, placement.hours_per_week, placement.monthly_wage) == (
        "东莞市美佳超市有限公司",
        "收银员",
        36.0,
        2400,
    )
    assert placement.supported_employment and len(placement.checkpoints) == 3  # scheduled


def test_retention_check_on_the_selected_checkpoint(
    qtbot: QtBot, file_widget: ClientFileWidget, workspace: Workspace, probe: Any
) -> None:
    w = file_widget
    w.show_tab(PLACEMENTS)
    checkpoints = w.checkpoints_model.rows()
    row = next(i for i, c in enumerate(checkpoints) if c.day_offset == 90)
    w.checkpoints_view.setFocus()
    w.checkpoints_view.setCurrentIndex(w.checkpoints_model.index(row, 0))
    qtbot.keyClick(w.checkpoints_view, Qt.Key.Key_Return)  # Enter on a checkpoint opens its dialog
    dialog = opened(qtbot, w.record_dialog)
    assert isinstance(dialog, CheckpointDialog) and dialog.checkpoint.day_offset == 90
    assert dialog.hours_spin.value() == 30 and dialog.wage_spin.value() == 2300  # from the placement
    assert dialog.same_combo.currentData() is True
    dialog.employed_check.setChecked(False)
    assert dialog.same_combo.currentData() is None and not dialog.same_combo.isEnabled()
    dialog.date_edit.setDate(qdate(date(2026, 3, 1)))  # before the placement started
    digest = probe.digest(workspace)
    dialog.accept()
    assert dialog.isVisible() and probe.digest(workspace) == digest
    assert dialog.messages["checked_on"].text() == "回访日期不能早于安置开始日期"
    assert dialog.date_edit.hasFocus()

    dialog.date_edit.setDate(qdate(date(2026, 7, 3)))
    dialog.client_spin.setValue(3)
    type_with_input_method(dialog.note_edit, "已离职，准备重新求职")
    dialog.accept()
    assert not dialog.isVisible()
    done = next(c for p in w.file.placements for c in p.checkpoints if c.id == dialog.checkpoint.id)
    assert (done.checked_on, done.still_employed, done.same_employer, done.client_satisfaction) == (
        date(2026, 7, 3),
        False,
        None,
        3,
    )
    assert w.file.placements[0].end_date == date(2026, 7, 3)


def test_closure_and_what_it_disables(
    qtbot: QtBot, file_widget: ClientFileWidget, workspace: Workspace, probe: Any
) -> None:
    w = file_widget
    dialog = opened(qtbot, w.close_case())
    assert isinstance(dialog, ClosureDialog)
    dialog.date_edit.setDate(qdate(date(2025, 12, 31)))  # before the intake
    digest = probe.digest(workspace)
    dialog.accept()
    assert dialog.isVisible() and probe.digest(workspace) == digest
    assert dialog.message_texts() == {"reason": "请选择结案原因", "closed_on": "结案日期不能早于接案日期"}
    assert dialog.date_edit.hasFocus()

    dialog.date_edit.setDate(qdate(TODAY))
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("stable_employment"))
    type_with_input_method(dialog.outcome_edit, "稳定就业满六个月")
    dialog.accept()
    assert not dialog.isVisible()
    assert w.file.closure is not None and w.file.closure.reason == "stable_employment"
    assert w.tabs.tabText(CLOSURE).endswith("✓")
    for button in (w.closure_button, w.placement_button, w.new_plan_button, w.edit_plan_button):
        assert not button.isEnabled()
    assert w.edit_button.isEnabled() and w.consent_button.isEnabled()  # still possible after closure


def test_refusals_are_shown_in_the_dialog(
    qtbot: QtBot,
    file_widget: ClientFileWidget,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    probe: Any,
) -> None:
    # a closure recorded elsewhere meanwhile: the service refuses the placement
    dialog = opened(qtbot, file_widget.record_placement())
    workspace.clients.close(ClosureInput(file_widget.client_id, TODAY, "moved_away"))
    dialog.employer_combo.setCurrentIndex(1)
    dialog.post_edit.setText("理货员")
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("flexible"))
    dialog.hours_spin.setValue(20)
    dialog.wage_spin.setValue(1500)
    placements = rows(probe, workspace, "placements")
    dialog.accept()
    assert dialog.isVisible() and rows(probe, workspace, "placements") == placements
    assert dialog.general_message.text() == "该个案已结案，不能记录就业安置。"
    dialog.reject()

    # a permission refusal, e.g. from a role rule
    def refuse(*_args: Any) -> str:
        raise PermissionDenied("no", code="role_required")

    monkeypatch.setattr(workspace.clients, "record_consent", refuse)
    consent = opened(qtbot, file_widget.record_consent())
    consent.accept()
    assert consent.isVisible() and consent.general_message.text() == "您的角色不能进行这项操作。"


def test_esc_cancels_and_asks_only_after_typing(qtbot: QtBot, file_widget: ClientFileWidget) -> None:
    dialog = opened(qtbot, file_widget.new_assessment())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=1000)
    asked: list[str] = []
    dialog.confirm = lambda title, *_: asked.append(title) or False  # type: ignore[func-returns-value]
    dialog.tool_edit.setText("量表")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert asked == ["放弃输入"] and dialog.isVisible()
    dialog.tool_edit.setText("")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and file_widget.record_dialog is None


def test_models_stay_valid_after_saves(
    qtbot: QtBot, qtmodeltester: Any, file_widget: ClientFileWidget
) -> None:
    """The file's table models are reset after every save; the model tester watches them meanwhile."""
    for model in file_widget.models().values():
        qtmodeltester.check(model)
    dialog = opened(qtbot, file_widget.new_assessment())
    dialog.rating_spins["physical"].setValue(5)
    dialog.accept()
    assert not dialog.isVisible()
    for model in file_widget.models().values():
        qtmodeltester.check(model, force_py=True)
