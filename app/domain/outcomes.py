"""Outcome figures for a caseload (domain brief §2.2): pure functions over plain facts.

The storage layer loads plain, already-finalised *facts* (clients, final session records, placements,
retention checkpoints, employer contacts, plans, assessments, supervision meetings) into a
:class:`CaseloadFacts` and calls :func:`compute_outcomes` for one :class:`Period`, or :func:`breakdown`
for one figure set per coach, town, cluster, calendar month or calendar year. Nothing here reads a
clock: the caller passes ``today`` (used only to call a retention checkpoint overdue).

Attribution rule
    Every figure is attributed through the *client*: a session, placement, checkpoint, employer
    contact, plan or assessment counts for the coach, town and cluster the client is assigned to at
    computation time (the :class:`ClientFact` passed in), not for whoever wrote the record or where it
    happened. The reason: the caseload is what a coach answers for. A coach who takes over a client
    takes over the client's history and outcomes, and a supervisor reviewing a coach or a town sees the
    whole of the people currently in that care, including work done before a transfer. Scoping
    (``include``) therefore filters clients, and every client-linked fact follows its client.
    Facts naming a client missing from ``facts.clients`` are attributed to a placeholder client with
    no coach, town or intake date, so totals never silently lose records.

    The one exception is supervision, which is about the coach, not the client: it is counted over
    coach-months (each coach in scope × each calendar month the period touches), and a coach-month is
    on time when at least one supervision meeting held in that calendar month lists the coach as a
    supervisee.

Counting conventions
    * Clients and sessions are counted separately (clients served vs. 人次), as the city reports them.
    * ``placement_rate`` is clients placed in the period over clients served in the period; a client
      placed without a session in the period can push it above 1.
    * Retention: a checkpoint is *checked* once ``checked_on`` is set; *retained* when checked and
      ``still_employed`` is true; *overdue* when not checked and its due date is before ``today``.
    * Medians and means are ``None`` when there is nothing to average.
"""

from __future__ import annotations

import bisect
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType
from typing import Literal, get_args

__all__ = [
    "DEFAULT_RULES",
    "AssessmentFact",
    "BreakdownBy",
    "CaseloadFacts",
    "CheckpointFact",
    "ClientFact",
    "EmployerContactFact",
    "OutcomeFigures",
    "OutcomeRules",
    "Period",
    "PlacementFact",
    "PlanFact",
    "Ratio",
    "RetentionFigure",
    "Scope",
    "ScopeKind",
    "SessionFact",
    "SupervisionFact",
    "breakdown",
    "compute_outcomes",
    "scope_filter",
]

ScopeKind = Literal["all", "coach", "town", "cluster"]
BreakdownBy = Literal["coach", "town", "cluster", "month", "year"]

_SCOPE_KINDS: tuple[str, ...] = get_args(ScopeKind)
_BREAKDOWN_KINDS: tuple[str, ...] = get_args(BreakdownBy)
_NO_CLUSTERS: Mapping[str, str] = MappingProxyType({})


