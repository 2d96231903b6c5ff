"""The caseload table model: one row per client, read page by page from :meth:`ClientService.caseload`.

The model never loads the whole caseload. It holds the rows fetched so far and asks the service for
the next page of :data:`PAGE_SIZE` rows when a view scrolls to the end (``canFetchMore``/``fetchMore``).
Searching, filtering and sorting are done in SQL by the service: each change resets the model and
loads the first page again.

Only masked ID numbers reach the model (``CaseloadRow.id_masked``); the full number is never shown in
a list.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.reference import ReferenceData
from app.services.clients import CaseloadPage, CaseloadRow, ClientService
from app.storage.errors import StorageError
from app.ui.i18n import QT_TR_NOOP, format_date, language, tr
from app.ui.sync_states import state_label

__all__ = ["COLUMNS", "PAGE_SIZE", "CaseloadModel", "Column", "IdRole"]

#: How many rows one ``fetchMore`` (and the first load) reads.
PAGE_SIZE = 200

#: Item data role that returns the client id (``str``) of a row, in any column.
IdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column of the caseload table: its header and, if it can be sorted, the service's sort key."""

    key: str
    title: str
    sort_key: str | None = None


COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TR_NOOP("姓名"), "name"),
    Column("id_masked", QT_TR_NOOP("身份证号")),
    Column("sex", QT_TR_NOOP("性别")),
    Column("town", QT_TR_NOOP("镇街"), "town"),
    Column("status", QT_TR_NOOP("状态"), "status"),
    Column("coach", QT_TR_NOOP("辅导员")),
    Column("intake_date", QT_TR_NOOP("接案日期"), "intake_date"),
    Column("last_session", QT_TR_NOOP("最近服务"), "last_session"),
    Column("sync", QT_TR_NOOP("同步")),
)

NAME, ID_MASKED, SEX, TOWN, STATUS, COACH, INTAKE_DATE, LAST_SESSION, SYNC = range(len(COLUMNS))

#: Sync state per client id for the rows being added (empty when the workspace has no server).
SyncStates = Callable[[list[str]], dict[str, str]]


def _date_text(value: datetime.date | None) -> str:
    return format_date(value)


