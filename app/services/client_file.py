"""The client file (个案档案): everything on one client in one read, as frozen DTOs for the GUI.

:meth:`ClientFileService.file` gathers the profile (ID and certificate numbers masked, through
:meth:`ClientService.view`), consents with whether each is valid today, assessments with their ratings,
the active employment plan with its goals and the older plans, the session timeline (through
:meth:`SessionService.timeline`, so amended records count with their amended values), placements with
their retention checkpoints, job analyses and the closure. No ORM object leaves this module; code
values come with their Chinese names from the reference data.

It also keeps the **crash-recovery state of the session form**: what a coach typed that cannot be
saved as a draft yet (it breaks a rule, e.g. the end time is before the start). That text is personal,
so it is never written to a plain file: it goes into the encrypted database, in one ``local_settings``
row per client (``session_form_recovery:<client id>``), with one slot per form (the draft's id, or
``new`` for a form not saved yet) and the user who typed it. Local settings are not synced, and the
row is cleared as soon as the form's content is saved as a draft (or discarded).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.clock import utcnow
from app.domain.errors import RuleViolation
from app.services.base import Context, ServiceBase
from app.services.casework import SESSION_FIELDS, SessionService, amendment_overrides
from app.services.clients import ClientService, ClientView
from app.storage.models import (
    Assessment,
    Client,
    Closure,
    Consent,
    Employer,
    EmploymentPlan,
    JobAnalysis,
    LocalSetting,
    Placement,
    PlanGoal,
    SessionAmendment,
    SessionGoalProgress,
    SessionParticipant,
    SessionRecord,
    User,
)

__all__ = [
    "RECOVERY_KEY_PREFIX",
    "AmendmentItem",
    "AssessmentItem",
    "ChangeItem",
    "CheckpointItem",
    "ClientFile",
    "ClientFileService",
    "ClosureItem",
    "ConsentItem",
    "DisabilityItem",
    "GoalItem",
    "JobAnalysisItem",
    "ParticipantItem",
    "PlacementItem",
    "PlanItem",
    "Profile",
    "RatingItem",
    "RecoveryState",
    "SessionDetail",
    "SessionGoalItem",
    "SessionItem",
]

RECOVERY_KEY_PREFIX = "session_form_recovery:"
#: Slot of a session form that has not been saved as a draft yet.
NEW_SLOT = "new"
#: Upper bound of one form's recovery state (JSON characters): generous for text that is too long to
#: save (the domain allows 20,000 characters per field) without letting the row grow without limit.
MAX_RECOVERY_CHARS = 400_000
PREVIEW_CHARS = 60

LANGUAGE = "zh_CN"


# --------------------------------------------------------------------------------------------------
# DTOs


@dataclass(frozen=True)
class DisabilityItem:
    category: int
    category_name: str
    level: int
    level_name: str
    severe: bool
    is_primary: bool


@dataclass(frozen=True)
class Profile:
    """The registration data as shown in the file. ``id_number_masked``/``certificate_masked`` are
    masked; the full numbers only come from the audited reveal."""

    id: str
    name: str
    sex: str
    sex_name: str
    birth_date: date
    age: int
    id_number_masked: str
    certificate_masked: str
    disabilities: tuple[DisabilityItem, ...]
    town_code: str | None
    town_name: str
    village: str
    address: str
    phone: str
    household_name: str
    education_name: str
    referral_source_name: str
    guardian_name: str
    guardian_relation_name: str
    guardian_phone: str
    coach_id: str | None
    coach_name: str
    status: str
    status_name: str
    phase: str
    phase_name: str
    intake_date: date
    notes: str


@dataclass(frozen=True)
class ConsentItem:
    id: str
    purpose: str
    purpose_name: str
    signed_by: str
    signed_by_name: str
    signer_name: str
    recipient: str
    signed_on: date
    expires_on: date | None
    withdrawn_on: date | None
    valid_now: bool


@dataclass(frozen=True)
class RatingItem:
    domain: str
    domain_name: str
    score: int


@dataclass(frozen=True)
class AssessmentItem:
    id: str
    assessed_on: date
    assessor_name: str
    assessor_role: str
    assessor_role_name: str
    tool: str
    ratings: tuple[RatingItem, ...]
    strengths: str
    interests: str
    supports_needed: str


@dataclass(frozen=True)
class GoalItem:
    id: str
    description: str
    success_criteria: str
    responsible_party: str
    responsible_name: str
    start_date: date
    target_date: date
    progress: int
    status: str
    status_name: str
    overdue: bool  # still active after its target date


@dataclass(frozen=True)
class PlanItem:
    id: str
    job_goal: str
    hours_per_week_goal: float | None
    wage_goal: int | None
    barriers: str
    start_date: date
    target_date: date
    review_interval_days: int
    next_review_on: date
    review_overdue: bool
    status: str
    signed_on: date | None
    goals: tuple[GoalItem, ...]


@dataclass(frozen=True)
class SessionItem:
    """One line of the session timeline, with amended values (date, type, minutes, content)."""

    id: str
    session_date: date
    session_type: str
    type_name: str
    mode: str
    mode_name: str
    status: str
    minutes: int
    author_id: str
    author_name: str
    amendments: int
    preview: str


@dataclass(frozen=True)
class CheckpointItem:
    id: str
    placement_id: str
    day_offset: int
    due_date: date
    checked_on: date | None
    still_employed: bool | None
    same_employer: bool | None
    hours_per_week: float | None
    monthly_wage: int | None
    client_satisfaction: int | None
    employer_satisfaction: int | None
    note: str
    overdue: bool  # not checked and its due date has passed


@dataclass(frozen=True)
class PlacementItem:
    id: str
    employer_id: str
    employer_name: str
    post: str
    start_date: date
    end_date: date | None
    employment_form: str
    employment_form_name: str
    supported_employment: bool
    contract_type: str | None
    contract_type_name: str
    hours_per_week: float
    monthly_wage: int
    social_insurance: bool
    checkpoints: tuple[CheckpointItem, ...]


@dataclass(frozen=True)
class JobAnalysisItem:
    id: str
    employer_id: str
    employer_name: str
    analysed_on: date
    job_title: str
    site: str
    supervisor_name: str
    hours: str
    pay: str
    breaks: str
    environment: str
    culture: str
    core_tasks: str
    occasional_tasks: str
    task_steps: str
    accommodations: str
    natural_supports: str


@dataclass(frozen=True)
class ClosureItem:
    id: str
    closed_on: date
    reason: str
    reason_name: str
    outcome: str
    onward_referral: str


@dataclass(frozen=True)
class ClientFile:
    """Everything on one client, read at ``as_of`` (the workspace's today)."""

    as_of: date
    profile: Profile
    consents: tuple[ConsentItem, ...]
    assessments: tuple[AssessmentItem, ...]
    active_plan: PlanItem | None
    older_plans: tuple[PlanItem, ...]
    sessions: tuple[SessionItem, ...]
    placements: tuple[PlacementItem, ...]
    job_analyses: tuple[JobAnalysisItem, ...]
    closure: ClosureItem | None

    def valid_consent(self, purpose: str) -> bool:
        return any(c.valid_now and c.purpose == purpose for c in self.consents)

    @property
    def overdue_checkpoints(self) -> int:
        return sum(cp.overdue for p in self.placements for cp in p.checkpoints)


@dataclass(frozen=True)
class ParticipantItem:
    kind: str
    kind_name: str
    name: str
    user_id: str | None


@dataclass(frozen=True)
class SessionGoalItem:
    goal_id: str
    description: str
    progress: int
    note: str
    in_active_plan: bool


@dataclass(frozen=True)
class ChangeItem:
    """One field an amendment changed; ``old``/``new`` as stored (dates and times as ISO text)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AmendmentItem:
    at: datetime  # naive UTC
    author_id: str
    author_name: str
    reason: str
    changes: tuple[ChangeItem, ...]


@dataclass(frozen=True)
class SessionDetail:
    """A session record for the form: ``values`` as amended, ``original`` as finalised, the history."""

    id: str
    client_id: str
    status: str
    author_id: str
    author_name: str
    finalised_at: datetime | None
    values: Mapping[str, Any]
    original: Mapping[str, Any]
    participants: tuple[ParticipantItem, ...]
    goals: tuple[SessionGoalItem, ...]
    amendments: tuple[AmendmentItem, ...]

    @property
    def amended_fields(self) -> frozenset[str]:
        return frozenset(c.field for a in self.amendments for c in a.changes)


@dataclass(frozen=True)
class RecoveryState:
    """Unsaved session-form content kept in the encrypted store after a crash or a failed save."""

    client_id: str
    session_id: str | None
    saved_at: datetime  # naive UTC
    form: Mapping[str, Any]


# --------------------------------------------------------------------------------------------------


def _consent_valid(row: Consent, on: date) -> bool:
    return (
        row.signed_on <= on
        and (row.expires_on is None or row.expires_on >= on)
        and (row.withdrawn_on is None or row.withdrawn_on > on)
    )


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _preview(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW_CHARS else line[: PREVIEW_CHARS - 1] + "…"


class ClientFileService(ServiceBase):
    """Read the whole file of a client; keep and restore the session form's recovery state."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._clients = ClientService(ctx)
        self._sessions = SessionService(ctx)

    # -- names ------------------------------------------------------------------------------------------

    def code_name(self, list_name: str, code: str | None) -> str:
        """The Chinese name of a code (``""`` for None, the code itself when unknown)."""
        if not code:
            return ""
        entry = self.ref.codes(list_name).get(code)
        return entry.name(LANGUAGE) if entry is not None else code

    # -- the file ---------------------------------------------------------------------------------------

    def file(self, client_id: str) -> ClientFile:
        """Everything on one client. Raises NotFound for an unknown or deleted client."""
        today = self.today()
        view = self._clients.view(client_id)  # masked numbers: one masking rule for every screen
        timeline = self._sessions.timeline(client_id)
        with self.ctx.uow.read() as s:
            client = self.client(s, client_id)
            users = dict(s.execute(select(User.id, User.display_name)).all())
            profile = self._profile(client, view, users, today)
            consents = self._consents(s, client_id, today)
            assessments = self._assessments(s, client_id)
            plans = self._plans(s, client_id, today)
            sessions = self._timeline(s, client_id, timeline, users)
            placements = self._placements(s, client_id, today)
            analyses = self._job_analyses(s, client_id)
            closure = self._closure(s, client_id)
        active = next((p for p in plans if p.status == "active"), None)
        return ClientFile(
            as_of=today,
            profile=profile,
            consents=consents,
            assessments=assessments,
            active_plan=active,
            older_plans=tuple(p for p in plans if p is not active),
            sessions=sessions,
            placements=placements,
            job_analyses=analyses,
            closure=closure,
        )

    def _profile(self, c: Client, view: ClientView, users: Mapping[str, str], today: date) -> Profile:
        ref = self.ref
        disabilities = tuple(
            DisabilityItem(
                d.category,
                ref.disability_categories[d.category].name(LANGUAGE)
                if d.category in ref.disability_categories
                else str(d.category),
                d.level,
                ref.disability_levels[d.level].name_zh if d.level in ref.disability_levels else str(d.level),
                ref.disability_levels[d.level].severe if d.level in ref.disability_levels else False,
                d.is_primary,
            )
            for d in view.disabilities
        )
        return Profile(
            id=c.id,
            name=view.name,
            sex=view.sex,
            sex_name=self.code_name("sex", view.sex),
            birth_date=view.birth_date,
            age=_age(view.birth_date, today),
            id_number_masked=view.id_number,
            certificate_masked=view.certificate_number,
            disabilities=disabilities,
            town_code=view.town_code,
            town_name=ref.town_name(view.town_code),
            village=c.village,
            address=view.address,
            phone=view.phone,
            household_name=self.code_name("household", c.household),
            education_name=self.code_name("education", c.education),
            referral_source_name=self.code_name("referral_source", c.referral_source),
            guardian_name=view.guardian_name,
            guardian_relation_name=self.code_name("guardian_relation", c.guardian_relation),
            guardian_phone=view.guardian_phone,
            coach_id=view.assigned_coach_id,
            coach_name=users.get(view.assigned_coach_id or "", ""),
            status=view.status,
            status_name=self.code_name("client_status", view.status),
            phase=view.phase,
            phase_name=self.code_name("phase", view.phase),
            intake_date=view.intake_date,
            notes=view.notes,
        )

    def _consents(self, s: Session, client_id: str, today: date) -> tuple[ConsentItem, ...]:
        rows = s.scalars(
            self.live(Consent)
            .where(Consent.client_id == client_id)
            .order_by(Consent.signed_on.desc(), Consent.purpose)
        )
        return tuple(
            ConsentItem(
                r.id,
                r.purpose,
                self.code_name("consent_purpose", r.purpose),
                r.signed_by,
                self.code_name("consent_signer", r.signed_by),
                r.signer_name,
                r.recipient,
                r.signed_on,
                r.expires_on,
                r.withdrawn_on,
                _consent_valid(r, today),
            )
            for r in rows
        )

    def _assessments(self, s: Session, client_id: str) -> tuple[AssessmentItem, ...]:
        rows = s.scalars(
            self.live(Assessment)
            .where(Assessment.client_id == client_id)
            .order_by(Assessment.assessed_on.desc(), Assessment.created_at.desc())
        )
        domain_order = list(self.ref.codes("assessment_domain"))
        out = []
        for a in rows:
            ratings = sorted(
                (r for r in a.ratings if r.deleted_at is None),
                key=lambda r: domain_order.index(r.domain) if r.domain in domain_order else len(domain_order),
            )
            out.append(
                AssessmentItem(
                    a.id,
                    a.assessed_on,
                    a.assessor_name,
                    a.assessor_role,
                    self.code_name("staff_role", a.assessor_role),
                    a.tool,
                    tuple(
                        RatingItem(r.domain, self.code_name("assessment_domain", r.domain), r.score)
                        for r in ratings
                    ),
                    a.strengths,
                    a.interests,
                    a.supports_needed,
                )
            )
        return tuple(out)

    def _plans(self, s: Session, client_id: str, today: date) -> list[PlanItem]:
        rows = s.scalars(
            self.live(EmploymentPlan)
            .where(EmploymentPlan.client_id == client_id)
            .order_by(EmploymentPlan.start_date.desc(), EmploymentPlan.created_at.desc())
        )
        plans = []
        for p in rows:
            goals = tuple(
                GoalItem(
                    g.id,
                    g.description,
                    g.success_criteria,
                    g.responsible_party,
                    self.code_name("responsible_party", g.responsible_party),
                    g.start_date,
                    g.target_date,
                    g.progress,
                    g.status,
                    self.code_name("goal_status", g.status),
                    p.status == "active" and g.status == "active" and g.target_date < today,
                )
                for g in p.goals
                if g.deleted_at is None
            )
            plans.append(
                PlanItem(
                    p.id,
                    p.job_goal,
                    p.hours_per_week_goal,
                    p.wage_goal,
                    p.barriers,
                    p.start_date,
                    p.target_date,
                    p.review_interval_days,
                    p.next_review_on,
                    p.status == "active" and p.next_review_on < today,
                    p.status,
                    p.signed_on,
                    goals,
                )
            )
        return plans

    def _timeline(
        self,
        s: Session,
        client_id: str,
        timeline: Sequence[tuple[str, date, str, str, int]],
        users: Mapping[str, str],
    ) -> tuple[SessionItem, ...]:
        extra = {
            sid: (author, mode, content)
            for sid, author, mode, content in s.execute(
                select(
                    SessionRecord.id, SessionRecord.author_id, SessionRecord.mode, SessionRecord.content
                ).where(SessionRecord.client_id == client_id, SessionRecord.deleted_at.is_(None))
            )
        }
        counts = dict(
            s.execute(
                select(SessionAmendment.session_id, func.count())
                .join(SessionRecord, SessionRecord.id == SessionAmendment.session_id)
                .where(SessionRecord.client_id == client_id, SessionAmendment.deleted_at.is_(None))
                .group_by(SessionAmendment.session_id)
            ).all()
        )
        overrides = amendment_overrides(s, client_id)
        items = []
        for sid, day, kind, status, minutes in timeline:
            author, mode, content = extra.get(sid, ("", "", ""))
            o = overrides.get(sid, {})
            mode = o.get("mode", mode)
            items.append(
                SessionItem(
                    sid,
                    day,
                    kind,
                    self.code_name("session_type", kind),
                    mode,
                    self.code_name("session_mode", mode),
                    status,
                    minutes,
                    author,
                    users.get(author, ""),
                    int(counts.get(sid, 0)),
                    _preview(o.get("content", content) or ""),
                )
            )
        return tuple(items)

    def _placements(self, s: Session, client_id: str, today: date) -> tuple[PlacementItem, ...]:
        q = (
            select(Placement, Employer.name)
            .join(Employer, Employer.id == Placement.employer_id)
            .where(Placement.client_id == client_id, Placement.deleted_at.is_(None))
            .order_by(Placement.start_date.desc())
        )
        out = []
        for p, employer_name in s.execute(q):
            checkpoints = tuple(
                CheckpointItem(
                    cp.id,
                    p.id,
                    cp.day_offset,
                    cp.due_date,
                    cp.checked_on,
                    cp.still_employed,
                    cp.same_employer,
                    cp.hours_per_week,
                    cp.monthly_wage,
                    cp.client_satisfaction,
                    cp.employer_satisfaction,
                    cp.note,
                    cp.checked_on is None and cp.due_date < today,
                )
                for cp in p.checkpoints
                if cp.deleted_at is None
            )
            form = self.ref.employment_forms.get(p.employment_form)
            out.append(
                PlacementItem(
                    p.id,
                    p.employer_id,
                    employer_name,
                    p.post,
                    p.start_date,
                    p.end_date,
                    p.employment_form,
                    form.name(LANGUAGE) if form else p.employment_form,
                    p.supported_employment,
                    p.contract_type,
                    self.code_name("contract_type", p.contract_type),
                    p.hours_per_week,
                    p.monthly_wage,
                    p.social_insurance,
                    checkpoints,
                )
            )
        return tuple(out)

    def _job_analyses(self, s: Session, client_id: str) -> tuple[JobAnalysisItem, ...]:
        q = (
            select(JobAnalysis, Employer.name)
            .join(Employer, Employer.id == JobAnalysis.employer_id)
            .where(JobAnalysis.client_id == client_id, JobAnalysis.deleted_at.is_(None))
            .order_by(JobAnalysis.analysed_on.desc())
        )
        return tuple(
            JobAnalysisItem(
                j.id,
                j.employer_id,
                name,
                j.analysed_on,
                j.job_title,
                j.site,
                j.supervisor_name,
                j.hours,
                j.pay,
                j.breaks,
                j.environment,
                j.culture,
                j.core_tasks,
                j.occasional_tasks,
                j.task_steps,
                j.accommodations,
                j.natural_supports,
            )
            for j, name in s.execute(q)
        )

    def _closure(self, s: Session, client_id: str) -> ClosureItem | None:
        row = s.scalars(
            self.live(Closure).where(Closure.client_id == client_id).order_by(Closure.closed_on.desc())
        ).first()
        if row is None:
            return None
        return ClosureItem(
            row.id,
            row.closed_on,
            row.reason,
            self.code_name("closure_reason", row.reason),
            row.outcome,
            row.onward_referral,
        )

    def note_opened(self, client_id: str) -> None:
        """Audit that the acting user opened the client's file (PIPL: views are logged too)."""
        with self.tx() as s:
            self.client(s, client_id)
            self.audit(s, "view", "client", client_id, what="client_file")

    # -- one session record, for the form ----------------------------------------------------------------

    def session_detail(self, session_id: str) -> SessionDetail:
        """A session record with its participants, goals worked on and amendment history."""
        view = self._sessions.view(session_id)
        with self.ctx.uow.read() as s:
            row = self.get(s, SessionRecord, session_id, what="session record")
            users = dict(s.execute(select(User.id, User.display_name)).all())
            participants = tuple(
                ParticipantItem(p.kind, self.code_name("participant_kind", p.kind), p.name, p.user_id)
                for p in s.scalars(
                    self.live(SessionParticipant)
                    .where(SessionParticipant.session_id == session_id)
                    .order_by(SessionParticipant.position)
                )
            )
            active = {
                g
                for (g,) in s.execute(
                    select(PlanGoal.id)
                    .join(EmploymentPlan, EmploymentPlan.id == PlanGoal.plan_id)
                    .where(
                        EmploymentPlan.client_id == row.client_id,
                        EmploymentPlan.status == "active",
                        EmploymentPlan.deleted_at.is_(None),
                        PlanGoal.deleted_at.is_(None),
                    )
                )
            }
            goals = tuple(
                SessionGoalItem(gp.goal_id, description, gp.progress, gp.note, gp.goal_id in active)
                for gp, description in s.execute(
                    select(SessionGoalProgress, PlanGoal.description)
                    .join(PlanGoal, PlanGoal.id == SessionGoalProgress.goal_id)
                    .where(
                        SessionGoalProgress.session_id == session_id,
                        SessionGoalProgress.deleted_at.is_(None),
                    )
                    .order_by(PlanGoal.position)
                )
            )
            finalised_at = row.finalised_at
        amendments = tuple(
            AmendmentItem(
                a.at,
                a.author_id,
                users.get(a.author_id, ""),
                a.reason,
                tuple(
                    ChangeItem(f, change.get("old"), change.get("new"))
                    for f, change in sorted(
                        a.changes.items(),
                        key=lambda kv: SESSION_FIELDS.index(kv[0]) if kv[0] in SESSION_FIELDS else 99,
                    )
                ),
            )
            for a in view.amendments
        )
        return SessionDetail(
            id=view.id,
            client_id=view.client_id,
            status=view.status,
            author_id=view.author_id,
            author_name=users.get(view.author_id, ""),
            finalised_at=finalised_at,
            values=dict(view.values),
            original=dict(view.original),
            participants=participants,
            goals=goals,
            amendments=amendments,
        )

    def latest_draft(self, client_id: str) -> str | None:
        """The acting user's most recent draft session record of the client, if any."""
        with self.ctx.uow.read() as s:
            return s.scalars(
                select(SessionRecord.id)
                .where(
                    SessionRecord.client_id == client_id,
                    SessionRecord.author_id == self.actor.user_id,
                    SessionRecord.status == "draft",
                    SessionRecord.deleted_at.is_(None),
                )
                .order_by(SessionRecord.session_date.desc(), SessionRecord.updated_at.desc())
            ).first()

    # -- crash recovery of the session form --------------------------------------------------------------

    @staticmethod
    def _recovery_key(client_id: str) -> str:
        return RECOVERY_KEY_PREFIX + client_id

    def save_recovery(self, client_id: str, session_id: str | None, form: Mapping[str, Any]) -> None:
        """Keep the unsaved content of the session form (``session_id`` None: a form not saved yet).

        ``form`` must be JSON-serialisable. Not audited: it is a local, unsynced safety copy of typing
        in progress, not a record (the record's own saves are audited).
        """
        slot = session_id or NEW_SLOT
        entry = {
            "user_id": self.actor.user_id,
            "session_id": session_id,
            "saved_at": utcnow().isoformat(),
            "form": dict(form),
        }
        if len(json.dumps(entry, ensure_ascii=False)) > MAX_RECOVERY_CHARS:
            raise RuleViolation(
                "The unsaved content is too large to keep for recovery.",
                code="recovery_too_large",
                params={"max": MAX_RECOVERY_CHARS},
            )
        with self.tx() as s:
            self.client(s, client_id)
            key = self._recovery_key(client_id)
            row = s.get(LocalSetting, key)
            old = row.value if row is not None and isinstance(row.value, dict) else {}
            slots = dict(old.get("slots", {}))
            slots[slot] = entry
            value = {"version": 1, "slots": slots}
            if row is None:
                s.add(LocalSetting(key=key, value=value))
            else:
                row.value = value

    def recovery(self, client_id: str, session_id: str | None) -> RecoveryState | None:
        """The acting user's recovery state of one form of the client, if any."""
        with self.ctx.uow.read() as s:
            row = s.get(LocalSetting, self._recovery_key(client_id))
            value = row.value if row is not None else None
        if not isinstance(value, dict):
            return None
        entry = value.get("slots", {}).get(session_id or NEW_SLOT)
        if not isinstance(entry, dict) or entry.get("user_id") != self.actor.user_id:
            return None
        return RecoveryState(
            client_id,
            entry.get("session_id"),
            datetime.fromisoformat(entry["saved_at"]),
            dict(entry.get("form", {})),
        )

    def clear_recovery(self, client_id: str, session_id: str | None) -> bool:
        """Drop one form's recovery state; True if there was one."""
        with self.tx() as s:
            key = self._recovery_key(client_id)
            row = s.get(LocalSetting, key)
            if row is None or not isinstance(row.value, dict):
                return False
            slots = dict(row.value.get("slots", {}))
            if slots.pop(session_id or NEW_SLOT, None) is None:
                return False
            if slots:
                row.value = {"version": 1, "slots": slots}
            else:
                s.delete(row)
            return True
