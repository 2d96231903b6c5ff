"""What the record dialogs share (client registration, consent, assessment, plan, placement, employer,
retention check, closure): a base dialog that shows every error of a
:class:`~app.domain.errors.ValidationError` next to its field (texts: :mod:`app.ui.messages`) and writes
nothing on invalid input, and small field widgets.

Keys in every dialog: Tab moves through the fields in reading order (also out of text boxes), Enter
presses the OK button (in a text box it starts a new line; Ctrl+Enter or Ctrl+S save from anywhere),
Esc cancels — after asking, when something was typed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CodedError, DomainError, FieldError, ValidationError
from app.domain.reference import ReferenceData
from app.services.workspace import Workspace
from app.storage.errors import StorageError
from app.ui import messages
from app.ui.common import ask, message_label, show_message
from app.ui.i18n import QT_TR_NOOP, date_input_format, language, tr
from app.ui.session_form import DateEdit

__all__ = [
    "OptionalDate",
    "RecordDialog",
    "ask",
    "code_combo",
    "date_edit",
    "error_text",
    "field_error_text",
    "line_edit",
    "number_or_none",
    "optional_double",
    "optional_spin",
    "pydate",
    "qdate",
    "select_data",
    "text_edit",
]

#: What an optional combo or spin box shows for "no value" (translated where shown).
NOT_FILLED = QT_TR_NOOP("（未填写）")


def field_error_text(error: FieldError) -> str:
    """The translated message of a field error (:func:`app.ui.messages.field_error_text`)."""
    return messages.field_error_text(error)


def error_text(exc: CodedError) -> str:
    """The translated message of a coded error as the record dialogs word it."""
    return messages.error_text(exc, messages.RECORD_DIALOG_ERRORS)


# -- small widgets -----------------------------------------------------------------------------------------


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(name: str, value: date) -> DateEdit:
    """A date edit (numbers in the GUI language's order, calendar popup) where Tab goes to the next
    field."""
    edit = DateEdit()
    edit.setAccessibleName(name)
    edit.setDisplayFormat(date_input_format())
    edit.setCalendarPopup(True)
    edit.setDate(qdate(value))
    return edit


def line_edit(name: str, *, max_length: int = 200, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setMaxLength(max_length)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def text_edit(name: str, lines: int = 3, *, placeholder: str = "") -> QPlainTextEdit:
    """A text box ``lines`` high; Tab moves on, Enter makes a new line."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def code_combo(
    name: str,
    reference: ReferenceData,
    list_name: str,
    *,
    optional: bool = False,
    none_text: str | None = None,
) -> QComboBox:
    """A combo of one code list (names in the GUI language, the code as item data); ``optional`` adds a
    first item with None (``none_text``, default 未填写)."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if optional:
        combo.addItem(none_text if none_text is not None else tr(NOT_FILLED), None)
    for code in reference.codes(list_name).values():
        combo.addItem(code.name(language()), code.code)
    combo.setMaxVisibleItems(max(10, combo.count()))
    return combo


def select_data(combo: QComboBox, value: Any) -> None:
    """Select the item with ``value`` as data; an unknown code is added as it is (so it is not lost)."""
    index = combo.findData(value)
    if index < 0 and value not in (None, ""):
        combo.addItem(str(value), value)
        index = combo.count() - 1
    if index >= 0:
        combo.setCurrentIndex(index)


def optional_spin(name: str, lo: int, hi: int, *, suffix: str = "", special: str | None = None) -> QSpinBox:
    """A spin box for an optional whole number: one step below ``lo`` shows ``special`` (None; default
    未填写)."""
    spin = QSpinBox()
    spin.setAccessibleName(name)
    spin.setRange(lo - 1, hi)
    spin.setSpecialValueText(special if special is not None else tr(NOT_FILLED))
    spin.setValue(lo - 1)
    if suffix:
        spin.setSuffix(suffix)
    return spin


def optional_double(
    name: str,
    lo: float,
    hi: float,
    *,
    suffix: str = "",
    special: str | None = None,
    decimals: int = 1,
) -> QDoubleSpinBox:
    """A spin box for an optional decimal number: one below ``lo`` shows ``special`` (None; default
    未填写)."""
    spin = QDoubleSpinBox()
    spin.setAccessibleName(name)
    spin.setDecimals(decimals)
    spin.setRange(lo - 1, hi)
    spin.setSpecialValueText(special if special is not None else tr(NOT_FILLED))
    spin.setValue(lo - 1)
    if suffix:
        spin.setSuffix(suffix)
    return spin


def number_or_none(spin: QSpinBox | QDoubleSpinBox) -> Any:
    """The value of an optional spin box (None at its special value)."""
    if spin.specialValueText() and spin.value() == spin.minimum():
        return None
    return spin.value()


class OptionalDate(QWidget):
    """A date that may be left out: a check box ("填写") and a date edit, enabled while checked."""

    def __init__(self, name: str, check_text: str, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.check.setAccessibleName(tr("填写{name}").format(name=name))
        self.edit = date_edit(name, value)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self.edit.setEnabled)

    def value(self) -> date | None:
        return pydate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(qdate(value))


def _boxed(field: QWidget, message: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return box


def narrow(widget: QWidget) -> None:
    """Numbers and dates need no more than a dozen characters' width, however wide the column is."""
    if isinstance(widget, QAbstractSpinBox):
        widget.setMaximumWidth(13 * widget.fontMetrics().horizontalAdvance("中"))


