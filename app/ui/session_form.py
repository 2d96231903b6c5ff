"""Fast session entry (服务记录): a keyboard-first form with templates, autosave and amendments.

* **Keyboard first.** Fields come in the order a coach fills them, every label has an Alt mnemonic,
  Tab moves on (also out of the text boxes), ``Ctrl+S`` saves the draft, ``Ctrl+Enter`` finalises
  (after a confirmation), ``Esc`` closes — what was typed is saved first.
* **Templates.** Choosing a session type while the content is empty (or still the untouched template
  of the type chosen before) fills in that type's template from
  ``resources/templates/session_templates.yaml``.
* **Errors next to fields.** A :class:`~app.domain.errors.ValidationError` is shown field by field
  (``participants[0].kind`` next to the participants, ``goals[1].progress`` next to that goal), and
  nothing is written.
* **Autosave.** :data:`AUTOSAVE_MS` after the last edit the form saves itself as a draft
  (``SessionService.save_draft``; the first save creates the draft). Input that breaks a rule cannot
  be a draft; it is kept instead as the form's *recovery state* inside the encrypted database
  (``ClientFileService.save_recovery``) — never in a plain file, since it is personal text. Reopening
  the form for the client restores the recovery state or the unfinished draft.
* **Finalise and amend.** A final record is read-only; "更正" records an amendment (changed fields
  and a reason). The record then shows its original values, marks the amended fields with their
  current value, and lists every amendment with author, time, reason and ``old → new``.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

import yaml
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError, FieldError, NotFound, ValidationError
from app.domain.records import GoalProgressInput, ParticipantInput, SessionInput
from app.domain.reference import ReferenceData
from app.host.resources import resource_path
from app.services.client_file import SessionDetail
from app.services.workspace import Workspace
from app.storage.errors import StorageError
from app.ui.common import (
    ask,
    fmt_local_time,
    message_label,
    name_corner_button,
    plain_html,
    push_button,
    show_message,
)
from app.ui.i18n import QT_TR_NOOP, date_input_format, format_date, format_percent, language, tr
from app.ui.messages import error_text, field_error_text

__all__ = [
    "AUTOSAVE_MS",
    "FIELD_LABELS",
    "AmendmentDialog",
    "ParticipantsModel",
    "SessionForm",
    "session_templates",
]

log = logging.getLogger(__name__)

#: Autosave this long after the last edit.
AUTOSAVE_MS = 2000
CONTENT_FIELDS: tuple[str, ...] = SessionInput.CONTENT_FIELDS

#: Names of the session fields (labels, error lists, the amendment history); translated where shown.
FIELD_LABELS: dict[str, str] = {
    "session_date": QT_TR_NOOP("服务日期"),
    "start_time": QT_TR_NOOP("开始时间"),
    "end_time": QT_TR_NOOP("结束时间"),
    "mode": QT_TR_NOOP("服务方式"),
    "session_type": QT_TR_NOOP("服务类型"),
    "content": QT_TR_NOOP("服务内容"),
    "travel_minutes": QT_TR_NOOP("路程时间"),
    "place": QT_TR_NOOP("服务地点"),
    "fading_percent": QT_TR_NOOP("在岗陪伴比例"),
    "natural_supports": QT_TR_NOOP("自然支持"),
    "next_steps": QT_TR_NOOP("下一步计划"),
    "next_steps_due": QT_TR_NOOP("下一步期限"),
    "participants": QT_TR_NOOP("参与者"),
    "goals": QT_TR_NOOP("计划目标"),
}

#: The session type a new record starts with, by the client's phase (when the client has no session yet).
PHASE_DEFAULT_TYPE = {
    "intake": "intake",
    "assessment": "assessment",
    "planning": "planning",
    "job_development": "job_development",
    "on_the_job": "on_site_coaching",
    "follow_along": "follow_up",
}

_NAME_SEPARATORS = re.compile(r"[、，,；;]+")
_Index = QModelIndex | QPersistentModelIndex


# --------------------------------------------------------------------------------------------------
# templates


@cache
def _template_file() -> dict[str, str]:
    try:
        path = resource_path("templates", "session_templates.yaml")
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        log.warning("Session templates not loaded: %s", exc)
        return {}
    templates = data.get("templates") if isinstance(data, dict) else None
    if not isinstance(templates, dict):
        log.warning("Session templates file has no 'templates' mapping")
        return {}
    return {str(k): v for k, v in templates.items() if isinstance(v, str)}


def session_templates(reference: ReferenceData) -> dict[str, str]:
    """The content template per session type code (types without one are left out)."""
    codes = reference.codes("session_type")
    templates = _template_file()
    unknown = sorted(set(templates) - set(codes))
    if unknown:
        log.warning("Session templates for unknown session types ignored: %s", ", ".join(unknown))
    return {k: v for k, v in templates.items() if k in codes}


# --------------------------------------------------------------------------------------------------
# small helpers


class DateEdit(QDateEdit):
    """A date edit where Tab goes to the next field (←/→ move between year, month and day; typing
    moves on by itself), instead of stepping through the sections first."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class TimeEdit(QTimeEdit):
    """A time edit where Tab goes to the next field (see :class:`DateEdit`)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _jsonable(value: Any) -> Any:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _parse(field: str, value: Any) -> Any:
    """A stored/JSON value of a content field back to its Python type (None when unusable)."""
    if value is None:
        return None
    try:
        if field in ("session_date", "next_steps_due"):
            return value if isinstance(value, date) else date.fromisoformat(str(value))
        if field in ("start_time", "end_time"):
            return value if isinstance(value, time) else time.fromisoformat(str(value))
        if field in ("travel_minutes", "fading_percent"):
            return int(value)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, str) else str(value)


def _label(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    if buddy is not None:
        label.setBuddy(buddy)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, 4, 0, 0)
    return label


def _boxed(field: QWidget | QHBoxLayout, message: QLabel) -> QWidget:
    """A field with its message label right below it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QWidget):
        layout.addWidget(field)
    else:
        layout.addLayout(field)
    layout.addWidget(message)
    return box


