"""What is due: the start page's "待办" panel, and the caseload's "has something due" filter.

Six kinds of item, each found by one set-based SQL query (no per-client loop) that reads an index of
what may be due — active plans by review date, unchecked checkpoints by due date, drafts, the summary's
last-session date — and joins the narrow ``client_summary`` row (one per live client) for the client's
status, coach and name, so the cost follows what is due, not the 50,000 clients stored:

``plan_review``
    An active plan (of a live client whose case is not closed) whose ``next_review_on`` is at most
    :data:`AHEAD_DAYS` days away, or past.
``checkpoint_due`` / ``checkpoint_overdue``
    A retention checkpoint of a live placement that is not checked yet and falls due within
    :data:`AHEAD_DAYS` days (``checkpoint_due``, today included) or is already past its due date
    (``checkpoint_overdue`` — the same definition as the outcome figures' overdue checkpoints, so the
    panel is the list that clears that figure). Closed cases are included for that reason.
``draft``
    A session record of a live client still in draft. A coach sees their own drafts (whoever's client);
    a supervisor or an admin sees every draft (or, with ``coach_id``, that coach's). ``due_on`` is the
    session date and ``days_overdue`` how many days the record has waited since.
``no_contact``
    An open client (status not ``closed``) whose last session — drafts included, amended dates
    respected, read from the trigger-maintained ``client_summary.last_session`` — is more than the
    ``no_contact_days`` setting ago; or who never had one and whose intake is more than that ago.
    ``due_on`` is the day contact fell due (last contact or intake + the setting).
``supervision``
    An active coach listed in no live supervision record held within the last
    ``supervision_interval_days`` days (more days than that since the last one, or none ever; then
    ``due_on`` is today).

``coach_id`` narrows everything to one coach: the clients assigned to them, their drafts, their
supervision. Without it, the whole workspace is looked at (drafts still by the rule above).

Each item names the client (or coach) and says why it is due as a code with parameters
(:data:`DUE_REASONS`); the GUI words it in its language. Items are sorted by due date (most overdue
first), then kind, then name. This module also holds the
SQL handles of the two derived tables of migration 0003 (``client_summary`` and the FTS5 table
``client_search``), which the caseload reads too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal, get_args

from sqlalchemy import Date, Integer, String, and_, column, func, or_, select, table, union_all
from sqlalchemy.sql.elements import ColumnElement

from app.services.base import ServiceBase
from app.storage.models import (
    EmploymentPlan,
    Placement,
    RetentionCheckpoint,
    SessionRecord,
    SupervisionRecord,
    SupervisionSupervisee,
    User,
)

DueKind = Literal["plan_review", "checkpoint_due", "checkpoint_overdue", "draft", "no_contact", "supervision"]
DUE_KINDS: tuple[DueKind, ...] = get_args(DueKind)

DueReason = Literal[
    "plan_review", "checkpoint", "draft", "no_session", "not_started", "never_supervised", "supervision_gap"
]
#: Why an item is due (``DueItem.reason``) and the parameters it comes with (``DueItem.params``):
#: ``plan_review`` (none) and ``checkpoint`` (``day``: the checkpoint's day after the placement
#: started) — both due on ``due_on``; ``draft`` (none: the session date is ``due_on``); ``no_session``
#: and ``not_started`` (``days`` since the last session or, never seen, the intake); ``never_supervised``
#: (none) and ``supervision_gap`` (``days`` since the coach's last supervision).
DUE_REASONS: tuple[DueReason, ...] = get_args(DueReason)

#: Plan reviews and retention checkpoints are shown this many days before they fall due.
AHEAD_DAYS = 7

#: The caseload's list row, one per live client, kept by triggers (migration 0003): the FTS document
#: number, copies of what the list filters and sorts on, the ID tail of the short search, and the last
#: session date (drafts included, amended dates respected).
client_summary = table(
    "client_summary",
    column("doc", Integer),
    column("client_id", String),
    column("name", String),
    column("id_tail", String),
    column("status", String),
    column("phase", String),
    column("town_code", String),
    column("coach_id", String),
    column("intake_date", Date),
    column("last_session", Date),
)
S = client_summary.c
#: The FTS5 trigram index (contentless): ``rowid`` is ``client_summary.doc``.
client_search = table("client_search", column("rowid", Integer))


@dataclass(frozen=True, slots=True)
class DueItem:
    """One thing due. ``name`` is the client's (for supervision: the coach's); ``reason`` and
    ``params`` say why, as codes (:data:`DUE_REASONS`) the GUI puts into words. ``client_id`` for the
    client kinds, ``user_id`` for supervision (the coach) and for drafts (the author); ``record_id`` is
    the plan, checkpoint or session record concerned. ``days_overdue`` is today − ``due_on`` in days:
    positive when overdue, 0 when due today, negative when not due yet (a plan review or checkpoint up
    to :data:`AHEAD_DAYS` ahead)."""

    kind: DueKind
    name: str
    reason: DueReason
    due_on: date
    days_overdue: int
    params: Mapping[str, int] = field(default_factory=dict)
    client_id: str | None = None
    user_id: str | None = None
    record_id: str | None = None


@dataclass(frozen=True)
class DueRules:
    """The dates and scope one evaluation of the rules uses."""

    today: date
    no_contact_days: int
    supervision_interval_days: int
    coach_id: str | None
    draft_author: str | None

    @property
    def ahead(self) -> date:
        return self.today + timedelta(days=AHEAD_DAYS)

    @property
    def contact_cutoff(self) -> date:
        """A last contact before this day is more than ``no_contact_days`` ago."""
        return self.today - timedelta(days=self.no_contact_days)

    @property
    def supervision_cutoff(self) -> date:
        """A supervision held on or before this day is more than the interval ago."""
        return self.today - timedelta(days=self.supervision_interval_days + 1)


# -- the rules as SQL (shared by the panel's queries and the caseload's filter) --------------------------
# Every client-linked rule joins ``client_summary``, which has a row for live clients only and carries
# their status, coach and name: the wide ``clients`` table is never read.


def plan_review_where(rules: DueRules) -> list[ColumnElement[bool]]:
    """Active plans of open cases due for review within :data:`AHEAD_DAYS` (summary joined)."""
    return [
        EmploymentPlan.status == "active",
        EmploymentPlan.deleted_at.is_(None),
        EmploymentPlan.next_review_on <= rules.ahead,
        S.status != "closed",
    ]


def checkpoint_where(rules: DueRules) -> list[ColumnElement[bool]]:
    """Unchecked checkpoints of live placements due within :data:`AHEAD_DAYS` or past (``Placement``
    joined)."""
    return [
        RetentionCheckpoint.checked_on.is_(None),
        RetentionCheckpoint.deleted_at.is_(None),
        RetentionCheckpoint.due_date <= rules.ahead,
        Placement.deleted_at.is_(None),
    ]


def draft_where(rules: DueRules) -> list[ColumnElement[bool]]:
    """Live drafts (of the author the rules name, if any)."""
    where = [SessionRecord.status == "draft", SessionRecord.deleted_at.is_(None)]
    if rules.draft_author:
        where.append(SessionRecord.author_id == rules.draft_author)
    return where


def no_contact_where(rules: DueRules) -> list[ColumnElement[bool]]:
    """Open cases last seen (or, never seen, taken in) more than ``no_contact_days`` ago. Written as an
    OR of two ranges of the ``last_session`` index."""
    return [
        S.status != "closed",
        or_(
            S.last_session < rules.contact_cutoff,
            and_(S.last_session.is_(None), S.intake_date < rules.contact_cutoff),
        ),
    ]


def coach_where(rules: DueRules) -> list[ColumnElement[bool]]:
    """The clients assigned to the coach of the rules, if one is named."""
    return [S.coach_id == rules.coach_id] if rules.coach_id else []


def due_docs(rules: DueRules) -> Any:
    """SQL: the summary rows (``doc``) of the clients with something due — the per-client kinds;
    supervision is about a coach. Set-based, each kind read through its own index (or, for one coach,
    from that coach's clients), so it costs what is due rather than what is stored."""
    coach = coach_where(rules)
    # UNION ALL: the caller tests membership (IN), so duplicates cost nothing and no sort is needed.
    return union_all(
        select(S.doc)
        .select_from(EmploymentPlan)
        .join(client_summary, S.client_id == EmploymentPlan.client_id)
        .where(*plan_review_where(rules), *coach),
        select(S.doc)
        .select_from(RetentionCheckpoint)
        .join(Placement, Placement.id == RetentionCheckpoint.placement_id)
        .join(client_summary, S.client_id == Placement.client_id)
        .where(*checkpoint_where(rules), *coach),
        select(S.doc)
        .select_from(SessionRecord)
        .join(client_summary, S.client_id == SessionRecord.client_id)
        .where(*draft_where(rules), *coach),
        select(S.doc).where(*no_contact_where(rules), *coach),
    )


class DueService(ServiceBase):
    """The due panel: :meth:`items` lists, :meth:`counts` counts per kind."""

    def rules(self, today: date | None = None, coach_id: str | None = None) -> DueRules:
        settings = self.ctx.settings
        # A coach's drafts are their own; a supervisor sees all (or the chosen coach's).
        author = coach_id if self.actor.is_supervisor else self.actor.user_id
        return DueRules(
            today=today or self.today(),
            no_contact_days=settings.get("no_contact_days"),
            supervision_interval_days=settings.get("supervision_interval_days"),
            coach_id=coach_id,
            draft_author=author,
        )

    def items(self, today: date | None = None, coach_id: str | None = None) -> list[DueItem]:
        """Everything due, most overdue first (then by kind and name)."""
        rules = self.rules(today, coach_id)
        with self.ctx.uow.read() as s:
            items = [
                *self._plan_reviews(s, rules),
                *self._checkpoints(s, rules),
                *self._drafts(s, rules),
                *self._no_contact(s, rules),
                *self._supervision(s, rules),
            ]
        order = {k: i for i, k in enumerate(DUE_KINDS)}
        items.sort(
            key=lambda i: (
                i.due_on,
                order[i.kind],
                i.name,
                i.reason,
                i.record_id or i.client_id or i.user_id or "",
            )
        )
        return items

    def counts(self, today: date | None = None, coach_id: str | None = None) -> dict[str, int]:
        """How many items of each kind (every kind present, zeros included)."""
        rules = self.rules(today, coach_id)
        queries = {
            "plan_review": self._plan_query(rules),
            "draft": self._draft_query(rules),
            "no_contact": self._no_contact_query(rules),
            "supervision": self._supervision_query(rules),
        }
        counts: dict[str, int] = dict.fromkeys(DUE_KINDS, 0)
        with self.ctx.uow.read() as s:
            for kind, q in queries.items():
                counts[kind] = s.scalar(select(func.count()).select_from(q.subquery())) or 0
            cp = self._checkpoint_query(rules).subquery()
            overdue = cp.c.due_date < rules.today
            for is_overdue, n in s.execute(select(overdue, func.count()).group_by(overdue)):
                counts["checkpoint_overdue" if is_overdue else "checkpoint_due"] = n
        return counts

    # -- the queries ---------------------------------------------------------------------------------

    def _plan_query(self, rules: DueRules) -> Any:
        return (
            select(EmploymentPlan.id, S.client_id, S.name, EmploymentPlan.next_review_on)
            .join(client_summary, S.client_id == EmploymentPlan.client_id)
            .where(*plan_review_where(rules), *coach_where(rules))
        )

    def _plan_reviews(self, s: Any, rules: DueRules) -> list[DueItem]:
        return [
            DueItem(
                "plan_review",
                name,
                "plan_review",
                due,
                (rules.today - due).days,
                client_id=client_id,
                record_id=plan_id,
            )
            for plan_id, client_id, name, due in s.execute(self._plan_query(rules))
        ]

    def _checkpoint_query(self, rules: DueRules) -> Any:
        return (
            select(
                RetentionCheckpoint.id,
                RetentionCheckpoint.day_offset,
                RetentionCheckpoint.due_date,
                S.client_id,
                S.name,
            )
            .join(Placement, Placement.id == RetentionCheckpoint.placement_id)
            .join(client_summary, S.client_id == Placement.client_id)
            .where(*checkpoint_where(rules), *coach_where(rules))
        )

    def _checkpoints(self, s: Any, rules: DueRules) -> list[DueItem]:
        return [
            DueItem(
                "checkpoint_overdue" if due < rules.today else "checkpoint_due",
                name,
                "checkpoint",
                due,
                (rules.today - due).days,
                {"day": offset},
                client_id=client_id,
                record_id=cp_id,
            )
            for cp_id, offset, due, client_id, name in s.execute(self._checkpoint_query(rules))
        ]

    def _draft_query(self, rules: DueRules) -> Any:
        # One coach's view: their drafts, whoever's client it is (a coach may cover for another).
        return (
            select(
                SessionRecord.id,
                SessionRecord.client_id,
                SessionRecord.author_id,
                SessionRecord.session_date,
                S.name,
            )
            .join(client_summary, S.client_id == SessionRecord.client_id)
            .where(*draft_where(rules))
        )

    def _drafts(self, s: Any, rules: DueRules) -> list[DueItem]:
        return [
            DueItem(
                "draft",
                name,
                "draft",
                day,
                (rules.today - day).days,
                client_id=client_id,
                user_id=author,
                record_id=sid,
            )
            for sid, client_id, author, day, name in s.execute(self._draft_query(rules))
        ]

    def _no_contact_query(self, rules: DueRules) -> Any:
        return select(S.client_id, S.name, S.last_session, S.intake_date).where(
            *no_contact_where(rules), *coach_where(rules)
        )

    def _no_contact(self, s: Any, rules: DueRules) -> list[DueItem]:
        items = []
        for client_id, name, last, intake in s.execute(self._no_contact_query(rules)):
            since = last or intake
            due = since + timedelta(days=rules.no_contact_days)
            days = (rules.today - since).days
            reason: DueReason = "no_session" if last else "not_started"
            items.append(
                DueItem(
                    "no_contact",
                    name,
                    reason,
                    due,
                    (rules.today - due).days,
                    {"days": days},
                    client_id=client_id,
                )
            )
        return items

    def _supervision_query(self, rules: DueRules) -> Any:
        held = (
            select(SupervisionSupervisee.user_id, func.max(SupervisionRecord.held_on).label("last"))
            .join(SupervisionRecord, SupervisionRecord.id == SupervisionSupervisee.record_id)
            .where(
                SupervisionSupervisee.deleted_at.is_(None),
                SupervisionRecord.deleted_at.is_(None),
                SupervisionRecord.held_on <= rules.today,
            )
            .group_by(SupervisionSupervisee.user_id)
            .subquery()
        )
        q = (
            select(User.id, User.display_name, held.c.last)
            .outerjoin(held, held.c.user_id == User.id)
            .where(
                User.role == "coach",
                User.active.is_(True),
                User.deleted_at.is_(None),
                or_(held.c.last.is_(None), held.c.last <= rules.supervision_cutoff),
            )
        )
        if rules.coach_id:
            q = q.where(User.id == rules.coach_id)
        return q

    def _supervision(self, s: Any, rules: DueRules) -> list[DueItem]:
        items = []
        for user_id, name, last in s.execute(self._supervision_query(rules)):
            if last is None:
                items.append(
                    DueItem("supervision", name, "never_supervised", rules.today, 0, user_id=user_id)
                )
                continue
            due = last + timedelta(days=rules.supervision_interval_days)
            since_last = {"days": (rules.today - last).days}
            items.append(
                DueItem(
                    "supervision",
                    name,
                    "supervision_gap",
                    due,
                    (rules.today - due).days,
                    since_last,
                    user_id=user_id,
                )
            )
        return items
