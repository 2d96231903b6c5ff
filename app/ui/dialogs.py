"""Start-up dialogs: unlock a passphrase-protected profile, set a passphrase when there is no system
keychain, choose the signed-in user, and create the organisation and first user of a new profile.

Every dialog keeps its OK button disabled until the input is valid and says why in the dialog itself;
every input has an accessible name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import ROLES
from app.host.keystore import MIN_PASSPHRASE_LENGTH
from app.services.people import UserRow
from app.ui.i18n import QT_TR_NOOP, tr

__all__ = [
    "ROLE_LABELS",
    "ChooseUserDialog",
    "FirstRunData",
    "FirstRunDialog",
    "NewPassphraseDialog",
    "PassphraseDialog",
    "passphrase_problem",
    "role_label",
]

#: Names of the system roles (``app.domain.records.ROLES``), translated where shown (:func:`role_label`).
ROLE_LABELS: dict[str, str] = {
    "coach": QT_TR_NOOP("辅导员"),
    "supervisor": QT_TR_NOOP("督导"),
    "admin": QT_TR_NOOP("管理员"),
}

_ERROR_STYLE = "color: #b00020;"


def role_label(role: str) -> str:
    """The name of a system role in the active language (an unknown role as it is)."""
    label = ROLE_LABELS.get(role)
    return tr(label) if label is not None else role


def passphrase_problem(text: str) -> str | None:
    """Why ``text`` cannot be a passphrase (same rule as the key store), or None if it can."""
    if not text or not text.strip():
        return tr("请输入口令。")
    if len(unicodedata.normalize("NFC", text)) < MIN_PASSPHRASE_LENGTH:
        return tr("口令至少需要 %n 个字符。", None, MIN_PASSPHRASE_LENGTH)
    return None


def _label(text: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _message_label(name: str) -> QLabel:
    """A label for validation or error messages; hidden while empty."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(_ERROR_STYLE)
    label.setAccessibleName(name)
    label.setVisible(False)
    return label


def _set_width(dialog: QDialog, chinese_chars: int) -> None:
    """Make the dialog at least as wide as ``chinese_chars`` Chinese characters (text wraps inside)."""
    dialog.setMinimumWidth(chinese_chars * dialog.fontMetrics().horizontalAdvance("中"))


def _show_message(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


def _buttons(ok_text: str, dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text)
    ok.setEnabled(False)
    cancel.setText(tr("取消"))
    cancel.setAccessibleName(tr("取消"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


class PassphraseDialog(QDialog):
    """Ask for the passphrase of an existing, passphrase-protected profile.

    Args:
        data_dir: shown so the user knows which profile is meant.
        error: a message to show at once (e.g. after a wrong passphrase).
    """

    def __init__(
        self, data_dir: Path | None = None, *, error: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("输入口令 - CoachDesk"))
        self.setAccessibleName(tr("输入口令"))
        intro = tr("此 CoachDesk 数据库受口令保护，请输入口令以打开。")
        if data_dir is not None:
            intro += "\n" + tr("数据目录：{folder}").format(folder=data_dir)
        self.intro = _label(intro)
        self.error_label = _message_label(tr("错误信息"))
        _show_message(self.error_label, error)
        self.passphrase_edit = _password_edit(tr("口令"))
        self.show_check = QCheckBox(tr("显示口令"))
        self.show_check.setAccessibleName(tr("显示口令"))
        self.hint_label = _message_label(tr("口令提示"))
        self.button_box, self.ok_button = _buttons(tr("打开"), self)

        form = QFormLayout()
        form.addRow(tr("口令(&P)："), self.passphrase_edit)
        form.addRow("", self.show_check)
        _set_width(self, 28)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.button_box)

        self.passphrase_edit.textChanged.connect(self._validate)
        self.show_check.toggled.connect(self._toggle_echo)
        self.passphrase_edit.setFocus()
        self._validate()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)

    def _validate(self) -> None:
        text = self.passphrase_edit.text()
        problem = passphrase_problem(text)
        # Say nothing while the field is empty; the disabled button is enough.
        _show_message(self.hint_label, problem if text else None)
        self.ok_button.setEnabled(problem is None)


class NewPassphraseDialog(QDialog):
    """Set a passphrase for a new profile because no secure system keychain is available.

    CoachDesk never keeps the database key unprotected; without a keychain the only way on is a
    passphrase (or cancelling).

    Args:
        detail: the technical reason the keychain is not usable (shown small, for support).
    """

    def __init__(
        self, data_dir: Path | None = None, *, detail: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("设置口令 - CoachDesk"))
        self.setAccessibleName(tr("设置口令"))
        text = tr(
            "本机没有可用的系统钥匙串（如 Windows 凭据管理器、macOS 钥匙串或 GNOME 密钥环），"
            "CoachDesk 无法把数据库密钥保存在其中。\n\n"
            "为保护服务对象的资料，CoachDesk 不会以明文保存密钥，也不会在未加密的情况下使用数据库。"
            "请设置一个口令来保护数据库密钥：以后每次打开 CoachDesk 都要输入这个口令。\n\n"
            "口令一旦遗忘，数据将无法恢复，请妥善保管。"
        )
        if data_dir is not None:
            text += "\n\n" + tr("数据目录：{folder}").format(folder=data_dir)
        self.intro = _label(text)
        self.detail_label = _label(tr("技术信息：{detail}").format(detail=detail) if detail else "")
        self.detail_label.setStyleSheet("color: palette(placeholder-text);")
        self.detail_label.setVisible(bool(detail))
        self.first_edit = _password_edit(tr("新口令"))
        self.second_edit = _password_edit(tr("再次输入新口令"))
        self.show_check = QCheckBox(tr("显示口令"))
        self.show_check.setAccessibleName(tr("显示口令"))
        self.hint_label = _message_label(tr("口令提示"))
        self.button_box, self.ok_button = _buttons(tr("设置口令"), self)

        form = QFormLayout()
        form.addRow(tr("新口令（至少 %n 个字符）(&N)：", None, MIN_PASSPHRASE_LENGTH), self.first_edit)
        form.addRow(tr("再次输入(&A)："), self.second_edit)
        form.addRow("", self.show_check)
        _set_width(self, 36)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.button_box)

        self.first_edit.textChanged.connect(self._validate)
        self.second_edit.textChanged.connect(self._validate)
        self.show_check.toggled.connect(self._toggle_echo)
        self.first_edit.setFocus()
        self._validate()

    def passphrase(self) -> str:
        return self.first_edit.text()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first_edit.setEchoMode(mode)
        self.second_edit.setEchoMode(mode)

    def _validate(self) -> None:
        first, second = self.first_edit.text(), self.second_edit.text()
        problem = passphrase_problem(first)
        message = problem if first else None  # nothing typed yet: the disabled button is enough
        if problem is None and first != second:
            problem = tr("两次输入的口令不一致。")
            message = problem if second else None  # wait until the second field is being filled
        _show_message(self.hint_label, message)
        self.ok_button.setEnabled(problem is None)


