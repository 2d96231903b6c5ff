"""Client use cases: registration, editing, consents, assessments, closure, the caseload list, and
the audited reveal of a full ID number."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, column, func, literal_column, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import NullType

from app.domain.clock import utcnow
from app.domain.errors import PermissionDenied, RuleViolation
from app.domain.identity import mask_certificate_number, mask_id_number
from app.domain.records import AssessmentInput, ClientInput, ClosureInput, ConsentInput
from app.services.base import ServiceBase, apply_fields, escape_like
from app.services.due import DueService, client_search, client_summary, due_docs
from app.storage.models import (
    Assessment,
    AssessmentRating,
    Client,
    Closure,
    Consent,
    Disability,
    SessionRecord,
    User,
)

CLIENT_FIELDS = (
    "name",
    "sex",
    "birth_date",
    "id_number",
    "certificate_number",
    "town_code",
    "village",
    "address",
    "phone",
    "household",
    "education",
    "work_history",
    "benefits",
    "referral_source",
    "referral_note",
    "guardian_name",
    "guardian_relation",
    "guardian_phone",
    "assigned_coach_id",
    "intake_date",
    "notes",
)
# The latest amended date of each session record whose date was amended (amendments keep the original
# row unchanged, so the effective date comes from here).
AMENDED_SESSION_DATES = text(
    """
    SELECT a.session_id AS sid, json_extract(a.changes, '$.session_date.new') AS d
    FROM session_amendments a
    WHERE a.deleted_at IS NULL AND json_type(a.changes, '$.session_date') IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM session_amendments b
        WHERE b.session_id = a.session_id AND b.deleted_at IS NULL
          AND json_type(b.changes, '$.session_date') IS NOT NULL
          AND (b.created_at > a.created_at OR (b.created_at = a.created_at AND b.id > a.id)))
    """
).columns(sid=String, d=String)
S = client_summary.c
#: The caseload's sort keys, columns of ``client_summary`` (each has an index).
SORT_KEYS = {
    "name": S.name,
    "intake_date": S.intake_date,
    "status": S.status,
    "town": S.town_code,
    "last_session": S.last_session,
}
#: Search terms this long or longer go to the trigram index (it cannot answer shorter ones).
TRIGRAM_MIN_CHARS = 3
FULL_ID_NUMBER = re.compile(r"\d{17}[\dX]")


def fts_phrase(term: str) -> str:
    """``term`` as one FTS5 string: in double quotes, inner quotes doubled. Inside a string nothing is
    an operator (AND, OR, NOT, NEAR, ``*``, ``^``, ``-``, ``:``, parentheses), so any user input is a
    literal substring search with the trigram tokenizer."""
    return '"' + term.replace('"', '""') + '"'


def search_condition(term: str) -> ColumnElement[bool]:
    """SQL: a ``client_summary`` row matches a (stripped, non-empty) search term.

    3+ characters: the trigram index (substring of name, ID tail, phone, employers, notes). Shorter:
    the name contains it, or the ID number ends with it (a scan of the narrow summary table, which the
    trigram index cannot answer). A complete ID number also finds its client (an indexed equality).
    """
    if len(term) >= TRIGRAM_MIN_CHARS:
        docs = select(client_search.c.rowid).where(
            literal_column("client_search").op("MATCH")(fts_phrase(term))
        )
        found: ColumnElement[bool] = S.doc.in_(docs)
    else:
        like = escape_like(term)
        found = or_(S.name.like(f"%{like}%", escape="\\"), S.id_tail.like(f"%{like}", escape="\\"))
        # Tell the planner the match is selective: scanning the summary and sorting the matches beats
        # walking the sort key's index and looking up every row (measured 6 ms against 25 ms at 50,000).
        # (untyped, so that it is rendered bare: SQLite honours likelihood() only as the whole term)
        found = func.likelihood(found, literal_column("0.05"), type_=NullType())
    if FULL_ID_NUMBER.fullmatch(term.upper()):
        return or_(found, S.client_id.in_(select(Client.id).where(Client.id_number == term.upper())))
    return found


@dataclass(frozen=True)
class CaseloadRow:
    """One line of the caseload list. The ID number is masked."""

    id: str
    name: str
    id_masked: str
    sex: str
    town_code: str | None
    status: str
    phase: str
    coach_name: str
    intake_date: date
    last_session: date | None


@dataclass(frozen=True)
class CaseloadPage:
    rows: list[CaseloadRow]
    total: int


@dataclass(frozen=True)
class DisabilityView:
    category: int
    level: int
    is_primary: bool


@dataclass(frozen=True)
class ClientView:
    """A client's registration data as shown; ``id_number``/``certificate_number`` are masked."""

    id: str
    name: str
    sex: str
    birth_date: date
    id_number: str
    certificate_number: str
    disabilities: tuple[DisabilityView, ...]
    town_code: str | None
    address: str
    phone: str
    guardian_name: str
    guardian_phone: str
    assigned_coach_id: str | None
    status: str
    phase: str
    intake_date: date
    notes: str


