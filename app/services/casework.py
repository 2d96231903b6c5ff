"""Case work use cases: employment plans and goals, session records (draft → final → amendments),
employers with contacts, contact log and job analyses, placements with retention checkpoints, and
supervision records."""

from __future__ import annotations

import typing
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.clock import utcnow
from app.domain.errors import FieldError, RuleViolation, ValidationError
from app.domain.records import (
    CheckpointResultInput,
    ContactLogInput,
    EmployerContactInput,
    EmployerInput,
    JobAnalysisInput,
    PlacementInput,
    PlanInput,
    SessionInput,
    SupervisionInput,
    checkpoint_schedule,
)
from app.services.base import ServiceBase, apply_fields, escape_like
from app.storage.models import (
    Employer,
    EmployerContact,
    EmployerContactLog,
    EmploymentPlan,
    JobAnalysis,
    Placement,
    PlanGoal,
    RetentionCheckpoint,
    SessionAmendment,
    SessionGoalProgress,
    SessionParticipant,
    SessionRecord,
    SupervisionAction,
    SupervisionCase,
    SupervisionRecord,
    SupervisionSupervisee,
)

# ----------------------------------------------------------------------------------------------------
# plans


class PlanService(ServiceBase):
    """Individual employment plans and their goals."""

    def create(self, data: PlanInput) -> str:
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            client = self.client(s, data.client_id)
            for old in s.scalars(
                self.live(EmploymentPlan).where(
                    EmploymentPlan.client_id == client.id, EmploymentPlan.status == "active"
                )
            ):
                old.status = "superseded"
            plan = EmploymentPlan(**self._plan_fields(data), next_review_on=data.first_review())
            s.add(plan)
            s.flush()
            self._sync_goals(s, plan, data)
            if client.phase in ("intake", "assessment"):
                client.phase = "planning"
            if client.status == "referred":
                client.status = "active"
            self.audit(s, "create", "employment_plan", plan.id, client_id=client.id, goals=len(data.goals))
            return plan.id

    def update(self, plan_id: str, data: PlanInput) -> None:
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            plan = self.get(s, EmploymentPlan, plan_id, what="employment plan")
            if plan.client_id != data.client_id:
                raise RuleViolation("A plan cannot move to another client.", code="plan_client_changed")
            changed = apply_fields(plan, self._plan_fields(data))
            changed += self._sync_goals(s, plan, data)
            if changed:
                self.audit(s, "update", "employment_plan", plan_id, fields=sorted(set(changed)))

    def record_review(self, plan_id: str, reviewed_on: date) -> date:
        """Note a plan review; the next review moves on by the plan's interval. Returns it."""
        from datetime import timedelta

        if reviewed_on > self.today():
            raise RuleViolation("A review cannot be in the future.", code="date_in_future")
        with self.tx() as s:
            plan = self.get(s, EmploymentPlan, plan_id, what="employment plan")
            plan.next_review_on = reviewed_on + timedelta(days=plan.review_interval_days)
            self.audit(s, "review", "employment_plan", plan_id)
            return plan.next_review_on

    @staticmethod
    def _plan_fields(data: PlanInput) -> dict[str, Any]:
        fields = data.as_dict()
        fields.pop("goals")
        return fields

    def _sync_goals(self, s: Session, plan: EmploymentPlan, data: PlanInput) -> list[str]:
        existing = {g.id: g for g in plan.goals if g.deleted_at is None}
        kept: set[str] = set()
        changed: list[str] = []
        for position, goal in enumerate(data.goals):
            values = goal.as_dict()
            goal_id = values.pop("id")
            values["position"] = position
            if goal_id is not None:
                if goal_id not in existing:
                    raise RuleViolation(
                        "A goal being edited does not belong to this plan.", code="goal_not_in_plan"
                    )
                row = existing[goal_id]
                if apply_fields(row, values):
                    changed.append("goals")
                kept.add(goal_id)
            else:
                s.add(PlanGoal(plan_id=plan.id, **values))
                changed.append("goals")
        now = utcnow()
        for goal_id, row in existing.items():
            if goal_id not in kept:
                row.deleted_at = now
                changed.append("goals")
        return changed

    def goals_of_client(self, client_id: str) -> list[tuple[str, str, int]]:
        """(goal id, description, progress) of the client's active plan — what a session can pick from."""
        with self.ctx.uow.read() as s:
            return active_goals(s, client_id)


