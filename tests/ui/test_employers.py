"""The employers window: the directory (search as you type, clients placed now), the employer's tabs,
and its dialogs — new and edited employer, contact, contact log, job analysis. Each dialog saves through
the service and the window shows the new row; invalid input shows the message under its field and
writes nothing; the window and every dialog are accessible and keyboard-ready."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.domain.records import EmployerInput
from app.services.workspace import Workspace
from app.ui.case_forms import EmployerDialog
from app.ui.employers import (
    ANALYSES,
    CONTACTS,
    LOG,
    OVERVIEW,
    PLACED,
    ContactDialog,
    ContactLogDialog,
    EditEmployerDialog,
    EmployersWindow,
    JobAnalysisDialog,
    open_employers,
)
from app.ui.record_dialog import RecordDialog

if TYPE_CHECKING:
    from conftest import FileClient

Check = Callable[[QWidget], None]
TODAY = date(2026, 11, 15)
MART = "东莞市华达商贸有限公司"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def type_with_input_method(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def rows(probe: Any, ws: Workspace, table: str) -> int:
    return int(probe.scalar(ws, f"SELECT count(*) FROM {table}"))


def mnemonics(widget: QWidget) -> list[str]:
    texts = [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    texts += [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    texts += [g.title() for g in widget.findChildren(QGroupBox)]
    return [t.split("(&")[1][0].upper() for t in texts if "(&" in t]


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, file_client: FileClient) -> Iterator[EmployersWindow]:
    workspace.employers.create(EmployerInput("东莞利达烘焙坊", sector="食品", town_code="441900004000"))
    workspace.employers.create(EmployerInput("广东宏远物业管理有限公司", sector="物业服务"))
    w = EmployersWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=1000)
    yield w
    if w.record_dialog is not None:
        w.record_dialog.confirm = lambda *_args: True
        w.record_dialog.reject()


def select(window: EmployersWindow, name: str) -> None:
    row = next(i for i, r in enumerate(window.directory_rows()) if r.name == name)
    window.directory_view.setCurrentIndex(window.directory_model.index(row, 0))
    assert window.file is not None and window.file.name == name


def opened(qtbot: QtBot, dialog: RecordDialog | None) -> Any:
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=1000)
    dialog.confirm = lambda *_args: True
    return dialog


def test_window_is_accessible_and_shows_the_directory(
    qtbot: QtBot, window: EmployersWindow, assert_accessible: Check, qtmodeltester: Any
) -> None:
    assert_accessible(window)
    keys = mnemonics(window)
    assert keys and len(keys) == len(set(keys)), keys
    names = [r.name for r in window.directory_rows()]
    assert names == sorted(names) and len(names) == 3
    select(window, MART)
    mart = window.directory_model.row_of(window.file.id)  # type: ignore[union-attr]
    placed_column = 4
    assert window.directory_model.index(mart, placed_column).data() == "1"  # the placed client
    assert window.count_label.text() == "共 3 家"
    for model in window.models().values():
        qtmodeltester.check(model)
    # each tab shows the employer's records
    assert window.placed_model.rowCount() == 1
    assert window.placed_model.index(0, 0).data() == "黄晓华"
    assert window.placed_model.index(0, 5).data().startswith("在职")
    assert window.analyses_model.rowCount() == 1
    assert "9:00-17:00" in window.analysis_detail.toPlainText()
    for index in range(window.tabs.count()):
        window.show_tab(index)
        assert window.tabs.currentIndex() == index
    assert window.placed_view.hasFocus()


def test_search_as_you_type_is_debounced(qtbot: QtBot, window: EmployersWindow) -> None:
    window.focus_search()
    assert window.search_edit.hasFocus()
    type_with_input_method(window.search_edit, "烘焙")
    assert len(window.directory_rows()) == 3  # not yet: the search waits for a pause in typing
    assert window.search_timer.isActive()
    qtbot.waitUntil(lambda: len(window.directory_rows()) == 1, timeout=2000)
    assert window.file is not None and window.file.name == "东莞利达烘焙坊"
    assert window.count_label.text() == "共 1 家（搜索“烘焙”）"
    window.search_edit.setText("不存在")
    window.search_now()
    assert window.directory_rows() == [] and window.file is None
    assert not window.tabs.isEnabled() and not window.contact_button.isEnabled()
    assert window.count_label.text() == "没有找到“不存在”"
    window.search_edit.setText("南城")  # a town's name
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)  # Enter searches now and goes to the list
    assert [r.name for r in window.directory_rows()] == ["东莞利达烘焙坊"]
    assert window.directory_view.hasFocus()


def test_new_employer(qtbot: QtBot, window: EmployersWindow, workspace: Workspace, probe: Any) -> None:
    window.search_edit.setText("华达")
    window.search_now()
    dialog = opened(qtbot, window.new_employer())
    assert isinstance(dialog, EmployerDialog)
    before = rows(probe, workspace, "employers")
    dialog.accept()  # no name
    assert dialog.isVisible() and rows(probe, workspace, "employers") == before
    assert dialog.message_texts() == {"name": "必须填写"}
    dialog.name_edit.setText("东莞市美佳超市有限公司")
    dialog.sector_edit.setText("零售")
    qtbot.keyClick(dialog.sector_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and rows(probe, workspace, "employers") == before + 1
    assert window.search_edit.text() == ""  # the whole directory again, with the new one chosen
    assert len(window.directory_rows()) == 4
    assert window.file is not None and window.file.name == "东莞市美佳超市有限公司"
    assert window.directory_view.currentIndex().row() == window.directory_model.row_of(window.file.id)
    assert window.overview_labels["sector"].text() == "零售"


def test_edit_employer(qtbot: QtBot, window: EmployersWindow, workspace: Workspace, probe: Any) -> None:
    select(window, MART)
    dialog = opened(qtbot, window.edit_employer())
    assert isinstance(dialog, EditEmployerDialog)
    assert dialog.name_edit.text() == MART and dialog.sector_edit.text() == "零售"
    assert dialog.windowTitle() == f"编辑用人单位 - {MART}"
    dialog.credit_edit.setText("91441900MA4UABCDEX")  # wrong check character
    digest = probe.digest(workspace)
    dialog.accept()
    assert dialog.isVisible() and probe.digest(workspace) == digest
    assert dialog.messages["credit_code"].text().startswith("统一社会信用代码校验位")
    dialog.credit_edit.setText("")
    dialog.quota_combo.setCurrentIndex(dialog.quota_combo.findData("meets"))
    dialog.vacancies_edit.setPlainText("收银员 2 名")
    dialog.accept()
    assert not dialog.isVisible()
    assert window.file is not None and window.file.quota_status == "meets"
    assert window.overview_labels["vacancies"].text() == "收银员 2 名"
    assert window.overview_labels["quota"].text() == "已达标"
    mart = window.directory_model.row_of(window.file.id)
    assert window.directory_model.index(mart, 3).data() == "已达标"


def test_add_contact(qtbot: QtBot, window: EmployersWindow, workspace: Workspace, probe: Any) -> None:
    select(window, MART)
    dialog = opened(qtbot, window.add_contact())
    assert isinstance(dialog, ContactDialog) and window.tabs.currentIndex() == CONTACTS
    dialog.phone_edit.setText("12345")
    before = rows(probe, workspace, "employer_contacts")
    dialog.accept()
    assert dialog.isVisible() and rows(probe, workspace, "employer_contacts") == before
    assert set(dialog.message_texts()) == {"name", "phone"}
    assert dialog.name_edit.hasFocus()
    dialog.name_edit.setText("王主管")
    dialog.title_edit.setText("人事主管")
    dialog.phone_edit.setText("139 1234 5678")
    dialog.accept()
    assert not dialog.isVisible() and rows(probe, workspace, "employer_contacts") == before + 1
    contact = window.current_contact()
    assert contact is not None and (contact.name, contact.title, contact.phone) == (
        "王主管",
        "人事主管",
        "13912345678",
    )


def test_log_contact(
    qtbot: QtBot, window: EmployersWindow, workspace: Workspace, file_client: FileClient, probe: Any
) -> None:
    select(window, MART)
    dialog = opened(qtbot, window.add_contact())
    dialog.name_edit.setText("王主管")
    dialog.accept()
    dialog = opened(qtbot, window.log_contact())
    assert isinstance(dialog, ContactLogDialog) and window.tabs.currentIndex() == LOG
    assert [dialog.mode_combo.itemText(i) for i in range(dialog.mode_combo.count())] == [
        "走访",
        "电话",
        "信息",
        "会议",
    ]
    assert dialog.contact_combo.itemText(1) == "王主管"
    dialog.date_edit.setDate(qdate(TODAY + timedelta(days=1)))
    before = rows(probe, workspace, "employer_contact_log")
    dialog.accept()
    assert dialog.isVisible() and rows(probe, workspace, "employer_contact_log") == before
    assert dialog.message_texts() == {"contact_date": "不能是将来的日期", "summary": "必须填写"}
    assert dialog.date_edit.hasFocus()

    dialog.date_edit.setDate(qdate(date(2026, 11, 2)))
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("phone"))
    dialog.contact_combo.setCurrentIndex(1)
    dialog.client_combo.setCurrentIndex(dialog.client_combo.findData(file_client.client_id))
    assert dialog.client_combo.currentText().startswith("黄晓华")
    dialog.summary_edit.setPlainText("电话了解黄晓华近况，主管满意。")
    dialog.accept()
    assert not dialog.isVisible() and rows(probe, workspace, "employer_contact_log") == before + 1
    entry = window.current_log()
    assert entry is not None
    assert (entry.contact_date, entry.mode_name, entry.contact_name, entry.client_name, entry.coach_name) == (
        date(2026, 11, 2),
        "电话",
        "王主管",
        "黄晓华",
        "辅导员甲",
    )
    assert window.log_model.index(0, 5).data() == "电话了解黄晓华近况，主管满意。"
    assert window.file is not None
    mart = window.directory_model.row_of(window.file.id)
    assert window.directory_model.index(mart, 5).data() == "2026-11-02"  # last contact in the directory


def test_new_job_analysis(
    qtbot: QtBot, window: EmployersWindow, workspace: Workspace, file_client: FileClient, probe: Any
) -> None:
    select(window, "东莞利达烘焙坊")
    dialog = opened(qtbot, window.new_job_analysis())
    assert isinstance(dialog, JobAnalysisDialog) and window.tabs.currentIndex() == ANALYSES
    assert window.analyses_model.rowCount() == 0
    dialog.core_edit.setPlainText("揉面、分装")
    digest = probe.digest(workspace)
    dialog.accept()
    assert dialog.isVisible() and probe.digest(workspace) == digest
    assert dialog.message_texts() == {"job_title": "必须填写"}
    assert dialog.title_edit.hasFocus()

    dialog.title_edit.setText("面包学徒")
    dialog.client_combo.setCurrentIndex(dialog.client_combo.findData(file_client.client_id))
    values = {name: f"{name} 的内容" for name in dialog.text_widgets}
    for name, text in values.items():
        widget = dialog.text_widgets[name]
        widget.setText(text) if hasattr(widget, "setText") else widget.setPlainText(text)
    dialog.accept()
    assert not dialog.isVisible() and rows(probe, workspace, "job_analyses") == 2
    assert window.analyses_model.rowCount() == 1
    item = window.file.job_analyses[0]  # type: ignore[union-attr]
    assert item.job_title == "面包学徒" and item.client_name == "黄晓华"
    assert all(getattr(item, name) == text for name, text in values.items())
    detail = window.analysis_detail.toPlainText()
    assert "task_steps 的内容" in detail and "面包学徒" in detail


def test_every_dialog_is_accessible_and_keyboard_ready(
    qtbot: QtBot, window: EmployersWindow, assert_accessible: Check
) -> None:
    select(window, MART)
    for open_dialog in (
        window.new_employer,
        window.edit_employer,
        window.add_contact,
        window.log_contact,
        window.new_job_analysis,
    ):
        dialog = opened(qtbot, open_dialog())
        assert_accessible(dialog)
        assert dialog.ok_button.isDefault()
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        assert dialog.chain[0].hasFocus()
        keys = mnemonics(dialog)
        assert keys and len(keys) == len(set(keys)), (type(dialog).__name__, keys)
        assert open_dialog() is dialog  # one at a time
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # nothing typed: closes at once
        assert not dialog.isVisible() and window.record_dialog is None


def test_placed_clients_tab_and_open_employers(
    qtbot: QtBot, workspace: Workspace, file_client: FileClient, assert_accessible: Check
) -> None:
    window = open_employers(workspace)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    assert window.isWindow() and window.isVisible()
    assert window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert window.file is not None and window.file.id == file_client.employer_id  # the only one
    window.show_tab(PLACED)
    assert window.placed_view.hasFocus()
    assert "目前在职 1 人" in window.placed_label.text()
    window.show_tab(OVERVIEW)
    assert window.edit_button.hasFocus()
    assert_accessible(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
