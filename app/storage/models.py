"""The tables of the local store, as SQLAlchemy 2 typed models.

Every record a coach or supervisor creates is *syncable*: a client-generated UUID primary key (so records
made offline never clash), ``server_version`` (0 until the server has accepted it), ``dirty`` (changed
since the last sync), a tombstone ``deleted_at`` (deletes travel as tombstones, rows are never removed
by the app), and ``created_at`` / ``updated_at`` / ``updated_by``. Times are naive UTC.

Codes (session types, towns, …) are stored as their stable code strings; the lists live in
``resources/reference`` and are checked by the domain layer, not by SQL enums, so an organisation can
extend a list without a migration.

Two rules are enforced by triggers in the migrations as well as by the services (defence in depth):
the audit log is append-only, and a final session record's content cannot be changed.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Text, Time
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.domain.clock import utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A new client-generated record id (UUID4 text)."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations name constraints predictably."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Syncable:
    """Columns every syncable record carries from the first migration on."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    server_version: Mapped[int] = mapped_column(Integer, default=0)
    dirty: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(36), default=None)


def fk(target: str, *, nullable: bool = False, index: bool = True) -> Any:
    return mapped_column(String(36), ForeignKey(target), nullable=nullable, index=index)


# --- people -------------------------------------------------------------------------------------------


class Organisation(Syncable, Base):
    """The service organisation (社会服务机构) that employs the coaches."""

    __tablename__ = "organisations"
    name: Mapped[str] = mapped_column(String(200))


class User(Syncable, Base):
    """A staff member: coach, supervisor or admin. ``supervisor_id`` forms the teams."""

    __tablename__ = "users"
    organisation_id: Mapped[str] = fk("organisations.id")
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    staff_role: Mapped[str] = mapped_column(String(30), default="coach")
    qualification: Mapped[str] = mapped_column(String(200), default="")
    supervisor_id: Mapped[str | None] = fk("users.id", nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# --- the client -------------------------------------------------------------------------------------


class Client(Syncable, Base):
    """A service user (服务对象) and their registration data (服务对象登记表)."""

    __tablename__ = "clients"
    organisation_id: Mapped[str] = fk("organisations.id")
    name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(10))
    birth_date: Mapped[date] = mapped_column(Date)
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    certificate_number: Mapped[str | None] = mapped_column(String(22), default=None)
    town_code: Mapped[str | None] = mapped_column(String(12), index=True, default=None)
    village: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    household: Mapped[str | None] = mapped_column(String(20), default=None)
    education: Mapped[str | None] = mapped_column(String(20), default=None)
    work_history: Mapped[str] = mapped_column(Text, default="")
    benefits: Mapped[str] = mapped_column(Text, default="")
    referral_source: Mapped[str | None] = mapped_column(String(20), default=None)
    referral_note: Mapped[str] = mapped_column(String(300), default="")
    guardian_name: Mapped[str] = mapped_column(String(100), default="")
    guardian_relation: Mapped[str | None] = mapped_column(String(20), default=None)
    guardian_phone: Mapped[str] = mapped_column(String(20), default="")
    assigned_coach_id: Mapped[str | None] = fk("users.id", nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="referred", index=True)
    phase: Mapped[str] = mapped_column(String(20), default="intake")
    intake_date: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    disabilities: Mapped[list[Disability]] = relationship(
        back_populates="client", order_by="Disability.is_primary.desc(), Disability.category"
    )


class Disability(Syncable, Base):
    """One disability of a client (category + level). 多重 (7) lists its components as further rows."""

    __tablename__ = "disabilities"
    client_id: Mapped[str] = fk("clients.id")
    category: Mapped[int] = mapped_column(Integer)
    level: Mapped[int] = mapped_column(Integer)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    client: Mapped[Client] = relationship(back_populates="disabilities")


class Consent(Syncable, Base):
    """Consent for one purpose (PIPL art. 29 asks for separate consent per purpose)."""

    __tablename__ = "consents"
    client_id: Mapped[str] = fk("clients.id")
    purpose: Mapped[str] = mapped_column(String(40))
    recipient: Mapped[str] = mapped_column(String(200), default="")
    signed_by: Mapped[str] = mapped_column(String(20))
    signer_name: Mapped[str] = mapped_column(String(100))
    signed_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, default=None)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)


