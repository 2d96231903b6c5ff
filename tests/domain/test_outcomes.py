"""Tests for ``app.domain.outcomes``: hand-worked caseloads, scopes, breakdowns and properties."""

from __future__ import annotations

import itertools
import math
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.outcomes import (
    AssessmentFact,
    CaseloadFacts,
    CheckpointFact,
    ClientFact,
    EmployerContactFact,
    OutcomeFigures,
    OutcomeRules,
    Period,
    PlacementFact,
    PlanFact,
    Ratio,
    RetentionFigure,
    Scope,
    SessionFact,
    SupervisionFact,
    breakdown,
    compute_outcomes,
    scope_filter,
)

D = date


def session(
    sid: str, client: str, day: date, minutes: int, travel: int = 0, fading: int | None = None
) -> SessionFact:
    return SessionFact(sid, client, "author", day, minutes, travel, "on_site_coaching", fading)


def placement(
    pid: str,
    client: str,
    start: date,
    form: str = "按比例就业",
    supported: bool = True,
    hours: float | None = None,
    wage: int | None = None,
) -> PlacementFact:
    return PlacementFact(pid, client, start, form, supported, hours, wage)


# --------------------------------------------------------------------------------------------------
# The hand-worked caseload
#
# Period P = 2024-03-01 .. 2024-04-30 (March and April 2024; 2024 is a leap year), today = 2024-05-10.
# Coaches c1, c2.  Towns TA, TB (cluster 片区1) and TC (cluster 片区2).
#
#   client  coach  town  intake
#   A       c1     TA    2024-02-05
#   B       c1     TB    2023-12-01
#   C       c2     TC    2024-03-10
#   D       c2     TC    (none)
# --------------------------------------------------------------------------------------------------

P = Period(D(2024, 3, 1), D(2024, 4, 30))
TODAY = D(2024, 5, 10)
CLUSTERS = {"TA": "片区1", "TB": "片区1", "TC": "片区2"}

CLIENTS = (
    ClientFact("A", "c1", "TA", D(2024, 2, 5)),
    ClientFact("B", "c1", "TB", D(2023, 12, 1)),
    ClientFact("C", "c2", "TC", D(2024, 3, 10)),
    ClientFact("D", "c2", "TC", None),
)

# Sessions: s1..s5 fall in P (5 sessions, clients A, B, C served = 3);
# minutes 60+90+45+30+75 = 300 -> 5.0 h; travel 30+30+0+15+45 = 120 -> 2.0 h.
# s6 (before P) and s7 (after P) are ignored.
SESSIONS = (
    session("s1", "A", D(2024, 3, 5), 60, 30, fading=80),
    session("s2", "A", D(2024, 3, 19), 90, 30, fading=60),
    session("s3", "B", D(2024, 3, 12), 45, 0, fading=None),
    session("s4", "C", D(2024, 4, 2), 30, 15, fading=50),  # before C's placement: not on the curve
    session("s5", "C", D(2024, 4, 20), 75, 45, fading=100),
    session("s6", "A", D(2024, 2, 28), 60, 0, fading=90),
    session("s7", "D", D(2024, 5, 2), 60, 0),
)

# Placements starting in P: pA and pC -> 2 placements, 2 clients placed, rate 2/3.
# Mean hours (40 + 20) / 2 = 30.0; median wage (2300 + 1200) / 2 = 1750.0; both supported.
PLACEMENTS = (
    placement("pA", "A", D(2024, 3, 1), "按比例就业", True, 40.0, 2300),
    placement("pB", "B", D(2024, 1, 2), "灵活就业", False, 24.0, 1800),
    placement("pC", "C", D(2024, 4, 15), "辅助性就业", True, 20.0, 1200),
    placement("pD", "D", D(2024, 1, 31), "公益性岗位", False, None, None),
)

