"""The one renderer that draws any form definition over a snapshot, to PDF bytes (reportlab).

Print rules: A4; a header with the organisation's name (and logo) on every page; "第 x / y 页";
table headers repeated on each page; long text wraps and flows onto new pages; signature blocks kept
whole. The footer carries the form code and version, the subject, the "records as of" time and the
content hash, with a QR code holding the same; a closing "记录清单" lists every record printed with its
version. The PDF's metadata holds the full manifest for ``verify-pdf``.

Determinism: the same snapshot gives byte-identical output — reportlab's invariant mode, with the
document dates taken from the snapshot's ``as_of`` and the document id derived from the content.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.errors import CodedError
from app.domain.reference import ReferenceData
from app.forms.definition import (
    ChoicesSection,
    FieldsSection,
    FormDefinition,
    NoteSection,
    SignaturesSection,
    TableSection,
    TextSection,
)
from app.forms.snapshot import FormSnapshot, canonical_json, lookup

FONT = "CoachDeskSans"
PAGE_W, PAGE_H = A4
MARGIN_X = 16 * mm
TOP = 24 * mm  # header band
BOTTOM = 30 * mm  # footer band with the QR code
BODY_W = PAGE_W - 2 * MARGIN_X
GRID = colors.Color(0.45, 0.45, 0.45)
SHADE = colors.Color(0.93, 0.93, 0.93)
# Empty string cells are drawn in the table's font: make it ours, so no unembedded font is referenced.
FONT_CELLS = ("FONTNAME", (0, 0), (-1, -1), FONT)


def register_font(path: Path) -> str:
    """Register the bundled CJK TrueType font once (subset-embedded in every PDF)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    return FONT


def font_characters(path: Path) -> frozenset[int]:
    """The code points the font has glyphs for (to check a form needs nothing it lacks)."""
    register_font(path)
    face = pdfmetrics.getFont(FONT).face
    return frozenset(face.charToGlyph)


@dataclass(frozen=True)
class Letterhead:
    """The organisation's name and logo, from settings."""

    organisation: str
    logo: Path | None = None


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13.5, wordWrap="CJK")
    return {
        "body": base,
        "label": ParagraphStyle("label", parent=base, textColor=colors.Color(0.15, 0.15, 0.15)),
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10),
        "title": ParagraphStyle(
            "title", parent=base, fontSize=16, leading=22, alignment=1, spaceAfter=2 * mm
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=8.5, alignment=1, spaceAfter=4 * mm),
        "section": ParagraphStyle(
            "section", parent=base, fontSize=11, leading=15, spaceBefore=4 * mm, spaceAfter=1.5 * mm
        ),
        "box": ParagraphStyle(
            "box",
            parent=base,
            borderWidth=0.6,
            borderColor=GRID,
            borderPadding=(2 * mm, 2 * mm, 2 * mm, 2 * mm),
            spaceBefore=3 * mm,
            spaceAfter=3 * mm,
            leftIndent=2 * mm,
            rightIndent=2 * mm,
        ),
    }