def _text_edit(name: str, lines: int, *, grow: bool = False) -> QPlainTextEdit:
    """A text box ``lines`` high; ``grow``: it takes the spare height of the form."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # keyboard first: Tab moves on, Enter makes new lines
    height = edit.fontMetrics().lineSpacing() * lines + 14
    if grow:
        edit.setMinimumHeight(height)
    else:
        edit.setFixedHeight(height)
    return edit


def _split_names(text: str) -> list[str]:
    return [n.strip() for n in _NAME_SEPARATORS.split(text) if n.strip()]


# --------------------------------------------------------------------------------------------------
# participants


class ParticipantsModel(QAbstractTableModel):
    """Who took part: one row per participant kind, checkable, with names (several separated by 、).

    Column 0 is the kind (check it when that kind took part), column 1 the names. Typing a name into
    an unchecked row checks it.
    """

    KIND, NAMES = 0, 1
    HEADERS = (QT_TR_NOOP("参与者"), QT_TR_NOOP("姓名或称呼（多人用顿号“、”分开）"))

    def __init__(self, reference: ReferenceData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds = [(c.code, c.name(language())) for c in reference.codes("participant_kind").values()]
        self._checked = dict.fromkeys((k for k, _ in self._kinds), False)
        self._names = dict.fromkeys((k for k, _ in self._kinds), "")
        self._read_only = False

    # -- state ----------------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self._kinds:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._kinds) - 1, 1))

    def kinds(self) -> list[str]:
        return [k for k, _ in self._kinds]

    def participants(self) -> tuple[ParticipantInput, ...]:
        out: list[ParticipantInput] = []
        for kind, _name in self._kinds:
            if self._checked[kind]:
                names = _split_names(self._names[kind])
                out += [ParticipantInput(kind, n) for n in names] or [ParticipantInput(kind, "")]
        return tuple(out)

    def state(self) -> list[dict[str, Any]]:
        return [
            {"kind": k, "checked": self._checked[k], "names": self._names[k]}
            for k, _ in self._kinds
            if self._checked[k] or self._names[k]
        ]

    def set_state(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        for kind in self._checked:
            self._checked[kind] = False
            self._names[kind] = ""
        for row in rows:
            kind = str(row.get("kind", ""))
            if kind in self._checked:
                self._checked[kind] = bool(row.get("checked", True))
                self._names[kind] = str(row.get("names", ""))
        self.endResetModel()

    def set_participants(self, items: Sequence[tuple[str, str]]) -> None:
        """Show stored participants ``(kind, name)``; names of one kind are joined with 、."""
        grouped: dict[str, list[str]] = {}
        for kind, name in items:
            grouped.setdefault(kind, [])
            if name:
                grouped[kind].append(name)
        joiner = tr("、", "between names")
        self.set_state([{"kind": k, "checked": True, "names": joiner.join(v)} for k, v in grouped.items()])

    def set_checked(self, kind: str, checked: bool = True, names: str | None = None) -> None:
        row = self.kinds().index(kind)
        self.setData(
            self.index(row, self.KIND),
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )
        if names is not None:
            self.setData(self.index(row, self.NAMES), names, Qt.ItemDataRole.EditRole)

    # -- QAbstractItemModel ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(self._kinds)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section]) if 0 <= section < 2 else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._read_only:
            return flags
        if index.column() == self.KIND:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._kinds) and 0 <= column < 2):
            return None
        kind, name = self._kinds[row]
        if column == self.KIND:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return name
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if self._checked[kind] else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("勾选表示{kind}参与了本次服务（空格键切换）").format(kind=name)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._names[kind]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tr("{kind}姓名：{names}").format(kind=name, names=self._names[kind] or tr("未填写"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{kind}的姓名或称呼，直接输入即可").format(kind=name)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._read_only:
            return False
        kind = self._kinds[index.row()][0]
        if index.column() == self.KIND and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            if checked == self._checked[kind]:
                return True
            self._checked[kind] = checked
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            return True
        if index.column() == self.NAMES and role == Qt.ItemDataRole.EditRole:
            text = str(value or "")
            if text == self._names[kind]:
                return True
            self._names[kind] = text
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
            if text.strip() and not self._checked[kind]:
                self.setData(self.index(index.row(), self.KIND), True, Qt.ItemDataRole.CheckStateRole)
            return True
        return False


# --------------------------------------------------------------------------------------------------
# the content fields (shared by the form and the amendment dialog)


class SessionFieldsEditor(QObject):
    """The widgets of a session record's content fields (``SessionInput.CONTENT_FIELDS``), each with a
    message label below it, in two panels: ``top`` (when, how, where) and ``bottom`` (what happened).

    Signals:
        edited(): the user changed a value (not emitted while values are being loaded).
    """

    edited = Signal()

    def __init__(
        self,
        reference: ReferenceData,
        today: date,
        *,
        templates: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ref = reference
        self._today = today
        self._templates = dict(templates or {})
        self._loading = False
        self._last_type: str | None = None
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.notes: dict[str, str] = {}

        self.date_edit = DateEdit()
        self.date_edit.setAccessibleName(tr("服务日期"))
        self.date_edit.setDisplayFormat(date_input_format())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(_qdate(today))
        self.date_edit.setDate(_qdate(today))
        self.start_edit = TimeEdit()
        self.start_edit.setAccessibleName(tr("开始时间"))
        self.start_edit.setDisplayFormat("HH:mm")
        self.end_edit = TimeEdit()
        self.end_edit.setAccessibleName(tr("结束时间"))
        self.end_edit.setDisplayFormat("HH:mm")
        self.minutes_label = QLabel()
        self.minutes_label.setAccessibleName(tr("服务时长"))
        self.travel_spin = QSpinBox()
        self.travel_spin.setAccessibleName(tr("路程时间（分钟）"))
        self.travel_spin.setRange(0, 600)
        self.travel_spin.setSingleStep(5)
        self.travel_spin.setSuffix(tr(" 分钟"))
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(tr("服务类型"))
        for code in reference.codes("session_type").values():
            self.type_combo.addItem(code.name(language()), code.code)
        self.type_combo.setMaxVisibleItems(len(reference.codes("session_type")))
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(tr("服务方式"))
        for code in reference.codes("session_mode").values():
            self.mode_combo.addItem(code.name(language()), code.code)
        self.place_edit = QLineEdit()
        self.place_edit.setAccessibleName(tr("服务地点"))
        self.place_edit.setPlaceholderText(tr("例如：工作单位、服务对象家中、康园中心"))
        self.place_edit.setMaxLength(200)
        self.content_edit = _text_edit(tr("服务内容"), 7, grow=True)
        self.content_edit.setPlaceholderText(tr("客观、真实地记录本次服务的过程和结果"))
        self.fading_spin = QSpinBox()
        self.fading_spin.setAccessibleName(tr("在岗陪伴比例（撤出百分比）"))
        self.fading_spin.setAccessibleDescription(tr("辅导员在工作现场陪伴的时间占服务对象工作时间的百分比"))
        self.fading_spin.setRange(-1, 100)
        self.fading_spin.setSingleStep(5)
        self.fading_spin.setSuffix(" %")
        self.fading_spin.setSpecialValueText(tr("不适用"))
        self.fading_spin.setValue(-1)
        self.natural_edit = _text_edit(tr("自然支持"), 3)
        self.natural_edit.setPlaceholderText(tr("同事、主管、家人等在自然环境中提供的支持"))
        self.next_steps_edit = _text_edit(tr("下一步计划"), 3)
        self.due_check = QCheckBox(tr("设定期限"))
        self.due_check.setAccessibleName(tr("设定下一步期限"))
        self.due_edit = DateEdit()
        self.due_edit.setAccessibleName(tr("下一步期限"))
        self.due_edit.setDisplayFormat(date_input_format())
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDate(_qdate(today + timedelta(days=7)))
        self.due_edit.setEnabled(False)

        self.fields = {
            "session_date": self.date_edit,
            "start_time": self.start_edit,
            "end_time": self.end_edit,
            "travel_minutes": self.travel_spin,
            "session_type": self.type_combo,
            "mode": self.mode_combo,
            "place": self.place_edit,
            "content": self.content_edit,
            "fading_percent": self.fading_spin,
            "natural_supports": self.natural_edit,
            "next_steps": self.next_steps_edit,
            "next_steps_due": self.due_edit,
        }
        self.messages = {
            name: message_label(tr("{title}提示").format(title=tr(FIELD_LABELS[name])))
            for name in self.fields
        }
        self._build_panels()
        self.set_times(time(9, 0), time(10, 0))

        for signal in (
            self.date_edit.dateChanged,
            self.start_edit.timeChanged,
            self.end_edit.timeChanged,
            self.travel_spin.valueChanged,
            self.mode_combo.currentIndexChanged,
            self.place_edit.textChanged,
            self.content_edit.textChanged,
            self.fading_spin.valueChanged,
            self.natural_edit.textChanged,
            self.next_steps_edit.textChanged,
            self.due_check.toggled,
            self.due_edit.dateChanged,
        ):
            signal.connect(self._changed)
        self.start_edit.timeChanged.connect(self._show_minutes)
        self.end_edit.timeChanged.connect(self._show_minutes)
        self.due_check.toggled.connect(self._due_toggled)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self._last_type = self.session_type()
        self._show_minutes()

    def _build_panels(self) -> None:
        m = self.messages
        self.top = QWidget()
        grid = QGridLayout(self.top)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(_label(tr("服务日期(&D)："), self.date_edit), 0, 0)
        grid.addWidget(_boxed(self.date_edit, m["session_date"]), 0, 1)
        grid.addWidget(_label(tr("开始(&B)："), self.start_edit), 0, 2)
        grid.addWidget(_boxed(self.start_edit, m["start_time"]), 0, 3)
        grid.addWidget(_label(tr("结束(&E)："), self.end_edit), 0, 4)
        grid.addWidget(_boxed(self.end_edit, m["end_time"]), 0, 5)
        grid.addWidget(self.minutes_label, 0, 6)
        grid.addWidget(_label(tr("服务类型(&T)："), self.type_combo), 1, 0)
        grid.addWidget(_boxed(self.type_combo, m["session_type"]), 1, 1)
        grid.addWidget(_label(tr("方式(&M)："), self.mode_combo), 1, 2)
        grid.addWidget(_boxed(self.mode_combo, m["mode"]), 1, 3)
        grid.addWidget(_label(tr("路程(&R)："), self.travel_spin), 1, 4)
        grid.addWidget(_boxed(self.travel_spin, m["travel_minutes"]), 1, 5)
        grid.addWidget(_label(tr("服务地点(&P)："), self.place_edit), 2, 0)
        grid.addWidget(_boxed(self.place_edit, m["place"]), 2, 1, 1, 6)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        grid.setColumnStretch(6, 1)

        self.bottom = QWidget()
        grid = QGridLayout(self.bottom)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(_label(tr("服务内容(&C)："), self.content_edit), 0, 0)
        grid.addWidget(_boxed(self.content_edit, m["content"]), 0, 1, 1, 3)
        fading_hint = QLabel(tr("辅导员在现场陪伴的时间占服务对象工作时间的比例；不在工作现场时选“不适用”。"))
        fading_hint.setWordWrap(True)
        fading_hint.setStyleSheet("color: palette(placeholder-text);")
        fading_row = QHBoxLayout()
        fading_row.addWidget(self.fading_spin)
        fading_row.addWidget(fading_hint, 1)
        grid.addWidget(_label(tr("在岗陪伴比例(&F)："), self.fading_spin), 1, 0)
        grid.addWidget(_boxed(fading_row, m["fading_percent"]), 1, 1, 1, 3)
        # what was built and what comes next, side by side (keeps the form within a laptop screen)
        grid.addWidget(_label(tr("自然支持(&N)："), self.natural_edit), 2, 0)
        grid.addWidget(_boxed(self.natural_edit, m["natural_supports"]), 2, 1)
        grid.addWidget(_label(tr("下一步计划(&X)："), self.next_steps_edit), 2, 2)
        grid.addWidget(_boxed(self.next_steps_edit, m["next_steps"]), 2, 3)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        grid.addWidget(_label(tr("期限(&U)："), self.due_check), 3, 2)
        grid.addWidget(_boxed(due_row, m["next_steps_due"]), 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def tab_chain_top(self) -> list[QWidget]:
        return [
            self.date_edit,
            self.start_edit,
            self.end_edit,
            self.type_combo,
            self.mode_combo,
            self.travel_spin,
            self.place_edit,
        ]

    def tab_chain_bottom(self) -> list[QWidget]:
        return [
            self.content_edit,
            self.fading_spin,
            self.natural_edit,
            self.next_steps_edit,
            self.due_check,
            self.due_edit,
        ]

    # -- values ---------------------------------------------------------------------------------------

    def session_type(self) -> str:
        return str(self.type_combo.currentData() or "")

    def minutes(self) -> int:
        start, end = self.start_edit.time(), self.end_edit.time()
        return start.secsTo(end) // 60

    def values(self) -> dict[str, Any]:
        """The typed values of the content fields (what ``SessionInput`` takes)."""
        fading = self.fading_spin.value()
        return {
            "session_date": _pydate(self.date_edit.date()),
            "start_time": _pytime(self.start_edit.time()),
            "end_time": _pytime(self.end_edit.time()),
            "mode": str(self.mode_combo.currentData() or ""),
            "session_type": self.session_type(),
            "content": self.content_edit.toPlainText(),
            "travel_minutes": self.travel_spin.value(),
            "place": self.place_edit.text(),
            "fading_percent": None if fading < 0 else fading,
            "natural_supports": self.natural_edit.toPlainText(),
            "next_steps": self.next_steps_edit.toPlainText(),
            "next_steps_due": _pydate(self.due_edit.date()) if self.due_check.isChecked() else None,
        }

    def state(self) -> dict[str, Any]:
        return {k: _jsonable(v) for k, v in self.values().items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show values (typed or JSON); fields not in ``values`` keep theirs. Does not emit ``edited``."""
        self._loading = True
        try:
            for name in CONTENT_FIELDS:
                if name in values:
                    self._set(name, _parse(name, values[name]))
        finally:
            self._loading = False
        self._last_type = self.session_type()
        self._show_minutes()

    def _set(self, name: str, value: Any) -> None:
        if name == "session_date" and value is not None:
            self.date_edit.setDate(_qdate(value))
        elif name in ("start_time", "end_time") and value is not None:
            (self.start_edit if name == "start_time" else self.end_edit).setTime(_qtime(value))
        elif name in ("mode", "session_type"):
            combo = self.mode_combo if name == "mode" else self.type_combo
            index = combo.findData(value)
            if index < 0 and value:
                combo.addItem(str(value), value)  # a code no longer in the list: show it as it is
                index = combo.count() - 1
            if index >= 0:
                combo.setCurrentIndex(index)
        elif name == "travel_minutes":
            self.travel_spin.setValue(value or 0)
        elif name == "fading_percent":
            self.fading_spin.setValue(-1 if value is None else value)
        elif name == "next_steps_due":
            self.due_check.setChecked(value is not None)
            if value is not None:
                self.due_edit.setDate(_qdate(value))
        elif name in ("content", "natural_supports", "next_steps"):
            edit = self.fields[name]
            assert isinstance(edit, QPlainTextEdit)
            edit.setPlainText(value or "")
        elif name == "place":
            self.place_edit.setText(value or "")

    def set_times(self, start: time, end: time) -> None:
        self.set_values({"start_time": start, "end_time": end})

    def template(self, session_type: str | None = None) -> str:
        return self._templates.get(session_type or self.session_type(), "")

    def content_is_template(self) -> bool:
        """True when the content is nothing but the current type's template (or empty)."""
        text = self.content_edit.toPlainText().strip()
        return not text or text == self.template().strip()

    def apply_template(self, *, as_edit: bool = False) -> None:
        """Fill in the current type's template if the content is empty; ``as_edit``: counts as an edit."""
        if self.content_edit.toPlainText().strip():
            return
        text = self.template()
        if not text:
            return
        if as_edit:
            self.content_edit.setPlainText(text)
        else:
            self._loading = True
            try:
                self.content_edit.setPlainText(text)
            finally:
                self._loading = False

    # -- state changes --------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            elif isinstance(widget, QDateEdit | QTimeEdit | QSpinBox):
                widget.setReadOnly(read_only)
                if isinstance(widget, QDateEdit):
                    widget.setCalendarPopup(not read_only)
            elif isinstance(widget, QComboBox):
                widget.setEnabled(not read_only)
        self.start_edit.setReadOnly(read_only)
        self.end_edit.setReadOnly(read_only)
        self.due_check.setEnabled(not read_only)
        self.due_edit.setEnabled(self.due_check.isChecked())

    def clear_messages(self) -> None:
        for label in self.messages.values():
            show_message(label, None)
        for widget in self.fields.values():
            widget.setAccessibleDescription("")

    def show_field_message(self, name: str, text: str | None, *, info: bool = False) -> None:
        show_message(self.messages[name], text, info=info)
        self.fields[name].setAccessibleDescription(text or "")

    # -- slots ----------------------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _show_minutes(self) -> None:
        minutes = self.minutes()
        self.minutes_label.setText(tr("时长 %n 分钟", None, minutes) if minutes > 0 else tr("时长 —"))

    def _due_toggled(self, checked: bool) -> None:
        self.due_edit.setEnabled(checked)
        if checked and not self._loading:
            session_day = _pydate(self.date_edit.date())
            if _pydate(self.due_edit.date()) < session_day:
                self.due_edit.setDate(_qdate(session_day + timedelta(days=7)))

    def _type_changed(self) -> None:
        new_type = self.session_type()
        old_template = self._templates.get(self._last_type or "", "").strip()
        self._last_type = new_type
        if self._loading:
            return
        text = self.content_edit.toPlainText().strip()
        if self._templates and (not text or (old_template and text == old_template)):
            self.content_edit.setPlainText(self.template(new_type))  # an edit like any other
        self.edited.emit()