# Checkpoints due in P:
#   day 30: pA (03-31, checked, employed), pD (03-01, checked, employed) -> due 2, checked 2, kept 2
#   day 90: pB (04-01, checked, left),     pD (04-30, not checked)       -> due 2, checked 1, kept 0,
#           overdue 1 (04-30 < today 05-10)
# pA day 90 (05-30) and pC day 30 (05-15) are due after P.
CHECKPOINTS = (
    CheckpointFact("pA", "A", 30, D(2024, 3, 31), D(2024, 3, 30), True),
    CheckpointFact("pA", "A", 90, D(2024, 5, 30), None, None),
    CheckpointFact("pB", "B", 90, D(2024, 4, 1), D(2024, 4, 3), False),
    CheckpointFact("pD", "D", 30, D(2024, 3, 1), D(2024, 3, 4), True),
    CheckpointFact("pD", "D", 90, D(2024, 4, 30), None, None),
    CheckpointFact("pC", "C", 30, D(2024, 5, 15), None, None),
)

# First employer contact ever: A 02-20 (before P: excluded), B 2023-12-10 (excluded),
# C 03-20 (in P, intake 03-10 -> 10 days), D 03-15 (no intake: skipped).  Median = 10.0.
CONTACTS = (
    EmployerContactFact("A", D(2024, 2, 20)),
    EmployerContactFact("A", D(2024, 3, 2)),
    EmployerContactFact("B", D(2023, 12, 10)),
    EmployerContactFact("C", D(2024, 4, 1)),
    EmployerContactFact("C", D(2024, 3, 20)),
    EmployerContactFact("D", D(2024, 3, 15)),
)
# First placement ever in P: A 03-01 (intake 02-05 -> 25 days), C 04-15 (intake 03-10 -> 36 days);
# B and D were first placed before P.  Median (25 + 36) / 2 = 30.5.

# Plan deadlines (30 days): A 03-06 (in P), B 2023-12-31 (not in P), C 04-09 (in P), D none.
# A's plan on 03-06 is on time (on the deadline); C's on 04-12 is late -> 1 / 2.
PLANS = (
    PlanFact("A", D(2024, 3, 6)),
    PlanFact("B", D(2023, 12, 20)),
    PlanFact("C", D(2024, 4, 12)),
)
# Assessments: A on 03-07 is late (deadline 03-06); C on 03-15 is on time -> 1 / 2.
ASSESSMENTS = (
    AssessmentFact("A", D(2024, 3, 7)),
    AssessmentFact("B", D(2023, 12, 5)),
    AssessmentFact("C", D(2024, 3, 15)),
)
# Coach-months: {c1, c2} x {March, April} = 4.  Covered: c1-Mar, c2-Mar (03-14), c1-Apr (04-10 and
# 04-22 count once).  The 02-28 and 05-02 meetings are outside P.  -> 3 / 4.
SUPERVISIONS = (
    SupervisionFact(D(2024, 2, 28), frozenset({"c2"})),
    SupervisionFact(D(2024, 3, 14), frozenset({"c1", "c2"})),
    SupervisionFact(D(2024, 4, 10), frozenset({"c1"})),
    SupervisionFact(D(2024, 4, 22), frozenset({"c1"})),
    SupervisionFact(D(2024, 5, 2), frozenset({"c2"})),
)

FACTS = CaseloadFacts(
    clients=CLIENTS,
    sessions=SESSIONS,
    placements=PLACEMENTS,
    checkpoints=CHECKPOINTS,
    employer_contacts=CONTACTS,
    plans=PLANS,
    assessments=ASSESSMENTS,
    supervisions=SUPERVISIONS,
    coach_ids=("c1", "c2"),
)


def test_whole_caseload_figures_match_hand_count() -> None:
    f = compute_outcomes(FACTS, P, today=TODAY)

    assert f.period == P
    assert f.clients_served == 3
    assert f.sessions == 5
    assert f.coaching_hours == pytest.approx(5.0)
    assert f.travel_hours == pytest.approx(2.0)
    assert f.placements == 2
    assert f.clients_placed == 2
    assert f.placement_rate == Ratio(2, 3)
    assert f.placement_rate.rate == pytest.approx(2 / 3)
    assert f.retention == (
        RetentionFigure(day_offset=30, due=2, checked=2, retained=2, overdue=0),
        RetentionFigure(day_offset=90, due=2, checked=1, retained=0, overdue=1),
    )
    assert f.retention[0].rate == Ratio(2, 2)
    assert f.retention[1].rate.rate == 0.0
    assert f.mean_hours_per_week == pytest.approx(30.0)
    assert f.median_monthly_wage == 1750.0
    # Tie on count 1: ordered by code ('按' U+6309 sorts before '辅' U+8F85).
    assert f.employment_forms == (("按比例就业", 1), ("辅助性就业", 1))
    assert f.supported_employment == 2
    assert f.median_days_to_first_employer_contact == 10.0
    assert f.median_days_to_placement == 30.5
    # s1: pA + 4 days -> week 0 (80); s2: pA + 18 days -> week 2 (60); s5: pC + 5 days -> week 0 (100);
    # s3 has no fading %, s4 is before C's placement.  Week 0 = (80 + 100) / 2 = 90.
    assert f.fading_curve == ((0, 90.0), (2, 60.0))
    assert f.plans_on_time == Ratio(1, 2)
    assert f.assessments_on_time == Ratio(1, 2)
    assert f.supervision_on_time == Ratio(3, 4)


