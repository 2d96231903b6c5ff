"""OutcomeService on a small hand-built caseload (figures checked against hand-computed numbers), and
IntegrityService on the demo caseload, before and after tampering with the database file."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from app.bootstrap import open_workspace
from app.domain.outcomes import Period, Ratio, RetentionFigure, Scope
from app.domain.records import (
    AssessmentInput,
    CheckpointResultInput,
    ClientInput,
    ContactLogInput,
    EmployerInput,
    GoalInput,
    ParticipantInput,
    PlacementInput,
    PlanInput,
    SessionInput,
    SupervisionInput,
)
from app.host.keystore import Argon2Params, KeyStore
from app.host.paths import database_path
from app.services.demo import DemoBuilder
from app.services.workspace import Workspace
from app.storage.engine import open_raw

TOWN = "441900003000"
OTHER_TOWN = "441900004000"
PASSPHRASE = "test-passphrase-1"
HALF_YEAR = Period(date(2026, 1, 1), date(2026, 6, 30))


def final_session(
    ws: Workspace,
    client_id: str,
    day: date,
    start: time,
    end: time,
    session_type: str = "training",
    *,
    travel: int = 0,
    fading: int | None = None,
    draft: bool = False,
) -> str:
    sid = ws.sessions.save_draft(
        SessionInput(
            client_id,
            day,
            start,
            end,
            "in_person",
            session_type,
            "服务内容。",
            travel_minutes=travel,
            fading_percent=fading,
            participants=(ParticipantInput("client"),),
        )
    )
    if not draft:
        ws.sessions.finalise(sid)
    return sid


@pytest.fixture
def small_caseload(
    workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput]
) -> dict[str, str]:
    """Three clients, worked out by hand in the tests below.

    A (coach 1, town 1): intake 01-05, assessed 01-20, plan 01-25; final sessions 02-01 (60 min, 30 travel),
        02-15 (90 min, employer liaison), 03-10 (120 min, on site, fading 80 %), a draft 04-10; placed
        03-02 (quota, 40 h, 2500, supported); retained at 30 days, not at 90; 180-day check not done.
    B (coach 2, town 2): intake 02-01, assessed 03-20 (late), no plan; final session 02-10 (45 min), a
        draft 02-20; employer contact logged 02-12; placed 06-01 (flexible, 20 h, 1900, not supported).
    C (coach 1, town 1): intake 2025-12-01, one final session 2025-12-15, nothing else.
    Supervision: 02-10 (coach 1 and 2), 03-05 (coach 1), 07-01 (coach 2).
    """
    ws = workspace
    employer = ws.employers.create(EmployerInput("东莞市美嘉超市有限公司"))
    a = ws.clients.create(
        make_client(
            name="客户甲", assigned_coach_id=staff.coach1_id, town_code=TOWN, intake_date=date(2026, 1, 5)
        )
    )
    b = ws.clients.create(
        make_client(
            name="客户乙",
            assigned_coach_id=staff.coach2_id,
            town_code=OTHER_TOWN,
            intake_date=date(2026, 2, 1),
        )
    )
    c = ws.clients.create(
        make_client(
            name="客户丙", assigned_coach_id=staff.coach1_id, town_code=TOWN, intake_date=date(2025, 12, 1)
        )
    )

    ws.clients.record_assessment(AssessmentInput(a, date(2026, 1, 20), "coach", (("physical", 4),)))
    ws.plans.create(
        PlanInput(
            a,
            "保洁员",
            date(2026, 1, 25),
            date(2026, 12, 31),
            (GoalInput("准时到岗", "连续两周", "client", date(2026, 1, 25), date(2026, 6, 1)),),
        )
    )
    final_session(ws, a, date(2026, 2, 1), time(9, 0), time(10, 0), travel=30)
    final_session(ws, a, date(2026, 2, 15), time(10, 0), time(11, 30), "employer_liaison")
    ws.placements.record(PlacementInput(a, employer, "保洁员", date(2026, 3, 2), "quota", 40.0, 2500, True))
    final_session(ws, a, date(2026, 3, 10), time(9, 0), time(11, 0), "on_site_coaching", fading=80)
    final_session(ws, a, date(2026, 4, 10), time(9, 0), time(10, 0), draft=True)
    cp30, cp90, _cp180 = (row[0] for row in ws.placements.checkpoints(a))
    ws.placements.record_checkpoint(cp30, CheckpointResultInput(date(2026, 4, 2), True, True))
    ws.placements.record_checkpoint(cp90, CheckpointResultInput(date(2026, 6, 1), False))

    ws.act_as(staff.actor(staff.coach2_id))
    ws.clients.record_assessment(AssessmentInput(b, date(2026, 3, 20), "coach", (("social", 3),)))
    final_session(ws, b, date(2026, 2, 10), time(9, 0), time(9, 45), "home_visit")
    final_session(ws, b, date(2026, 2, 20), time(9, 0), time(10, 0), draft=True)
    ws.employers.log_contact(ContactLogInput(employer, date(2026, 2, 12), "phone", "询问岗位", client_id=b))
    ws.placements.record(
        PlacementInput(
            b, employer, "理货员", date(2026, 6, 1), "flexible", 20.0, 1900, supported_employment=False
        )
    )

    ws.act_as(staff.actor(staff.coach1_id))
    final_session(ws, c, date(2025, 12, 15), time(14, 0), time(15, 0))

    ws.act_as(staff.actor(staff.supervisor_id))
    for held, supervisees in (
        (date(2026, 2, 10), (staff.coach1_id, staff.coach2_id)),
        (date(2026, 3, 5), (staff.coach1_id,)),
        (date(2026, 7, 1), (staff.coach2_id,)),
    ):
        ws.supervision.record(
            SupervisionInput(held, time(14, 0), time(15, 0), "face_to_face", "group", supervisees)
        )
    ws.act_as(staff.actor(staff.coach1_id))
    return {"a": a, "b": b, "c": c, "employer": employer}


def test_outcome_figures_match_hand_computed_numbers(
    workspace: Workspace, small_caseload: dict[str, str]
) -> None:
    f = workspace.outcomes.figures(HALF_YEAR)

    assert f.period == HALF_YEAR
    assert f.clients_served == 2  # A and B; C had no session in the period
    assert f.sessions == 4  # drafts do not count
    assert f.coaching_hours == pytest.approx((60 + 90 + 120 + 45) / 60)
    assert f.travel_hours == pytest.approx(0.5)
    assert (f.placements, f.clients_placed) == (2, 2)
    assert f.placement_rate == Ratio(2, 2)
    assert f.retention == (
        RetentionFigure(30, due=1, checked=1, retained=1, overdue=0),
        RetentionFigure(90, due=1, checked=1, retained=0, overdue=0),
    )
    assert f.mean_hours_per_week == pytest.approx(30.0)
    assert f.median_monthly_wage == pytest.approx(2200.0)
    assert f.employment_forms == (("flexible", 1), ("quota", 1))
    assert f.supported_employment == 1
    # A: first employer contact is the liaison session of 02-15 (41 days); B: the logged call of 02-12 (11).
    assert f.median_days_to_first_employer_contact == pytest.approx(26.0)
    # A: 03-02 - 01-05 = 56 days; B: 06-01 - 02-01 = 120 days.
    assert f.median_days_to_placement == pytest.approx(88.0)
    assert f.fading_curve == ((1, 80.0),)  # 03-10 is in week 1 after the 03-02 start
    assert f.plans_on_time == Ratio(1, 2)  # A on time, B none; C's deadline is before the period
    assert f.assessments_on_time == Ratio(1, 2)  # A on time, B late
    assert f.supervision_on_time == Ratio(3, 12)  # 2 coaches x 6 months; Feb x2 and Mar x1 covered


def test_outcome_figures_per_scope(workspace: Workspace, staff: Any, small_caseload: dict[str, str]) -> None:
    coach2 = workspace.outcomes.figures(HALF_YEAR, Scope("coach", staff.coach2_id))
    assert (coach2.clients_served, coach2.sessions, coach2.placements) == (1, 1, 1)
    assert coach2.coaching_hours == pytest.approx(0.75)
    assert coach2.supervision_on_time == Ratio(1, 6)
    assert coach2.retention == ()  # B's 30-day check falls due after the period

    town = workspace.outcomes.figures(HALF_YEAR, Scope("town", TOWN))
    assert (town.clients_served, town.sessions, town.placements) == (1, 3, 1)
    assert town.plans_on_time == Ratio(1, 1)

    december = workspace.outcomes.figures(Period(date(2025, 12, 1), date(2025, 12, 31)))
    assert (december.clients_served, december.sessions, december.placements) == (1, 1, 0)
    assert december.plans_on_time == Ratio(0, 1)  # C's plan was due 2025-12-31 and never made
    assert december.placement_rate == Ratio(0, 1)


def test_outcome_breakdowns(workspace: Workspace, staff: Any, small_caseload: dict[str, str]) -> None:
    months = workspace.outcomes.breakdown(HALF_YEAR, "month")
    assert [k for k, _ in months] == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    assert [f.sessions for _, f in months] == [0, 3, 1, 0, 0, 0]
    assert sum(f.sessions for _, f in months) == workspace.outcomes.figures(HALF_YEAR).sessions
    assert [f.placements for _, f in months] == [0, 0, 1, 0, 0, 1]

    by_coach = dict(workspace.outcomes.breakdown(HALF_YEAR, "coach"))
    assert set(by_coach) == {staff.coach1_id, staff.coach2_id}
    assert by_coach[staff.coach1_id].sessions == 3 and by_coach[staff.coach2_id].sessions == 1

    assert workspace.outcomes.data_span() == (date(2025, 12, 15), date(2026, 4, 10))


def test_outcomes_of_an_empty_store(workspace: Workspace) -> None:
    f = workspace.outcomes.figures(HALF_YEAR)
    assert (f.clients_served, f.sessions, f.placements, f.retention) == (0, 0, 0, ())
    assert f.placement_rate == Ratio(0, 0) and f.placement_rate.rate is None
    assert f.median_monthly_wage is None
    assert workspace.outcomes.data_span() is None


def test_amended_session_counts_with_its_amended_values(
    workspace: Workspace, small_caseload: dict[str, str]
) -> None:
    sid = next(
        s for s, day, *_ in workspace.sessions.timeline(small_caseload["a"]) if day == date(2026, 2, 1)
    )
    before = workspace.outcomes.figures(HALF_YEAR)
    workspace.sessions.amend(sid, {"end_time": time(11, 0), "travel_minutes": 90}, "时间记录有误")
    assert workspace.sessions.view(sid).values["end_time"] == time(11, 0)
    after = workspace.outcomes.figures(HALF_YEAR)
    assert after.coaching_hours == pytest.approx(before.coaching_hours + 1.0)
    assert after.travel_hours == pytest.approx(before.travel_hours + 1.0)


# -- integrity ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo caseload of 15 clients, built once through the services; each test gets its own copy."""
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    KeyStore(data_dir, argon2=Argon2Params(1, 8, 1)).create(PASSPHRASE)
    ws = open_workspace_again(data_dir)
    try:
        summary = DemoBuilder(ws).build(15)
    finally:
        ws.close()
    assert summary.clients == 15 and summary.sessions > 15
    return data_dir


