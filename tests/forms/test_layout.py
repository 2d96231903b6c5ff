"""Print quality: A4 pages with the organisation's name (and logo) on every page and "第 x / y 页";
long text that flows over pages with nothing clipped; table headers repeated on every page; signature
blocks never split; and determinism — the same records give a byte-identical PDF."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.domain.errors import CodedError
from app.domain.records import ClientInput, SessionInput
from app.forms.definition import load_definition
from app.forms.render import FormRenderer, Letterhead
from app.forms.snapshot import FormSnapshot
from app.services.workspace import Workspace

A4 = (595.2756, 841.8898)
ORG = "东莞市星光就业辅导中心"
END_MARKER = "【全文完·ENDMARK-7Q】"
SRM_HEADER = "日期时间类型方式分钟服务内容记录人状态"


def long_content(paragraphs: int = 90) -> str:
    """About 100 characters a paragraph, each numbered, ending with a marker (6,000+ characters)."""
    body = (
        "服务对象在班组长的示范下练习理货上架、核对价签和整理排面，"
        "辅导员记录每一步的独立程度并逐步撤出现场支持，"
    )
    parts = [
        f"【第{i:02d}段】{body}{'，'.join(['再次练习'] * (i % 3 + 1))}。" for i in range(1, paragraphs + 1)
    ]
    return "\n".join(parts) + "\n" + END_MARKER


def session(client: str, day: date, content: str, start: time = time(9, 0), **kw: Any) -> SessionInput:
    end = time(start.hour + 1, start.minute)
    return SessionInput(client, day, start, end, "in_person", "on_site_coaching", content, **kw)


def body_of(page_text: str, organisation: str) -> str:
    """A page's text without its header and footer (drawn after the body, from the organisation name)."""
    head, _sep, _tail = page_text.rpartition(organisation)
    return head


def page_of(pages: list[str], needle: str, kit: Any) -> list[int]:
    return [i for i, text in enumerate(pages) if kit.flat(needle) in kit.flat(text)]


# -- pages ------------------------------------------------------------------------------------------------


def test_long_text_flows_over_pages_with_nothing_clipped(
    workspace: Workspace, add_client: Callable[..., str], pdf: Any, kit: Any
) -> None:
    ws = workspace
    workspace.ctx.settings.set("organisation_name", ORG)
    content = long_content()
    assert len(content) > 6000 and content.count("\n") >= 90
    record = ws.sessions.save_draft(session(add_client(name="严晓彤"), date(2026, 10, 8), content))
    document = ws.forms.render("CD-SR", record)

    pages = pdf.pages(document)
    total = len(pages)
    assert total >= 2
    for number, text in enumerate(pages, start=1):
        assert f"第{number}/{total}页" in kit.flat(text), number  # x / y on every page
        assert ORG in text
    body = kit.flat("".join(body_of(t, ORG) for t in pages))
    assert kit.flat(content) in body  # every character, in order, across the page breaks
    assert END_MARKER in body
    # What follows the text still comes after it, whole.
    assert body.index(END_MARKER) < body.index("五、自然支持的建立") < body.index("督导审阅")
    poppler_pages = pdf.pdftotext(document).split("\f")[:total]
    assert kit.flat(content) in kit.flat("".join(body_of(t, ORG) for t in poppler_pages))
    for page in PdfReader(io.BytesIO(document)).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.01)


def test_a_long_session_in_the_monthly_form_flows_over_pages(
    workspace: Workspace, add_client: Callable[..., str], pdf: Any, kit: Any
) -> None:
    client = add_client(name="严晓彤")
    workspace.sessions.save_draft(session(client, date(2026, 10, 8), long_content()))
    document = workspace.forms.render("CD-SRM", f"{client}/2026-10")
    assert END_MARKER in kit.flat(pdf.text(document))


def test_a_long_value_in_a_fields_section_flows_over_pages(
    workspace: Workspace, add_client: Callable[..., str], pdf: Any, kit: Any
) -> None:
    record = workspace.sessions.save_draft(
        session(add_client(name="严晓彤"), date(2026, 10, 8), "短记录。", next_steps=long_content(40))
    )
    document = workspace.forms.render("CD-SR", record)
    assert END_MARKER in kit.flat(pdf.text(document))