def test_overdue_is_relative_to_today() -> None:
    # pD's day-90 check is due 04-30: not overdue on 04-30 itself, overdue from 05-01.
    on_due_day = compute_outcomes(FACTS, P, today=D(2024, 4, 30))
    day_after = compute_outcomes(FACTS, P, today=D(2024, 5, 1))
    assert [r.overdue for r in on_due_day.retention] == [0, 0]
    assert [r.overdue for r in day_after.retention] == [0, 1]


def test_rules_change_the_on_time_deadlines() -> None:
    # 40 days: A's deadline 03-16 (plan 03-06 on time), C's 04-19 (plan 04-12 on time),
    # B's 2024-01-10 is outside P.  Assessments: A 03-07 and C 03-15 both on time.
    f = compute_outcomes(FACTS, P, rules=OutcomeRules(plan_due_days=40, assessment_due_days=40), today=TODAY)
    assert f.plans_on_time == Ratio(2, 2)
    assert f.assessments_on_time == Ratio(2, 2)
    # 0 days: deadlines are the intake days 02-05 (outside P) and 03-10 (C; nothing done that day).
    zero = compute_outcomes(FACTS, P, rules=OutcomeRules(0, 0), today=TODAY)
    assert zero.plans_on_time == Ratio(0, 1)
    assert zero.assessments_on_time == Ratio(0, 1)


def test_rules_reject_negative_deadlines() -> None:
    with pytest.raises(ValueError):
        OutcomeRules(plan_due_days=-1)


# --------------------------------------------------------------------------------------------------
# Scopes
# --------------------------------------------------------------------------------------------------


def test_coach_scope_follows_the_client() -> None:
    # c1 has A and B: sessions s1, s2, s3 (3; 2 clients); 195 min = 3.25 h; travel 60 min = 1.0 h;
    # placement pA only (1 of 2 served).  Retention: day 30 pA (kept), day 90 pB (left).
    # A's and B's first contacts are both before P -> None.  First placement in P: A (25 days).
    # Plans: A on time 1/1; assessments: A late 0/1.
    f = compute_outcomes(FACTS, P, today=TODAY, include=scope_filter(Scope("coach", "c1"), CLUSTERS))
    assert (f.clients_served, f.sessions, f.placements, f.clients_placed) == (2, 3, 1, 1)
    assert f.coaching_hours == pytest.approx(3.25)
    assert f.travel_hours == pytest.approx(1.0)
    assert f.placement_rate == Ratio(1, 2)
    assert f.retention == (RetentionFigure(30, 1, 1, 1, 0), RetentionFigure(90, 1, 1, 0, 0))
    assert f.median_days_to_first_employer_contact is None
    assert f.median_days_to_placement == 25.0
    assert f.fading_curve == ((0, 80.0), (2, 60.0))
    assert f.plans_on_time == Ratio(1, 1)
    assert f.assessments_on_time == Ratio(0, 1)
    assert f.employment_forms == (("按比例就业", 1),)
    # Supervision is per coach, not per client: without coach_ids it covers every coach in facts.
    assert f.supervision_on_time == Ratio(3, 4)
    only_c1 = compute_outcomes(FACTS, P, today=TODAY, coach_ids=["c1"])
    assert only_c1.supervision_on_time == Ratio(2, 2)