class ClientService(ServiceBase):
    """Create, edit and look up clients."""

    def create(self, data: ClientInput) -> str:
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            self._check_coach(s, data.assigned_coach_id)
            self._check_unique_id(s, data.id_number, None)
            client = Client(
                organisation_id=self.actor.organisation_id,
                **{f: getattr(data, f) for f in CLIENT_FIELDS},
            )
            client.certificate_number = data.certificate_number or None
            s.add(client)
            s.flush()
            self._set_disabilities(s, client, data)
            self.audit(s, "create", "client", client.id)
            return client.id

    def update(self, client_id: str, data: ClientInput) -> list[str]:
        """Replace the registration data; returns the names of the fields that changed."""
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            client = self.client(s, client_id)
            self._check_coach(s, data.assigned_coach_id)
            self._check_unique_id(s, data.id_number, client_id)
            values = {f: getattr(data, f) for f in CLIENT_FIELDS}
            values["certificate_number"] = data.certificate_number or None
            changed = apply_fields(client, values)
            if self._set_disabilities(s, client, data):
                changed.append("disabilities")
            if changed:
                self.audit(s, "update", "client", client_id, fields=sorted(changed))
            return changed

    def delete(self, client_id: str) -> None:
        """Tombstone a client registered in error (only without any final session record)."""
        with self.tx() as s:
            client = self.client(s, client_id)
            finals = s.scalar(
                select(func.count())
                .select_from(SessionRecord)
                .where(SessionRecord.client_id == client_id, SessionRecord.status == "final")
            )
            if finals:
                raise RuleViolation(
                    "This client has final session records and cannot be deleted; close the case instead.",
                    code="client_has_final_records",
                )
            client.deleted_at = utcnow()
            self.audit(s, "delete", "client", client_id)

    def _check_coach(self, s: Session, coach_id: str | None) -> None:
        if coach_id is not None:
            coach = self.user(s, coach_id)
            if coach.role not in ("coach", "supervisor"):
                raise RuleViolation(
                    "Only a coach or a supervisor can be assigned a client.", code="not_a_coach"
                )

    def _check_unique_id(self, s: Session, id_number: str, own_id: str | None) -> None:
        q = self.live(Client).where(Client.id_number == id_number)
        if own_id:
            q = q.where(Client.id != own_id)
        if s.scalars(q).first() is not None:
            raise RuleViolation(
                "A client with this ID number is already registered.", code="duplicate_id_number"
            )

    def _set_disabilities(self, s: Session, client: Client, data: ClientInput) -> bool:
        wanted = {(d.category, d.level, d.is_primary) for d in data.disabilities}
        current = {
            (d.category, d.level, d.is_primary): d for d in client.disabilities if d.deleted_at is None
        }
        if set(current) == wanted:
            return False
        now = utcnow()
        for key, row in current.items():
            if key not in wanted:
                row.deleted_at = now
        for category, level, primary in wanted - set(current):
            s.add(Disability(client_id=client.id, category=category, level=level, is_primary=primary))
        s.flush()
        s.expire(client, ["disabilities"])
        return True

    # -- reading -------------------------------------------------------------------------------------

    def view(self, client_id: str) -> ClientView:
        with self.ctx.uow.read() as s:
            c = self.client(s, client_id)
            return ClientView(
                id=c.id,
                name=c.name,
                sex=c.sex,
                birth_date=c.birth_date,
                id_number=mask_id_number(c.id_number),
                certificate_number=mask_certificate_number(c.certificate_number or ""),
                disabilities=tuple(
                    DisabilityView(d.category, d.level, d.is_primary)
                    for d in c.disabilities
                    if d.deleted_at is None
                ),
                town_code=c.town_code,
                address=c.address,
                phone=c.phone,
                guardian_name=c.guardian_name,
                guardian_phone=c.guardian_phone,
                assigned_coach_id=c.assigned_coach_id,
                status=c.status,
                phase=c.phase,
                intake_date=c.intake_date,
                notes=c.notes,
            )

    def input_of(self, client_id: str) -> ClientInput:
        """The stored registration as an input for the edit form. It holds the full numbers, so it is
        allowed and audited like :meth:`reveal_identity_numbers` (purpose ``edit_registration``)."""
        from app.domain.records import DisabilityInput

        self._open_identity(client_id, "edit_registration")
        with self.ctx.uow.read() as s:
            c = self.client(s, client_id)
            return ClientInput(
                **{f: getattr(c, f) for f in CLIENT_FIELDS if f != "certificate_number"},
                certificate_number=c.certificate_number or "",
                disabilities=tuple(
                    DisabilityInput(d.category, d.level, d.is_primary)
                    for d in c.disabilities
                    if d.deleted_at is None
                ),
            )

    def reveal_identity_numbers(self, client_id: str, purpose: str) -> tuple[str, str]:
        """The full ID and certificate numbers for a purpose from the ``reveal_purpose`` code list.

        Only the assigned coach, a supervisor or an admin may see them. Every attempt is audited with
        the purpose code — a refused one too (then PermissionDenied is raised after the audit entry is
        saved). The purpose is a code, never free text, so nothing personal can reach the audit log.
        """
        return self._open_identity(client_id, purpose)

    def _open_identity(self, client_id: str, purpose: str) -> tuple[str, str]:
        if not self.ref.is_code("reveal_purpose", purpose):
            raise RuleViolation(
                "Choose why the full numbers are needed.",
                code="purpose_required",
                params={"choices": sorted(self.ref.codes("reveal_purpose"))},
            )
        with self.tx() as s:
            c = self.client(s, client_id)
            allowed = self.actor.role in ("supervisor", "admin") or c.assigned_coach_id == self.actor.user_id
            action = "reveal_identity" if allowed else "reveal_identity_refused"
            self.audit(s, action, "client", client_id, purpose=purpose)
            numbers = (c.id_number, c.certificate_number or "")
        if not allowed:
            raise PermissionDenied(
                "Only the assigned coach, a supervisor or an admin may see the full numbers.",
                code="reveal_not_allowed",
            )
        return numbers

    def caseload(
        self,
        *,
        search: str = "",
        town_code: str | None = None,
        status: str | None = None,
        coach_id: str | None = None,
        phase: str | None = None,
        due_only: bool = False,
        sort: str = "name",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> CaseloadPage:
        """A page of the caseload, filtered, sorted and counted in SQL.

        Everything but the page's own rows is read from ``client_summary`` (migration 0003): a narrow
        row per live client with what the list filters and sorts on, and an index per sort key.
        ``search`` (surrounding blanks ignored): see :func:`search_condition`. ``due_only`` keeps the
        clients with something due (:func:`app.services.due.due_docs`; drafts by the rule of the
        signed-in user). ``sort`` is one of name, intake_date, status, town, last_session (unknown:
        name); ties are broken by the summary row number, a stable order, so that the index of the sort
        key is walked instead of sorting the caseload, and pages never overlap.
        """
        where: list[ColumnElement[bool]] = []
        term = search.strip()
        if term:
            where.append(search_condition(term))
        if town_code:
            where.append(S.town_code == town_code)
        if status:
            where.append(S.status == status)
        if coach_id:
            where.append(S.coach_id == coach_id)
        if phase:
            where.append(S.phase == phase)
        rules = DueService(self.ctx).rules(coach_id=coach_id) if due_only else None
        key = SORT_KEYS.get(sort, S.name)
        keys = [key.desc(), S.doc.desc()] if descending else [key.asc(), S.doc.asc()]
        with self.ctx.uow.read() as s:
            if rules is not None:
                # Worked out once (in this read's snapshot) for both the count and the page.
                due = sorted(set(s.scalars(due_docs(rules))))
                where.append(S.doc.in_(select(column("value")).select_from(func.json_each(json.dumps(due)))))
            total = s.scalar(select(func.count()).select_from(client_summary).where(*where)) or 0
            # The page's rows first (summary only), then their client rows and coach names.
            page = select(S.doc).where(*where).order_by(*keys).offset(offset).limit(limit)
            q = (
                select(
                    S.client_id,
                    S.name,
                    Client.id_number,
                    Client.sex,
                    S.town_code,
                    S.status,
                    S.phase,
                    User.display_name,
                    S.intake_date,
                    S.last_session,
                )
                .select_from(client_summary)
                .join(Client, Client.id == S.client_id)
                .outerjoin(User, User.id == S.coach_id)
                .where(S.doc.in_(page))
                .order_by(*keys)
            )
            rows = [
                CaseloadRow(
                    id=r.client_id,
                    name=r.name,
                    id_masked=mask_id_number(r.id_number),
                    sex=r.sex,
                    town_code=r.town_code,
                    status=r.status,
                    phase=r.phase,
                    coach_name=r.display_name or "",
                    intake_date=r.intake_date,
                    last_session=r.last_session,
                )
                for r in s.execute(q)
            ]
        return CaseloadPage(rows, total)

    # -- consents, assessments, closure ----------------------------------------------------------------

    def record_consent(self, data: ConsentInput) -> str:
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            self.client(s, data.client_id)
            row = Consent(**data.as_dict())
            s.add(row)
            s.flush()
            self.audit(s, "create", "consent", row.id, client_id=data.client_id, purpose=data.purpose)
            return row.id

    def withdraw_consent(self, consent_id: str, on: date) -> None:
        with self.tx() as s:
            row = self.get(s, Consent, consent_id, what="consent")
            if row.withdrawn_on is not None:
                raise RuleViolation("This consent was already withdrawn.", code="already_withdrawn")
            if on < row.signed_on or on > self.today():
                raise RuleViolation(
                    "The withdrawal date must be between signing and today.", code="date_order"
                )
            row.withdrawn_on = on
            self.audit(s, "withdraw", "consent", consent_id, purpose=row.purpose)

    def consents(self, client_id: str, *, on: date | None = None) -> dict[str, bool]:
        """Which purposes a client has a valid consent for on a date (default today)."""
        on = on or self.today()
        with self.ctx.uow.read() as s:
            rows = s.scalars(self.live(Consent).where(Consent.client_id == client_id)).all()
        valid: dict[str, bool] = dict.fromkeys(self.ref.codes("consent_purpose"), False)
        for r in rows:
            if (
                r.signed_on <= on
                and (r.expires_on is None or r.expires_on >= on)
                and (r.withdrawn_on is None or r.withdrawn_on > on)
            ):
                valid[r.purpose] = True
        return valid

    def record_assessment(self, data: AssessmentInput) -> str:
        data = data.validated(self.ref, self.today())
        with self.tx() as s:
            self.client(s, data.client_id)
            fields = data.as_dict()
            fields.pop("ratings")
            row = Assessment(**fields)
            s.add(row)
            s.flush()
            for domain, score in data.ratings:
                s.add(AssessmentRating(assessment_id=row.id, domain=domain, score=score))
            client = self.client(s, data.client_id)
            if client.phase == "intake":
                client.phase = "assessment"
            self.audit(s, "create", "assessment", row.id, client_id=data.client_id)
            return row.id

    def close(self, data: ClosureInput) -> str:
        with self.tx() as s:
            client = self.client(s, data.client_id)
            data = data.validated(self.ref, self.today(), intake_date=client.intake_date)
            if client.status == "closed":
                raise RuleViolation("This case is already closed.", code="already_closed")
            row = Closure(**data.as_dict())
            s.add(row)
            client.status = "closed"
            client.phase = "closed"
            s.flush()
            self.audit(s, "close", "client", client.id, closure_id=row.id, reason=data.reason)
            return row.id
