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
    GoalItem,
    JobAnalysisItem,
    PlacementItem,
    PlanItem,
    SessionItem,
)
from app.services.workspace import Workspace
from app.storage.errors import StorageError
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
    error_text,
    fit_columns,
    fmt_date,
    labelled_values,
    message_label,
    name_tab_bar_buttons,
    plain_html,
    push_button,
    record_table,
    show_message,
    value_label,
)
from app.ui.record_dialog import RecordDialog
from app.ui.record_dialog import error_text as record_error_text
from app.ui.session_form import SessionForm

__all__ = ["REVEAL_SECONDS", "TAB_TITLES", "ClientFileWidget", "RevealPurposeDialog"]

log = logging.getLogger(__name__)

LANGUAGE = "zh_CN"
#: Revealed full numbers are masked again after this many seconds (or on leaving the tab).
REVEAL_SECONDS = 120
#: A checkpoint due within this many days is shown as coming up.
DUE_SOON_DAYS = 14

TAB_TITLES = ("概况", "知情同意", "评估", "就业计划", "服务记录", "就业安置", "结案")
PROFILE, CONSENTS, ASSESSMENTS, PLAN, SESSIONS, PLACEMENTS, CLOSURE = range(len(TAB_TITLES))

PLAN_STATUS = {"active": "执行中", "superseded": "已被新计划取代", "closed": "已结束"}
SESSION_STATUS = {"draft": "草稿", "final": "已定稿"}


def _yes_no(value: bool | None) -> str:
    return "—" if value is None else ("是" if value else "否")