def test_town_and_cluster_scopes() -> None:
    # TC has C and D: sessions s4, s5 (1 client served); pC placed; retention from pD only.
    town = compute_outcomes(FACTS, P, today=TODAY, include=scope_filter(Scope("town", "TC"), CLUSTERS))
    assert (town.clients_served, town.sessions, town.placements) == (1, 2, 1)
    assert town.placement_rate == Ratio(1, 1)
    assert town.retention == (RetentionFigure(30, 1, 1, 1, 0), RetentionFigure(90, 1, 0, 0, 1))
    assert town.median_days_to_first_employer_contact == 10.0

    # Cluster 片区1 = towns TA + TB = clients A and B, the same clients as coach c1.
    in_cluster = scope_filter(Scope("cluster", "片区1"), CLUSTERS)
    cluster = compute_outcomes(FACTS, P, today=TODAY, include=in_cluster)
    coach = compute_outcomes(FACTS, P, today=TODAY, include=scope_filter(Scope("coach", "c1"), CLUSTERS))
    assert cluster == coach

    everyone = compute_outcomes(FACTS, P, today=TODAY, include=scope_filter(Scope("all"), CLUSTERS))
    assert everyone == compute_outcomes(FACTS, P, today=TODAY)


def test_scope_filter_unknown_keys() -> None:
    nobody = ClientFact("x", None, None, None)
    unmapped_town = ClientFact("y", "c1", "TZ", None)
    assert scope_filter(Scope("coach", ""), {})(nobody)
    assert scope_filter(Scope("coach", None), {})(nobody)
    assert not scope_filter(Scope("coach", "c1"), {})(nobody)
    assert scope_filter(Scope("town", None), {})(nobody)
    assert scope_filter(Scope("cluster", ""), CLUSTERS)(unmapped_town)
    assert not scope_filter(Scope("cluster", "片区1"), CLUSTERS)(unmapped_town)
    assert scope_filter(Scope("town", "TZ"), CLUSTERS)(unmapped_town)


def test_scope_rejects_unknown_kind() -> None:
    kind: Any = "street"
    with pytest.raises(ValueError):
        Scope(kind, "TA")


def test_excluded_client_takes_all_its_facts_along() -> None:
    # Excluding C alone removes s4, s5, pC, C's contacts, plan and assessment.
    f = compute_outcomes(FACTS, P, today=TODAY, include=lambda c: c.client_id != "C")
    assert f.sessions == 3
    assert f.placements == 1
    assert f.median_days_to_first_employer_contact is None
    assert f.median_days_to_placement == 25.0
    assert f.plans_on_time == Ratio(1, 1)
    assert f.assessments_on_time == Ratio(0, 1)
    assert f.fading_curve == ((0, 80.0), (2, 60.0))


# --------------------------------------------------------------------------------------------------
# Breakdowns
# --------------------------------------------------------------------------------------------------


def test_breakdown_by_coach_supervision_uses_only_that_coach() -> None:
    rows = dict(breakdown(FACTS, P, "coach", cluster_of=CLUSTERS, today=TODAY))
    assert list(rows) == ["c1", "c2"]
    assert rows["c1"].sessions == 3
    assert rows["c2"].sessions == 2  # s4, s5
    assert rows["c1"].supervision_on_time == Ratio(2, 2)
    assert rows["c2"].supervision_on_time == Ratio(1, 2)  # March only


def test_breakdown_by_town_and_cluster() -> None:
    towns = breakdown(FACTS, P, "town", cluster_of=CLUSTERS, today=TODAY)
    assert [(k, f.sessions) for k, f in towns] == [("TA", 2), ("TB", 1), ("TC", 2)]
    # Town rows count the supervision of the coaches with clients there.
    assert [f.supervision_on_time for _, f in towns] == [Ratio(2, 2), Ratio(2, 2), Ratio(1, 2)]

    clusters = breakdown(FACTS, P, "cluster", cluster_of={**CLUSTERS, "TQ": "片区3"}, today=TODAY)
    # 片区3 has no clients but is listed because cluster_of names it.
    assert [(k, f.sessions, f.placements) for k, f in clusters] == [
        ("片区1", 3, 1),
        ("片区2", 2, 1),
        ("片区3", 0, 0),
    ]
    assert clusters[2][1].supervision_on_time == Ratio(0, 0)


