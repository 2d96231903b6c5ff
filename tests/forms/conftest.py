"""Shared fixtures for the printable-forms tests: a hand-made caseload in the real encrypted workspace,
and a ``pdf`` helper that reads rendered PDFs back (pypdf text, poppler's ``pdftotext``/``pdffonts``/
``pdftoppm``, zbar's ``zbarimg`` for the QR code).

The external tools are required, not optional: a missing tool fails the test that needs it, naming the
Debian package to install (``poppler-utils``, ``zbar-tools``).

``caseload`` builds, on top of the ``workspace`` fixture (today 2026-11-15, coach 1 signed in), one
client's whole journey — registration with guardian and consents (one withdrawn), an assessment, a plan
with two goals, three session records in October 2026 (a draft, a final one with goal progress and an
amendment, another final one), a placement with its retention checkpoints (two checked, one not yet
due), a supervision meeting that discussed the client, and the closure — plus a second client of
coach 2, for "an unrelated record elsewhere". ``shared`` is the same caseload built once per module in
its own profile, for tests that only read; ``kit`` hands this module (constants and helpers) to the
test modules, which cannot import a conftest under ``--import-mode=importlib``.
"""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.bootstrap import open_workspace
from app.domain.identity import build_certificate_number, build_id_number
from app.domain.records import (
    AssessmentInput,
    CheckpointResultInput,
    ClientInput,
    ClosureInput,
    ConsentInput,
    DisabilityInput,
    EmployerInput,
    GoalInput,
    GoalProgressInput,
    ParticipantInput,
    PlacementInput,
    PlanInput,
    SessionInput,
    SupervisionActionInput,
    SupervisionInput,
)
from app.forms.definition import (
    ChoicesSection,
    FieldsSection,
    FormDefinition,
    NoteSection,
    SignaturesSection,
    TableSection,
    TextSection,
)
from app.forms.render import display
from app.forms.snapshot import FormSnapshot, lookup
from app.host.keystore import Argon2Params, KeyStore
from app.services.base import Actor
from app.services.people import UserInput
from app.services.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO_ROOT = Path(__file__).resolve().parents[2]
FONT = REPO_ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
ALL_FORMS = ("CD-CLO", "CD-FU", "CD-IEP", "CD-MON", "CD-REG", "CD-SR", "CD-SRM", "CD-SUP")
MONTH = "2026-10"

# The client whose journey every form prints.
NAME = "欧阳嘉欣"
GUARDIAN = "欧阳国强"
GUARDIAN_PHONE = "13698765432"
PHONE = "13912345678"
ADDRESS = "东城街道振兴路188号"
WORK_HISTORY = "曾在康园中心参加辅助性就业两年，负责简单包装。"
BENEFITS = "残疾人两项补贴"
JOB_GOAL = "超市理货员"
BARRIERS = "交通不便，需要转乘两次公交车；对陌生环境容易紧张。"
GOAL_1 = "独立乘坐公交车往返单位"
GOAL_1_CRITERIA = "连续两周每天独立往返，无需陪同"
GOAL_2 = "掌握理货上架的核心流程"
GOAL_2_CRITERIA = "独立完成整排货架的补货与整理"
CONTENT_FINAL = "在岗观察服务对象完成理货上架流程，班组长示范后服务对象独立操作三次。"
CONTENT_AMENDED = CONTENT_FINAL + "补充：午休后状态良好，能主动询问同事。"
AMEND_REASON = "补充午休后的观察"
CONTENT_SECOND = "与班组长沟通撤出计划，约定下周起辅导员只在上午到岗。"
CONTENT_DRAFT = "家访：与监护人讨论上下班交通安排（草稿）。"
NATURAL_SUPPORTS = "班组长李姐愿意每天开工前提醒当天任务。"
NEXT_STEPS = "下周减少在岗时间至每天两小时。"
PLACE = "华达超市东城店"
EMPLOYER = "东莞市华达超市有限公司"
POST = "理货员"
CHECK_NOTE_30 = "适应良好，按时到岗"
CHECK_NOTE_90 = "已转正，单位满意"
SUPERVISION_QUESTIONS = "服务对象对陌生环境紧张时，辅导员应如何逐步撤出？"
SUPERVISION_OPINIONS = "建议制定明确的撤出计划，并与班组长共同评估。"
SUPERVISION_ACTION = "两周内提交撤出计划"
OUTCOME = "服务对象稳定就业超过五个月，已能独立上下班。"
REFERRAL = "转介至镇街康园中心参加周末兴趣小组。"
OTHER_NAME = "黎国栋"  # coach 2's client: records "elsewhere"


