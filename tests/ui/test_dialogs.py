"""The start-up dialogs: validation in the dialog, OK only when valid, accessible names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QtMsgType, qWarning
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.services.people import UserRow
from app.ui.dialogs import (
    ChooseUserDialog,
    FirstRunData,
    FirstRunDialog,
    NewPassphraseDialog,
    PassphraseDialog,
    passphrase_problem,
)

Check = Callable[[QWidget], None]


def shown(label: QWidget) -> bool:
    return not label.isHidden()


def test_passphrase_problem() -> None:
    assert passphrase_problem("") == "请输入口令。"
    assert passphrase_problem("        ") == "请输入口令。"
    assert passphrase_problem("short") == "口令至少需要 8 个字符。"
    assert passphrase_problem("口令口令口令口令") is None  # 8 characters, not bytes
    assert passphrase_problem("long enough") is None


def test_passphrase_dialog_ok_disabled_for_short_passphrase(qtbot: QtBot, assert_accessible: Check) -> None:
    dialog = PassphraseDialog(Path("/data/profile"))
    qtbot.addWidget(dialog)
    assert_accessible(dialog)
    assert not dialog.ok_button.isEnabled()
    assert not shown(dialog.hint_label)  # nothing typed: no message yet
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password

    qtbot.keyClicks(dialog.passphrase_edit, "short")
    assert not dialog.ok_button.isEnabled()
    assert shown(dialog.hint_label)
    assert "8" in dialog.hint_label.text()

    qtbot.keyClicks(dialog.passphrase_edit, "-enough")
    assert dialog.ok_button.isEnabled()
    assert not shown(dialog.hint_label)
    assert dialog.passphrase() == "short-enough"
    assert "/data/profile" in dialog.intro.text()


def test_passphrase_dialog_shows_error_and_can_reveal(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(error="口令不正确，请重试。")
    qtbot.addWidget(dialog)
    assert shown(dialog.error_label)
    assert dialog.error_label.text() == "口令不正确，请重试。"
    dialog.show_check.setChecked(True)
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_check.setChecked(False)
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password


def test_new_passphrase_dialog(qtbot: QtBot, assert_accessible: Check) -> None:
    dialog = NewPassphraseDialog(Path("/data/profile"), detail="keyring.backends.fail.Keyring: none")
    qtbot.addWidget(dialog)
    assert_accessible(dialog)
    assert "钥匙串" in dialog.intro.text()
    assert "口令" in dialog.intro.text()
    assert "keyring.backends.fail.Keyring" in dialog.detail_label.text()
    assert not dialog.ok_button.isEnabled()

    qtbot.keyClicks(dialog.first_edit, "1234567")
    assert not dialog.ok_button.isEnabled()
    assert "8" in dialog.hint_label.text()

    qtbot.keyClicks(dialog.first_edit, "8")
    assert not dialog.ok_button.isEnabled()  # not repeated yet
    assert not shown(dialog.hint_label)

    qtbot.keyClicks(dialog.second_edit, "1234")
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint_label.text() == "两次输入的口令不一致。"

    qtbot.keyClicks(dialog.second_edit, "5678")
    assert dialog.ok_button.isEnabled()
    assert not shown(dialog.hint_label)
    assert dialog.passphrase() == "12345678"

    dialog.show_check.setChecked(True)
    assert dialog.first_edit.echoMode() == dialog.second_edit.echoMode() == QLineEdit.EchoMode.Normal


def test_new_passphrase_dialog_refuses_blank(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first_edit, " " * 10)
    qtbot.keyClicks(dialog.second_edit, " " * 10)
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint_label.text() == "请输入口令。"


def test_first_run_dialog(qtbot: QtBot, assert_accessible: Check) -> None:
    submitted: list[FirstRunData] = []
    answers = ["这个用户名已被使用，请换一个。", None]

    def submit(data: FirstRunData) -> str | None:
        submitted.append(data)
        return answers.pop(0)

    dialog = FirstRunDialog(submit)
    qtbot.addWidget(dialog)
    assert_accessible(dialog)
    assert not dialog.ok_button.isEnabled()
    assert [dialog.role_combo.itemData(i) for i in range(dialog.role_combo.count())] == [
        "coach",
        "supervisor",
        "admin",
    ]
    assert dialog.role_combo.itemText(0) == "辅导员"

    dialog.organisation_edit.setText("东莞市残疾人就业服务中心")
    dialog.name_edit.setText("李小明")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.username_edit, "lixiaoming")
    assert dialog.ok_button.isEnabled()
    dialog.role_combo.setCurrentIndex(1)

    dialog.show()
    dialog.ok_button.click()  # the service refuses: the dialog stays open and says why
    assert dialog.isVisible()
    assert shown(dialog.error_label)
    assert dialog.error_label.text() == "这个用户名已被使用，请换一个。"

    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert submitted[-1] == FirstRunData("东莞市残疾人就业服务中心", "李小明", "lixiaoming", "supervisor")


def test_choose_user_dialog(qtbot: QtBot, assert_accessible: Check) -> None:
    users = [
        UserRow("u1", "chen", "陈辅导", "coach", None),
        UserRow("u2", "wang", "王督导", "supervisor", None),
    ]
    dialog = ChooseUserDialog(users)
    qtbot.addWidget(dialog)
    assert_accessible(dialog)
    assert dialog.ok_button.isEnabled()
    assert dialog.user_combo.itemText(1) == "王督导（wang，督导）"
    dialog.user_combo.setCurrentIndex(1)
    assert dialog.user_id() == "u2"


def test_qt_warnings_are_recorded(qt_messages: list[str]) -> None:
    """The conftest handler records warnings (and would fail this test) but not the ignored ones."""
    qWarning("This plugin does not support propagateSizeHints()")
    assert qt_messages == []
    qWarning("something is wrong")
    assert len(qt_messages) == 1
    assert QtMsgType.QtWarningMsg.name in qt_messages[0]
    assert "something is wrong" in qt_messages[0]
    qt_messages.clear()