class Assessment(Syncable, Base):
    """A vocational ability / adaptability assessment (职业能力评估)."""

    __tablename__ = "assessments"
    client_id: Mapped[str] = fk("clients.id")
    assessed_on: Mapped[date] = mapped_column(Date)
    assessor_id: Mapped[str | None] = fk("users.id", nullable=True)
    assessor_name: Mapped[str] = mapped_column(String(100), default="")
    assessor_role: Mapped[str] = mapped_column(String(30))
    tool: Mapped[str] = mapped_column(String(200), default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    supports_needed: Mapped[str] = mapped_column(Text, default="")
    ratings: Mapped[list[AssessmentRating]] = relationship(order_by="AssessmentRating.domain")


class AssessmentRating(Syncable, Base):
    """The score (1–5) for one domain of an assessment."""

    __tablename__ = "assessment_ratings"
    assessment_id: Mapped[str] = fk("assessments.id")
    domain: Mapped[str] = mapped_column(String(30))
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class EmploymentPlan(Syncable, Base):
    """An individual employment plan (个别化就业计划)."""

    __tablename__ = "employment_plans"
    client_id: Mapped[str] = fk("clients.id")
    job_goal: Mapped[str] = mapped_column(String(300))
    hours_per_week_goal: Mapped[float | None] = mapped_column(default=None)
    wage_goal: Mapped[int | None] = mapped_column(Integer, default=None)
    barriers: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date] = mapped_column(Date)
    target_date: Mapped[date] = mapped_column(Date)
    review_interval_days: Mapped[int] = mapped_column(Integer, default=90)
    next_review_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    signed_on: Mapped[date | None] = mapped_column(Date, default=None)
    goals: Mapped[list[PlanGoal]] = relationship(order_by="PlanGoal.position")


class PlanGoal(Syncable, Base):
    """A goal of a plan, with a measurable success criterion and who is responsible."""

    __tablename__ = "plan_goals"
    plan_id: Mapped[str] = fk("employment_plans.id")
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    success_criteria: Mapped[str] = mapped_column(Text)
    responsible_party: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date] = mapped_column(Date)
    target_date: Mapped[date] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="active")


# --- sessions -------------------------------------------------------------------------------------


class SessionRecord(Syncable, Base):
    """A service session record (服务记录): draft until finalised, then locked; changes are amendments."""

    __tablename__ = "session_records"
    __table_args__ = (Index("ix_session_records_client_date", "client_id", "session_date"),)
    client_id: Mapped[str] = fk("clients.id", index=False)
    author_id: Mapped[str] = fk("users.id")
    session_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    travel_minutes: Mapped[int] = mapped_column(Integer, default=0)
    place: Mapped[str] = mapped_column(String(200), default="")
    mode: Mapped[str] = mapped_column(String(20))
    session_type: Mapped[str] = mapped_column(String(30))
    content: Mapped[str] = mapped_column(Text, default="")
    fading_percent: Mapped[int | None] = mapped_column(Integer, default=None)
    natural_supports: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    next_steps_due: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    participants: Mapped[list[SessionParticipant]] = relationship(order_by="SessionParticipant.position")
    goal_progress: Mapped[list[SessionGoalProgress]] = relationship()
    amendments: Mapped[list[SessionAmendment]] = relationship(order_by="SessionAmendment.created_at")


class SessionParticipant(Syncable, Base):
    """Who took part in a session (client, family, employer staff, other staff)."""

    __tablename__ = "session_participants"
    session_id: Mapped[str] = fk("session_records.id")
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100), default="")
    user_id: Mapped[str | None] = fk("users.id", nullable=True, index=False)


class SessionGoalProgress(Syncable, Base):
    """A plan goal worked on in a session, and the progress (0–100 %) recorded for it."""

    __tablename__ = "session_goal_progress"
    session_id: Mapped[str] = fk("session_records.id")
    goal_id: Mapped[str] = fk("plan_goals.id")
    progress: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class SessionAmendment(Syncable, Base):
    """A change to a final session record. The original stays; ``changes`` maps field → {old, new}."""

    __tablename__ = "session_amendments"
    session_id: Mapped[str] = fk("session_records.id")
    author_id: Mapped[str] = fk("users.id", index=False)
    reason: Mapped[str] = mapped_column(Text)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)