@dataclass
class Caseload:
    """The ids of the hand-made caseload (see the module docstring)."""

    ws: Workspace
    staff: Any
    client_id: str
    id_number: str
    certificate_number: str
    other_client_id: str
    plan_id: str
    goal_ids: tuple[str, ...]
    draft_id: str
    final_id: str
    second_id: str
    amendment_id: str
    employer_id: str
    placement_id: str
    checkpoint_ids: tuple[str, ...]
    supervision_id: str
    closure_id: str
    other_session_id: str
    consent_ids: tuple[str, ...] = field(default=())

    def key(self, code: str) -> str:
        """The subject key of the caseload for each shipped form."""
        return {
            "CD-REG": self.client_id,
            "CD-IEP": self.plan_id,
            "CD-SR": self.final_id,
            "CD-SRM": f"{self.client_id}/{MONTH}",
            "CD-FU": self.placement_id,
            "CD-SUP": self.supervision_id,
            "CD-MON": f"{self.staff.coach1_id}/{MONTH}",
            "CD-CLO": self.closure_id,
        }[code]

    @property
    def masked_id(self) -> str:
        return self.id_number[:6] + "*" * 8 + self.id_number[-4:]

    @property
    def masked_certificate(self) -> str:
        n = self.certificate_number
        return n[:6] + "*" * 8 + n[14:18] + "*" * (len(n) - 18)