# --------------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period of whole days, inclusive at both ends.

    Attributes:
        start: First day of the period.
        end: Last day of the period (on or after ``start``).

    Raises:
        ValueError: If ``end`` is before ``start``.
    """

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period end {self.end.isoformat()} is before start {self.start.isoformat()}")

    @classmethod
    def for_month(cls, year: int, month: int) -> Period:
        """Return the period covering one calendar month.

        Args:
            year: Calendar year.
            month: Calendar month, 1–12.

        Returns:
            The period from the first to the last day of that month.
        """
        start = date(year, month, 1)
        return cls(start, _month_end(year, month))

    @classmethod
    def for_year(cls, year: int) -> Period:
        """Return the period covering one calendar year.

        Args:
            year: Calendar year.

        Returns:
            The period from 1 January to 31 December of that year.
        """
        return cls(date(year, 1, 1), date(year, 12, 31))

    def contains(self, d: date) -> bool:
        """Tell whether a day falls within the period.

        Args:
            d: The day to test.

        Returns:
            True when ``start <= d <= end``.
        """
        return self.start <= d <= self.end

    def months(self) -> list[tuple[int, int]]:
        """List the calendar months the period touches, in order.

        Returns:
            ``(year, month)`` pairs from the start's month to the end's month, both included.
        """
        out: list[tuple[int, int]] = []
        year, month = self.start.year, self.start.month
        last = (self.end.year, self.end.month)
        while (year, month) <= last:
            out.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


@dataclass(frozen=True, slots=True)
class ClientFact:
    """A client as attributed at computation time.

    Attributes:
        client_id: Stable client id.
        coach_id: The coach the client is currently assigned to, if any.
        town_code: The client's town/street (镇街) code, if known.
        intake_date: Date of intake (接案), if recorded.
    """

    client_id: str
    coach_id: str | None
    town_code: str | None
    intake_date: date | None


@dataclass(frozen=True, slots=True)
class SessionFact:
    """One final (locked) session record (服务记录). Drafts are never passed in.

    Attributes:
        session_id: Stable session id.
        client_id: The client the session served.
        author_id: The staff member who wrote the record (not used for attribution).
        session_date: Day of the session.
        minutes: Coaching minutes.
        travel_minutes: Travel minutes.
        session_type: Session type code.
        fading_percent: Coach's on-site share of the client's working time, 0–100, if recorded.
    """

    session_id: str
    client_id: str
    author_id: str
    session_date: date
    minutes: int
    travel_minutes: int
    session_type: str
    fading_percent: int | None


@dataclass(frozen=True, slots=True)
class PlacementFact:
    """One placement (安置 / 就业登记).

    Attributes:
        placement_id: Stable placement id.
        client_id: The client placed.
        start_date: First working day.
        employment_form: Employment form code (reference data, §3.5).
        supported_employment: Whether the placement follows the supported-employment model.
        hours_per_week: Contracted hours per week, if known.
        monthly_wage: Monthly wage in whole yuan, if known.
    """

    placement_id: str
    client_id: str
    start_date: date
    employment_form: str
    supported_employment: bool
    hours_per_week: float | None
    monthly_wage: int | None


@dataclass(frozen=True, slots=True)
class CheckpointFact:
    """One retention checkpoint of a placement (e.g. 30 / 90 / 180 days after start).

    Attributes:
        placement_id: The placement checked.
        client_id: The placed client.
        day_offset: Days after the placement start the checkpoint stands for.
        due_date: Day the check is due.
        checked_on: Day the check was done, or None if not yet done.
        still_employed: Outcome of the check, or None if not known.
    """

    placement_id: str
    client_id: str
    day_offset: int
    due_date: date
    checked_on: date | None
    still_employed: bool | None


@dataclass(frozen=True, slots=True)
class EmployerContactFact:
    """One employer contact (visit or call) made for a client during job development.

    Attributes:
        client_id: The client the contact was made for.
        contact_date: Day of the contact.
    """

    client_id: str
    contact_date: date


@dataclass(frozen=True, slots=True)
class PlanFact:
    """An individual employment plan (个别化就业计划) was created.

    Attributes:
        client_id: The client the plan is for.
        created_on: Day the plan was created.
    """

    client_id: str
    created_on: date


@dataclass(frozen=True, slots=True)
class AssessmentFact:
    """A vocational ability assessment (职业能力评估) was done.

    Attributes:
        client_id: The client assessed.
        assessed_on: Day of the assessment.
    """

    client_id: str
    assessed_on: date


@dataclass(frozen=True, slots=True)
class SupervisionFact:
    """A supervision meeting (督导) was held.

    Attributes:
        held_on: Day of the meeting.
        supervisee_ids: Coaches supervised in the meeting.
    """

    held_on: date
    supervisee_ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class CaseloadFacts:
    """Everything the outcome figures are computed from, as loaded by the storage layer.

    Every sequence defaults to empty, so a caller passes only what it has.

    Attributes:
        clients: Clients with their current coach, town and intake date.
        sessions: Final session records.
        placements: Placements.
        checkpoints: Retention checkpoints.
        employer_contacts: Employer contacts made for clients.
        plans: Individual employment plans created.
        assessments: Vocational assessments done.
        supervisions: Supervision meetings held.
        coach_ids: The coaches in scope for supervision figures (e.g. the organisation's active coaches).
    """

    clients: Sequence[ClientFact] = ()
    sessions: Sequence[SessionFact] = ()
    placements: Sequence[PlacementFact] = ()
    checkpoints: Sequence[CheckpointFact] = ()
    employer_contacts: Sequence[EmployerContactFact] = ()
    plans: Sequence[PlanFact] = ()
    assessments: Sequence[AssessmentFact] = ()
    supervisions: Sequence[SupervisionFact] = ()
    coach_ids: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class OutcomeRules:
    """Deadlines the on-time figures are measured against, kept as data (the city standard is unknown).

    Attributes:
        plan_due_days: Days after intake by which a plan must exist.
        assessment_due_days: Days after intake by which an assessment must be done.

    Raises:
        ValueError: If a deadline is negative.
    """

    plan_due_days: int = 30
    assessment_due_days: int = 30

    def __post_init__(self) -> None:
        if self.plan_due_days < 0 or self.assessment_due_days < 0:
            raise ValueError("deadlines after intake must not be negative")


DEFAULT_RULES = OutcomeRules()


# --------------------------------------------------------------------------------------------------
# Outputs
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ratio:
    """A count over a count, kept whole so reports can show both (e.g. "215 / 472").

    Attributes:
        numerator: The count achieved.
        denominator: The count it is measured against.

    Raises:
        ValueError: If either count is negative.
    """

    numerator: int
    denominator: int

    def __post_init__(self) -> None:
        if self.numerator < 0 or self.denominator < 0:
            raise ValueError("ratio counts must not be negative")

    @property
    def rate(self) -> float | None:
        """The ratio as a fraction, or None when the denominator is 0."""
        if self.denominator == 0:
            return None
        return self.numerator / self.denominator


@dataclass(frozen=True, slots=True)
class RetentionFigure:
    """Retention at one checkpoint offset, over checkpoints due in the period.

    Attributes:
        day_offset: Days after placement start (e.g. 30, 90, 180).
        due: Checkpoints due in the period.
        checked: Of those, checkpoints done.
        retained: Of those checked, clients still employed.
        overdue: Of those due, checkpoints not done whose due date is before ``today``.
    """

    day_offset: int
    due: int
    checked: int
    retained: int
    overdue: int

    @property
    def rate(self) -> Ratio:
        """Retained over checked."""
        return Ratio(self.retained, self.checked)


@dataclass(frozen=True, slots=True)
class OutcomeFigures:
    """The §2.2 outcome figures for one scope and one period.

    Attributes:
        period: The period the figures cover.
        clients_served: Distinct clients with at least one session in the period.
        sessions: Sessions in the period (人次).
        coaching_hours: Coaching minutes of those sessions / 60.
        travel_hours: Travel minutes of those sessions / 60.
        placements: Placements starting in the period.
        clients_placed: Distinct clients with a placement starting in the period.
        placement_rate: ``clients_placed`` over ``clients_served``.
        retention: One figure per checkpoint offset with a checkpoint due in the period, by offset.
        mean_hours_per_week: Mean weekly hours of the period's placements that record them.
        median_monthly_wage: Median monthly wage (yuan) of the period's placements that record it.
        employment_forms: ``(form code, placements)`` by count descending, then code.
        supported_employment: Placements in the period under the supported-employment model.
        median_days_to_first_employer_contact: Median days from intake to the first employer contact
            ever, over clients whose first contact falls in the period and who have an intake date.
        median_days_to_placement: Median days from intake to the first placement ever, over clients
            whose first placement starts in the period and who have an intake date.
        fading_curve: ``(week, mean fading %)`` by week, where week 0 is the first seven days of the
            client's most recent placement started on or before the session.
        plans_on_time: Clients whose plan deadline falls in the period, and of those, the ones with a
            plan created on or before the deadline.
        assessments_on_time: The same for assessments.
        supervision_on_time: Coach-months with at least one supervision over all coach-months.
    """

    period: Period
    clients_served: int
    sessions: int
    coaching_hours: float
    travel_hours: float
    placements: int
    clients_placed: int
    placement_rate: Ratio
    retention: tuple[RetentionFigure, ...]
    mean_hours_per_week: float | None
    median_monthly_wage: float | None
    employment_forms: tuple[tuple[str, int], ...]
    supported_employment: int
    median_days_to_first_employer_contact: float | None
    median_days_to_placement: float | None
    fading_curve: tuple[tuple[int, float], ...]
    plans_on_time: Ratio
    assessments_on_time: Ratio
    supervision_on_time: Ratio


# --------------------------------------------------------------------------------------------------
# Scope
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scope:
    """Which clients a figure set covers.

    ``kind`` "all" covers every client (``key`` is ignored); "coach", "town" and "cluster" cover the
    clients whose assigned coach id, town code or town's cluster equals ``key``. A ``key`` of None or
    "" selects the clients for which that attribute is unknown (the "" row of :func:`breakdown`).

    Attributes:
        kind: "all", "coach", "town" or "cluster".
        key: Coach id, town code or cluster name.

    Raises:
        ValueError: If ``kind`` is not one of the four kinds.
    """

    kind: ScopeKind
    key: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in _SCOPE_KINDS:
            raise ValueError(f"unknown scope kind {self.kind!r}")


def scope_filter(scope: Scope, cluster_of: Mapping[str, str]) -> Callable[[ClientFact], bool]:
    """Build the client filter for a scope, to pass as ``include`` to :func:`compute_outcomes`.

    Args:
        scope: The scope to filter by.
        cluster_of: Town code → cluster name; towns missing from it have an unknown cluster.

    Returns:
        A predicate that is true for the clients inside the scope.
    """
    want = scope.key or ""
    if scope.kind == "all":
        return _everyone
    if scope.kind == "coach":

        def by_coach(client: ClientFact) -> bool:
            return (client.coach_id or "") == want

        return by_coach
    if scope.kind == "town":

        def by_town(client: ClientFact) -> bool:
            return (client.town_code or "") == want

        return by_town

    def by_cluster(client: ClientFact) -> bool:
        return _cluster_key(client, cluster_of) == want

    return by_cluster


# --------------------------------------------------------------------------------------------------
# Computation
# --------------------------------------------------------------------------------------------------


def compute_outcomes(
    facts: CaseloadFacts,
    period: Period,
    *,
    rules: OutcomeRules = DEFAULT_RULES,
    today: date,
    include: Callable[[ClientFact], bool] | None = None,
    coach_ids: Collection[str] | None = None,
) -> OutcomeFigures:
    """Compute the outcome figures for one period and one scope of clients.

    Args:
        facts: The loaded caseload facts.
        period: The period to report on.
        rules: Deadlines for the on-time figures.
        today: The current day; only used to call unchecked retention checkpoints overdue.
        include: Client filter (see :func:`scope_filter`); None covers every client. Every
            client-linked fact follows its client.
        coach_ids: Coaches counted in ``supervision_on_time``; None means ``facts.coach_ids``.

    Returns:
        The figures.

    Raises:
        ValueError: If ``facts.clients`` lists the same client id twice.
    """
    index = _client_index(facts)
    return _compute(facts, index, period, rules=rules, today=today, include=include, coach_ids=coach_ids)


def breakdown(
    facts: CaseloadFacts,
    period: Period,
    by: BreakdownBy,
    *,
    cluster_of: Mapping[str, str] | None = None,
    rules: OutcomeRules = DEFAULT_RULES,
    today: date,
    include: Callable[[ClientFact], bool] | None = None,
    coach_ids: Collection[str] | None = None,
) -> list[tuple[str, OutcomeFigures]]:
    """Compute one figure set per coach, town, cluster, calendar month or calendar year.

    Rows for coach, town and cluster cover the whole period, keyed by coach id, town code or cluster
    name, sorted by key with the unknown key "" last. Coach rows are listed for every coach of a
    client in scope and every supervision coach; cluster rows for every cluster of a client in scope
    and every cluster named in ``cluster_of``; town rows for every town of a client in scope.
    Supervision in a coach row counts only that coach (none for ""); in a town or cluster row it
    counts the supervision coaches who have at least one client of that town or cluster.

    Month rows ("YYYY-MM") and year rows ("YYYY") cover each calendar month or year the period touches,
    clipped to the period, in order; they use the same scope and coaches as :func:`compute_outcomes`.

    Args:
        facts: The loaded caseload facts.
        period: The period to break down.
        by: "coach", "town", "cluster", "month" or "year".
        cluster_of: Town code → cluster name; None means no town has a known cluster.
        rules: Deadlines for the on-time figures.
        today: The current day (see :func:`compute_outcomes`).
        include: An outer client filter applied to every row; None covers every client.
        coach_ids: Supervision coaches; None means ``facts.coach_ids``.

    Returns:
        ``(key, figures)`` rows.

    Raises:
        ValueError: If ``by`` is unknown or ``facts.clients`` lists the same client id twice.
    """
    if by not in _BREAKDOWN_KINDS:
        raise ValueError(f"unknown breakdown {by!r}")
    clusters = _NO_CLUSTERS if cluster_of is None else cluster_of
    index = _client_index(facts)

    if by in ("month", "year"):
        subperiods = _month_periods(period) if by == "month" else _year_periods(period)
        return [
            (key, _compute(facts, index, sub, rules=rules, today=today, include=include, coach_ids=coach_ids))
            for key, sub in subperiods
        ]

    scoped = [c for c in index.values() if include is None or include(c)]
    base_coaches = set(facts.coach_ids if coach_ids is None else coach_ids)
    kind: ScopeKind
    if by == "coach":
        kind = "coach"
        keys = {c.coach_id or "" for c in scoped} | base_coaches
    elif by == "town":
        kind = "town"
        keys = {c.town_code or "" for c in scoped}
    else:
        kind = "cluster"
        keys = {_cluster_key(c, clusters) for c in scoped} | set(clusters.values())

    rows: list[tuple[str, OutcomeFigures]] = []
    for key in sorted(keys, key=lambda k: (k == "", k)):
        group = scope_filter(Scope(kind, key), clusters)
        row_coaches: Collection[str]
        if kind == "coach":
            row_coaches = (key,) if key else ()
        else:
            row_coaches = {c.coach_id for c in scoped if c.coach_id and group(c)} & base_coaches
        figures = _compute(
            facts,
            index,
            period,
            rules=rules,
            today=today,
            include=_both(include, group),
            coach_ids=row_coaches,
        )
        rows.append((key, figures))
    return rows


# --------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------


def _everyone(client: ClientFact) -> bool:
    return True


def _both(
    first: Callable[[ClientFact], bool] | None, second: Callable[[ClientFact], bool]
) -> Callable[[ClientFact], bool]:
    if first is None:
        return second

    def combined(client: ClientFact) -> bool:
        return first(client) and second(client)

    return combined


def _cluster_key(client: ClientFact, cluster_of: Mapping[str, str]) -> str:
    if not client.town_code:
        return ""
    return cluster_of.get(client.town_code, "") or ""


def _month_end(year: int, month: int) -> date:
    first_of_next = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first_of_next - timedelta(days=1)


def _month_periods(period: Period) -> list[tuple[str, Period]]:
    out: list[tuple[str, Period]] = []
    for year, month in period.months():
        start = max(period.start, date(year, month, 1))
        end = min(period.end, _month_end(year, month))
        out.append((f"{year:04d}-{month:02d}", Period(start, end)))
    return out


def _year_periods(period: Period) -> list[tuple[str, Period]]:
    out: list[tuple[str, Period]] = []
    for year in range(period.start.year, period.end.year + 1):
        start = max(period.start, date(year, 1, 1))
        end = min(period.end, date(year, 12, 31))
        out.append((f"{year:04d}", Period(start, end)))
    return out


def _client_index(facts: CaseloadFacts) -> dict[str, ClientFact]:
    """Map client id → client, adding placeholders for clients that facts name but do not list."""
    index: dict[str, ClientFact] = {}
    for client in facts.clients:
        if client.client_id in index:
            raise ValueError(f"client id {client.client_id!r} is listed twice in facts.clients")
        index[client.client_id] = client
    linked: Iterable[str] = (
        *(f.client_id for f in facts.sessions),
        *(f.client_id for f in facts.placements),
        *(f.client_id for f in facts.checkpoints),
        *(f.client_id for f in facts.employer_contacts),
        *(f.client_id for f in facts.plans),
        *(f.client_id for f in facts.assessments),
    )
    for client_id in linked:
        if client_id not in index:
            index[client_id] = ClientFact(client_id, None, None, None)
    return index


def _median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def _compute(
    facts: CaseloadFacts,
    index: Mapping[str, ClientFact],
    period: Period,
    *,
    rules: OutcomeRules,
    today: date,
    include: Callable[[ClientFact], bool] | None,
    coach_ids: Collection[str] | None,
) -> OutcomeFigures:
    in_scope = {cid for cid, c in index.items() if include is None or include(c)}

    sessions = [s for s in facts.sessions if s.client_id in in_scope and period.contains(s.session_date)]
    clients_served = {s.client_id for s in sessions}

    all_placements = [p for p in facts.placements if p.client_id in in_scope]
    placements = [p for p in all_placements if period.contains(p.start_date)]
    clients_placed = {p.client_id for p in placements}

    hours = [p.hours_per_week for p in placements if p.hours_per_week is not None]
    wages = [float(p.monthly_wage) for p in placements if p.monthly_wage is not None]
    forms = Counter(p.employment_form for p in placements)

    first_contact: dict[str, date] = {}
    for contact in facts.employer_contacts:
        if contact.client_id in in_scope:
            known = first_contact.get(contact.client_id)
            if known is None or contact.contact_date < known:
                first_contact[contact.client_id] = contact.contact_date
    first_placement: dict[str, date] = {}
    for placement in all_placements:
        known = first_placement.get(placement.client_id)
        if known is None or placement.start_date < known:
            first_placement[placement.client_id] = placement.start_date

    supervision_coaches = facts.coach_ids if coach_ids is None else coach_ids

    return OutcomeFigures(
        period=period,
        clients_served=len(clients_served),
        sessions=len(sessions),
        coaching_hours=sum(s.minutes for s in sessions) / 60,
        travel_hours=sum(s.travel_minutes for s in sessions) / 60,
        placements=len(placements),
        clients_placed=len(clients_placed),
        placement_rate=Ratio(len(clients_placed), len(clients_served)),
        retention=_retention(
            [c for c in facts.checkpoints if c.client_id in in_scope and period.contains(c.due_date)], today
        ),
        mean_hours_per_week=statistics.fmean(hours) if hours else None,
        median_monthly_wage=_median(wages),
        employment_forms=tuple(sorted(forms.items(), key=lambda item: (-item[1], item[0]))),
        supported_employment=sum(1 for p in placements if p.supported_employment),
        median_days_to_first_employer_contact=_median(_days_from_intake(first_contact, index, period)),
        median_days_to_placement=_median(_days_from_intake(first_placement, index, period)),
        fading_curve=_fading_curve(sessions, all_placements),
        plans_on_time=_on_time(
            [index[cid] for cid in in_scope],
            {(p.client_id, p.created_on) for p in facts.plans if p.client_id in in_scope},
            rules.plan_due_days,
            period,
        ),
        assessments_on_time=_on_time(
            [index[cid] for cid in in_scope],
            {(a.client_id, a.assessed_on) for a in facts.assessments if a.client_id in in_scope},
            rules.assessment_due_days,
            period,
        ),
        supervision_on_time=_supervision(facts.supervisions, supervision_coaches, period),
    )


def _retention(checkpoints: Sequence[CheckpointFact], today: date) -> tuple[RetentionFigure, ...]:
    grouped: dict[int, list[CheckpointFact]] = defaultdict(list)
    for checkpoint in checkpoints:
        grouped[checkpoint.day_offset].append(checkpoint)
    figures: list[RetentionFigure] = []
    for offset in sorted(grouped):
        group = grouped[offset]
        checked = [c for c in group if c.checked_on is not None]
        figures.append(
            RetentionFigure(
                day_offset=offset,
                due=len(group),
                checked=len(checked),
                retained=sum(1 for c in checked if c.still_employed is True),
                overdue=sum(1 for c in group if c.checked_on is None and c.due_date < today),
            )
        )
    return tuple(figures)


def _days_from_intake(
    first_dates: Mapping[str, date], index: Mapping[str, ClientFact], period: Period
) -> list[float]:
    days: list[float] = []
    for client_id, first in first_dates.items():
        intake = index[client_id].intake_date
        if intake is not None and period.contains(first):
            days.append(float((first - intake).days))
    return days


def _fading_curve(
    sessions: Sequence[SessionFact], placements: Sequence[PlacementFact]
) -> tuple[tuple[int, float], ...]:
    starts: dict[str, list[date]] = defaultdict(list)
    for placement in placements:
        starts[placement.client_id].append(placement.start_date)
    for dates in starts.values():
        dates.sort()
    by_week: dict[int, list[int]] = defaultdict(list)
    for session in sessions:
        if session.fading_percent is None:
            continue
        client_starts = starts.get(session.client_id, [])
        position = bisect.bisect_right(client_starts, session.session_date)
        if position == 0:
            continue  # before any placement
        week = (session.session_date - client_starts[position - 1]).days // 7
        by_week[week].append(session.fading_percent)
    return tuple((week, statistics.fmean(by_week[week])) for week in sorted(by_week))


def _on_time(
    clients: Iterable[ClientFact], done: set[tuple[str, date]], due_days: int, period: Period
) -> Ratio:
    done_by_client: dict[str, date] = {}
    for client_id, day in done:
        known = done_by_client.get(client_id)
        if known is None or day < known:
            done_by_client[client_id] = day
    due = 0
    on_time = 0
    for client in clients:
        if client.intake_date is None:
            continue
        deadline = client.intake_date + timedelta(days=due_days)
        if not period.contains(deadline):
            continue
        due += 1
        first = done_by_client.get(client.client_id)
        if first is not None and first <= deadline:
            on_time += 1
    return Ratio(on_time, due)


def _supervision(supervisions: Iterable[SupervisionFact], coaches: Collection[str], period: Period) -> Ratio:
    coach_set = set(coaches)
    months = period.months()
    wanted = set(months)
    covered: set[tuple[str, tuple[int, int]]] = set()
    for meeting in supervisions:
        month = (meeting.held_on.year, meeting.held_on.month)
        if month in wanted:
            for coach in meeting.supervisee_ids & coach_set:
                covered.add((coach, month))
    return Ratio(len(covered), len(coach_set) * len(months))
