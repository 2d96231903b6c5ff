"""Pieces the workspace screens share: message labels shown next to a field, date formatting (in the
GUI language), a read-only table model over a list of DTOs, and a progress-bar delegate.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
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

from app.ui.i18n import QT_TR_NOOP, format_date, format_local_datetime, format_time, tr
from app.ui.messages import error_text, field_error_text  # the texts of error codes (re-exported)

T = TypeVar("T")


__all__ = [
    "HIGHLIGHT_COLORS",
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
    "listed",
    "message_label",
    "min_width",
    "name_corner_button",
    "name_tab_bar_buttons",
    "plain_html",
    "push_button",
    "record_table",
    "show_message",
    "spaced",
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


def spaced(parts: Sequence[str]) -> str:
    """The parts of a summary line, spaced the GUI language's way (an ideographic space in Chinese)."""
    return tr("　", "between the parts of a summary line").join(parts)


def listed(parts: Sequence[str]) -> str:
    """Items in a sentence, separated the GUI language's way (；in Chinese)."""
    return tr("；", "between the items of a list in a sentence").join(parts)


def plain_html(text: str) -> str:
    """Plain text as HTML (escaped, line breaks kept)."""
    return html.escape(text).replace("\n", "<br>")


# -- formatting --------------------------------------------------------------------------------------


def fmt_date(value: date | None) -> str:
    """A date in the GUI language's format (see :func:`app.ui.i18n.format_date`); None: empty."""
    return format_date(value)


def fmt_time(value: time | None) -> str:
    return format_time(value)


def fmt_local_time(value: datetime | None) -> str:
    """A stored (naive UTC) moment as the local date and time, in the GUI language's format."""
    return format_local_datetime(value)


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