class CaseloadModel(QAbstractTableModel):
    """The caseload list as a lazily paged, read-only table model.

    Args:
        clients: the service the rows come from.
        reference: reference data for town names and the labels of codes (in the GUI language).
        page_size: rows per page (tests may use smaller pages).

    Signals:
        totalChanged(int): the number of clients matching the current search and filters changed.
        loadFailed(str): reading a page failed with a :class:`StorageError`; the argument is its message.
            The model keeps the rows it had (or is empty after a failed reset) and stops fetching.
    """

    totalChanged = Signal(int)
    loadFailed = Signal(str)

    def __init__(
        self,
        clients: ClientService,
        reference: ReferenceData,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        sync_states: SyncStates | None = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1:
            raise ValueError("page_size must be positive")
        self._clients = clients
        self._ref = reference
        self._page_size = page_size
        self._rows: list[CaseloadRow] = []
        self._ids: set[str] = set()
        self._sync_states = sync_states
        self._states: dict[str, str] = {}
        self._total = 0
        self._search = ""
        self._town_code: str | None = None
        self._status: str | None = None
        self._phase: str | None = None
        self._coach_id: str | None = None
        self._due_only = False
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._load_error: str | None = None
        self._sex_names = {c.code: c.name(language()) for c in reference.codes("sex").values()}
        self._status_names = {c.code: c.name(language()) for c in reference.codes("client_status").values()}
        self._phase_names = {c.code: c.name(language()) for c in reference.codes("phase").values()}
        self.refresh()

    # -- what is shown --------------------------------------------------------------------------------

    def total(self) -> int:
        """How many clients match the current search and filters (not just the rows loaded)."""
        return self._total

    def loaded(self) -> int:
        """How many rows have been read so far."""
        return len(self._rows)

    def load_error(self) -> str | None:
        """The message of the last failed read, or None if the last read worked."""
        return self._load_error

    def search(self) -> str:
        return self._search

    def town_code(self) -> str | None:
        return self._town_code

    def status(self) -> str | None:
        return self._status

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    @staticmethod
    def is_sortable(column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column].sort_key is not None

    def client_id(self, row: int) -> str | None:
        """The client id shown in ``row``, or None when out of range."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # -- changing the query ---------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        """Show only clients whose name or phone contains ``text`` or whose ID number ends with it."""
        text = text.strip()
        if text != self._search:
            self._search = text
            self.refresh()

    def set_filter(
        self,
        town_code: str | None = None,
        status: str | None = None,
        *,
        phase: str | None = None,
        coach_id: str | None = None,
        due_only: bool = False,
    ) -> None:
        """Show only clients of a town (镇街 code), status, phase and assigned coach, and/or only those
        with something due; None (False) means any."""
        wanted = (town_code or None, status or None, phase or None, coach_id or None, bool(due_only))
        if wanted != (self._town_code, self._status, self._phase, self._coach_id, self._due_only):
            self._town_code, self._status, self._phase, self._coach_id, self._due_only = wanted
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` in SQL. Columns the service cannot sort by are ignored."""
        if not self.is_sortable(column):
            return
        if (column, order) != (self._sort_column, self._sort_order):
            self._sort_column = column
            self._sort_order = order
            self.refresh()

    def refresh(self) -> None:
        """Drop the rows loaded and read the first page again (after a search, filter or sort change,
        or when the data may have changed)."""
        self.beginResetModel()
        self._rows = []
        self._ids = set()
        self._states = {}
        try:
            page = self._query(0)
        except StorageError as exc:
            self._total = 0
            self._load_error = str(exc)
            self.endResetModel()
            self.totalChanged.emit(0)
            self.loadFailed.emit(self._load_error)
            return
        self._load_error = None
        self._add(page.rows)
        self._total = max(page.total, len(self._rows))
        self.endResetModel()
        self.totalChanged.emit(self._total)

    # -- paging ---------------------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt default argument
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt default argument
        if not self.canFetchMore(parent):
            return
        try:
            page = self._query(len(self._rows))
        except StorageError as exc:
            self._load_error = str(exc)
            self._stop_fetching()
            self.loadFailed.emit(self._load_error)
            return
        # Rows added or deleted elsewhere since the first page shift the offsets; never show a row
        # twice, and stop asking when a page brings nothing new.
        fresh = [r for r in page.rows if r.id not in self._ids]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._add(fresh)
            self.endInsertRows()
        total = max(page.total, len(self._rows)) if fresh else len(self._rows)
        if total != self._total:
            self._total = total
            self.totalChanged.emit(total)

    def _stop_fetching(self) -> None:
        if self._total != len(self._rows):
            self._total = len(self._rows)
            self.totalChanged.emit(self._total)

    def _query(self, offset: int) -> CaseloadPage:
        sort_key = COLUMNS[self._sort_column].sort_key or "name"
        return self._clients.caseload(
            search=self._search,
            town_code=self._town_code,
            status=self._status,
            phase=self._phase,
            coach_id=self._coach_id,
            due_only=self._due_only,
            sort=sort_key,
            descending=self._sort_order == Qt.SortOrder.DescendingOrder,
            offset=offset,
            limit=self._page_size,
        )

    def _add(self, rows: list[CaseloadRow]) -> None:
        if self._sync_states is not None:  # the page's roll-ups, read with the page
            self._states.update(self._sync_states([r.id for r in rows]))
        for row in rows:
            if row.id not in self._ids:
                self._ids.add(row.id)
                self._rows.append(row)

    # -- QAbstractItemModel ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        title = tr(column.title)
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.sort_key:
                return tr("按{column}排序").format(column=title)
            return tr("不能按{column}排序").format(column=title)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return None
        item = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == IdRole:
            return item.id
        return None

    def _display(self, item: CaseloadRow, column: int) -> str:
        if column == NAME:
            return item.name
        if column == ID_MASKED:
            return item.id_masked
        if column == SEX:
            return self._sex_names.get(item.sex, item.sex)
        if column == TOWN:
            return self._ref.town_name(item.town_code)
        if column == STATUS:
            return self._status_names.get(item.status, item.status)
        if column == COACH:
            return item.coach_name
        if column == INTAKE_DATE:
            return _date_text(item.intake_date)
        if column == SYNC:
            state = self._states.get(item.id)
            return state_label(state) if state else ""
        return _date_text(item.last_session)

    def _tooltip(self, item: CaseloadRow, column: int) -> str:
        if column == ID_MASKED:
            return tr("身份证号已隐藏中间八位")
        if column == STATUS:
            phase = self._phase_names.get(item.phase, item.phase)
            return tr("状态：{status}；阶段：{phase}").format(status=self._display(item, STATUS), phase=phase)
        if column == TOWN and not item.town_code:
            return tr("未登记镇街")
        if column == COACH and not item.coach_name:
            return tr("未分配辅导员")
        if column == LAST_SESSION and item.last_session is None:
            return tr("尚无服务记录")
        return self._display(item, column)