# --------------------------------------------------------------------------------------------------
# goals worked on


class GoalRow:
    """One plan goal in the form: worked on (check), progress (spin box), note."""

    def __init__(self, goal_id: str, description: str, plan_progress: int, *, in_plan: bool = True):
        self.goal_id = goal_id
        self.description = description
        if in_plan:
            suffix = tr("（计划进展 {progress}%）").format(progress=plan_progress)
        else:
            suffix = tr("（不在当前计划中）")
        self.check = QCheckBox(description + suffix)
        self.check.setAccessibleName(tr("本次处理了目标：{goal}").format(goal=description))
        self.spin = QSpinBox()
        self.spin.setRange(0, 100)
        self.spin.setSingleStep(5)
        self.spin.setSuffix(" %")
        self.spin.setValue(plan_progress)
        self.spin.setAccessibleName(tr("目标“{goal}”的进展").format(goal=description))
        self.spin.setEnabled(False)
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("目标“{goal}”的进展说明").format(goal=description))
        self.note.setPlaceholderText(tr("进展说明（可不填）"))
        self.note.setEnabled(False)
        self.message = message_label(tr("目标“{goal}”提示").format(goal=description))
        self.check.toggled.connect(self._toggled)
        self._read_only = False

    def _toggled(self, checked: bool) -> None:
        self.spin.setEnabled(checked)
        self.note.setEnabled(checked)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.check.setEnabled(not read_only)
        self.spin.setReadOnly(read_only)
        self.note.setReadOnly(read_only)