def active_goals(s: Session, client_id: str) -> list[tuple[str, str, int]]:
    q = (
        select(PlanGoal.id, PlanGoal.description, PlanGoal.progress)
        .join(EmploymentPlan, EmploymentPlan.id == PlanGoal.plan_id)
        .where(
            EmploymentPlan.client_id == client_id,
            EmploymentPlan.status == "active",
            EmploymentPlan.deleted_at.is_(None),
            PlanGoal.deleted_at.is_(None),
        )
        .order_by(PlanGoal.position)
    )
    return [(i, d, p) for i, d, p in s.execute(q)]


# ----------------------------------------------------------------------------------------------------
# sessions


@dataclass(frozen=True)
class AmendmentView:
    at: Any
    author_id: str
    reason: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class SessionView:
    """A session record as it reads now: original values with amendments applied, plus the history."""

    id: str
    client_id: str
    author_id: str
    status: str
    values: dict[str, Any]
    original: dict[str, Any]
    amendments: tuple[AmendmentView, ...]


SESSION_FIELDS = SessionInput.CONTENT_FIELDS


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, time)) else value


def _from_json(field: str, value: Any) -> Any:
    if value is None:
        return None
    if field in ("session_date", "next_steps_due"):
        return date.fromisoformat(value)
    if field in ("start_time", "end_time"):
        return time.fromisoformat(value)
    return value


def amendment_overrides(s: Session, client_id: str | None = None) -> dict[str, dict[str, Any]]:
    """The current values that amendments give final session records: session id → {field: value}.

    Every reader of session content (views, the timeline, the outcome figures) goes through this, so an
    amended record counts with its amended values everywhere. Amendments are few, so they are loaded
    whole and applied in Python; the original row is never touched.
    """
    q = (
        select(SessionAmendment.session_id, SessionAmendment.changes)
        .where(SessionAmendment.deleted_at.is_(None))
        .order_by(SessionAmendment.created_at, SessionAmendment.id)
    )
    if client_id is not None:
        q = q.join(SessionRecord, SessionRecord.id == SessionAmendment.session_id).where(
            SessionRecord.client_id == client_id
        )
    overrides: dict[str, dict[str, Any]] = {}
    for session_id, changes in s.execute(q):
        current = overrides.setdefault(session_id, {})
        for name, change in changes.items():
            current[name] = _from_json(name, change["new"])
    return overrides


