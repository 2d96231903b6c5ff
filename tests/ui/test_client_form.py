"""The registration dialog: registering with the keyboard (the ID number fills in birth date and sex, the
certificate number the disability), errors next to their fields with nothing written, several
disabilities for 多重, editing (audited as a reveal; refused and shown for another coach), duplicate
ID numbers, Esc, the tab order and accessibility."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.errors import PermissionDenied
from app.domain.identity import build_certificate_number, build_id_number
from app.services.workspace import Workspace
from app.ui.client_file import ClientFileWidget
from app.ui.client_form import ClientFormDialog, new_client

Check = Callable[[QWidget], None]
TOWN = "441900003000"  # 东城街道


def type_with_input_method(widget: QWidget, text: str) -> None:
    """Enter ``text`` the way a Chinese input method does (QTest's key clicks only know ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press_tab(qtbot: QtBot, expected: QWidget) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(expected.hasFocus, timeout=1000)


@pytest.fixture
def dialog_factory(qtbot: QtBot, workspace: Workspace) -> Iterator[Callable[..., ClientFormDialog]]:
    def make(client_id: str | None = None) -> ClientFormDialog:
        dialog = ClientFormDialog(workspace, client_id)
        dialog.confirm = lambda *_args: True
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=1000)
        return dialog

    yield make


ID_NUMBER = build_id_number("441900", date(1995, 3, 8), 123)  # 17th digit 3: male
CERTIFICATE = build_certificate_number(ID_NUMBER, 4, 2)  # 肢体残疾二级


def test_register_with_the_keyboard(
    qtbot: QtBot, dialog_factory: Callable[..., ClientFormDialog], workspace: Workspace, probe: Any
) -> None:
    dialog = dialog_factory()
    qtbot.waitUntil(dialog.name_edit.hasFocus, timeout=1000)
    type_with_input_method(dialog.name_edit, "刘建华")
    press_tab(qtbot, dialog.sex_combo)
    press_tab(qtbot, dialog.id_edit)
    qtbot.keyClicks(dialog.id_edit, ID_NUMBER)
    # the ID number fills in the birth date and the sex it encodes
    assert dialog.birth_edit.date().toString("yyyy-MM-dd") == "1995-03-08"
    assert dialog.sex_combo.currentData() == "male"
    assert "已按身份证号填入" in dialog.id_note.text()
    press_tab(qtbot, dialog.birth_edit)
    press_tab(qtbot, dialog.certificate_edit)
    qtbot.keyClicks(dialog.certificate_edit, CERTIFICATE)
    row = dialog.disabilities.rows[0]
    assert (row.category.currentData(), row.level.currentData()) == (4, 2)  # from the certificate
    dialog.town_combo.setCurrentIndex(dialog.town_combo.findData(TOWN))
    dialog.phone_edit.setFocus()
    qtbot.keyClicks(dialog.phone_edit, "13800138000")
    assert dialog.coach_combo.currentData() == workspace.actor.user_id  # type: ignore[union-attr]
    clients = probe.scalar(workspace, "SELECT count(*) FROM clients")

    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)  # Enter presses 登记
    assert not dialog.isVisible()
    assert probe.scalar(workspace, "SELECT count(*) FROM clients") == clients + 1
    view = workspace.clients.view(saved.args[0])
    assert (view.name, view.sex, view.birth_date, view.town_code, view.phone) == (
        "刘建华",
        "male",
        date(1995, 3, 8),
        TOWN,
        "13800138000",
    )
    assert [(d.category, d.level, d.is_primary) for d in view.disabilities] == [(4, 2, True)]
    assert "********" in view.id_number  # the view is masked; the store has it in full
    assert probe.scalar(workspace, "SELECT id_number FROM clients WHERE id=:i", i=saved.args[0]) == ID_NUMBER


def test_new_client_returns_the_id_or_none(qtbot: QtBot, workspace: Workspace) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClientFormDialog)
        dialog.name_edit.setText("何丽萍")
        dialog.id_edit.setText(build_id_number("441900", date(1988, 7, 1), 222))  # even: female
        dialog._id_edited(dialog.id_edit.text())
        row = dialog.disabilities.rows[0]
        row.category.setCurrentIndex(row.category.findData(2))
        row.level.setCurrentIndex(row.level.findData(3))
        dialog.accept()
        if dialog.isVisible():  # do not hang the test on an unexpected error
            dialog.done(0)

    QTimer.singleShot(0, fill)
    client_id = new_client(workspace)
    assert client_id is not None
    assert workspace.clients.view(client_id).sex == "female"

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClientFormDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking

    QTimer.singleShot(0, cancel)
    assert new_client(workspace) is None