class GoalsPanel(QGroupBox):
    """The goals of the client's active plan to pick from, each with its progress."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("本次处理的计划目标(&G)"), parent)
        self.setAccessibleName(tr("本次处理的计划目标"))
        self.rows: list[GoalRow] = []
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(2, 2)
        self.empty_label = QLabel(tr("该服务对象还没有有效的就业计划，暂无可选目标。"))
        self.empty_label.setWordWrap(True)
        self.message = message_label(tr("计划目标提示"))
        self._input_rows: list[GoalRow] = []

    def set_goals(self, goals: Sequence[tuple[str, str, int, bool]]) -> None:
        """``(goal id, description, plan progress, in active plan)`` per goal."""
        self.rows = [GoalRow(g, d, p, in_plan=in_plan) for g, d, p, in_plan in goals]
        grid = self._grid
        for i, row in enumerate(self.rows):
            grid.addWidget(row.check, 2 * i, 0)
            grid.addWidget(row.spin, 2 * i, 1)
            grid.addWidget(row.note, 2 * i, 2)
            grid.addWidget(row.message, 2 * i + 1, 0, 1, 3)
            row.check.toggled.connect(self.edited)
            row.spin.valueChanged.connect(self.edited)
            row.note.textChanged.connect(self.edited)
        grid.addWidget(self.empty_label, 2 * len(self.rows), 0, 1, 3)
        grid.addWidget(self.message, 2 * len(self.rows) + 1, 0, 1, 3)
        self.empty_label.setVisible(not self.rows)

    def row(self, goal_id: str) -> GoalRow | None:
        return next((r for r in self.rows if r.goal_id == goal_id), None)

    def inputs(self) -> tuple[GoalProgressInput, ...]:
        self._input_rows = [r for r in self.rows if r.check.isChecked()]
        return tuple(GoalProgressInput(r.goal_id, r.spin.value(), r.note.text()) for r in self._input_rows)

    def input_row(self, index: int) -> GoalRow | None:
        """The row of ``goals[index]`` of the last :meth:`inputs`."""
        return self._input_rows[index] if 0 <= index < len(self._input_rows) else None

    def state(self) -> list[dict[str, Any]]:
        return [
            {"goal_id": r.goal_id, "progress": r.spin.value(), "note": r.note.text()}
            for r in self.rows
            if r.check.isChecked()
        ]

    def set_state(self, items: Sequence[Mapping[str, Any]]) -> None:
        wanted = {str(i.get("goal_id")): i for i in items}
        for r in self.rows:
            item = wanted.get(r.goal_id)
            r.check.setChecked(item is not None)
            if item is not None:
                with contextlib.suppress(TypeError, ValueError):
                    r.spin.setValue(int(item.get("progress", r.spin.value())))
                r.note.setText(str(item.get("note", "")))

    def set_read_only(self, read_only: bool) -> None:
        for r in self.rows:
            r.set_read_only(read_only)

    def clear_messages(self) -> None:
        show_message(self.message, None)
        for r in self.rows:
            show_message(r.message, None)

    def tab_chain(self) -> list[QWidget]:
        return [w for r in self.rows for w in (r.check, r.spin, r.note)]


# --------------------------------------------------------------------------------------------------
# the form


class SessionForm(QDialog):
    """Enter, autosave, finalise and amend one session record of a client.

    Args:
        workspace: the open workspace.
        client_id: whose session it is.
        session_id: an existing record to open (a draft to go on with, or a final record to read and
            amend); None for a new record.
        autosave_ms: the autosave delay after the last edit.

    Signals:
        saved(str): the record was saved as a draft (autosave or Ctrl+S); its id.
        autosaved(str): an autosave saved the draft and returned (a test hook as well); its id.
        recoverySaved(): input that cannot be a draft yet was kept as recovery state.
        finalised(str): the record was finalised; its id.
        amended(str): an amendment was recorded; the record id.
    """

    saved = Signal(str)
    autosaved = Signal(str)
    recoverySaved = Signal()
    finalised = Signal(str)
    amended = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        client_id: str,
        session_id: str | None = None,
        parent: QWidget | None = None,
        *,
        autosave_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.client_id = client_id
        self.session_id = session_id
        self.detail: SessionDetail | None = None
        self.read_only = False
        self.dirty = False
        self._loading = True  # values being shown, not typed: no edits, no autosave
        self._error_places = 0
        self._recovery_slots: set[str | None] = set()
        self.amendment_dialog: AmendmentDialog | None = None
        #: Asks for the confirmation to finalise (replaceable in tests).
        self.confirm: Callable[[str, str, str], bool] = lambda title, text, yes: ask(self, title, text, yes)
        ref = workspace.ctx.reference
        today = workspace.ctx.today()
        profile = workspace.clients.view(client_id)
        if session_id is not None:  # read before any widget exists: a refusal leaves nothing behind
            self.detail = workspace.client_file.session_detail(session_id)
            if self.detail.client_id != client_id:
                raise NotFound(
                    "The session record is not one of this client's.", params={"entity": "session"}
                )
        self.client_name = profile.name
        self.setWindowTitle(tr("服务记录 - {name}").format(name=profile.name))
        self.setAccessibleName(tr("服务记录"))
        self.resize(1000, 720)  # fits a 1366×768 laptop screen; the fields scroll when needed

        self.editor = SessionFieldsEditor(ref, today, templates=session_templates(ref), parent=self)
        self.participants = ParticipantsModel(ref, self)
        self.participants_view = self._participants_view()
        self.participants_message = message_label(tr("参与者提示"))
        self.goals = GoalsPanel()

        # -- header, amendments, status, buttons ----------------------------------------------------------
        self.title_label = QLabel(tr("<b>{name}</b> 的服务记录").format(name=plain_html(profile.name)))
        self.title_label.setStyleSheet("font-size: 15px;")
        self.state_label = QLabel()
        self.state_label.setAccessibleName(tr("记录状态"))
        self.amendments_box = QGroupBox(tr("更正记录"))
        self.amendments_view = QTextBrowser()
        self.amendments_view.setAccessibleName(tr("更正记录"))
        self.amendments_view.setOpenLinks(False)
        self.amendments_view.setMaximumHeight(8 * self.amendments_view.fontMetrics().lineSpacing())
        amend_layout = QVBoxLayout(self.amendments_box)
        amend_layout.addWidget(self.amendments_view)
        self.amendments_box.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(tr("保存状态"))
        self.status_label.setWordWrap(True)
        self.general_message = message_label(tr("表单提示"))

        self.delete_button = push_button(tr("删除草稿"), tr("删除草稿"), tr("删除这份草稿（不能恢复）"))
        self.amend_button = push_button(
            tr("更正(&A)…"), tr("更正"), tr("为已定稿的记录添加更正，原始内容保留")
        )
        self.save_button = push_button(
            tr("保存草稿"), tr("保存草稿"), tr("保存草稿（Ctrl+S）；停止输入两秒后也会自动保存")
        )
        self.finalise_button = push_button(tr("定稿"), tr("定稿"), tr("定稿并锁定记录（Ctrl+Enter）"))
        self.close_button = push_button(tr("关闭"), tr("关闭"), tr("关闭（Esc），已输入的内容会先保存"))

        self._build_layout()
        self._build_keys()

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave)
        self.editor.edited.connect(self._edited)
        self.participants.dataChanged.connect(self._edited)
        self.goals.edited.connect(self._edited)
        self.save_button.clicked.connect(self.save_draft)
        self.finalise_button.clicked.connect(self.finalise)
        self.amend_button.clicked.connect(self.open_amendment)
        self.delete_button.clicked.connect(self.delete_draft)
        self.close_button.clicked.connect(self.reject)

        try:
            self._load(profile.phase)
        finally:
            self._loading = False
        if self._recovery_slots:  # restored content still has to be saved
            self.dirty = True
            self.autosave_timer.start()
        self.editor.date_edit.setFocus()

    # -- building ---------------------------------------------------------------------------------------

    def _participants_view(self) -> QTableView:
        view = QTableView()
        view.setAccessibleName(tr("参与者"))
        view.setAccessibleDescription(tr("上下方向键选择，空格键勾选，直接输入姓名"))
        view.setModel(self.participants)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setTabKeyNavigation(False)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.verticalHeader().setVisible(False)
        view.setCornerButtonEnabled(False)
        name_corner_button(view)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = self.participants.rowCount()
        height = header.sizeHint().height() + view.verticalHeader().defaultSectionSize() * rows
        view.setFixedHeight(height + 2 * view.frameWidth() + 2)
        view.setCurrentIndex(self.participants.index(0, 0))
        return view

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.state_label)

        people = QGroupBox(tr("参与者(&J)"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.participants_view)
        people_layout.addWidget(self.participants_message)
        people_layout.addStretch(1)
        people.setMinimumWidth(380)
        middle = QHBoxLayout()
        middle.addWidget(people, 2)
        middle.addWidget(self.goals, 3)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.editor.top)
        body_layout.addLayout(middle)
        body_layout.addWidget(self.editor.bottom)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.finalise_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.amendments_box)  # the history first: the fields below show the original
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_message)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

    def _set_tab_order(self) -> None:
        chain = [
            *self.editor.tab_chain_top(),
            self.participants_view,
            *self.goals.tab_chain(),
            *self.editor.tab_chain_bottom(),
            self.save_button,
            self.finalise_button,
            self.amend_button,
            self.close_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_keys(self) -> None:
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save_draft)
        self.finalise_shortcuts = [
            QShortcut(QKeySequence("Ctrl+Return"), self),
            QShortcut(QKeySequence("Ctrl+Enter"), self),
        ]
        for shortcut in self.finalise_shortcuts:
            shortcut.activated.connect(self.finalise)

    # -- loading ----------------------------------------------------------------------------------------

    def _load(self, phase: str) -> None:
        ws = self.ws
        goals = [(g, d, p, True) for g, d, p in ws.plans.goals_of_client(self.client_id)]
        if self.detail is not None:
            actor = ws.actor
            self.read_only = self.detail.status == "final" or (
                actor is not None and self.detail.author_id != actor.user_id
            )
            known = {g for g, *_ in goals}
            goals += [
                (g.goal_id, g.description, g.progress, False)
                for g in self.detail.goals
                if g.goal_id not in known
            ]
        self.goals.set_goals(goals)
        self._set_tab_order()

        if self.detail is not None:
            self._show_detail(self.detail)
        else:
            self._defaults(phase)
            self._apply_read_only(False)

        recovery = None
        if not self.read_only:
            recovery = ws.client_file.recovery(self.client_id, self.session_id)
        elif self.detail is not None and self.detail.status == "final":
            ws.client_file.clear_recovery(self.client_id, self.session_id)  # stale: the record is locked
        if recovery is not None:
            self._recovery_slots.add(self.session_id)
            self.set_state(recovery.form)
            self._set_status(
                tr("已恢复上次未保存的内容（暂存于 {time}）。内容符合要求后会自动保存为草稿。").format(
                    time=fmt_local_time(recovery.saved_at)
                )
            )
        self._show_state()

    def _defaults(self, phase: str) -> None:
        ed = self.editor
        timeline = self.ws.sessions.timeline(self.client_id)
        session_type = timeline[0][2] if timeline else PHASE_DEFAULT_TYPE.get(phase, "on_site_coaching")
        now = datetime.now().time()
        end = time(now.hour, now.minute - now.minute % 5) if now.hour >= 1 else time(10, 0)
        start = (datetime.combine(date.today(), end) - timedelta(hours=1)).time()
        ed.set_values(
            {"session_type": session_type, "mode": "in_person", "start_time": start, "end_time": end}
        )
        ed.apply_template()
        self.participants.set_state([{"kind": "client", "checked": True, "names": ""}])
        self._set_status(tr("新记录：停止输入两秒后自动保存为草稿。"))

    def _show_detail(self, detail: SessionDetail) -> None:
        final = detail.status == "final"
        self.editor.set_values(detail.original if final else detail.values)
        self.participants.set_participants([(p.kind, p.name) for p in detail.participants])
        self.goals.set_state(
            [{"goal_id": g.goal_id, "progress": g.progress, "note": g.note} for g in detail.goals]
        )
        self._apply_read_only(self.read_only)
        self._show_amendments(detail)
        if final:
            self._set_status(
                tr("已于 {time} 定稿，记录已锁定；修改请用“更正”。").format(
                    time=fmt_local_time(detail.finalised_at)
                )
            )
        elif self.read_only:
            author = detail.author_name or tr("其他同事")
            self._set_status(tr("这是{author}的草稿，只能查看。").format(author=author))
        else:
            self._set_status(tr("草稿：修改后会自动保存。"))

    def _apply_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.editor.set_read_only(read_only)
        self.participants.set_read_only(read_only)
        self.participants_view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.goals.set_read_only(read_only)
        final = self.detail is not None and self.detail.status == "final"
        self.save_button.setVisible(not read_only)
        self.finalise_button.setVisible(not read_only)
        self.delete_button.setVisible(not read_only and self.session_id is not None)
        self.amend_button.setVisible(final)
        self.save_shortcut.setEnabled(not read_only)
        for shortcut in self.finalise_shortcuts:
            shortcut.setEnabled(not read_only)

    def _show_state(self) -> None:
        if self.detail is not None and self.detail.status == "final":
            text, style = tr("已定稿"), "background:#e6f4ea; color:#137333;"
        elif self.session_id is not None:
            text, style = tr("草稿"), "background:#fff8e1; color:#8a6100;"
        else:
            text, style = tr("新记录"), "background:#e8f0fe; color:#1a56c4;"
        self.state_label.setText(text)
        self.state_label.setStyleSheet(style + " padding: 2px 8px; border-radius: 4px;")
        self.delete_button.setVisible(not self.read_only and self.session_id is not None)

    def _show_amendments(self, detail: SessionDetail) -> None:
        self.editor.clear_messages()
        if not detail.amendments:
            self.amendments_box.setVisible(False)
            return
        current = detail.values
        for name in detail.amended_fields & set(self.editor.fields):
            if name in ("content", "natural_supports", "next_steps"):
                note = tr("已更正，见下方更正记录")
            else:
                value = self.value_text(name, _jsonable(current[name]))
                note = tr("已更正，现为：{value}").format(value=value)
            self.editor.show_field_message(name, note, info=True)
        parts = []
        for a in detail.amendments:
            lines = [
                f"<p><b>{fmt_local_time(a.at)} · {plain_html(a.author_name or a.author_id)}</b><br>",
                tr("原因：{reason}").format(reason=plain_html(a.reason)),
            ]
            for change in a.changes:
                label = FIELD_LABELS.get(change.field)
                old = plain_html(self.value_text(change.field, change.old))
                new = plain_html(self.value_text(change.field, change.new))
                line = tr("{field}：{old} → {new}").format(
                    field=tr(label) if label else change.field, old=old, new=new
                )
                lines.append(f"<br>{line}")
            parts.append("".join(lines) + "</p>")
        intro = tr("<p>下方各栏显示定稿时的原始内容；以下为之后的更正，按时间先后：</p>")
        self.amendments_view.setHtml(intro + "".join(parts))
        self.amendments_box.setVisible(True)

    def value_text(self, field: str, value: Any) -> str:
        """A field value (as stored in an amendment: ISO dates and times) as shown to the user."""
        ref = self.ws.ctx.reference
        if value is None or value == "":
            return tr("不适用") if field == "fading_percent" else tr("（空）")
        if field in ("start_time", "end_time"):
            return str(value)[:5]
        if field in ("session_date", "next_steps_due"):
            try:
                return format_date(date.fromisoformat(str(value)))
            except ValueError:
                return str(value)
        if field == "mode":
            code = ref.codes("session_mode").get(str(value))
            return code.name(language()) if code else str(value)
        if field == "session_type":
            code = ref.codes("session_type").get(str(value))
            return code.name(language()) if code else str(value)
        if field == "travel_minutes":
            try:
                return tr("%n 分钟", None, int(value))
            except (TypeError, ValueError):
                return str(value)
        if field == "fading_percent":
            try:
                return format_percent(float(value))
            except (TypeError, ValueError):
                return str(value)
        return str(value)

    # -- state ------------------------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Everything typed, as JSON-compatible values (what the recovery state keeps)."""
        return {
            **self.editor.state(),
            "participants": self.participants.state(),
            "goals": self.goals.state(),
        }

    def set_state(self, state: Mapping[str, Any]) -> None:
        self.editor.set_values(state)
        if isinstance(state.get("participants"), list):
            self.participants.set_state(state["participants"])
        if isinstance(state.get("goals"), list):
            self.goals.set_state(state["goals"])

    def session_input(self) -> SessionInput:
        return SessionInput(
            client_id=self.client_id,
            **self.editor.values(),
            participants=self.participants.participants(),
            goals=self.goals.inputs(),
        )

    # -- saving -----------------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self.read_only or self._loading:
            return
        self.dirty = True
        self.autosave_timer.start()

    def autosave(self) -> None:
        """Save the draft if something changed (what the timer calls)."""
        if self.dirty and not self.read_only:
            self._save(explicit=False)

    def save_draft(self) -> str | None:
        """Save now (Ctrl+S); the record id, or None when the input breaks a rule (errors shown)."""
        if self.read_only:
            return self.session_id
        return self._save(explicit=True)

    def _save(self, *, explicit: bool) -> str | None:
        self.autosave_timer.stop()
        data = self.session_input()
        try:
            session_id = self.ws.sessions.save_draft(data, self.session_id)
        except ValidationError as exc:
            self.show_errors(exc.errors, focus=explicit)
            self._keep_for_recovery(
                tr("有 %n 处需要修改，详见各栏下方的红色提示。", None, self._error_places)
            )
            return None
        except (DomainError, StorageError) as exc:
            show_message(self.general_message, error_text(exc))
            if isinstance(exc, DomainError):
                self._keep_for_recovery(error_text(exc))
            else:
                self._set_status(tr("保存失败：{error}").format(error=error_text(exc)))
            return None
        self.session_id = session_id
        self.dirty = False
        self.clear_errors()
        for slot in sorted(self._recovery_slots, key=str):
            try:
                self.ws.client_file.clear_recovery(self.client_id, slot)
            except StorageError:
                log.warning("Could not clear the recovery state of a session form")
        self._recovery_slots.clear()
        self._show_state()
        now = f"{datetime.now():%H:%M:%S}"
        if explicit:
            self._set_status(tr("草稿已保存（{time}）。").format(time=now))
        else:
            self._set_status(tr("草稿已自动保存（{time}）。").format(time=now))
        self.saved.emit(session_id)
        if not explicit:
            self.autosaved.emit(session_id)
        return session_id

    def _keep_for_recovery(self, why: str) -> None:
        """Keep the input that cannot be a draft as recovery state; the status says why and where."""
        try:
            self.ws.client_file.save_recovery(self.client_id, self.session_id, self.state())
        except (DomainError, StorageError) as exc:
            self._set_status(tr("{why}内容未能暂存：{error}").format(why=why, error=error_text(exc)))
            return
        self._recovery_slots.add(self.session_id)
        self._set_status(
            tr(
                "{why}尚未保存为草稿；已输入的内容暂存在本机加密数据库中（{time}），改正后会自动保存为草稿。"
            ).format(why=why, time=f"{datetime.now():%H:%M:%S}")
        )
        self.recoverySaved.emit()

    # -- errors -----------------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.editor.clear_messages()
        self.goals.clear_messages()
        show_message(self.participants_message, None)
        show_message(self.general_message, None)
        self.participants_view.setAccessibleDescription(tr("上下方向键选择，空格键勾选，直接输入姓名"))

    def show_errors(self, errors: Sequence[FieldError], *, focus: bool = True) -> None:
        """Show each error next to its field; ``focus`` moves the focus to the first one."""
        self.clear_errors()
        grouped: dict[int, tuple[QLabel, QWidget, list[str], Callable[[str], None]]] = {}
        order = self._focus_order()
        for error in errors:
            label, widget, setter = self._target(error.field)
            text = field_error_text(error)
            entry = grouped.setdefault(id(label), (label, widget, [], setter))
            if text not in entry[2]:
                entry[2].append(text)
        for _key, (_shown_in, _widget, texts, setter) in grouped.items():
            setter(tr("；", "between the messages of one field").join(texts))
        self._error_places = len(grouped)
        self._set_status(tr("有 %n 处需要修改，详见各栏下方的红色提示。", None, len(grouped)))
        if focus and grouped:
            widgets = [w for _l, w, _t, _s in grouped.values()]
            first = min(widgets, key=lambda w: order.index(w) if w in order else len(order))
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_order(self) -> list[QWidget]:
        return [
            *self.editor.tab_chain_top(),
            self.participants_view,
            *self.goals.tab_chain(),
            self.goals,
            *self.editor.tab_chain_bottom(),
        ]

    def _target(self, field: str) -> tuple[QLabel, QWidget, Callable[[str], None]]:
        """Where the message of a field error goes: its label, the widget to focus, how to show it."""
        match = re.match(r"(\w+)(?:\[(\d+)\])?", field)
        name = match.group(1) if match else field
        index = int(match.group(2)) if match and match.group(2) is not None else None
        if name in self.editor.fields:
            label = self.editor.messages[name]
            return label, self.editor.fields[name], lambda t: self.editor.show_field_message(name, t)
        if name == "participants":
            label = self.participants_message

            def show_participants(text: str) -> None:
                show_message(label, text)
                self.participants_view.setAccessibleDescription(text)

            return label, self.participants_view, show_participants
        if name == "goals":
            row = self.goals.input_row(index) if index is not None else None
            if row is not None:
                goal_row = row
                return goal_row.message, goal_row.spin, lambda t: show_message(goal_row.message, t)
            first = self.goals.rows[0].check if self.goals.rows else self.goals
            return self.goals.message, first, lambda t: show_message(self.goals.message, t)
        label = self.general_message
        return (
            label,
            self.editor.date_edit,
            lambda t: show_message(label, tr("{title}：{message}").format(title=field, message=t)),
        )

    # -- finalising -------------------------------------------------------------------------------------

    def finalise(self) -> bool:
        """Check, confirm, save and finalise (Ctrl+Enter). True when the record is final."""
        if self.read_only:
            return False
        data = self.session_input()
        errors: list[FieldError] = []
        try:
            data.validated(self.ws.ctx.reference, self.ws.ctx.today(), final=True)
        except ValidationError as exc:
            errors += exc.errors
        template = self.editor.template().strip()
        if template and data.content.strip() == template and not any(e.field == "content" for e in errors):
            errors.append(FieldError("content", "template_only", {}, "is still only the template"))
        if errors:
            self.show_errors(errors)
            self._set_status(tr("定稿前请先改正红色提示的内容。"))
            return False
        if not self.confirm(
            tr("定稿"),
            tr("定稿后这条服务记录将被锁定，之后的修改只能以“更正”方式记录（原始内容保留）。\n确定定稿吗？"),
            tr("定稿"),
        ):
            return False
        session_id = self._save(explicit=True)
        if session_id is None:
            return False
        try:
            self.ws.sessions.finalise(session_id)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except (DomainError, StorageError) as exc:
            show_message(self.general_message, error_text(exc))
            return False
        self._reload()
        self.finalised.emit(session_id)
        self.close_button.setFocus()
        return True

    def _reload(self) -> None:
        assert self.session_id is not None
        self.detail = self.ws.client_file.session_detail(self.session_id)
        self.read_only = self.detail.status == "final"
        self._loading = True
        try:
            self._show_detail(self.detail)
        finally:
            self._loading = False
        self.dirty = False
        self._show_state()

    # -- amending ---------------------------------------------------------------------------------------

    def open_amendment(self) -> AmendmentDialog | None:
        """Open the amendment dialog for a final record (window-modal; returns it)."""
        if self.detail is None or self.detail.status != "final":
            return None
        dialog = AmendmentDialog(self.ws, self.detail, self)
        self.amendment_dialog = dialog
        dialog.accepted.connect(self._amended)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _amended(self) -> None:
        self.amendment_dialog = None
        self._reload()
        assert self.session_id is not None
        self._set_status(tr("更正已保存；原始内容保留，更正列在下方。"))
        self.amended.emit(self.session_id)

    # -- deleting and closing -------------------------------------------------------------------------------

    def delete_draft(self) -> bool:
        if self.read_only or self.session_id is None:
            return False
        if not self.confirm(tr("删除草稿"), tr("删除这份草稿吗？删除后不能恢复。"), tr("删除")):
            return False
        try:
            self.ws.sessions.delete_draft(self.session_id)
            for slot in {*self._recovery_slots, self.session_id}:
                self.ws.client_file.clear_recovery(self.client_id, slot)
        except (DomainError, StorageError) as exc:
            show_message(self.general_message, error_text(exc))
            return False
        self.dirty = False
        self._recovery_slots.clear()
        self.saved.emit(self.session_id)
        super().reject()
        return True

    def flush(self) -> bool:
        """Save what was typed (draft, or recovery state); False only if neither could be written."""
        self.autosave_timer.stop()
        if not self.dirty or self.read_only:
            return True
        if self._save(explicit=False) is not None:
            return True
        return bool(self._recovery_slots) and self.session_id in self._recovery_slots

    def reject(self) -> None:
        """Esc / 关闭: keep what was typed, then close."""
        if not self.flush() and not self.confirm(
            tr("无法保存"),
            tr("刚输入的内容未能保存，关闭后会丢失。仍然关闭吗？"),
            tr("仍然关闭"),
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave_timer.stop()
        super().closeEvent(event)

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)