# --- employers and placements -----------------------------------------------------------------------


class Employer(Syncable, Base):
    """An employer file (用人单位档案)."""

    __tablename__ = "employers"
    organisation_id: Mapped[str] = fk("organisations.id")
    name: Mapped[str] = mapped_column(String(200), index=True)
    credit_code: Mapped[str] = mapped_column(String(18), default="")
    sector: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    town_code: Mapped[str | None] = mapped_column(String(12), default=None)
    quota_status: Mapped[str] = mapped_column(String(20), default="unknown")
    vacancies: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    contacts: Mapped[list[EmployerContact]] = relationship(order_by="EmployerContact.name")


class EmployerContact(Syncable, Base):
    """A person at an employer."""

    __tablename__ = "employer_contacts"
    employer_id: Mapped[str] = fk("employers.id")
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")


class EmployerContactLog(Syncable, Base):
    """One visit, call or message with an employer; ``client_id`` when it was about a client."""

    __tablename__ = "employer_contact_log"
    employer_id: Mapped[str] = fk("employers.id")
    contact_id: Mapped[str | None] = fk("employer_contacts.id", nullable=True, index=False)
    coach_id: Mapped[str] = fk("users.id", index=False)
    client_id: Mapped[str | None] = fk("clients.id", nullable=True)
    contact_date: Mapped[date] = mapped_column(Date)
    mode: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")


class JobAnalysis(Syncable, Base):
    """A job analysis (岗位分析表) of one post at an employer."""

    __tablename__ = "job_analyses"
    employer_id: Mapped[str] = fk("employers.id")
    client_id: Mapped[str | None] = fk("clients.id", nullable=True)
    analysed_on: Mapped[date] = mapped_column(Date)
    job_title: Mapped[str] = mapped_column(String(200))
    site: Mapped[str] = mapped_column(String(300), default="")
    supervisor_name: Mapped[str] = mapped_column(String(100), default="")
    hours: Mapped[str] = mapped_column(String(200), default="")
    pay: Mapped[str] = mapped_column(String(200), default="")
    breaks: Mapped[str] = mapped_column(String(200), default="")
    environment: Mapped[str] = mapped_column(Text, default="")
    culture: Mapped[str] = mapped_column(Text, default="")
    core_tasks: Mapped[str] = mapped_column(Text, default="")
    occasional_tasks: Mapped[str] = mapped_column(Text, default="")
    task_steps: Mapped[str] = mapped_column(Text, default="")
    accommodations: Mapped[str] = mapped_column(Text, default="")
    natural_supports: Mapped[str] = mapped_column(Text, default="")


class Placement(Syncable, Base):
    """An employment registration (就业登记) with its retention checkpoints."""

    __tablename__ = "placements"
    client_id: Mapped[str] = fk("clients.id")
    employer_id: Mapped[str] = fk("employers.id")
    post: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    employment_form: Mapped[str] = mapped_column(String(30))
    supported_employment: Mapped[bool] = mapped_column(Boolean, default=True)
    contract_type: Mapped[str | None] = mapped_column(String(20), default=None)
    hours_per_week: Mapped[float] = mapped_column()
    monthly_wage: Mapped[int] = mapped_column(Integer)
    social_insurance: Mapped[bool] = mapped_column(Boolean, default=False)
    checkpoints: Mapped[list[RetentionCheckpoint]] = relationship(order_by="RetentionCheckpoint.day_offset")


class RetentionCheckpoint(Syncable, Base):
    """A follow-up check N days after a placement started (就业跟踪回访)."""

    __tablename__ = "retention_checkpoints"
    placement_id: Mapped[str] = fk("placements.id")
    day_offset: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    checked_on: Mapped[date | None] = mapped_column(Date, default=None)
    still_employed: Mapped[bool | None] = mapped_column(Boolean, default=None)
    same_employer: Mapped[bool | None] = mapped_column(Boolean, default=None)
    hours_per_week: Mapped[float | None] = mapped_column(default=None)
    monthly_wage: Mapped[int | None] = mapped_column(Integer, default=None)
    client_satisfaction: Mapped[int | None] = mapped_column(Integer, default=None)
    employer_satisfaction: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class Closure(Syncable, Base):
    """A closure report (结案报告)."""

    __tablename__ = "closures"
    client_id: Mapped[str] = fk("clients.id")
    closed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(30))
    outcome: Mapped[str] = mapped_column(Text, default="")
    onward_referral: Mapped[str] = mapped_column(String(300), default="")