@dataclass(frozen=True)
class FirstRunData:
    """What the first-run dialog collects."""

    organisation: str
    display_name: str
    username: str
    role: str


class FirstRunDialog(QDialog):
    """Create the organisation and the first user of a new profile.

    Args:
        submit: called with the input when the user presses OK; returns None on success (the dialog
            closes) or a message to show in the dialog (it stays open).
        connect: when given, a button offers to log in to the organisation's server instead (the
            staff and caseload then come from there); it returns whether that worked (then the dialog
            closes as accepted).
    """

    def __init__(
        self,
        submit: Callable[[FirstRunData], str | None] | None = None,
        parent: QWidget | None = None,
        *,
        connect: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._connect = connect
        self.setWindowTitle(tr("欢迎使用 CoachDesk"))
        self.setAccessibleName(tr("首次使用设置"))
        self.intro = _label(tr("这是第一次打开此数据目录。请填写所在机构和您的信息，创建第一个用户。"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setAccessibleName(tr("机构名称"))
        self.organisation_edit.setPlaceholderText(tr("例如：东莞市某某残疾人就业服务中心"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(tr("您的姓名"))
        self.username_edit = QLineEdit()
        self.username_edit.setAccessibleName(tr("用户名"))
        self.username_edit.setPlaceholderText(tr("登录和记录中使用，例如 lixiaoming"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(tr("角色"))
        for role in ROLES:
            self.role_combo.addItem(role_label(role), role)
        self.error_label = _message_label(tr("错误信息"))
        self.button_box, self.ok_button = _buttons(tr("创建"), self)

        self.connect_button = QPushButton(tr("连接机构服务器(&S)…"))
        self.connect_button.setAccessibleName(tr("连接机构服务器"))
        self.connect_button.setToolTip(
            tr("机构已有同步服务器时：用服务器上的账号登录，同事和个案从服务器下载")
        )
        self.connect_button.setVisible(connect is not None)
        self.connect_button.clicked.connect(self._connect_to_server)

        form = QFormLayout()
        form.addRow(tr("机构名称(&O)："), self.organisation_edit)
        form.addRow(tr("您的姓名(&N)："), self.name_edit)
        form.addRow(tr("用户名(&U)："), self.username_edit)
        form.addRow(tr("角色(&R)："), self.role_combo)
        _set_width(self, 32)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.connect_button)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)

        for edit in (self.organisation_edit, self.name_edit, self.username_edit):
            edit.textChanged.connect(self._validate)
        self.organisation_edit.setFocus()
        self._validate()

    def data(self) -> FirstRunData:
        return FirstRunData(
            organisation=self.organisation_edit.text().strip(),
            display_name=self.name_edit.text().strip(),
            username=self.username_edit.text().strip(),
            role=str(self.role_combo.currentData()),
        )

    def show_error(self, message: str | None) -> None:
        _show_message(self.error_label, message)

    def _connect_to_server(self) -> None:
        if self._connect is not None and self._connect():
            super().accept()

    def _validate(self) -> None:
        d = self.data()
        self.ok_button.setEnabled(bool(d.organisation and d.display_name and d.username))

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if self._submit is not None:
            error = self._submit(self.data())
            if error:
                self.show_error(error)
                return
        super().accept()


class ChooseUserDialog(QDialog):
    """Choose who uses this workspace when the profile has users but none is signed in."""

    def __init__(self, users: Sequence[UserRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("选择用户 - CoachDesk"))
        self.setAccessibleName(tr("选择用户"))
        self.intro = _label(tr("请选择使用本机 CoachDesk 的用户。"))
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(tr("用户"))
        for user in users:
            text = tr("{name}（{username}，{role}）").format(
                name=user.display_name, username=user.username, role=role_label(user.role)
            )
            self.user_combo.addItem(text, user.id)
        self.button_box, self.ok_button = _buttons(tr("确定"), self)
        self.ok_button.setEnabled(self.user_combo.count() > 0)

        form = QFormLayout()
        form.addRow(tr("用户(&U)："), self.user_combo)
        _set_width(self, 26)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.button_box)

    def user_id(self) -> str | None:
        value = self.user_combo.currentData()
        return str(value) if value is not None else None
