"""The main window's menus reach every screen by keyboard: forms (Ctrl+P), dashboard (Ctrl+D),
settings (Ctrl+,) and the in-app zoom (Ctrl++ / Ctrl+- / Ctrl+0) saved in the settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.bootstrap import open_workspace
from app.services.demo import DemoBuilder
from app.services.workspace import Workspace
from app.ui.forms_dialog import FormsDialog
from app.ui.main_window import MainWindow

TODAY = date(2026, 11, 15)


@pytest.fixture
def window(qtbot, tmp_path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    ws: Workspace = open_workspace(tmp_path / "data", passphrase="test-passphrase-1", today=lambda: TODAY)
    DemoBuilder(ws, months=3).build(6)
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    ws.close()


def test_ctrl_p_opens_forms_for_the_selected_client(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    selected = window.current_client_id()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, FormsDialog) and w.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].client_id == selected
    assert dialogs[0].scope.currentData() == "client"
    dialogs[0].close()


def test_ctrl_d_opens_the_dashboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.dashboard is not None and window.dashboard.isVisible()
    qtbot.waitUntil(
        lambda: window.dashboard is not None and window.dashboard.data is not None, timeout=30_000
    )
    window.dashboard.close()


def test_zoom_scales_the_font_and_is_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    settings = window.workspace.ctx.settings
    base = QApplication.font().pointSizeF()
    assert window.zoom(20) == 120
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.2, rel=0.01)
    assert settings.get("zoom_percent") == 120
    window.zoom_reset_action.trigger()
    assert settings.get("zoom_percent") == 100
    assert QApplication.font().pointSizeF() == pytest.approx(base, rel=0.01)


def test_ctrl_shift_n_registers_a_client(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui import main_window as module

    existing = window.model.client_id(0)
    assert existing is not None
    monkeypatch.setattr(module, "new_client", lambda ws, parent: existing)  # the dialog is tested on its own
    before = window.tabs.count()
    qtbot.keyClick(
        window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.tabs.count() == before + 1
    assert window.tabs.currentWidget().client_id == existing