def test_breakdown_by_month_and_year() -> None:
    months = breakdown(FACTS, P, "month", today=TODAY)
    assert [k for k, _ in months] == ["2024-03", "2024-04"]
    march, april = months[0][1], months[1][1]
    assert march.period == Period(D(2024, 3, 1), D(2024, 3, 31))
    assert (march.sessions, march.placements, march.clients_served) == (3, 1, 2)
    assert (april.sessions, april.placements, april.clients_served) == (2, 1, 1)
    assert march.supervision_on_time == Ratio(2, 2)
    assert april.supervision_on_time == Ratio(1, 2)

    span = Period(D(2023, 12, 15), D(2024, 1, 15))
    years = breakdown(FACTS, span, "year", today=TODAY)
    assert [(k, f.period) for k, f in years] == [
        ("2023", Period(D(2023, 12, 15), D(2023, 12, 31))),
        ("2024", Period(D(2024, 1, 1), D(2024, 1, 15))),
    ]
    assert years[1][1].placements == 1  # pB on 2024-01-02


def test_breakdown_with_outer_scope() -> None:
    c1_by_month = breakdown(
        FACTS,
        P,
        "month",
        today=TODAY,
        include=scope_filter(Scope("coach", "c1"), CLUSTERS),
        coach_ids=["c1"],
    )
    assert [(k, f.sessions, f.supervision_on_time) for k, f in c1_by_month] == [
        ("2024-03", 3, Ratio(1, 1)),
        ("2024-04", 0, Ratio(1, 1)),
    ]


def test_breakdown_rejects_unknown_kind() -> None:
    by: Any = "week"
    with pytest.raises(ValueError):
        breakdown(FACTS, P, by, today=TODAY)


def test_facts_of_an_unlisted_client_count_under_unknown() -> None:
    facts = CaseloadFacts(
        clients=CLIENTS,
        sessions=(*SESSIONS, session("s9", "ghost", D(2024, 3, 9), 30)),
        coach_ids=("c1", "c2"),
    )
    assert compute_outcomes(facts, P, today=TODAY).sessions == 6
    rows = breakdown(facts, P, "coach", today=TODAY)
    assert [(k, f.sessions) for k, f in rows] == [("c1", 3), ("c2", 2), ("", 1)]
    assert rows[-1][1].supervision_on_time == Ratio(0, 0)


def test_duplicate_client_ids_are_rejected() -> None:
    facts = CaseloadFacts(clients=(CLIENTS[0], CLIENTS[0]))
    with pytest.raises(ValueError):
        compute_outcomes(facts, P, today=TODAY)


# --------------------------------------------------------------------------------------------------
# Ratio, Period, empty input
# --------------------------------------------------------------------------------------------------


def test_ratio_zero_denominator() -> None:
    assert Ratio(0, 0).rate is None
    assert Ratio(3, 4).rate == 0.75
    assert RetentionFigure(30, due=2, checked=0, retained=0, overdue=2).rate.rate is None
    with pytest.raises(ValueError):
        Ratio(-1, 2)


def test_empty_caseload() -> None:
    f = compute_outcomes(CaseloadFacts(), P, today=TODAY)
    assert (f.clients_served, f.sessions, f.placements, f.clients_placed) == (0, 0, 0, 0)
    assert f.coaching_hours == 0.0
    assert f.placement_rate.rate is None
    assert f.retention == ()
    assert f.mean_hours_per_week is None
    assert f.median_monthly_wage is None
    assert f.employment_forms == ()
    assert f.median_days_to_first_employer_contact is None
    assert f.median_days_to_placement is None
    assert f.fading_curve == ()
    assert f.plans_on_time == Ratio(0, 0)
    assert f.supervision_on_time == Ratio(0, 0)


def test_period_validation_and_months() -> None:
    with pytest.raises(ValueError):
        Period(D(2024, 3, 2), D(2024, 3, 1))
    single = Period(D(2024, 3, 1), D(2024, 3, 1))
    assert single.contains(D(2024, 3, 1))
    assert not single.contains(D(2024, 3, 2))
    assert single.months() == [(2024, 3)]
    span = Period(D(2023, 11, 15), D(2024, 2, 1))
    assert span.months() == [(2023, 11), (2023, 12), (2024, 1), (2024, 2)]
    assert span.contains(D(2023, 11, 15)) and span.contains(D(2024, 2, 1))
    assert not span.contains(D(2023, 11, 14)) and not span.contains(D(2024, 2, 2))
    assert Period.for_month(2024, 2) == Period(D(2024, 2, 1), D(2024, 2, 29))
    assert Period.for_month(2023, 12) == Period(D(2023, 12, 1), D(2023, 12, 31))
    assert Period.for_year(2024) == Period(D(2024, 1, 1), D(2024, 12, 31))