def form_label(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    if buddy is not None:
        label.setBuddy(buddy)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, 4, 0, 0)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


# -- the base dialog --------------------------------------------------------------------------------------


class RecordDialog(QDialog):
    """A dialog that records one thing through one service call.

    Subclasses build their fields with :meth:`add_field` (a label with a mnemonic, the field, and a
    message label right below it), set :attr:`chain` (the tab order) and implement :meth:`build_input`
    (the input dataclass from the widgets) and :meth:`save` (the service call; returns the record id).
    :meth:`accept` then validates through the service: a ``ValidationError`` puts each message next to
    its field (:meth:`target` finds it, nested names like ``goals[1].target_date`` included) and moves
    the focus to the first one; a ``RuleViolation``/``PermissionDenied`` is shown in the dialog, next to
    the field named in :attr:`rule_fields` for its code, else above the buttons. Nothing is written
    unless the service accepts the whole input.

    Signals:
        saved(str): the record was written; its id.
    """

    saved = Signal(str)

    #: Error code of a ``DomainError`` the service raises → the field it is about.
    rule_fields: ClassVar[Mapping[str, str]] = {}
    #: Error code → the message in this dialog (where the shared text would be vague or off); the
    #: Chinese source text, marked with ``QT_TR_NOOP`` and translated when shown.
    rule_texts: ClassVar[Mapping[str, str]] = {}

    def __init__(
        self,
        workspace: Workspace,
        title: str,
        parent: QWidget | None = None,
        *,
        ok_text: str | None = None,
        ok_tip: str | None = None,
    ) -> None:
        super().__init__(parent)
        if ok_text is None:
            ok_text = tr("保存")
        if ok_tip is None:
            ok_tip = tr("保存（Enter；在多行文本框中用 Ctrl+Enter）")
        self.ws = workspace
        self.ref = workspace.ctx.reference
        self.today = workspace.ctx.today()
        self.record_id: str | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}
        self.chain: list[QWidget] = []
        self.scroll_area: QScrollArea | None = None
        self._initial: str | None = None
        #: Asks a yes/no question (replaceable in tests): title, text, the "yes" button's text.
        self.confirm: Callable[[str, str, str], bool] = lambda t, text, yes: ask(
            self, t, text, yes, tr("继续编辑")
        )

        self.general_message = message_label(tr("{title}提示").format(title=title))
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setAccessibleName(ok_text)
        self.ok_button.setToolTip(ok_tip)
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(tr("取消"))
        self.cancel_button.setAccessibleName(tr("取消"))
        self.cancel_button.setToolTip(tr("不保存，关闭（Esc）"))
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.shortcuts = [
            QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self),
            QShortcut(QKeySequence("Ctrl+Return"), self),
            QShortcut(QKeySequence("Ctrl+Enter"), self),
        ]
        for shortcut in self.shortcuts:
            shortcut.activated.connect(self.accept)

    # -- building ---------------------------------------------------------------------------------------

    def add_field(
        self,
        grid: QGridLayout,
        row: int,
        column: int,
        label: str,
        name: str,
        widget: QWidget,
        *,
        span: int = 1,
        focus: QWidget | None = None,
    ) -> None:
        """Put ``label`` (with its mnemonic) and ``widget`` with a message label below it into ``grid``
        at (row, 2·column); ``name`` is the input field it edits; ``focus`` the widget the label's
        mnemonic and an error focus (default ``widget``); pass it translated."""
        title = label.replace("&", "").rstrip("：: ")
        title = re.sub(r"\s*\(.\)$", "", title)
        self.titles[name] = title
        self.fields[name] = focus or widget
        self.messages[name] = message_label(tr("{title}提示").format(title=title))
        narrow(widget)
        grid.addWidget(form_label(label, focus or widget), row, 2 * column)
        grid.addWidget(_boxed(widget, self.messages[name]), row, 2 * column + 1, 1, 2 * span - 1)

    def add_message(self, name: str, widget: QWidget, title: str, label: QLabel | None = None) -> QLabel:
        """Register a field whose message label the subclass places itself (``label``, or a new one);
        returns the label."""
        self.titles[name] = title
        self.fields[name] = widget
        self.messages[name] = (
            label if label is not None else message_label(tr("{title}提示").format(title=title))
        )
        return self.messages[name]

    def button_row(self) -> QVBoxLayout:
        """The general message, then OK and Cancel at the right."""
        box = QVBoxLayout()
        box.addWidget(self.general_message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ok_button)
        row.addWidget(self.cancel_button)
        box.addLayout(row)
        return box

    def scrolled(self, body: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(body)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area = area
        return area

    def finish(self) -> None:
        """Call at the end of the subclass's constructor: tab order, first focus, the unchanged state."""
        self.apply_tab_order()
        for widget in self.chain:
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break
        self._initial = self._state()

    def apply_tab_order(self) -> None:
        chain = [*self.chain, self.ok_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- to implement -----------------------------------------------------------------------------------

    def build_input(self) -> Any:
        """The input dataclass from the widgets (never raises)."""
        raise NotImplementedError

    def check(self, data: Any) -> list[FieldError]:
        """Errors found before the service is called (e.g. nothing chosen in a required combo)."""
        return []

    def save(self, data: Any) -> str:
        """Write through the service; the record id."""
        raise NotImplementedError

    # -- accepting --------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Validate and save; on any error, show it in the dialog and keep it open (nothing written)."""
        self.clear_errors()
        data = self.build_input()
        errors = self.check(data)
        if errors:
            self.show_errors(errors)
            return
        try:
            record_id = self.save(data)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except (DomainError, StorageError) as exc:
            self.show_failure(exc)
            return
        self.record_id = record_id
        self.saved.emit(record_id)
        super().accept()

    def reject(self) -> None:
        """Esc / 取消: close without saving; asks first when something was typed."""
        if (
            self._initial is not None
            and self._state() != self._initial
            and not self.confirm(
                tr("放弃输入"), tr("已输入的内容还没有保存，关闭后会丢失。确定放弃吗？"), tr("放弃")
            )
        ):
            return
        super().reject()

    def _state(self) -> str:
        return repr(self.build_input())

    # -- errors -----------------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.messages.values():
            show_message(label, None)
        for widget in self.fields.values():
            widget.setAccessibleDescription("")
        show_message(self.general_message, None)

    def target(self, field: str) -> tuple[QLabel, QWidget] | None:
        """Where the message of an error of ``field`` goes and what to focus; None: above the buttons.
        Subclasses map their nested fields (``goals[1].target_date``) and call this for the rest."""
        name = re.sub(r"\[\d+\].*$", "", field)
        if field in self.fields:
            name = field
        if name in self.fields:
            return self.messages[name], self.fields[name]
        return None

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Show each error next to its field (several for one field joined with "；") and focus the
        first field with an error in tab order."""
        self.clear_errors()
        grouped: dict[int, tuple[QLabel, QWidget, list[str]]] = {}
        loose: list[str] = []
        for error in errors:
            text = field_error_text(error)
            place = self.target(error.field)
            if place is None:
                title = self.titles.get(re.sub(r"\[\d+\].*$", "", error.field), error.field)
                loose.append(tr("{title}：{message}").format(title=title, message=text))
                continue
            label, widget = place
            entry = grouped.setdefault(id(label), (label, widget, []))
            if text not in entry[2]:
                entry[2].append(text)
        separator = tr("；", "between the messages of one field")
        for label, widget, texts in grouped.values():
            show_message(label, separator.join(texts))
            widget.setAccessibleDescription(separator.join(texts))
        summary = tr("有 %n 处需要修改，详见红色提示。", None, len(grouped) + len(loose))
        show_message(self.general_message, "\n".join([summary, *loose]))
        self.fit_height()
        if grouped:
            order = self.chain
            first = min(
                (w for _l, w, _t in grouped.values()),
                key=lambda w: order.index(w) if w in order else len(order),
            )
            self.focus_field(first)

    def show_failure(self, exc: DomainError | StorageError) -> None:
        """A refusal of the service (rule, permission, storage): next to its field, else above the
        buttons."""
        rule_text = self.rule_texts.get(exc.code)
        text = tr(rule_text) if rule_text else error_text(exc)
        name = self.rule_fields.get(exc.code)
        if name is not None and name in self.fields:
            show_message(self.messages[name], text)
            self.fields[name].setAccessibleDescription(text)
            self.focus_field(self.fields[name])
        else:
            show_message(self.general_message, text)
        self.fit_height()

    def fit_height(self) -> None:
        """Grow (never shrink) to show messages that appeared, wrapped lines included."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        width = self.width()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height() - 40)
        if needed > self.height():
            self.resize(width, needed)

    def focus_field(self, widget: QWidget) -> None:
        if self.scroll_area is not None and self.scroll_area.isAncestorOf(widget):
            self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def message_texts(self) -> dict[str, str]:
        """The messages shown now, by field name (for tests and screen readers' summaries)."""
        return {k: v.text() for k, v in self.messages.items() if v.text()}