def test_a_month_of_sixty_sessions_repeats_the_table_header_on_every_page(
    workspace: Workspace, add_client: Callable[..., str], pdf: Any, kit: Any
) -> None:
    ws = workspace
    client = add_client(name="严晓彤")
    markers = []
    for i in range(60):
        marker = f"第{i + 1:02d}次服务"
        markers.append(marker)
        day = date(2026, 10, 1 + i // 2)
        start = time(9, 0) if i % 2 == 0 else time(14, 0)
        ws.sessions.save_draft(
            session(
                client, day, f"{marker}：在岗辅导，服务对象独立完成补货与排面整理，班组长在旁观察。", start
            )
        )
    key = f"{client}/2026-10"
    assert ws.forms.subject_keys("CD-SRM", client_id=client, month="2026-10") == [key]
    document = ws.forms.render("CD-SRM", key)
    pages = pdf.pages(document)
    total = len(pages)
    assert total >= 3

    with_rows = [i for i, text in enumerate(pages) if any(m in kit.flat(text) for m in markers)]
    assert len(with_rows) >= 2
    for i in with_rows:
        assert SRM_HEADER in kit.flat(pages[i]), f"page {i + 1} has rows but no table header"
    text = kit.flat(pdf.text(document))
    assert [m for m in markers if m not in text] == []
    assert [text.index(m) for m in markers] == sorted(text.index(m) for m in markers)  # in date order
    for number, page in enumerate(pages, start=1):
        assert f"第{number}/{total}页" in kit.flat(page)
    # The signature block is whole on one page.
    [signatures] = {*page_of(pages, "督导审阅", kit), *page_of(pages, "签名：辅导员甲", kit)}
    assert kit.flat(pages[signatures]).count("日期：________年____月____日") == 2
    # The closing record list names all 60 records (and the client, disability).
    snapshot = ws.forms.snapshot("CD-SRM", key)
    assert len(snapshot.records) == 62
    assert "记录清单（共62条" in text


def test_signature_blocks_are_never_split_across_pages(kit: Any, workspace: Workspace) -> None:
    """The fixture form's titled signature block, after a text of growing length: wherever the page break
    falls, the title and the three blocks are on one page (pushed whole to the next page when needed)."""
    definition = load_definition(kit.FIXTURES / "ORG-JA.yaml")
    renderer = FormRenderer(kit.FONT, Letterhead(ORG), workspace.ctx.reference)

    def pages_for(lines: int) -> list[str]:
        data = {
            "client": {"name": "严晓彤", "coach": "辅导员甲", "referral_source": "cdpf"},
            "consents": [],
        }
        data["client"]["work_history"] = "\n".join(f"第{i}行经历" for i in range(1, lines + 1))
        snapshot = FormSnapshot(
            "ORG-JA", "1.2", "client", "k", "岗位分析与匹配表", datetime(2026, 1, 1), data
        )
        return [
            page.extract_text() for page in PdfReader(io.BytesIO(renderer.render(definition, snapshot))).pages
        ]

    def signature_pages(pages: list[str]) -> set[int]:
        labels = ("五、签名确认", "服务对象/监护人", "签名：辅导员甲", "机构负责人")
        return {i for label in labels for i in page_of(pages, label, kit)}

    # The smallest text length that pushes the signature block to page 2.
    lo, hi = 4, 36
    assert signature_pages(pages_for(lo)) == {0} and 1 in signature_pages(pages_for(hi))
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if signature_pages(pages_for(mid)) == {0}:
            lo = mid
        else:
            hi = mid
    for lines in range(lo - 1, hi + 2):
        pages = pages_for(lines)
        assert len(signature_pages(pages)) == 1, f"{lines} lines: the signature block is split"
    pushed = pages_for(hi)
    assert signature_pages(pushed) == {1}
    assert f"第{hi}行经历" in kit.flat(pushed[0])  # the text ended on page 1: the block moved whole


def test_organisation_name_and_logo_on_every_page(
    workspace: Workspace, add_client: Callable[..., str], pdf: Any, kit: Any, tmp_path: Path
) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (48, 48), (190, 20, 30)).save(logo)
    record = workspace.sessions.save_draft(
        session(add_client(name="严晓彤"), date(2026, 10, 8), long_content())
    )
    without = workspace.forms.render("CD-SR", record)

    workspace.ctx.settings.set("organisation_name", ORG)
    workspace.ctx.settings.set("organisation_logo", str(logo))
    document = workspace.forms.render("CD-SR", record)
    reader = PdfReader(io.BytesIO(document))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert ORG in page.extract_text()
        images = [
            x for x in page["/Resources"]["/XObject"].values() if x.get_object().get("/Subtype") == "/Image"
        ]
        assert len(images) == 1
        assert (images[0].get_object()["/Width"], images[0].get_object()["/Height"]) == (48, 48)
    # Without a logo there is no image at all (the QR code is a form XObject, not an image).
    for page in PdfReader(io.BytesIO(without)).pages:
        objects = page["/Resources"].get("/XObject", {}).values()
        assert not [x for x in objects if x.get_object().get("/Subtype") == "/Image"]
    # The settings are read at each render: the default name was printed before.
    assert "东莞市残疾人就业辅导服务中心" in pdf.text(without) and ORG not in pdf.text(without)