def build_caseload(ws: Workspace, staff: Any, make_client: Callable[..., ClientInput]) -> Caseload:
    c1, sup = staff.coach1_id, staff.supervisor_id
    ws.act_as(staff.actor(c1))
    data = make_client(
        name=NAME,
        sex="female",
        birth_date=date(1990, 5, 17),
        address=ADDRESS,
        phone=PHONE,
        guardian_name=GUARDIAN,
        guardian_relation="parent",
        guardian_phone=GUARDIAN_PHONE,
        work_history=WORK_HISTORY,
        benefits=BENEFITS,
        referral_source="school",
        education="senior",
        assigned_coach_id=c1,
        intake_date=date(2026, 1, 10),
    )
    client = ws.clients.create(data)
    consents = (
        ws.clients.record_consent(
            ConsentInput(
                client, "sensitive_processing", "guardian", GUARDIAN, date(2026, 1, 10), date(2029, 1, 9)
            )
        ),
        ws.clients.record_consent(
            ConsentInput(client, "disclose_employer", "client", NAME, date(2026, 5, 20), recipient=EMPLOYER)
        ),
    )
    ws.clients.withdraw_consent(consents[1], date(2026, 9, 1))
    ws.clients.record_assessment(
        AssessmentInput(
            client, date(2026, 1, 20), "coach", (("physical", 4), ("social", 2)), strengths="做事认真"
        )
    )
    plan = ws.plans.create(
        PlanInput(
            client,
            JOB_GOAL,
            date(2026, 2, 1),
            date(2027, 2, 1),
            (
                GoalInput(GOAL_1, GOAL_1_CRITERIA, "client", date(2026, 2, 1), date(2026, 8, 1)),
                GoalInput(GOAL_2, GOAL_2_CRITERIA, "coach", date(2026, 2, 1), date(2026, 12, 1)),
            ),
            hours_per_week_goal=30.0,
            wage_goal=2200,
            barriers=BARRIERS,
            signed_on=date(2026, 2, 1),
        )
    )
    goal_ids = tuple(g for g, _d, _p in ws.plans.goals_of_client(client))
    employer = ws.employers.create(EmployerInput(EMPLOYER, sector="零售"))
    placement = ws.placements.record(
        PlacementInput(
            client, employer, POST, date(2026, 6, 1), "quota", 40.0, 2300, contract_type="fixed_term"
        )
    )
    checkpoints = tuple(cid for cid, *_ in ws.placements.checkpoints(client))
    ws.placements.record_checkpoint(
        checkpoints[0], CheckpointResultInput(date(2026, 7, 2), True, True, 40.0, 2300, 4, 5, CHECK_NOTE_30)
    )
    ws.placements.record_checkpoint(
        checkpoints[1], CheckpointResultInput(date(2026, 9, 1), True, True, 40.0, 2500, 5, 4, CHECK_NOTE_90)
    )
    final = ws.sessions.save_draft(
        SessionInput(
            client,
            date(2026, 10, 5),
            time(9, 0),
            time(10, 30),
            "in_person",
            "on_site_coaching",
            CONTENT_FINAL,
            travel_minutes=25,
            place=PLACE,
            fading_percent=40,
            natural_supports=NATURAL_SUPPORTS,
            next_steps=NEXT_STEPS,
            next_steps_due=date(2026, 10, 12),
            participants=(ParticipantInput("client", NAME), ParticipantInput("employer_staff", "李姐")),
            goals=(GoalProgressInput(goal_ids[1], 60, "能独立完成两排货架"),),
        )
    )
    ws.sessions.finalise(final)
    amendment = ws.sessions.amend(final, {"content": CONTENT_AMENDED}, AMEND_REASON)
    second = ws.sessions.save_draft(
        SessionInput(
            client,
            date(2026, 10, 19),
            time(14, 0),
            time(15, 0),
            "phone",
            "employer_liaison",
            CONTENT_SECOND,
            participants=(ParticipantInput("employer_staff", "李姐"),),
        )
    )
    ws.sessions.finalise(second)
    draft = ws.sessions.save_draft(
        SessionInput(
            client, date(2026, 10, 26), time(16, 0), time(17, 0), "in_person", "home_visit", CONTENT_DRAFT
        )
    )
    # Coach 2's client, with a session: records elsewhere.
    ws.act_as(staff.actor(staff.coach2_id))
    other = ws.clients.create(make_client(name=OTHER_NAME, assigned_coach_id=staff.coach2_id))
    other_session = ws.sessions.save_draft(
        SessionInput(other, date(2026, 10, 6), time(9, 0), time(10, 0), "in_person", "home_visit", "家访。")
    )
    # The supervisor's meeting that discussed the client.
    ws.act_as(staff.actor(sup))
    supervision = ws.supervision.record(
        SupervisionInput(
            date(2026, 10, 20),
            time(14, 0),
            time(15, 30),
            "face_to_face",
            "individual",
            (c1,),
            topics=("practice_skills", "employer_cooperation"),
            case_client_ids=(client,),
            place="机构会议室",
            supervisor_qualification="中级社会工作师",
            questions=SUPERVISION_QUESTIONS,
            opinions=SUPERVISION_OPINIONS,
            files_checked=5,
            files_passing=4,
            problems_found="一份服务记录未及时定稿",
            previous_actions_status="上月事项已完成",
            reflections_coach="需要更早与班组长沟通",
            reflections_supervisor="辅导员进步明显",
            actions=(SupervisionActionInput(SUPERVISION_ACTION, "辅导员甲", date(2026, 11, 3)),),
        )
    )
    ws.act_as(staff.actor(c1))
    closure = ws.clients.close(
        ClosureInput(client, date(2026, 11, 10), "stable_employment", OUTCOME, REFERRAL)
    )
    stored = ws.clients.input_of(client)
    return Caseload(
        ws=ws,
        staff=staff,
        client_id=client,
        id_number=stored.id_number,
        certificate_number=stored.certificate_number,
        other_client_id=other,
        plan_id=plan,
        goal_ids=goal_ids,
        draft_id=draft,
        final_id=final,
        second_id=second,
        amendment_id=amendment,
        employer_id=employer,
        placement_id=placement,
        checkpoint_ids=checkpoints,
        supervision_id=supervision,
        closure_id=closure,
        other_session_id=other_session,
        consent_ids=consents,
    )


