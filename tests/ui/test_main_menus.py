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


def test_demo_data_is_built_off_the_gui_thread_into_an_empty_workspace(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.people import UserInput

    ws = open_workspace(tmp_path / "empty", passphrase="test-passphrase-1", today=lambda: TODAY)
    org = ws.people.create_organisation("测试机构")
    ws.people.sign_in(ws.people.create_user(org, UserInput("li", "李辅导员", "coach")))
    w = MainWindow(ws)
    qtbot.addWidget(w)
    assert w.model.total() == 0
    task = w.build_demo(5)
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=120_000)
    assert task.error is None
    assert w.model.total() == 5
    assert w.due_panel.model.rowCount() > 0
    ws.close()


def test_demo_data_refused_when_the_workspace_has_clients(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import main_window as module

    said: list[str] = []
    monkeypatch.setattr(module.QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    before = window.model.total()
    assert window.build_demo(5) is None
    assert said and "没有服务对象" in said[0]
    window.model.refresh()
    assert window.model.total() == before


def test_ctrl_e_opens_the_employers_window_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    first = window.employers_window
    assert first is not None and first.isVisible()
    assert window.show_employers() is first  # a second Ctrl+E goes to the open window
    first.close()
