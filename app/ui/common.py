"""Pieces the workspace screens share: translated texts for coded errors, message labels shown next to a
field, date formatting, a read-only table model over a list of DTOs, and a progress-bar delegate.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

from app.domain.errors import CodedError, FieldError
from app.ui.i18n import tr

T = TypeVar("T")


def QT_TR_NOOP(text: str) -> str:
    """Marks a constant's text for ``pyside6-lupdate`` and returns it unchanged (Qt's own
    ``PySide6.QtCore.QT_TR_NOOP``, typed: its stub returns ``object``). Translate where shown: ``tr(X)``."""
    return text


__all__ = [
    "HIGHLIGHT_COLORS",
    "QT_TR_NOOP",
    "IdRole",
    "ProgressDelegate",
    "ProgressRole",
    "RecordTableModel",
    "TableColumn",
    "apply_zoom",
    "ask",
    "current_object",
    "error_text",
    "field_error_text",
    "fit_columns",
    "fmt_date",
    "fmt_local_time",
    "fmt_time",
    "focus_first",
    "form_grid",
    "labelled_values",
    "message_label",
    "min_width",
    "name_corner_button",
    "name_tab_bar_buttons",
    "plain_html",
    "push_button",
    "record_table",
    "show_message",
    "value_label",
]

ERROR_STYLE = "color: #b00020;"
INFO_STYLE = "color: #0b57d0;"

#: Item data role with the record id of a row (same value as the caseload model's ``IdRole``).
IdRole = Qt.ItemDataRole.UserRole + 1
#: Item data role with a 0–100 progress value (drawn by :class:`ProgressDelegate`).
ProgressRole = Qt.ItemDataRole.UserRole + 2

#: Row highlight kinds → background colour. Highlighted rows also say why in text (never colour alone).
HIGHLIGHT_COLORS = {
    "overdue": QColor("#fde7e9"),
    "draft": QColor("#fff8e1"),
    "muted": QColor("#f1f3f4"),
}

_Index = QModelIndex | QPersistentModelIndex

# -- messages ---------------------------------------------------------------------------------------

#: Messages of field-error codes (translated where shown); ``{min}``, ``{max}`` come from the error's params.
FIELD_MESSAGES: dict[str, str] = {
    "required": QT_TR_NOOP("必须填写"),
    "too_long": QT_TR_NOOP("不能超过 {max} 个字"),
    "unknown_code": QT_TR_NOOP("请从列表中选择"),
    "date_in_future": QT_TR_NOOP("不能是将来的日期"),
    "date_order": QT_TR_NOOP("日期先后不对"),
    "time_order": QT_TR_NOOP("结束时间必须晚于开始时间"),
    "out_of_range": QT_TR_NOOP("必须在 {min} 到 {max} 之间"),
    "duplicate": QT_TR_NOOP("不能重复"),
    "required_to_finalise": QT_TR_NOOP("定稿前必须填写"),
    "goal_not_in_plan": QT_TR_NOOP("不是当前就业计划中的目标"),
    "template_only": QT_TR_NOOP("服务内容还只是模板，请填写实际情况"),
}

#: Messages for one field and code, where the general one would be vague.
FIELD_SPECIFIC: dict[tuple[str, str], str] = {
    ("content", "required_to_finalise"): QT_TR_NOOP("定稿前必须填写服务内容"),
    ("participants", "required_to_finalise"): QT_TR_NOOP("定稿前请勾选至少一位参与者"),
    ("next_steps_due", "date_order"): QT_TR_NOOP("期限不能早于服务日期"),
    ("end_time", "time_order"): QT_TR_NOOP("须晚于开始时间"),
    ("goals", "duplicate"): QT_TR_NOOP("同一目标选了两次"),
    ("session_date", "date_in_future"): QT_TR_NOOP("服务日期不能晚于今天"),
}

#: Messages of the coded errors a workspace screen can meet (others show their message).
ERROR_MESSAGES: dict[str, str] = {
    "case_closed": QT_TR_NOOP("该个案已结案，不能再添加服务记录。"),
    "session_final": QT_TR_NOOP("这条服务记录已定稿，只能以“更正”的方式修改。"),
    "session_draft": QT_TR_NOOP("草稿可以直接修改，不需要更正。"),
    "reason_required": QT_TR_NOOP("请填写更正原因。"),
    "no_change": QT_TR_NOOP("更正没有改动任何内容。"),
    "field_not_amendable": QT_TR_NOOP("这些内容不能更正。"),
    "amendment_type": QT_TR_NOOP("更正的内容格式不对。"),
    "client_changed": QT_TR_NOOP("服务记录不能改到另一位服务对象名下。"),
    "not_found": QT_TR_NOOP("记录不存在（可能已被删除）。"),
    "reveal_not_allowed": QT_TR_NOOP(
        "只有负责该服务对象的辅导员、督导或管理员可以查看完整证件号。本次请求已记入审计日志。"
    ),
    "purpose_required": QT_TR_NOOP("请选择查看完整证件号的原因。"),
    "no_actor": QT_TR_NOOP("当前没有登录的用户。"),
    "recovery_too_large": QT_TR_NOOP("未保存的内容过长，无法暂存。"),
    "validation_failed": QT_TR_NOOP("输入有误，请按提示修改。"),
    "database_locked": QT_TR_NOOP("数据库正被其他程序使用，请稍后再试。"),
    "disk_full": QT_TR_NOOP("磁盘空间不足，无法保存。"),
}


def _param(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def field_error_text(error: FieldError) -> str:
    """The translated message of one field error (its code's message, filled from its params)."""
    base = re.sub(r"\[\d+\]", "", error.field)
    specific = FIELD_SPECIFIC.get((error.field, error.code)) or FIELD_SPECIFIC.get((base, error.code))
    if specific:
        return tr(specific)
    template = FIELD_MESSAGES.get(error.code)
    if template is None:
        return error.message or error.code
    template = tr(template)
    try:
        return template.format(**{k: _param(v) for k, v in error.params.items()})
    except (KeyError, IndexError, ValueError):
        return error.message or template


def error_text(exc: CodedError) -> str:
    """The translated message of a coded error (by code), else its own message and code."""
    text = ERROR_MESSAGES.get(exc.code)
    if text is not None:
        return tr(text)
    return tr("{message}（{code}）").format(message=exc.message, code=exc.code)


def ask(parent: QWidget, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """A question with two named buttons; Enter answers ``yes``, Esc ``no`` (default: Cancel)."""
    if no is None:
        no = tr("取消")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    yes_button.setAccessibleName(yes)
    no_button.setAccessibleName(no)
    box.setDefaultButton(yes_button)
    box.setEscapeButton(no_button)
    box.setAccessibleName(title)
    box.exec()
    return box.clickedButton() is yes_button


def message_label(name: str) -> QLabel:
    """A label for a message next to a field; hidden while empty."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_message(label: QLabel, text: str | None, *, info: bool = False) -> None:
    label.setStyleSheet(INFO_STYLE if info else ERROR_STYLE)
    label.setText(text or "")
    label.setVisible(bool(text))


def plain_html(text: str) -> str:
    """Plain text as HTML (escaped, line breaks kept)."""
    return html.escape(text).replace("\n", "<br>")


# -- formatting --------------------------------------------------------------------------------------


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def fmt_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def fmt_local_time(value: datetime | None) -> str:
    """A stored (naive UTC) time as local ``YYYY-MM-DD HH:MM``."""
    if value is None:
        return ""
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


# -- a read-only table over DTOs ---------------------------------------------------------------------


@dataclass(frozen=True)
class TableColumn:
    """A column: its title and how to show a row object in it."""

    title: str
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None
    numeric: bool = False
    progress: Callable[[Any], int] | None = None


class RecordTableModel(QAbstractTableModel):
    """A read-only table over a list of frozen DTOs.

    Args:
        columns: what the columns show.
        row_id: the record id of a row (``IdRole``).
        highlight: a highlight kind of :data:`HIGHLIGHT_COLORS` for a row, or None.
    """

    def __init__(
        self,
        columns: Sequence[TableColumn],
        row_id: Callable[[Any], str],
        highlight: Callable[[Any], str | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._row_id = row_id
        self._highlight = highlight
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if self._row_id(r) == record_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._columns)):
            return None
        item, spec = self._rows[row], self._columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.tooltip(item) if spec.tooltip else spec.text(item) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self._highlight:
            kind = self._highlight(item)
            if not kind or kind not in HIGHLIGHT_COLORS:
                return None
            # A light band needs dark text even in a dark high-contrast palette, or it cannot be read.
            return HIGHLIGHT_COLORS[kind] if role == Qt.ItemDataRole.BackgroundRole else QColor("#000000")
        if role == IdRole:
            return self._row_id(item)
        if role == ProgressRole and spec.progress is not None:
            return spec.progress(item)
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws a cell's :data:`ProgressRole` value (0–100) as a progress bar with the percentage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        value = index.data(ProgressRole)
        if value is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 4, -4, -4)
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = max(0, min(100, int(value)))
        bar.text = f"{bar.progress}%"
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 120), size.height())


def record_table(name: str, model: QAbstractTableModel, *, stretch_last: bool = True) -> QTableView:
    """A read-only, row-selecting table view with an accessible name, tab moving on to the next control."""
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.setCornerButtonEnabled(False)
    name_corner_button(view)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)
    return view


def name_corner_button(view: QTableView) -> None:
    """The (disabled) corner button of a table view gets a name, as every button must."""
    for button in view.findChildren(QAbstractButton):
        if not button.accessibleName():
            button.setAccessibleName(tr("全选"))


def fit_columns(view: QTableView, *, max_em: int = 24) -> None:
    """Columns as wide as their content (with air), none wider than ``max_em`` Chinese characters."""
    view.resizeColumnsToContents()
    em = view.fontMetrics().horizontalAdvance("中")
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column) + em, max_em * em))


def focus_first(widgets: Sequence[QWidget]) -> None:
    for widget in widgets:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return


_ARROW_NAMES = {
    Qt.ArrowType.LeftArrow: QT_TR_NOOP("向左滚动分页"),
    Qt.ArrowType.RightArrow: QT_TR_NOOP("向右滚动分页"),
    Qt.ArrowType.UpArrow: QT_TR_NOOP("向上滚动分页"),
    Qt.ArrowType.DownArrow: QT_TR_NOOP("向下滚动分页"),
}


def name_tab_bar_buttons(bar: QTabBar) -> None:
    """Give the tab bar's own buttons accessible names: the scroll arrows and each tab's close button."""
    for button in bar.findChildren(QToolButton):
        if not button.accessibleName():
            arrow = _ARROW_NAMES.get(button.arrowType())
            button.setAccessibleName(tr(arrow) if arrow else tr("滚动分页"))
    for index in range(bar.count()):
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            close = bar.tabButton(index, side)
            if close is not None:
                title = bar.tabText(index).replace("&", "")
                close.setAccessibleName(tr("关闭 {title}").format(title=title))
                close.setToolTip(tr("关闭 {title}（Ctrl+W）").format(title=title))


_BASE_POINT_SIZE: list[float] = []


def apply_zoom(percent: int) -> None:
    """Scale the whole interface's font from the system's own size (which the user may have raised
    for readability): the in-app zoom multiplies it, never replaces it."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = app.font()
    if not _BASE_POINT_SIZE:
        _BASE_POINT_SIZE.append(font.pointSizeF() if font.pointSizeF() > 0 else 10.0)
    font.setPointSizeF(_BASE_POINT_SIZE[0] * percent / 100)
    app.setFont(font)


# -- small widgets shared by the screens -------------------------------------------------------------------


def push_button(text: str, name: str, tip: str = "") -> QPushButton:
    """A push button with an accessible name that Enter in a field never presses."""
    widget = QPushButton(text)
    widget.setAccessibleName(name)
    widget.setAutoDefault(False)
    widget.setDefault(False)
    if tip:
        widget.setToolTip(tip)
    return widget


def value_label(name: str) -> QLabel:
    """A read-only value (selectable, wrapping) with an accessible name."""
    label = QLabel()
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def form_grid() -> QGridLayout:
    """The label/field grid of the record dialogs."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(4)
    grid.setColumnStretch(1, 1)
    return grid


def min_width(widget: QWidget, chinese_chars: int) -> None:
    """At least as wide as ``chinese_chars`` Chinese characters (follows the font size and zoom)."""
    widget.setMinimumWidth(chinese_chars * widget.fontMetrics().horizontalAdvance("中"))


def current_object(view: QTableView, model: RecordTableModel, kind: type[T]) -> T | None:
    """The DTO of the view's current row, if it is a ``kind`` (None when nothing is selected)."""
    index = view.currentIndex()
    item = model.row_object(index.row()) if index.isValid() else None
    return item if isinstance(item, kind) else None


def labelled_values(form: QFormLayout, rows: Sequence[tuple[str, str]]) -> dict[str, QLabel]:
    """Add a read-only value row per (key, label) to ``form``; returns the value labels by key."""
    values = {}
    for key, label in rows:
        values[key] = value_label(label)
        form.addRow(tr("{label}：").format(label=label), values[key])
    return values