@pytest.fixture
def caseload(workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput]) -> Caseload:
    """The caseload in the test's own ``workspace`` (for tests that change records)."""
    return build_caseload(workspace, staff, make_client)


# A caseload shared by the tests of one module that only read records (rendering adds audit entries,
# which those tests look at after ``probe.last_seq``). Built like the ``workspace`` fixture of
# tests/conftest.py: a passphrase-protected profile with cheap Argon2 parameters and a fixed today.
TODAY = date(2026, 11, 15)
PASSPHRASE = "test-passphrase-1"


@dataclass
class Team:
    organisation_id: str
    supervisor_id: str
    coach1_id: str
    coach2_id: str

    def actor(self, user_id: str) -> Actor:
        role = "supervisor" if user_id == self.supervisor_id else "coach"
        return Actor(user_id, role, self.organisation_id)


def open_profile(data_dir: Path, today: date = TODAY) -> Workspace:
    keys = KeyStore(data_dir, argon2=Argon2Params(time_cost=1, memory_cost=8, parallelism=1))
    if not keys.exists():
        keys.create(PASSPHRASE)
    return open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: today)


def new_team(ws: Workspace) -> Team:
    org = ws.people.create_organisation("东莞市测试就业辅导中心")
    sup = ws.people.create_user(
        org, UserInput("supervisor1", "督导甲", "supervisor", "social_worker", "中级社会工作师")
    )
    c1 = ws.people.create_user(org, UserInput("coach1", "辅导员甲", "coach", supervisor_id=sup))
    c2 = ws.people.create_user(org, UserInput("coach2", "辅导员乙", "coach", supervisor_id=sup))
    ws.people.sign_in(c1)
    return Team(org, sup, c1, c2)


def new_client_input(
    *, name: str, sex: str = "male", birth_date: date = date(1988, 3, 9), **kw: Any
) -> ClientInput:
    sequence = next(_SEQUENCE) * 2 + (1 if sex == "male" else 0)
    id_number = build_id_number("441900", birth_date, sequence % 1000)
    values: dict[str, Any] = {
        "name": name,
        "sex": sex,
        "birth_date": birth_date,
        "id_number": id_number,
        "disabilities": (DisabilityInput(5, 3, True),),
        "intake_date": date(2026, 1, 10),
        "certificate_number": build_certificate_number(id_number, 5, 3),
        "town_code": "441900003000",
        "village": "东湖社区",
        "address": "东城街道振兴路88号",
        "phone": "13812345678",
        "household": "local_urban",
        "education": "senior",
        "referral_source": "cdpf",
    }
    values.update(kw)
    return ClientInput(**values)


_SEQUENCE = itertools.count(101)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Caseload]:
    """A caseload built once per module, for tests that only read (and must leave coach 1 acting)."""
    ws = open_profile(tmp_path_factory.mktemp("forms") / "data")
    try:
        team = new_team(ws)
        yield build_caseload(ws, team, new_client_input)
    finally:
        ws.close()


# -- reading PDFs back -------------------------------------------------------------------------------------

TOOLS = {"pdffonts": "poppler-utils", "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils"}
QR_TOOL = {"zbarimg": "zbar-tools"}


def _require(tools: Mapping[str, str]) -> None:
    missing = [f"{tool} (apt package {pkg})" for tool, pkg in tools.items() if shutil.which(tool) is None]
    if missing:
        pytest.fail("These tools are needed to read the PDFs back: " + ", ".join(missing), pytrace=False)


