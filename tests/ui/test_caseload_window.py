"""The caseload model and the main window over a workspace of 250 clients."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.host.resources import reference_data
from app.storage.errors import DatabaseLocked
from app.ui.caseload_model import COLUMNS, PAGE_SIZE, CaseloadModel, IdRole
from app.ui.main_window import WINDOW_TITLE, MainWindow

if TYPE_CHECKING:
    from conftest import CaseloadFixture

CLIENT_COUNT = 250  # conftest.CLIENT_COUNT; checked in test_first_page_then_fetch_more

NAME_COL = 0
ID_COL = [c.key for c in COLUMNS].index("id_masked")
STATUS_COL = [c.key for c in COLUMNS].index("status")
MASKED_ID = re.compile(r"^\d{6}\*{8}\d{3}[\dX]$")


@pytest.fixture
def model(caseload_workspace: CaseloadFixture) -> CaseloadModel:
    return CaseloadModel(caseload_workspace.workspace.clients, reference_data())


@pytest.fixture
def window(qtbot: QtBot, caseload_workspace: CaseloadFixture) -> Iterator[MainWindow]:
    win = MainWindow(caseload_workspace.workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def column_values(model: CaseloadModel, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def fetch_all(model: CaseloadModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


# -- the model ------------------------------------------------------------------------------------------


def test_model_passes_the_qt_model_tester(qtmodeltester, model: CaseloadModel) -> None:
    qtmodeltester.check(model)
    # The tester stays attached: paging, searching and sorting are checked as they happen.
    fetch_all(model)
    model.set_search("陈")
    model.sort(NAME_COL, Qt.SortOrder.DescendingOrder)
    model.set_filter(status="closed")
    model.set_filter()


def test_model_passes_the_python_model_tester(qtmodeltester, model: CaseloadModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_first_page_then_fetch_more(model: CaseloadModel, caseload_workspace: CaseloadFixture) -> None:
    assert len(caseload_workspace.clients) == CLIENT_COUNT
    assert model.total() == CLIENT_COUNT
    assert model.rowCount() == PAGE_SIZE == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == CLIENT_COUNT
    assert not model.canFetchMore(QModelIndex())
    ids = [model.data(model.index(r, NAME_COL), IdRole) for r in range(model.rowCount())]
    assert len(set(ids)) == CLIENT_COUNT


def test_total_changed_is_emitted(qtbot: QtBot, model: CaseloadModel) -> None:
    with qtbot.waitSignal(model.totalChanged) as blocker:
        model.set_search("陈")
    assert blocker.args == [50]


def test_search_by_name(model: CaseloadModel, caseload_workspace: CaseloadFixture) -> None:
    model.set_search("陈")
    assert model.total() == 50  # every fifth client is a 陈
    assert model.rowCount() == 50
    assert all(name.startswith("陈") for name in column_values(model, NAME_COL))

    model.set_search("  李晓明 ")
    assert model.total() == 1
    assert model.data(model.index(0, NAME_COL)) == "李晓明"
    assert model.data(model.index(0, NAME_COL), IdRole) in caseload_workspace.ids

    model.set_search("没有这个人")
    assert model.total() == 0
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())

    model.set_search("")
    assert model.total() == CLIENT_COUNT


def test_search_by_id_suffix(model: CaseloadModel, caseload_workspace: CaseloadFixture) -> None:
    suffix = caseload_workspace.clients[123].id_number[-4:]
    expected = sum(c.id_number.endswith(suffix) for c in caseload_workspace.clients)
    model.set_search(suffix)
    ids = {model.data(model.index(r, 0), IdRole) for r in range(model.rowCount())}
    assert caseload_workspace.ids[123] in ids
    # the phone numbers (1380000 + 4 digits) may match too
    assert model.total() >= expected


def test_sort_by_name_descending(model: CaseloadModel, caseload_workspace: CaseloadFixture) -> None:
    names = sorted(c.name for c in caseload_workspace.clients)
    model.sort(NAME_COL, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, NAME_COL)) == names[-1]
    assert model.rowCount() == PAGE_SIZE  # sorting re-queried the first page only
    fetch_all(model)
    assert column_values(model, NAME_COL) == names[::-1]

    model.sort(NAME_COL, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, NAME_COL)) == names[0]


def test_sort_by_unsortable_column_is_ignored(model: CaseloadModel) -> None:
    before = column_values(model, NAME_COL)
    model.sort(ID_COL, Qt.SortOrder.DescendingOrder)
    assert model.sort_column() == NAME_COL
    assert column_values(model, NAME_COL) == before


def test_filters(model: CaseloadModel, caseload_workspace: CaseloadFixture) -> None:
    ref = reference_data()
    first_town = next(iter(ref.towns))
    expected_town = sum(c.town_code == first_town for c in caseload_workspace.clients)
    model.set_filter(town_code=first_town)
    assert model.total() == expected_town == 7
    assert set(column_values(model, 3)) == {ref.town_name(first_town)}

    model.set_filter(status="closed")
    assert model.total() == len(caseload_workspace.closed) == 25
    closed_label = ref.codes("client_status")["closed"].name("zh_CN")
    assert set(column_values(model, STATUS_COL)) == {closed_label}

    model.set_filter(town_code=first_town, status="closed")
    assert model.total() == 2  # clients 0 and 180: first town (every 36th) and closed (every 10th)

    model.set_filter()
    assert model.total() == CLIENT_COUNT


def test_display_uses_chinese_labels(model: CaseloadModel, caseload_workspace: CaseloadFixture) -> None:
    model.set_search("陈志明")  # client 0: female, first town, closed, coach 陈辅导
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    first = caseload_workspace.clients[0]
    assert row[0] == "陈志明"
    assert row[2] == "女"
    assert row[3] == reference_data().town_name(first.town_code)
    assert row[4] == "已结案"
    assert row[5] == caseload_workspace.coach_name
    assert row[6] == first.intake_date.isoformat()
    assert row[7] == ""
    assert model.data(model.index(0, 7), Qt.ItemDataRole.ToolTipRole) == "尚无服务记录"
    assert "阶段" in model.data(model.index(0, STATUS_COL), Qt.ItemDataRole.ToolTipRole)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["姓名", "身份证号", "性别", "镇街", "状态", "辅导员", "接案日期", "最近服务", "同步"]
    assert row[8] == ""  # no server: no sync state to show


def test_id_column_is_always_masked(model: CaseloadModel, caseload_workspace: CaseloadFixture) -> None:
    fetch_all(model)
    full_numbers = {c.id_number for c in caseload_workspace.clients}
    for r in range(model.rowCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.data(model.index(r, ID_COL), role)
            assert value not in full_numbers
        assert MASKED_ID.fullmatch(model.data(model.index(r, ID_COL)))
        for c in range(model.columnCount()):  # no full number anywhere in the row
            assert model.data(model.index(r, c)) not in full_numbers


# -- the window -----------------------------------------------------------------------------------------


def test_window_shows_the_caseload(window: MainWindow) -> None:
    assert window.windowTitle() == WINDOW_TITLE
    assert window.table.model() is window.model
    assert window.count_label.text() == f"共 {CLIENT_COUNT} 名服务对象"
    assert window.search_edit.placeholderText() == "搜索姓名、身份证号后四位、电话"
    assert "陈辅导" in window.user_label.text()
    assert str(window.workspace.data_dir) in window.data_dir_label.text()
    assert window.table.isSortingEnabled()
    assert window.table.alternatingRowColors()
    assert window.status_combo.itemText(0) == "全部"
    assert window.town_combo.itemText(0) == "全部"
    assert window.status_combo.count() == 1 + len(reference_data().codes("client_status"))
    assert window.town_combo.count() == 1 + len(reference_data().towns)


def type_with_input_method(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Enter ``text`` the way a Chinese input method does: as a committed input-method string.
    (QTest's key clicks only know ASCII keys.)"""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def expected_matches(fixture: CaseloadFixture, term: str) -> int:
    """How many clients the caseload search for ``term`` finds (name, phone, ID number ending)."""
    return sum(term in c.name or term in c.phone or c.id_number.endswith(term) for c in fixture.clients)


