"""The client file (个案档案): one place with everything on a client, in tabs.

概况 (profile; the ID and certificate numbers masked, shown in full only on an audited request with a
stated purpose), 知情同意, 评估, 就业计划 (goals with progress bars), 服务记录 (the session timeline,
amended records marked), 就业安置 (placements, retention checkpoints with the overdue ones highlighted,
job analyses) and 结案. Everything comes from one read, :meth:`ClientFileService.file`, and is read
again after a session or any other record is saved.

Each tab has the buttons that record its step (:mod:`app.ui.client_form`, :mod:`app.ui.case_forms`):
编辑登记资料, 记录知情同意 / 撤回同意, 新增评估, 制定新计划 / 修改计划, 记录就业安置, 记录回访结果 (on the
selected checkpoint) and 结案. After a save the file is read again and ``sessionsChanged`` is emitted.

Keys: ``Alt+1`` … ``Alt+7`` (or ``Ctrl+Tab``) switch tabs, ``Ctrl+N`` starts a session record (or goes
on with the unfinished one), ``Enter`` on a session opens it, ``Enter`` on a retention checkpoint
records its result; each tab's buttons have Alt mnemonics.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.reference import ReferenceData
from app.services.client_file import (
    AssessmentItem,
    CheckpointItem,
    ClientFile,
    ConsentItem,
    DisabilityItem,
    GoalItem,
    JobAnalysisItem,
    PlacementItem,
    PlanItem,
    SessionItem,
)
from app.services.workspace import Workspace
from app.storage.errors import StorageError
from app.sync.engine import bound_server
from app.ui.case_forms import (
    AssessmentDialog,
    CheckpointDialog,
    ClosureDialog,
    ConsentDialog,
    PlacementDialog,
    PlanDialog,
    WithdrawConsentDialog,
)
from app.ui.client_form import ClientFormDialog
from app.ui.common import (
    IdRole,
    ProgressDelegate,
    RecordTableModel,
    TableColumn,
    current_object,
    fit_columns,
    fmt_date,
    labelled_values,
    listed,
    message_label,
    name_tab_bar_buttons,
    plain_html,
    push_button,
    record_table,
    show_message,
    spaced,
    value_label,
)
from app.ui.i18n import QT_TR_NOOP, format_percent, language, locale, tr
from app.ui.messages import error_text
from app.ui.record_dialog import RecordDialog
from app.ui.record_dialog import error_text as record_error_text
from app.ui.session_form import SessionForm
from app.ui.sync_states import state_label
from app.ui.sync_ui import ConflictDialog

__all__ = ["REVEAL_SECONDS", "TAB_TITLES", "ClientFileWidget", "RevealPurposeDialog"]

log = logging.getLogger(__name__)

#: Revealed full numbers are masked again after this many seconds (or on leaving the tab).
REVEAL_SECONDS = 120
#: A checkpoint due within this many days is shown as coming up.
DUE_SOON_DAYS = 14

TAB_TITLES = (
    QT_TR_NOOP("概况"),
    QT_TR_NOOP("知情同意"),
    QT_TR_NOOP("评估"),
    QT_TR_NOOP("就业计划"),
    QT_TR_NOOP("服务记录"),
    QT_TR_NOOP("就业安置"),
    QT_TR_NOOP("结案"),
)
PROFILE, CONSENTS, ASSESSMENTS, PLAN, SESSIONS, PLACEMENTS, CLOSURE = range(len(TAB_TITLES))

PLAN_STATUS = {
    "active": QT_TR_NOOP("执行中"),
    "superseded": QT_TR_NOOP("已被新计划取代"),
    "closed": QT_TR_NOOP("已结束"),
}
SESSION_STATUS = {"draft": QT_TR_NOOP("草稿"), "final": QT_TR_NOOP("已定稿")}


def tab_title(index: int) -> str:
    """A tab's title in the GUI language (two tab titles need their own English: they are nouns here)."""
    if index == SESSIONS:
        return tr("服务记录", "tab title")
    if index == CLOSURE:
        return tr("结案", "tab title")
    return tr(TAB_TITLES[index])


def _yes_no(value: bool | None) -> str:
    return "—" if value is None else (tr("是") if value else tr("否"))


def _status(names: dict[str, str], status: str) -> str:
    """A status of :data:`PLAN_STATUS` or :data:`SESSION_STATUS`, translated (the code when unknown)."""
    name = names.get(status)
    return tr(name) if name is not None else status


def _number(value: float | int | None, unit: str = "") -> str:
    if value is None:
        return "—"
    # the GUI language's grouping and decimal point, every significant digit (2,300; 37.25)
    return locale().toString(float(value), "g", 12) + unit


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def consent_state(item: ConsentItem, today: date) -> str:
    if item.valid_now:
        return tr("有效")
    if item.withdrawn_on is not None and item.withdrawn_on <= today:
        return tr("已撤回")
    if item.expires_on is not None and item.expires_on < today:
        return tr("已过期")
    return tr("未生效")


def checkpoint_state(item: CheckpointItem, today: date) -> str:
    if item.checked_on is not None:
        return tr("已回访：在职") if item.still_employed else tr("已回访：已离职")
    if item.overdue:
        return tr("逾期未回访（%n 天）", None, (today - item.due_date).days)
    if item.due_date <= today + timedelta(days=DUE_SOON_DAYS):
        return tr("即将到期")
    return tr("未到期")