def _number(value: float | int | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text + unit


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
        return "有效"
    if item.withdrawn_on is not None and item.withdrawn_on <= today:
        return "已撤回"
    if item.expires_on is not None and item.expires_on < today:
        return "已过期"
    return "未生效"


def checkpoint_state(item: CheckpointItem, today: date) -> str:
    if item.checked_on is not None:
        return "已回访：" + ("在职" if item.still_employed else "已离职")
    if item.overdue:
        return f"逾期未回访（{(today - item.due_date).days} 天）"
    if item.due_date <= today + timedelta(days=DUE_SOON_DAYS):
        return "即将到期"
    return "未到期"


class RevealPurposeDialog(QDialog):
    """Ask why the full ID and certificate numbers are needed (a ``reveal_purpose`` code)."""

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("查看完整证件号")
        self.setAccessibleName("查看完整证件号")
        intro = QLabel(
            "身份证号和残疾证号属于敏感个人信息。请选择查看的原因；"
            "每次查看（包括被拒绝的请求）都会记入审计日志。"
        )
        intro.setWordWrap(True)
        self.purpose_combo = QComboBox()
        self.purpose_combo.setAccessibleName("查看原因")
        for code in reference.codes("reveal_purpose").values():
            self.purpose_combo.addItem(code.name(LANGUAGE), code.code)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("查看")
        self.ok_button.setAccessibleName("查看")
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("取消")
        cancel.setAccessibleName("取消")
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("查看原因(&P)：", self.purpose_combo)
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
        self.setAccessibleName("服务对象档案")

        self.name_label = QLabel()
        self.name_label.setAccessibleName("服务对象姓名")
        self.name_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName("服务对象摘要")
        self.summary_label.setWordWrap(True)
        self.alerts_label = QLabel()
        self.alerts_label.setAccessibleName("需要注意")
        self.alerts_label.setWordWrap(True)
        self.alerts_label.setStyleSheet("color: #b00020;")
        self.new_session_button = push_button(
            "新建服务记录(&N)", "新建服务记录", "新建服务记录（Ctrl+N）；有未完成的草稿时继续编辑草稿"
        )

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("档案分页")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName("档案分页")
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
                    form.addRow(f"{label}：", row)
                else:
                    form.addRow(f"{label}：", value)
            return box

        self.reveal_button = push_button(
            "显示完整证件号(&V)…", "显示完整证件号", "说明原因后显示完整的身份证号和残疾证号（记入审计日志）"
        )
        self.hide_button = push_button("隐藏(&H)", "隐藏完整证件号")
        self.hide_button.setVisible(False)
        self.reveal_message = message_label("证件号提示")
        self.edit_button = push_button(
            "编辑登记资料(&E)…", "编辑登记资料", "修改服务对象登记表的内容（会显示完整证件号，记入审计日志）"
        )
        self.edit_message = message_label("登记资料提示")
        self.edit_button.clicked.connect(self.edit_registration)
        basic = group(
            "基本信息",
            [
                ("name", "姓名"),
                ("sex", "性别"),
                ("birth", "出生日期"),
                ("id_number", "身份证号"),
                ("certificate", "残疾证号"),
                ("disabilities", "残疾类别与等级"),
            ],
        )
        contact = group(
            "联系方式",
            [("town", "镇街"), ("village", "村（社区）"), ("address", "地址"), ("phone", "电话")],
        )
        guardian = group(
            "监护人", [("guardian_name", "姓名"), ("guardian_relation", "关系"), ("guardian_phone", "电话")]
        )
        case = group(
            "个案",
            [
                ("status", "状态"),
                ("phase", "阶段"),
                ("intake", "接案日期"),
                ("coach", "辅导员"),
                ("referral", "转介来源"),
                ("household", "户籍"),
                ("education", "文化程度"),
            ],
        )
        notes = group("备注", [("notes", "备注")])
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
        self.consent_summary = value_label("各用途同意情况")
        self.consents_model = RecordTableModel(
            [
                TableColumn("用途", lambda c: c.purpose_name),
                TableColumn("接收方", lambda c: c.recipient),
                TableColumn("签署人", lambda c: c.signed_by_name),
                TableColumn("签署人姓名", lambda c: c.signer_name),
                TableColumn("签署日期", lambda c: fmt_date(c.signed_on)),
                TableColumn("有效期至", lambda c: fmt_date(c.expires_on) or "长期"),
                TableColumn("撤回日期", lambda c: fmt_date(c.withdrawn_on)),
                TableColumn("当前状态", lambda c: consent_state(c, today)),
            ],
            lambda c: c.id,
            lambda c: None if c.valid_now else "muted",
            self,
        )
        self.consents_view = record_table("知情同意列表", self.consents_model)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.consent_button = push_button("记录知情同意(&R)…", "记录知情同意", "为一个用途记录新的知情同意")
        self.withdraw_button = push_button("撤回同意(&W)…", "撤回同意", "撤回列表中选中的同意")
        self.consent_button.clicked.connect(self.record_consent)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        bar = QHBoxLayout()
        bar.addWidget(self.consent_summary, 1)
        bar.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        layout.addWidget(self.consents_view, 1)
        layout.addWidget(
            _hint("每个用途需单独同意（《个人信息保护法》第二十九条）；向用人单位披露残疾情况需写明接收方。")
        )
        return page

    def _assessments_tab(self) -> QWidget:
        domains = list(self.ref.codes("assessment_domain").values())

        def score(domain: str) -> Callable[[AssessmentItem], str]:
            return lambda a: next((str(r.score) for r in a.ratings if r.domain == domain), "—")

        columns = [
            TableColumn("评估日期", lambda a: fmt_date(a.assessed_on)),
            TableColumn("评估人", lambda a: a.assessor_name),
            TableColumn("角色", lambda a: a.assessor_role_name),
            TableColumn("评估工具", lambda a: a.tool),
        ] + [TableColumn(d.name(LANGUAGE), score(d.code), numeric=True) for d in domains]
        self.assessments_model = RecordTableModel(columns, lambda a: a.id, parent=self)
        self.assessments_view = record_table("评估列表", self.assessments_model, stretch_last=False)
        self.assessment_detail = QTextBrowser()
        self.assessment_detail.setAccessibleName("评估详情")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.assessments_view)
        splitter.addWidget(self.assessment_detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.assessment_button = push_button("新增评估(&A)…", "新增评估", "记录一次职业能力评估")
        self.assessment_button.clicked.connect(self.new_assessment)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.assessment_button)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(_hint("评分 1–5 分，分数越高能力越强。"))
        self.assessments_view.selectionModel().currentRowChanged.connect(self._show_assessment)
        return page

    def _plan_tab(self) -> QWidget:
        summary = QGroupBox("当前就业计划")
        self.plan_labels = labelled_values(
            QFormLayout(summary),
            (
                ("job_goal", "就业目标"),
                ("hours_wage", "每周工时 / 期望工资"),
                ("barriers", "主要障碍"),
                ("dates", "计划期"),
                ("review", "下次复核"),
            ),
        )
        self.no_plan_label = QLabel("该服务对象还没有有效的就业计划。")
        self.goals_model = RecordTableModel(
            [
                TableColumn("目标", lambda g: g.description),
                TableColumn("成功标准", lambda g: g.success_criteria),
                TableColumn("负责方", lambda g: g.responsible_name),
                TableColumn("开始", lambda g: fmt_date(g.start_date)),
                TableColumn("目标日期", lambda g: fmt_date(g.target_date)),
                TableColumn("状态", lambda g: g.status_name + ("（已过目标日期）" if g.overdue else "")),
                TableColumn("进展", lambda g: f"{g.progress}%", progress=lambda g: g.progress),
            ],
            lambda g: g.id,
            lambda g: "overdue" if g.overdue else None,
            self,
        )
        self.goals_view = record_table("计划目标列表", self.goals_model)
        self.goals_view.setItemDelegateForColumn(6, ProgressDelegate(self.goals_view))
        self.older_plans_model = RecordTableModel(
            [
                TableColumn("就业目标", lambda p: p.job_goal),
                TableColumn("开始", lambda p: fmt_date(p.start_date)),
                TableColumn("目标日期", lambda p: fmt_date(p.target_date)),
                TableColumn("目标数", lambda p: str(len(p.goals)), numeric=True),
                TableColumn("状态", lambda p: PLAN_STATUS.get(p.status, p.status)),
            ],
            lambda p: p.id,
            parent=self,
        )
        self.older_plans_view = record_table("以往计划列表", self.older_plans_model)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.new_plan_button = push_button(
            "制定新计划(&P)…", "制定新计划", "制定新的个别化就业计划（当前计划将被取代）"
        )
        self.edit_plan_button = push_button("修改计划(&E)…", "修改计划", "修改当前计划及其目标")
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button.clicked.connect(self.edit_plan)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.new_plan_button)
        bar.addWidget(self.edit_plan_button)
        layout.addLayout(bar)
        layout.addWidget(summary)
        layout.addWidget(self.no_plan_label)
        layout.addWidget(QLabel("计划目标与进展："))
        layout.addWidget(self.goals_view, 2)
        layout.addWidget(QLabel("以往计划："))
        layout.addWidget(self.older_plans_view, 1)
        return page

    def _sessions_tab(self) -> QWidget:
        self.sessions_model = RecordTableModel(
            [
                TableColumn("服务日期", lambda s: fmt_date(s.session_date)),
                TableColumn("服务类型", lambda s: s.type_name),
                TableColumn("方式", lambda s: s.mode_name),
                TableColumn("状态", lambda s: SESSION_STATUS.get(s.status, s.status)),
                TableColumn("时长（分钟）", lambda s: str(s.minutes), numeric=True),
                TableColumn("记录人", lambda s: s.author_name),
                TableColumn(
                    "更正",
                    lambda s: f"已更正（{s.amendments} 次）" if s.amendments else "",
                    tooltip=lambda s: "定稿后有更正；打开可查看原始内容和每次更正" if s.amendments else "",
                ),
                TableColumn("内容摘要", lambda s: s.preview),
            ],
            lambda s: s.id,
            lambda s: "draft" if s.status == "draft" else None,
            self,
        )
        self.sessions_view = record_table("服务记录列表", self.sessions_model)
        self.sessions_view.setAccessibleDescription("回车键打开选中的服务记录")
        self.open_session_button = push_button("打开(&O)", "打开服务记录", "打开选中的服务记录（回车）")
        self.sessions_summary = value_label("服务记录统计")
        bar = QHBoxLayout()
        bar.addWidget(self.sessions_summary, 1)
        bar.addWidget(self.open_session_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.sessions_view, 1)
        layout.addWidget(_hint("草稿以浅黄色标出；“已更正”表示定稿后有更正，原始内容仍保留。"))
        self.sessions_view.activated.connect(self._session_activated)
        self.open_session_button.clicked.connect(self._open_current_session)
        return page

    def _placements_tab(self) -> QWidget:
        today = self.file.as_of
        self.placements_model = RecordTableModel(
            [
                TableColumn("用人单位", lambda p: p.employer_name),
                TableColumn("岗位", lambda p: p.post),
                TableColumn("开始日期", lambda p: fmt_date(p.start_date)),
                TableColumn("结束日期", lambda p: fmt_date(p.end_date) or "在职"),
                TableColumn("就业形式", lambda p: p.employment_form_name),
                TableColumn("支持性就业", lambda p: _yes_no(p.supported_employment)),
                TableColumn("每周工时", lambda p: _number(p.hours_per_week), numeric=True),
                TableColumn("月工资（元）", lambda p: _number(p.monthly_wage), numeric=True),
                TableColumn("合同", lambda p: p.contract_type_name),
                TableColumn("社保", lambda p: _yes_no(p.social_insurance)),
            ],
            lambda p: p.id,
            parent=self,
        )
        self.placements_view = record_table("就业安置列表", self.placements_model)
        posts: dict[str, str] = {}
        self._checkpoint_posts = posts
        self.checkpoints_model = RecordTableModel(
            [
                TableColumn("岗位", lambda c: posts.get(c.placement_id, "")),
                TableColumn("回访节点", lambda c: f"第 {c.day_offset} 天"),
                TableColumn("应回访日期", lambda c: fmt_date(c.due_date)),
                TableColumn("状态", lambda c: checkpoint_state(c, today)),
                TableColumn("回访日期", lambda c: fmt_date(c.checked_on)),
                TableColumn("仍在职", lambda c: _yes_no(c.still_employed)),
                TableColumn("同一单位", lambda c: _yes_no(c.same_employer)),
                TableColumn("每周工时", lambda c: _number(c.hours_per_week), numeric=True),
                TableColumn("月工资", lambda c: _number(c.monthly_wage), numeric=True),
                TableColumn("服务对象满意度", lambda c: _number(c.client_satisfaction), numeric=True),
                TableColumn("用人单位满意度", lambda c: _number(c.employer_satisfaction), numeric=True),
                TableColumn("备注", lambda c: c.note),
            ],
            lambda c: c.id,
            lambda c: "overdue" if c.overdue else None,
            self,
        )
        self.checkpoints_view = record_table("回访节点列表", self.checkpoints_model)
        self.checkpoints_view.setAccessibleDescription("回车键记录选中回访节点的结果")
        self.checkpoints_view.activated.connect(lambda _index: self.record_checkpoint())
        self.job_analyses_model = RecordTableModel(
            [
                TableColumn("分析日期", lambda j: fmt_date(j.analysed_on)),
                TableColumn("用人单位", lambda j: j.employer_name),
                TableColumn("岗位", lambda j: j.job_title),
                TableColumn("工作时间", lambda j: j.hours),
                TableColumn("薪酬", lambda j: j.pay),
                TableColumn("工作环境", lambda j: j.environment),
                TableColumn("核心任务", lambda j: j.core_tasks),
                TableColumn("合理便利", lambda j: j.accommodations),
                TableColumn("自然支持", lambda j: j.natural_supports),
            ],
            lambda j: j.id,
            parent=self,
        )
        self.job_analyses_view = record_table("岗位分析列表", self.job_analyses_model)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.placement_button = push_button(
            "记录就业安置(&J)…", "记录就业安置", "登记一次就业安置（就业登记）"
        )
        self.checkpoint_button = push_button(
            "记录回访结果(&K)…", "记录回访结果", "记录选中回访节点的结果（在回访列表中按回车也可）"
        )
        self.placement_button.clicked.connect(self.record_placement)
        self.checkpoint_button.clicked.connect(self.record_checkpoint)
        self.placement_message = message_label("就业安置提示")
        bar = QHBoxLayout()
        bar.addWidget(QLabel("就业登记："))
        bar.addStretch(1)
        bar.addWidget(self.placement_button)
        layout.addLayout(bar)
        layout.addWidget(self.placement_message)
        layout.addWidget(self.placements_view, 1)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("跟踪回访（逾期未回访的以红色标出）："))
        bar.addStretch(1)
        bar.addWidget(self.checkpoint_button)
        layout.addLayout(bar)
        layout.addWidget(self.checkpoints_view, 1)
        layout.addWidget(QLabel("岗位分析："))
        layout.addWidget(self.job_analyses_view, 1)
        return page

    def _closure_tab(self) -> QWidget:
        page = QWidget()
        self.closure_labels: dict[str, QLabel] = {}
        self.closure_state = QLabel()
        self.closure_state.setAccessibleName("结案情况")
        self.closure_details = QWidget()
        form = QFormLayout(self.closure_details)
        form.setContentsMargins(0, 0, 0, 0)
        for key, label in (
            ("closed_on", "结案日期"),
            ("reason", "结案原因"),
            ("outcome", "服务成效"),
            ("referral", "后续转介"),
        ):
            value = value_label(label)
            self.closure_labels[key] = value
            form.addRow(f"{label}：", value)
        layout = QVBoxLayout(page)
        self.closure_button = push_button("结案(&C)…", "结案", "结束这个个案（之后不能再添加服务记录或安置）")
        self.closure_button.clicked.connect(self.close_case)
        bar = QHBoxLayout()
        bar.addWidget(self.closure_state, 1)
        bar.addWidget(self.closure_button)
        layout.addLayout(bar)
        layout.addWidget(self.closure_details)
        layout.addStretch(1)
        return page

    # -- showing the file ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the file again (after a change) and show it, keeping the selected rows."""
        try:
            self.file = self.ws.client_file.file(self.client_id)
        except (DomainError, StorageError) as exc:
            show_message(self.alerts_label, "读取档案失败：" + error_text(exc))
            return
        self._show_file()

    def _show_file(self) -> None:
        f, p = self.file, self.file.profile
        self.name_label.setText(p.name)
        primary = next((d for d in p.disabilities if d.is_primary), None)
        parts = [
            p.sex_name,
            f"{p.age} 岁",
            f"{primary.category_name}{primary.level_name}" if primary else "",
            p.town_name,
            f"{p.status_name} · {p.phase_name}",
            f"辅导员：{p.coach_name or '未分配'}",
        ]
        self.summary_label.setText("　".join(x for x in parts if x))
        alerts = []
        if not f.valid_consent("sensitive_processing"):
            alerts.append("没有有效的“敏感个人信息处理”同意")
        if f.overdue_checkpoints:
            alerts.append(f"{f.overdue_checkpoints} 个跟踪回访逾期")
        if f.active_plan is not None and f.active_plan.review_overdue:
            alerts.append("就业计划复核已逾期")
        drafts = sum(s.status == "draft" for s in f.sessions)
        if drafts:
            alerts.append(f"{drafts} 份服务记录草稿未定稿")
        self.alerts_label.setText("⚠ " + "；".join(alerts) if alerts else "")
        self.alerts_label.setVisible(bool(alerts))
        closed = f.closure is not None or p.status == "closed"
        self.new_session_button.setEnabled(not closed)
        self.new_session_button.setToolTip(
            "个案已结案，不能再添加服务记录" if closed else "新建服务记录（Ctrl+N）"
        )

        self._show_profile()
        self._show_consents()
        self._keep_selection(self.assessments_view, lambda: self.assessments_model.set_rows(f.assessments))
        if not f.assessments:
            self.assessment_detail.setHtml("<p>尚无评估记录。</p>")
        self._show_plan(f.active_plan, f.older_plans)
        self._keep_selection(self.sessions_view, lambda: self.sessions_model.set_rows(f.sessions))
        finals = [s for s in f.sessions if s.status == "final"]
        self.sessions_summary.setText(
            f"共 {len(f.sessions)} 条服务记录（已定稿 {len(finals)} 条，"
            f"共 {sum(s.minutes for s in finals)} 分钟）"
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
        for index, title in enumerate(TAB_TITLES):
            text = title
            if index in counts:
                text += f" ({counts[index]})"
            if index == PLACEMENTS and f.overdue_checkpoints:
                text += " ⚠"
            if index == CLOSURE and f.closure is not None:
                text += " ✓"
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, f"{title}（Alt+{index + 1}）")
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
        labels["sex"].setText(p.sex_name)
        labels["birth"].setText(f"{fmt_date(p.birth_date)}（{p.age} 岁）")
        if not self.revealed:
            labels["id_number"].setText(p.id_number_masked)
            labels["certificate"].setText(p.certificate_masked or "未登记")
        labels["disabilities"].setText(
            "；".join(
                f"{d.category_name}{d.level_name}"
                + ("（重度）" if d.severe else "")
                + ("（主要）" if d.is_primary and len(p.disabilities) > 1 else "")
                for d in p.disabilities
            )
        )
        labels["town"].setText(p.town_name or "未登记")
        labels["village"].setText(p.village)
        labels["address"].setText(p.address)
        labels["phone"].setText(p.phone)
        labels["guardian_name"].setText(p.guardian_name or "无")
        labels["guardian_relation"].setText(p.guardian_relation_name)
        labels["guardian_phone"].setText(p.guardian_phone)
        labels["status"].setText(p.status_name)
        labels["phase"].setText(p.phase_name)
        labels["intake"].setText(fmt_date(p.intake_date))
        labels["coach"].setText(p.coach_name or "未分配")
        labels["referral"].setText(p.referral_source_name)
        labels["household"].setText(p.household_name)
        labels["education"].setText(p.education_name)
        labels["notes"].setText(p.notes or "（无）")

    def _show_consents(self) -> None:
        f = self.file
        marks = []
        for code in self.ref.codes("consent_purpose").values():
            ok = f.valid_consent(code.code)
            marks.append(f"{code.name(LANGUAGE)}：{'✓ 有效' if ok else '✗ 无'}")
        self.consent_summary.setText("当前同意情况　" + "　".join(marks))
        self._keep_selection(self.consents_view, lambda: self.consents_model.set_rows(f.consents))

    def _show_assessment(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        item = self.assessments_model.row_object(current.row()) if current.isValid() else None
        if item is None:
            return
        ratings = "　".join(f"{r.domain_name} {r.score}" for r in item.ratings)
        self.assessment_detail.setHtml(
            f"<p><b>{fmt_date(item.assessed_on)} · {plain_html(item.assessor_name)}"
            f"（{plain_html(item.assessor_role_name)}）</b></p>"
            f"<p>评分：{plain_html(ratings)}</p>"
            f"<p><b>优势：</b>{plain_html(item.strengths) or '—'}</p>"
            f"<p><b>兴趣：</b>{plain_html(item.interests) or '—'}</p>"
            f"<p><b>需要的支持：</b>{plain_html(item.supports_needed) or '—'}</p>"
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
            labels["hours_wage"].setText(
                f"{_number(plan.hours_per_week_goal, ' 小时')} / {_number(plan.wage_goal, ' 元')}"
            )
            labels["barriers"].setText(plan.barriers or "—")
            signed = f"，{fmt_date(plan.signed_on)} 签署" if plan.signed_on else ""
            labels["dates"].setText(f"{fmt_date(plan.start_date)} 至 {fmt_date(plan.target_date)}{signed}")
            review = f"{fmt_date(plan.next_review_on)}（每 {plan.review_interval_days} 天）"
            if plan.review_overdue:
                review += "　⚠ 已逾期"
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
            self.closure_state.setText("个案尚未结案。")
            for label in labels.values():
                label.setText("")
            return
        self.closure_state.setText("个案已结案，不能再添加服务记录或安置。")
        labels["closed_on"].setText(fmt_date(closure.closed_on))
        labels["reason"].setText(closure.reason_name)
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
        self.profile_labels["certificate"].setText(certificate or "未登记")
        purpose_name = self.ws.client_file.code_name("reveal_purpose", purpose)
        show_message(
            self.reveal_message,
            f"已显示完整证件号（原因：{purpose_name}），本次查看已记入审计日志。"
            f"离开本页或 {REVEAL_SECONDS // 60} 分钟后自动隐藏。",
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
        self.profile_labels["certificate"].setText(p.certificate_masked or "未登记")
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
        self.new_plan_button.setText("制定新计划(&P)…" if f.active_plan is not None else "制定计划(&P)…")
        self.closure_button.setEnabled(not closed)
        self.placement_button.setToolTip(
            "个案已结案，不能再记录就业安置" if closed else "登记一次就业安置（就业登记）"
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
            show_message(self.alerts_label, "⚠ 该个案已结案，不能再添加服务记录。")
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
            form.status_label.setText(form.status_label.text() + "（继续编辑未完成的草稿）")
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
        return TAB_TITLES[self.tabs.currentIndex()]

    def session_items(self) -> list[SessionItem]:
        rows: list[Any] = self.sessions_model.rows()
        return rows
