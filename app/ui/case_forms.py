"""The dialogs that record a case's steps from the client file: consent (record, withdraw), assessment,
employment plan with its goals, placement (with a small employer dialog), the result of a retention
check, and closure.

Each is a :class:`~app.ui.record_dialog.RecordDialog`: fields in the order they are filled, every label
with an Alt mnemonic, Enter saves (OK is the default button), Esc cancels; errors of the domain appear
under their fields — ``goals[1].target_date`` under that goal's target date — and a refusal of the
service (a rule, a permission) is shown in the dialog. Nothing is written unless the service accepts
the whole input. ``saved(str)`` carries the id of what was written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FieldError, ValidationError
from app.domain.records import (
    AssessmentInput,
    CheckpointResultInput,
    ClosureInput,
    ConsentInput,
    EmployerInput,
    GoalInput,
    PlacementInput,
    PlanInput,
)
from app.domain.reference import ReferenceData
from app.services.client_file import CheckpointItem, ConsentItem, PlacementItem, PlanItem
from app.services.workspace import Workspace
from app.ui.common import fmt_date, form_grid, message_label, min_width, plain_html, show_message
from app.ui.i18n import QT_TR_NOOP, language, tr
from app.ui.record_dialog import (
    OptionalDate,
    RecordDialog,
    code_combo,
    date_edit,
    form_label,
    hint,
    line_edit,
    narrow,
    number_or_none,
    optional_double,
    optional_spin,
    pydate,
    qdate,
    select_data,
    text_edit,
)

__all__ = [
    "AssessmentDialog",
    "CheckpointDialog",
    "ClosureDialog",
    "ConsentDialog",
    "EmployerDialog",
    "GoalCard",
    "PlacementDialog",
    "PlanDialog",
    "WithdrawConsentDialog",
]

#: Default length of a new plan, and how far ahead the first review is.
PLAN_DAYS = 180


# --------------------------------------------------------------------------------------------------
# consent


class ConsentDialog(RecordDialog):
    """Record a consent for one purpose (PIPL art. 29: a separate consent per purpose; disclosing the
    disability to an employer names the recipient)."""

    def __init__(self, workspace: Workspace, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tr("记录知情同意"), parent)
        self.client_id = client_id
        view = workspace.clients.view(client_id)
        self._names = {"client": view.name, "guardian": view.guardian_name}
        self._auto_name = ""
        ref = self.ref
        self.purpose_combo = code_combo(tr("同意用途"), ref, "consent_purpose")
        self.recipient_edit = line_edit(
            tr("接收方（用人单位）"), placeholder=tr("向用人单位披露时必填：写明用人单位名称")
        )
        employers = [name for _id, name, _sector in workspace.employers.directory()]
        completer = QCompleter(employers, self.recipient_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.recipient_edit.setCompleter(completer)
        self.signer_combo = code_combo(tr("签署人"), ref, "consent_signer")
        self.signer_name_edit = line_edit(tr("签署人姓名"), max_length=100)
        self.signed_edit = date_edit(tr("签署日期"), self.today)
        self.expires = OptionalDate(tr("有效期至"), tr("设定有效期"), self.today + timedelta(days=365))

        grid = form_grid()
        self.add_field(grid, 0, 0, tr("同意用途(&P)："), "purpose", self.purpose_combo)
        self.add_field(grid, 1, 0, tr("接收方(&R)："), "recipient", self.recipient_edit)
        self.add_field(grid, 2, 0, tr("签署人(&B)："), "signed_by", self.signer_combo)
        self.add_field(grid, 3, 0, tr("签署人姓名(&N)："), "signer_name", self.signer_name_edit)
        self.add_field(grid, 4, 0, tr("签署日期(&D)："), "signed_on", self.signed_edit)
        self.add_field(grid, 5, 0, tr("有效期(&E)："), "expires_on", self.expires, focus=self.expires.check)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                tr(
                    "每个用途须单独取得同意（《个人信息保护法》第二十九条）。服务对象无民事行为能力时由监护人签署。"
                )
            )
        )
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(self.button_row())
        min_width(self, 34)
        self.chain = [
            self.purpose_combo,
            self.recipient_edit,
            self.signer_combo,
            self.signer_name_edit,
            self.signed_edit,
            self.expires.check,
            self.expires.edit,
        ]
        self.purpose_combo.currentIndexChanged.connect(self._purpose_changed)
        self.signer_combo.currentIndexChanged.connect(self._signer_changed)
        self._purpose_changed()
        self._signer_changed()
        self.finish()

    def _purpose_changed(self) -> None:
        disclose = self.purpose_combo.currentData() == "disclose_employer"
        self.recipient_edit.setEnabled(disclose)

    def _signer_changed(self) -> None:
        """Fill in the signer's name (the client's or the guardian's) unless one was typed."""
        current = self.signer_name_edit.text()
        if current and current != self._auto_name:
            return
        self._auto_name = self._names.get(str(self.signer_combo.currentData()), "")
        self.signer_name_edit.setText(self._auto_name)

    def build_input(self) -> ConsentInput:
        purpose = str(self.purpose_combo.currentData() or "")
        return ConsentInput(
            client_id=self.client_id,
            purpose=purpose,
            signed_by=str(self.signer_combo.currentData() or ""),
            signer_name=self.signer_name_edit.text(),
            signed_on=pydate(self.signed_edit.date()),
            expires_on=self.expires.value(),
            recipient=self.recipient_edit.text() if purpose == "disclose_employer" else "",
        )

    def save(self, data: ConsentInput) -> str:
        return self.ws.clients.record_consent(data)


