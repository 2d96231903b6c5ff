"""Reporting use cases: the outcome figures of DOMAIN.md §2.2 for a period and scope, and the
integrity check of the local store.

Facts are loaded with a handful of narrow queries (only the columns the figures need, only live rows,
only final session records) and handed to the pure functions of :mod:`app.domain.outcomes`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain import outcomes as o
from app.services.base import ServiceBase
from app.services.casework import amendment_overrides, minutes_between
from app.storage.models import (
    Assessment,
    AuditEntry,
    Client,
    EmployerContactLog,
    EmploymentPlan,
    Placement,
    RetentionCheckpoint,
    SessionRecord,
    SupervisionRecord,
    SupervisionSupervisee,
    User,
)

EMPLOYER_SESSION_TYPES = ("job_development", "employer_liaison", "job_analysis")


class OutcomeService(ServiceBase):
    """Computes outcome figures from the local store."""

    def facts(self) -> o.CaseloadFacts:
        with self.ctx.uow.read() as s:
            return load_facts(s)

    def rules(self) -> o.OutcomeRules:
        st = self.ctx.settings
        return o.OutcomeRules(
            plan_due_days=st.get("plan_due_days"), assessment_due_days=st.get("assessment_due_days")
        )

    def _scoped(self, scope: o.Scope | None) -> dict[str, Any]:
        scope = scope or o.Scope("all")
        return {
            "include": o.scope_filter(scope, self.ref.cluster_of()),
            "coach_ids": [scope.key] if scope.kind == "coach" and scope.key else None,
        }

    def figures(self, period: o.Period, scope: o.Scope | None = None) -> o.OutcomeFigures:
        return o.compute_outcomes(
            self.facts(), period, rules=self.rules(), today=self.today(), **self._scoped(scope)
        )

    def breakdown(
        self,
        period: o.Period,
        by: Literal["coach", "town", "cluster", "month", "year"],
        scope: o.Scope | None = None,
    ) -> list[tuple[str, o.OutcomeFigures]]:
        return o.breakdown(
            self.facts(),
            period,
            by,
            cluster_of=self.ref.cluster_of(),
            rules=self.rules(),
            today=self.today(),
            **self._scoped(scope),
        )

    def overview(
        self, period: o.Period, scope: o.Scope | None = None
    ) -> tuple[o.OutcomeFigures, list[tuple[str, o.OutcomeFigures]]]:
        """The figures for a period and scope and the same per month, from one load of the facts."""
        facts = self.facts()
        scoped = self._scoped(scope)
        figures = o.compute_outcomes(facts, period, rules=self.rules(), today=self.today(), **scoped)
        months = o.breakdown(
            facts,
            period,
            "month",
            cluster_of=self.ref.cluster_of(),
            rules=self.rules(),
            today=self.today(),
            **scoped,
        )
        return figures, months

    def data_span(self) -> tuple[date, date] | None:
        """First and last session date in the store (for a sensible default period)."""
        with self.ctx.uow.read() as s:
            first, last = s.execute(
                text(
                    "SELECT min(session_date), max(session_date) FROM session_records "
                    "WHERE deleted_at IS NULL"
                )
            ).one()
        if first is None:
            return None
        return date.fromisoformat(str(first)), date.fromisoformat(str(last))


def load_facts(s: Session) -> o.CaseloadFacts:
    live_client = Client.deleted_at.is_(None)
    clients = [
        o.ClientFact(i, coach, town, intake)
        for i, coach, town, intake in s.execute(
            select(Client.id, Client.assigned_coach_id, Client.town_code, Client.intake_date).where(
                live_client
            )
        )
    ]
    overrides = amendment_overrides(s)
    sessions = []
    for sid, client_id, author, day, start, end, travel, kind, fading in s.execute(
        select(
            SessionRecord.id,
            SessionRecord.client_id,
            SessionRecord.author_id,
            SessionRecord.session_date,
            SessionRecord.start_time,
            SessionRecord.end_time,
            SessionRecord.travel_minutes,
            SessionRecord.session_type,
            SessionRecord.fading_percent,
        ).where(SessionRecord.status == "final", SessionRecord.deleted_at.is_(None))
    ):
        if sid in overrides:  # an amended record counts with its amended values
            a = overrides[sid]
            day, start, end = a.get("session_date", day), a.get("start_time", start), a.get("end_time", end)
            travel, kind = a.get("travel_minutes", travel), a.get("session_type", kind)
            fading = a.get("fading_percent", fading)
        sessions.append(
            o.SessionFact(sid, client_id, author, day, minutes_between(day, start, end), travel, kind, fading)
        )
    placements = [
        o.PlacementFact(*row)
        for row in s.execute(
            select(
                Placement.id,
                Placement.client_id,
                Placement.start_date,
                Placement.employment_form,
                Placement.supported_employment,
                Placement.hours_per_week,
                Placement.monthly_wage,
            ).where(Placement.deleted_at.is_(None))
        )
    ]
    checkpoints = [
        o.CheckpointFact(*row)
        for row in s.execute(
            select(
                RetentionCheckpoint.placement_id,
                Placement.client_id,
                RetentionCheckpoint.day_offset,
                RetentionCheckpoint.due_date,
                RetentionCheckpoint.checked_on,
                RetentionCheckpoint.still_employed,
            )
            .join(Placement, Placement.id == RetentionCheckpoint.placement_id)
            .where(RetentionCheckpoint.deleted_at.is_(None), Placement.deleted_at.is_(None))
        )
    ]
    contacts = [
        o.EmployerContactFact(str(c), d)
        for c, d in s.execute(
            select(EmployerContactLog.client_id, EmployerContactLog.contact_date).where(
                EmployerContactLog.client_id.is_not(None), EmployerContactLog.deleted_at.is_(None)
            )
        )
    ]
    contacts += [
        o.EmployerContactFact(f.client_id, f.session_date)
        for f in sessions
        if f.session_type in EMPLOYER_SESSION_TYPES
    ]
    # A plan's own start date is when it was agreed; the creation time is only when it was typed in.
    plans = [
        o.PlanFact(c, d)
        for c, d in s.execute(
            select(EmploymentPlan.client_id, EmploymentPlan.start_date).where(
                EmploymentPlan.deleted_at.is_(None)
            )
        )
    ]
    assessments = [
        o.AssessmentFact(c, d)
        for c, d in s.execute(
            select(Assessment.client_id, Assessment.assessed_on).where(Assessment.deleted_at.is_(None))
        )
    ]
    supervisees: dict[str, set[str]] = {}
    for record_id, user_id in s.execute(
        select(SupervisionSupervisee.record_id, SupervisionSupervisee.user_id).where(
            SupervisionSupervisee.deleted_at.is_(None)
        )
    ):
        supervisees.setdefault(record_id, set()).add(user_id)
    supervisions = [
        o.SupervisionFact(held, frozenset(supervisees.get(rid, ())))
        for rid, held in s.execute(
            select(SupervisionRecord.id, SupervisionRecord.held_on).where(
                SupervisionRecord.deleted_at.is_(None)
            )
        )
    ]
    coach_ids = list(
        s.scalars(
            select(User.id).where(User.role == "coach", User.active.is_(True), User.deleted_at.is_(None))
        )
    )
    return o.CaseloadFacts(
        clients, sessions, placements, checkpoints, contacts, plans, assessments, supervisions, coach_ids
    )


@dataclass(frozen=True)
class CheckReport:
    """What ``coachdesk check`` found. ``problems`` empty means clean."""

    problems: list[str]
    counts: dict[str, int]

    @property
    def clean(self) -> bool:
        return not self.problems


class IntegrityService(ServiceBase):
    """Checks the store: SQLite and SQLCipher integrity, foreign keys, and the product's own rules."""

    def check(self) -> CheckReport:
        store = self.ctx.uow.store
        problems = [f"integrity_check: {p}" for p in store.integrity_check()]
        problems += [f"cipher_integrity_check: {p}" for p in store.cipher_integrity_check()]
        with self.ctx.uow.read() as s:
            for table, rowid, parent, _fk in s.execute(text("PRAGMA foreign_key_check")).all():
                problems.append(f"foreign key: {table} row {rowid} points to a missing {parent} row")
            counts = {
                name: s.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
                for name in s.execute(
                    text(
                        "SELECT name FROM sqlite_master WHERE type='table' "
                        "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
                    )
                ).scalars()
            }
            bad_minutes = s.execute(
                text("SELECT count(*) FROM session_records WHERE minutes <= 0 AND deleted_at IS NULL")
            ).scalar_one()
            if bad_minutes:
                problems.append(f"{bad_minutes} session records have no positive duration")
            unfinalised = s.execute(
                text("SELECT count(*) FROM session_records WHERE status='final' AND finalised_at IS NULL")
            ).scalar_one()
            if unfinalised:
                problems.append(f"{unfinalised} final session records lack a finalisation time")
            seqs = s.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
            if seqs and seqs != list(range(seqs[0], seqs[0] + len(seqs))):
                problems.append("the audit log has gaps: entries were removed")
            for name in ("audit_log_no_delete", "session_final_locked"):
                if not s.execute(
                    text("SELECT 1 FROM sqlite_master WHERE type='trigger' AND name=:n"), {"n": name}
                ).first():
                    problems.append(f"the safety trigger {name} is missing")
            problems += self._derived_problems(s)
        return CheckReport(problems, counts)

    @staticmethod
    def _derived_problems(s: Any) -> list[str]:
        """The caseload summary (kept by triggers) must mirror the live clients exactly."""
        stale = s.execute(
            text(
                "SELECT count(*) FROM clients c LEFT JOIN client_summary m ON m.client_id = c.id "
                "WHERE c.deleted_at IS NULL AND (m.client_id IS NULL OR m.name IS NOT c.name "
                "OR m.status IS NOT c.status OR m.phase IS NOT c.phase OR m.town_code IS NOT c.town_code "
                "OR m.coach_id IS NOT c.assigned_coach_id)"
            )
        ).scalar_one()
        orphans = s.execute(
            text(
                "SELECT count(*) FROM client_summary m LEFT JOIN clients c ON c.id = m.client_id "
                "WHERE c.id IS NULL OR c.deleted_at IS NOT NULL"
            )
        ).scalar_one()
        problems = []
        if stale:
            problems.append(f"the caseload summary is missing or out of date for {stale} clients")
        if orphans:
            problems.append(f"the caseload summary lists {orphans} clients that are deleted or missing")
        return problems