class RevealPurposeDialog(QDialog):
    """Ask why the full ID and certificate numbers are needed (a ``reveal_purpose`` code)."""

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("查看完整证件号"))
        self.setAccessibleName(tr("查看完整证件号"))
        intro = QLabel(
            tr(
                "身份证号和残疾证号属于敏感个人信息。请选择查看的原因；"
                "每次查看（包括被拒绝的请求）都会记入审计日志。"
            )
        )
        intro.setWordWrap(True)
        self.purpose_combo = QComboBox()
        self.purpose_combo.setAccessibleName(tr("查看原因"))
        for code in reference.codes("reveal_purpose").values():
            self.purpose_combo.addItem(code.name(language()), code.code)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("查看"))
        self.ok_button.setAccessibleName(tr("查看"))
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("取消"))
        cancel.setAccessibleName(tr("取消"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("查看原因(&P)："), self.purpose_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(box)
        self.setMinimumWidth(26 * self.fontMetrics().horizontalAdvance("中"))
        self.purpose_combo.setFocus()

    def purpose(self) -> str:
        return str(self.purpose_combo.currentData())


class ClientFileWidget(QWidget):
    """Everything on one client, in tabs; opens the session form and the record dialogs.

    Signals:
        sessionsChanged(str): a record of this client was saved — a session record saved, finalised or
            amended, or the registration, a consent, assessment, plan, placement, retention check or
            the closure (the id of what was written).
    """

    sessionsChanged = Signal(str)

    def __init__(self, workspace: Workspace, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.client_id = client_id
        self.ref = workspace.ctx.reference
        self.file: ClientFile = workspace.client_file.file(client_id)
        self.session_form: SessionForm | None = None
        self.record_dialog: RecordDialog | None = None
        self.revealed = False
        self.setAccessibleName(tr("服务对象档案"))

        self.name_label = QLabel()
        self.name_label.setAccessibleName(tr("服务对象姓名"))
        self.name_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(tr("服务对象摘要"))
        self.summary_label.setWordWrap(True)
        self.alerts_label = QLabel()
        self.alerts_label.setAccessibleName(tr("需要注意"))
        self.alerts_label.setWordWrap(True)
        self.alerts_label.setStyleSheet("color: #b00020;")
        self.sync_label = QLabel()
        self.sync_label.setAccessibleName(tr("同步状态"))
        self.conflicts_button = push_button(
            tr("处理同步冲突(&Y)…"), tr("处理同步冲突"), tr("这位服务对象的记录有与别人修改冲突的地方")
        )
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self._session_states: dict[str, str] = {}
        self.new_session_button = push_button(
            tr("新建服务记录(&N)"),
            tr("新建服务记录"),
            tr("新建服务记录（Ctrl+N）；有未完成的草稿时继续编辑草稿"),
        )

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("档案分页"))
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(tr("档案分页"))
        self.tabs.addTab(self._profile_tab(), "")
        self.tabs.addTab(self._consents_tab(), "")
        self.tabs.addTab(self._assessments_tab(), "")
        self.tabs.addTab(self._plan_tab(), "")
        self.tabs.addTab(self._sessions_tab(), "")
        self.tabs.addTab(self._placements_tab(), "")
        self.tabs.addTab(self._closure_tab(), "")

        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name_label)
        names.addWidget(self.summary_label)
        names.addWidget(self.alerts_label)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_label)
        sync_row.addWidget(self.conflicts_button)
        sync_row.addStretch(1)
        names.addLayout(sync_row)
        top.addLayout(names, 1)
        top.addWidget(self.new_session_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.new_session_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_session_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_session_shortcut.activated.connect(self.new_session)
        self.new_session_button.clicked.connect(self.new_session)
        self.tab_shortcuts = []
        for index in range(len(TAB_TITLES)):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda i=index: self.show_tab(i))
            self.tab_shortcuts.append(shortcut)
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(REVEAL_SECONDS * 1000)
        self.hide_timer.timeout.connect(self.hide_numbers)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.consents_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.checkpoints_view.selectionModel().currentRowChanged.connect(self._update_buttons)

        self._show_file()
        self.setFocusProxy(self.tabs.tabBar())

    # -- tabs -------------------------------------------------------------------------------------------

    def _profile_tab(self) -> QWidget:
        page = QWidget()
        self.profile_labels: dict[str, QLabel] = {}

        def group(title: str, rows: Sequence[tuple[str, str]]) -> QGroupBox:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            for key, label in rows:
                value = value_label(label)
                self.profile_labels[key] = value
                if key == "id_number":
                    row = QHBoxLayout()
                    row.addWidget(value, 1)
                    row.addWidget(self.reveal_button)
                    row.addWidget(self.hide_button)
                    form.addRow(tr("{label}：").format(label=label), row)
                else:
                    form.addRow(tr("{label}：").format(label=label), value)
            return box

        self.reveal_button = push_button(
            tr("显示完整证件号(&V)…"),
            tr("显示完整证件号"),
            tr("说明原因后显示完整的身份证号和残疾证号（记入审计日志）"),
        )
        self.hide_button = push_button(tr("隐藏(&H)"), tr("隐藏完整证件号"))
        self.hide_button.setVisible(False)
        self.reveal_message = message_label(tr("证件号提示"))
        self.edit_button = push_button(
            tr("编辑登记资料(&E)…"),
            tr("编辑登记资料"),
            tr("修改服务对象登记表的内容（会显示完整证件号，记入审计日志）"),
        )
        self.edit_message = message_label(tr("登记资料提示"))
        self.edit_button.clicked.connect(self.edit_registration)
        basic = group(
            tr("基本信息"),
            [
                ("name", tr("姓名")),
                ("sex", tr("性别")),
                ("birth", tr("出生日期")),
                ("id_number", tr("身份证号")),
                ("certificate", tr("残疾证号")),
                ("disabilities", tr("残疾类别与等级")),
            ],
        )
        contact = group(
            tr("联系方式"),
            [
                ("town", tr("镇街")),
                ("village", tr("村（社区）")),
                ("address", tr("地址")),
                ("phone", tr("电话")),
            ],
        )
        guardian = group(
            tr("监护人"),
            [
                ("guardian_name", tr("姓名")),
                ("guardian_relation", tr("关系")),
                ("guardian_phone", tr("电话")),
            ],
        )
        case = group(
            tr("个案"),
            [
                ("status", tr("状态")),
                ("phase", tr("阶段")),
                ("intake", tr("接案日期")),
                ("coach", tr("辅导员")),
                ("referral", tr("转介来源")),
                ("household", tr("户籍")),
                ("education", tr("文化程度")),
            ],
        )
        notes = group(tr("备注"), [("notes", tr("备注"))])
        bar = QHBoxLayout()
        bar.addWidget(self.edit_message, 1)
        bar.addStretch(1)
        bar.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(page)
        outer.addLayout(bar)
        grid = QGridLayout()
        outer.addLayout(grid, 1)
        grid.addWidget(basic, 0, 0)
        grid.addWidget(self.reveal_message, 1, 0)
        grid.addWidget(case, 0, 1, 2, 1)
        grid.addWidget(contact, 2, 0)
        grid.addWidget(guardian, 2, 1)
        grid.addWidget(notes, 3, 0, 1, 2)
        grid.setRowStretch(4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.reveal_button.clicked.connect(self.ask_reveal)
        self.hide_button.clicked.connect(self.hide_numbers)
        return _scrolled(page)

    def _consents_tab(self) -> QWidget:
        today = self.file.as_of
        self.consent_summary = value_label(tr("各用途同意情况"))
        self.consents_model = RecordTableModel(
            [
                TableColumn(tr("用途"), lambda c: self._code("consent_purpose", c.purpose, c.purpose_name)),
                TableColumn(tr("接收方"), lambda c: c.recipient),
                TableColumn(
                    tr("签署人"), lambda c: self._code("consent_signer", c.signed_by, c.signed_by_name)
                ),
                TableColumn(tr("签署人姓名"), lambda c: c.signer_name),
                TableColumn(tr("签署日期"), lambda c: fmt_date(c.signed_on)),
                TableColumn(tr("有效期至"), lambda c: fmt_date(c.expires_on) or tr("长期")),
                TableColumn(tr("撤回日期"), lambda c: fmt_date(c.withdrawn_on)),
                TableColumn(tr("当前状态"), lambda c: consent_state(c, today)),
            ],
            lambda c: c.id,
            lambda c: None if c.valid_now else "muted",
            self,
        )
        self.consents_view = record_table(tr("知情同意列表"), self.consents_model)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.consent_button = push_button(
            tr("记录知情同意(&R)…"), tr("记录知情同意"), tr("为一个用途记录新的知情同意")
        )
        self.withdraw_button = push_button(tr("撤回同意(&W)…"), tr("撤回同意"), tr("撤回列表中选中的同意"))
        self.consent_button.clicked.connect(self.record_consent)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        bar = QHBoxLayout()
        bar.addWidget(self.consent_summary, 1)
        bar.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        layout.addWidget(self.consents_view, 1)
        layout.addWidget(
            _hint(
                tr("每个用途需单独同意（《个人信息保护法》第二十九条）；向用人单位披露残疾情况需写明接收方。")
            )
        )
        return page

    def _assessments_tab(self) -> QWidget:
        domains = list(self.ref.codes("assessment_domain").values())

        def score(domain: str) -> Callable[[AssessmentItem], str]:
            return lambda a: next((str(r.score) for r in a.ratings if r.domain == domain), "—")

        columns = [
            TableColumn(tr("评估日期"), lambda a: fmt_date(a.assessed_on)),
            TableColumn(tr("评估人"), lambda a: a.assessor_name),
            TableColumn(
                tr("角色"), lambda a: self._code("staff_role", a.assessor_role, a.assessor_role_name)
            ),
            TableColumn(tr("评估工具"), lambda a: a.tool),
        ] + [TableColumn(d.name(language()), score(d.code), numeric=True) for d in domains]
        self.assessments_model = RecordTableModel(columns, lambda a: a.id, parent=self)
        self.assessments_view = record_table(tr("评估列表"), self.assessments_model, stretch_last=False)
        self.assessment_detail = QTextBrowser()
        self.assessment_detail.setAccessibleName(tr("评估详情"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.assessments_view)
        splitter.addWidget(self.assessment_detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.assessment_button = push_button(tr("新增评估(&A)…"), tr("新增评估"), tr("记录一次职业能力评估"))
        self.assessment_button.clicked.connect(self.new_assessment)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.assessment_button)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(_hint(tr("评分 1–5 分，分数越高能力越强。")))
        self.assessments_view.selectionModel().currentRowChanged.connect(self._show_assessment)
        return page

    def _plan_tab(self) -> QWidget:
        summary = QGroupBox(tr("当前就业计划"))
        self.plan_labels = labelled_values(
            QFormLayout(summary),
            (
                ("job_goal", tr("就业目标")),
                ("hours_wage", tr("每周工时 / 期望工资")),
                ("barriers", tr("主要障碍")),
                ("dates", tr("计划期")),
                ("review", tr("下次复核")),
            ),
        )
        self.no_plan_label = QLabel(tr("该服务对象还没有有效的就业计划。"))
        self.goals_model = RecordTableModel(
            [
                TableColumn(tr("目标"), lambda g: g.description),
                TableColumn(tr("成功标准"), lambda g: g.success_criteria),
                TableColumn(
                    tr("负责方"),
                    lambda g: self._code("responsible_party", g.responsible_party, g.responsible_name),
                ),
                TableColumn(tr("开始"), lambda g: fmt_date(g.start_date)),
                TableColumn(tr("目标日期"), lambda g: fmt_date(g.target_date)),
                TableColumn(
                    tr("状态"),
                    lambda g: (
                        self._code("goal_status", g.status, g.status_name)
                        + (tr("（已过目标日期）") if g.overdue else "")
                    ),
                ),
                TableColumn(tr("进展"), lambda g: format_percent(g.progress), progress=lambda g: g.progress),
            ],
            lambda g: g.id,
            lambda g: "overdue" if g.overdue else None,
            self,
        )
        self.goals_view = record_table(tr("计划目标列表"), self.goals_model)
        self.goals_view.setItemDelegateForColumn(6, ProgressDelegate(self.goals_view))
        self.older_plans_model = RecordTableModel(
            [
                TableColumn(tr("就业目标"), lambda p: p.job_goal),
                TableColumn(tr("开始"), lambda p: fmt_date(p.start_date)),
                TableColumn(tr("目标日期"), lambda p: fmt_date(p.target_date)),
                TableColumn(tr("目标数"), lambda p: str(len(p.goals)), numeric=True),
                TableColumn(tr("状态"), lambda p: _status(PLAN_STATUS, p.status)),
            ],
            lambda p: p.id,
            parent=self,
        )
        self.older_plans_view = record_table(tr("以往计划列表"), self.older_plans_model)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.new_plan_button = push_button(
            tr("制定新计划(&P)…"), tr("制定新计划"), tr("制定新的个别化就业计划（当前计划将被取代）")
        )
        self.edit_plan_button = push_button(tr("修改计划(&E)…"), tr("修改计划"), tr("修改当前计划及其目标"))
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button.clicked.connect(self.edit_plan)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.new_plan_button)
        bar.addWidget(self.edit_plan_button)
        layout.addLayout(bar)
        layout.addWidget(summary)
        layout.addWidget(self.no_plan_label)
        layout.addWidget(QLabel(tr("计划目标与进展：")))
        layout.addWidget(self.goals_view, 2)
        layout.addWidget(QLabel(tr("以往计划：")))
        layout.addWidget(self.older_plans_view, 1)
        return page

    def _sessions_tab(self) -> QWidget:
        self.sessions_model = RecordTableModel(
            [
                TableColumn(tr("服务日期"), lambda s: fmt_date(s.session_date)),
                TableColumn(
                    tr("服务类型"), lambda s: self._code("session_type", s.session_type, s.type_name)
                ),
                TableColumn(tr("方式"), lambda s: self._code("session_mode", s.mode, s.mode_name)),
                TableColumn(tr("状态"), lambda s: _status(SESSION_STATUS, s.status)),
                TableColumn(tr("时长（分钟）"), lambda s: str(s.minutes), numeric=True),
                TableColumn(tr("记录人"), lambda s: s.author_name),
                TableColumn(
                    tr("更正", "column of amendment counts"),
                    lambda s: tr("已更正（%n 次）", None, s.amendments) if s.amendments else "",
                    tooltip=lambda s: (
                        tr("定稿后有更正；打开可查看原始内容和每次更正") if s.amendments else ""
                    ),
                ),
                TableColumn(tr("同步"), lambda s: self._session_sync(s.id)),
                TableColumn(tr("内容摘要"), lambda s: s.preview),
            ],
            lambda s: s.id,
            lambda s: "draft" if s.status == "draft" else None,
            self,
        )
        self.sessions_view = record_table(tr("服务记录列表"), self.sessions_model)
        self.sessions_view.setAccessibleDescription(tr("回车键打开选中的服务记录"))
        self.open_session_button = push_button(
            tr("打开(&O)"), tr("打开服务记录"), tr("打开选中的服务记录（回车）")
        )
        self.sessions_summary = value_label(tr("服务记录统计"))
        bar = QHBoxLayout()
        bar.addWidget(self.sessions_summary, 1)
        bar.addWidget(self.open_session_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.sessions_view, 1)
        layout.addWidget(_hint(tr("草稿以浅黄色标出；“已更正”表示定稿后有更正，原始内容仍保留。")))
        self.sessions_view.activated.connect(self._session_activated)
        self.open_session_button.clicked.connect(self._open_current_session)
        return page

    def _placements_tab(self) -> QWidget:
        today = self.file.as_of
        self.placements_model = RecordTableModel(
            [
                TableColumn(tr("用人单位"), lambda p: p.employer_name),
                TableColumn(tr("岗位"), lambda p: p.post),
                TableColumn(tr("开始日期"), lambda p: fmt_date(p.start_date)),
                TableColumn(tr("结束日期"), lambda p: fmt_date(p.end_date) or tr("在职")),
                TableColumn(tr("就业形式"), lambda p: self._form_name(p)),
                TableColumn(tr("支持性就业"), lambda p: _yes_no(p.supported_employment)),
                TableColumn(tr("每周工时"), lambda p: _number(p.hours_per_week), numeric=True),
                TableColumn(tr("月工资（元）"), lambda p: _number(p.monthly_wage), numeric=True),
                TableColumn(
                    tr("合同"), lambda p: self._code("contract_type", p.contract_type, p.contract_type_name)
                ),
                TableColumn(tr("社保"), lambda p: _yes_no(p.social_insurance)),
            ],
            lambda p: p.id,
            parent=self,
        )
        self.placements_view = record_table(tr("就业安置列表"), self.placements_model)
        posts: dict[str, str] = {}
        self._checkpoint_posts = posts
        self.checkpoints_model = RecordTableModel(
            [
                TableColumn(tr("岗位"), lambda c: posts.get(c.placement_id, "")),
                TableColumn(tr("回访节点"), lambda c: tr("第 {day} 天").format(day=c.day_offset)),
                TableColumn(tr("应回访日期"), lambda c: fmt_date(c.due_date)),
                TableColumn(tr("状态"), lambda c: checkpoint_state(c, today)),
                TableColumn(tr("回访日期"), lambda c: fmt_date(c.checked_on)),
                TableColumn(tr("仍在职"), lambda c: _yes_no(c.still_employed)),
                TableColumn(tr("同一单位"), lambda c: _yes_no(c.same_employer)),
                TableColumn(tr("每周工时"), lambda c: _number(c.hours_per_week), numeric=True),
                TableColumn(tr("月工资"), lambda c: _number(c.monthly_wage), numeric=True),
                TableColumn(tr("服务对象满意度"), lambda c: _number(c.client_satisfaction), numeric=True),
                TableColumn(tr("用人单位满意度"), lambda c: _number(c.employer_satisfaction), numeric=True),
                TableColumn(tr("备注"), lambda c: c.note),
            ],
            lambda c: c.id,
            lambda c: "overdue" if c.overdue else None,
            self,
        )
        self.checkpoints_view = record_table(tr("回访节点列表"), self.checkpoints_model)
        self.checkpoints_view.setAccessibleDescription(tr("回车键记录选中回访节点的结果"))
        self.checkpoints_view.activated.connect(lambda _index: self.record_checkpoint())
        self.job_analyses_model = RecordTableModel(
            [
                TableColumn(tr("分析日期"), lambda j: fmt_date(j.analysed_on)),
                TableColumn(tr("用人单位"), lambda j: j.employer_name),
                TableColumn(tr("岗位"), lambda j: j.job_title),
                TableColumn(tr("工作时间"), lambda j: j.hours),
                TableColumn(tr("薪酬"), lambda j: j.pay),
                TableColumn(tr("工作环境"), lambda j: j.environment),
                TableColumn(tr("核心任务"), lambda j: j.core_tasks),
                TableColumn(tr("合理便利"), lambda j: j.accommodations),
                TableColumn(tr("自然支持"), lambda j: j.natural_supports),
            ],
            lambda j: j.id,
            parent=self,
        )
        self.job_analyses_view = record_table(tr("岗位分析列表"), self.job_analyses_model)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.placement_button = push_button(
            tr("记录就业安置(&J)…"), tr("记录就业安置"), tr("登记一次就业安置（就业登记）")
        )
        self.checkpoint_button = push_button(
            tr("记录回访结果(&K)…"),
            tr("记录回访结果"),
            tr("记录选中回访节点的结果（在回访列表中按回车也可）"),
        )
        self.placement_button.clicked.connect(self.record_placement)
        self.checkpoint_button.clicked.connect(self.record_checkpoint)
        self.placement_message = message_label(tr("就业安置提示"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("就业登记：")))
        bar.addStretch(1)
        bar.addWidget(self.placement_button)
        layout.addLayout(bar)
        layout.addWidget(self.placement_message)
        layout.addWidget(self.placements_view, 1)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("跟踪回访（逾期未回访的以红色标出）：")))
        bar.addStretch(1)
        bar.addWidget(self.checkpoint_button)
        layout.addLayout(bar)
        layout.addWidget(self.checkpoints_view, 1)
        layout.addWidget(QLabel(tr("岗位分析：")))
        layout.addWidget(self.job_analyses_view, 1)
        return page

    def _closure_tab(self) -> QWidget:
        page = QWidget()
        self.closure_labels: dict[str, QLabel] = {}
        self.closure_state = QLabel()
        self.closure_state.setAccessibleName(tr("结案情况"))
        self.closure_details = QWidget()
        form = QFormLayout(self.closure_details)
        form.setContentsMargins(0, 0, 0, 0)
        for key, label in (
            ("closed_on", tr("结案日期")),
            ("reason", tr("结案原因")),
            ("outcome", tr("服务成效")),
            ("referral", tr("后续转介")),
        ):
            value = value_label(label)
            self.closure_labels[key] = value
            form.addRow(tr("{label}：").format(label=label), value)
        layout = QVBoxLayout(page)
        self.closure_button = push_button(
            tr("结案(&C)…"), tr("结案"), tr("结束这个个案（之后不能再添加服务记录或安置）")
        )
        self.closure_button.clicked.connect(self.close_case)
        bar = QHBoxLayout()
        bar.addWidget(self.closure_state, 1)
        bar.addWidget(self.closure_button)
        layout.addLayout(bar)
        layout.addWidget(self.closure_details)
        layout.addStretch(1)
        return page

    # -- showing the file ----------------------------------------------------------------------------------

    def _code(self, list_name: str, code: str | None, shown: str) -> str:
        """The name of a code in the GUI language (``shown``, the service's name, when it is unknown)."""
        entry = self.ref.codes(list_name).get(code or "")
        return entry.name(language()) if entry is not None else shown

    def _named(self, list_name: str, shown: str) -> str:
        """A code list entry the service gives by its Chinese name only (the profile has no code for
        household, education, referral source and guardian relation), in the GUI language."""
        entry = next((c for c in self.ref.codes(list_name).values() if c.name("zh_CN") == shown), None)
        return entry.name(language()) if entry is not None else shown

    def _form_name(self, item: PlacementItem) -> str:
        form = self.ref.employment_forms.get(item.employment_form)
        return form.name(language()) if form is not None else item.employment_form_name

    def _disability(self, item: DisabilityItem) -> str:
        """Category and level (the level's name is the service's: reference data has it in Chinese only)."""
        entry = self.ref.disability_categories.get(item.category)
        category = entry.name(language()) if entry is not None else item.category_name
        return tr("{category}{level}").format(category=category, level=item.level_name)

    def _show_sync(self) -> None:
        """The client's sync roll-up and each session record's state (only with a server)."""
        bound = bound_server(self.ws.ctx.uow) is not None
        state = self.ws.sync.client_states([self.client_id]).get(self.client_id, "synced") if bound else None
        self._session_states = (
            self.ws.sync.record_states("session_records", [s.id for s in self.file.sessions]) if bound else {}
        )
        self.sync_label.setText(tr("同步：{state}").format(state=state_label(state)) if state else "")
        self.sync_label.setVisible(state is not None)
        self.conflicts_button.setVisible(state == "conflict")

    def _session_sync(self, session_id: str) -> str:
        state = self._session_states.get(session_id)
        return state_label(state) if state else ""

    def show_conflicts(self) -> None:
        ConflictDialog(self.ws, self.client_id, parent=self).exec()
        self.refresh()

    def refresh(self) -> None:
        """Read the file again (after a change) and show it, keeping the selected rows."""
        try:
            self.file = self.ws.client_file.file(self.client_id)
        except (DomainError, StorageError) as exc:
            show_message(self.alerts_label, tr("读取档案失败：{error}").format(error=error_text(exc)))
            return
        self._show_file()

    def _show_file(self) -> None:
        f, p = self.file, self.file.profile
        self.name_label.setText(p.name)
        primary = next((d for d in p.disabilities if d.is_primary), None)
        status = self._code("client_status", p.status, p.status_name)
        phase = self._code("phase", p.phase, p.phase_name)
        parts = [
            self._code("sex", p.sex, p.sex_name),
            tr("%n 岁", None, p.age),
            self._disability(primary) if primary else "",
            p.town_name,
            f"{status} · {phase}",
            tr("辅导员：{name}").format(name=p.coach_name or tr("未分配")),
        ]
        self.summary_label.setText(spaced([x for x in parts if x]))
        alerts = []
        if not f.valid_consent("sensitive_processing"):
            alerts.append(tr("没有有效的“敏感个人信息处理”同意"))
        if f.overdue_checkpoints:
            alerts.append(tr("%n 个跟踪回访逾期", None, f.overdue_checkpoints))
        if f.active_plan is not None and f.active_plan.review_overdue:
            alerts.append(tr("就业计划复核已逾期"))
        drafts = sum(s.status == "draft" for s in f.sessions)
        if drafts:
            alerts.append(tr("%n 份服务记录草稿未定稿", None, drafts))
        self.alerts_label.setText("⚠ " + listed(alerts) if alerts else "")
        self.alerts_label.setVisible(bool(alerts))
        closed = f.closure is not None or p.status == "closed"
        self.new_session_button.setEnabled(not closed)
        self.new_session_button.setToolTip(
            tr("个案已结案，不能再添加服务记录") if closed else tr("新建服务记录（Ctrl+N）")
        )

        self._show_sync()
        self._show_profile()
        self._show_consents()
        self._keep_selection(self.assessments_view, lambda: self.assessments_model.set_rows(f.assessments))
        if not f.assessments:
            none_yet = tr("尚无评估记录。")
            self.assessment_detail.setHtml(f"<p>{plain_html(none_yet)}</p>")
        self._show_plan(f.active_plan, f.older_plans)
        self._keep_selection(self.sessions_view, lambda: self.sessions_model.set_rows(f.sessions))
        finals = [s for s in f.sessions if s.status == "final"]
        self.sessions_summary.setText(
            tr("共 %n 条服务记录（已定稿 {finals} 条，共 {minutes} 分钟）", None, len(f.sessions)).format(
                finals=len(finals), minutes=sum(s.minutes for s in finals)
            )
        )
        self._show_placements(f.placements, f.job_analyses)
        self._show_closure()
        self._update_buttons()
        for view in (
            self.consents_view,
            self.assessments_view,
            self.goals_view,
            self.older_plans_view,
            self.sessions_view,
            self.placements_view,
            self.checkpoints_view,
            self.job_analyses_view,
        ):
            fit_columns(view)
        counts = {
            CONSENTS: len(f.consents),
            ASSESSMENTS: len(f.assessments),
            SESSIONS: len(f.sessions),
            PLACEMENTS: len(f.placements),
        }
        for index in range(len(TAB_TITLES)):
            title = tab_title(index)
            text = title
            if index in counts:
                text += f" ({counts[index]})"
            if index == PLACEMENTS and f.overdue_checkpoints:
                text += " ⚠"
            if index == CLOSURE and f.closure is not None:
                text += " ✓"
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, tr("{tab}（Alt+{number}）").format(tab=title, number=index + 1))
        name_tab_bar_buttons(self.tabs.tabBar())

    def _keep_selection(self, view: QTableView, load: Callable[[], None]) -> None:
        model = view.model()
        assert isinstance(model, RecordTableModel)
        current = view.currentIndex()
        record_id = current.data(IdRole) if current.isValid() else None
        column = current.column() if current.isValid() else 0
        load()
        row = model.row_of(record_id) if record_id else -1
        if row < 0 and model.rowCount() > 0:
            row = 0
        if row >= 0:  # a keyboard cursor, not a (loud) selection
            view.selectionModel().setCurrentIndex(
                model.index(row, column), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _show_profile(self) -> None:
        p = self.file.profile
        labels = self.profile_labels
        labels["name"].setText(p.name)
        labels["sex"].setText(self._code("sex", p.sex, p.sex_name))
        labels["birth"].setText(tr("{date}（%n 岁）", None, p.age).format(date=fmt_date(p.birth_date)))
        if not self.revealed:
            labels["id_number"].setText(p.id_number_masked)
            labels["certificate"].setText(p.certificate_masked or tr("未登记"))
        labels["disabilities"].setText(
            listed(
                [
                    self._disability(d)
                    + (tr("（重度）") if d.severe else "")
                    + (tr("（主要）") if d.is_primary and len(p.disabilities) > 1 else "")
                    for d in p.disabilities
                ]
            )
        )
        labels["town"].setText(p.town_name or tr("未登记"))
        labels["village"].setText(p.village)
        labels["address"].setText(p.address)
        labels["phone"].setText(p.phone)
        labels["guardian_name"].setText(p.guardian_name or tr("无"))
        labels["guardian_relation"].setText(self._named("guardian_relation", p.guardian_relation_name))
        labels["guardian_phone"].setText(p.guardian_phone)
        labels["status"].setText(self._code("client_status", p.status, p.status_name))
        labels["phase"].setText(self._code("phase", p.phase, p.phase_name))
        labels["intake"].setText(fmt_date(p.intake_date))
        labels["coach"].setText(p.coach_name or tr("未分配"))
        labels["referral"].setText(self._named("referral_source", p.referral_source_name))
        labels["household"].setText(self._named("household", p.household_name))
        labels["education"].setText(self._named("education", p.education_name))
        labels["notes"].setText(p.notes or tr("（无）"))

    def _show_consents(self) -> None:
        f = self.file
        marks = []
        for code in self.ref.codes("consent_purpose").values():
            ok = f.valid_consent(code.code)
            name = code.name(language())
            marks.append(
                tr("{purpose}：✓ 有效").format(purpose=name)
                if ok
                else tr("{purpose}：✗ 无").format(purpose=name)
            )
        self.consent_summary.setText(tr("当前同意情况　{marks}").format(marks=spaced(marks)))
        self._keep_selection(self.consents_view, lambda: self.consents_model.set_rows(f.consents))

    def _show_assessment(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        item = self.assessments_model.row_object(current.row()) if current.isValid() else None
        if item is None:
            return
        ratings = spaced(
            [f"{self._code('assessment_domain', r.domain, r.domain_name)} {r.score}" for r in item.ratings]
        )
        role = self._code("staff_role", item.assessor_role, item.assessor_role_name)
        heading = tr("{date} · {assessor}（{role}）").format(
            date=fmt_date(item.assessed_on), assessor=item.assessor_name, role=role
        )
        scores = tr("评分：{ratings}").format(ratings=ratings)
        parts = (
            (tr("优势："), item.strengths),
            (tr("兴趣："), item.interests),
            (tr("需要的支持："), item.supports_needed),
        )
        self.assessment_detail.setHtml(
            f"<p><b>{plain_html(heading)}</b></p><p>{plain_html(scores)}</p>"
            + "".join(f"<p><b>{plain_html(label)}</b>{plain_html(text) or '—'}</p>" for label, text in parts)
        )

    def _show_plan(self, plan: PlanItem | None, older: Sequence[PlanItem]) -> None:
        labels = self.plan_labels
        self.no_plan_label.setVisible(plan is None)
        if plan is None:
            for label in labels.values():
                label.setText("—")
            self.goals_model.set_rows([])
        else:
            labels["job_goal"].setText(plan.job_goal)
            hours = _number(plan.hours_per_week_goal)
            wage = _number(plan.wage_goal)
            if plan.hours_per_week_goal is not None:
                hours = tr("{hours} 小时").format(hours=hours)
            if plan.wage_goal is not None:
                wage = tr("{wage} 元").format(wage=wage)
            labels["hours_wage"].setText(f"{hours} / {wage}")
            labels["barriers"].setText(plan.barriers or "—")
            start, end = fmt_date(plan.start_date), fmt_date(plan.target_date)
            if plan.signed_on:
                dates = tr("{start} 至 {end}，{signed} 签署").format(
                    start=start, end=end, signed=fmt_date(plan.signed_on)
                )
            else:
                dates = tr("{start} 至 {end}").format(start=start, end=end)
            labels["dates"].setText(dates)
            review = tr("{date}（每 %n 天）", None, plan.review_interval_days).format(
                date=fmt_date(plan.next_review_on)
            )
            if plan.review_overdue:
                review = spaced([review, tr("⚠ 已逾期")])
            labels["review"].setText(review)
            labels["review"].setStyleSheet("color: #b00020;" if plan.review_overdue else "")
            goals: Sequence[GoalItem] = plan.goals
            self._keep_selection(self.goals_view, lambda: self.goals_model.set_rows(goals))
        self._keep_selection(self.older_plans_view, lambda: self.older_plans_model.set_rows(older))

    def _show_placements(
        self, placements: Sequence[PlacementItem], analyses: Sequence[JobAnalysisItem]
    ) -> None:
        self._checkpoint_posts.clear()
        self._checkpoint_posts.update({p.id: f"{p.employer_name} · {p.post}" for p in placements})
        checkpoints = [c for p in placements for c in p.checkpoints]
        self._keep_selection(self.placements_view, lambda: self.placements_model.set_rows(placements))
        self._keep_selection(self.checkpoints_view, lambda: self.checkpoints_model.set_rows(checkpoints))
        self._keep_selection(self.job_analyses_view, lambda: self.job_analyses_model.set_rows(analyses))

    def _show_closure(self) -> None:
        closure = self.file.closure
        labels = self.closure_labels
        self.closure_details.setVisible(closure is not None)
        if closure is None:
            self.closure_state.setText(tr("个案尚未结案。"))
            for label in labels.values():
                label.setText("")
            return
        self.closure_state.setText(tr("个案已结案，不能再添加服务记录或安置。"))
        labels["closed_on"].setText(fmt_date(closure.closed_on))
        labels["reason"].setText(self._code("closure_reason", closure.reason, closure.reason_name))
        labels["outcome"].setText(closure.outcome or "—")
        labels["referral"].setText(closure.onward_referral or "—")

    # -- identity numbers ------------------------------------------------------------------------------------

    def ask_reveal(self) -> RevealPurposeDialog:
        """Ask for the purpose, then reveal (window-modal; returns the dialog)."""
        dialog = RevealPurposeDialog(self.ref, self)
        dialog.accepted.connect(lambda: self.reveal(dialog.purpose()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def reveal(self, purpose: str) -> bool:
        """Show the full numbers for ``purpose`` (audited by the service; a refusal is shown)."""
        try:
            id_number, certificate = self.ws.clients.reveal_identity_numbers(self.client_id, purpose)
        except (DomainError, StorageError) as exc:
            show_message(self.reveal_message, error_text(exc))
            return False
        self.revealed = True
        self.profile_labels["id_number"].setText(id_number)
        self.profile_labels["certificate"].setText(certificate or tr("未登记"))
        purpose_name = self._code("reveal_purpose", purpose, purpose)
        show_message(
            self.reveal_message,
            tr(
                "已显示完整证件号（原因：{purpose}），本次查看已记入审计日志。离开本页或 %n 分钟后自动隐藏。",
                None,
                REVEAL_SECONDS // 60,
            ).format(purpose=purpose_name),
            info=True,
        )
        self.reveal_button.setVisible(False)
        self.hide_button.setVisible(True)
        self.hide_timer.start()
        return True

    def hide_numbers(self) -> None:
        self.hide_timer.stop()
        self.revealed = False
        p = self.file.profile
        self.profile_labels["id_number"].setText(p.id_number_masked)
        self.profile_labels["certificate"].setText(p.certificate_masked or tr("未登记"))
        self.hide_button.setVisible(False)
        self.reveal_button.setVisible(True)
        show_message(self.reveal_message, None)

    def show_tab(self, index: int) -> None:
        """Go to a tab and put the keyboard focus into it (Alt+1 … Alt+7)."""
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        views = page.findChildren(QTableView) if page is not None else []
        if views:
            views[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif index == PROFILE and self.reveal_button.isVisible():
            self.reveal_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_changed(self, index: int) -> None:
        if index != PROFILE and self.revealed:
            self.hide_numbers()

    # -- recording the case's steps ------------------------------------------------------------------------

    def _update_buttons(self, *_args: object) -> None:
        f = self.file
        closed = f.closure is not None or f.profile.status == "closed"
        consent = self.current_consent()
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)
        self.checkpoint_button.setEnabled(self.current_checkpoint() is not None)
        for button in (self.assessment_button, self.new_plan_button, self.placement_button):
            button.setEnabled(not closed)
        self.edit_plan_button.setEnabled(not closed and f.active_plan is not None)
        self.new_plan_button.setText(
            tr("制定新计划(&P)…") if f.active_plan is not None else tr("制定计划(&P)…")
        )
        self.closure_button.setEnabled(not closed)
        self.placement_button.setToolTip(
            tr("个案已结案，不能再记录就业安置") if closed else tr("登记一次就业安置（就业登记）")
        )

    def current_consent(self) -> ConsentItem | None:
        return current_object(self.consents_view, self.consents_model, ConsentItem)

    def current_checkpoint(self) -> CheckpointItem | None:
        return current_object(self.checkpoints_view, self.checkpoints_model, CheckpointItem)

    def _open_record_dialog(
        self, make: Callable[[], RecordDialog], message: QLabel | None = None
    ) -> RecordDialog | None:
        """Build a record dialog and open it window-modal; a failure to build it (a refusal, a read
        error) is shown in ``message`` (default: the alerts line). Returns the dialog."""
        if self.record_dialog is not None:
            self.record_dialog.raise_()
            self.record_dialog.activateWindow()
            return self.record_dialog
        label = message or self.alerts_label
        try:
            dialog = make()
        except (DomainError, StorageError) as exc:
            show_message(label, ("" if message else "⚠ ") + record_error_text(exc))
            return None
        if message is not None:
            show_message(message, None)
        self.record_dialog = dialog
        dialog.saved.connect(self._record_saved)
        dialog.finished.connect(self._record_dialog_closed)
        dialog.open()
        return dialog

    def _record_saved(self, record_id: str) -> None:
        self.refresh()
        self.sessionsChanged.emit(record_id)

    def _record_dialog_closed(self) -> None:
        dialog, self.record_dialog = self.record_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def edit_registration(self) -> RecordDialog | None:
        """编辑登记资料: the registration form with the stored data. Opening it shows the full numbers,
        so it is audited like a reveal — and refused (audited too, shown here) for a user who may not."""
        if self.revealed:
            self.hide_numbers()
        return self._open_record_dialog(
            lambda: ClientFormDialog(self.ws, self.client_id, self), self.edit_message
        )

    def record_consent(self) -> RecordDialog | None:
        self.tabs.setCurrentIndex(CONSENTS)
        return self._open_record_dialog(lambda: ConsentDialog(self.ws, self.client_id, self))

    def withdraw_consent(self) -> RecordDialog | None:
        """撤回同意 for the consent selected in the list."""
        consent = self.current_consent()
        if consent is None or consent.withdrawn_on is not None:
            return None
        return self._open_record_dialog(lambda: WithdrawConsentDialog(self.ws, consent, self))

    def new_assessment(self) -> RecordDialog | None:
        return self._open_record_dialog(lambda: AssessmentDialog(self.ws, self.client_id, self))

    def new_plan(self) -> RecordDialog | None:
        """制定(新)计划: a new plan; the active one, if any, is superseded when it is saved."""
        supersedes = self.file.active_plan is not None
        return self._open_record_dialog(
            lambda: PlanDialog(self.ws, self.client_id, None, self, supersedes=supersedes)
        )

    def edit_plan(self) -> RecordDialog | None:
        """修改计划: the active plan and its goals (the goals keep their ids)."""
        plan = self.file.active_plan
        if plan is None:
            return None
        return self._open_record_dialog(lambda: PlanDialog(self.ws, self.client_id, plan, self))

    def record_placement(self) -> RecordDialog | None:
        return self._open_record_dialog(
            lambda: PlacementDialog(self.ws, self.client_id, self), self.placement_message
        )

    def record_checkpoint(self) -> RecordDialog | None:
        """记录回访结果 for the retention checkpoint selected in the list (Enter on it, too)."""
        checkpoint = self.current_checkpoint()
        if checkpoint is None:
            return None
        placement = next((p for p in self.file.placements if p.id == checkpoint.placement_id), None)
        return self._open_record_dialog(
            lambda: CheckpointDialog(self.ws, checkpoint, placement, self), self.placement_message
        )

    def close_case(self) -> RecordDialog | None:
        return self._open_record_dialog(lambda: ClosureDialog(self.ws, self.client_id, self))

    # -- sessions --------------------------------------------------------------------------------------------

    def new_session(self) -> SessionForm | None:
        """Ctrl+N: the session form for a new record — or, when there is unsaved recovery content or an
        unfinished draft of the user's, that one, restored."""
        if self.session_form is not None:
            self._raise_form()
            return self.session_form
        if self.file.closure is not None or self.file.profile.status == "closed":
            show_message(self.alerts_label, tr("⚠ 该个案已结案，不能再添加服务记录。"))
            return None
        session_id = None
        try:
            if self.ws.client_file.recovery(self.client_id, None) is None:
                session_id = self.ws.client_file.latest_draft(self.client_id)
        except (DomainError, StorageError) as exc:
            show_message(self.alerts_label, "⚠ " + error_text(exc))
            return None
        return self.open_session(session_id)

    def open_session(self, session_id: str | None) -> SessionForm | None:
        """Open a session record (None: a new one) in the session form."""
        if self.session_form is not None:
            if self.session_form.session_id == session_id and session_id is not None:
                self._raise_form()
                return self.session_form
            self.session_form.reject()  # keeps what was typed
            if self.session_form is not None:  # the user chose to stay
                return None
        try:
            form = SessionForm(self.ws, self.client_id, session_id, self)
        except (DomainError, StorageError) as exc:
            show_message(self.alerts_label, "⚠ " + error_text(exc))
            return None
        if session_id is not None and form.detail is not None and form.detail.status == "draft":
            form.status_label.setText(form.status_label.text() + tr("（继续编辑未完成的草稿）"))
        self.session_form = form
        form.saved.connect(self._session_changed)
        form.finalised.connect(self._session_changed)
        form.amended.connect(self._session_changed)
        form.finished.connect(self._form_closed)
        form.show()
        self._raise_form()
        return form

    def _raise_form(self) -> None:
        if self.session_form is not None:
            self.session_form.raise_()
            self.session_form.activateWindow()

    def _form_closed(self) -> None:
        form = self.session_form
        self.session_form = None
        if form is not None:
            form.deleteLater()
        self.refresh()
        self.tabs.setCurrentIndex(SESSIONS)
        self.sessions_view.setFocus()

    def _session_changed(self, session_id: str) -> None:
        self.refresh()
        row = self.sessions_model.row_of(session_id)
        if row >= 0:
            self.sessions_view.setCurrentIndex(self.sessions_model.index(row, 0))
        self.sessionsChanged.emit(session_id)

    def _session_activated(self, index: QModelIndex) -> None:
        session_id = index.data(IdRole)
        if session_id:
            self.open_session(str(session_id))

    def _open_current_session(self) -> None:
        index = self.sessions_view.currentIndex()
        if index.isValid():
            self._session_activated(index)

    def close_forms(self) -> bool:
        """Close an open record dialog (asking when something was typed) and the session form (saving
        what was typed); False if the user kept one open."""
        if self.record_dialog is not None:
            self.record_dialog.reject()
            if self.record_dialog is not None:
                return False
        if self.session_form is None:
            return True
        self.session_form.reject()
        return self.session_form is None

    def models(self) -> dict[str, RecordTableModel]:
        """The table models of the file, by name (for tests)."""
        return {
            "consents": self.consents_model,
            "assessments": self.assessments_model,
            "goals": self.goals_model,
            "older_plans": self.older_plans_model,
            "sessions": self.sessions_model,
            "placements": self.placements_model,
            "checkpoints": self.checkpoints_model,
            "job_analyses": self.job_analyses_model,
        }

    def current_tab_title(self) -> str:
        return tab_title(self.tabs.currentIndex())

    def session_items(self) -> list[SessionItem]:
        rows: list[Any] = self.sessions_model.rows()
        return rows