# --------------------------------------------------------------------------------------------------
# Fading curve, first contact, first placement
# --------------------------------------------------------------------------------------------------


def test_fading_curve_uses_most_recent_placement() -> None:
    # Placements p1 on 2024-01-01 and p2 on 2024-03-04.
    #   2023-12-20 (100%): before any placement -> ignored
    #   2024-03-01  (50%): p1 + 60 days -> week 8
    #   2024-03-04 (100%): p2 + 0 days  -> week 0
    #   2024-03-10  (80%): p2 + 6 days  -> week 0
    #   2024-03-11  (70%): p2 + 7 days  -> week 1
    #   2024-03-12  (none): ignored
    # Week 0 = (100 + 80) / 2 = 90.
    facts = CaseloadFacts(
        clients=(ClientFact("X", "c1", "TA", D(2023, 12, 1)),),
        sessions=(
            session("a", "X", D(2023, 12, 20), 60, fading=100),
            session("b", "X", D(2024, 3, 1), 60, fading=50),
            session("c", "X", D(2024, 3, 4), 60, fading=100),
            session("d", "X", D(2024, 3, 10), 60, fading=80),
            session("e", "X", D(2024, 3, 11), 60, fading=70),
            session("f", "X", D(2024, 3, 12), 60, fading=None),
        ),
        placements=(placement("p2", "X", D(2024, 3, 4)), placement("p1", "X", D(2024, 1, 1))),
    )
    f = compute_outcomes(facts, Period(D(2023, 12, 1), D(2024, 3, 31)), today=TODAY)
    assert f.fading_curve == ((0, 90.0), (1, 70.0), (8, 50.0))
    # Only sessions in the period count: March alone drops nothing, December alone has no curve.
    assert compute_outcomes(facts, Period.for_month(2023, 12), today=TODAY).fading_curve == ()
    # The placement p1 starting before the period still anchors the week index.
    assert compute_outcomes(facts, Period(D(2024, 3, 1), D(2024, 3, 3)), today=TODAY).fading_curve == (
        (8, 50.0),
    )


def test_first_employer_contact_before_period_excludes_client() -> None:
    # X: intake 01-10, contacts 02-25 (first) and 03-05.  Y: intake 03-01, contact 03-08 (7 days).
    # W: no intake, contact 03-03 (skipped).
    facts = CaseloadFacts(
        clients=(
            ClientFact("X", "c1", "TA", D(2024, 1, 10)),
            ClientFact("Y", "c1", "TA", D(2024, 3, 1)),
            ClientFact("W", "c1", "TA", None),
        ),
        employer_contacts=(
            EmployerContactFact("X", D(2024, 3, 5)),
            EmployerContactFact("X", D(2024, 2, 25)),
            EmployerContactFact("Y", D(2024, 3, 8)),
            EmployerContactFact("W", D(2024, 3, 3)),
        ),
    )
    march = compute_outcomes(facts, Period.for_month(2024, 3), today=TODAY)
    assert march.median_days_to_first_employer_contact == 7.0
    february = compute_outcomes(facts, Period.for_month(2024, 2), today=TODAY)
    assert february.median_days_to_first_employer_contact == 46.0  # 01-10 -> 02-25
    only_x = compute_outcomes(
        facts, Period.for_month(2024, 3), today=TODAY, include=lambda c: c.client_id == "X"
    )
    assert only_x.median_days_to_first_employer_contact is None


