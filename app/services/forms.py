"""Form use cases: build the snapshot a form prints, render it, export batches, verify a printed PDF.

Every render is recorded in the audit log (who, which form and version, which subject, whether full
ID numbers were printed, the content hash) — an export and a print alike. ID and certificate numbers
are masked unless the user asks for full numbers *and* is allowed to see them (the assigned coach, a
supervisor or an admin); clients discussed in supervision are pseudonymised.

Snapshot data holds display strings (code names in Chinese, dates as ISO text). Each record that goes
into a form is listed with a version (a digest of its content), so ``verify`` can name the record that
changed since printing.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, PermissionDenied, RuleViolation
from app.domain.identity import mask_certificate_number, mask_id_number
from app.domain.outcomes import Period, Scope
from app.forms.definition import FormDefinition, load_definitions
from app.forms.render import FormRenderer, Letterhead
from app.forms.snapshot import FormSnapshot, RecordRef, record_version
from app.services.base import Context, ServiceBase
from app.services.casework import amendment_overrides, minutes_between
from app.services.reporting import OutcomeService
from app.storage.models import (
    Client,
    Closure,
    Employer,
    EmploymentPlan,
    Placement,
    SessionRecord,
    SupervisionRecord,
    Syncable,
    User,
)

BOOKKEEPING = {"server_version", "dirty", "updated_at", "updated_by", "created_at"}


class Cancelled(Exception):
    """A batch export stopped by the user; nothing was written."""


@dataclass(frozen=True)
class FormInfo:
    code: str
    version: str
    title: str
    subject: str
    standard: str


@dataclass(frozen=True)
class VerifyResult:
    """What ``verify-pdf`` found: whether the PDF matches the current records, and what changed."""

    matches: bool
    form: str
    version: str
    subject: str
    key: str
    printed_hash: str
    current_hash: str | None
    changed: tuple[str, ...] = ()  # "table id" of records whose content changed since printing
    removed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


def _iso(d: date | datetime | None) -> str:
    if d is None:
        return ""
    return d.strftime("%Y-%m-%d %H:%M") if isinstance(d, datetime) else d.isoformat()


def _local(moment: datetime | None) -> str:
    """A stored (naive UTC) time as this machine's local time, e.g. Dongguan's UTC+8."""
    if moment is None:
        return ""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


# Chinese labels of session fields, for printed amendments.
FIELD_LABELS = {
    "session_date": "服务日期",
    "start_time": "开始时间",
    "end_time": "结束时间",
    "mode": "服务方式",
    "session_type": "服务类型",
    "content": "服务内容",
    "travel_minutes": "交通时间",
    "place": "服务地点",
    "fading_percent": "在岗辅导占比",
    "natural_supports": "自然支持",
    "next_steps": "下一步安排",
    "next_steps_due": "完成期限",
}


def _month(text: str) -> Period:
    try:
        year, month = (int(p) for p in text.split("-"))
        return Period.for_month(year, month)
    except ValueError:
        raise RuleViolation(f"{text!r} is not a month in the form YYYY-MM.", code="bad_month") from None


class _Collector:
    """Gathers the records that go into one snapshot, with their versions and the latest change."""

    def __init__(self, *, verifying: bool = False) -> None:
        self.refs: dict[tuple[str, str], RecordRef] = {}
        self.as_of = datetime(2000, 1, 1)
        # Per snapshot, not per service (renders may run on several threads at once): while verifying,
        # full numbers are rebuilt only to compare hashes, never shown, so no rights check applies.
        self.verifying = verifying

    def add(self, row: Syncable, **extra: Any) -> None:
        mapper = sa_inspect(type(row))
        content = {c.key: getattr(row, c.key) for c in mapper.column_attrs if c.key not in BOOKKEEPING}
        content.update(extra)
        table = type(row).__tablename__  # type: ignore[attr-defined]
        self.refs[(table, row.id)] = RecordRef(table, row.id, record_version(content))
        self.as_of = max(self.as_of, row.updated_at)

    def add_all(self, rows: Iterable[Syncable]) -> None:
        for row in rows:
            if row.deleted_at is None:
                self.add(row)


class FormService(ServiceBase):
    """Printable forms over the local store."""

    def __init__(self, ctx: Context, *, form_dirs: Sequence[Path], font: Path):
        super().__init__(ctx)
        self.form_dirs = tuple(form_dirs)
        self.font = font
        self._definitions: dict[str, FormDefinition] | None = None

    # -- definitions -----------------------------------------------------------------------------------

    def definitions(self) -> dict[str, FormDefinition]:
        if self._definitions is None:
            self._definitions = load_definitions(*(d for d in self.form_dirs if d.is_dir()))
        return self._definitions

    def catalogue(self) -> list[FormInfo]:
        return [
            FormInfo(d.code, d.version, d.title, d.subject, d.standard)
            for d in sorted(self.definitions().values(), key=lambda d: d.code)
        ]

    def definition(self, code: str) -> FormDefinition:
        try:
            return self.definitions()[code]
        except KeyError:
            raise NotFound(
                f"There is no form {code!r}; `coachdesk forms list` shows them.", params={"form": code}
            ) from None

    # -- rendering -------------------------------------------------------------------------------------

    def renderer(self) -> FormRenderer:
        settings = self.ctx.settings
        logo = settings.get("organisation_logo")
        letterhead = Letterhead(settings.get("organisation_name"), Path(logo) if logo else None)
        return FormRenderer(self.font, letterhead, self.ref)

    def render(self, code: str, key: str, *, full_numbers: bool = False, action: str = "export") -> bytes:
        """Render one form for one subject; audited as ``action`` ("export" or "print")."""
        if action not in ("export", "print", "preview"):
            raise ValueError(f"unknown form action {action!r}")
        definition = self.definition(code)
        snapshot = self.snapshot(code, key, full_numbers=full_numbers)
        pdf = self.renderer().render(definition, snapshot)
        self._audit_render(action, snapshot, full_numbers)
        return pdf

    def render_batch(
        self,
        code: str,
        keys: Sequence[str],
        *,
        full_numbers: bool = False,
        action: str = "export",
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[tuple[str, bytes]]:
        """Render a batch; ``cancelled()`` stops it (raising :class:`Cancelled`, nothing audited)."""
        definition = self.definition(code)
        renderer = self.renderer()
        done: list[tuple[FormSnapshot, bytes]] = []
        for i, key in enumerate(keys, start=1):
            if cancelled is not None and cancelled():
                raise Cancelled("The export was cancelled; nothing was written.")
            snapshot = self.snapshot(code, key, full_numbers=full_numbers)
            done.append((snapshot, renderer.render(definition, snapshot)))
            if progress is not None:
                progress(i, len(keys))
        for snapshot, _pdf in done:
            self._audit_render(action, snapshot, full_numbers)
        return [(s.subject_key, pdf) for s, pdf in done]

    def _audit_render(self, action: str, snapshot: FormSnapshot, full_numbers: bool) -> None:
        with self.tx() as s:
            self.audit(
                s,
                f"form_{action}",
                snapshot.subject,
                snapshot.subject_key.split("/")[0],
                form=snapshot.form_code,
                version=snapshot.form_version,
                key=snapshot.subject_key,
                full_numbers=full_numbers,
                sha256=snapshot.content_hash,
                records=len(snapshot.records),
            )

    # -- batches ---------------------------------------------------------------------------------------

    def subject_keys(
        self,
        code: str,
        *,
        client_id: str | None = None,
        coach_id: str | None = None,
        month: str | None = None,
    ) -> list[str]:
        """The subjects a batch export covers: one client or a coach's caseload, in a month."""
        definition = self.definition(code)
        period = _month(month) if month else None
        if definition.subject in ("client_month", "coach_month") and period is None:
            raise RuleViolation("This form is for a month: give --month YYYY-MM.", code="month_required")
        with self.ctx.uow.read() as s:
            clients = self._clients_in_scope(s, client_id, coach_id)
            ids = [c.id for c in clients]
            subject = definition.subject
            if subject == "client":
                return ids
            if subject == "coach_month":
                coaches = (
                    {coach_id} if coach_id else {c.assigned_coach_id for c in clients if c.assigned_coach_id}
                )
                return [f"{c}/{month}" for c in sorted(coaches)]
            if subject == "client_month":
                assert period is not None
                active = set(
                    s.scalars(
                        select(SessionRecord.client_id).where(
                            SessionRecord.client_id.in_(ids),
                            SessionRecord.session_date.between(period.start, period.end),
                            SessionRecord.deleted_at.is_(None),
                        )
                    )
                )
                return [f"{c}/{month}" for c in ids if c in active]
            if subject == "plan":
                q = self.live(EmploymentPlan).where(
                    EmploymentPlan.client_id.in_(ids), EmploymentPlan.status == "active"
                )
                return [p.id for p in s.scalars(q.order_by(EmploymentPlan.client_id))]
            if subject == "session":
                q = self.live(SessionRecord).where(SessionRecord.client_id.in_(ids))
                if period:
                    q = q.where(SessionRecord.session_date.between(period.start, period.end))
                return [r.id for r in s.scalars(q.order_by(SessionRecord.session_date, SessionRecord.id))]
            if subject == "placement":
                q = self.live(Placement).where(Placement.client_id.in_(ids))
                if period:
                    q = q.where(Placement.start_date <= period.end)
                return [p.id for p in s.scalars(q.order_by(Placement.start_date, Placement.id))]
            if subject == "closure":
                q = self.live(Closure).where(Closure.client_id.in_(ids))
                if period:
                    q = q.where(Closure.closed_on.between(period.start, period.end))
                return [c.id for c in s.scalars(q.order_by(Closure.closed_on))]
            if subject == "supervision":
                from app.storage.models import SupervisionCase, SupervisionSupervisee

                q = self.live(SupervisionRecord)
                if period:
                    q = q.where(SupervisionRecord.held_on.between(period.start, period.end))
                if coach_id:
                    q = q.where(
                        SupervisionRecord.id.in_(
                            select(SupervisionSupervisee.record_id).where(
                                SupervisionSupervisee.user_id == coach_id
                            )
                        )
                        | (SupervisionRecord.supervisor_id == coach_id)
                    )
                elif client_id:
                    q = q.where(
                        SupervisionRecord.id.in_(
                            select(SupervisionCase.record_id).where(SupervisionCase.client_id == client_id)
                        )
                    )
                return [r.id for r in s.scalars(q.order_by(SupervisionRecord.held_on))]
        raise AssertionError(subject)

    def _clients_in_scope(self, s: Session, client_id: str | None, coach_id: str | None) -> list[Client]:
        if client_id:
            return [self.client(s, client_id)]
        if coach_id:
            self.user(s, coach_id)
            return list(
                s.scalars(self.live(Client).where(Client.assigned_coach_id == coach_id).order_by(Client.name))
            )
        raise RuleViolation("Say whose forms: --client ID or --coach ID.", code="scope_required")

    # -- snapshots -------------------------------------------------------------------------------------

    def snapshot(
        self, code: str, key: str, *, full_numbers: bool = False, verifying: bool = False
    ) -> FormSnapshot:
        definition = self.definition(code)
        builder = getattr(self, f"_data_{definition.subject}")
        with self.ctx.uow.read() as s:
            records = _Collector(verifying=verifying)
            data = builder(s, key, records, full_numbers)
        if full_numbers:
            data["numbers"] = "full"
        return FormSnapshot(
            definition.code,
            definition.version,
            definition.subject,
            key,
            definition.title,
            records.as_of,
            data,
            tuple(sorted(records.refs.values())),
        )

    def _may_see_full(self, client: Client) -> bool:
        actor = self.actor
        return actor.role in ("supervisor", "admin") or client.assigned_coach_id == actor.user_id

    def _name(self, list_name: str, code: str | None) -> str:
        if not code:
            return ""
        entry = self.ref.codes(list_name).get(code)
        return entry.name() if entry else code

    def _user_name(self, s: Session, user_id: str | None) -> str:
        user = s.get(User, user_id) if user_id else None
        return user.display_name if user else ""

    def _client_block(self, s: Session, c: Client, rec: _Collector, full: bool) -> dict[str, Any]:
        if full and not rec.verifying and not self._may_see_full(c):
            raise PermissionDenied(
                "Only the assigned coach, a supervisor or an admin may print full ID numbers.",
                code="reveal_not_allowed",
            )
        rec.add(c)
        disabilities = [d for d in c.disabilities if d.deleted_at is None]
        rec.add_all(disabilities)
        dis_text = "；".join(
            f"{self.ref.disability_categories[d.category].name()}{self.ref.disability_levels[d.level].name_zh}"
            + ("（主要）" if d.is_primary and len(disabilities) > 1 else "")
            for d in disabilities
        )
        # Age at intake, not today: the printed content must not change when no record changed.
        at = c.intake_date
        age = at.year - c.birth_date.year - ((at.month, at.day) < (c.birth_date.month, c.birth_date.day))
        return {
            "name": c.name,
            "sex": self._name("sex", c.sex),
            "birth_date": _iso(c.birth_date),
            "age": str(age),
            "id_number": c.id_number if full else mask_id_number(c.id_number),
            "certificate_number": (c.certificate_number or "")
            if full
            else mask_certificate_number(c.certificate_number or ""),
            "disabilities": dis_text,
            "severe": "是" if any(self.ref.disability_levels[d.level].severe for d in disabilities) else "否",
            "town": self.ref.town_name(c.town_code),
            "village": c.village,
            "address": c.address,
            "phone": c.phone,
            "household": self._name("household", c.household),
            "education": self._name("education", c.education),
            "work_history": c.work_history,
            "benefits": c.benefits,
            "referral_source": c.referral_source or "",
            "referral_note": c.referral_note,
            "guardian_name": c.guardian_name,
            "guardian_relation": self._name("guardian_relation", c.guardian_relation),
            "guardian_phone": c.guardian_phone,
            "coach": self._user_name(s, c.assigned_coach_id),
            "intake_date": _iso(c.intake_date),
            "status": self._name("client_status", c.status),
            "notes": c.notes,
        }

    def _data_client(self, s: Session, key: str, rec: _Collector, full: bool) -> dict[str, Any]:
        from app.storage.models import Consent

        c = self.client(s, key)
        consents = list(
            s.scalars(self.live(Consent).where(Consent.client_id == c.id).order_by(Consent.signed_on))
        )
        rec.add_all(consents)
        return {
            "client": self._client_block(s, c, rec, full),
            "consents": [
                {
                    "purpose": self._name("consent_purpose", x.purpose),
                    "signed_by": self._name("consent_signer", x.signed_by),
                    "signer_name": x.signer_name,
                    "signed_on": _iso(x.signed_on),
                    "expires_on": _iso(x.expires_on),
                    "withdrawn_on": _iso(x.withdrawn_on),
                    "recipient": x.recipient,
                }
                for x in consents
            ],
        }

    def _data_plan(self, s: Session, key: str, rec: _Collector, full: bool) -> dict[str, Any]:
        plan = self.get(s, EmploymentPlan, key, what="employment plan")
        rec.add(plan)
        c = self.client(s, plan.client_id)
        goals = [g for g in plan.goals if g.deleted_at is None]
        rec.add_all(goals)
        return {
            "client": self._client_block(s, c, rec, full),
            "plan": {
                "job_goal": plan.job_goal,
                "hours_per_week_goal": f"{plan.hours_per_week_goal:g}" if plan.hours_per_week_goal else "",
                "wage_goal": str(plan.wage_goal or ""),
                "barriers": plan.barriers,
                "start_date": _iso(plan.start_date),
                "target_date": _iso(plan.target_date),
                "review": f"每 {plan.review_interval_days} 天；下次 {_iso(plan.next_review_on)}",
                "status": {"active": "执行中", "superseded": "已被新计划取代", "completed": "已完成"}.get(
                    plan.status, plan.status
                ),
                "signed_on": _iso(plan.signed_on),
                "goals": [
                    {
                        "no": str(i),
                        "description": g.description,
                        "success_criteria": g.success_criteria,
                        "responsible": self._name("responsible_party", g.responsible_party),
                        "dates": f"{_iso(g.start_date)} 至 {_iso(g.target_date)}",
                        "progress": f"{g.progress}%",
                        "status": self._name("goal_status", g.status),
                    }
                    for i, g in enumerate(goals, start=1)
                ],
            },
        }

    def _session_block(
        self, s: Session, r: SessionRecord, overrides: dict[str, Any], rec: _Collector
    ) -> dict[str, Any]:
        from app.storage.models import PlanGoal

        values = {
            f: overrides.get(f, getattr(r, f))
            for f in (
                "session_date",
                "start_time",
                "end_time",
                "travel_minutes",
                "place",
                "mode",
                "session_type",
                "content",
                "fading_percent",
                "natural_supports",
                "next_steps",
                "next_steps_due",
            )
        }
        rec.add(r)
        participants = [p for p in r.participants if p.deleted_at is None]
        progress = [g for g in r.goal_progress if g.deleted_at is None]
        amendments = [a for a in r.amendments if a.deleted_at is None]
        rec.add_all(participants)
        rec.add_all(progress)
        rec.add_all(amendments)
        goal_text = {
            g.id: g.description
            for g in s.scalars(select(PlanGoal).where(PlanGoal.id.in_([p.goal_id for p in progress])))
        }
        return {
            "date": _iso(values["session_date"]),
            "time": f"{values['start_time']:%H:%M}–{values['end_time']:%H:%M}",
            "minutes": str(minutes_between(values["session_date"], values["start_time"], values["end_time"])),
            "travel_minutes": str(values["travel_minutes"]),
            "place": values["place"],
            "mode": self._name("session_mode", values["mode"]),
            "type": self._name("session_type", values["session_type"]),
            "participants": "、".join(
                f"{self._name('participant_kind', p.kind)}{('（' + p.name + '）') if p.name else ''}"
                for p in participants
            ),
            "fading": "" if values["fading_percent"] is None else f"{values['fading_percent']}%",
            "content": values["content"],
            "natural_supports": values["natural_supports"],
            "next_steps": values["next_steps"],
            "next_steps_due": _iso(values["next_steps_due"]),
            "status": "已定稿" if r.status == "final" else "草稿（未定稿）",
            "finalised_at": _local(r.finalised_at),
            "author": self._user_name(s, r.author_id),
            "goals": [
                {"goal": goal_text.get(p.goal_id, ""), "progress": f"{p.progress}%", "note": p.note}
                for p in progress
            ],
            "amendments": [
                {
                    "at": _local(a.created_at),
                    "author": self._user_name(s, a.author_id),
                    "reason": a.reason,
                    "changes": "；".join(
                        f"{FIELD_LABELS.get(k, k)}：{v['old']} → {v['new']}"
                        for k, v in sorted(a.changes.items())
                    ),
                }
                for a in amendments
            ],
        }

    def _data_session(self, s: Session, key: str, rec: _Collector, full: bool) -> dict[str, Any]:
        r = self.get(s, SessionRecord, key, what="session record")
        c = self.client(s, r.client_id)
        overrides = amendment_overrides(s, c.id).get(r.id, {})
        return {
            "client": self._client_block(s, c, rec, full),
            "session": self._session_block(s, r, overrides, rec),
        }

    def _data_client_month(self, s: Session, key: str, rec: _Collector, full: bool) -> dict[str, Any]:
        client_id, _, month = key.partition("/")
        period = _month(month)
        c = self.client(s, client_id)
        overrides = amendment_overrides(s, c.id)
        rows = list(s.scalars(self.live(SessionRecord).where(SessionRecord.client_id == c.id)))
        sessions = []
        for r in rows:
            day = overrides.get(r.id, {}).get("session_date", r.session_date)
            if period.contains(day):
                sessions.append(self._session_block(s, r, overrides.get(r.id, {}), rec))
        sessions.sort(key=lambda x: (x["date"], x["time"]))
        minutes = sum(int(x["minutes"]) for x in sessions)
        return {
            "client": self._client_block(s, c, rec, full),
            "month": f"{period.start.year}年{period.start.month}月",
            "sessions": sessions,
            "totals": {
                "count": str(len(sessions)),
                "final": str(sum(1 for x in sessions if x["status"] == "已定稿")),
                "hours": f"{minutes / 60:.1f}",
                "travel_hours": f"{sum(int(x['travel_minutes']) for x in sessions) / 60:.1f}",
            },
        }

    def _data_placement(self, s: Session, key: str, rec: _Collector, full: bool) -> dict[str, Any]:
        p = self.get(s, Placement, key, what="placement")
        rec.add(p)
        c = self.client(s, p.client_id)
        employer = s.get(Employer, p.employer_id)
        if employer is not None:
            rec.add(employer)
        checkpoints = [x for x in p.checkpoints if x.deleted_at is None]
        rec.add_all(checkpoints)

        def yes_no(v: bool | None) -> str:
            return "" if v is None else ("是" if v else "否")

        return {
            "client": self._client_block(s, c, rec, full),
            "placement": {
                "employer": employer.name if employer else "",
                "post": p.post,
                "start_date": _iso(p.start_date),
                "end_date": _iso(p.end_date),
                "form": self.ref.employment_forms[p.employment_form].name()
                if p.employment_form in self.ref.employment_forms
                else p.employment_form,
                "supported": "是" if p.supported_employment else "否",
                "contract": self._name("contract_type", p.contract_type),
                "hours": f"{p.hours_per_week:g}",
                "wage": str(p.monthly_wage),
                "insurance": "是" if p.social_insurance else "否",
            },
            "checkpoints": [
                {
                    "day": f"{x.day_offset} 天",
                    "due": _iso(x.due_date),
                    "checked_on": _iso(x.checked_on) or "未回访",
                    "still_employed": yes_no(x.still_employed),
                    "same_employer": yes_no(x.same_employer),
                    "hours": "" if x.hours_per_week is None else f"{x.hours_per_week:g}",
                    "wage": "" if x.monthly_wage is None else str(x.monthly_wage),
                    "satisfaction": "/".join(
                        str(v) if v is not None else "–"
                        for v in (x.client_satisfaction, x.employer_satisfaction)
                    ),
                    "note": x.note,
                }
                for x in checkpoints
            ],
        }

    def _data_supervision(self, s: Session, key: str, rec: _Collector, full: bool) -> dict[str, Any]:
        r = self.get(s, SupervisionRecord, key, what="supervision record")
        rec.add(r)
        supervisees = [x for x in r.supervisees if x.deleted_at is None]
        cases = [x for x in r.cases if x.deleted_at is None]
        actions = [x for x in r.actions if x.deleted_at is None]
        rec.add_all(supervisees)
        rec.add_all(cases)
        rec.add_all(actions)
        supervisor = s.get(User, r.supervisor_id)
        return {
            "record": {
                "no": r.record_no,
                "date": _iso(r.held_on),
                "time": f"{r.start_time:%H:%M}–{r.end_time:%H:%M}（{r.minutes} 分钟）",
                "place": r.place,
                "mode": self._name("supervision_mode", r.mode),
                "form": self._name("supervision_form", r.form),
                "supervisor": supervisor.display_name if supervisor else "",
                "qualification": r.supervisor_qualification,
                "supervisees": "、".join(self._user_name(s, x.user_id) for x in supervisees),
                # Cases discussed are pseudonymised in exports: a stable code, never a name or ID number.
                "cases": "、".join(sorted(pseudonym(x.client_id) for x in cases)) or "（无）",
                "topics": list(r.topics),
                "questions": r.questions,
                "opinions": r.opinions,
                "files": f"抽查 {r.files_checked} 份，合格 {r.files_passing} 份",
                "problems": r.problems_found,
                "previous_actions": r.previous_actions_status,
                "reflections_coach": r.reflections_coach,
                "reflections_supervisor": r.reflections_supervisor,
                "actions": [
                    {
                        "what": a.what,
                        "who": a.who,
                        "due": _iso(a.due),
                        "status": self._name("action_status", a.status),
                    }
                    for a in actions
                ],
            }
        }

    def _data_coach_month(self, s: Session, key: str, rec: _Collector, full: bool) -> dict[str, Any]:
        coach_id, _, month = key.partition("/")
        period = _month(month)
        coach = self.user(s, coach_id)
        rec.add(coach)
        clients = list(
            s.scalars(self.live(Client).where(Client.assigned_coach_id == coach_id).order_by(Client.name))
        )
        if full and not rec.verifying and not all(self._may_see_full(c) for c in clients):
            raise PermissionDenied(
                "Only the coach of these clients, a supervisor or an admin may print full ID numbers.",
                code="reveal_not_allowed",
            )
        self._month_sources(s, coach_id, [c.id for c in clients], period, rec)
        figures = OutcomeService(self.ctx).figures(period, Scope("coach", coach_id))
        overrides = amendment_overrides(s)
        rows = []
        for c in clients:
            sessions = [
                r
                for r in s.scalars(
                    self.live(SessionRecord).where(
                        SessionRecord.client_id == c.id, SessionRecord.status == "final"
                    )
                )
                if period.contains(overrides.get(r.id, {}).get("session_date", r.session_date))
            ]
            rec.add(c)
            rec.add_all(sessions)
            minutes = sum(
                minutes_between(
                    o.get("session_date", r.session_date),
                    o.get("start_time", r.start_time),
                    o.get("end_time", r.end_time),
                )
                for r in sessions
                for o in [overrides.get(r.id, {})]
            )
            rows.append(
                {
                    "name": c.name,
                    "id_number": c.id_number
                    if full and self._may_see_full(c)
                    else mask_id_number(c.id_number),
                    "status": self._name("client_status", c.status),
                    "sessions": str(len(sessions)),
                    "hours": f"{minutes / 60:.1f}",
                }
            )
        placements = list(
            s.scalars(
                self.live(Placement).where(
                    Placement.client_id.in_([c.id for c in clients]),
                    Placement.start_date.between(period.start, period.end),
                )
            )
        )
        rec.add_all(placements)

        def pct(r: Any) -> str:
            return "–" if r.rate is None else f"{r.numerator}/{r.denominator}（{100 * r.rate:.1f}%）"

        return {
            "coach": {"name": coach.display_name, "qualification": coach.qualification},
            "month": f"{period.start.year}年{period.start.month}月",
            "figures": {
                "caseload": str(len([c for c in clients if c.status != "closed"])),
                "clients_served": str(figures.clients_served),
                "sessions": str(figures.sessions),
                "hours": f"{figures.coaching_hours:.1f}",
                "travel_hours": f"{figures.travel_hours:.1f}",
                "placements": str(figures.placements),
                "placement_rate": pct(figures.placement_rate),
                "retention": "；".join(
                    f"{x.day_offset}天：{pct(x.rate)}，逾期 {x.overdue}" for x in figures.retention
                )
                or "（本月无到期回访）",
                "hours_at_placement": ""
                if figures.mean_hours_per_week is None
                else f"{figures.mean_hours_per_week:.1f}",
                "wage_at_placement": ""
                if figures.median_monthly_wage is None
                else f"{figures.median_monthly_wage:.0f}",
                "forms": "、".join(
                    f"{self.ref.employment_forms[k].name() if k in self.ref.employment_forms else k} {v}"
                    for k, v in figures.employment_forms
                )
                or "（无）",
                "plans_on_time": pct(figures.plans_on_time),
                "assessments_on_time": pct(figures.assessments_on_time),
                "supervision_on_time": pct(figures.supervision_on_time),
            },
            "clients": rows,
        }

    def _month_sources(
        self, s: Session, coach_id: str, client_ids: list[str], period: Period, rec: _Collector
    ) -> None:
        """List every record the month's figures draw on, so verify can name the one that changed."""
        from app.storage.models import (
            Assessment,
            EmployerContactLog,
            RetentionCheckpoint,
            SupervisionSupervisee,
        )

        rec.add_all(s.scalars(self.live(EmploymentPlan).where(EmploymentPlan.client_id.in_(client_ids))))
        rec.add_all(s.scalars(self.live(Assessment).where(Assessment.client_id.in_(client_ids))))
        rec.add_all(
            s.scalars(self.live(EmployerContactLog).where(EmployerContactLog.client_id.in_(client_ids)))
        )
        placements = list(s.scalars(self.live(Placement).where(Placement.client_id.in_(client_ids))))
        rec.add_all(placements)
        placement_ids = [p.id for p in placements]
        rec.add_all(
            s.scalars(
                self.live(RetentionCheckpoint).where(RetentionCheckpoint.placement_id.in_(placement_ids))
            )
        )
        supervised = select(SupervisionSupervisee.record_id).where(
            SupervisionSupervisee.user_id == coach_id, SupervisionSupervisee.deleted_at.is_(None)
        )
        first = period.start.replace(day=1)
        rec.add_all(
            s.scalars(
                self.live(SupervisionRecord).where(
                    SupervisionRecord.id.in_(supervised), SupervisionRecord.held_on.between(first, period.end)
                )
            )
        )

    def _data_closure(self, s: Session, key: str, rec: _Collector, full: bool) -> dict[str, Any]:
        closure = self.get(s, Closure, key, what="closure")
        rec.add(closure)
        c = self.client(s, closure.client_id)
        placements = list(
            s.scalars(self.live(Placement).where(Placement.client_id == c.id).order_by(Placement.start_date))
        )
        rec.add_all(placements)
        sessions = s.scalars(
            self.live(SessionRecord).where(SessionRecord.client_id == c.id, SessionRecord.status == "final")
        ).all()
        employers = {
            e.id: e.name
            for e in s.scalars(select(Employer).where(Employer.id.in_([p.employer_id for p in placements])))
        }
        return {
            "client": self._client_block(s, c, rec, full),
            "closure": {
                "closed_on": _iso(closure.closed_on),
                "reason": closure.reason,
                "reason_name": self._name("closure_reason", closure.reason),
                "outcome": closure.outcome,
                "onward_referral": closure.onward_referral,
                "service_span": f"{_iso(c.intake_date)} 至 {_iso(closure.closed_on)}",
                "sessions": str(len(sessions)),
            },
            "placements": [
                {
                    "employer": employers.get(p.employer_id, ""),
                    "post": p.post,
                    "start": _iso(p.start_date),
                    "end": _iso(p.end_date),
                    "form": self.ref.employment_forms[p.employment_form].name()
                    if p.employment_form in self.ref.employment_forms
                    else p.employment_form,
                }
                for p in placements
            ],
        }

    # -- verification -----------------------------------------------------------------------------------

    def verify(self, pdf: bytes) -> VerifyResult:
        """Does a printed PDF still match the records? Names the records changed since printing."""
        manifest = read_manifest(pdf)
        code, version, key = manifest["form"], manifest["version"], manifest["key"]
        base = dict(
            form=code, version=version, subject=manifest["subject"], key=key, printed_hash=manifest["sha256"]
        )
        definitions = self.definitions()
        if code not in definitions:
            return VerifyResult(
                False, current_hash=None, problems=(f"the form {code} is not installed here",), **base
            )
        problems: list[str] = []
        if definitions[code].version != version:
            problems.append(
                f"the form definition is now version {definitions[code].version}, printed with {version}"
            )
        try:
            current = self.snapshot(code, key, full_numbers=manifest.get("numbers") == "full", verifying=True)
        except NotFound:
            return VerifyResult(
                False, current_hash=None, problems=("the printed subject no longer exists",), **base
            )
        printed = {(t, i): v for t, i, v in manifest["records"]}
        now = {(r.table, r.id): r.version for r in current.records}
        changed = tuple(
            f"{t} {i}" for (t, i), v in sorted(printed.items()) if (t, i) in now and now[(t, i)] != v
        )
        removed = tuple(f"{t} {i}" for (t, i) in sorted(printed) if (t, i) not in now)
        added = tuple(f"{t} {i}" for (t, i) in sorted(now) if (t, i) not in printed)
        # The hash is compared without the form version (a new definition version alone changes nothing).
        matches = current.content_hash == manifest["sha256"] if not problems else False
        if not matches and not (changed or removed or added) and not problems:
            problems.append("the printed content differs from the records (the form layout or data changed)")
        return VerifyResult(
            matches and not (changed or removed or added),
            current_hash=current.content_hash,
            changed=changed,
            removed=removed,
            added=added,
            problems=tuple(problems),
            **base,
        )