@pytest.fixture
def demo_workspace(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    data_dir = tmp_path / "data"
    shutil.copytree(demo_template, data_dir)
    ws = open_workspace_again(data_dir)
    try:
        yield ws
    finally:
        ws.close()


def raw_connection(data_dir: Path) -> Any:
    key = KeyStore(data_dir).load(PASSPHRASE)
    return open_raw(database_path(data_dir), key)


def test_integrity_is_clean_on_the_demo(demo_workspace: Workspace) -> None:
    report = demo_workspace.integrity.check()
    assert report.clean, report.problems
    assert report.problems == []
    assert report.counts["clients"] == 15
    assert report.counts["session_records"] > 15
    assert report.counts["audit_log"] > report.counts["clients"]
    assert report.counts["retention_checkpoints"] >= report.counts["placements"]
    assert "alembic_version" not in report.counts


def test_integrity_reports_a_broken_foreign_key(demo_workspace: Workspace) -> None:
    data_dir = demo_workspace.data_dir
    demo_workspace.close()
    conn = raw_connection(data_dir)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        employer = conn.execute("SELECT employer_id FROM placements LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM employers WHERE id = ?", (employer,))
    finally:
        conn.close()

    ws = open_workspace_again(data_dir)
    try:
        report = ws.integrity.check()
    finally:
        ws.close()
    assert not report.clean
    broken = [p for p in report.problems if p.startswith("foreign key:")]
    assert broken, report.problems
    assert all("missing employers row" in p for p in broken)
    assert any(p.startswith("foreign key: placements row") for p in broken)


def test_integrity_reports_a_caseload_summary_out_of_step(demo_workspace: Workspace) -> None:
    data_dir = demo_workspace.data_dir
    demo_workspace.close()
    conn = raw_connection(data_dir)
    try:
        # What a bug bypassing the triggers would leave: a wrong copy, and a row of a removed client.
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "UPDATE client_summary SET name = '错名' WHERE doc = (SELECT min(doc) FROM client_summary)"
        )
        conn.execute(
            "INSERT INTO client_summary (client_id, name, id_tail, status, phase, intake_date) "
            "VALUES ('no-such-client', '幽灵', '000000', 'active', 'intake', '2026-01-01')"
        )
    finally:
        conn.close()
    ws = open_workspace_again(data_dir)
    try:
        report = ws.integrity.check()
    finally:
        ws.close()
    assert "the caseload summary is missing or out of date for 1 clients" in report.problems
    assert "the caseload summary lists 1 clients that are deleted or missing" in report.problems


def test_integrity_reports_a_removed_audit_entry(demo_workspace: Workspace) -> None:
    data_dir = demo_workspace.data_dir
    demo_workspace.close()
    conn = raw_connection(data_dir)
    try:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE seq = 5")
    finally:
        conn.close()

    ws = open_workspace_again(data_dir)
    try:
        report = ws.integrity.check()
    finally:
        ws.close()
    assert not report.clean
    assert "the audit log has gaps: entries were removed" in report.problems
    assert "the safety trigger audit_log_no_delete is missing" in report.problems


def test_the_audit_log_cannot_be_edited(demo_workspace: Workspace) -> None:
    data_dir = demo_workspace.data_dir
    demo_workspace.close()
    conn = raw_connection(data_dir)
    try:
        for statement in (
            "DELETE FROM audit_log WHERE seq = 5",
            "UPDATE audit_log SET action='x' WHERE seq = 5",
        ):
            with pytest.raises(Exception, match="append-only"):
                conn.execute(statement)
    finally:
        conn.close()


def open_workspace_again(data_dir: Path) -> Workspace:
    return open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: date(2026, 11, 15))
