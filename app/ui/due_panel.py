"""The "due" panel (待办): what needs doing — plan reviews, retention checkpoints due or overdue,
unfinished drafts, clients with no contact for too long, supervision due. Docked beside the caseload,
it is the coach's start page; Enter or a double-click opens the client concerned."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CodedError
from app.services.due import DueItem
from app.services.workspace import Workspace
from app.ui.common import RecordTableModel, TableColumn, fit_columns, record_table, spaced
from app.ui.i18n import QT_TR_NOOP, format_date, format_month_day, tr
from app.ui.messages import error_text

KIND_LABELS = {
    "plan_review": QT_TR_NOOP("计划检讨"),
    "checkpoint_due": QT_TR_NOOP("回访将到期"),
    "checkpoint_overdue": QT_TR_NOOP("回访逾期"),
    "draft": QT_TR_NOOP("草稿未定稿"),
    "no_contact": QT_TR_NOOP("长期未联系"),
    "supervision": QT_TR_NOOP("督导到期"),
}


def kind_label(kind: str) -> str:
    label = KIND_LABELS.get(kind)
    return tr(label) if label is not None else kind


def when(item: DueItem) -> str:
    if item.days_overdue > 0:
        return tr("逾期 %n 天", None, item.days_overdue)
    if item.days_overdue < 0:
        return tr("{date} 到期").format(date=format_month_day(item.due_on))
    return tr("今天")


def _plan_review(item: DueItem) -> str:
    days = item.days_overdue
    if days > 0:
        return tr("{name}：就业计划复核已逾期%n天", None, days)
    if days < 0:
        return tr("{name}：就业计划复核%n天后到期（{date}）", None, -days)
    return tr("{name}：就业计划复核今天到期")


def _checkpoint(item: DueItem) -> str:
    days = item.days_overdue
    if days > 0:
        return tr("{name}：就业后第{day}天回访已逾期%n天", None, days)
    if days < 0:
        return tr("{name}：就业后第{day}天回访%n天后到期（{date}）", None, -days)
    return tr("{name}：就业后第{day}天回访今天到期")


def content(item: DueItem) -> str:
    """What is due, in words: the service gives the name and a reason code with parameters."""
    days = int(item.params.get("days", 0))
    if item.reason == "plan_review":
        text = _plan_review(item)
    elif item.reason == "checkpoint":
        text = _checkpoint(item)
    elif item.reason == "draft":
        text = tr("{name}：{date}的服务记录未定稿")
    elif item.reason == "no_session":
        text = tr("{name}：已%n天没有服务", None, days)
    elif item.reason == "not_started":
        text = tr("{name}：接案%n天仍未开始服务", None, days)
    elif item.reason == "never_supervised":
        text = tr("{name}：尚无督导记录")
    elif item.reason == "supervision_gap":
        text = tr("{name}：已%n天未接受督导", None, days)
    else:  # a reason this GUI does not know yet
        text = tr("{name}：{reason}")
    return text.format(
        name=item.name,
        reason=item.reason,
        date=format_month_day(item.due_on) if item.reason != "draft" else format_date(item.due_on),
        day=item.params.get("day", ""),
    )


class DuePanel(QDockWidget):
    """A dock with the due items of the signed-in user (a supervisor may see everyone's)."""

    clientActivated = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(tr("待办"), parent)
        self.ws = workspace
        self.setObjectName("due-panel")
        self.setAccessibleName(tr("待办事项"))
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setAccessibleName(tr("待办统计"))
        self.summary.setWordWrap(True)
        self.mine = QCheckBox(tr("只看我的服务对象"), body)
        self.mine.setAccessibleName(tr("只看我的服务对象"))
        actor = workspace.actor
        self.mine.setChecked(actor is not None and not actor.is_supervisor)
        self.mine.toggled.connect(self.refresh)
        refresh = QPushButton(tr("刷新"), body)
        refresh.setAccessibleName(tr("刷新待办"))
        refresh.clicked.connect(self.refresh)
        self.model = RecordTableModel(
            [
                TableColumn(tr("事项"), lambda i: kind_label(i.kind)),
                TableColumn(tr("期限"), when),
                TableColumn(tr("内容"), content),
            ],
            row_id=lambda i: f"{i.kind}:{i.record_id or i.client_id or i.user_id}",
            highlight=lambda i: "overdue" if i.days_overdue > 0 else None,
            parent=self,
        )
        self.view = record_table(tr("待办列表"), self.model)
        self.view.activated.connect(self._activate)
        top = QHBoxLayout()
        top.addWidget(self.mine)
        top.addStretch(1)
        top.addWidget(refresh)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.setWidget(body)
        self.refresh()

    def refresh(self) -> None:
        actor = self.ws.actor
        coach = actor.user_id if actor is not None and self.mine.isChecked() else None
        try:
            items = self.ws.due.items(coach_id=coach)
        except CodedError as exc:
            self.summary.setText(error_text(exc))
            return
        self.model.set_rows(items)
        counts: dict[str, int] = {}
        for item in items:
            counts[item.kind] = counts.get(item.kind, 0) + 1
        parts = [f"{tr(KIND_LABELS[k])} {n}" for k, n in counts.items() if k in KIND_LABELS]
        self.summary.setText(spaced(parts) if parts else tr("暂无待办事项。"))
        fit_columns(self.view)

    def _activate(self, index: QModelIndex) -> None:
        item = self.model.row_object(index.row())
        if item is not None and item.client_id:
            self.clientActivated.emit(item.client_id)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_F5:
            self.refresh()
            return
        super().keyPressEvent(event)
