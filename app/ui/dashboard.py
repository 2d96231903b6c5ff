"""The dashboard: the outcome figures of DOMAIN.md §2.2 for a chosen period and scope, with charts —
placements per month, retention by checkpoint, coaching hours per month, and the fading curve.

Figures are computed off the GUI thread (one background task per refresh); the charts are QtCharts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CodedError
from app.domain.outcomes import OutcomeFigures, Period, Ratio, Scope
from app.services.workspace import Workspace
from app.ui.i18n import QT_TR_NOOP, date_input_format, format_date, format_month, format_number, tr
from app.ui.messages import error_text
from app.ui.tasks import Task, run_task


@dataclass(frozen=True)
class DashboardData:
    figures: OutcomeFigures
    months: list[tuple[str, OutcomeFigures]]


def pct(r: Ratio) -> str:
    if r.rate is None:
        return "–"
    return tr("{rate}%（{numerator}/{denominator}）").format(
        rate=format_number(100 * r.rate, 1),
        numerator=format_number(r.numerator),
        denominator=format_number(r.denominator),
    )


def month_labels(months: list[str]) -> list[str]:
    """The chart's months ("2026-03") short enough for a dozen bars: 26-03, 26/03, Mar 26 (Mar when
    they are all in one year)."""
    year = len({m[:4] for m in months}) > 1
    labels = []
    for month in months:
        try:
            labels.append(format_month(date.fromisoformat(f"{month}-01"), year=year))
        except ValueError:
            labels.append(month)
    return labels


class Dashboard(QWidget):
    """Period and scope pickers, figure cards and four charts."""

    CARDS = (
        ("clients_served", QT_TR_NOOP("服务人数")),
        ("sessions", QT_TR_NOOP("服务人次")),
        ("hours", QT_TR_NOOP("辅导时数")),
        ("placements", QT_TR_NOOP("新增就业")),
        ("placement_rate", QT_TR_NOOP("就业率")),
        ("retention_90", QT_TR_NOOP("90 天稳定就业")),
        ("plans", QT_TR_NOOP("计划按时完成")),
        ("supervision", QT_TR_NOOP("按时接受督导")),
    )

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = workspace
        self.task: Task | None = None
        self.data: DashboardData | None = None
        self.setAccessibleName(tr("成效仪表板"))
        today = workspace.ctx.today()
        start = date(today.year, 1, 1)

        self.start = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name in ((self.start, tr("开始日期")), (self.end, tr("结束日期"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_input_format())
            edit.setAccessibleName(name)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(tr("范围"))
        self.scope.addItem(tr("全部"), ("all", None))
        for user in workspace.people.users("coach"):
            self.scope.addItem(tr("辅导员：{name}").format(name=user.display_name), ("coach", user.id))
        for cluster in sorted(set(workspace.ctx.reference.cluster_of().values())):
            self.scope.addItem(tr("片区：{cluster}").format(cluster=cluster), ("cluster", cluster))
        for town in workspace.ctx.reference.towns.values():
            self.scope.addItem(tr("镇街：{town}").format(town=town.name), ("town", town.code))
        self.refresh_button = QPushButton(tr("刷新(&R)"), self)
        self.refresh_button.setAccessibleName(tr("刷新成效数据"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel(self)
        self.status.setAccessibleName(tr("仪表板状态"))

        pickers = QHBoxLayout()
        form = QFormLayout()
        form.addRow(tr("从(&F)："), self.start)
        form.addRow(tr("到(&T)："), self.end)
        pickers.addLayout(form)
        scope_form = QFormLayout()
        scope_form.addRow(tr("范围(&S)："), self.scope)
        pickers.addLayout(scope_form)
        pickers.addWidget(self.refresh_button)
        pickers.addStretch(1)

        cards = QGroupBox(tr("主要指标"), self)
        grid = QGridLayout(cards)
        self.card_values: dict[str, QLabel] = {}
        for i, (key, title) in enumerate(self.CARDS):
            label = QLabel(tr(title), cards)
            value = QLabel("–", cards)
            value.setAccessibleName(tr(title))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            value.setFont(font)
            grid.addWidget(label, (i // 4) * 2, i % 4)
            grid.addWidget(value, (i // 4) * 2 + 1, i % 4)
            self.card_values[key] = value

        self.placements_chart = self._chart_view(tr("每月新增就业"))
        self.retention_chart = self._chart_view(tr("各回访节点稳定就业率"))
        self.hours_chart = self._chart_view(tr("每月辅导时数"))
        self.fading_chart = self._chart_view(tr("撤出曲线（辅导员在岗占比）"))
        charts = QGridLayout()
        charts.addWidget(self.placements_chart, 0, 0)
        charts.addWidget(self.retention_chart, 0, 1)
        charts.addWidget(self.hours_chart, 1, 0)
        charts.addWidget(self.fading_chart, 1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.status)
        layout.addWidget(cards)
        layout.addLayout(charts, 1)

    def _chart_view(self, title: str) -> QChartView:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(title)
        view.setMinimumHeight(220)
        return view

    # -- data ------------------------------------------------------------------------------------------

    def period(self) -> Period:
        s, e = self.start.date(), self.end.date()
        return Period(date(s.year(), s.month(), s.day()), date(e.year(), e.month(), e.day()))

    def selected_scope(self) -> Scope:
        kind, key = self.scope.currentData()
        return Scope(kind, key)

    def refresh(self) -> None:
        try:
            period = self.period()
        except ValueError:
            self.status.setText(tr("结束日期不能早于开始日期。"))
            return
        scope = self.selected_scope()
        outcomes = self.ws.outcomes

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> DashboardData:
            # off the GUI thread
            figures, months = outcomes.overview(period, scope)
            progress(1, 1)
            return DashboardData(figures, months)

        def failed(exc: BaseException) -> None:
            self.status.setText(
                error_text(exc) if isinstance(exc, CodedError) else tr("无法计算：{error}").format(error=exc)
            )

        self.status.setText(tr("正在计算…"))
        self.task = run_task(
            work,
            title=tr("成效仪表板"),
            label=tr("正在计算成效数据"),
            parent=self,
            on_success=self.show_data,
            on_error=failed,
        )

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        f = data.figures
        retention_90 = next((r for r in f.retention if r.day_offset == 90), None)
        values = {
            "clients_served": format_number(f.clients_served),
            "sessions": format_number(f.sessions),
            "hours": format_number(f.coaching_hours, 1),
            "placements": format_number(f.placements),
            "placement_rate": pct(f.placement_rate),
            "retention_90": pct(retention_90.rate) if retention_90 else "–",
            "plans": pct(f.plans_on_time),
            "supervision": pct(f.supervision_on_time),
        }
        for key, text in values.items():
            self.card_values[key].setText(text)
        months = month_labels([m for m, _ in data.months])
        self._bars(self.placements_chart, months, [float(m.placements) for _, m in data.months], tr("人"))
        self._bars(self.hours_chart, months, [round(m.coaching_hours, 1) for _, m in data.months], tr("小时"))
        self._bars(
            self.retention_chart,
            [tr("%n天", None, r.day_offset) for r in f.retention],
            [round(100 * r.rate.rate, 1) if r.rate.rate is not None else 0.0 for r in f.retention],
            "%",
            maximum=100,
        )
        self._line(self.fading_chart, [(float(w), p) for w, p in f.fading_curve])
        self.status.setText(
            tr("{start} 至 {end}　{scope}").format(
                start=format_date(f.period.start),
                end=format_date(f.period.end),
                scope=self.scope.currentText(),
            )
        )

    def _bars(
        self,
        view: QChartView,
        categories: list[str],
        values: list[float],
        unit: str,
        maximum: float | None = None,
    ) -> None:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(unit)
        bars.append(values)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(len(values) <= 12 and max([0.0, *values]) < 1000)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories or ["–"])
        y = QValueAxis()
        y.setRange(0, maximum if maximum is not None else max([1.0, *values]) * 1.15)
        y.setLabelFormat("%.0f")
        y.setTitleText(unit)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _line(self, view: QChartView, points: list[tuple[float, float]]) -> None:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QLineSeries()
        for w, p in points:
            series.append(w, p)
        chart.addSeries(series)
        x = QValueAxis()
        x.setRange(0, max([4.0, *(w for w, _ in points)]))
        x.setLabelFormat("%.0f")
        x.setTitleText(tr("入职后第几周"))
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%.0f")
        y.setTitleText("%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