def display(value: Any) -> str:
    """A snapshot value as printed text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (list, tuple)):
        return "、".join(display(v) for v in value)
    return str(value)


def _para(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(display(text)).replace("\n", "<br/>"), style)


class RenderError(CodedError):
    """A form cannot be printed because of a setting or resource (the message says which)."""

    code = "render_error"


class FormRenderer:
    """Renders a :class:`FormDefinition` over a :class:`FormSnapshot` to PDF bytes."""

    def __init__(self, font_path: Path, letterhead: Letterhead, reference: ReferenceData):
        register_font(font_path)
        if letterhead.logo is not None:
            try:
                ImageReader(str(letterhead.logo)).getSize()
            except Exception as exc:  # PIL raises several types for unreadable images
                raise RenderError(
                    f"The organisation logo (setting organisation_logo: {letterhead.logo}) cannot be read as "
                    "an image; choose a PNG or JPEG file or clear the setting.",
                    code="logo_unreadable",
                ) from exc
        self.letterhead = letterhead
        self.reference = reference
        self.styles = _styles()

    # -- public ----------------------------------------------------------------------------------------

    def render(self, definition: FormDefinition, snapshot: FormSnapshot) -> bytes:
        if (definition.code, definition.version) != (snapshot.form_code, snapshot.form_version):
            raise ValueError("the snapshot was taken for another form or version")
        story = self.story(definition, snapshot)
        buffer = io.BytesIO()
        doc = _Document(buffer, snapshot, self.letterhead, definition)
        doc.build(story, canvasmaker=_canvas_maker(snapshot, self.letterhead, definition))
        return buffer.getvalue()

    def story(self, definition: FormDefinition, snapshot: FormSnapshot) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [
            _para(definition.title, s["title"]),
            _para(
                f"依据：{definition.standard}　　表单编号：{definition.code}　版本：{definition.version}",
                s["subtitle"],
            ),
        ]
        for section in definition.sections:
            story.extend(self._section(section, snapshot.data))
        story.extend(self._record_list(snapshot))
        return story

    # -- sections --------------------------------------------------------------------------------------

    def _title(self, text: str) -> list[Flowable]:
        return [_para(text, self.styles["section"])] if text else []

    def _section(self, section: Any, data: Mapping[str, Any]) -> list[Flowable]:
        if isinstance(section, FieldsSection):
            return self._fields(section, data)
        if isinstance(section, TableSection):
            return self._table(section, data)
        if isinstance(section, ChoicesSection):
            return self._choices(section, data)
        if isinstance(section, TextSection):
            return self._text(section, data)
        if isinstance(section, SignaturesSection):
            return self._signatures(section, data)
        if isinstance(section, NoteSection):
            return [_para(section.text, self.styles["small"]), Spacer(1, 2 * mm)]
        raise TypeError(f"unknown section {type(section).__name__}")

    def _fields(self, section: FieldsSection, data: Mapping[str, Any]) -> list[Flowable]:
        s = self.styles
        cols = section.columns
        label_w = {1: 32 * mm, 2: 30 * mm, 3: 26 * mm}.get(cols, 22 * mm)
        value_w = (BODY_W - cols * label_w) / cols
        rows: list[list[Any]] = []
        spans: list[tuple[int, int, int]] = []  # (row, first value col, last value col)
        row: list[Any] = []
        used = 0
        for f in section.fields:
            span = min(f.span, cols)
            if used + span > cols:
                row += ["", ""] * (cols - used)
                rows.append(row)
                row, used = [], 0
            start = len(row)
            row += [_para(f.label, s["label"]), _para(lookup(data, f.bind), s["body"])]
            if span > 1:
                row += [""] * (2 * (span - 1))
                spans.append((len(rows), start + 1, start + 2 * span - 1))
            used += span
        if row:
            row += ["", ""] * (cols - used)
            rows.append(row)
        widths = [label_w, value_w] * cols
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for c in range(0, 2 * cols, 2):
            style.append(("BACKGROUND", (c, 0), (c, -1), SHADE))
        for r, c0, c1 in spans:
            style += [("SPAN", (c0, r), (c1, r)), ("BACKGROUND", (c0, r), (c1, r), colors.white)]
        table = Table(
            rows, colWidths=widths, style=TableStyle([FONT_CELLS, *style]), splitByRow=True, splitInRow=1
        )
        return [*self._title(section.title), table, Spacer(1, 2 * mm)]

    def _table(self, section: TableSection, data: Mapping[str, Any]) -> list[Flowable]:
        s = self.styles
        items = lookup(data, section.rows) or []
        total = sum(c.width for c in section.columns)
        widths = [BODY_W * c.width / total for c in section.columns]
        header = [_para(c.label, s["label"]) for c in section.columns]
        body = [[_para(lookup(item, c.bind), s["body"]) for c in section.columns] for item in items]
        if not body:
            body = [[_para(section.empty, s["body"])] + [""] * (len(section.columns) - 1)]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if not items:
            style.append(("SPAN", (0, 1), (-1, 1)))
        table = Table(
            [header, *body],
            colWidths=widths,
            repeatRows=1,
            style=TableStyle([FONT_CELLS, *style]),
            splitByRow=True,
            splitInRow=1,  # a row taller than a page (a month with a long session) flows on
        )
        return [*self._title(section.title), table, Spacer(1, 2 * mm)]

    def _choices(self, section: ChoicesSection, data: Mapping[str, Any]) -> list[Flowable]:
        chosen = lookup(data, section.bind)
        picked = set(chosen) if isinstance(chosen, (list, tuple, set)) else {chosen}
        options = self.reference.codes(section.code_list)
        # A binding may hold codes or display names (the snapshot prints names): tick either way.
        marks = [
            f"{'■' if code in picked or entry.name() in picked else '□'} {entry.name()}"
            for code, entry in options.items()
        ]
        cols = section.columns
        rows = [marks[i : i + cols] for i in range(0, len(marks), cols)]
        rows[-1] += [""] * (cols - len(rows[-1]))
        cells = [[_para(m, self.styles["body"]) for m in r] for r in rows]
        table = Table(
            cells,
            colWidths=[BODY_W / cols] * cols,
            style=TableStyle([FONT_CELLS, ("BOX", (0, 0), (-1, -1), 0.5, GRID)]),
        )
        return [*self._title(section.title), table, Spacer(1, 2 * mm)]

    def _text(self, section: TextSection, data: Mapping[str, Any]) -> list[Flowable]:
        text = display(lookup(data, section.bind)).strip()
        lines = text.count("\n") + 1 if text else 0
        padding = "<br/>" * max(0, section.min_lines - lines)
        body = Paragraph((escape(text).replace("\n", "<br/>") or "&nbsp;") + padding, self.styles["box"])
        return [*self._title(section.title), body]

    def _signatures(self, section: SignaturesSection, data: Mapping[str, Any]) -> list[Flowable]:
        s = self.styles
        cells = []
        for block in section.blocks:
            name = display(lookup(data, block.name)) if block.name else ""
            cells.append(
                [
                    _para(block.label, s["label"]),
                    Spacer(1, 9 * mm),
                    _para(f"签名：{name}", s["body"]),
                    _para("日期：________年____月____日", s["body"]),
                ]
            )
        n = len(cells)
        table = Table(
            [cells],
            colWidths=[BODY_W / n] * n,
            style=TableStyle(
                [
                    FONT_CELLS,
                    ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                    ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            ),
        )
        return [KeepTogether([*self._title(section.title), table, Spacer(1, 2 * mm)])]

    def _record_list(self, snapshot: FormSnapshot) -> list[Flowable]:
        s = self.styles
        rows = [[_para("表", s["small"]), _para("记录编号", s["small"]), _para("版本", s["small"])]]
        rows += [
            [_para(r.table, s["small"]), _para(r.id, s["small"]), _para(r.version, s["small"])]
            for r in sorted(snapshot.records)
        ]
        table = Table(
            rows,
            colWidths=[BODY_W * 0.28, BODY_W * 0.52, BODY_W * 0.2],
            repeatRows=1,
            style=TableStyle(
                [
                    FONT_CELLS,
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ]
            ),
        )
        intro = _para(
            f"记录清单（共 {len(snapshot.records)} 条；记录截至 {snapshot.as_of:%Y-%m-%d %H:%M}；"
            f"内容摘要 SHA-256 {snapshot.content_hash}）",
            s["small"],
        )
        return [Spacer(1, 4 * mm), intro, table]


# -- page furniture ------------------------------------------------------------------------------------


class _Document(BaseDocTemplate):
    def __init__(
        self, buffer: io.BytesIO, snapshot: FormSnapshot, letterhead: Letterhead, definition: FormDefinition
    ):
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=f"{definition.title}（{definition.code} v{definition.version}）",
            author=letterhead.organisation,
            subject=snapshot.subject,
            creator="CoachDesk",
            keywords="CoachDeskManifest:" + canonical_json(snapshot.manifest()),
            invariant=1,
            initialFontName=FONT,  # so no unembedded base-14 font is ever referenced
        )
        frame = Frame(
            MARGIN_X, BOTTOM, BODY_W, PAGE_H - TOP - BOTTOM, id="body", leftPadding=0, rightPadding=0
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])


def _canvas_maker(snapshot: FormSnapshot, letterhead: Letterhead, definition: FormDefinition) -> type:
    as_of: datetime = snapshot.as_of

    def pdf_date(*_args: Any) -> str:
        return as_of.strftime("D:%Y%m%d%H%M%S+00'00'")

    class NumberedCanvas(rl_canvas.Canvas):
        """Draws header and footer after the last page is known, so pages read "x / y"."""

        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self.setDateFormatter(pdf_date)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            self.beginForm(QR_FORM, lowerx=0, lowery=0, upperx=QR_SIZE, uppery=QR_SIZE)
            _draw_qr(self, snapshot.qr_payload(), 0, 0, QR_SIZE)
            self.endForm()
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _furniture(self, number, total, snapshot, letterhead, definition)
                super().showPage()
            super().save()

    return NumberedCanvas


def _furniture(
    c: rl_canvas.Canvas,
    page: int,
    total: int,
    snapshot: FormSnapshot,
    letterhead: Letterhead,
    definition: FormDefinition,
) -> None:
    c.saveState()
    # header
    x = MARGIN_X
    if letterhead.logo is not None:
        c.drawImage(
            str(letterhead.logo),
            x,
            PAGE_H - 17 * mm,
            width=10 * mm,
            height=10 * mm,
            preserveAspectRatio=True,
            mask="auto",
        )
        x += 12 * mm
    c.setFont(FONT, 10)
    c.drawString(x, PAGE_H - 13 * mm, letterhead.organisation)
    c.setFont(FONT, 8)
    c.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 13 * mm, f"{definition.title}　{definition.code}")
    c.setStrokeColor(GRID)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, PAGE_H - 16 * mm, PAGE_W - MARGIN_X, PAGE_H - 16 * mm)
    # footer
    c.line(MARGIN_X, BOTTOM - 4 * mm, PAGE_W - MARGIN_X, BOTTOM - 4 * mm)
    c.setFont(FONT, 7)
    lines = [
        f"表单 {definition.code} v{definition.version}　对象 {snapshot.subject}:{snapshot.subject_key}",
        f"记录 {len(snapshot.records)} 条（见文末记录清单）　记录截至 {snapshot.as_of:%Y-%m-%d %H:%M:%S} UTC",
        f"SHA-256 {snapshot.content_hash}",
    ]
    for i, line in enumerate(lines):
        c.drawString(MARGIN_X, BOTTOM - 9 * mm - i * 3.4 * mm, line)
    c.setFont(FONT, 8)
    c.drawRightString(PAGE_W - MARGIN_X - 22 * mm, BOTTOM - 9 * mm, f"第 {page} / {total} 页")
    c.translate(PAGE_W - MARGIN_X - QR_SIZE, BOTTOM - 25 * mm)
    c.doForm(QR_FORM)
    c.restoreState()


QR_FORM = "coachdesk-qr"
QR_SIZE = 20 * mm


def _draw_qr(c: rl_canvas.Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code drawn with rectangles (reportlab's widget would reference a base-14 font). Drawn once
    per document into a form XObject that every page reuses."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)  # None: the smallest version that fits
    qr.addData(payload)
    qr.make()
    count = qr.getModuleCount()
    border = 2
    box = size / (count + 2 * border)
    c.setFillColor(colors.black)
    for r, row in enumerate(qr.modules):
        for col, dark in enumerate(row):
            if dark:
                c.rect(
                    x + (col + border) * box, y + size - (r + border + 1) * box, box, box, stroke=0, fill=1
                )


def glyph_gaps(texts: Sequence[str], font_path: Path) -> set[str]:
    """Characters in ``texts`` that the font has no glyph for (whitespace aside)."""
    have = font_characters(font_path)
    return {ch for t in texts for ch in t if not ch.isspace() and ord(ch) not in have}