def minutes_between(day: date, start: time, end: time) -> int:
    return int((datetime.combine(day, end) - datetime.combine(day, start)).total_seconds() // 60)


class SessionService(ServiceBase):
    """Session records: drafts are saved freely, finalising locks them, amendments keep the original."""

    def save_draft(self, data: SessionInput, session_id: str | None = None) -> str:
        """Create a draft (``session_id`` None) or overwrite one. Returns the record id."""
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            client = self.client(s, data.client_id)
            if session_id is None:
                if client.status == "closed":
                    raise RuleViolation(
                        "This case is closed; no new session records can be added.", code="case_closed"
                    )
                row = SessionRecord(client_id=data.client_id, author_id=self.actor.user_id, status="draft")
                s.add(row)
                action = "create"
            else:
                row = self.get(s, SessionRecord, session_id, what="session record")
                if row.status != "draft":
                    raise RuleViolation(
                        "This session record is final; record an amendment instead.", code="session_final"
                    )
                if row.client_id != data.client_id:
                    raise RuleViolation(
                        "A session record cannot move to another client.", code="client_changed"
                    )
                action = "update"
            apply_fields(row, {f: getattr(data, f) for f in SESSION_FIELDS} | {"minutes": data.minutes})
            s.flush()
            self._set_children(s, row, data)
            self.audit(s, action, "session_record", row.id, client_id=data.client_id, status="draft")
            return row.id

    def _set_children(self, s: Session, row: SessionRecord, data: SessionInput) -> None:
        # Update child rows in place (autosave rewrites a draft often; no tombstone pile-up).
        valid_goals = {g for g, _d, _p in active_goals(s, data.client_id)}
        unknown = [
            FieldError(
                f"goals[{i}].goal_id", "goal_not_in_plan", {}, "is not a goal of the client's active plan"
            )
            for i, g in enumerate(data.goals)
            if g.goal_id not in valid_goals
        ]
        if unknown:
            raise ValidationError(unknown)
        now = utcnow()
        people = [r for r in row.participants if r.deleted_at is None]
        for i, person in enumerate(data.participants):
            values = {"position": i, "kind": person.kind, "name": person.name, "user_id": person.user_id}
            if i < len(people):
                apply_fields(people[i], values)
            else:
                s.add(SessionParticipant(session_id=row.id, **values))
        for extra in people[len(data.participants) :]:
            extra.deleted_at = now
        progress = {r.goal_id: r for r in row.goal_progress if r.deleted_at is None}
        for goal in data.goals:
            values = {"progress": goal.progress, "note": goal.note}
            if goal.goal_id in progress:
                apply_fields(progress.pop(goal.goal_id), values)
            else:
                s.add(SessionGoalProgress(session_id=row.id, goal_id=goal.goal_id, **values))
        for gone in progress.values():
            gone.deleted_at = now
        s.flush()
        s.expire(row, ["participants", "goal_progress"])

    def finalise(self, session_id: str) -> None:
        """Lock a draft. Its goals' progress is carried to the plan goals."""
        with self.tx() as s:
            row = self.get(s, SessionRecord, session_id, what="session record")
            if row.status == "final":
                raise RuleViolation("This session record is already final.", code="session_final")
            self._as_input(row).validated(self.ref, self.today(), final=True)
            row.status = "final"
            row.finalised_at = utcnow()
            for gp in row.goal_progress:
                if gp.deleted_at is None:
                    goal = s.get(PlanGoal, gp.goal_id)
                    if goal is not None and goal.deleted_at is None:
                        goal.progress = gp.progress
            client = self.client(s, row.client_id)
            if client.status == "referred":
                client.status = "active"
            self.audit(s, "finalise", "session_record", session_id, client_id=row.client_id)

    def amend(self, session_id: str, changes: dict[str, Any], reason: str) -> str:
        """Record an amendment to a final record. ``changes`` maps content fields to new values; the
        amended record must still pass the rules. The original row is never touched."""
        if not reason.strip():
            raise RuleViolation("An amendment needs a reason.", code="reason_required")
        unknown = set(changes) - set(SESSION_FIELDS)
        if unknown:
            raise RuleViolation(
                f"These fields cannot be amended: {', '.join(sorted(unknown))}.", code="field_not_amendable"
            )
        hints = typing.get_type_hints(SessionInput)
        wrong = sorted(
            f
            for f, v in changes.items()
            if not isinstance(v, hints[f]) or (isinstance(v, bool) and hints[f] is int)
        )
        if wrong:
            raise RuleViolation(
                f"These amended values have the wrong type: {', '.join(wrong)}.",
                code="amendment_type",
                params={"fields": wrong},
            )
        with self.tx() as s:
            row = self.get(s, SessionRecord, session_id, what="session record")
            if row.status != "final":
                raise RuleViolation(
                    "Only a final record is amended; edit the draft instead.", code="session_draft"
                )
            current = self._view(row).values
            diff = {
                f: {"old": _jsonable(current[f]), "new": _jsonable(v)}
                for f, v in changes.items()
                if current[f] != v
            }
            if not diff:
                raise RuleViolation("The amendment changes nothing.", code="no_change")
            amended = self._as_input(row).replace(**{**{f: current[f] for f in SESSION_FIELDS}, **changes})
            amended.validated(self.ref, self.today(), final=True)
            amendment = SessionAmendment(
                session_id=session_id, author_id=self.actor.user_id, reason=reason.strip(), changes=diff
            )
            s.add(amendment)
            s.flush()
            self.audit(
                s, "amend", "session_record", session_id, amendment_id=amendment.id, fields=sorted(diff)
            )
            return amendment.id

    def delete_draft(self, session_id: str) -> None:
        with self.tx() as s:
            row = self.get(s, SessionRecord, session_id, what="session record")
            if row.status != "draft":
                raise RuleViolation("A final session record cannot be deleted.", code="session_final")
            row.deleted_at = utcnow()
            self.audit(s, "delete", "session_record", session_id)

    def view(self, session_id: str) -> SessionView:
        with self.ctx.uow.read() as s:
            return self._view(self.get(s, SessionRecord, session_id, what="session record"))

    def _view(self, row: SessionRecord) -> SessionView:
        original = {f: getattr(row, f) for f in SESSION_FIELDS}
        values = dict(original)
        amendments = []
        for a in row.amendments:
            if a.deleted_at is not None:
                continue
            for f, change in a.changes.items():
                values[f] = _from_json(f, change["new"])
            amendments.append(AmendmentView(a.created_at, a.author_id, a.reason, a.changes))
        return SessionView(
            row.id, row.client_id, row.author_id, row.status, values, original, tuple(amendments)
        )

    @staticmethod
    def _as_input(row: SessionRecord) -> SessionInput:
        from app.domain.records import GoalProgressInput, ParticipantInput

        return SessionInput(
            client_id=row.client_id,
            **{f: getattr(row, f) for f in SESSION_FIELDS},
            participants=tuple(
                ParticipantInput(p.kind, p.name, p.user_id) for p in row.participants if p.deleted_at is None
            ),
            goals=tuple(
                GoalProgressInput(g.goal_id, g.progress, g.note)
                for g in row.goal_progress
                if g.deleted_at is None
            ),
        )

    def timeline(self, client_id: str) -> list[tuple[str, date, str, str, int]]:
        """(id, date, type, status, minutes) of a client's session records as amended, newest first."""
        with self.ctx.uow.read() as s:
            q = select(
                SessionRecord.id,
                SessionRecord.session_date,
                SessionRecord.start_time,
                SessionRecord.end_time,
                SessionRecord.session_type,
                SessionRecord.status,
            ).where(SessionRecord.client_id == client_id, SessionRecord.deleted_at.is_(None))
            overrides = amendment_overrides(s, client_id)
            rows = []
            for sid, day, start, end, kind, status in s.execute(q):
                o = overrides.get(sid, {})
                day, start, end = (
                    o.get("session_date", day),
                    o.get("start_time", start),
                    o.get("end_time", end),
                )
                rows.append(
                    (start, (sid, day, o.get("session_type", kind), status, minutes_between(day, start, end)))
                )
        rows.sort(key=lambda r: (r[1][1], r[0]), reverse=True)
        return [r for _start, r in rows]

    def count_drafts(self, author_id: str | None = None) -> int:
        with self.ctx.uow.read() as s:
            q = (
                select(func.count())
                .select_from(SessionRecord)
                .where(SessionRecord.status == "draft", SessionRecord.deleted_at.is_(None))
            )
            if author_id:
                q = q.where(SessionRecord.author_id == author_id)
            return s.scalar(q) or 0


# ----------------------------------------------------------------------------------------------------
# employers


class EmployerService(ServiceBase):
    """Employer files, their contacts, the contact log and job analyses."""

    def create(self, data: EmployerInput) -> str:
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            row = Employer(organisation_id=self.actor.organisation_id, **data.as_dict())
            s.add(row)
            s.flush()
            self.audit(s, "create", "employer", row.id)
            return row.id

    def update(self, employer_id: str, data: EmployerInput) -> list[str]:
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            changed = apply_fields(self.get(s, Employer, employer_id, what="employer"), data.as_dict())
            if changed:
                self.audit(s, "update", "employer", employer_id, fields=sorted(changed))
            return changed

    def add_contact(self, data: EmployerContactInput) -> str:
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            self.get(s, Employer, data.employer_id, what="employer")
            row = EmployerContact(**data.as_dict())
            s.add(row)
            s.flush()
            self.audit(s, "create", "employer_contact", row.id, employer_id=data.employer_id)
            return row.id

    def log_contact(self, data: ContactLogInput) -> str:
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            self.get(s, Employer, data.employer_id, what="employer")
            if data.client_id:
                self.client(s, data.client_id)
            row = EmployerContactLog(coach_id=self.actor.user_id, **data.as_dict())
            s.add(row)
            s.flush()
            if data.client_id:
                client = self.client(s, data.client_id)
                if client.phase in ("intake", "assessment", "planning"):
                    client.phase = "job_development"
            self.audit(s, "create", "employer_contact_log", row.id, employer_id=data.employer_id)
            return row.id

    def record_job_analysis(self, data: JobAnalysisInput) -> str:
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            self.get(s, Employer, data.employer_id, what="employer")
            row = JobAnalysis(**data.as_dict())
            s.add(row)
            s.flush()
            self.audit(s, "create", "job_analysis", row.id, employer_id=data.employer_id)
            return row.id

    def directory(self, search: str = "") -> list[tuple[str, str, str]]:
        """(id, name, sector) of the employers, by name."""
        with self.ctx.uow.read() as s:
            q = self.live(Employer).order_by(Employer.name)
            if search.strip():
                q = q.where(Employer.name.like(f"%{escape_like(search.strip())}%", escape="\\"))
            return [(e.id, e.name, e.sector) for e in s.scalars(q)]


# ----------------------------------------------------------------------------------------------------
# placements


class PlacementService(ServiceBase):
    """Placements (就业登记) and their retention checkpoints."""

    def record(self, data: PlacementInput) -> str:
        """Register a placement and generate its checkpoints from the configured schedule."""
        data = data.validated(self.ref, self.today())
        schedule = self.ctx.settings.get("retention_schedule_days")
        with self.tx() as s:
            client = self.client(s, data.client_id)
            self.get(s, Employer, data.employer_id, what="employer")
            if client.status == "closed":
                raise RuleViolation(
                    "This case is closed; a placement cannot be recorded.", code="case_closed"
                )
            if data.start_date < client.intake_date:
                raise RuleViolation("A placement cannot start before the intake.", code="date_order")
            row = Placement(**data.as_dict())
            s.add(row)
            s.flush()
            for offset, due in checkpoint_schedule(data.start_date, schedule):
                s.add(RetentionCheckpoint(placement_id=row.id, day_offset=offset, due_date=due))
            client.status = "placed"
            client.phase = "on_the_job"
            self.audit(s, "create", "placement", row.id, client_id=client.id, checkpoints=len(schedule))
            return row.id

    def record_checkpoint(self, checkpoint_id: str, data: CheckpointResultInput) -> None:
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            cp = self.get(s, RetentionCheckpoint, checkpoint_id, what="retention checkpoint")
            placement = self.get(s, Placement, cp.placement_id, what="placement")
            if data.checked_on < placement.start_date:
                raise RuleViolation("A check cannot be before the placement started.", code="date_order")
            apply_fields(cp, data.as_dict())
            if not data.still_employed and placement.end_date is None:
                placement.end_date = data.checked_on
            client = self.client(s, placement.client_id)
            if data.still_employed and client.phase == "on_the_job" and cp.day_offset >= 90:
                client.phase = "follow_along"
            self.audit(s, "check", "retention_checkpoint", checkpoint_id, placement_id=placement.id)

    def end(self, placement_id: str, end_date: date) -> None:
        with self.tx() as s:
            row = self.get(s, Placement, placement_id, what="placement")
            if end_date < row.start_date or end_date > self.today():
                raise RuleViolation("The end date must be between the start and today.", code="date_order")
            row.end_date = end_date
            self.audit(s, "end", "placement", placement_id)

    def checkpoints(self, client_id: str) -> list[tuple[str, int, date, date | None, bool | None]]:
        """(checkpoint id, day offset, due date, checked on, still employed) of a client's placements."""
        with self.ctx.uow.read() as s:
            q = (
                select(
                    RetentionCheckpoint.id,
                    RetentionCheckpoint.day_offset,
                    RetentionCheckpoint.due_date,
                    RetentionCheckpoint.checked_on,
                    RetentionCheckpoint.still_employed,
                )
                .join(Placement, Placement.id == RetentionCheckpoint.placement_id)
                .where(Placement.client_id == client_id, RetentionCheckpoint.deleted_at.is_(None))
                .order_by(RetentionCheckpoint.due_date)
            )
            return [tuple(r) for r in s.execute(q)]  # type: ignore[misc]


# ----------------------------------------------------------------------------------------------------
# supervision


class SupervisionService(ServiceBase):
    """Supervision records (督导记录表)."""

    def record(self, data: SupervisionInput) -> str:
        self.require_role("supervisor", "admin")
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            for uid in data.supervisee_ids:
                self.user(s, uid)
            for cid in data.case_client_ids:
                self.client(s, cid)
            count = s.scalar(select(func.count()).select_from(SupervisionRecord)) or 0
            fields = data.as_dict()
            for name in ("supervisee_ids", "case_client_ids", "actions", "topics"):
                fields.pop(name)
            row = SupervisionRecord(
                supervisor_id=self.actor.user_id,
                record_no=f"DD-{data.held_on:%Y%m}-{count + 1:04d}",
                minutes=data.minutes,
                topics=list(data.topics),
                **fields,
            )
            s.add(row)
            s.flush()
            for uid in data.supervisee_ids:
                s.add(SupervisionSupervisee(record_id=row.id, user_id=uid))
            for cid in data.case_client_ids:
                s.add(SupervisionCase(record_id=row.id, client_id=cid))
            for a in data.actions:
                s.add(SupervisionAction(record_id=row.id, **a.as_dict()))
            self.audit(s, "create", "supervision_record", row.id, supervisees=len(data.supervisee_ids))
            return row.id
