"""The employers window (用人单位): a searchable directory of employers and, for the selected one, its
file in tabs — 概况 (the employer's fields, 编辑), 联系人 (contacts, 添加联系人), 联系记录 (the contact
log, 记录联系), 岗位分析 (job analyses with their full text, 新增岗位分析) and 在职服务对象 (the clients
placed there). 新建用人单位 opens the existing :class:`~app.ui.case_forms.EmployerDialog`.

Keys: Ctrl+F goes to the search box (the list filters as you type; Enter or ↓ moves into the list),
Alt+1 … Alt+5 open the tabs, every button has an Alt mnemonic, Ctrl+W closes the window. The dialogs
are :class:`~app.ui.record_dialog.RecordDialog` s: errors of the domain appear under their fields and
nothing is written unless the service accepts the whole input.

Opened as a separate window with :func:`open_employers`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.records import ContactLogInput, EmployerContactInput, EmployerInput, JobAnalysisInput
from app.services.employer_file import (
    ClientChoice,
    ContactItem,
    ContactLogItem,
    EmployerFile,
    EmployerJobAnalysis,
    EmployerRow,
    PlacedClientItem,
)
from app.services.workspace import Workspace
from app.storage.errors import StorageError
from app.ui.case_forms import EmployerDialog
from app.ui.common import (
    IdRole,
    RecordTableModel,
    TableColumn,
    current_object,
    fit_columns,
    fmt_date,
    form_grid,
    labelled_values,
    message_label,
    min_width,
    name_tab_bar_buttons,
    plain_html,
    push_button,
    record_table,
    show_message,
    spaced,
)
from app.ui.i18n import QT_TR_NOOP, language, tr
from app.ui.record_dialog import (
    RecordDialog,
    code_combo,
    date_edit,
    error_text,
    line_edit,
    pydate,
    select_data,
    text_edit,
)

__all__ = [
    "ContactDialog",
    "ContactLogDialog",
    "EditEmployerDialog",
    "EmployersWindow",
    "JobAnalysisDialog",
    "open_employers",
]

#: Milliseconds of quiet typing before the directory is searched.
SEARCH_DEBOUNCE_MS = 250

TAB_TITLES = (
    QT_TR_NOOP("概况"),
    QT_TR_NOOP("联系人"),
    QT_TR_NOOP("联系记录"),
    QT_TR_NOOP("岗位分析"),
    QT_TR_NOOP("在职服务对象"),
)
OVERVIEW, CONTACTS, LOG, ANALYSES, PLACED = range(len(TAB_TITLES))

NO_CLIENT = QT_TR_NOOP("（不涉及具体服务对象）")

#: The text fields of a job analysis: input field name → its Chinese title.
JOB_TEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("site", QT_TR_NOOP("工作地点")),
    ("supervisor_name", QT_TR_NOOP("直属主管")),
    ("hours", QT_TR_NOOP("工作时间")),
    ("pay", QT_TR_NOOP("薪酬")),
    ("breaks", QT_TR_NOOP("休息安排")),
    ("environment", QT_TR_NOOP("工作环境")),
    ("culture", QT_TR_NOOP("企业文化与不成文规定")),
    ("core_tasks", QT_TR_NOOP("核心日常任务")),
    ("occasional_tasks", QT_TR_NOOP("偶尔的任务")),
    ("task_steps", QT_TR_NOOP("任务步骤与绩效标准")),
    ("accommodations", QT_TR_NOOP("可能的合理便利")),
    ("natural_supports", QT_TR_NOOP("自然支持")),
)


def _still_employed(item: PlacedClientItem) -> str:
    """在职情况 of a placement, in words (the muted row colour is never the only sign)."""
    if item.current:
        if item.still_employed is None:
            return tr("在职（尚未回访）")
        return tr("在职（{date} 回访确认）").format(date=fmt_date(item.last_checked_on))
    if item.end_date is not None:
        return tr("已离职（{date}）").format(date=fmt_date(item.end_date))
    if item.still_employed is False:
        return tr("已离职（{date} 回访）").format(date=fmt_date(item.last_checked_on))
    return tr("尚未入职")


def _choice_label(choice: ClientChoice) -> str:
    """A client in a choice list: name, intake date, and whether they were placed at this employer."""
    day = fmt_date(choice.intake_date)
    if choice.placed_here:
        return tr("{name}（{date} 接案，在本单位）").format(name=choice.name, date=day)
    return tr("{name}（{date} 接案）").format(name=choice.name, date=day)


def _code_name(ws: Workspace, list_name: str, code: str | None, shown: str) -> str:
    """The name of a code in the GUI language (``shown``, the service's name, when the code is unknown)."""
    entry = ws.ctx.reference.codes(list_name).get(code or "")
    return entry.name(language()) if entry is not None else shown


def _form_name(ws: Workspace, item: PlacedClientItem) -> str:
    form = ws.ctx.reference.employment_forms.get(item.employment_form)
    return form.name(language()) if form is not None else item.employment_form_name


def _client_combo(name: str, ws: Workspace, employer_id: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(tr(NO_CLIENT), None)
    for choice in ws.employer_file.client_choices(employer_id):
        combo.addItem(_choice_label(choice), choice.id)
    combo.setMaxVisibleItems(20)
    combo.setMinimumContentsLength(14)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


# --------------------------------------------------------------------------------------------------
# dialogs


class EditEmployerDialog(EmployerDialog):
    """The employer dialog in edit mode: the stored fields, saved with ``EmployerService.update``."""

    def __init__(self, workspace: Workspace, employer: EmployerFile, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.employer_id = employer.id
        title = tr("编辑用人单位 - {name}").format(name=employer.name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.general_message.setAccessibleName(tr("编辑用人单位提示"))
        self.name_edit.setText(employer.name)
        self.credit_edit.setText(employer.credit_code)
        self.sector_edit.setText(employer.sector)
        self.address_edit.setText(employer.address)
        select_data(self.town_combo, employer.town_code)
        select_data(self.quota_combo, employer.quota_status)
        self.vacancies_edit.setPlainText(employer.vacancies)
        self.notes_edit.setPlainText(employer.notes)
        self._initial = self._state()

    def save(self, data: EmployerInput) -> str:
        self.ws.employers.update(self.employer_id, data)
        return self.employer_id


class ContactDialog(RecordDialog):
    """A person at the employer: name, title, phone."""

    def __init__(self, workspace: Workspace, employer: EmployerFile, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tr("添加联系人 - {name}").format(name=employer.name), parent)
        self.employer_id = employer.id
        self.name_edit = line_edit(tr("联系人姓名"), max_length=100)
        self.title_edit = line_edit(tr("职务"), max_length=100, placeholder=tr("如：人事主管、班组长"))
        self.phone_edit = line_edit(tr("联系电话"), max_length=20, placeholder=tr("手机号或 0769-xxxxxxxx"))
        grid = form_grid()
        self.add_field(grid, 0, 0, tr("姓名(&N)："), "name", self.name_edit)
        self.add_field(grid, 1, 0, tr("职务(&T)："), "title", self.title_edit)
        self.add_field(grid, 2, 0, tr("电话(&P)："), "phone", self.phone_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(self.button_row())
        min_width(self, 28)
        self.chain = [self.name_edit, self.title_edit, self.phone_edit]
        self.finish()

    def build_input(self) -> EmployerContactInput:
        return EmployerContactInput(
            employer_id=self.employer_id,
            name=self.name_edit.text(),
            title=self.title_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
        )

    def save(self, data: EmployerContactInput) -> str:
        return self.ws.employers.add_contact(data)


class ContactLogDialog(RecordDialog):
    """One visit, call or message with the employer: date, mode, the person spoken to, the client it
    was about (if any) and what was said."""

    def __init__(self, workspace: Workspace, employer: EmployerFile, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tr("记录联系 - {name}").format(name=employer.name), parent)
        self.employer_id = employer.id
        self.date_edit = date_edit(tr("联系日期"), self.today)
        self.mode_combo = code_combo(tr("联系方式", "contact method"), self.ref, "employer_contact_mode")
        self.contact_combo = QComboBox()
        self.contact_combo.setAccessibleName(tr("联系人"))
        self.contact_combo.addItem(tr("（未指定）"), None)
        for contact in employer.contacts:
            text = (
                tr("{name}（{title}）").format(name=contact.name, title=contact.title)
                if contact.title
                else contact.name
            )
            self.contact_combo.addItem(text, contact.id)
        self.client_combo = _client_combo(tr("涉及的服务对象"), workspace, employer.id)
        self.summary_edit = text_edit(tr("联系内容"), 5, placeholder=tr("客观记录：谈了什么、结果、下一步"))
        grid = form_grid()
        self.add_field(grid, 0, 0, tr("日期(&D)："), "contact_date", self.date_edit)
        self.add_field(grid, 1, 0, tr("方式(&M)："), "mode", self.mode_combo)
        self.add_field(grid, 2, 0, tr("联系人(&C)："), "contact_id", self.contact_combo)
        self.add_field(grid, 3, 0, tr("服务对象(&K)："), "client_id", self.client_combo)
        self.add_field(grid, 4, 0, tr("内容(&S)："), "summary", self.summary_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(self.button_row())
        min_width(self, 36)
        self.chain = [
            self.date_edit,
            self.mode_combo,
            self.contact_combo,
            self.client_combo,
            self.summary_edit,
        ]
        self.finish()

    def build_input(self) -> ContactLogInput:
        return ContactLogInput(
            employer_id=self.employer_id,
            contact_date=pydate(self.date_edit.date()),
            mode=str(self.mode_combo.currentData() or ""),
            summary=self.summary_edit.toPlainText(),
            contact_id=self.contact_combo.currentData(),
            client_id=self.client_combo.currentData(),
        )

    def save(self, data: ContactLogInput) -> str:
        return self.ws.employers.log_contact(data)


class JobAnalysisDialog(RecordDialog):
    """A job analysis (岗位分析表) of one post: site, supervisor, hours, pay, breaks, environment,
    culture, core and occasional tasks, task steps, accommodations, natural supports."""

    def __init__(self, workspace: Workspace, employer: EmployerFile, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tr("新增岗位分析 - {name}").format(name=employer.name), parent)
        self.employer_id = employer.id
        self.date_edit = date_edit(tr("分析日期"), self.today)
        self.title_edit = line_edit(tr("岗位名称"), placeholder=tr("如：理货员"))
        self.client_combo = _client_combo(tr("为哪位服务对象分析"), workspace, employer.id)
        self.site_edit = line_edit(tr("工作地点"), max_length=300)
        self.supervisor_edit = line_edit(tr("直属主管"), max_length=100)
        self.hours_edit = line_edit(tr("工作时间"), placeholder=tr("如：周一至周五 9:00-17:00"))
        self.pay_edit = line_edit(tr("薪酬"), placeholder=tr("如：底薪 2300 元 + 全勤奖"))
        self.breaks_edit = line_edit(tr("休息安排"), placeholder=tr("如：12:00-13:00 午休"))
        self.environment_edit = text_edit(tr("工作环境"), 2, placeholder=tr("噪音、光线、通道与无障碍"))
        self.culture_edit = text_edit(tr("企业文化与不成文规定"), 2)
        self.core_edit = text_edit(tr("核心日常任务"), 2)
        self.occasional_edit = text_edit(tr("偶尔的任务"), 2)
        self.steps_edit = text_edit(tr("任务步骤与绩效标准"), 3)
        self.accommodations_edit = text_edit(tr("可能的合理便利"), 2)
        self.supports_edit = text_edit(tr("自然支持"), 2, placeholder=tr("如：班组长、工友"))
        self.text_widgets: dict[str, QLineEdit | Any] = {
            "site": self.site_edit,
            "supervisor_name": self.supervisor_edit,
            "hours": self.hours_edit,
            "pay": self.pay_edit,
            "breaks": self.breaks_edit,
            "environment": self.environment_edit,
            "culture": self.culture_edit,
            "core_tasks": self.core_edit,
            "occasional_tasks": self.occasional_edit,
            "task_steps": self.steps_edit,
            "accommodations": self.accommodations_edit,
            "natural_supports": self.supports_edit,
        }

        top = form_grid()
        top.setColumnStretch(3, 1)
        self.add_field(top, 0, 0, tr("分析日期(&D)："), "analysed_on", self.date_edit)
        self.add_field(top, 0, 1, tr("岗位(&J)："), "job_title", self.title_edit)
        self.add_field(top, 1, 0, tr("服务对象(&K)："), "client_id", self.client_combo, span=2)
        self.add_field(top, 2, 0, tr("工作地点(&I)："), "site", self.site_edit)
        self.add_field(top, 2, 1, tr("直属主管(&U)："), "supervisor_name", self.supervisor_edit)
        self.add_field(top, 3, 0, tr("工作时间(&H)："), "hours", self.hours_edit)
        self.add_field(top, 3, 1, tr("薪酬(&P)："), "pay", self.pay_edit)
        self.add_field(top, 4, 0, tr("休息安排(&B)："), "breaks", self.breaks_edit)
        self.add_field(top, 5, 0, tr("工作环境(&E)："), "environment", self.environment_edit, span=2)
        self.add_field(top, 6, 0, tr("文化与规矩(&C)："), "culture", self.culture_edit, span=2)
        self.add_field(top, 7, 0, tr("核心任务(&T)："), "core_tasks", self.core_edit, span=2)
        self.add_field(top, 8, 0, tr("偶尔的任务(&O)："), "occasional_tasks", self.occasional_edit, span=2)
        self.add_field(top, 9, 0, tr("任务步骤(&S)："), "task_steps", self.steps_edit, span=2)
        self.add_field(top, 10, 0, tr("合理便利(&A)："), "accommodations", self.accommodations_edit, span=2)
        self.add_field(top, 11, 0, tr("自然支持(&N)："), "natural_supports", self.supports_edit, span=2)
        self.titles["culture"] = tr("企业文化与不成文规定")
        self.titles["task_steps"] = tr("任务步骤与绩效标准")
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(top)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scrolled(body), 1)
        layout.addLayout(self.button_row())
        min_width(self, 52)
        self.resize(self.minimumWidth(), 40 * self.fontMetrics().lineSpacing())
        self.chain = [
            self.date_edit,
            self.title_edit,
            self.client_combo,
            self.site_edit,
            self.supervisor_edit,
            self.hours_edit,
            self.pay_edit,
            self.breaks_edit,
            self.environment_edit,
            self.culture_edit,
            self.core_edit,
            self.occasional_edit,
            self.steps_edit,
            self.accommodations_edit,
            self.supports_edit,
        ]
        self.finish()

    def _text(self, name: str) -> str:
        widget = self.text_widgets[name]
        return str(widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText())

    def build_input(self) -> JobAnalysisInput:
        return JobAnalysisInput(
            employer_id=self.employer_id,
            analysed_on=pydate(self.date_edit.date()),
            job_title=self.title_edit.text().strip(),
            client_id=self.client_combo.currentData(),
            **{name: self._text(name) for name, _title in JOB_TEXT_FIELDS},
        )

    def save(self, data: JobAnalysisInput) -> str:
        return self.ws.employers.record_job_analysis(data)


# --------------------------------------------------------------------------------------------------
# the window


class _DownToList(QObject):
    """↓ in the search box moves into the list."""

    def __init__(self, go: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._go = go

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._go()
            return True
        return False


class EmployersWindow(QWidget):
    """The employer directory and the selected employer's file (a separate top-level window).

    Signals:
        employersChanged(str): something of an employer was saved (its id).
    """

    employersChanged = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ws = workspace
        self.record_dialog: RecordDialog | None = None
        self.file: EmployerFile | None = None
        self.setWindowTitle(tr("用人单位", "employers window"))
        self.setAccessibleName(tr("用人单位", "employers window"))

        # -- the directory --------------------------------------------------------------------------
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(tr("搜索用人单位"))
        self.search_edit.setPlaceholderText(tr("名称、行业、镇街或信用代码（Ctrl+F）"))
        self.search_edit.setClearButtonEnabled(True)
        for button in self.search_edit.findChildren(QToolButton):
            button.setAccessibleName(tr("清除搜索"))
            button.setToolTip(tr("清除搜索"))
        search_label = QLabel(tr("搜索(&F)："))
        search_label.setBuddy(self.search_edit)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.directory_model = RecordTableModel(
            [
                TableColumn(tr("名称"), lambda r: r.name),
                TableColumn(tr("行业"), lambda r: r.sector),
                TableColumn(tr("镇街"), lambda r: r.town_name),
                TableColumn(
                    tr("比例就业"),
                    lambda r: _code_name(self.ws, "quota_status", r.quota_status, r.quota_status_name),
                ),
                TableColumn(tr("在职人数"), lambda r: str(r.placed_now), numeric=True),
                TableColumn(tr("最近联系"), lambda r: fmt_date(r.last_contact) or "—"),
            ],
            lambda r: r.id,
            parent=self,
        )
        self.directory_view = record_table(tr("用人单位列表"), self.directory_model)
        self.directory_view.setAccessibleDescription(tr("上下键选择用人单位，回车键查看其档案"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("用人单位数量"))
        self.new_button = push_button(
            tr("新建用人单位(&N)…"), tr("新建用人单位"), tr("建立一个新的用人单位档案")
        )
        self.directory_message = message_label(tr("用人单位列表提示"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search_edit, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.directory_view, 1)
        left_layout.addWidget(self.directory_message)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.new_button)
        left_layout.addLayout(row)

        # -- the file -------------------------------------------------------------------------------
        self.name_label = QLabel()
        self.name_label.setAccessibleName(tr("用人单位名称"))
        self.name_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.name_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(tr("用人单位摘要"))
        self.summary_label.setWordWrap(True)
        self.file_message = message_label(tr("用人单位档案提示"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("用人单位档案分页"))
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(tr("用人单位档案分页"))
        self.tabs.addTab(self._overview_tab(), tr(TAB_TITLES[OVERVIEW]))
        self.tabs.addTab(self._contacts_tab(), tr(TAB_TITLES[CONTACTS]))
        self.tabs.addTab(self._log_tab(), tr(TAB_TITLES[LOG]))
        self.tabs.addTab(self._analyses_tab(), tr(TAB_TITLES[ANALYSES]))
        self.tabs.addTab(self._placed_tab(), tr(TAB_TITLES[PLACED]))
        for index in range(self.tabs.count()):
            self.tabs.setTabToolTip(
                index, tr("{tab}（Alt+{number}）").format(tab=tr(TAB_TITLES[index]), number=index + 1)
            )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.name_label)
        right_layout.addWidget(self.summary_label)
        right_layout.addWidget(self.file_message)
        right_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setAccessibleName(tr("用人单位列表与档案"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        # -- keys and signals -----------------------------------------------------------------------
        self.search_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.search_shortcut.activated.connect(self.focus_search)
        self.close_shortcut = QShortcut(QKeySequence("Ctrl+W"), self)
        self.close_shortcut.activated.connect(self.close)
        self.tab_shortcuts = []
        for index in range(len(TAB_TITLES)):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_tab(i))
            self.tab_shortcuts.append(shortcut)
        self._down = _DownToList(self.focus_list, self)
        self.search_edit.installEventFilter(self._down)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search_entered)
        self.search_timer.timeout.connect(self.search_now)
        self.directory_view.selectionModel().currentRowChanged.connect(self._employer_changed)
        self.directory_view.activated.connect(lambda _index: self.show_tab(self.tabs.currentIndex()))
        self.new_button.clicked.connect(self.new_employer)
        self.edit_button.clicked.connect(self.edit_employer)
        self.contact_button.clicked.connect(self.add_contact)
        self.log_button.clicked.connect(self.log_contact)
        self.analysis_button.clicked.connect(self.new_job_analysis)
        self.analyses_view.selectionModel().currentRowChanged.connect(self._show_analysis)

        self.search_now()
        min_width(self, 80)
        self.resize(1280, 720)
        em = self.fontMetrics().horizontalAdvance("中")
        self.splitter.setSizes([44 * em, 56 * em])
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        name_tab_bar_buttons(self.tabs.tabBar())

    # -- tabs -----------------------------------------------------------------------------------------

    def _overview_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.overview_labels = labelled_values(
            form,
            (
                ("name", tr("名称")),
                ("credit_code", tr("统一社会信用代码")),
                ("sector", tr("行业")),
                ("address", tr("地址")),
                ("town", tr("镇街")),
                ("quota", tr("按比例就业")),
                ("vacancies", tr("空缺岗位")),
                ("notes", tr("备注")),
            ),
        )
        self.edit_button = push_button(tr("编辑(&E)…"), tr("编辑用人单位"), tr("修改这个用人单位的档案"))
        bar = QHBoxLayout()
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(bar)
        layout.addStretch(1)
        area = QScrollArea()
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return area

    def _list_tab(
        self, caption: str, view: QTableView, button: QPushButton, extra: QWidget | None = None
    ) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(caption))
        bar.addStretch(1)
        bar.addWidget(button)
        layout.addLayout(bar)
        layout.addWidget(view, 1)
        if extra is not None:
            layout.addWidget(extra, 1)
        return page

    def _contacts_tab(self) -> QWidget:
        self.contacts_model = RecordTableModel(
            [
                TableColumn(tr("姓名"), lambda c: c.name),
                TableColumn(tr("职务"), lambda c: c.title),
                TableColumn(tr("电话"), lambda c: c.phone),
            ],
            lambda c: c.id,
            parent=self,
        )
        self.contacts_view = record_table(tr("联系人列表"), self.contacts_model)
        self.contact_button = push_button(
            tr("添加联系人(&A)…"), tr("添加联系人"), tr("登记用人单位的一位联系人")
        )
        return self._list_tab(tr("用人单位的联系人："), self.contacts_view, self.contact_button)

    def _log_tab(self) -> QWidget:
        self.log_model = RecordTableModel(
            [
                TableColumn(tr("日期"), lambda r: fmt_date(r.contact_date)),
                TableColumn(
                    tr("方式"), lambda r: _code_name(self.ws, "employer_contact_mode", r.mode, r.mode_name)
                ),
                TableColumn(tr("联系人"), lambda r: r.contact_name),
                TableColumn(tr("服务对象"), lambda r: r.client_name),
                TableColumn(tr("辅导员"), lambda r: r.coach_name),
                TableColumn(tr("内容"), lambda r: " ".join(r.summary.split()), tooltip=lambda r: r.summary),
            ],
            lambda r: r.id,
            parent=self,
        )
        self.log_view = record_table(tr("联系记录列表"), self.log_model)
        self.log_button = push_button(tr("记录联系(&L)…"), tr("记录联系"), tr("记录一次走访、电话或信息联系"))
        return self._list_tab(tr("每次走访、电话、信息（新的在上）："), self.log_view, self.log_button)

    def _analyses_tab(self) -> QWidget:
        self.analyses_model = RecordTableModel(
            [
                TableColumn(tr("分析日期"), lambda j: fmt_date(j.analysed_on)),
                TableColumn(tr("岗位"), lambda j: j.job_title),
                TableColumn(tr("服务对象"), lambda j: j.client_name),
                TableColumn(tr("工作时间"), lambda j: j.hours),
                TableColumn(tr("薪酬"), lambda j: j.pay),
                TableColumn(tr("核心任务"), lambda j: j.summary, tooltip=lambda j: j.core_tasks),
            ],
            lambda j: j.id,
            parent=self,
        )
        self.analyses_view = record_table(tr("岗位分析列表"), self.analyses_model)
        self.analysis_detail = QTextBrowser()
        self.analysis_detail.setAccessibleName(tr("岗位分析详情"))
        self.analysis_detail.setOpenLinks(False)
        self.analysis_button = push_button(
            tr("新增岗位分析(&J)…"), tr("新增岗位分析"), tr("为一个岗位做岗位分析")
        )
        return self._list_tab(
            tr("岗位分析（选中一行查看全文）："),
            self.analyses_view,
            self.analysis_button,
            self.analysis_detail,
        )

    def _placed_tab(self) -> QWidget:
        self.placed_model = RecordTableModel(
            [
                TableColumn(tr("服务对象"), lambda p: p.client_name),
                TableColumn(tr("岗位"), lambda p: p.post),
                TableColumn(tr("开始日期"), lambda p: fmt_date(p.start_date)),
                TableColumn(tr("结束日期"), lambda p: fmt_date(p.end_date) or "—"),
                TableColumn(tr("就业形式"), lambda p: _form_name(self.ws, p)),
                TableColumn(tr("在职情况"), _still_employed),
            ],
            lambda p: p.placement_id,
            lambda p: None if p.current else "muted",
            self,
        )
        self.placed_view = record_table(tr("在本单位就业的服务对象列表"), self.placed_model)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.placed_label = QLabel()
        self.placed_label.setAccessibleName(tr("在职人数"))
        layout.addWidget(self.placed_label)
        layout.addWidget(self.placed_view, 1)
        return page

    # -- the directory --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_list(self) -> None:
        if self.directory_model.rowCount() == 0:
            return
        self.directory_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.directory_view.currentIndex().isValid():
            self.directory_view.setCurrentIndex(self.directory_model.index(0, 0))

    def _search_entered(self) -> None:
        if self.search_timer.isActive():
            self.search_now()
        self.focus_list()

    def search_now(self, select: str | None = None) -> None:
        """Read the directory for the search text, keeping (or choosing ``select``) the employer."""
        self.search_timer.stop()
        keep = select or (self.file.id if self.file is not None else None)
        try:
            rows = self.ws.employer_file.directory(self.search_edit.text())
        except (DomainError, StorageError) as exc:
            show_message(
                self.directory_message, tr("读取用人单位失败：{error}").format(error=error_text(exc))
            )
            return
        show_message(self.directory_message, None)
        self.directory_model.set_rows(rows)
        fit_columns(self.directory_view, max_em=16)
        term = self.search_edit.text().strip()
        if rows:
            if term:
                self.count_label.setText(tr("共 %n 家（搜索“{term}”）", None, len(rows)).format(term=term))
            else:
                self.count_label.setText(tr("共 %n 家", None, len(rows)))
        else:
            self.count_label.setText(
                tr("没有找到“{term}”").format(term=term) if term else tr("还没有用人单位，请新建")
            )
        row = self.directory_model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.directory_view.setCurrentIndex(self.directory_model.index(row, 0))
            self.directory_view.scrollTo(self.directory_model.index(row, 0))
            if self.file is None or self.file.id != self.directory_model.row_object(row).id:
                self.load_employer(self.directory_model.row_object(row).id)
        else:
            self.load_employer(None)

    def directory_rows(self) -> list[EmployerRow]:
        return self.directory_model.rows()

    def _employer_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.directory_model.row_object(current.row()) if current.isValid() else None
        if item is not None and (self.file is None or self.file.id != item.id):
            self.load_employer(item.id)

    # -- the file -------------------------------------------------------------------------------------

    def load_employer(self, employer_id: str | None) -> None:
        """Read and show one employer's file (None: nothing selected)."""
        if employer_id is None:
            self.file = None
        else:
            try:
                self.file = self.ws.employer_file.file(employer_id)
            except (DomainError, StorageError) as exc:
                self.file = None
                show_message(
                    self.file_message, tr("读取用人单位档案失败：{error}").format(error=error_text(exc))
                )
            else:
                show_message(self.file_message, None)
        self._show_file()

    def _show_file(self) -> None:
        f = self.file
        has = f is not None
        for widget in (
            self.tabs,
            self.edit_button,
            self.contact_button,
            self.log_button,
            self.analysis_button,
        ):
            widget.setEnabled(has)
        if f is None:
            self.name_label.setText(tr("（未选择用人单位）"))
            self.summary_label.setText("")
            for label in self.overview_labels.values():
                label.setText("")
            for model in self.models().values():
                if model is not self.directory_model:
                    model.set_rows([])
            self.analysis_detail.clear()
            self.placed_label.setText("")
            return
        self.setWindowTitle(tr("用人单位 - {name}").format(name=f.name))
        self.name_label.setText(f.name)
        last = fmt_date(f.last_contact) or tr("未联系过")
        quota = _code_name(self.ws, "quota_status", f.quota_status, f.quota_status_name)
        self.summary_label.setText(
            spaced(
                [
                    part
                    for part in (
                        f.sector,
                        f.town_name,
                        tr("按比例就业：{status}").format(status=quota),
                        tr("在职服务对象 %n 人", None, f.placed_now),
                        tr("最近联系：{date}").format(date=last),
                    )
                    if part
                ]
            )
        )
        values = {
            "name": f.name,
            "credit_code": f.credit_code or tr("未填写"),
            "sector": f.sector or tr("未填写"),
            "address": f.address or tr("未填写"),
            "town": f.town_name or tr("未填写"),
            "quota": quota,
            "vacancies": f.vacancies or tr("无"),
            "notes": f.notes or tr("无"),
        }
        for key, text in values.items():
            self.overview_labels[key].setText(text)
        self._fill(self.contacts_view, self.contacts_model, f.contacts)
        self._fill(self.log_view, self.log_model, f.contact_log)
        self._fill(self.analyses_view, self.analyses_model, f.job_analyses)
        self._fill(self.placed_view, self.placed_model, f.placed_clients)
        now = f.placed_now
        self.placed_label.setText(
            tr(
                "目前在职 {now} 人；共 %n 次就业安置（已离职的以灰色标出）。", None, len(f.placed_clients)
            ).format(now=now)
            if f.placed_clients
            else tr("还没有服务对象在这里就业。")
        )
        self._show_analysis(self.analyses_view.currentIndex(), QModelIndex())

    @staticmethod
    def _fill(
        view: QTableView, model: RecordTableModel, rows: Sequence[Any], select: str | None = None
    ) -> None:
        current = view.currentIndex()
        keep = select or (str(model.data(current, IdRole)) if current.isValid() else None)
        model.set_rows(rows)
        fit_columns(view)
        row = model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            view.setCurrentIndex(model.index(row, 0))

    def _show_analysis(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.analyses_model.row_object(current.row()) if current.isValid() else None
        if not isinstance(item, EmployerJobAnalysis):
            none_yet = tr("还没有岗位分析。")
            self.analysis_detail.setHtml(f"<p>{plain_html(none_yet)}</p>" if self.file is not None else "")
            return
        heading = tr("{job}（{date}）").format(job=item.job_title, date=fmt_date(item.analysed_on))
        head = f"<h3>{plain_html(heading)}</h3>"
        if item.client_name:
            client = tr("服务对象：{name}").format(name=item.client_name)
            head += f"<p>{plain_html(client)}</p>"
        labels = {name: tr("{label}：").format(label=tr(title)) for name, title in JOB_TEXT_FIELDS}
        rows = "".join(
            f"<tr><th align='right' valign='top' style='white-space: nowrap; padding-right: 8px'>"
            f"{plain_html(labels[name])}</th><td>{plain_html(getattr(item, name)) or '—'}</td></tr>"
            for name, _title in JOB_TEXT_FIELDS
        )
        self.analysis_detail.setHtml(f"{head}<table>{rows}</table>")

    def show_tab(self, index: int) -> None:
        """Go to a tab and put the keyboard focus into it (Alt+1 … Alt+5)."""
        if self.file is None:
            return
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        views = page.findChildren(QTableView) if page is not None else []
        if views:
            views[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif index == OVERVIEW:
            self.edit_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- dialogs --------------------------------------------------------------------------------------

    def _open(self, make: Callable[[], RecordDialog], on_saved: Callable[[str], None]) -> RecordDialog | None:
        """Open a record dialog window-modal (one at a time); a failure to build it is shown above the
        tabs."""
        if self.record_dialog is not None:
            self.record_dialog.raise_()
            self.record_dialog.activateWindow()
            return self.record_dialog
        try:
            dialog = make()
        except (DomainError, StorageError) as exc:
            show_message(self.file_message, error_text(exc))
            return None
        self.record_dialog = dialog
        dialog.saved.connect(on_saved)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        dialog, self.record_dialog = self.record_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def new_employer(self) -> RecordDialog | None:
        return self._open(lambda: EmployerDialog(self.ws, self), self._employer_created)

    def _employer_created(self, employer_id: str) -> None:
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.file = None
        self.search_now(select=employer_id)
        self.tabs.setCurrentIndex(OVERVIEW)
        self.employersChanged.emit(employer_id)

    def edit_employer(self) -> RecordDialog | None:
        f = self.file
        if f is None:
            return None
        self.tabs.setCurrentIndex(OVERVIEW)
        return self._open(lambda: EditEmployerDialog(self.ws, f, self), self._employer_saved)

    def _employer_saved(self, employer_id: str) -> None:
        self.file = None
        self.search_now(select=employer_id)
        self.employersChanged.emit(employer_id)

    def _saved_in(self, tab: int, view: QTableView, model: RecordTableModel) -> Callable[[str], None]:
        def saved(record_id: str) -> None:
            f = self.file
            if f is None:
                return
            self.search_now(select=f.id)  # the directory's counts and last contact change too
            self.load_employer(f.id)
            self.tabs.setCurrentIndex(tab)
            row = model.row_of(record_id)
            if row >= 0:
                view.setCurrentIndex(model.index(row, 0))
            self.employersChanged.emit(f.id)

        return saved

    def add_contact(self) -> RecordDialog | None:
        f = self.file
        if f is None:
            return None
        self.tabs.setCurrentIndex(CONTACTS)
        return self._open(
            lambda: ContactDialog(self.ws, f, self),
            self._saved_in(CONTACTS, self.contacts_view, self.contacts_model),
        )

    def log_contact(self) -> RecordDialog | None:
        f = self.file
        if f is None:
            return None
        self.tabs.setCurrentIndex(LOG)
        return self._open(
            lambda: ContactLogDialog(self.ws, f, self), self._saved_in(LOG, self.log_view, self.log_model)
        )

    def new_job_analysis(self) -> RecordDialog | None:
        f = self.file
        if f is None:
            return None
        self.tabs.setCurrentIndex(ANALYSES)
        return self._open(
            lambda: JobAnalysisDialog(self.ws, f, self),
            self._saved_in(ANALYSES, self.analyses_view, self.analyses_model),
        )

    # -- for tests and the main window ----------------------------------------------------------------

    def models(self) -> dict[str, RecordTableModel]:
        return {
            "directory": self.directory_model,
            "contacts": self.contacts_model,
            "log": self.log_model,
            "analyses": self.analyses_model,
            "placed": self.placed_model,
        }

    def current_contact(self) -> ContactItem | None:
        return current_object(self.contacts_view, self.contacts_model, ContactItem)

    def current_log(self) -> ContactLogItem | None:
        return current_object(self.log_view, self.log_model, ContactLogItem)

    def closeEvent(self, event: Any) -> None:
        if self.record_dialog is not None:
            self.record_dialog.reject()
            if self.record_dialog is not None and self.record_dialog.isVisible():
                event.ignore()
                return
        super().closeEvent(event)


def open_employers(ws: Workspace, parent: QWidget | None = None) -> EmployersWindow:
    """Open the employers window (a separate top-level window; closing it deletes it)."""
    window = EmployersWindow(ws, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
