"""Register a client, or edit a registration (服务对象登记表): every field of
:class:`~app.domain.records.ClientInput`, with the disabilities as a small list (one line per
disability, one of them the primary one; 多重 plus its components).

* Typing a valid ID number fills in the birth date and sex it encodes (they can still be changed; the
  check that they agree stays). A certificate number fills in the category and level of a single
  disability the same way.
* Editing loads the stored registration through ``ClientService.input_of``: that shows the full ID and
  certificate numbers, so it is allowed and audited like a reveal (purpose 修改登记资料). A refusal
  raises ``PermissionDenied`` from the constructor; the caller shows it.
* Errors appear under their fields (``disabilities[1].level`` under that line), nothing is written.

``new_client(ws, parent)`` is what the main window calls: it shows the dialog (modal) and returns the
new client's id, or None when cancelled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.identity import id_number_errors, parse_id_number
from app.domain.records import ClientInput, DisabilityInput
from app.domain.reference import ReferenceData
from app.services.workspace import Workspace
from app.ui.common import message_label, show_message
from app.ui.i18n import format_date, language, tr
from app.ui.record_dialog import (
    RecordDialog,
    code_combo,
    date_edit,
    hint,
    line_edit,
    pydate,
    qdate,
    select_data,
    text_edit,
)

__all__ = ["ClientFormDialog", "DisabilitiesEditor", "edit_client", "new_client"]

_CERTIFICATE = re.compile(r"[0-9]{17}[0-9X]([0-9])([0-9])(?:B[0-9])?")


class DisabilityRow(QObject):
    """One disability: category, level, primary (check box), remove."""

    def __init__(self, reference: ReferenceData) -> None:
        super().__init__()
        self.category = QComboBox()
        self.category.addItem(tr("（请选择类别）"), 0)
        for code, entry in reference.disability_categories.items():
            self.category.addItem(entry.name(language()), code)
        self.level = QComboBox()
        self.level.addItem(tr("（请选择等级）"), 0)
        for code, level in reference.disability_levels.items():
            # The levels have Chinese names only (一级 … 四级): reference data, not translated here.
            self.level.addItem(level.name_zh + (tr("（重度）") if level.severe else ""), code)
        self.primary = QCheckBox(tr("主要残疾"))
        self.remove = QPushButton(tr("删除"))
        self.message = message_label(tr("残疾提示"))

    def number(self, index: int) -> None:
        n = index + 1
        self.category.setAccessibleName(tr("第 {n} 项残疾类别").format(n=n))
        self.level.setAccessibleName(tr("第 {n} 项残疾等级").format(n=n))
        self.primary.setAccessibleName(tr("第 {n} 项为主要残疾").format(n=n))
        self.remove.setAccessibleName(tr("删除第 {n} 项残疾").format(n=n))
        self.message.setAccessibleName(tr("第 {n} 项残疾提示").format(n=n))

    def value(self) -> DisabilityInput:
        return DisabilityInput(
            int(self.category.currentData()), int(self.level.currentData()), self.primary.isChecked()
        )

    def widgets(self) -> list[QWidget]:
        return [self.category, self.level, self.primary, self.remove]


class DisabilitiesEditor(QGroupBox):
    """The client's disabilities: a line per disability; exactly one is the primary one (checking one
    unchecks the others). For 多重残疾 the first line is 多重 (primary) and each component follows.

    Signals:
        rowsChanged(): a line was added or removed (the tab order must be set again).
    """

    rowsChanged = Signal()

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__("* " + tr("残疾情况"), parent)
        self.setAccessibleName(tr("残疾情况"))
        self._ref = reference
        self.rows: list[DisabilityRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(tr("添加一项残疾(&D)"))
        self.add_button.setAccessibleName(tr("添加一项残疾"))
        self.add_button.setToolTip(tr("多重残疾：先选“多重残疾”为主要残疾，再逐项添加各项残疾"))
        self.message = message_label(tr("残疾情况提示"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(hint(tr("多重残疾：第一项选“多重残疾”并设为主要，再添加各项具体残疾。")), 1)
        bottom.addWidget(self.add_button)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self._add_clicked)

    def set_values(self, values: tuple[DisabilityInput, ...]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for value in values or (DisabilityInput(0, 0, True),):
            self.add(value)
        if len(self.rows) == 1:
            self.rows[0].primary.setChecked(True)
        self._relayout()

    def values(self) -> tuple[DisabilityInput, ...]:
        return tuple(r.value() for r in self.rows)

    def add(self, value: DisabilityInput | None = None) -> DisabilityRow:
        row = DisabilityRow(self._ref)
        if value is not None:
            select_data(row.category, value.category)
            select_data(row.level, value.level)
            row.primary.setChecked(value.is_primary)
        row.primary.toggled.connect(lambda checked, r=row: self._primary_toggled(r, checked))
        row.remove.clicked.connect(lambda _=False, r=row: self.remove(r))
        self.rows.append(row)
        self._relayout()
        return row

    def remove(self, row: DisabilityRow) -> None:
        if len(self.rows) <= 1:
            return
        was_primary = row.primary.isChecked()
        self._drop(row)
        if was_primary or len(self.rows) == 1:
            self.rows[0].primary.setChecked(True)
        self._relayout()
        self.rows[0].category.setFocus()

    def _drop(self, row: DisabilityRow) -> None:
        self.rows.remove(row)
        for widget in [*row.widgets(), row.message]:
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _add_clicked(self) -> None:
        row = self.add(DisabilityInput(0, 0, False))
        row.category.setFocus()

    def _primary_toggled(self, row: DisabilityRow, checked: bool) -> None:
        if checked:
            for other in self.rows:
                if other is not row:
                    other.primary.setChecked(False)

    def _relayout(self) -> None:
        for i, row in enumerate(self.rows):
            row.number(i)
            self.grid.addWidget(row.category, 2 * i, 0)
            self.grid.addWidget(row.level, 2 * i, 1)
            self.grid.addWidget(row.primary, 2 * i, 2)
            self.grid.addWidget(row.remove, 2 * i, 3)
            self.grid.addWidget(row.message, 2 * i + 1, 0, 1, 4)
            row.remove.setEnabled(len(self.rows) > 1)
            if self.isVisible():  # new lines now, not at the next event-loop turn: they take the focus
                for widget in row.widgets():
                    widget.show()
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 2)
        self.rowsChanged.emit()

    def tab_chain(self) -> list[QWidget]:
        return [w for r in self.rows for w in r.widgets()] + [self.add_button]

    def clear_messages(self) -> None:
        show_message(self.message, None)
        for r in self.rows:
            show_message(r.message, None)


class ClientFormDialog(RecordDialog):
    """Register a new client (``client_id`` None) or edit one's registration.

    Raises (edit mode, from the constructor): ``PermissionDenied`` when the user may not see the full
    numbers (the refusal is audited), ``NotFound`` for an unknown client.
    """

    rule_fields: ClassVar[Mapping[str, str]] = {
        "duplicate_id_number": "id_number",
        "not_a_coach": "assigned_coach_id",
    }

    def __init__(self, workspace: Workspace, client_id: str | None = None, parent: QWidget | None = None):
        loaded = workspace.clients.input_of(client_id) if client_id is not None else None
        title = (
            tr("登记新服务对象") if loaded is None else tr("修改登记资料 - {name}").format(name=loaded.name)
        )
        super().__init__(workspace, title, parent, ok_text=tr("登记") if loaded is None else tr("保存"))
        self.client_id = client_id
        ref = self.ref
        today = self.today

        # -- widgets ------------------------------------------------------------------------------
        self.name_edit = line_edit(tr("姓名"), max_length=100)
        self.sex_combo = code_combo(tr("性别"), ref, "sex")
        self.birth_edit = date_edit(tr("出生日期"), date(today.year - 30, 1, 1))
        self.id_edit = line_edit(tr("身份证号"), max_length=18, placeholder=tr("18 位，末位可以是 X"))
        self.id_note = message_label(tr("身份证号说明"))
        self.certificate_edit = line_edit(
            tr("残疾证号"), max_length=22, placeholder=tr("身份证号 + 类别 + 等级，共 20 位（可不填）")
        )
        self.disabilities = DisabilitiesEditor(ref)
        self.town_combo = QComboBox()
        self.town_combo.setAccessibleName(tr("镇街"))
        self.town_combo.addItem(tr("（未登记）"), None)
        for town in ref.towns.values():
            self.town_combo.addItem(town.name, town.code)
        self.town_combo.setMaxVisibleItems(20)
        self.village_edit = line_edit(tr("村（社区）"), max_length=100)
        self.address_edit = line_edit(tr("地址"), max_length=300)
        self.phone_edit = line_edit(tr("电话"), max_length=20, placeholder=tr("手机或 0769-座机"))
        self.intake_edit = date_edit(tr("接案日期"), today)
        self.coach_combo = QComboBox()
        self.coach_combo.setAccessibleName(tr("负责辅导员"))
        self.coach_combo.addItem(tr("（未分配）"), None)
        for user in workspace.people.users():
            if user.role in ("coach", "supervisor"):
                self.coach_combo.addItem(user.display_name, user.id)
        self.referral_combo = code_combo(tr("转介来源"), ref, "referral_source", optional=True)
        self.referral_note_edit = line_edit(
            tr("转介说明"), max_length=2000, placeholder=tr("转介人、转介原因等")
        )
        self.guardian_name_edit = line_edit(tr("监护人姓名"), max_length=100)
        self.guardian_relation_combo = code_combo(tr("监护人关系"), ref, "guardian_relation", optional=True)
        self.guardian_phone_edit = line_edit(tr("监护人电话"), max_length=20)
        self.household_combo = code_combo(tr("户籍"), ref, "household", optional=True)
        self.education_combo = code_combo(tr("文化程度"), ref, "education", optional=True)
        self.work_history_edit = text_edit(tr("工作经历"), 3)
        self.benefits_edit = text_edit(tr("享受的补贴与救助"), 2, placeholder=tr("如：两项补贴、低保"))
        self.notes_edit = text_edit(tr("备注"), 3)

        # -- layout -------------------------------------------------------------------------------
        basic = QGroupBox(tr("基本信息"))
        g = QGridLayout(basic)
        self.add_field(g, 0, 0, tr("姓名(&N)："), "name", self.name_edit)
        self.add_field(g, 0, 1, tr("性别(&X)："), "sex", self.sex_combo)
        id_box = self._with_note(self.id_edit)
        self.add_field(g, 1, 0, tr("身份证号(&I)："), "id_number", id_box, focus=self.id_edit)
        self.add_field(g, 1, 1, tr("出生日期(&B)："), "birth_date", self.birth_edit)
        self.add_field(g, 2, 0, tr("残疾证号(&C)："), "certificate_number", self.certificate_edit, span=2)
        g.setColumnStretch(1, 3)
        g.setColumnStretch(3, 2)

        self.add_message("disabilities", self.disabilities, tr("残疾情况"), self.disabilities.message)

        contact = QGroupBox(tr("联系方式"))
        g = QGridLayout(contact)
        self.add_field(g, 0, 0, tr("镇街(&T)："), "town_code", self.town_combo)
        self.add_field(g, 0, 1, tr("村（社区）(&V)："), "village", self.village_edit)
        self.add_field(g, 1, 0, tr("地址(&A)："), "address", self.address_edit, span=2)
        self.add_field(g, 2, 0, tr("电话(&P)："), "phone", self.phone_edit)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 1)

        case = QGroupBox(tr("个案"))
        g = QGridLayout(case)
        self.add_field(g, 0, 0, tr("接案日期(&K)："), "intake_date", self.intake_edit)
        self.add_field(g, 0, 1, tr("负责辅导员(&H)："), "assigned_coach_id", self.coach_combo)
        self.add_field(g, 1, 0, tr("转介来源(&R)："), "referral_source", self.referral_combo)
        self.add_field(g, 1, 1, tr("转介说明(&E)："), "referral_note", self.referral_note_edit)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 1)

        guardian = QGroupBox(tr("监护人（如有）"))
        g = QGridLayout(guardian)
        self.add_field(g, 0, 0, tr("姓名(&G)："), "guardian_name", self.guardian_name_edit)
        self.add_field(g, 0, 1, tr("关系(&L)："), "guardian_relation", self.guardian_relation_combo)
        self.add_field(g, 1, 0, tr("电话(&M)："), "guardian_phone", self.guardian_phone_edit)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 1)

        background = QGroupBox(tr("背景情况"))
        g = QGridLayout(background)
        self.add_field(g, 0, 0, tr("户籍(&U)："), "household", self.household_combo)
        self.add_field(g, 0, 1, tr("文化程度(&J)："), "education", self.education_combo)
        self.add_field(g, 1, 0, tr("工作经历(&W)："), "work_history", self.work_history_edit, span=2)
        self.add_field(g, 2, 0, tr("补贴与救助(&F)："), "benefits", self.benefits_edit, span=2)
        self.add_field(g, 3, 0, tr("备注(&O)："), "notes", self.notes_edit, span=2)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 1)

        body = QWidget()
        columns = QHBoxLayout(body)
        left = QVBoxLayout()
        left.addWidget(basic)
        left.addWidget(self.disabilities)
        left.addWidget(contact)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(case)
        right.addWidget(guardian)
        right.addWidget(background)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        intro = hint(
            tr(
                "带 * 的为必填：姓名、性别、出生日期、身份证号、残疾类别与等级、接案日期。"
                "输入身份证号后会自动填入出生日期和性别。"
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scrolled(body), 1)
        layout.addLayout(self.button_row())
        self.resize(1000, min(720, body.sizeHint().height() + 110))
        for name in ("name", "sex", "birth_date", "id_number", "intake_date"):
            self._mark_required(name)

        # -- values -------------------------------------------------------------------------------
        if loaded is not None:
            self.set_input(loaded)
        else:
            self.disabilities.set_values(())
            actor = workspace.actor
            if actor is not None and self.coach_combo.findData(actor.user_id) >= 0:
                select_data(self.coach_combo, actor.user_id)
        self.disabilities.rowsChanged.connect(self._rows_changed)
        self.id_edit.textEdited.connect(self._id_edited)
        self.certificate_edit.textEdited.connect(self._certificate_edited)
        self._rows_changed()
        self.finish()

    def _with_note(self, edit: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(edit)
        layout.addWidget(self.id_note)
        return box

    def _mark_required(self, name: str) -> None:
        widget = self.fields[name]
        widget.setAccessibleDescription(tr("必填"))
        for label in self.findChildren(QLabel):
            if label.buddy() is widget and not label.text().startswith("*"):
                label.setText("* " + label.text())

    def _rows_changed(self) -> None:
        self.chain = [
            self.name_edit,
            self.sex_combo,
            self.id_edit,
            self.birth_edit,
            self.certificate_edit,
            *self.disabilities.tab_chain(),
            self.town_combo,
            self.village_edit,
            self.address_edit,
            self.phone_edit,
            self.intake_edit,
            self.coach_combo,
            self.referral_combo,
            self.referral_note_edit,
            self.guardian_name_edit,
            self.guardian_relation_combo,
            self.guardian_phone_edit,
            self.household_combo,
            self.education_combo,
            self.work_history_edit,
            self.benefits_edit,
            self.notes_edit,
        ]
        self.apply_tab_order()

    # -- helpers while typing ---------------------------------------------------------------------------

    def _id_edited(self, text: str) -> None:
        value = text.strip().upper()
        show_message(self.id_note, None)
        if len(value) != 18 or id_number_errors(value, today=self.today):
            return
        parsed = parse_id_number(value, today=self.today)
        self.birth_edit.setDate(qdate(parsed.birth_date))
        select_data(self.sex_combo, parsed.sex)
        show_message(
            self.id_note,
            tr("已按身份证号填入出生日期 {date} 和性别“{sex}”。").format(
                date=format_date(parsed.birth_date), sex=self.sex_combo.currentText()
            ),
            info=True,
        )

    def _certificate_edited(self, text: str) -> None:
        match = _CERTIFICATE.fullmatch(text.strip().upper())
        if match is None or len(self.disabilities.rows) != 1:
            return
        row = self.disabilities.rows[0]
        category, level = int(match.group(1)), int(match.group(2))
        known = row.category.findData(category) >= 0 and row.level.findData(level) >= 0
        if category > 0 and level > 0 and known:
            select_data(row.category, category)
            select_data(row.level, level)

    # -- values -----------------------------------------------------------------------------------------

    def set_input(self, data: ClientInput) -> None:
        self.name_edit.setText(data.name)
        select_data(self.sex_combo, data.sex)
        self.birth_edit.setDate(qdate(data.birth_date))
        self.id_edit.setText(data.id_number)
        self.certificate_edit.setText(data.certificate_number)
        self.disabilities.set_values(data.disabilities)
        select_data(self.town_combo, data.town_code)
        self.village_edit.setText(data.village)
        self.address_edit.setText(data.address)
        self.phone_edit.setText(data.phone)
        self.intake_edit.setDate(qdate(data.intake_date))
        select_data(self.coach_combo, data.assigned_coach_id)
        select_data(self.referral_combo, data.referral_source)
        self.referral_note_edit.setText(data.referral_note)
        self.guardian_name_edit.setText(data.guardian_name)
        select_data(self.guardian_relation_combo, data.guardian_relation)
        self.guardian_phone_edit.setText(data.guardian_phone)
        select_data(self.household_combo, data.household)
        select_data(self.education_combo, data.education)
        self.work_history_edit.setPlainText(data.work_history)
        self.benefits_edit.setPlainText(data.benefits)
        self.notes_edit.setPlainText(data.notes)

    def build_input(self) -> ClientInput:
        return ClientInput(
            name=self.name_edit.text(),
            sex=str(self.sex_combo.currentData() or ""),
            birth_date=pydate(self.birth_edit.date()),
            id_number=self.id_edit.text(),
            disabilities=self.disabilities.values(),
            intake_date=pydate(self.intake_edit.date()),
            certificate_number=self.certificate_edit.text(),
            town_code=self.town_combo.currentData(),
            village=self.village_edit.text(),
            address=self.address_edit.text(),
            phone=self.phone_edit.text(),
            household=self.household_combo.currentData(),
            education=self.education_combo.currentData(),
            work_history=self.work_history_edit.toPlainText(),
            benefits=self.benefits_edit.toPlainText(),
            referral_source=self.referral_combo.currentData(),
            referral_note=self.referral_note_edit.text(),
            guardian_name=self.guardian_name_edit.text(),
            guardian_relation=self.guardian_relation_combo.currentData(),
            guardian_phone=self.guardian_phone_edit.text(),
            assigned_coach_id=self.coach_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, data: ClientInput) -> str:
        if self.client_id is None:
            return self.ws.clients.create(data)
        self.ws.clients.update(self.client_id, data)
        return self.client_id

    # -- errors -----------------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        super().clear_errors()
        self.disabilities.clear_messages()

    def target(self, field: str) -> tuple[QLabel, QWidget] | None:
        match = re.fullmatch(r"disabilities\[(\d+)\]\.(\w+)", field)
        if match is not None:
            index = int(match.group(1))
            if 0 <= index < len(self.disabilities.rows):
                row = self.disabilities.rows[index]
                widget = row.level if match.group(2) == "level" else row.category
                return row.message, widget
        if field == "disabilities" and self.disabilities.rows:
            return self.disabilities.message, self.disabilities.rows[0].category
        return super().target(field)


def new_client(ws: Workspace, parent: QWidget | None = None) -> str | None:
    """Register a new client in a modal dialog; the new client's id, or None when cancelled."""
    dialog = ClientFormDialog(ws, None, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.record_id
        return None
    finally:
        dialog.deleteLater()


def edit_client(ws: Workspace, client_id: str, parent: QWidget | None = None) -> ClientFormDialog:
    """The edit dialog of a client's registration (not shown yet). Raises ``PermissionDenied`` (audited)
    or ``NotFound`` like :meth:`ClientService.input_of`."""
    return ClientFormDialog(ws, client_id, parent)
