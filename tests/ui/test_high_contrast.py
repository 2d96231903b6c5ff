"""Highlighted rows stay readable in a dark high-contrast palette: a light band always gets dark text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.common import HIGHLIGHT_COLORS, RecordTableModel, TableColumn


@dataclass(frozen=True)
class Row:
    id: str
    overdue: bool


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_highlighted_rows_meet_wcag_contrast_in_a_dark_palette(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    dark = QPalette()
    for role, color in ((QPalette.ColorRole.Base, "#000000"), (QPalette.ColorRole.Text, "#ffffff")):
        dark.setColor(role, QColor(color))
    app.setPalette(dark)
    try:
        model = RecordTableModel(
            [TableColumn("编号", lambda r: r.id)],
            row_id=lambda r: r.id,
            highlight=lambda r: "overdue" if r.overdue else None,
        )
        model.set_rows([Row("a", True), Row("b", False)])
        qtmodeltester.check(model)
        band = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
        text = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
        assert band == HIGHLIGHT_COLORS["overdue"]
        assert isinstance(text, QColor) and contrast(band, text) >= 4.5  # WCAG AA for normal text
        # The palette's own white text on that band would fail: that is what the dark text prevents.
        assert contrast(band, app.palette().color(QPalette.ColorRole.Text)) < 4.5
        # Rows without a highlight follow the palette entirely.
        assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
        assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    finally:
        app.setPalette(original)
