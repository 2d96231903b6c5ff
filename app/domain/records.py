"""The inputs of every use case, as plain frozen dataclasses, and the rules that validate them.

A service receives one of these, calls its ``validated(...)`` method — which either returns a
normalised copy or raises :class:`~app.domain.errors.ValidationError` listing *every* broken rule —
and only then writes. So bad input never writes anything, and the GUI and the CLI get the same
specific messages (each with a stable code, for translation).

Field names in the errors are the dataclass field names (``participants[1].kind`` for nested ones), so
the GUI can show an error next to its field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Literal, Self

from app.domain.errors import Collector, FieldError
from app.domain.identity import certificate_number_errors, id_number_errors, normalise_phone, phone_errors
from app.domain.reference import ReferenceData

ROLES = ("coach", "supervisor", "admin")
Role = Literal["coach", "supervisor", "admin"]
SESSION_STATUSES = ("draft", "final")
MAX_TEXT = 20_000
DEFAULT_RETENTION_SCHEDULE = (30, 90, 180)

CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


# --- small shared checks ------------------------------------------------------------------------------


def _required(c: Collector, value: str, name: str, *, max_len: int = 200) -> None:
    c.check(bool(value and value.strip()), name, "required", "is required")
    c.check(
        len(value or "") <= max_len, name, "too_long", f"is longer than {max_len} characters", max=max_len
    )


def _max_len(c: Collector, value: str, name: str, max_len: int = MAX_TEXT) -> None:
    c.check(
        len(value or "") <= max_len, name, "too_long", f"is longer than {max_len} characters", max=max_len
    )


def _code(
    c: Collector, ref: ReferenceData, list_name: str, value: str | None, name: str, *, optional: bool = False
) -> None:
    if value is None or value == "":
        c.check(optional, name, "required", "is required")
        return
    c.check(
        ref.is_code(list_name, value),
        name,
        "unknown_code",
        f"is not a known {list_name} code",
        list=list_name,
    )


def _not_future(c: Collector, value: date | None, name: str, today: date) -> None:
    if value is not None:
        c.check(value <= today, name, "date_in_future", "is in the future")


def _order(
    c: Collector, first: date | None, second: date | None, name: str, what: str, *, strict: bool = True
) -> None:
    if first is None or second is None:
        return
    ok = second > first if strict else second >= first
    c.check(ok, name, "date_order", f"must be {'after' if strict else 'on or after'} {what}", other=what)


def _range(c: Collector, value: float | int | None, name: str, lo: float, hi: float) -> None:
    if value is not None:
        c.check(lo <= value <= hi, name, "out_of_range", f"must be between {lo:g} and {hi:g}", min=lo, max=hi)


def _phone(c: Collector, value: str, name: str) -> str:
    if not value:
        return ""
    errors = phone_errors(value, field=name)
    c.extend(errors)
    return "" if errors else normalise_phone(value, field=name)


def _nested(c: Collector, prefix: str, errors: Sequence[FieldError]) -> None:
    c.extend(dataclasses.replace(e, field=f"{prefix}.{e.field}") for e in errors)


def credit_code_errors(value: str, *, field_name: str = "credit_code") -> list[FieldError]:
    """Check a unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, check char."""
    c = Collector()
    code = value.strip().upper()
    if len(code) != 18 or any(ch not in CREDIT_CODE_CHARS for ch in code):
        c.add(
            field_name,
            "credit_code_format",
            "must be 18 characters of digits and capital letters (no I, O, S, V, Z)",
        )
        return c.errors
    total = sum(CREDIT_CODE_CHARS.index(ch) * w for ch, w in zip(code[:17], CREDIT_CODE_WEIGHTS, strict=True))
    expected = CREDIT_CODE_CHARS[(31 - total % 31) % 31]
    c.check(
        code[17] == expected, field_name, "credit_code_check", "the check character (18th) does not match"
    )
    return c.errors


def build_credit_code(first17: str) -> str:
    """Complete 17 characters with their check character (used by the demo-data generator)."""
    total = sum(CREDIT_CODE_CHARS.index(ch) * w for ch, w in zip(first17, CREDIT_CODE_WEIGHTS, strict=True))
    return first17 + CREDIT_CODE_CHARS[(31 - total % 31) % 31]


class _Input:
    """Helpers shared by the input dataclasses."""

    def replace(self, **changes: Any) -> Self:
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]


# --- clients ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DisabilityInput(_Input):
    category: int
    level: int
    is_primary: bool = False


@dataclass(frozen=True)
class ClientInput(_Input):
    """Registration data of a client (服务对象登记表)."""

    name: str
    sex: str
    birth_date: date
    id_number: str
    disabilities: tuple[DisabilityInput, ...]
    intake_date: date
    certificate_number: str = ""
    town_code: str | None = None
    village: str = ""
    address: str = ""
    phone: str = ""
    household: str | None = None
    education: str | None = None
    work_history: str = ""
    benefits: str = ""
    referral_source: str | None = None
    referral_note: str = ""
    guardian_name: str = ""
    guardian_relation: str | None = None
    guardian_phone: str = ""
    assigned_coach_id: str | None = None
    notes: str = ""

    def validated(self, ref: ReferenceData, today: date) -> ClientInput:
        c = Collector()
        _required(c, self.name, "name", max_len=100)
        _code(c, ref, "sex", self.sex, "sex")
        _not_future(c, self.birth_date, "birth_date", today)
        id_errors = id_number_errors(
            self.id_number,
            field="id_number",
            sex=self.sex if self.sex in ("male", "female") else None,
            birth_date=self.birth_date,
            today=today,
        )
        c.extend(id_errors)
        id_number = self.id_number.strip().upper()

        disabilities = self.disabilities
        c.check(bool(disabilities), "disabilities", "required", "at least one disability is required")
        for i, d in enumerate(disabilities):
            c.check(
                d.category in ref.disability_categories,
                f"disabilities[{i}].category",
                "unknown_code",
                "is not a known disability category",
                list="disability_category",
            )
            c.check(
                d.level in ref.disability_levels,
                f"disabilities[{i}].level",
                "unknown_code",
                "is not a known disability level",
                list="disability_level",
            )
        if disabilities and sum(d.is_primary for d in disabilities) != 1:
            if len(disabilities) == 1:
                disabilities = (disabilities[0].replace(is_primary=True),)
            else:
                c.add(
                    "disabilities",
                    "primary_count",
                    "exactly one disability must be marked as the primary one",
                )
        primary = next((d for d in disabilities if d.is_primary), None)
        categories = [d.category for d in disabilities]
        multiple = ref.MULTIPLE_CATEGORY
        if multiple in categories:
            c.check(
                primary is not None and primary.category == multiple,
                "disabilities",
                "multiple_not_primary",
                "multiple disability (多重) must be the primary entry",
            )
            components = [x for x in categories if x != multiple]
            c.check(
                len(components) >= 2 and len(set(components)) == len(components),
                "disabilities",
                "multiple_components",
                "multiple disability (多重) needs at least two different component disabilities",
            )
            c.check(
                categories.count(multiple) == 1,
                "disabilities",
                "multiple_duplicate",
                "multiple disability is listed twice",
            )
        elif len(categories) != len(set(categories)):
            c.add("disabilities", "duplicate_category", "a disability category is listed twice")
        elif len(categories) > 1:
            c.add(
                "disabilities",
                "components_without_multiple",
                "several disabilities are recorded as 多重 (multiple, category 7) plus its components",
            )

        certificate = self.certificate_number.strip().upper()
        if certificate:
            c.extend(
                certificate_number_errors(
                    certificate,
                    field="certificate_number",
                    id_number=id_number if not id_errors else None,
                    category=primary.category if primary else None,
                    level=primary.level if primary else None,
                    valid_categories=ref.disability_categories.keys(),
                    valid_levels=ref.disability_levels.keys(),
                    today=today,
                )
            )
        if self.town_code:
            c.check(
                self.town_code in ref.towns, "town_code", "unknown_code", "is not a known town", list="town"
            )
        _max_len(c, self.village, "village", 100)
        _max_len(c, self.address, "address", 300)
        phone = _phone(c, self.phone, "phone")
        guardian_phone = _phone(c, self.guardian_phone, "guardian_phone")
        _code(c, ref, "household", self.household, "household", optional=True)
        _code(c, ref, "education", self.education, "education", optional=True)
        _code(c, ref, "referral_source", self.referral_source, "referral_source", optional=True)
        _code(c, ref, "guardian_relation", self.guardian_relation, "guardian_relation", optional=True)
        if self.guardian_relation or self.guardian_phone:
            c.check(
                bool(self.guardian_name.strip()),
                "guardian_name",
                "required",
                "is required when a guardian is recorded",
            )
        _max_len(c, self.guardian_name, "guardian_name", 100)
        for name in ("work_history", "benefits", "notes", "referral_note"):
            _max_len(c, getattr(self, name), name)
        _not_future(c, self.intake_date, "intake_date", today)
        _order(c, self.birth_date, self.intake_date, "intake_date", "the birth date")
        c.raise_if_any()
        return self.replace(
            name=self.name.strip(),
            id_number=id_number,
            certificate_number=certificate,
            phone=phone,
            guardian_phone=guardian_phone,
            guardian_name=self.guardian_name.strip(),
            disabilities=disabilities,
        )


@dataclass(frozen=True)
class ConsentInput(_Input):
    """A consent for one purpose; ``recipient`` is required for disclosure to an employer."""

    client_id: str
    purpose: str
    signed_by: str
    signer_name: str
    signed_on: date
    expires_on: date | None = None
    recipient: str = ""

    def validated(self, ref: ReferenceData, today: date) -> ConsentInput:
        c = Collector()
        _code(c, ref, "consent_purpose", self.purpose, "purpose")
        _code(c, ref, "consent_signer", self.signed_by, "signed_by")
        _required(c, self.signer_name, "signer_name", max_len=100)
        _not_future(c, self.signed_on, "signed_on", today)
        _order(c, self.signed_on, self.expires_on, "expires_on", "the signing date")
        if self.purpose == "disclose_employer":
            c.check(
                bool(self.recipient.strip()),
                "recipient",
                "required",
                "disclosure to an employer needs its own consent naming the employer",
            )
        c.raise_if_any()
        return self.replace(signer_name=self.signer_name.strip(), recipient=self.recipient.strip())


@dataclass(frozen=True)
class AssessmentInput(_Input):
    """A vocational ability assessment with a 1–5 rating per domain."""

    client_id: str
    assessed_on: date
    assessor_role: str
    ratings: tuple[tuple[str, int], ...]
    assessor_id: str | None = None
    assessor_name: str = ""
    tool: str = ""
    strengths: str = ""
    interests: str = ""
    supports_needed: str = ""

    def validated(self, ref: ReferenceData, today: date) -> AssessmentInput:
        c = Collector()
        _not_future(c, self.assessed_on, "assessed_on", today)
        _code(c, ref, "staff_role", self.assessor_role, "assessor_role")
        c.check(bool(self.ratings), "ratings", "required", "rate at least one domain")
        seen = set()
        for i, (domain, score) in enumerate(self.ratings):
            _code(c, ref, "assessment_domain", domain, f"ratings[{i}].domain")
            _range(c, score, f"ratings[{i}].score", 1, 5)
            c.check(domain not in seen, f"ratings[{i}].domain", "duplicate", "domain rated twice")
            seen.add(domain)
        for name in ("tool", "strengths", "interests", "supports_needed"):
            _max_len(c, getattr(self, name), name)
        c.raise_if_any()
        return self


# --- plans --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoalInput(_Input):
    """A plan goal. ``id`` is set when editing an existing goal, so its session history stays linked."""

    description: str
    success_criteria: str
    responsible_party: str
    start_date: date
    target_date: date
    progress: int = 0
    status: str = "active"
    id: str | None = None

    def errors(self, ref: ReferenceData) -> list[FieldError]:
        c = Collector()
        _required(c, self.description, "description", max_len=2000)
        _required(c, self.success_criteria, "success_criteria", max_len=2000)
        _code(c, ref, "responsible_party", self.responsible_party, "responsible_party")
        _order(c, self.start_date, self.target_date, "target_date", "the start date")
        _range(c, self.progress, "progress", 0, 100)
        _code(c, ref, "goal_status", self.status, "status")
        return c.errors


@dataclass(frozen=True)
class PlanInput(_Input):
    """An individual employment plan (个别化就业计划) and its goals."""

    client_id: str
    job_goal: str
    start_date: date
    target_date: date
    goals: tuple[GoalInput, ...]
    hours_per_week_goal: float | None = None
    wage_goal: int | None = None
    barriers: str = ""
    review_interval_days: int = 90
    signed_on: date | None = None

    def validated(self, ref: ReferenceData, today: date) -> PlanInput:
        c = Collector()
        _required(c, self.job_goal, "job_goal", max_len=300)
        _order(c, self.start_date, self.target_date, "target_date", "the start date")
        c.check(bool(self.goals), "goals", "required", "a plan needs at least one goal")
        for i, g in enumerate(self.goals):
            _nested(c, f"goals[{i}]", g.errors(ref))
        _range(c, self.hours_per_week_goal, "hours_per_week_goal", 1, 84)
        _range(c, self.wage_goal, "wage_goal", 0, 1_000_000)
        _range(c, self.review_interval_days, "review_interval_days", 7, 366)
        _not_future(c, self.signed_on, "signed_on", today)
        _max_len(c, self.barriers, "barriers")
        c.raise_if_any()
        return self.replace(job_goal=self.job_goal.strip())

    def first_review(self) -> date:
        return self.start_date + timedelta(days=self.review_interval_days)


# --- sessions ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantInput(_Input):
    kind: str
    name: str = ""
    user_id: str | None = None


@dataclass(frozen=True)
class GoalProgressInput(_Input):
    goal_id: str
    progress: int
    note: str = ""


@dataclass(frozen=True)
class SessionInput(_Input):
    """The editable content of a session record (服务记录)."""

    client_id: str
    session_date: date
    start_time: time
    end_time: time
    mode: str
    session_type: str
    content: str = ""
    travel_minutes: int = 0
    place: str = ""
    fading_percent: int | None = None
    natural_supports: str = ""
    next_steps: str = ""
    next_steps_due: date | None = None
    participants: tuple[ParticipantInput, ...] = ()
    goals: tuple[GoalProgressInput, ...] = field(default=())

    CONTENT_FIELDS = (
        "session_date",
        "start_time",
        "end_time",
        "mode",
        "session_type",
        "content",
        "travel_minutes",
        "place",
        "fading_percent",
        "natural_supports",
        "next_steps",
        "next_steps_due",
    )

    @property
    def minutes(self) -> int:
        start = datetime.combine(self.session_date, self.start_time)
        end = datetime.combine(self.session_date, self.end_time)
        return int((end - start).total_seconds() // 60)

    def validated(self, ref: ReferenceData, today: date, *, final: bool = False) -> SessionInput:
        """Check the record; ``final`` adds what a record needs before it can be locked."""
        c = Collector()
        _not_future(c, self.session_date, "session_date", today)
        c.check(self.end_time > self.start_time, "end_time", "time_order", "must be after the start time")
        _range(c, self.travel_minutes, "travel_minutes", 0, 600)
        _code(c, ref, "session_mode", self.mode, "mode")
        _code(c, ref, "session_type", self.session_type, "session_type")
        _range(c, self.fading_percent, "fading_percent", 0, 100)
        _order(c, self.session_date, self.next_steps_due, "next_steps_due", "the session date", strict=False)
        _max_len(c, self.place, "place", 200)
        for name in ("content", "natural_supports", "next_steps"):
            _max_len(c, getattr(self, name), name)
        for i, p in enumerate(self.participants):
            _code(c, ref, "participant_kind", p.kind, f"participants[{i}].kind")
            _max_len(c, p.name, f"participants[{i}].name", 100)
        goal_ids = [g.goal_id for g in self.goals]
        c.check(len(goal_ids) == len(set(goal_ids)), "goals", "duplicate", "a goal is listed twice")
        for i, g in enumerate(self.goals):
            _range(c, g.progress, f"goals[{i}].progress", 0, 100)
        if final:
            c.check(
                bool(self.content.strip()), "content", "required_to_finalise", "is required before finalising"
            )
            c.check(
                bool(self.participants),
                "participants",
                "required_to_finalise",
                "record who took part before finalising",
            )
        c.raise_if_any()
        return self


# --- employers and placements -----------------------------------------------------------------------


@dataclass(frozen=True)
class EmployerInput(_Input):
    name: str
    credit_code: str = ""
    sector: str = ""
    address: str = ""
    town_code: str | None = None
    quota_status: str = "unknown"
    vacancies: str = ""
    notes: str = ""

    def validated(self, ref: ReferenceData, today: date) -> EmployerInput:
        c = Collector()
        _required(c, self.name, "name")
        if self.credit_code.strip():
            c.extend(credit_code_errors(self.credit_code))
        if self.town_code:
            c.check(
                self.town_code in ref.towns, "town_code", "unknown_code", "is not a known town", list="town"
            )
        _code(c, ref, "quota_status", self.quota_status, "quota_status")
        c.raise_if_any()
        return self.replace(name=self.name.strip(), credit_code=self.credit_code.strip().upper())


@dataclass(frozen=True)
class EmployerContactInput(_Input):
    employer_id: str
    name: str
    title: str = ""
    phone: str = ""

    def validated(self, ref: ReferenceData, today: date) -> EmployerContactInput:
        c = Collector()
        _required(c, self.name, "name", max_len=100)
        phone = _phone(c, self.phone, "phone")
        c.raise_if_any()
        return self.replace(name=self.name.strip(), phone=phone)


@dataclass(frozen=True)
class ContactLogInput(_Input):
    employer_id: str
    contact_date: date
    mode: str
    summary: str
    contact_id: str | None = None
    client_id: str | None = None

    def validated(self, ref: ReferenceData, today: date) -> ContactLogInput:
        c = Collector()
        _not_future(c, self.contact_date, "contact_date", today)
        _code(c, ref, "employer_contact_mode", self.mode, "mode")
        _required(c, self.summary, "summary", max_len=MAX_TEXT)
        c.raise_if_any()
        return self


@dataclass(frozen=True)
class JobAnalysisInput(_Input):
    employer_id: str
    analysed_on: date
    job_title: str
    client_id: str | None = None
    site: str = ""
    supervisor_name: str = ""
    hours: str = ""
    pay: str = ""
    breaks: str = ""
    environment: str = ""
    culture: str = ""
    core_tasks: str = ""
    occasional_tasks: str = ""
    task_steps: str = ""
    accommodations: str = ""
    natural_supports: str = ""

    def validated(self, ref: ReferenceData, today: date) -> JobAnalysisInput:
        c = Collector()
        _not_future(c, self.analysed_on, "analysed_on", today)
        _required(c, self.job_title, "job_title")
        for f in dataclasses.fields(self):
            if f.type == "str" and f.name not in ("employer_id", "job_title"):
                _max_len(c, getattr(self, f.name), f.name)
        c.raise_if_any()
        return self


@dataclass(frozen=True)
class PlacementInput(_Input):
    """An employment registration (就业登记)."""

    client_id: str
    employer_id: str
    post: str
    start_date: date
    employment_form: str
    hours_per_week: float
    monthly_wage: int
    supported_employment: bool = True
    contract_type: str | None = None
    social_insurance: bool = False

    def validated(self, ref: ReferenceData, today: date) -> PlacementInput:
        c = Collector()
        _required(c, self.post, "post")
        c.check(
            self.employment_form in ref.employment_forms,
            "employment_form",
            "unknown_code",
            "is not a known employment form",
            list="employment_form",
        )
        _code(c, ref, "contract_type", self.contract_type, "contract_type", optional=True)
        _range(c, self.hours_per_week, "hours_per_week", 1, 84)
        _range(c, self.monthly_wage, "monthly_wage", 0, 1_000_000)
        # A placement may be registered ahead of its start, but not more than a quarter ahead.
        c.check(
            self.start_date <= today + timedelta(days=92),
            "start_date",
            "date_too_far",
            "is more than three months ahead",
        )
        c.raise_if_any()
        return self.replace(post=self.post.strip())


@dataclass(frozen=True)
class CheckpointResultInput(_Input):
    """The result of one retention check (就业跟踪回访)."""

    checked_on: date
    still_employed: bool
    same_employer: bool | None = None
    hours_per_week: float | None = None
    monthly_wage: int | None = None
    client_satisfaction: int | None = None
    employer_satisfaction: int | None = None
    note: str = ""

    def validated(self, ref: ReferenceData, today: date) -> CheckpointResultInput:
        c = Collector()
        _not_future(c, self.checked_on, "checked_on", today)
        _range(c, self.hours_per_week, "hours_per_week", 0, 84)
        _range(c, self.monthly_wage, "monthly_wage", 0, 1_000_000)
        _range(c, self.client_satisfaction, "client_satisfaction", 1, 5)
        _range(c, self.employer_satisfaction, "employer_satisfaction", 1, 5)
        if not self.still_employed:
            c.check(
                self.same_employer in (None, False),
                "same_employer",
                "contradiction",
                "cannot be yes when the client is no longer employed",
            )
        c.raise_if_any()
        return self


def checkpoint_schedule(start: date, days: Sequence[int]) -> list[tuple[int, date]]:
    """The retention checkpoints of a placement: (day offset, due date), for a configurable schedule."""
    offsets = sorted(set(days))
    if not offsets or any(d <= 0 for d in offsets):
        raise ValueError("a retention schedule needs positive day offsets")
    return [(d, start + timedelta(days=d)) for d in offsets]


@dataclass(frozen=True)
class ClosureInput(_Input):
    client_id: str
    closed_on: date
    reason: str
    outcome: str = ""
    onward_referral: str = ""

    def validated(self, ref: ReferenceData, today: date, *, intake_date: date | None = None) -> ClosureInput:
        c = Collector()
        _not_future(c, self.closed_on, "closed_on", today)
        _order(c, intake_date, self.closed_on, "closed_on", "the intake date", strict=False)
        _code(c, ref, "closure_reason", self.reason, "reason")
        _max_len(c, self.outcome, "outcome")
        c.raise_if_any()
        return self


# --- supervision ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SupervisionActionInput(_Input):
    what: str
    who: str
    due: date
    status: str = "open"


@dataclass(frozen=True)
class SupervisionInput(_Input):
    """A supervision record (督导记录表, DOMAIN.md §2.1)."""

    held_on: date
    start_time: time
    end_time: time
    mode: str
    form: str
    supervisee_ids: tuple[str, ...]
    topics: tuple[str, ...] = ()
    case_client_ids: tuple[str, ...] = ()
    place: str = ""
    supervisor_qualification: str = ""
    questions: str = ""
    opinions: str = ""
    files_checked: int = 0
    files_passing: int = 0
    problems_found: str = ""
    previous_actions_status: str = ""
    reflections_coach: str = ""
    reflections_supervisor: str = ""
    actions: tuple[SupervisionActionInput, ...] = ()

    @property
    def minutes(self) -> int:
        start = datetime.combine(self.held_on, self.start_time)
        return int((datetime.combine(self.held_on, self.end_time) - start).total_seconds() // 60)

    def validated(self, ref: ReferenceData, today: date) -> SupervisionInput:
        c = Collector()
        _not_future(c, self.held_on, "held_on", today)
        c.check(self.end_time > self.start_time, "end_time", "time_order", "must be after the start time")
        _code(c, ref, "supervision_mode", self.mode, "mode")
        _code(c, ref, "supervision_form", self.form, "form")
        c.check(bool(self.supervisee_ids), "supervisee_ids", "required", "name at least one supervisee")
        for i, t in enumerate(self.topics):
            _code(c, ref, "supervision_topic", t, f"topics[{i}]")
        _range(c, self.files_checked, "files_checked", 0, 10_000)
        _range(c, self.files_passing, "files_passing", 0, 10_000)
        c.check(
            self.files_passing <= self.files_checked,
            "files_passing",
            "exceeds",
            "cannot exceed the number of files checked",
        )
        for i, a in enumerate(self.actions):
            _required(c, a.what, f"actions[{i}].what", max_len=MAX_TEXT)
            _required(c, a.who, f"actions[{i}].who", max_len=100)
            _code(c, ref, "action_status", a.status, f"actions[{i}].status")
        c.raise_if_any()
        return self