def test_typing_in_search_filters_after_debounce(
    qtbot: QtBot, window: MainWindow, caseload_workspace: CaseloadFixture
) -> None:
    term = caseload_workspace.clients[137].phone[-4:]
    expected = expected_matches(caseload_workspace, term)
    assert 1 <= expected < CLIENT_COUNT
    qtbot.keyClicks(window.search_edit, term)
    assert window.search_timer.isActive()
    assert window.model.total() == CLIENT_COUNT  # not yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: window.model.total() == expected, timeout=2000)
    assert window.count_label.text() == f"共 {expected} 名服务对象"
    assert window.table.model().rowCount() == expected
    ids = {window.table.model().index(r, 0).data(IdRole) for r in range(expected)}
    assert caseload_workspace.ids[137] in ids


def test_typing_chinese_in_search(qtbot: QtBot, window: MainWindow) -> None:
    type_with_input_method(qtbot, window.search_edit, "陈")
    assert window.search_edit.text() == "陈"
    qtbot.waitUntil(lambda: window.count_label.text() == "共 50 名服务对象", timeout=2000)
    assert window.table.model().rowCount() == 50

    type_with_input_method(qtbot, window.search_edit, "晓明")
    qtbot.waitUntil(lambda: window.count_label.text() == "共 1 名服务对象", timeout=2000)
    assert window.table.model().index(0, NAME_COL).data() == "陈晓明"

    qtbot.keyClick(window.search_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.model.total() == CLIENT_COUNT, timeout=2000)