def test_first_placement_before_period_excludes_client() -> None:
    # X: intake 01-10, placed 02-01 and again 03-20 (first placement in February).
    # Y: intake 03-01, placed 03-11 (10 days).  Z: intake 02-01, placed 03-31 (59 days).
    facts = CaseloadFacts(
        clients=(
            ClientFact("X", None, None, D(2024, 1, 10)),
            ClientFact("Y", None, None, D(2024, 3, 1)),
            ClientFact("Z", None, None, D(2024, 2, 1)),
        ),
        placements=(
            placement("x2", "X", D(2024, 3, 20)),
            placement("x1", "X", D(2024, 2, 1)),
            placement("y1", "Y", D(2024, 3, 11)),
            placement("z1", "Z", D(2024, 3, 31)),
        ),
    )
    march = compute_outcomes(facts, Period.for_month(2024, 3), today=TODAY)
    assert march.placements == 3  # x2 still counts as a placement
    assert march.clients_placed == 3
    assert march.median_days_to_placement == 34.5  # median of 10 and 59
    assert compute_outcomes(facts, Period.for_month(2024, 2), today=TODAY).median_days_to_placement == 22.0


def test_employment_forms_sorted_by_count_then_code() -> None:
    facts = CaseloadFacts(
        placements=(
            placement("1", "a", D(2024, 3, 1), "辅助性就业", supported=False),
            placement("2", "b", D(2024, 3, 2), "辅助性就业", supported=True),
            placement("3", "c", D(2024, 3, 3), "灵活就业", supported=False),
            placement("4", "d", D(2024, 3, 4), "公益性岗位", supported=False),
        )
    )
    f = compute_outcomes(facts, Period.for_month(2024, 3), today=TODAY)
    assert f.employment_forms == (("辅助性就业", 2), ("公益性岗位", 1), ("灵活就业", 1))
    assert f.supported_employment == 1


def test_supervision_counts_the_whole_calendar_month() -> None:
    # A period of 03-20..04-05 touches March and April; the 03-02 meeting still covers March.
    facts = CaseloadFacts(
        supervisions=(SupervisionFact(D(2024, 3, 2), frozenset({"c1", "other"})),),
        coach_ids=("c1", "c2", "c1"),
    )
    f = compute_outcomes(facts, Period(D(2024, 3, 20), D(2024, 4, 5)), today=TODAY)
    assert f.supervision_on_time == Ratio(1, 4)


# --------------------------------------------------------------------------------------------------
# Properties on random caseloads
# --------------------------------------------------------------------------------------------------

DAY0 = D(2023, 10, 1)
_days = st.integers(min_value=0, max_value=300).map(lambda n: DAY0 + timedelta(days=n))
_client_ids = st.sampled_from(["k1", "k2", "k3", "k4", "k5", "orphan"])


@st.composite
def caseloads(draw: st.DrawFn) -> CaseloadFacts:
    clients = tuple(
        ClientFact(
            cid,
            draw(st.sampled_from(["c1", "c2", None])),
            draw(st.sampled_from(["TA", "TB", "TC", "TZ", None])),
            draw(st.none() | _days),
        )
        for cid in ("k1", "k2", "k3", "k4", "k5")
    )
    sessions = draw(
        st.lists(
            st.builds(
                SessionFact,
                session_id=st.just("s"),
                client_id=_client_ids,
                author_id=st.just("a"),
                session_date=_days,
                minutes=st.integers(0, 240),
                travel_minutes=st.integers(0, 120),
                session_type=st.just("on_site_coaching"),
                fading_percent=st.none() | st.integers(0, 100),
            ),
            max_size=25,
        )
    )
    placements = draw(
        st.lists(
            st.builds(
                PlacementFact,
                placement_id=st.just("p"),
                client_id=_client_ids,
                start_date=_days,
                employment_form=st.sampled_from(["按比例就业", "辅助性就业", "灵活就业"]),
                supported_employment=st.booleans(),
                hours_per_week=st.none() | st.floats(0, 60),
                monthly_wage=st.none() | st.integers(0, 8000),
            ),
            max_size=10,
        )
    )
    checkpoints = draw(
        st.lists(
            st.builds(
                CheckpointFact,
                placement_id=st.just("p"),
                client_id=_client_ids,
                day_offset=st.sampled_from([30, 90, 180]),
                due_date=_days,
                checked_on=st.none() | _days,
                still_employed=st.none() | st.booleans(),
            ),
            max_size=10,
        )
    )
    plans = draw(st.lists(st.builds(PlanFact, client_id=_client_ids, created_on=_days), max_size=6))
    supervisions = draw(
        st.lists(
            st.builds(
                SupervisionFact,
                held_on=_days,
                supervisee_ids=st.frozensets(st.sampled_from(["c1", "c2", "c3"]), max_size=3),
            ),
            max_size=12,
        )
    )
    return CaseloadFacts(
        clients=clients,
        sessions=sessions,
        placements=placements,
        checkpoints=checkpoints,
        employer_contacts=draw(
            st.lists(st.builds(EmployerContactFact, client_id=_client_ids, contact_date=_days), max_size=6)
        ),
        plans=plans,
        assessments=draw(
            st.lists(st.builds(AssessmentFact, client_id=_client_ids, assessed_on=_days), max_size=6)
        ),
        supervisions=supervisions,
        coach_ids=("c1", "c2"),
    )


