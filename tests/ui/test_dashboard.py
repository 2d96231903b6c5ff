"""The dashboard computes off the GUI thread and shows the same figures the services compute."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from app.bootstrap import open_workspace
from app.domain.outcomes import Period, Scope
from app.services.demo import DemoBuilder
from app.services.workspace import Workspace
from app.ui.dashboard import Dashboard

TODAY = date(2026, 11, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = open_workspace(
        tmp_path_factory.mktemp("dash") / "data", passphrase="test-passphrase-1", today=lambda: TODAY
    )
    DemoBuilder(ws, months=8).build(24)
    yield ws
    ws.close()


def refreshed(qtbot, ws: Workspace, start: date, scope_text: str | None = None) -> Dashboard:  # type: ignore[no-untyped-def]
    board = Dashboard(ws)
    qtbot.addWidget(board)
    board.start.setDate(QDate(start.year, start.month, start.day))
    if scope_text is not None:
        board.scope.setCurrentIndex(board.scope.findText(scope_text))
    board.refresh()
    qtbot.waitUntil(lambda: board.data is not None, timeout=60_000)
    return board


def test_cards_show_the_service_figures(
    qtbot, demo: Workspace, assert_accessible: Callable[[QWidget], None]
) -> None:  # type: ignore[no-untyped-def]
    board = refreshed(qtbot, demo, date(2026, 4, 1))
    expected = demo.outcomes.figures(Period(date(2026, 4, 1), TODAY))
    assert board.card_values["sessions"].text() == str(expected.sessions)
    assert board.card_values["clients_served"].text() == str(expected.clients_served)
    assert board.card_values["placements"].text() == str(expected.placements)
    assert board.card_values["hours"].text() == f"{expected.coaching_hours:.1f}"
    assert expected.sessions > 0
    # One bar per month of the period in the monthly charts; the fading curve is a line.
    bars = [s for s in board.placements_chart.chart().series() if isinstance(s, QBarSeries)]
    assert bars and bars[0].barSets()[0].count() == 8  # April … November
    lines = [s for s in board.fading_chart.chart().series() if isinstance(s, QLineSeries)]
    assert lines and lines[0].count() == len(expected.fading_curve)
    board.show()
    assert_accessible(board)


def test_scope_changes_the_figures(qtbot, demo: Workspace) -> None:  # type: ignore[no-untyped-def]
    coach = demo.people.users("coach")[0]
    board = refreshed(qtbot, demo, date(2026, 4, 1), f"辅导员：{coach.display_name}")
    expected = demo.outcomes.figures(Period(date(2026, 4, 1), TODAY), Scope("coach", coach.id))
    everyone = demo.outcomes.figures(Period(date(2026, 4, 1), TODAY))
    assert board.card_values["sessions"].text() == str(expected.sessions)
    assert 0 < expected.sessions < everyone.sessions


def test_end_before_start_is_refused(qtbot, demo: Workspace) -> None:  # type: ignore[no-untyped-def]
    board = Dashboard(demo)
    qtbot.addWidget(board)
    board.start.setDate(QDate(2026, 11, 1))
    board.end.setDate(QDate(2026, 10, 1))
    board.refresh()
    assert board.task is None
    assert "不能早于" in board.status.text()


def test_screenshot(qtbot, demo: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    board = refreshed(qtbot, demo, date(2026, 1, 1))
    board.resize(1200, 900)
    board.show()
    qtbot.waitExposed(board)
    path = tmp_path / "dashboard.png"
    assert board.grab().save(str(path))
    assert path.stat().st_size > 10_000