def test_filters_in_the_window(qtbot: QtBot, window: MainWindow) -> None:
    window.status_combo.setCurrentIndex(window.status_combo.findData("closed"))
    assert window.count_label.text() == "共 25 名服务对象"
    window.status_combo.setCurrentIndex(0)
    assert window.count_label.text() == f"共 {CLIENT_COUNT} 名服务对象"


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, window: MainWindow) -> None:
    header = window.table.horizontalHeader()
    header.setSortIndicator(NAME_COL, Qt.SortOrder.DescendingOrder)
    assert window.model.sort_order() == Qt.SortOrder.DescendingOrder
    # an unsortable column leaves the sort, and the indicator, where they were
    header.setSortIndicator(ID_COL, Qt.SortOrder.AscendingOrder)
    assert window.model.sort_column() == NAME_COL
    assert header.sortIndicatorSection() == NAME_COL


def test_ctrl_f_focuses_search(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=1000)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_edit.hasFocus, timeout=1000)


def test_tab_order(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.search_edit.setFocus()
    qtbot.waitUntil(window.search_edit.hasFocus, timeout=1000)
    for expected in (
        window.status_combo,
        window.town_combo,
        window.phase_combo,
        window.coach_combo,
        window.due_check,
        window.table,
    ):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(expected.hasFocus, timeout=1000)


def test_phase_coach_and_due_filters(window: MainWindow, caseload_workspace: CaseloadFixture) -> None:
    ws = caseload_workspace.workspace
    coach = window.coach_combo.itemData(1)
    expected = ws.clients.caseload(coach_id=coach, limit=1).total
    window.coach_combo.setCurrentIndex(1)
    assert window.model.total() == expected
    window.due_check.setChecked(True)
    assert window.model.total() == ws.clients.caseload(coach_id=coach, due_only=True, limit=1).total
    window.phase_combo.setCurrentIndex(window.phase_combo.findData("intake"))
    assert (
        window.model.total()
        == ws.clients.caseload(coach_id=coach, due_only=True, phase="intake", limit=1).total
    )
    window.coach_combo.setCurrentIndex(0)
    window.due_check.setChecked(False)
    window.phase_combo.setCurrentIndex(0)
    assert window.model.total() == ws.clients.caseload(limit=1).total


def test_menus_and_shortcuts(window: MainWindow) -> None:
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.dashboard_action.shortcut().toString() == "Ctrl+D"
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert not window.forms_action.shortcut().isEmpty()  # the platform's Print key (Ctrl+P)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "查看(&V)", "同步(&Y)", "工具(&O)", "帮助(&H)"]


def test_window_widgets_are_accessible(
    window: MainWindow, assert_accessible: Callable[[QWidget], None]
) -> None:
    assert_accessible(window)
    window.search_edit.setText("x")  # the clear button appears
    assert_accessible(window)


def test_window_id_column_shows_masked_numbers(
    window: MainWindow, caseload_workspace: CaseloadFixture
) -> None:
    model = window.table.model()
    full_numbers = {c.id_number for c in caseload_workspace.clients}
    for r in range(model.rowCount()):
        text = model.index(r, ID_COL).data()
        assert MASKED_ID.fullmatch(text)
        assert text not in full_numbers


def test_window_screenshot(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "main-window.png"
    assert window.grab().save(str(path))
    assert path.exists()
    assert path.stat().st_size > 0


def test_scrolling_to_the_end_fetches_the_next_page(qtbot: QtBot, window: MainWindow) -> None:
    assert window.model.rowCount() == PAGE_SIZE
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == CLIENT_COUNT, timeout=2000)
    assert window.count_label.text() == f"共 {CLIENT_COUNT} 名服务对象"


def test_read_failure_is_reported_not_raised(
    qtbot: QtBot,
    caseload_workspace: CaseloadFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clients = caseload_workspace.workspace.clients
    model = CaseloadModel(clients, reference_data())

    def locked(**_kwargs: object) -> None:
        raise DatabaseLocked()

    monkeypatch.setattr(clients, "caseload", locked)
    with qtbot.waitSignal(model.loadFailed) as blocker:
        model.fetchMore(QModelIndex())
    assert "in use by another program" in blocker.args[0]
    assert model.rowCount() == PAGE_SIZE  # the rows read before stay
    assert model.total() == PAGE_SIZE
    assert not model.canFetchMore(QModelIndex())

    with qtbot.waitSignal(model.loadFailed):
        model.set_search("陈")
    assert model.rowCount() == model.total() == 0
    assert model.load_error() == DatabaseLocked().args[0]


def test_window_shows_a_read_failure(
    qtbot: QtBot,
    caseload_workspace: CaseloadFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    win = MainWindow(caseload_workspace.workspace)
    qtbot.addWidget(win)

    def locked(**_kwargs: object) -> None:
        raise DatabaseLocked()

    monkeypatch.setattr(caseload_workspace.workspace.clients, "caseload", locked)
    win.status_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=2000)
    assert "in use by another program" in shown[0]
    assert win.count_label.text() == "共 0 名服务对象"