def test_errors_next_to_fields_and_nothing_written(
    qtbot: QtBot, dialog_factory: Callable[..., ClientFormDialog], workspace: Workspace, probe: Any
) -> None:
    dialog = dialog_factory()
    dialog.id_edit.setText(ID_NUMBER)  # male, 1995-03-08 ...
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData("female"))  # ... but female
    dialog.phone_edit.setText("1380013800")  # 10 digits
    dialog.guardian_phone_edit.setText("13800138001")  # a guardian without a name
    counts = probe.counts(workspace)

    qtbot.keyClick(dialog.id_edit, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.record_id is None
    assert probe.counts(workspace) == counts
    messages = dialog.message_texts()
    assert messages["name"] == "必须填写"
    assert "与性别不符" in messages["id_number"]
    assert "出生日期不符" in messages["id_number"]  # both problems of the field, joined
    assert messages["phone"] == "手机号码应为 11 位"
    assert messages["guardian_name"] == "登记了监护人关系或电话时必须填写"
    assert dialog.disabilities.rows[0].message.text() == "请选择残疾类别；请选择残疾等级"
    assert dialog.messages["name"].isVisible()
    assert dialog.name_edit.accessibleDescription() == "必须填写"
    assert dialog.name_edit.hasFocus()  # the first field with an error
    assert dialog.general_message.text().startswith("有 5 处需要修改")

    # fixing everything saves, and the messages go
    dialog.name_edit.setText("刘建华")
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData("male"))
    dialog.birth_edit.setDate(dialog.birth_edit.date().fromString("1995-03-08", "yyyy-MM-dd"))
    dialog.phone_edit.setText("0769-22345678")
    dialog.guardian_name_edit.setText("刘国强")
    row = dialog.disabilities.rows[0]
    row.category.setCurrentIndex(row.category.findData(5))
    row.level.setCurrentIndex(row.level.findData(3))
    dialog.accept()
    assert dialog.record_id is not None and not dialog.isVisible()
    assert dialog.message_texts() == {}


def test_several_disabilities_for_multiple(
    dialog_factory: Callable[..., ClientFormDialog], workspace: Workspace, probe: Any
) -> None:
    dialog = dialog_factory()
    dialog.name_edit.setText("邓志强")
    dialog.id_edit.setText(ID_NUMBER)
    dialog._id_edited(ID_NUMBER)
    editor = dialog.disabilities
    first = editor.rows[0]
    first.category.setCurrentIndex(first.category.findData(7))  # 多重
    first.level.setCurrentIndex(first.level.findData(2))
    editor.add_button.click()
    second = editor.rows[1]
    assert second.category.hasFocus() and not second.primary.isChecked()
    second.category.setCurrentIndex(second.category.findData(5))  # level left unchosen
    counts = probe.counts(workspace)
    dialog.accept()
    assert probe.counts(workspace) == counts
    assert second.message.text() == "请选择残疾等级"
    assert editor.message.text() == "多重残疾须再登记至少两项不同的具体残疾"
    assert first.category.hasFocus()  # the first field with an error, in tab order

    second.level.setCurrentIndex(second.level.findData(3))
    editor.add_button.click()
    third = editor.rows[2]
    third.category.setCurrentIndex(third.category.findData(6))
    third.level.setCurrentIndex(third.level.findData(2))
    third.primary.setChecked(True)  # one primary only: the others are unchecked
    assert not first.primary.isChecked()
    dialog.accept()
    assert editor.message.text() == "有多重残疾时，“多重残疾”须为主要残疾"
    first.primary.setChecked(True)
    editor.remove(second)  # remove a line, then add it again
    assert len(editor.rows) == 2 and third.primary.accessibleName() == "第 2 项为主要残疾"
    again = editor.add()
    again.category.setCurrentIndex(again.category.findData(5))
    again.level.setCurrentIndex(again.level.findData(3))
    dialog.accept()
    assert dialog.record_id is not None
    view = workspace.clients.view(dialog.record_id)
    assert sorted((d.category, d.level, d.is_primary) for d in view.disabilities) == [
        (5, 3, False),
        (6, 2, False),
        (7, 2, True),
    ]