def flat(text: str) -> str:
    """Text without any whitespace (PDF extraction breaks lines and spaces where the layout does)."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool
    subset: bool
    unicode: bool


class PdfTools:
    """Reads a rendered PDF back, as a reader of the printout would."""

    def pages(self, pdf: bytes) -> list[str]:
        return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]

    def text(self, pdf: bytes) -> str:
        return "\n".join(self.pages(pdf))

    def page_count(self, pdf: bytes) -> int:
        return len(PdfReader(io.BytesIO(pdf)).pages)

    @staticmethod
    def _run(args: Sequence[str], pdf: bytes | None = None, tools: Mapping[str, str] = TOOLS) -> bytes:
        _require(tools)
        result = subprocess.run(list(args), input=pdf, capture_output=True, timeout=60, check=False)
        assert result.returncode == 0, f"{args[0]} failed: {result.stderr.decode(errors='replace')}"
        return result.stdout

    def pdftotext(self, pdf: bytes, *, mode: str = "-raw") -> str:
        """poppler's text (``-raw``: content order; ``-layout``: as laid out)."""
        return self._run(["pdftotext", mode, "-enc", "UTF-8", "-", "-"], pdf).decode("utf-8")

    def fonts(self, pdf: bytes, tmp: Path) -> list[FontRow]:
        path = tmp / "fonts-check.pdf"
        path.write_bytes(pdf)
        out = self._run(["pdffonts", str(path)]).decode("utf-8")
        rows = []
        for line in out.splitlines()[2:]:
            # name, type (may hold a space: "CID TrueType"), encoding, emb, sub, uni, object id, generation
            parts = line.split()
            emb, sub, uni = parts[-5:-2]
            rows.append(FontRow(parts[0], " ".join(parts[1:-6]), emb == "yes", sub == "yes", uni == "yes"))
        return rows

    def qr(self, pdf: bytes, tmp: Path, page: int = 1) -> list[str]:
        """The QR codes on one page, decoded from a 200 dpi image of it."""
        path = tmp / f"qr-{page}.pdf"
        path.write_bytes(pdf)
        prefix = tmp / f"qr-{page}"
        self._run(["pdftoppm", "-r", "200", "-png", "-f", str(page), "-l", str(page), str(path), str(prefix)])
        [image] = sorted(tmp.glob(f"qr-{page}-*.png"))
        out = self._run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(image)], tools=QR_TOOL)
        return [line for line in out.decode("utf-8").splitlines() if line]


@pytest.fixture
def pdf() -> PdfTools:
    return PdfTools()


# -- what a form should print ------------------------------------------------------------------------------


def printed_values(definition: FormDefinition, snapshot: FormSnapshot, ws: Workspace) -> list[str]:
    """Every text the definition binds in this snapshot, as the renderer prints it (labels aside)."""
    data = snapshot.data
    out: list[str] = []
    for section in definition.sections:
        if isinstance(section, FieldsSection):
            out += [display(lookup(data, f.bind)) for f in section.fields]
        elif isinstance(section, TableSection):
            rows = lookup(data, section.rows) or []
            out += [display(lookup(item, c.bind)) for item in rows for c in section.columns]
            out += [c.label for c in section.columns]
            if not rows:
                out.append(section.empty)
        elif isinstance(section, ChoicesSection):
            chosen = lookup(data, section.bind)
            picked = set(chosen) if isinstance(chosen, (list, tuple)) else {chosen}
            for code, entry in ws.ctx.reference.codes(section.code_list).items():
                out.append(f"{'■' if code in picked else '□'}{entry.name()}")
        elif isinstance(section, TextSection):
            out.append(display(lookup(data, section.bind)))
        elif isinstance(section, SignaturesSection):
            out += [b.label for b in section.blocks]
            out += [f"签名：{display(lookup(data, b.name))}" for b in section.blocks if b.name]
        elif isinstance(section, NoteSection):
            out.append(section.text)
    return [v for v in out if v.strip()]


def strings_of(value: Any) -> Iterator[str]:
    """Every string leaf of a snapshot's data."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from strings_of(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from strings_of(v)


@pytest.fixture(scope="session")
def kit() -> Any:
    """This module: the caseload's constants and the helpers above (``kit.NAME``, ``kit.flat``...), for
    test modules that cannot import a conftest."""
    return sys.modules[__name__]