@st.composite
def periods(draw: st.DrawFn) -> Period:
    a, b = draw(_days), draw(_days)
    return Period(min(a, b), max(a, b))


def _retention_counts(figures: OutcomeFigures) -> Counter[tuple[int, str]]:
    counts: Counter[tuple[int, str]] = Counter()
    for r in figures.retention:
        counts[(r.day_offset, "due")] += r.due
        counts[(r.day_offset, "checked")] += r.checked
        counts[(r.day_offset, "retained")] += r.retained
        counts[(r.day_offset, "overdue")] += r.overdue
    return counts


def _assert_additive(total: OutcomeFigures, parts: list[OutcomeFigures]) -> None:
    assert sum(p.sessions for p in parts) == total.sessions
    assert sum(p.placements for p in parts) == total.placements
    assert sum(p.supported_employment for p in parts) == total.supported_employment
    assert math.isclose(sum(p.coaching_hours for p in parts), total.coaching_hours, abs_tol=1e-9)
    assert math.isclose(sum(p.travel_hours for p in parts), total.travel_hours, abs_tol=1e-9)
    assert sum((_retention_counts(p) for p in parts), Counter()) == _retention_counts(total)
    forms: Counter[str] = Counter()
    for p in parts:
        forms.update(dict(p.employment_forms))
    assert forms == Counter(dict(total.employment_forms))
    for name in ("plans_on_time", "assessments_on_time"):
        ratios = [getattr(p, name) for p in parts]
        assert sum(r.numerator for r in ratios) == getattr(total, name).numerator
        assert sum(r.denominator for r in ratios) == getattr(total, name).denominator


@settings(max_examples=150, deadline=None)
@given(facts=caseloads(), period=periods())
def test_month_breakdown_sums_to_period_totals(facts: CaseloadFacts, period: Period) -> None:
    total = compute_outcomes(facts, period, today=D(2024, 3, 1))
    months = breakdown(facts, period, "month", today=D(2024, 3, 1))
    assert [k for k, _ in months] == [f"{y:04d}-{m:02d}" for y, m in period.months()]
    parts = [f for _, f in months]
    # The month sub-periods tile the period exactly.
    assert parts[0].period.start == period.start and parts[-1].period.end == period.end
    assert all(b.period.start - a.period.end == timedelta(days=1) for a, b in itertools.pairwise(parts))
    _assert_additive(total, parts)
    # Coach-months partition by month too.
    assert sum(p.supervision_on_time.numerator for p in parts) == total.supervision_on_time.numerator
    assert sum(p.supervision_on_time.denominator for p in parts) == total.supervision_on_time.denominator

    years = [f for _, f in breakdown(facts, period, "year", today=D(2024, 3, 1))]
    _assert_additive(total, years)


@settings(max_examples=100, deadline=None)
@given(facts=caseloads(), period=periods())
def test_group_breakdowns_partition_the_clients(facts: CaseloadFacts, period: Period) -> None:
    total = compute_outcomes(facts, period, today=D(2024, 3, 1))
    cluster_of = {"TA": "片区1", "TB": "片区1", "TC": "片区2"}
    for by in ("coach", "town", "cluster"):
        parts = [f for _, f in breakdown(facts, period, by, cluster_of=cluster_of, today=D(2024, 3, 1))]
        _assert_additive(total, parts)
        # Each client sits in exactly one group, so distinct-client counts add up as well.
        assert sum(p.clients_served for p in parts) == total.clients_served
        assert sum(p.clients_placed for p in parts) == total.clients_placed