def test_edit_is_audited_and_saves_the_changes(
    dialog_factory: Callable[..., ClientFormDialog],
    workspace: Workspace,
    add_client: Callable[..., str],
    probe: Any,
) -> None:
    client_id = add_client(name="黄晓华", guardian_name="黄国强", guardian_relation="parent")
    seq = probe.last_seq(workspace)
    dialog = dialog_factory(client_id)
    audit = probe.audit(workspace, seq)
    assert [(a.action, a.detail.get("purpose")) for a in audit] == [("reveal_identity", "edit_registration")]
    assert dialog.windowTitle() == "修改登记资料 - 黄晓华"
    stored = workspace.clients.input_of(client_id)
    assert dialog.id_edit.text() == stored.id_number  # the full number, for editing
    assert dialog.guardian_relation_combo.currentData() == "parent"
    assert dialog.build_input() == stored  # every field round-trips

    dialog.phone_edit.setText("13911112222")
    dialog.village_edit.setText("")
    seq = probe.last_seq(workspace)
    dialog.accept()
    assert not dialog.isVisible()
    updates = [a for a in probe.audit(workspace, seq) if a.action == "update"]
    assert updates and updates[0].detail["fields"] == ["phone", "village"]
    assert workspace.clients.view(client_id).phone == "13911112222"


def test_edit_refused_for_another_coach_is_shown_and_audited(
    qtbot: QtBot, workspace: Workspace, add_client: Callable[..., str], staff: Any, probe: Any
) -> None:
    client_id = add_client()  # assigned to coach 1
    workspace.act_as(staff.actor(staff.coach2_id))
    with pytest.raises(PermissionDenied):
        ClientFormDialog(workspace, client_id)
    widget = ClientFileWidget(workspace, client_id)
    qtbot.addWidget(widget)
    widget.show()
    seq = probe.last_seq(workspace)
    assert widget.edit_registration() is None
    assert widget.record_dialog is None
    assert widget.edit_message.isVisible()
    assert "只有负责该服务对象的辅导员" in widget.edit_message.text()
    assert [a.action for a in probe.audit(workspace, seq)] == ["reveal_identity_refused"]


def test_duplicate_id_number_is_shown_at_the_field(
    dialog_factory: Callable[..., ClientFormDialog],
    workspace: Workspace,
    add_client: Callable[..., str],
    make_client: Callable[..., Any],
    probe: Any,
) -> None:
    existing = workspace.clients.input_of(add_client())
    dialog = dialog_factory()
    dialog.set_input(
        make_client(name="重复的人").replace(id_number=existing.id_number, certificate_number="")
    )
    counts = probe.counts(workspace)
    dialog.accept()
    assert dialog.isVisible()
    assert probe.counts(workspace) == counts
    assert dialog.messages["id_number"].text().startswith("已有服务对象登记了这个身份证号")
    assert dialog.id_edit.hasFocus()


def test_esc_asks_only_when_something_was_typed(
    qtbot: QtBot, dialog_factory: Callable[..., ClientFormDialog]
) -> None:
    dialog = dialog_factory()
    asked: list[str] = []
    answer = [False]

    def confirm(title: str, _text: str, _yes: str) -> bool:
        asked.append(title)
        return answer[0]

    dialog.confirm = confirm
    type_with_input_method(dialog.name_edit, "未保存")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert asked == ["放弃输入"] and dialog.isVisible()  # "继续编辑"
    answer[0] = True
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    untouched = dialog_factory()
    untouched.confirm = confirm
    qtbot.keyClick(untouched.name_edit, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == ["放弃输入", "放弃输入"]


def test_tab_order_and_accessibility(
    qtbot: QtBot,
    dialog_factory: Callable[..., ClientFormDialog],
    add_client: Callable[..., str],
    assert_accessible: Check,
) -> None:
    dialog = dialog_factory()
    assert_accessible(dialog)
    qtbot.waitUntil(dialog.name_edit.hasFocus, timeout=1000)
    for widget in dialog.chain[1:5]:  # sex, ID, birth date, certificate
        press_tab(qtbot, widget)
    press_tab(qtbot, dialog.disabilities.rows[0].category)
    assert dialog.ok_button.isDefault()
    add = dialog.disabilities.add_button
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Return)  # Enter on a focused button presses that button
    assert len(dialog.disabilities.rows) == 2 and dialog.isVisible()
    assert dialog.disabilities.rows[1].category.hasFocus()
    # every label has a mnemonic, none twice
    from PySide6.QtWidgets import QLabel

    keys = [
        label.text().split("(&")[1][0]
        for label in dialog.findChildren(QLabel)
        if "(&" in label.text() and label.buddy() is not None
    ]
    assert len(keys) >= 20 and len(keys) == len(set(keys))
    assert_accessible(dialog_factory(add_client()))
