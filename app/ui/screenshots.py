"""``coachdesk --data-dir D screenshots --out DIR``: render the main screens offscreen into PNG files,
so a person can look at the GUI without a display (and a reviewer can see what changed).

Screens: the main window with the caseload and the due panel; each tab of a client's file; the
session form (a new record, and a final record with its amendments); the employers window (each tab of
the first employer's file); the forms dialog and a form preview; the dashboard; the settings page. The
profile is opened read-mostly: looking does not change records (opening a file and previewing a form
are audited, as they are for a person).

The screens are in the language the GUI would start in: the profile's ``language`` setting, or
``COACHDESK_LANGUAGE`` (e.g. ``COACHDESK_LANGUAGE=en coachdesk screenshots --out shots-en``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.services.workspace import Workspace


def _settle(app: QApplication, ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _wait(app: QApplication, ready: Callable[[], bool], limit_ms: int = 60_000) -> None:
    waited = 0
    while not ready() and waited < limit_ms:
        _settle(app, 100)
        waited += 100


def run_screenshots(data_dir: Path, out: Path) -> int:
    """The ``screenshots`` command: open the profile like the GUI does, then render every screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.main import DialogPrompter, StartupAborted, apply_language, ensure_signed_in, open_profile

    app = QApplication.instance() or QApplication(["coachdesk"])
    notice = apply_language(data_dir)
    if notice is not None:
        print(notice, file=sys.stderr)
        return 2
    prompter = DialogPrompter(data_dir)
    try:
        workspace = open_profile(data_dir, prompter)
    except StartupAborted as stop:
        return stop.code
    try:
        if not ensure_signed_in(workspace, prompter):
            return 1
        files = take_screenshots(workspace, out)
    finally:
        workspace.close()
    for path in files:
        print(path)
    del app
    return 0


def take_screenshots(
    workspace: Workspace,
    out: Path,
    *,
    size: tuple[int, int] = (1366, 768),
    inspect: Callable[[QWidget, str], None] | None = None,
) -> list[Path]:
    """Render the screens of ``workspace`` into ``out``; returns the files written. ``inspect`` is
    called with every screen as it is shown (the accessibility test walks the screens this way)."""
    from app.ui.main_window import MainWindow

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["coachdesk"])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        widget.show()
        _settle(app)
        if inspect is not None:
            inspect(widget, name)
        path = out / f"{len(written) + 1:02d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    window = MainWindow(workspace)
    window.resize(*size)
    shoot(window, "main-window")

    client_id = window.model.client_id(0) if window.model.rowCount() else None
    if client_id:
        file = window.open_client(client_id)
        assert file is not None
        for index in range(file.tabs.count()):
            file.tabs.setCurrentIndex(index)
            shoot(window, f"client-file-{index + 1}")
        form = file.new_session()
        if form is not None:
            form.resize(1000, 720)
            shoot(form, "session-form")
            form.close()
        timeline = workspace.sessions.timeline(client_id)
        final = next(
            (record_id for record_id, _day, _kind, status, _min in timeline if status == "final"), None
        )
        if final:
            from app.ui.session_form import SessionForm

            record = SessionForm(workspace, client_id, final)
            record.resize(1000, 720)
            shoot(record, "session-final")
            record.close()

    employers = window.show_employers()
    employers.resize(*size)
    if employers.directory_model.rowCount():
        employers.directory_view.setCurrentIndex(employers.directory_model.index(0, 0))
        for index in range(employers.tabs.count()):
            employers.tabs.setCurrentIndex(index)
            shoot(employers, f"employers-{index + 1}")
    else:
        shoot(employers, "employers-1")
    employers.close()

    forms = window.open_forms()
    forms.form.setCurrentIndex(max(0, forms.form.findData("CD-REG")))
    shoot(forms, "forms-dialog")
    preview = forms.preview()
    if preview is not None:
        preview.resize(820, 1000)
        _settle(app, 400)
        shoot(preview, "form-preview")
        preview.close()
    forms.close()

    dashboard = window.open_dashboard()
    dashboard.resize(*size)
    _wait(app, lambda: dashboard.data is not None)
    shoot(dashboard, "dashboard")
    dashboard.close()

    settings = window.open_settings()
    shoot(settings, "settings")
    settings.close()

    window.close()
    return written
