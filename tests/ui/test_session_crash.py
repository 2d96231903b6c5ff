"""What a coach typed survives the program being killed: a child process (offscreen Qt) opens the session
form on an encrypted workspace, types, and prints ``AUTOSAVED <id>`` when the autosave has returned (or
``RECOVERY`` when input that breaks a rule was kept as recovery state); it then goes on typing and the
parent kills it with SIGKILL. Reopening the workspace and the client's session form brings the draft —
or the unsaved input — back.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.host.keystore import ENV_PASSPHRASE
from app.services.workspace import Workspace
from app.ui.client_file import ClientFileWidget

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL"),
    pytest.mark.timeout(120),
]

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "test-passphrase-1"  # tests/conftest.py TEST_PASSPHRASE
WAIT_S = 60.0  # bound on waiting for the child (not an assertion on speed)
TYPED = "服务对象今天独立完成了理货，按步骤提示卡操作，主管表示满意。"
STILL_TYPING = "下午再观察一次"

CHILD = textwrap.dedent(
    """
    import os
    import sys
    from datetime import time
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import open_workspace
    from app.host.keystore import passphrase_from_env
    from app.ui.session_form import SessionForm

    data_dir, client_id, mode, typed, more = Path(sys.argv[1]), *sys.argv[2:6]
    app = QApplication([])
    ws = open_workspace(data_dir, passphrase=passphrase_from_env())
    form = SessionForm(ws, client_id)  # the default autosave delay
    form.show()


    def type_text(text):  # as a Chinese input method does
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(form.editor.content_edit, event)


    def go_on_typing():
        type_text(more)
        print("TYPING", flush=True)


    def autosaved(session_id):
        print(f"AUTOSAVED {session_id}", flush=True)
        QTimer.singleShot(0, go_on_typing)


    def kept():
        print("RECOVERY", flush=True)
        QTimer.singleShot(0, go_on_typing)


    def start():
        form.editor.content_edit.clear()
        if mode == "invalid":
            form.editor.set_times(time(10, 0), time(9, 30))  # ends before it starts
        type_text(typed)
        print("TYPED", flush=True)


    form.autosaved.connect(autosaved)
    form.recoverySaved.connect(kept)
    QTimer.singleShot(0, start)
    sys.exit(app.exec())
    """
)


def _reader(stream: Any, lines: queue.Queue[str | None]) -> None:
    for raw in stream:
        lines.put(raw.decode("utf-8", "replace").strip())
    lines.put(None)


def run_and_kill(tmp: Path, data_dir: Path, client_id: str, mode: str, wanted: str) -> str:
    """Run the child until it printed ``wanted`` and then ``TYPING``; SIGKILL it. Returns the ``wanted``
    line."""
    script = tmp / "typist.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    env[ENV_PASSPHRASE] = PASSPHRASE
    env["QT_QPA_PLATFORM"] = "offscreen"
    stderr_path = tmp / f"typist-{mode}.stderr"
    with open(stderr_path, "wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(script), str(data_dir), client_id, mode, TYPED, STILL_TYPING],
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
            cwd=tmp,
        )
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True)
    reader.start()
    seen: list[str] = []
    found = ""
    try:
        deadline = time.monotonic() + WAIT_S
        while not (found and seen[-1] == "TYPING"):
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"the child printed only {seen} within {WAIT_S} s")
            if line is None:
                proc.wait(timeout=10)
                pytest.fail(
                    f"the child exited early (rc={proc.returncode}) after {seen}:\n"
                    + stderr_path.read_text(errors="replace")[-3000:]
                )
            seen.append(line)
            if line.startswith(wanted):
                found = line
        # Killed in the middle of typing: the last words are not saved yet (the autosave waits).
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
        reader.join(timeout=10)
    assert seen[0] == "TYPED"
    return found


@pytest.fixture
def crash_client(workspace: Workspace, add_client: Callable[..., str]) -> tuple[Path, str]:
    """A client in a workspace on disk, closed again so that only the child has it open."""
    client_id = add_client(name="陈志明")
    workspace.close()
    return workspace.data_dir, client_id


def reopen(open_ws: Callable[..., Workspace], data_dir: Path) -> Workspace:
    # The child recorded with the real date; reopen with it too (the fixture's date is fixed).
    return open_ws(data_dir, today=date.today())


def test_the_autosaved_draft_survives_sigkill(
    qtbot: QtBot, tmp_path: Path, crash_client: tuple[Path, str], open_ws: Callable[..., Workspace]
) -> None:
    data_dir, client_id = crash_client
    line = run_and_kill(tmp_path, data_dir, client_id, "valid", "AUTOSAVED ")
    session_id = line.split()[1]

    ws = reopen(open_ws, data_dir)
    try:
        assert ws.integrity.check().problems == []  # the kill left a sound, authentic store
        widget = ClientFileWidget(ws, client_id)
        qtbot.addWidget(widget)
        assert [s.id for s in widget.file.sessions] == [session_id]
        assert widget.file.sessions[0].status == "draft"
        form = widget.new_session()  # Ctrl+N goes on with the unfinished draft
        assert form is not None
        assert form.session_id == session_id
        content = form.editor.content_edit.toPlainText()
        assert content.startswith(TYPED)  # what the autosave had; the words after it were lost
        assert ws.client_file.session_detail(session_id).values["content"].startswith(TYPED)
        form.reject()
    finally:
        ws.close()


def test_unsaved_invalid_input_survives_sigkill(
    qtbot: QtBot,
    tmp_path: Path,
    crash_client: tuple[Path, str],
    open_ws: Callable[..., Workspace],
    probe: Any,
) -> None:
    data_dir, client_id = crash_client
    run_and_kill(tmp_path, data_dir, client_id, "invalid", "RECOVERY")

    ws = reopen(open_ws, data_dir)
    try:
        assert probe.scalar(ws, "SELECT count(*) FROM session_records") == 0  # nothing invalid written
        widget = ClientFileWidget(ws, client_id)
        qtbot.addWidget(widget)
        form = widget.new_session()
        assert form is not None and form.session_id is None
        assert form.editor.content_edit.toPlainText().startswith(TYPED)
        assert form.editor.end_edit.time().toString("HH:mm") == "09:30"
        assert "已恢复" in form.status_label.text()
        # the recovery text is in the encrypted database only, never in a file in plain text
        needle = TYPED[:12].encode("utf-8")
        for path in data_dir.rglob("*"):
            if path.is_file():
                assert needle not in path.read_bytes(), path.name
        form.autosave_timer.stop()
        form.reject()  # still invalid: kept as recovery state again, nothing written
        assert probe.scalar(ws, "SELECT count(*) FROM session_records") == 0
        assert ws.client_file.recovery(client_id, None) is not None
    finally:
        ws.close()