def test_a_broken_logo_file_does_not_crash_printing(
    workspace: Workspace, add_client: Callable[..., str], tmp_path: Path
) -> None:
    broken = tmp_path / "logo.png"
    broken.write_text("not an image", encoding="utf-8")
    workspace.ctx.settings.set("organisation_logo", str(broken))
    client = add_client(name="严晓彤")
    try:
        assert workspace.forms.render("CD-REG", client).startswith(b"%PDF-")
    except CodedError as refused:
        assert "logo" in str(refused)


# -- determinism ----------------------------------------------------------------------------------------


def test_the_same_records_give_a_byte_identical_pdf(
    caseload: Any, make_client: Callable[..., ClientInput], open_ws: Callable[..., Workspace], kit: Any
) -> None:
    ws, staff = caseload.ws, caseload.staff
    forms = ("CD-SR", "CD-REG", "CD-SUP")
    first = {code: ws.forms.render(code, caseload.key(code)) for code in forms}
    snapshots = {code: ws.forms.snapshot(code, caseload.key(code)) for code in forms}
    # Twice in a row, and from the snapshot through a fresh renderer: the same bytes.
    for code in forms:
        assert ws.forms.render(code, caseload.key(code)) == first[code]
        renderer = ws.forms.renderer()
        assert renderer.render(ws.forms.definition(code), snapshots[code]) == first[code]

    # Records elsewhere change: coach 2's client and session, a draft of the same client, an audit entry.
    ws.act_as(staff.actor(staff.coach2_id))
    other = ws.clients.input_of(caseload.other_client_id)
    ws.clients.update(caseload.other_client_id, other.replace(phone="13700001111"))
    ws.sessions.save_draft(session(caseload.other_client_id, date(2026, 10, 9), "另一位服务对象的记录。"))
    ws.act_as(staff.actor(staff.coach1_id))
    ws.clients.create(make_client(name="新登记"))
    for code in forms:
        assert ws.forms.render(code, caseload.key(code)) == first[code], code

    # After reopening the profile (a new renderer, font registration already done or not): the same.
    data_dir = ws.data_dir
    ws.close()
    again = open_ws(data_dir)
    try:
        again.act_as(staff.actor(staff.coach1_id))
        for code in forms:
            assert again.forms.render(code, caseload.key(code)) == first[code], code
        # Editing a printed record changes the PDF (and its hash) — only for the forms that print it.
        mine = again.clients.input_of(caseload.client_id)
        again.clients.update(caseload.client_id, mine.replace(phone="13600002222"))
        assert again.forms.render("CD-SR", caseload.final_id) != first["CD-SR"]
        assert again.forms.render("CD-REG", caseload.client_id) != first["CD-REG"]
        assert (
            again.forms.snapshot("CD-SR", caseload.final_id).content_hash != snapshots["CD-SR"].content_hash
        )
        assert again.forms.render("CD-SUP", caseload.supervision_id) == first["CD-SUP"]
    finally:
        again.close()


def test_a_printed_pdf_carries_no_wall_clock_time(shared: Any) -> None:
    ws, caseload = shared.ws, shared
    snapshot = ws.forms.snapshot("CD-SR", caseload.final_id)
    info = PdfReader(io.BytesIO(ws.forms.render("CD-SR", caseload.final_id))).metadata
    stamp = snapshot.as_of.strftime("D:%Y%m%d%H%M%S")
    assert info["/CreationDate"].startswith(stamp) and info["/ModDate"].startswith(stamp)
    assert info["/Creator"] == "CoachDesk" and info["/Title"] == "服务记录表（CD-SR v1.0）"


@pytest.mark.parametrize(("code", "later"), [("CD-REG", date(2027, 5, 18)), ("CD-FU", date(2026, 12, 1))])
def test_the_same_records_verify_on_a_later_day(code: str, later: date, caseload: Any) -> None:
    ws = caseload.ws
    document = ws.forms.render(code, caseload.key(code))
    ws.ctx.today = lambda: later
    assert ws.forms.render(code, caseload.key(code)) == document
    assert ws.forms.verify(document).matches
