"""Sync in the window, against a real server process on loopback: log in through the dialog, the
status bar and the caseload's sync column, "Sync now" (F5), and resolving a conflict in the conflict
dialog with the keyboard alone. The desktop's second device is a plain workspace (tests/sync).

(Named to run before test_startup.py: after a test has run ``run_gui`` to its end, worker-thread
signals no longer arrive in later tests of the same process — see the session note.)"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from harness import PASSWORD, Device, MemoryTokens, Org, ServerProcess, admin_engine_for, make_org, snapshot

from app.services.workspace import Workspace
from app.ui.caseload_model import SYNC
from app.ui.main_window import MainWindow
from app.ui.sync_ui import ConflictDialog, LoginDialog


@pytest.fixture(scope="module")
def sync_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, Org]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('sync-ui') / 'server.db'}"
    engine = admin_engine_for(url)
    server = ServerProcess(url, tmp_path_factory.mktemp("sync-ui-logs"))
    server.start()
    try:
        yield server, make_org(engine)
    finally:
        server.stop()
        engine.dispose()


def _answer_next_question(accept: bool) -> None:
    """Answer the next modal question box (e.g. "resolve the conflicts now?") when it shows."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, answer)
            return
        if accept:
            box.accept()
        else:
            box.reject()

    QTimer.singleShot(50, answer)


def test_log_in_sync_and_resolve_a_conflict_from_the_window(
    qtbot: Any,
    sync_server: tuple[ServerProcess, Org],
    open_ws: Callable[..., Workspace],
    make_client: Any,
    tmp_path: Path,
    assert_accessible: Callable[[Any], None],
) -> None:
    server, org = sync_server
    desk = Device(open_ws(tmp_path / "desk"), server.url, org.users["coach1"])
    cid = desk.ws.clients.create(make_client(name="陈志明", assigned_coach_id=desk.user_id))
    desk.sync()

    # a new laptop: log in through the dialog (keyboard), which also runs the first sync
    ws = open_ws(tmp_path / "laptop")
    tokens = MemoryTokens()
    login = LoginDialog(ws, tokens, None)  # type: ignore[arg-type]
    qtbot.addWidget(login)
    login.show()
    assert_accessible(login)
    login.server.clear()
    qtbot.keyClicks(login.server, server.url)
    qtbot.keyClicks(login.username, org.users["coach1"])
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert login.password.text() == ""  # the password is not kept, not even in the widget
    assert ws.actor is not None and ws.actor.user_id == desk.user_id
    assert set(tokens.tokens)  # the token went to the token store

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.sync.tokens = tokens
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    row = next(r for r in range(window.model.rowCount()) if window.model.client_id(r) == cid)
    assert window.model.index(row, SYNC).data() == "已同步"
    assert "已同步" in window.sync_label.text() and "上次同步" in window.sync_label.text()

    # both sides change the same field offline; the laptop syncs with F5 and is told of the conflict
    desk.ws.clients.update(cid, replace(desk.ws.clients.input_of(cid), notes="办公室写的"))
    desk.sync()
    ws.clients.update(cid, replace(ws.clients.input_of(cid), notes="笔记本写的"))
    window.sync.refresh_status()
    assert "1 条待上传" in window.sync_label.text()
    _answer_next_question(accept=False)  # "resolve now?" — later
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=30_000)
    assert "1 处冲突待解决" in window.sync_label.text()
    window._tab_changed(0)
    row = next(r for r in range(window.model.rowCount()) if window.model.client_id(r) == cid)
    assert window.model.index(row, SYNC).data() == "有冲突"

    # the conflict dialog, keyboard only: both values shown; Tab to 采用另一版本 and press Space
    dialog = ConflictDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert_accessible(dialog)
    assert dialog.view.hasFocus()  # the list has the focus: keyboard users start there
    assert dialog.model.rowCount() == 1
    assert (dialog.current.toPlainText(), dialog.other.toPlainText()) == ("办公室写的", "笔记本写的")
    if os.environ.get("COACHDESK_SHOTS"):  # for a person to look at
        dialog.grab().save(os.path.join(os.environ["COACHDESK_SHOTS"], "conflict-dialog.png"))
        window.grab().save(os.path.join(os.environ["COACHDESK_SHOTS"], "window-with-sync.png"))
        login.grab().save(os.path.join(os.environ["COACHDESK_SHOTS"], "login-dialog.png"))
    for _ in range(10):  # Tab through: list, both values, then the buttons
        if QApplication.focusWidget() is dialog.take:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.take
    qtbot.keyClick(dialog.take, Qt.Key.Key_Space)
    assert dialog.model.rowCount() == 0
    assert ws.clients.input_of(cid).notes == "笔记本写的"
    dialog.close()

    window.sync.sync_now(interactive=False)
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=30_000)
    desk.sync()
    assert desk.ws.clients.input_of(cid).notes == "笔记本写的"
    assert snapshot(desk.ws) == snapshot(ws)
    assert "冲突" not in window.sync_label.text()
    window.close()
    desk.ws.close()
    ws.close()