# --------------------------------------------------------------------------------------------------
# amendments


class AmendmentDialog(QDialog):
    """Record an amendment to a final session record: change fields, give the reason.

    The original record is never changed; ``SessionService.amend`` stores the changed fields
    (old → new) with the author, time and reason.
    """

    def __init__(self, workspace: Workspace, detail: SessionDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.detail = detail
        self.setWindowTitle(tr("更正服务记录"))
        self.setAccessibleName(tr("更正服务记录"))
        self.resize(900, 640)
        ref = workspace.ctx.reference
        self.editor = SessionFieldsEditor(ref, workspace.ctx.today(), parent=self)
        self.editor.set_values(detail.values)
        self.intro = QLabel(
            tr(
                "已定稿的记录不会被改写。请只修改需要更正的内容，并写明原因；"
                "更正会与原始记录一起保存，并显示作者、时间和原因。"
            )
        )
        self.intro.setWordWrap(True)
        self.reason_edit = _text_edit(tr("更正原因"), 2)
        self.reason_edit.setPlaceholderText(tr("例如：结束时间记错，按当日签到表更正"))
        self.reason_message = message_label(tr("更正原因提示"))
        self.general_message = message_label(tr("更正提示"))
        self.save_button = push_button(tr("保存更正"), tr("保存更正"), tr("保存更正（Ctrl+S 或 Ctrl+Enter）"))
        self.cancel_button = push_button(tr("取消"), tr("取消"), tr("不更正，关闭（Esc）"))

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.editor.top)
        body_layout.addWidget(self.editor.bottom)
        reason_row = QHBoxLayout()
        reason_row.addWidget(_label(tr("更正原因(&Y)："), self.reason_edit), 0, Qt.AlignmentFlag.AlignTop)
        reason_row.addWidget(_boxed(self.reason_edit, self.reason_message), 1, Qt.AlignmentFlag.AlignTop)
        body_layout.addLayout(reason_row)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_message)
        layout.addLayout(buttons)

        chain = [*self.editor.tab_chain_top(), *self.editor.tab_chain_bottom(), self.reason_edit]
        chain += [self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.shortcuts = [
            QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self),
            QShortcut(QKeySequence("Ctrl+Return"), self),
            QShortcut(QKeySequence("Ctrl+Enter"), self),
        ]
        for shortcut in self.shortcuts:
            shortcut.activated.connect(self.accept)
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.editor.date_edit.setFocus()

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from the record's current (amended) value."""
        current = self.detail.values
        return {k: v for k, v in self.editor.values().items() if v != current.get(k)}

    def accept(self) -> None:
        self.editor.clear_messages()
        show_message(self.reason_message, None)
        show_message(self.general_message, None)
        changes = self.changes()
        reason = self.reason_edit.toPlainText().strip()
        if not changes:
            show_message(self.general_message, tr("没有修改任何内容。请先修改需要更正的栏目。"))
            self.editor.date_edit.setFocus()
            return
        if not reason:
            show_message(self.reason_message, tr("请写明更正原因"))
            self.reason_edit.setFocus()
            return
        try:
            self.ws.sessions.amend(self.detail.id, changes, reason)
        except ValidationError as exc:
            first: QWidget | None = None
            for error in exc.errors:
                name = re.sub(r"\[.*$", "", error.field)
                if name in self.editor.fields:
                    self.editor.show_field_message(name, field_error_text(error))
                    first = first or self.editor.fields[name]
                else:
                    show_message(self.general_message, field_error_text(error))
            if first is not None:
                first.setFocus()
            return
        except (DomainError, StorageError) as exc:
            if getattr(exc, "code", "") == "reason_required":
                show_message(self.reason_message, error_text(exc))
            else:
                show_message(self.general_message, error_text(exc))
            return
        super().accept()
