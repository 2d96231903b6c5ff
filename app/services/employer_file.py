"""The employer file (用人单位档案): the directory of employers and everything on one employer in one
read, as frozen DTOs for the GUI.

:meth:`EmployerFileService.directory` lists the employers with their town and quota status names, how
many clients work there now and when the employer was last contacted. :meth:`EmployerFileService.file`
gathers one employer's fields, contacts, the contact log (newest first, with the coach's and — when the
contact was about a client — the client's name), the job analyses (all their text fields) and the
clients placed there, each with whether the latest recorded retention check found them still employed.

Client names appear (the coach works with them); identity numbers never do. No ORM object leaves this
module; code values come with their Chinese names from the reference data. Writing goes through
:class:`~app.services.casework.EmployerService`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.services.base import ServiceBase, escape_like
from app.storage.models import (
    Client,
    Employer,
    EmployerContact,
    EmployerContactLog,
    JobAnalysis,
    Placement,
    RetentionCheckpoint,
    User,
)

__all__ = [
    "ClientChoice",
    "ContactItem",
    "ContactLogItem",
    "EmployerFile",
    "EmployerFileService",
    "EmployerJobAnalysis",
    "EmployerRow",
    "PlacedClientItem",
]

LANGUAGE = "zh_CN"
SUMMARY_CHARS = 40


# --------------------------------------------------------------------------------------------------
# DTOs


@dataclass(frozen=True)
class EmployerRow:
    """One line of the employer directory."""

    id: str
    name: str
    sector: str
    town_code: str | None
    town_name: str
    quota_status: str
    quota_status_name: str
    placed_now: int  # clients working there today (distinct)
    last_contact: date | None


@dataclass(frozen=True)
class ContactItem:
    id: str
    name: str
    title: str
    phone: str


@dataclass(frozen=True)
class ContactLogItem:
    id: str
    contact_date: date
    mode: str
    mode_name: str
    contact_id: str | None
    contact_name: str
    coach_id: str
    coach_name: str
    client_id: str | None
    client_name: str
    summary: str


@dataclass(frozen=True)
class EmployerJobAnalysis:
    """A job analysis (岗位分析表) of a post at this employer, with every text field."""

    id: str
    analysed_on: date
    job_title: str
    client_id: str | None
    client_name: str
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

    @property
    def summary(self) -> str:
        """One line: the core tasks (else the environment), shortened."""
        text = " ".join((self.core_tasks or self.environment).split())
        return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


@dataclass(frozen=True)
class PlacedClientItem:
    """A placement of a client at this employer. ``still_employed`` is the answer of the latest
    recorded retention check (None: not checked yet); ``current`` whether the client works there now."""

    placement_id: str
    client_id: str
    client_name: str
    post: str
    start_date: date
    end_date: date | None
    employment_form: str
    employment_form_name: str
    still_employed: bool | None
    last_checked_on: date | None
    current: bool


@dataclass(frozen=True)
class EmployerFile:
    """Everything on one employer, read at ``as_of`` (the workspace's today)."""

    as_of: date
    id: str
    name: str
    credit_code: str
    sector: str
    address: str
    town_code: str | None
    town_name: str
    quota_status: str
    quota_status_name: str
    vacancies: str
    notes: str
    contacts: tuple[ContactItem, ...]
    contact_log: tuple[ContactLogItem, ...]
    job_analyses: tuple[EmployerJobAnalysis, ...]
    placed_clients: tuple[PlacedClientItem, ...]

    @property
    def placed_now(self) -> int:
        return len({p.client_id for p in self.placed_clients if p.current})

    @property
    def last_contact(self) -> date | None:
        return self.contact_log[0].contact_date if self.contact_log else None


@dataclass(frozen=True)
class ClientChoice:
    """A client a contact or a job analysis can be about (name and intake date; never ID numbers)."""

    id: str
    name: str
    intake_date: date
    placed_here: bool

    @property
    def label(self) -> str:
        where = "，在本单位" if self.placed_here else ""
        return f"{self.name}（{self.intake_date.isoformat()} 接案{where}）"


# --------------------------------------------------------------------------------------------------


def _is_current(start: date, end: date | None, still_employed: bool | None, today: date) -> bool:
    return start <= today and (end is None or end > today) and still_employed is not False


class EmployerFileService(ServiceBase):
    """Read the employer directory and one employer's file."""

    def code_name(self, list_name: str, code: str | None) -> str:
        """The Chinese name of a code (``""`` for None, the code itself when unknown)."""
        if not code:
            return ""
        entry = self.ref.codes(list_name).get(code)
        return entry.name(LANGUAGE) if entry is not None else code

    # -- the directory ----------------------------------------------------------------------------------

    def directory(self, search: str = "") -> list[EmployerRow]:
        """The employers by name; ``search`` matches the name, sector, credit code or town name."""
        today = self.today()
        term = search.strip()
        with self.ctx.uow.read() as s:
            q = self.live(Employer).order_by(Employer.name, Employer.id)
            if term:
                like = f"%{escape_like(term)}%"
                conditions = [
                    Employer.name.like(like, escape="\\"),
                    Employer.sector.like(like, escape="\\"),
                    Employer.credit_code.like(like.upper(), escape="\\"),
                ]
                towns = [code for code, town in self.ref.towns.items() if term in town.name]
                if towns:
                    conditions.append(Employer.town_code.in_(towns))
                q = q.where(or_(*conditions))
            employers = list(s.scalars(q))
            ids = [e.id for e in employers]
            placed = self._placed_now(s, ids, today)
            last = dict(
                s.execute(
                    select(EmployerContactLog.employer_id, func.max(EmployerContactLog.contact_date))
                    .where(EmployerContactLog.employer_id.in_(ids), EmployerContactLog.deleted_at.is_(None))
                    .group_by(EmployerContactLog.employer_id)
                ).all()
            )
            return [
                EmployerRow(
                    e.id,
                    e.name,
                    e.sector,
                    e.town_code,
                    self.ref.town_name(e.town_code) if e.town_code else "",
                    e.quota_status,
                    self.code_name("quota_status", e.quota_status),
                    placed.get(e.id, 0),
                    last.get(e.id),
                )
                for e in employers
            ]

    def _placed_now(self, s: Session, employer_ids: Iterable[str], today: date) -> dict[str, int]:
        """Employer id → number of distinct clients working there today."""
        ids = list(employer_ids)
        if not ids:
            return {}
        rows = s.execute(
            select(
                Placement.id,
                Placement.employer_id,
                Placement.client_id,
                Placement.start_date,
                Placement.end_date,
            ).where(Placement.employer_id.in_(ids), Placement.deleted_at.is_(None))
        ).all()
        latest = self._latest_checks(s, [r[0] for r in rows])
        clients: dict[str, set[str]] = {}
        for pid, eid, cid, start, end in rows:
            still = latest.get(pid, (None, None))[1]
            if _is_current(start, end, still, today):
                clients.setdefault(eid, set()).add(cid)
        return {eid: len(cids) for eid, cids in clients.items()}

    @staticmethod
    def _latest_checks(s: Session, placement_ids: list[str]) -> dict[str, tuple[date | None, bool | None]]:
        """Placement id → (checked on, still employed) of its latest recorded retention check."""
        if not placement_ids:
            return {}
        out: dict[str, tuple[date | None, bool | None]] = {}
        rows = s.execute(
            select(
                RetentionCheckpoint.placement_id,
                RetentionCheckpoint.checked_on,
                RetentionCheckpoint.day_offset,
                RetentionCheckpoint.still_employed,
            )
            .where(
                RetentionCheckpoint.placement_id.in_(placement_ids),
                RetentionCheckpoint.checked_on.is_not(None),
                RetentionCheckpoint.deleted_at.is_(None),
            )
            .order_by(RetentionCheckpoint.checked_on, RetentionCheckpoint.day_offset)
        )
        for pid, checked_on, _offset, still in rows:
            out[pid] = (checked_on, still)  # ordered: the last one wins
        return out

    # -- one employer -----------------------------------------------------------------------------------

    def file(self, employer_id: str) -> EmployerFile:
        """Everything on one employer. Raises NotFound for an unknown or deleted employer."""
        today = self.today()
        with self.ctx.uow.read() as s:
            e = self.get(s, Employer, employer_id, what="employer")
            users = dict(s.execute(select(User.id, User.display_name)).all())
            contacts = tuple(
                ContactItem(c.id, c.name, c.title, c.phone)
                for c in s.scalars(
                    self.live(EmployerContact)
                    .where(EmployerContact.employer_id == employer_id)
                    .order_by(EmployerContact.name, EmployerContact.created_at)
                )
            )
            contact_names = {c.id: c.name for c in contacts}
            log_rows = list(
                s.scalars(
                    self.live(EmployerContactLog)
                    .where(EmployerContactLog.employer_id == employer_id)
                    .order_by(EmployerContactLog.contact_date.desc(), EmployerContactLog.created_at.desc())
                )
            )
            analyses = list(
                s.scalars(
                    self.live(JobAnalysis)
                    .where(JobAnalysis.employer_id == employer_id)
                    .order_by(JobAnalysis.analysed_on.desc(), JobAnalysis.created_at.desc())
                )
            )
            placements = list(
                s.scalars(
                    self.live(Placement)
                    .where(Placement.employer_id == employer_id)
                    .order_by(Placement.start_date.desc(), Placement.created_at.desc())
                )
            )
            client_ids = {r.client_id for r in log_rows if r.client_id}
            client_ids |= {a.client_id for a in analyses if a.client_id}
            client_ids |= {p.client_id for p in placements}
            names = self._client_names(s, client_ids)
            latest = self._latest_checks(s, [p.id for p in placements])
            log = tuple(
                ContactLogItem(
                    r.id,
                    r.contact_date,
                    r.mode,
                    self.code_name("employer_contact_mode", r.mode),
                    r.contact_id,
                    contact_names.get(r.contact_id or "", ""),
                    r.coach_id,
                    users.get(r.coach_id, ""),
                    r.client_id,
                    names.get(r.client_id or "", ""),
                    r.summary,
                )
                for r in log_rows
            )
            jobs = tuple(
                EmployerJobAnalysis(
                    a.id,
                    a.analysed_on,
                    a.job_title,
                    a.client_id,
                    names.get(a.client_id or "", ""),
                    a.site,
                    a.supervisor_name,
                    a.hours,
                    a.pay,
                    a.breaks,
                    a.environment,
                    a.culture,
                    a.core_tasks,
                    a.occasional_tasks,
                    a.task_steps,
                    a.accommodations,
                    a.natural_supports,
                )
                for a in analyses
            )
            placed = []
            for p in placements:
                checked_on, still = latest.get(p.id, (None, None))
                form = self.ref.employment_forms.get(p.employment_form)
                placed.append(
                    PlacedClientItem(
                        p.id,
                        p.client_id,
                        names.get(p.client_id, ""),
                        p.post,
                        p.start_date,
                        p.end_date,
                        p.employment_form,
                        form.name(LANGUAGE) if form is not None else p.employment_form,
                        still,
                        checked_on,
                        _is_current(p.start_date, p.end_date, still, today),
                    )
                )
            placed.sort(key=lambda p: not p.current)  # stable: current first, each newest first
            return EmployerFile(
                as_of=today,
                id=e.id,
                name=e.name,
                credit_code=e.credit_code,
                sector=e.sector,
                address=e.address,
                town_code=e.town_code,
                town_name=self.ref.town_name(e.town_code) if e.town_code else "",
                quota_status=e.quota_status,
                quota_status_name=self.code_name("quota_status", e.quota_status),
                vacancies=e.vacancies,
                notes=e.notes,
                contacts=contacts,
                contact_log=log,
                job_analyses=jobs,
                placed_clients=tuple(placed),
            )

    @staticmethod
    def _client_names(s: Session, client_ids: Iterable[str]) -> Mapping[str, str]:
        ids = list(client_ids)
        if not ids:
            return {}
        return dict(s.execute(select(Client.id, Client.name).where(Client.id.in_(ids))).all())

    def client_choices(self, employer_id: str | None = None) -> list[ClientChoice]:
        """Clients a contact or job analysis can be about: the open cases, and the clients ever placed
        at ``employer_id`` (those first), by name."""
        with self.ctx.uow.read() as s:
            here: set[str] = set()
            if employer_id:
                here = set(
                    s.scalars(
                        select(Placement.client_id).where(
                            Placement.employer_id == employer_id, Placement.deleted_at.is_(None)
                        )
                    )
                )
            q = (
                select(Client.id, Client.name, Client.intake_date)
                .where(Client.deleted_at.is_(None))
                .where(or_(Client.status != "closed", Client.id.in_(here)))
            )
            choices = [ClientChoice(cid, name, intake, cid in here) for cid, name, intake in s.execute(q)]
        choices.sort(key=lambda c: (not c.placed_here, c.name, c.intake_date, c.id))
        return choices
