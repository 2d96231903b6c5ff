"""Each of the eight shipped forms over a hand-made caseload: the snapshot holds the expected display
values (names, masked numbers, code names in Chinese), and the rendered PDF, read back with pypdf and
with poppler's ``pdftotext``, prints them. Numbers are masked unless full numbers are asked for by
someone allowed to see them; the supervision form never identifies the client discussed. Fonts are
embedded subsets, never a base-14 font, and the font has a glyph for every character printed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import PermissionDenied
from app.forms.definition import ChoicesSection, FieldsSection, SignaturesSection, TableSection
from app.forms.render import glyph_gaps
from app.forms.snapshot import lookup
from app.services.forms import pseudonym, read_manifest

FORMS = ("CD-CLO", "CD-FU", "CD-IEP", "CD-MON", "CD-REG", "CD-SR", "CD-SRM", "CD-SUP")
CLIENT_FORMS = ("CD-CLO", "CD-FU", "CD-IEP", "CD-REG", "CD-SR", "CD-SRM")
BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


@pytest.fixture
def caseload(shared: Any) -> Iterator[Any]:
    """These tests only read records: they share one caseload per module (coach 1 acting again after)."""
    yield shared
    shared.ws.act_as(shared.staff.actor(shared.staff.coach1_id))


@pytest.fixture(scope="module")
def rendered(shared: Any) -> dict[str, bytes]:
    """Each form of the shared caseload, rendered once (masked, by coach 1)."""
    return {code: shared.ws.forms.render(code, shared.key(code)) for code in FORMS}


def expected_data(code: str, c: Any, k: Any) -> dict[str, str]:
    """Binding -> value the snapshot of ``code`` must hold for the caseload (hand-written, not derived)."""
    client = {
        "client.name": k.NAME,
        "client.id_number": c.masked_id,
        "client.disabilities": "智力残疾三级",
        "client.coach": "辅导员甲",
    }
    return {
        "CD-REG": {
            **client,
            "client.sex": "女",
            "client.birth_date": "1990-05-17",
            "client.age": "35",  # at intake: the printed age must not change with the printing date
            "client.certificate_number": c.masked_certificate,
            "client.severe": "否",
            "client.household": "本市城镇",
            "client.education": "高中/中专",
            "client.phone": k.PHONE,
            "client.town": "东城街道",
            "client.village": "东湖社区",
            "client.address": k.ADDRESS,
            "client.guardian_name": k.GUARDIAN,
            "client.guardian_relation": "父母",
            "client.guardian_phone": k.GUARDIAN_PHONE,
            "client.referral_source": "school",
            "client.work_history": k.WORK_HISTORY,
            "client.benefits": k.BENEFITS,
            "client.intake_date": "2026-01-10",
            "client.status": "已结案",
        },
        "CD-IEP": {
            **client,
            "client.sex": "女",
            "client.town": "东城街道",
            "plan.job_goal": k.JOB_GOAL,
            "plan.hours_per_week_goal": "30",
            "plan.wage_goal": "2200",
            "plan.barriers": k.BARRIERS,
            "plan.start_date": "2026-02-01",
            "plan.target_date": "2027-02-01",
            "plan.signed_on": "2026-02-01",
            "plan.status": "执行中",
            "plan.review": "每 90 天；下次 2026-05-02",
        },
        "CD-SR": {
            **client,
            "session.date": "2026-10-05",
            "session.time": "09:00–10:30",
            "session.minutes": "90",
            "session.travel_minutes": "25",
            "session.mode": "面谈",
            "session.type": "在岗辅导",
            "session.place": k.PLACE,
            "session.fading": "40%",
            "session.participants": f"服务对象（{k.NAME}）、用人单位人员（李姐）",
            "session.content": k.CONTENT_AMENDED,  # as amended; the original is kept in the amendment
            "session.natural_supports": k.NATURAL_SUPPORTS,
            "session.next_steps": k.NEXT_STEPS,
            "session.next_steps_due": "2026-10-12",
            "session.status": "已定稿",
            "session.author": "辅导员甲",
        },
        "CD-SRM": {
            **client,
            "month": "2026年10月",
            "totals.count": "3",
            "totals.final": "2",
            "totals.hours": "3.5",
        },
        "CD-FU": {
            **client,
            "placement.employer": k.EMPLOYER,
            "placement.post": k.POST,
            "placement.start_date": "2026-06-01",
            "placement.end_date": "",
            "placement.form": "按比例就业",
            "placement.supported": "是",
            "placement.contract": "固定期限",
            "placement.insurance": "否",
            "placement.hours": "40",
            "placement.wage": "2300",
        },
        "CD-SUP": {
            "record.date": "2026-10-20",
            "record.time": "14:00–15:30（90 分钟）",
            "record.place": "机构会议室",
            "record.mode": "面对面",
            "record.form": "个别督导",
            "record.supervisor": "督导甲",
            "record.qualification": "中级社会工作师",
            "record.supervisees": "辅导员甲",
            "record.cases": pseudonym(c.client_id),
            "record.questions": k.SUPERVISION_QUESTIONS,
            "record.opinions": k.SUPERVISION_OPINIONS,
            "record.files": "抽查 5 份，合格 4 份",
        },
        "CD-MON": {
            "coach.name": "辅导员甲",
            "month": "2026年10月",
            "figures.sessions": "2",
            "figures.clients_served": "1",
            "figures.hours": "2.5",
        },
        "CD-CLO": {
            **client,
            "closure.closed_on": "2026-11-10",
            "closure.reason": "stable_employment",
            "closure.reason_name": "稳定就业",
            "closure.outcome": k.OUTCOME,
            "closure.onward_referral": k.REFERRAL,
            "closure.service_span": "2026-01-10 至 2026-11-10",
            "closure.sessions": "2",
        },
    }[code]


def expected_rows(code: str, c: Any, k: Any) -> dict[str, list[dict[str, str]]]:
    """List binding -> the rows the snapshot must hold (only the columns named)."""
    return {
        "CD-REG": {
            "consents": [
                {
                    "purpose": "敏感个人信息处理",
                    "signed_by": "监护人",
                    "signer_name": k.GUARDIAN,
                    "withdrawn_on": "",
                },
                {"purpose": "向用人单位披露残疾情况", "signed_by": "本人", "withdrawn_on": "2026-09-01"},
            ]
        },
        "CD-IEP": {
            "plan.goals": [
                {"no": "1", "description": k.GOAL_1, "responsible": "服务对象", "progress": "0%"},
                {"no": "2", "description": k.GOAL_2, "responsible": "就业辅导员", "progress": "60%"},
            ]
        },
        "CD-SR": {
            "session.goals": [{"goal": k.GOAL_2, "progress": "60%", "note": "能独立完成两排货架"}],
            "session.amendments": [{"author": "辅导员甲", "reason": k.AMEND_REASON}],
        },
        "CD-SRM": {
            "sessions": [
                {"date": "2026-10-05", "type": "在岗辅导", "status": "已定稿", "content": k.CONTENT_AMENDED},
                {"date": "2026-10-19", "type": "用人单位联络", "mode": "电话", "content": k.CONTENT_SECOND},
                {
                    "date": "2026-10-26",
                    "type": "家访",
                    "status": "草稿（未定稿）",
                    "content": k.CONTENT_DRAFT,
                },
            ]
        },
        "CD-FU": {
            "checkpoints": [
                {"day": "30 天", "checked_on": "2026-07-02", "still_employed": "是", "note": k.CHECK_NOTE_30},
                {"day": "90 天", "checked_on": "2026-09-01", "wage": "2500", "note": k.CHECK_NOTE_90},
                {"day": "180 天", "due": "2026-11-28", "checked_on": "未回访", "still_employed": ""},
            ]
        },
        "CD-SUP": {
            "record.actions": [{"what": k.SUPERVISION_ACTION, "due": "2026-11-03", "status": "未完成"}],
        },
        "CD-MON": {
            "clients": [{"name": k.NAME, "id_number": c.masked_id, "sessions": "2", "status": "已结案"}],
        },
        "CD-CLO": {
            "placements": [
                {"employer": k.EMPLOYER, "post": k.POST, "start": "2026-06-01", "form": "按比例就业"}
            ],
        },
    }[code]


@pytest.mark.parametrize("code", FORMS)
def test_snapshot_holds_the_caseload_values(code: str, caseload: Any, kit: Any) -> None:
    snapshot = caseload.ws.forms.snapshot(code, caseload.key(code))
    assert (snapshot.form_code, snapshot.form_version, snapshot.subject_key) == (
        code,
        "1.0",
        caseload.key(code),
    )
    for bind, value in expected_data(code, caseload, kit).items():
        assert lookup(snapshot.data, bind) == value, bind
    for bind, rows in expected_rows(code, caseload, kit).items():
        got = lookup(snapshot.data, bind)
        assert len(got) == len(rows), bind
        for want, have in zip(rows, got, strict=True):
            assert {k: have[k] for k in want} == want, bind
    assert "numbers" not in snapshot.data  # masked is the default
    tables = {r.table for r in snapshot.records}
    assert len(snapshot.content_hash) == 64 and snapshot.records == tuple(sorted(snapshot.records))
    if code in CLIENT_FORMS:
        assert {"clients", "disabilities"} <= tables
        assert any(r.id == caseload.client_id for r in snapshot.records)


# The records that must be listed for each form (at least), by table.
EXPECTED_TABLES = {
    "CD-REG": {"clients", "disabilities", "consents"},
    "CD-IEP": {"clients", "employment_plans", "plan_goals"},
    "CD-SR": {
        "clients",
        "session_records",
        "session_participants",
        "session_goal_progress",
        "session_amendments",
    },
    "CD-SRM": {"clients", "session_records", "session_amendments"},
    "CD-FU": {"clients", "placements", "employers", "retention_checkpoints"},
    "CD-SUP": {"supervision_records", "supervision_supervisees", "supervision_cases", "supervision_actions"},
    "CD-MON": {"users", "clients", "session_records"},
    "CD-CLO": {"clients", "closures", "placements"},
}


@pytest.mark.parametrize("code", FORMS)
def test_rendered_pdf_prints_the_snapshot(code: str, caseload: Any, pdf: Any, kit: Any) -> None:
    ws = caseload.ws
    definition = ws.forms.definition(code)
    snapshot = ws.forms.snapshot(code, caseload.key(code))
    assert EXPECTED_TABLES[code] <= {r.table for r in snapshot.records}
    document = ws.forms.render(code, caseload.key(code))
    assert document.startswith(b"%PDF-") and document.rstrip().endswith(b"%%EOF")

    text = kit.flat(pdf.text(document))
    poppler = kit.flat(pdf.pdftotext(document))
    for value in kit.printed_values(definition, snapshot, ws):
        assert kit.flat(value) in text, f"{code}: {value!r} not printed"
    # Hand-written spot checks, through both extractors (CJK comes back from the subset font).
    spots = [v for v in expected_data(code, caseload, kit).values() if v and not v.isascii()]
    spots += [definition.title, f"表单编号：{code}", "版本：1.0"]
    for value in spots:
        if code == "CD-REG" and value == "school":
            continue
        assert kit.flat(value) in text, f"{code}: {value!r} not printed (pypdf)"
        assert kit.flat(value) in poppler, f"{code}: {value!r} not printed (pdftotext)"
    # The trust footer and the closing record list.
    assert f"表单{code}v1.0" in text and f"SHA-256{snapshot.content_hash}" in text
    assert f"记录截至{snapshot.as_of:%Y-%m-%d%H:%M:%S}UTC" in text
    assert f"记录清单（共{len(snapshot.records)}条" in text
    for ref in snapshot.records:
        assert f"{ref.table}{ref.id}{ref.version}" in text, ref
    # Masked by default: never the full numbers.
    if code != "CD-SUP":
        for t in (text, poppler):
            assert caseload.id_number not in t and caseload.certificate_number not in t
            assert caseload.masked_id in t
    assert read_manifest(document)["numbers"] == "masked"


def test_session_record_prints_original_and_amendment(caseload: Any, pdf: Any, kit: Any) -> None:
    text = kit.flat(pdf.text(caseload.ws.forms.render("CD-SR", caseload.final_id)))
    # The amended content is the record; the amendment table keeps the original value and the reason.
    assert kit.flat(f"{kit.CONTENT_FINAL} → {kit.CONTENT_AMENDED}") in text
    assert kit.AMEND_REASON in text and "七、更正记录（原记录保留不变）" in text


def test_amendment_changes_name_the_field_in_chinese(caseload: Any, pdf: Any, kit: Any) -> None:
    snapshot = caseload.ws.forms.snapshot("CD-SR", caseload.final_id)
    [amendment] = snapshot.data["session"]["amendments"]
    assert not amendment["changes"].startswith("content"), amendment["changes"]


def test_choices_tick_the_chosen_codes(caseload: Any, pdf: Any, kit: Any) -> None:
    ws = caseload.ws
    reg = kit.flat(pdf.text(ws.forms.render("CD-REG", caseload.client_id)))
    assert "■学校" in reg and all(f"□{n}" in reg for n in ("残联", "康园中心", "自行申请", "其他"))
    sup = kit.flat(pdf.text(ws.forms.render("CD-SUP", caseload.supervision_id)))
    assert "■实务技巧" in sup and "■与用人单位合作" in sup and "□理论知识" in sup
    assert sup.count("■") == 2
    clo = kit.flat(pdf.text(ws.forms.render("CD-CLO", caseload.closure_id)))
    assert "■稳定就业" in clo and "□迁出" in clo and clo.count("■") == 1


# -- numbers: masked by default, full only when asked and allowed ---------------------------------------


@pytest.mark.parametrize("code", [*CLIENT_FORMS, "CD-MON"])
def test_full_numbers_for_the_assigned_coach_and_a_supervisor(
    code: str, caseload: Any, pdf: Any, kit: Any, probe: Any
) -> None:
    ws, staff = caseload.ws, caseload.staff
    for who in (staff.coach1_id, staff.supervisor_id):
        ws.act_as(staff.actor(who))
        seq = probe.last_seq(ws)
        document = ws.forms.render(code, caseload.key(code), full_numbers=True)
        text = kit.flat(pdf.text(document))
        assert caseload.id_number in text and caseload.masked_id not in text
        if code == "CD-REG":
            assert caseload.certificate_number in text
        assert read_manifest(document)["numbers"] == "full"
        [entry] = probe.audit(ws, seq)
        assert (entry.actor_id, entry.detail["full_numbers"]) == (who, True)
        assert ws.forms.verify(document).matches


@pytest.mark.parametrize("code", CLIENT_FORMS)
def test_full_numbers_refused_to_an_unassigned_coach(code: str, caseload: Any, probe: Any) -> None:
    ws, staff = caseload.ws, caseload.staff
    ws.act_as(staff.actor(staff.coach2_id))
    counts, seq = probe.counts(ws), probe.last_seq(ws)
    with pytest.raises(PermissionDenied) as refused:
        ws.forms.render(code, caseload.key(code), full_numbers=True)
    assert refused.value.code == "reveal_not_allowed"
    with pytest.raises(PermissionDenied):
        ws.forms.render_batch(code, [caseload.key(code)], full_numbers=True)
    assert probe.counts(ws) == counts and probe.last_seq(ws) == seq  # nothing audited, nothing written
    # Masked, the same coach may print it.
    assert ws.forms.render(code, caseload.key(code)).startswith(b"%PDF-")


def test_full_numbers_of_another_coachs_month_are_refused(caseload: Any, probe: Any) -> None:
    ws, staff = caseload.ws, caseload.staff
    ws.act_as(staff.actor(staff.coach2_id))
    seq = probe.last_seq(ws)
    with pytest.raises(PermissionDenied):
        ws.forms.render("CD-MON", caseload.key("CD-MON"), full_numbers=True)
    assert probe.audit(ws, seq) == []


def test_supervision_form_never_identifies_the_client(caseload: Any, pdf: Any, kit: Any) -> None:
    ws, staff = caseload.ws, caseload.staff
    ws.act_as(staff.actor(staff.supervisor_id))
    snapshot = ws.forms.snapshot("CD-SUP", caseload.supervision_id, full_numbers=True)
    leaks = (
        kit.NAME,
        caseload.id_number,
        caseload.masked_id,
        caseload.certificate_number,
        caseload.client_id,
    )
    strings = list(kit.strings_of(snapshot.data))
    assert not [s for s in strings for leak in leaks if leak in s]
    for full in (False, True):
        document = ws.forms.render("CD-SUP", caseload.supervision_id, full_numbers=full)
        for text in (kit.flat(pdf.text(document)), kit.flat(pdf.pdftotext(document))):
            assert not [leak for leak in leaks if leak in text]
            assert pseudonym(caseload.client_id) in text
        assert caseload.client_id not in str(read_manifest(document))
    code = pseudonym(caseload.client_id)
    assert code.startswith("个案-") and len(code) == 9 and code == pseudonym(caseload.client_id)
    assert pseudonym(caseload.other_client_id) != code


# -- fonts ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", FORMS)
def test_fonts_are_embedded_subsets_never_base14(
    code: str, rendered: dict[str, bytes], pdf: Any, tmp_path: Path
) -> None:
    fonts = pdf.fonts(rendered[code], tmp_path)
    assert fonts, "pdffonts listed no font"
    for font in fonts:
        assert font.embedded and font.subset, font
        assert font.type.endswith("TrueType") and "WenQuanYi" in font.name, font
        assert not any(base in font.name for base in BASE14), font
        assert font.unicode, font  # a ToUnicode map: the text can be searched and copied


@pytest.mark.parametrize("code", FORMS)
def test_the_font_has_every_character_printed(code: str, caseload: Any, kit: Any) -> None:
    ws = caseload.ws
    definition = ws.forms.definition(code)
    snapshot = ws.forms.snapshot(code, caseload.key(code))
    texts = [*kit.strings_of(snapshot.data), definition.title, definition.standard]
    texts.append(ws.ctx.settings.get("organisation_name"))
    for section in definition.sections:
        texts += [getattr(section, "title", ""), getattr(section, "text", "")]
        if isinstance(section, FieldsSection):
            texts += [f.label for f in section.fields]
        elif isinstance(section, TableSection):
            texts += [c.label for c in section.columns] + [section.empty]
        elif isinstance(section, SignaturesSection):
            texts += [b.label for b in section.blocks]
        elif isinstance(section, ChoicesSection):
            texts += [e.name() for e in ws.ctx.reference.codes(section.code_list).values()]
            texts.append("■□")
    texts += [
        "第 1 / 2 页",
        "签名：日期：________年____月____日",
        "记录清单（共 3 条；记录截至）",
        "内容摘要 SHA-256",
    ]
    assert glyph_gaps(texts, kit.FONT) == set()


def test_font_covers_cjk_latin_digits_and_punctuation(kit: Any) -> None:
    sample = [
        "欧阳嘉欣 司徒 诸葛 邝 堃 喆 珺 玥 昱 淼 赟 镕 昇 祎 钰 彧 韫 炜 晔 鑫 燊 犇",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 X",
        "，。、；：？！“”‘’（）《》【】—…·～ ■□ – → ％ ＋ ／ ＠",
        ",.;:?!\"'()[]{}<>-_/\\|@#$%^&*+=~`",
    ]
    assert glyph_gaps(sample, kit.FONT) == set()


def test_snapshot_values_are_display_text_not_codes(caseload: Any, kit: Any) -> None:
    ws = caseload.ws
    # Choice bindings carry codes on purpose; every other leaf is printed text.
    allowed_codes = {"school", "stable_employment", "practice_skills", "employer_cooperation"}
    reference = ws.ctx.reference
    codes = {c for entries in reference.code_lists.values() for c in entries} | set(
        reference.employment_forms
    )
    for code in FORMS:
        snapshot = ws.forms.snapshot(code, caseload.key(code))
        leaks = {s for s in kit.strings_of(snapshot.data) if s in codes} - allowed_codes
        assert not leaks, (code, leaks)