# --- supervision ------------------------------------------------------------------------------------


class SupervisionRecord(Syncable, Base):
    """A supervision record (督导记录表, DOMAIN.md §2.1)."""

    __tablename__ = "supervision_records"
    record_no: Mapped[str] = mapped_column(String(40))
    supervisor_id: Mapped[str] = fk("users.id")
    held_on: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")
    mode: Mapped[str] = mapped_column(String(20))
    form: Mapped[str] = mapped_column(String(20))
    supervisor_qualification: Mapped[str] = mapped_column(String(200), default="")
    topics: Mapped[list[Any]] = mapped_column(JSON, default=list)
    questions: Mapped[str] = mapped_column(Text, default="")
    opinions: Mapped[str] = mapped_column(Text, default="")
    files_checked: Mapped[int] = mapped_column(Integer, default=0)
    files_passing: Mapped[int] = mapped_column(Integer, default=0)
    problems_found: Mapped[str] = mapped_column(Text, default="")
    previous_actions_status: Mapped[str] = mapped_column(Text, default="")
    reflections_coach: Mapped[str] = mapped_column(Text, default="")
    reflections_supervisor: Mapped[str] = mapped_column(Text, default="")
    supervisees: Mapped[list[SupervisionSupervisee]] = relationship()
    cases: Mapped[list[SupervisionCase]] = relationship()
    actions: Mapped[list[SupervisionAction]] = relationship(order_by="SupervisionAction.due")


class SupervisionSupervisee(Syncable, Base):
    """A coach supervised in a supervision meeting."""

    __tablename__ = "supervision_supervisees"
    record_id: Mapped[str] = fk("supervision_records.id")
    user_id: Mapped[str] = fk("users.id")


class SupervisionCase(Syncable, Base):
    """A client case discussed in supervision (pseudonymised in exports)."""

    __tablename__ = "supervision_cases"
    record_id: Mapped[str] = fk("supervision_records.id")
    client_id: Mapped[str] = fk("clients.id")


class SupervisionAction(Syncable, Base):
    """A follow-up action agreed in supervision (what, who, due, status)."""

    __tablename__ = "supervision_actions"
    record_id: Mapped[str] = fk("supervision_records.id")
    what: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(100))
    due: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")


# --- sync --------------------------------------------------------------------------------------------


class SyncConflict(Syncable, Base):
    """A field both sides changed differently, written by the server and synced like any record.

    The values are JSON text (``server_value`` is what the record holds now; ``client_value`` what the
    other side wanted). A person resolves it: ``status`` becomes ``resolved`` with the chosen value in
    ``resolution``; nothing is discarded before that.
    """

    __tablename__ = "sync_conflicts"
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    base_value: Mapped[str | None] = mapped_column(Text, default=None)
    server_value: Mapped[str | None] = mapped_column(Text, default=None)
    client_value: Mapped[str | None] = mapped_column(Text, default=None)
    client_user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    resolution: Mapped[str | None] = mapped_column(Text, default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(36), default=None)


# --- local bookkeeping (not synced) -----------------------------------------------------------------


class AuditEntry(Base):
    """Append-only audit log (PIPL art. 55–56): who did what to which record, including views,
    exports and prints. Details name fields and ids, never personal values. Triggers forbid UPDATE
    and DELETE."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    dirty: Mapped[bool] = mapped_column(Boolean, default=True)


class LocalSetting(Base):
    """Per-profile key/value settings stored inside the encrypted database (e.g. the current user)."""

    __tablename__ = "local_settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class SyncInbox(Base):
    """Pulled rows waiting to be applied: pages land here (each with the cursor, so a broken pull
    resumes), and are applied together once the pull is complete."""

    __tablename__ = "sync_inbox"
    __table_args__ = (Index("ix_sync_inbox_table_seq", "table_name", "seq"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncRowState(Base):
    """Rows the server refused at the last push, and why (shown as the "error" sync state)."""

    __tablename__ = "sync_row_state"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    state: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


SYNCABLE_MODELS: tuple[type[Syncable], ...] = tuple(
    m.class_ for m in Base.registry.mappers if issubclass(m.class_, Syncable)
)
