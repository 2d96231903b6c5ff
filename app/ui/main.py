"""The GUI entry point: ``coachdesk`` without a subcommand ends up in :func:`run_gui`.

Start-up opens the profile's encrypted store, asking for what it needs on the way:

* a new profile on a machine without a usable system keychain: a passphrase to protect the key (the
  key is never kept unprotected, and the store is never used unencrypted);
* a passphrase-protected profile: its passphrase (``COACHDESK_PASSPHRASE`` is tried first), again
  after a wrong one; cancelling exits with :data:`EXIT_CANCELLED`;
* any other key-store or storage problem: a message box, then :data:`EXIT_FAILED`;
* a profile nobody is signed in to: the organisation and first user (or, if it has users, which of
  them uses this machine).

The flow talks to the user through a :class:`Prompter`, so tests can drive it without dialogs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QWidget

from app.bootstrap import open_workspace
from app.domain.errors import DomainError
from app.host.keystore import (
    KeychainUnavailable,
    KeyStore,
    KeyStoreError,
    PassphraseRequired,
    WrongPassphrase,
    passphrase_from_env,
)
from app.host.tokens import TokenStore
from app.services.people import UserInput, UserRow
from app.services.workspace import Workspace
from app.storage.errors import StorageError
from app.ui.common import apply_zoom
from app.ui.dialogs import (
    ChooseUserDialog,
    FirstRunData,
    FirstRunDialog,
    NewPassphraseDialog,
    PassphraseDialog,
)
from app.ui.i18n import LANGUAGES, QT_TR_NOOP, install_language, start_language, tr
from app.ui.main_window import MainWindow
from app.ui.sync_ui import LoginDialog

__all__ = [
    "APP_NAME",
    "EXIT_CANCELLED",
    "EXIT_FAILED",
    "EXIT_OK",
    "DialogPrompter",
    "Prompter",
    "StartupAborted",
    "apply_language",
    "ensure_signed_in",
    "open_profile",
    "run_gui",
]

log = logging.getLogger(__name__)

APP_NAME = "CoachDesk"
APP_PROGRAM = "coachdesk"
EXIT_OK = 0
#: The user cancelled a start-up dialog.
EXIT_CANCELLED = 1
#: The profile could not be opened (storage or key-store error).
EXIT_FAILED = 2

_MAX_INFORMATIVE = 600

WRONG_PASSPHRASE = QT_TR_NOOP("口令不正确，请重试。")
WRONG_ENV_PASSPHRASE = QT_TR_NOOP("环境变量 COACHDESK_PASSPHRASE 中的口令不正确，请输入正确的口令。")

# Texts for the service errors the first-run dialog can meet (translated where shown); others show
# their English message.
_FIRST_RUN_ERRORS = {
    "duplicate_username": QT_TR_NOOP("这个用户名已被使用，请换一个。"),
    "required": QT_TR_NOOP("请填写所有必填项。"),
}


class StartupAborted(Exception):
    """Start-up stops; ``code`` is the process exit code."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class Prompter(Protocol):
    """How the start-up flow asks the user for something (dialogs in the app, fakes in tests)."""

    def new_passphrase(self, detail: str) -> str | None:
        """A new passphrase because the keychain is not usable (``detail`` says why); None: cancel."""

    def passphrase(self, error: str | None) -> str | None:
        """The passphrase of the profile, ``error`` saying what was wrong last time; None: cancel."""

    def first_run(self, workspace: Workspace) -> bool:
        """Create the organisation and first user and sign them in; False if cancelled."""

    def choose_user(self, workspace: Workspace, users: list[UserRow]) -> bool:
        """Sign in one of ``users``; False if cancelled."""

    def critical(self, title: str, text: str, detail: str) -> None:
        """Tell the user start-up failed."""


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while the key is derived and the store is checked (takes a moment)."""
    gui = QGuiApplication.instance() is not None
    if gui:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        if gui:
            QGuiApplication.restoreOverrideCursor()


def open_profile(data_dir: Path, prompter: Prompter) -> Workspace:
    """Open the workspace in ``data_dir``, asking the user for passphrases as needed.

    Raises StartupAborted with EXIT_CANCELLED when the user cancels and EXIT_FAILED (after telling
    the user) when the profile cannot be opened.
    """
    passphrase = passphrase_from_env()
    from_env = passphrase is not None
    while True:
        try:
            with _busy():
                return open_workspace(data_dir, passphrase=passphrase)
        except KeychainUnavailable as exc:
            if KeyStore(data_dir).exists():  # the key is in the keychain, which is gone: nothing to ask
                _fail(prompter, data_dir, exc)
            answer = prompter.new_passphrase(exc.message)
        except PassphraseRequired:
            answer = prompter.passphrase(None)
        except WrongPassphrase:
            answer = prompter.passphrase(tr(WRONG_ENV_PASSPHRASE if from_env else WRONG_PASSPHRASE))
        except (KeyStoreError, StorageError) as exc:
            _fail(prompter, data_dir, exc)
        if answer is None:
            raise StartupAborted(EXIT_CANCELLED)
        passphrase, from_env = answer, False


def _fail(prompter: Prompter, data_dir: Path, exc: KeyStoreError | StorageError) -> NoReturn:
    log.error("Cannot open the data directory %s: %s (%s)", data_dir, exc.code, exc)
    prompter.critical(
        tr("无法打开数据"),
        tr("CoachDesk 无法打开数据目录：\n{folder}").format(folder=data_dir),
        tr("{error}\n\n（错误代码：{code}）").format(error=exc, code=exc.code),
    )
    raise StartupAborted(EXIT_FAILED)


def ensure_signed_in(workspace: Workspace, prompter: Prompter) -> bool:
    """Make sure someone is signed in: first-run set-up for a new profile, else choose a user."""
    if workspace.actor is not None:
        return True
    users = workspace.people.users()
    if users:
        return prompter.choose_user(workspace, users)
    return prompter.first_run(workspace)


def create_first_user(workspace: Workspace, data: FirstRunData) -> str | None:
    """Create the organisation and first user and sign in, all or nothing; an error message or None."""
    try:
        with workspace.ctx.uow.batch():
            org_id = workspace.people.create_organisation(data.organisation)
            user_id = workspace.people.create_user(
                org_id, UserInput(username=data.username, display_name=data.display_name, role=data.role)
            )
            workspace.people.sign_in(user_id)
    except DomainError as exc:
        workspace.act_as(None)
        text = _FIRST_RUN_ERRORS.get(exc.code)
        return tr(text) if text is not None else exc.message
    except BaseException:
        workspace.act_as(None)
        raise
    return None


class DialogPrompter:
    """The :class:`Prompter` of the application: modal dialogs."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        self.data_dir = data_dir
        self.parent = parent

    def new_passphrase(self, detail: str) -> str | None:
        dialog = NewPassphraseDialog(self.data_dir, detail=detail, parent=self.parent)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def passphrase(self, error: str | None) -> str | None:
        dialog = PassphraseDialog(self.data_dir, error=error, parent=self.parent)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def first_run(self, workspace: Workspace) -> bool:
        dialog = FirstRunDialog(
            lambda data: create_first_user(workspace, data),
            parent=self.parent,
            connect=lambda: (
                LoginDialog(workspace, TokenStore(), None, parent=dialog).exec()
                == QDialog.DialogCode.Accepted
            ),
        )
        return dialog.exec() == QDialog.DialogCode.Accepted and workspace.actor is not None

    def choose_user(self, workspace: Workspace, users: list[UserRow]) -> bool:
        dialog = ChooseUserDialog(users, parent=self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        user_id = dialog.user_id()
        if user_id is None:
            return False
        workspace.people.sign_in(user_id)
        return True

    def critical(self, title: str, text: str, detail: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self.parent)
        if len(detail) > _MAX_INFORMATIVE:  # e.g. a long integrity-check report: keep the box usable
            box.setInformativeText(detail[:_MAX_INFORMATIVE].rstrip() + "…")
            box.setDetailedText(detail)
        else:
            box.setInformativeText(detail)
        box.setAccessibleName(title)
        box.exec()


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_PROGRAM, *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    return app


def apply_language(data_dir: Path) -> str | None:
    """Install the language to start in (``COACHDESK_LANGUAGE``, else the profile's ``language``
    setting) before any window is built. Returns None when it is active, else a notice for the user
    (its catalogue is missing or the code is unknown: the GUI stays in Simplified Chinese)."""
    code = start_language(data_dir)
    if install_language(code):
        return None
    name = LANGUAGES.get(code, code)
    # Said in both languages: the translation the user asked for is exactly what is missing.
    return tr("找不到界面语言“{language}”的翻译，界面以简体中文显示。").format(language=name) + (
        f" (The {name} translation of CoachDesk is missing; showing Simplified Chinese.)"
    )


def show_language_notice(window: QMainWindow, notice: str) -> QLabel:
    """Keep ``notice`` in the status bar (a permanent item: other status messages do not hide it)."""
    label = QLabel("⚠ " + notice, window)
    label.setObjectName("language-notice")
    label.setAccessibleName(tr("语言提示"))
    label.setWordWrap(False)
    label.setStyleSheet("color: #b00020;")
    window.statusBar().addPermanentWidget(label)
    return label


def run_gui(data_dir: Path, argv: list[str], *, prompter: Prompter | None = None) -> int:
    """Open the profile in ``data_dir`` and show the main window; returns the process exit code
    (:data:`EXIT_OK` after the window closed, :data:`EXIT_CANCELLED`, :data:`EXIT_FAILED`).

    The GUI language is installed first (:func:`apply_language`), so the start-up dialogs speak it too.
    ``argv`` is the command line after the program name; Qt's own options in it (``-platform``,
    ``-style``, ...) apply when this call creates the QApplication. ``prompter`` replaces the start-up
    dialogs (tests).
    """
    app = _application(argv)
    notice = apply_language(data_dir)
    prompter = prompter or DialogPrompter(data_dir)
    try:
        workspace = open_profile(data_dir, prompter)
    except StartupAborted as stop:
        return stop.code
    try:
        try:
            if not ensure_signed_in(workspace, prompter):
                return EXIT_CANCELLED
        except StorageError as exc:
            _fail(prompter, data_dir, exc)
        apply_zoom(workspace.ctx.settings.get("zoom_percent"))
        window = MainWindow(workspace)
        if notice is not None:
            log.warning("%s", notice)
            show_language_notice(window, notice)
        window.show()
        try:
            return app.exec()
        finally:
            window.close()
            window.deleteLater()
    except StartupAborted as stop:
        return stop.code
    finally:
        workspace.close()