def pseudonym(client_id: str) -> str:
    """A stable, non-identifying code for a client discussed in supervision (e.g. 个案-3F9A2C)."""
    return "个案-" + hashlib.sha256(("coachdesk-case:" + client_id).encode()).hexdigest()[:6].upper()


class NotACoachDeskPdf(RuleViolation):
    code = "not_a_coachdesk_pdf"


def read_manifest(pdf: bytes) -> dict[str, Any]:
    """The manifest a CoachDesk PDF carries in its metadata."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        info: Any = PdfReader(io.BytesIO(pdf)).metadata or {}
    except (PdfReadError, ValueError, OSError) as exc:
        raise NotACoachDeskPdf(f"The file is not a readable PDF ({exc}).") from exc
    keywords = str(info.get("/Keywords", ""))
    prefix = "CoachDeskManifest:"
    if not keywords.startswith(prefix):
        raise NotACoachDeskPdf("The PDF was not made by CoachDesk (it carries no CoachDesk manifest).")
    try:
        manifest = json.loads(keywords[len(prefix) :])
    except ValueError as exc:
        raise NotACoachDeskPdf("The PDF's CoachDesk manifest is damaged.") from exc
    required = {"form": str, "version": str, "subject": str, "key": str, "sha256": str, "records": list}
    if (
        not isinstance(manifest, dict)
        or manifest.get("app") != "CoachDesk"
        or any(not isinstance(manifest.get(k), t) for k, t in required.items())
        or any(not (isinstance(r, list) and len(r) == 3) for r in manifest["records"])
    ):
        raise NotACoachDeskPdf("The PDF's CoachDesk manifest is damaged.")
    return manifest


@dataclass
class Zipped:
    """A batch as one ZIP archive (file names ``CODE-key.pdf``)."""

    files: list[tuple[str, bytes]] = field(default_factory=list)

    def bytes(self) -> bytes:
        import zipfile

        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for name, data in self.files:
                info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
                z.writestr(info, data)
        return buffer.getvalue()


def file_name(code: str, key: str) -> str:
    return f"{code}-{key.replace('/', '-')}.pdf"


def merge_pdfs(parts: Sequence[bytes]) -> bytes:
    """Several rendered forms as one PDF (a batch printed in one go)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(io.BytesIO(part))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