class WithdrawConsentDialog(RecordDialog):
    """Withdraw a consent from a date (the consent stays on file, marked withdrawn)."""

    rule_fields: ClassVar[Mapping[str, str]] = {
        "date_order": "withdrawn_on",
        "already_withdrawn": "withdrawn_on",
    }
    rule_texts: ClassVar[Mapping[str, str]] = {"date_order": QT_TR_NOOP("撤回日期须在签署日期与今天之间")}

    def __init__(self, workspace: Workspace, consent: ConsentItem, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tr("撤回知情同意"), parent, ok_text=tr("撤回"))
        self.consent = consent
        purposes, signers = self.ref.codes("consent_purpose"), self.ref.codes("consent_signer")
        purpose = purposes[consent.purpose].name(language()) if consent.purpose in purposes else None
        signed_by = signers[consent.signed_by].name(language()) if consent.signed_by in signers else None
        recipient = (
            tr("（接收方：{recipient}）").format(recipient=consent.recipient) if consent.recipient else ""
        )
        signed = tr("{signed_by} {name} 于 {date} 签署").format(
            signed_by=plain_html(signed_by or consent.signed_by_name),
            name=plain_html(consent.signer_name),
            date=fmt_date(consent.signed_on),
        )
        about = QLabel(
            f"<b>{plain_html(purpose or consent.purpose_name)}</b>{plain_html(recipient)}<br>{signed}"
        )
        about.setAccessibleName(tr("要撤回的同意"))
        about.setWordWrap(True)
        self.date_edit = date_edit(tr("撤回日期"), self.today)
        grid = form_grid()
        self.add_field(grid, 0, 0, tr("撤回日期(&D)："), "withdrawn_on", self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(grid)
        layout.addWidget(hint(tr("撤回后，自撤回日期起不再依据这项同意处理或共享信息；原记录保留。")))
        layout.addStretch(1)
        layout.addLayout(self.button_row())
        min_width(self, 30)
        self.chain = [self.date_edit]
        self.finish()

    def build_input(self) -> date:
        return pydate(self.date_edit.date())

    def save(self, data: date) -> str:
        self.ws.clients.withdraw_consent(self.consent.id, data)
        return self.consent.id


# --------------------------------------------------------------------------------------------------
# assessment


class AssessmentDialog(RecordDialog):
    """A vocational ability assessment: a 1–5 rating per domain (leave a domain 未评 to skip it)."""

    def __init__(self, workspace: Workspace, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tr("新增评估"), parent)
        self.client_id = client_id
        ref = self.ref
        actor = workspace.actor
        self._actor_name = actor.display_name if actor is not None else ""
        self.date_edit = date_edit(tr("评估日期"), self.today)
        self.assessor_edit = line_edit(tr("评估人"), max_length=100)
        self.assessor_edit.setText(self._actor_name)
        self.role_combo = code_combo(tr("评估人角色"), ref, "staff_role")
        self.tool_edit = line_edit(tr("评估工具"), placeholder=tr("如：职业能力评估量表"))
        self.domains = [(c.code, c.name(language())) for c in ref.codes("assessment_domain").values()]
        self.rating_spins: dict[str, QSpinBox] = {}
        self.rating_messages: dict[str, QLabel] = {}
        self._rated: list[str] = []
        self.strengths_edit = text_edit(tr("优势"), 2)
        self.interests_edit = text_edit(tr("兴趣"), 2)
        self.supports_edit = text_edit(tr("需要的支持"), 2)

        top = form_grid()
        self.add_field(top, 0, 0, tr("评估日期(&D)："), "assessed_on", self.date_edit)
        self.add_field(top, 0, 1, tr("评估工具(&T)："), "tool", self.tool_edit)
        self.add_field(top, 1, 0, tr("评估人(&N)："), "assessor_name", self.assessor_edit)
        self.add_field(top, 1, 1, tr("角色(&R)："), "assessor_role", self.role_combo)
        top.setColumnStretch(3, 1)

        ratings = QGroupBox(tr("各领域评分（1–5 分，分数越高能力越强；未评估的领域留“未评”）"))
        ratings.setAccessibleName(tr("各领域评分"))
        rgrid = QGridLayout(ratings)
        for i, (code, name) in enumerate(self.domains):
            spin = optional_spin(
                tr("{name}评分").format(name=name),
                1,
                5,
                suffix=tr(" 分", "score out of 5"),
                special=tr("未评"),
            )
            spin.setAccessibleDescription(tr("1–5 分；最小值为未评"))
            self.rating_spins[code] = spin
            self.rating_messages[code] = message_label(tr("{name}评分提示").format(name=name))
            row, column = divmod(i, 3)
            label = form_label(tr("{label}：").format(label=name), spin)
            rgrid.addWidget(label, 2 * row, 2 * column)
            rgrid.addWidget(spin, 2 * row, 2 * column + 1)
            rgrid.addWidget(self.rating_messages[code], 2 * row + 1, 2 * column, 1, 2)
        self.ratings_box = ratings
        first_spin = self.rating_spins[self.domains[0][0]]
        rgrid.addWidget(
            self.add_message("ratings", first_spin, tr("评分")), 2 * ((len(self.domains) + 2) // 3), 0, 1, 6
        )

        bottom = form_grid()
        self.add_field(bottom, 0, 0, tr("优势(&S)："), "strengths", self.strengths_edit)
        self.add_field(bottom, 1, 0, tr("兴趣(&I)："), "interests", self.interests_edit)
        self.add_field(bottom, 2, 0, tr("需要的支持(&U)："), "supports_needed", self.supports_edit)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(ratings)
        layout.addLayout(bottom)
        layout.addStretch(1)
        layout.addLayout(self.button_row())
        min_width(self, 46)
        self.chain = [
            self.date_edit,
            self.tool_edit,
            self.assessor_edit,
            self.role_combo,
            *self.rating_spins.values(),
            self.strengths_edit,
            self.interests_edit,
            self.supports_edit,
        ]
        self.finish()

    def build_input(self) -> AssessmentInput:
        ratings = [(code, number_or_none(spin)) for code, spin in self.rating_spins.items()]
        rated = [(code, int(score)) for code, score in ratings if score is not None]
        self._rated = [code for code, _ in rated]
        actor = self.ws.actor
        name = self.assessor_edit.text().strip()
        return AssessmentInput(
            client_id=self.client_id,
            assessed_on=pydate(self.date_edit.date()),
            assessor_role=str(self.role_combo.currentData() or ""),
            ratings=tuple(rated),
            assessor_id=actor.user_id if actor is not None and name == self._actor_name else None,
            assessor_name=name,
            tool=self.tool_edit.text(),
            strengths=self.strengths_edit.toPlainText(),
            interests=self.interests_edit.toPlainText(),
            supports_needed=self.supports_edit.toPlainText(),
        )

    def save(self, data: AssessmentInput) -> str:
        return self.ws.clients.record_assessment(data)

    def clear_errors(self) -> None:
        super().clear_errors()
        for label in self.rating_messages.values():
            show_message(label, None)

    def target(self, field: str) -> tuple[QLabel, QWidget] | None:
        match = re.fullmatch(r"ratings\[(\d+)\]\.\w+", field)
        if match is not None and int(match.group(1)) < len(self._rated):
            code = self._rated[int(match.group(1))]
            return self.rating_messages[code], self.rating_spins[code]
        return super().target(field)


# --------------------------------------------------------------------------------------------------
# plan


class GoalCard(QGroupBox):
    """One goal of a plan: what, how success is measured, who, when, progress and status."""

    FIELDS = (
        "description",
        "success_criteria",
        "responsible_party",
        "start_date",
        "target_date",
        "progress",
        "status",
    )

    def __init__(self, reference: ReferenceData, start: date, target: date, goal_id: str | None = None):
        super().__init__()
        self.goal_id = goal_id
        self.description = line_edit(
            tr("目标"), max_length=2000, placeholder=tr("如：独立乘坐公交车往返单位")
        )
        self.criteria = line_edit(
            tr("成功标准"), max_length=2000, placeholder=tr("可衡量：如连续两周独立往返")
        )
        self.responsible = code_combo(tr("负责方"), reference, "responsible_party")
        self.start = date_edit(tr("开始日期"), start)
        self.target = date_edit(tr("目标日期"), target)
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSingleStep(10)
        self.progress.setSuffix(" %")
        self.status = code_combo(tr("状态"), reference, "goal_status")
        self.remove_button = QPushButton(tr("删除此目标"))
        self.widgets: dict[str, QWidget] = {
            "description": self.description,
            "success_criteria": self.criteria,
            "responsible_party": self.responsible,
            "start_date": self.start,
            "target_date": self.target,
            "progress": self.progress,
            "status": self.status,
        }
        self.labels = {
            "description": tr("目标"),
            "success_criteria": tr("成功标准"),
            "responsible_party": tr("负责方"),
            "start_date": tr("开始"),
            "target_date": tr("目标日期"),
            "progress": tr("进展"),
            "status": tr("状态"),
        }
        self.messages = {
            name: message_label(tr("{title}提示").format(title=self.labels[name])) for name in self.FIELDS
        }
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)

        def put(name: str, row: int, column: int, span: int = 1) -> None:
            label = form_label(tr("{label}：").format(label=self.labels[name]), self.widgets[name])
            grid.addWidget(label, row, 2 * column)
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            narrow(self.widgets[name])
            inner.addWidget(self.widgets[name])
            inner.addWidget(self.messages[name])
            grid.addWidget(box, row, 2 * column + 1, 1, 2 * span - 1)

        put("description", 0, 0, 3)
        put("success_criteria", 1, 0, 3)
        put("responsible_party", 2, 0)
        put("start_date", 2, 1)
        put("target_date", 2, 2)
        put("progress", 3, 0)
        put("status", 3, 1)
        grid.addWidget(self.remove_button, 3, 5, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

    def number(self, index: int) -> None:
        n = index + 1
        self.setTitle(tr("目标 {n}").format(n=n))
        self.setAccessibleName(tr("目标 {n}").format(n=n))
        for name, widget in self.widgets.items():
            widget.setAccessibleName(tr("目标 {n} {field}").format(n=n, field=self.labels[name]))
            self.messages[name].setAccessibleName(
                tr("目标 {n} {field}提示").format(n=n, field=self.labels[name])
            )
        self.remove_button.setAccessibleName(tr("删除目标 {n}").format(n=n))

    def set_goal(self, goal: Any) -> None:
        self.description.setText(goal.description)
        self.criteria.setText(goal.success_criteria)
        select_data(self.responsible, goal.responsible_party)
        self.start.setDate(qdate(goal.start_date))
        self.target.setDate(qdate(goal.target_date))
        self.progress.setValue(goal.progress)
        select_data(self.status, goal.status)

    def value(self) -> GoalInput:
        return GoalInput(
            description=self.description.text(),
            success_criteria=self.criteria.text(),
            responsible_party=str(self.responsible.currentData() or ""),
            start_date=pydate(self.start.date()),
            target_date=pydate(self.target.date()),
            progress=self.progress.value(),
            status=str(self.status.currentData() or ""),
            id=self.goal_id,
        )

    def tab_chain(self) -> list[QWidget]:
        return [*self.widgets.values(), self.remove_button]

    def clear_messages(self) -> None:
        for label in self.messages.values():
            show_message(label, None)


class PlanDialog(RecordDialog):
    """Make a new employment plan (``plan`` None; an active plan is superseded) or change the active one
    (its goals keep their ids, so the progress recorded in sessions stays linked)."""

    def __init__(
        self,
        workspace: Workspace,
        client_id: str,
        plan: PlanItem | None = None,
        parent: QWidget | None = None,
        *,
        supersedes: bool = False,
    ) -> None:
        super().__init__(workspace, tr("修改就业计划") if plan is not None else tr("制定就业计划"), parent)
        self.client_id = client_id
        self.plan = plan
        today = self.today
        self.resize(900, 700)
        self.job_goal_edit = line_edit(tr("就业目标"), max_length=300, placeholder=tr("如：超市理货员"))
        self.hours_spin = optional_double(tr("每周工时目标"), 1, 84, suffix=tr(" 小时"))
        self.wage_spin = optional_spin(tr("期望月工资"), 0, 1_000_000, suffix=tr(" 元"))
        self.wage_spin.setSingleStep(100)
        self.barriers_edit = text_edit(tr("主要障碍"), 2)
        self.start_edit = date_edit(tr("计划开始日期"), today)
        self.target_edit = date_edit(tr("计划目标日期"), today + timedelta(days=PLAN_DAYS))
        self.review_spin = QSpinBox()
        self.review_spin.setAccessibleName(tr("复核间隔"))
        self.review_spin.setRange(7, 366)
        self.review_spin.setValue(90)
        self.review_spin.setSuffix(tr(" 天"))
        self.signed = OptionalDate(tr("签署日期"), tr("已签署"), today)

        grid = form_grid()
        self.add_field(grid, 0, 0, tr("就业目标(&J)："), "job_goal", self.job_goal_edit, span=2)
        self.add_field(grid, 1, 0, tr("每周工时(&H)："), "hours_per_week_goal", self.hours_spin)
        self.add_field(grid, 1, 1, tr("期望月工资(&W)："), "wage_goal", self.wage_spin)
        self.add_field(grid, 2, 0, tr("主要障碍(&A)："), "barriers", self.barriers_edit, span=2)
        self.add_field(grid, 3, 0, tr("开始日期(&B)："), "start_date", self.start_edit)
        self.add_field(grid, 3, 1, tr("目标日期(&D)："), "target_date", self.target_edit)
        self.add_field(grid, 4, 0, tr("复核间隔(&R)："), "review_interval_days", self.review_spin)
        self.add_field(grid, 4, 1, tr("签署(&S)："), "signed_on", self.signed, focus=self.signed.check)
        grid.setColumnStretch(3, 1)

        self.goals_box = QGroupBox(tr("计划目标"))
        self.goals_box.setAccessibleName(tr("计划目标"))
        self.cards: list[GoalCard] = []
        self.cards_layout = QVBoxLayout()
        self.add_goal_button = QPushButton(tr("添加目标(&G)"))
        self.add_goal_button.setAccessibleName(tr("添加目标"))
        goals_message = self.add_message("goals", self.add_goal_button, tr("计划目标"))
        goals_layout = QVBoxLayout(self.goals_box)
        goals_layout.addLayout(self.cards_layout)
        goals_layout.addWidget(goals_message)
        add_row = QHBoxLayout()
        add_row.addWidget(hint(tr("每个目标写明可衡量的成功标准和负责方。")), 1)
        add_row.addWidget(self.add_goal_button)
        goals_layout.addLayout(add_row)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(grid)
        body_layout.addWidget(self.goals_box)
        body_layout.addStretch(1)
        layout = QVBoxLayout(self)
        if supersedes and plan is None:
            note = hint(tr("保存后，当前计划将被新计划取代（旧计划保留在“以往计划”中）。"))
            note.setStyleSheet("color: #8a6100;")
            layout.addWidget(note)
        layout.addWidget(self.scrolled(body), 1)
        layout.addLayout(self.button_row())

        if plan is not None:
            self.job_goal_edit.setText(plan.job_goal)
            self.hours_spin.setValue(plan.hours_per_week_goal if plan.hours_per_week_goal is not None else 0)
            self.wage_spin.setValue(plan.wage_goal if plan.wage_goal is not None else -1)
            self.barriers_edit.setPlainText(plan.barriers)
            self.start_edit.setDate(qdate(plan.start_date))
            self.target_edit.setDate(qdate(plan.target_date))
            self.review_spin.setValue(plan.review_interval_days)
            self.signed.set_value(plan.signed_on)
            for goal in plan.goals:
                self.add_goal(goal)
        else:
            self.add_goal()
        self.add_goal_button.clicked.connect(self._add_clicked)
        self.finish()

    # -- goals ------------------------------------------------------------------------------------------

    def add_goal(self, goal: Any = None) -> GoalCard:
        card = GoalCard(
            self.ref,
            pydate(self.start_edit.date()),
            pydate(self.target_edit.date()),
            goal.id if goal is not None else None,
        )
        if goal is not None:
            card.set_goal(goal)
        card.remove_button.clicked.connect(lambda _=False, c=card: self.remove_goal(c))
        self.cards.append(card)
        self.cards_layout.addWidget(card)
        if self.isVisible():  # shown now, not at the next event-loop turn: it takes the focus
            card.show()
        self._renumber()
        return card

    def remove_goal(self, card: GoalCard) -> None:
        index = self.cards.index(card)
        self.cards.remove(card)
        self.cards_layout.removeWidget(card)
        card.hide()
        card.deleteLater()
        self._renumber()
        if self.cards:
            self.focus_field(self.cards[min(index, len(self.cards) - 1)].description)
        else:
            self.add_goal_button.setFocus()

    def _add_clicked(self) -> None:
        card = self.add_goal()
        self.focus_field(card.description)

    def _renumber(self) -> None:
        for i, card in enumerate(self.cards):
            card.number(i)
        self.chain = [
            self.job_goal_edit,
            self.hours_spin,
            self.wage_spin,
            self.barriers_edit,
            self.start_edit,
            self.target_edit,
            self.review_spin,
            self.signed.check,
            self.signed.edit,
            *(w for card in self.cards for w in card.tab_chain()),
            self.add_goal_button,
        ]
        self.apply_tab_order()

    # -- input ------------------------------------------------------------------------------------------

    def build_input(self) -> PlanInput:
        return PlanInput(
            client_id=self.client_id,
            job_goal=self.job_goal_edit.text(),
            start_date=pydate(self.start_edit.date()),
            target_date=pydate(self.target_edit.date()),
            goals=tuple(card.value() for card in self.cards),
            hours_per_week_goal=number_or_none(self.hours_spin),
            wage_goal=number_or_none(self.wage_spin),
            barriers=self.barriers_edit.toPlainText(),
            review_interval_days=self.review_spin.value(),
            signed_on=self.signed.value(),
        )

    def save(self, data: PlanInput) -> str:
        if self.plan is None:
            return self.ws.plans.create(data)
        self.ws.plans.update(self.plan.id, data)
        return self.plan.id

    def clear_errors(self) -> None:
        super().clear_errors()
        for card in self.cards:
            card.clear_messages()
            for widget in card.widgets.values():
                widget.setAccessibleDescription("")

    def target(self, field: str) -> tuple[QLabel, QWidget] | None:
        match = re.fullmatch(r"goals\[(\d+)\]\.(\w+)", field)
        if match is not None:
            index, name = int(match.group(1)), match.group(2)
            if 0 <= index < len(self.cards) and name in self.cards[index].widgets:
                card = self.cards[index]
                return card.messages[name], card.widgets[name]
        if field == "goals" and self.cards:
            return self.messages["goals"], self.cards[0].description
        return super().target(field)


# --------------------------------------------------------------------------------------------------
# employer and placement


class EmployerDialog(RecordDialog):
    """A new employer file (用人单位档案): name, credit code, sector, address, town, quota status."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tr("新建用人单位"), parent)
        ref = self.ref
        self.name_edit = line_edit(tr("用人单位名称"), placeholder=tr("营业执照上的全称"))
        self.credit_edit = line_edit(tr("统一社会信用代码"), max_length=18, placeholder=tr("18 位（可不填）"))
        self.sector_edit = line_edit(tr("行业"), max_length=100, placeholder=tr("如：零售、餐饮、制造"))
        self.address_edit = line_edit(tr("地址"), max_length=300)
        self.town_combo = QComboBox()
        self.town_combo.setAccessibleName(tr("所在镇街"))
        self.town_combo.addItem(tr("（未填写）"), None)
        for town in ref.towns.values():
            self.town_combo.addItem(town.name, town.code)
        self.town_combo.setMaxVisibleItems(20)
        self.quota_combo = code_combo(tr("按比例就业达标情况"), ref, "quota_status")
        select_data(self.quota_combo, "unknown")
        self.vacancies_edit = text_edit(tr("空缺岗位"), 2)
        self.notes_edit = text_edit(tr("备注"), 2)
        grid = form_grid()
        self.add_field(grid, 0, 0, tr("名称(&N)："), "name", self.name_edit)
        self.add_field(grid, 1, 0, tr("信用代码(&C)："), "credit_code", self.credit_edit)
        self.add_field(grid, 2, 0, tr("行业(&S)："), "sector", self.sector_edit)
        self.add_field(grid, 3, 0, tr("地址(&A)："), "address", self.address_edit)
        self.add_field(grid, 4, 0, tr("镇街(&T)："), "town_code", self.town_combo)
        self.add_field(grid, 5, 0, tr("比例就业(&Q)："), "quota_status", self.quota_combo)
        self.add_field(grid, 6, 0, tr("空缺岗位(&V)："), "vacancies", self.vacancies_edit)
        self.add_field(grid, 7, 0, tr("备注(&O)："), "notes", self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(self.button_row())
        min_width(self, 34)
        self.chain = [
            self.name_edit,
            self.credit_edit,
            self.sector_edit,
            self.address_edit,
            self.town_combo,
            self.quota_combo,
            self.vacancies_edit,
            self.notes_edit,
        ]
        self.finish()

    def build_input(self) -> EmployerInput:
        return EmployerInput(
            name=self.name_edit.text(),
            credit_code=self.credit_edit.text(),
            sector=self.sector_edit.text(),
            address=self.address_edit.text(),
            town_code=self.town_combo.currentData(),
            quota_status=str(self.quota_combo.currentData() or ""),
            vacancies=self.vacancies_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, data: EmployerInput) -> str:
        return self.ws.employers.create(data)


class PlacementDialog(RecordDialog):
    """An employment registration (就业登记): employer (or a new one), post, start, form of employment,
    supported employment, contract, hours, wage, social insurance. The retention checks are scheduled
    from the start date when it is saved."""

    rule_fields: ClassVar[Mapping[str, str]] = {"date_order": "start_date"}
    rule_texts: ClassVar[Mapping[str, str]] = {
        "date_order": QT_TR_NOOP("开始日期不能早于接案日期"),
        "case_closed": QT_TR_NOOP("该个案已结案，不能记录就业安置。"),
    }

    def __init__(self, workspace: Workspace, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tr("记录就业安置"), parent)
        self.client_id = client_id
        self.employer_dialog: EmployerDialog | None = None
        ref = self.ref
        self.employer_combo = QComboBox()
        self.employer_combo.setAccessibleName(tr("用人单位"))
        self.employer_combo.setMinimumContentsLength(16)
        self.new_employer_button = QPushButton(tr("新建用人单位(&M)…"))
        self.new_employer_button.setAccessibleName(tr("新建用人单位"))
        self.new_employer_button.setToolTip(tr("用人单位不在列表中时，先建立它的档案"))
        employer_row = QWidget()
        row = QHBoxLayout(employer_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.employer_combo, 1)
        row.addWidget(self.new_employer_button)
        self.post_edit = line_edit(tr("岗位"), placeholder=tr("如：理货员"))
        self.start_edit = date_edit(tr("开始日期"), self.today)
        self.form_combo = QComboBox()
        self.form_combo.setAccessibleName(tr("就业形式"))
        self.form_combo.addItem(tr("（请选择）"), None)
        for code, entry in ref.employment_forms.items():
            self.form_combo.addItem(entry.name(language()), code)
        self.supported_check = QCheckBox(tr("支持性就业(&S)"))
        self.supported_check.setAccessibleName(tr("支持性就业"))
        self.supported_check.setToolTip(tr("以支持性就业模式安置（先安置、后培训，辅导员在岗支持）"))
        self.supported_check.setChecked(True)
        self.contract_combo = code_combo(tr("劳动合同"), ref, "contract_type", optional=True)
        self.hours_spin = optional_double(tr("每周工时"), 1, 84, suffix=tr(" 小时"), special=tr("请填写"))
        self.wage_spin = optional_spin(tr("月工资"), 0, 1_000_000, suffix=tr(" 元"), special=tr("请填写"))
        self.wage_spin.setSingleStep(100)
        self.insurance_check = QCheckBox(tr("缴纳社会保险(&I)"))
        self.insurance_check.setAccessibleName(tr("缴纳社会保险"))

        grid = form_grid()
        self.add_field(
            grid, 0, 0, tr("用人单位(&E)："), "employer_id", employer_row, focus=self.employer_combo
        )
        self.add_field(grid, 1, 0, tr("岗位(&P)："), "post", self.post_edit)
        self.add_field(grid, 2, 0, tr("开始日期(&D)："), "start_date", self.start_edit)
        self.add_field(grid, 3, 0, tr("就业形式(&F)："), "employment_form", self.form_combo)
        self.add_field(grid, 4, 0, "", "supported_employment", self.supported_check)
        self.add_field(grid, 5, 0, tr("劳动合同(&C)："), "contract_type", self.contract_combo)
        self.add_field(grid, 6, 0, tr("每周工时(&H)："), "hours_per_week", self.hours_spin)
        self.add_field(grid, 7, 0, tr("月工资(&W)："), "monthly_wage", self.wage_spin)
        self.add_field(grid, 8, 0, "", "social_insurance", self.insurance_check)
        self.titles["supported_employment"] = tr("支持性就业")
        self.titles["social_insurance"] = tr("社会保险")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint(tr("保存后按设置的回访节点（如第 30、90、180 天）生成跟踪回访。")))
        layout.addStretch(1)
        layout.addLayout(self.button_row())
        min_width(self, 38)
        self.chain = [
            self.employer_combo,
            self.new_employer_button,
            self.post_edit,
            self.start_edit,
            self.form_combo,
            self.supported_check,
            self.contract_combo,
            self.hours_spin,
            self.wage_spin,
            self.insurance_check,
        ]
        self.load_employers()
        self.new_employer_button.clicked.connect(self.open_employer)
        self.finish()

    def load_employers(self, select: str | None = None) -> None:
        current = select or self.employer_combo.currentData()
        self.employer_combo.clear()
        employers = self.ws.employers.directory()
        empty = tr("（请选择用人单位）") if employers else tr("（还没有用人单位，请先新建）")
        self.employer_combo.addItem(empty, None)
        for employer_id, name, sector in employers:
            text = tr("{name}（{sector}）").format(name=name, sector=sector) if sector else name
            self.employer_combo.addItem(text, employer_id)
        self.employer_combo.setMaxVisibleItems(20)
        if current:
            select_data(self.employer_combo, current)

    def open_employer(self) -> EmployerDialog:
        """The small employer dialog (window-modal); the new employer is chosen when it is saved."""
        dialog = EmployerDialog(self.ws, self)
        self.employer_dialog = dialog
        dialog.saved.connect(self._employer_saved)
        dialog.finished.connect(self._employer_closed)
        dialog.open()
        return dialog

    def _employer_saved(self, employer_id: str) -> None:
        self.load_employers(employer_id)
        show_message(self.messages["employer_id"], None)

    def _employer_closed(self) -> None:
        dialog, self.employer_dialog = self.employer_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self.employer_combo.currentData():
            self.post_edit.setFocus()
        else:
            self.employer_combo.setFocus()

    def build_input(self) -> PlacementInput:
        hours = number_or_none(self.hours_spin)
        wage = number_or_none(self.wage_spin)
        return PlacementInput(
            client_id=self.client_id,
            employer_id=str(self.employer_combo.currentData() or ""),
            post=self.post_edit.text(),
            start_date=pydate(self.start_edit.date()),
            employment_form=str(self.form_combo.currentData() or ""),
            hours_per_week=float(hours) if hours is not None else 0.0,
            monthly_wage=int(wage) if wage is not None else -1,
            supported_employment=self.supported_check.isChecked(),
            contract_type=self.contract_combo.currentData(),
            social_insurance=self.insurance_check.isChecked(),
        )

    def check(self, data: PlacementInput) -> list[FieldError]:
        """What the form knows before the service: an employer chosen, hours and wage filled in; and
        the domain's rules, so that every problem is shown at once."""
        errors: list[FieldError] = []
        if not data.employer_id:
            errors.append(FieldError("employer_id", "required", {}, "choose an employer"))
        if number_or_none(self.hours_spin) is None:
            errors.append(FieldError("hours_per_week", "required", {}, "is required"))
        if number_or_none(self.wage_spin) is None:
            errors.append(FieldError("monthly_wage", "required", {}, "is required"))
        if not errors:
            return []
        try:
            data.validated(self.ref, self.today)
        except ValidationError as exc:
            flagged = {e.field for e in errors}
            errors += [e for e in exc.errors if e.field not in flagged]
        return errors

    def save(self, data: PlacementInput) -> str:
        return self.ws.placements.record(data)


# --------------------------------------------------------------------------------------------------
# retention check


class CheckpointDialog(RecordDialog):
    """The result of one retention check (就业跟踪回访): still employed, same employer, hours, wage,
    satisfaction. A recorded result can be corrected the same way."""

    rule_fields: ClassVar[Mapping[str, str]] = {"date_order": "checked_on"}
    rule_texts: ClassVar[Mapping[str, str]] = {"date_order": QT_TR_NOOP("回访日期不能早于安置开始日期")}

    def __init__(
        self,
        workspace: Workspace,
        checkpoint: CheckpointItem,
        placement: PlacementItem | None,
        parent: QWidget | None = None,
    ) -> None:
        day = checkpoint.day_offset
        super().__init__(workspace, tr("记录回访结果 - 第 {day} 天").format(day=day), parent)
        self.checkpoint = checkpoint
        text = tr("<b>第 {day} 天回访</b>　应回访日期 {due}").format(
            day=day, due=fmt_date(checkpoint.due_date)
        )
        if placement is not None:
            where = f"{placement.employer_name} · {placement.post}"
            started = tr("{where}（{date} 入职）").format(
                where=plain_html(where), date=fmt_date(placement.start_date)
            )
            text += f"<br>{started}"
        about = QLabel(text)
        about.setAccessibleName(tr("回访节点"))
        about.setWordWrap(True)
        self.date_edit = date_edit(tr("回访日期"), checkpoint.checked_on or self.today)
        self.employed_check = QCheckBox(tr("仍在职(&E)"))
        self.employed_check.setAccessibleName(tr("仍在职"))
        self.same_combo = QComboBox()
        self.same_combo.setAccessibleName(tr("仍在同一用人单位"))
        self.same_combo.addItem(tr("（未填写）"), None)
        self.same_combo.addItem(tr("是"), True)
        self.same_combo.addItem(tr("否"), False)
        self.hours_spin = optional_double(tr("每周工时"), 0, 84, suffix=tr(" 小时"))
        self.wage_spin = optional_spin(tr("月工资"), 0, 1_000_000, suffix=tr(" 元"))
        self.wage_spin.setSingleStep(100)
        self.client_spin = optional_spin(
            tr("服务对象满意度"), 1, 5, suffix=tr(" 分", "score out of 5"), special=tr("未评")
        )
        self.employer_spin = optional_spin(
            tr("用人单位满意度"), 1, 5, suffix=tr(" 分", "score out of 5"), special=tr("未评")
        )
        self.note_edit = text_edit(tr("回访备注"), 3)

        grid = form_grid()
        self.add_field(grid, 0, 0, tr("回访日期(&D)："), "checked_on", self.date_edit)
        self.add_field(grid, 1, 0, "", "still_employed", self.employed_check)
        self.add_field(grid, 2, 0, tr("同一用人单位(&S)："), "same_employer", self.same_combo)
        self.add_field(grid, 3, 0, tr("每周工时(&H)："), "hours_per_week", self.hours_spin)
        self.add_field(grid, 4, 0, tr("月工资(&W)："), "monthly_wage", self.wage_spin)
        self.add_field(grid, 5, 0, tr("服务对象满意度(&C)："), "client_satisfaction", self.client_spin)
        self.add_field(grid, 6, 0, tr("用人单位满意度(&R)："), "employer_satisfaction", self.employer_spin)
        self.add_field(grid, 7, 0, tr("备注(&N)："), "note", self.note_edit)
        self.titles["still_employed"] = tr("仍在职")
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(grid)
        layout.addWidget(hint(tr("满意度 1–5 分，分数越高越满意。")))
        layout.addStretch(1)
        layout.addLayout(self.button_row())
        min_width(self, 34)
        self.chain = [
            self.date_edit,
            self.employed_check,
            self.same_combo,
            self.hours_spin,
            self.wage_spin,
            self.client_spin,
            self.employer_spin,
            self.note_edit,
        ]
        self.employed_check.toggled.connect(self._employed_toggled)
        if checkpoint.checked_on is not None:  # correcting a recorded result
            self.employed_check.setChecked(bool(checkpoint.still_employed))
            select_data(self.same_combo, checkpoint.same_employer)
            self._set_optional(self.hours_spin, checkpoint.hours_per_week)
            self._set_optional(self.wage_spin, checkpoint.monthly_wage)
            self._set_optional(self.client_spin, checkpoint.client_satisfaction)
            self._set_optional(self.employer_spin, checkpoint.employer_satisfaction)
            self.note_edit.setPlainText(checkpoint.note)
        else:
            self.employed_check.setChecked(True)
            select_data(self.same_combo, True)
            if placement is not None:
                self.hours_spin.setValue(placement.hours_per_week)
                self.wage_spin.setValue(placement.monthly_wage)
        self._employed_toggled(self.employed_check.isChecked())
        self.finish()

    @staticmethod
    def _set_optional(spin: Any, value: float | int | None) -> None:
        spin.setValue(spin.minimum() if value is None else value)

    def _employed_toggled(self, employed: bool) -> None:
        if not employed and self.same_combo.currentData() is True:
            select_data(self.same_combo, None)
        self.same_combo.setEnabled(employed)

    def build_input(self) -> CheckpointResultInput:
        hours = number_or_none(self.hours_spin)
        return CheckpointResultInput(
            checked_on=pydate(self.date_edit.date()),
            still_employed=self.employed_check.isChecked(),
            same_employer=self.same_combo.currentData(),
            hours_per_week=float(hours) if hours is not None else None,
            monthly_wage=number_or_none(self.wage_spin),
            client_satisfaction=number_or_none(self.client_spin),
            employer_satisfaction=number_or_none(self.employer_spin),
            note=self.note_edit.toPlainText(),
        )

    def save(self, data: CheckpointResultInput) -> str:
        self.ws.placements.record_checkpoint(self.checkpoint.id, data)
        return self.checkpoint.id


# --------------------------------------------------------------------------------------------------
# closure


class ClosureDialog(RecordDialog):
    """Close the case (结案): date, reason, outcome, onward referral. No sessions or placements after."""

    rule_fields: ClassVar[Mapping[str, str]] = {"already_closed": "closed_on"}

    def __init__(self, workspace: Workspace, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tr("结案"), parent, ok_text=tr("结案"))
        self.client_id = client_id
        self.date_edit = date_edit(tr("结案日期"), self.today)
        self.reason_combo = code_combo(
            tr("结案原因"), self.ref, "closure_reason", optional=True, none_text=tr("（请选择）")
        )
        self.outcome_edit = text_edit(tr("服务成效"), 4)
        self.referral_edit = line_edit(tr("后续转介"), placeholder=tr("如：转介至康园中心辅助性就业"))
        grid = form_grid()
        self.add_field(grid, 0, 0, tr("结案日期(&D)："), "closed_on", self.date_edit)
        self.add_field(grid, 1, 0, tr("结案原因(&R)："), "reason", self.reason_combo)
        self.add_field(grid, 2, 0, tr("服务成效(&U)："), "outcome", self.outcome_edit)
        self.add_field(grid, 3, 0, tr("后续转介(&F)："), "onward_referral", self.referral_edit)
        warning = QLabel(tr("结案后不能再添加服务记录或就业安置。"))
        warning.setStyleSheet("color: #8a6100;")
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(self.button_row())
        min_width(self, 34)
        self.chain = [self.date_edit, self.reason_combo, self.outcome_edit, self.referral_edit]
        self.finish()

    def build_input(self) -> ClosureInput:
        return ClosureInput(
            client_id=self.client_id,
            closed_on=pydate(self.date_edit.date()),
            reason=str(self.reason_combo.currentData() or ""),
            outcome=self.outcome_edit.toPlainText(),
            onward_referral=self.referral_edit.text(),
        )

    def save(self, data: ClosureInput) -> str:
        return self.ws.clients.close(data)
