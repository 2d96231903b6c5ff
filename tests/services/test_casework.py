"""Case work services on a real encrypted store: plans and goals, session records (draft → final →
amendments), employers, placements with retention checkpoints, and supervision records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from typing import Any

import pytest

from app.domain.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from app.domain.records import (
    CheckpointResultInput,
    ClientInput,
    ContactLogInput,
    EmployerContactInput,
    EmployerInput,
    GoalInput,
    GoalProgressInput,
    JobAnalysisInput,
    ParticipantInput,
    PlacementInput,
    PlanInput,
    SessionInput,
    SupervisionActionInput,
    SupervisionInput,
    build_credit_code,
)
from app.services.workspace import Workspace

TODAY = date(2026, 11, 15)
INTAKE = date(2026, 1, 10)


def codes(exc: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in exc.errors}


def goal(description: str, progress: int = 0, goal_id: str | None = None, **kw: Any) -> GoalInput:
    return GoalInput(
        description,
        kw.pop("success_criteria", "连续两周达到"),
        kw.pop("responsible_party", "client"),
        kw.pop("start_date", date(2026, 2, 1)),
        kw.pop("target_date", date(2026, 8, 1)),
        progress=progress,
        id=goal_id,
        **kw,
    )


def plan_input(client_id: str, *goals: GoalInput, **kw: Any) -> PlanInput:
    values: dict[str, Any] = {
        "hours_per_week_goal": 30.0,
        "wage_goal": 2200,
        "barriers": "交通不便",
        "signed_on": date(2026, 2, 1),
    }
    values.update(kw)
    return PlanInput(
        client_id,
        values.pop("job_goal", "超市理货员"),
        values.pop("start_date", date(2026, 2, 1)),
        values.pop("target_date", date(2027, 2, 1)),
        goals or (goal("独立乘坐公交车往返"), goal("掌握核心流程")),
        **values,
    )


def session_input(client_id: str, day: date = date(2026, 3, 2), **kw: Any) -> SessionInput:
    values: dict[str, Any] = {
        "content": "在岗观察服务对象完成包装流程。",
        "participants": (ParticipantInput("client", "服务对象"),),
        "travel_minutes": 20,
        "place": "工作单位",
    }
    values.update(kw)
    return SessionInput(
        client_id,
        day,
        values.pop("start_time", time(9, 0)),
        values.pop("end_time", time(10, 30)),
        values.pop("mode", "in_person"),
        values.pop("session_type", "on_site_coaching"),
        **values,
    )


@pytest.fixture
def client_id(workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput]) -> str:
    return workspace.clients.create(make_client(assigned_coach_id=staff.coach1_id, intake_date=INTAKE))


@pytest.fixture
def employer_id(workspace: Workspace) -> str:
    return workspace.employers.create(
        EmployerInput("东莞市华达电子科技有限公司", build_credit_code("91441900MA4UABCDE"), "电子制造")
    )


# -- plans ------------------------------------------------------------------------------------------------


def test_plan_with_goals_moves_the_case_on(workspace: Workspace, client_id: str, probe: Any) -> None:
    before = probe.last_seq(workspace)
    plan_id = workspace.plans.create(plan_input(client_id, goal("甲目标"), goal("乙目标"), goal("丙目标")))

    assert [(d, p) for _g, d, p in workspace.plans.goals_of_client(client_id)] == [
        ("甲目标", 0),
        ("乙目标", 0),
        ("丙目标", 0),
    ]
    view = workspace.clients.view(client_id)
    assert (view.status, view.phase) == ("active", "planning")
    assert probe.scalar(workspace, "SELECT next_review_on FROM employment_plans WHERE id=:p", p=plan_id) == (
        "2026-05-02"  # start + 90 days
    )
    [entry] = probe.audit(workspace, before)
    assert (entry.action, entry.entity, entry.entity_id, entry.detail) == (
        "create",
        "employment_plan",
        plan_id,
        {"client_id": client_id, "goals": 3},
    )


def test_new_plan_supersedes_the_active_one(workspace: Workspace, client_id: str, probe: Any) -> None:
    first = workspace.plans.create(plan_input(client_id, goal("旧目标")))
    second = workspace.plans.create(plan_input(client_id, goal("新目标一"), goal("新目标二")))
    statuses = dict(
        (pid, probe.scalar(workspace, "SELECT status FROM employment_plans WHERE id=:p", p=pid))
        for pid in (first, second)
    )
    assert statuses == {first: "superseded", second: "active"}
    assert [d for _g, d, _p in workspace.plans.goals_of_client(client_id)] == ["新目标一", "新目标二"]


def test_plan_update_keeps_goal_ids(workspace: Workspace, client_id: str, probe: Any) -> None:
    plan_id = workspace.plans.create(plan_input(client_id, goal("目标一"), goal("目标二"), goal("目标三")))
    (g1, _, _), (g2, _, _), (g3, _, _) = workspace.plans.goals_of_client(client_id)
    before = probe.last_seq(workspace)

    workspace.plans.update(
        plan_id,
        plan_input(
            client_id,
            goal("目标二（修订）", goal_id=g2),
            goal("目标一", goal_id=g1),
            goal("新增目标四"),
            job_goal="仓库分拣员",
        ),
    )

    goals = workspace.plans.goals_of_client(client_id)
    assert [(g, d) for g, d, _p in goals][:2] == [(g2, "目标二（修订）"), (g1, "目标一")]
    assert goals[2][1] == "新增目标四" and goals[2][0] not in (g1, g2, g3)
    assert probe.scalar(workspace, "SELECT deleted_at IS NOT NULL FROM plan_goals WHERE id=:g", g=g3) == 1
    [entry] = probe.audit(workspace, before)
    assert (entry.action, entry.entity, entry.entity_id) == ("update", "employment_plan", plan_id)
    assert entry.detail == {"fields": ["goals", "job_goal"]}

    # Saving the same plan again changes nothing and is not audited.
    same = plan_input(
        client_id,
        goal("目标二（修订）", goal_id=g2),
        goal("目标一", goal_id=g1),
        goal("新增目标四", goal_id=goals[2][0]),
        job_goal="仓库分拣员",
    )
    seq = probe.last_seq(workspace)
    workspace.plans.update(plan_id, same)
    assert probe.audit(workspace, seq) == []


def test_plan_update_refusals_write_nothing(
    workspace: Workspace, client_id: str, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    plan_id = workspace.plans.create(plan_input(client_id, goal("目标一")))
    other_client = workspace.clients.create(make_client(name="另一位"))
    other_plan = workspace.plans.create(plan_input(other_client, goal("别人的目标")))
    [(foreign_goal, _, _)] = workspace.plans.goals_of_client(other_client)
    digest = probe.digest(workspace)

    with pytest.raises(RuleViolation) as wrong_goal:
        workspace.plans.update(plan_id, plan_input(client_id, goal("偷来的目标", goal_id=foreign_goal)))
    assert wrong_goal.value.code == "goal_not_in_plan"
    with pytest.raises(RuleViolation) as moved:
        workspace.plans.update(other_plan, plan_input(client_id, goal("目标")))
    assert moved.value.code == "plan_client_changed"
    with pytest.raises(ValidationError) as invalid:
        workspace.plans.update(
            plan_id,
            plan_input(
                client_id,
                goal("", progress=101, target_date=date(2026, 1, 1), responsible_party="neighbour"),
                target_date=date(2026, 1, 1),
                review_interval_days=1,
            ),
        )
    assert codes(invalid.value) == {
        ("target_date", "date_order"),
        ("review_interval_days", "out_of_range"),
        ("goals[0].description", "required"),
        ("goals[0].progress", "out_of_range"),
        ("goals[0].target_date", "date_order"),
        ("goals[0].responsible_party", "unknown_code"),
    }
    with pytest.raises(ValidationError) as no_goals:
        workspace.plans.create(PlanInput(client_id, "岗位", date(2026, 2, 1), date(2026, 8, 1), ()))
    assert codes(no_goals.value) == {("goals", "required")}
    with pytest.raises(NotFound):
        workspace.plans.update("no-such-plan", plan_input(client_id))
    assert probe.digest(workspace) == digest


def test_plan_review(workspace: Workspace, client_id: str, probe: Any) -> None:
    plan_id = workspace.plans.create(plan_input(client_id, review_interval_days=60))
    assert workspace.plans.record_review(plan_id, date(2026, 4, 1)) == date(2026, 5, 31)
    assert probe.audit(workspace, probe.last_seq(workspace) - 1)[0].action == "review"
    digest = probe.digest(workspace)
    with pytest.raises(RuleViolation) as future:
        workspace.plans.record_review(plan_id, TODAY + timedelta(days=1))
    assert future.value.code == "date_in_future"
    assert probe.digest(workspace) == digest


# -- session records ---------------------------------------------------------------------------------------


def test_session_lifecycle_draft_final_amend(
    workspace: Workspace, staff: Any, client_id: str, probe: Any
) -> None:
    workspace.plans.create(plan_input(client_id, goal("目标一", progress=10), goal("目标二")))
    (g1, _, _), (g2, _, _) = workspace.plans.goals_of_client(client_id)
    seq0 = probe.last_seq(workspace)

    # A draft, saved and saved again (autosave rewrites it in place).
    sid = workspace.sessions.save_draft(
        session_input(
            client_id,
            content="草稿",
            participants=(ParticipantInput("client", "服务对象"), ParticipantInput("family", "母亲")),
            goals=(GoalProgressInput(g1, 30, "有进步"),),
        )
    )
    assert workspace.sessions.view(sid).status == "draft"
    assert workspace.sessions.count_drafts(staff.coach1_id) == 1
    again = workspace.sessions.save_draft(
        session_input(
            client_id,
            content="在岗观察服务对象完成包装流程，示范两次后独立操作。",
            participants=(ParticipantInput("client", "服务对象"),),
            goals=(GoalProgressInput(g1, 40, "有进步"), GoalProgressInput(g2, 20)),
        ),
        sid,
    )
    assert again == sid
    assert (
        probe.scalar(
            workspace,
            "SELECT count(*) FROM session_participants WHERE session_id=:s AND deleted_at IS NULL",
            s=sid,
        )
        == 1
    )
    assert probe.scalar(workspace, "SELECT minutes FROM session_records WHERE id=:s", s=sid) == 90
    # A draft's goal progress is not yet the plan's.
    assert [p for _g, _d, p in workspace.plans.goals_of_client(client_id)] == [10, 0]

    workspace.sessions.finalise(sid)

    view = workspace.sessions.view(sid)
    assert view.status == "final" and view.amendments == ()
    assert [p for _g, _d, p in workspace.plans.goals_of_client(client_id)] == [40, 20]
    assert workspace.sessions.count_drafts() == 0
    assert [(e.action, e.entity, e.entity_id) for e in probe.audit(workspace, seq0)] == [
        ("create", "session_record", sid),
        ("update", "session_record", sid),
        ("finalise", "session_record", sid),
    ]

    # The final record cannot be edited, deleted or finalised again.
    digest = probe.digest(workspace)
    with pytest.raises(RuleViolation) as edit:
        workspace.sessions.save_draft(session_input(client_id, content="改写"), sid)
    assert edit.value.code == "session_final"
    with pytest.raises(RuleViolation) as delete:
        workspace.sessions.delete_draft(sid)
    assert delete.value.code == "session_final"
    with pytest.raises(RuleViolation) as twice:
        workspace.sessions.finalise(sid)
    assert twice.value.code == "session_final"
    assert probe.digest(workspace) == digest

    # An amendment keeps the original.
    original = dict(view.original)
    seq1 = probe.last_seq(workspace)
    amendment = workspace.sessions.amend(
        sid, {"content": "更正：示范三次后独立操作。", "end_time": time(11, 0)}, "  记录有误  "
    )
    amended = workspace.sessions.view(sid)
    assert amended.original == original
    assert amended.values["content"] == "更正：示范三次后独立操作。"
    assert amended.values["end_time"] == time(11, 0)
    assert amended.values["start_time"] == original["start_time"]
    [a] = amended.amendments
    assert (a.author_id, a.reason) == (staff.coach1_id, "记录有误")
    assert a.changes == {
        "content": {"old": original["content"], "new": "更正：示范三次后独立操作。"},
        "end_time": {"old": "10:30:00", "new": "11:00:00"},
    }
    assert (
        probe.scalar(workspace, "SELECT content FROM session_records WHERE id=:s", s=sid)
        == original["content"]
    )
    [entry] = probe.audit(workspace, seq1)
    assert (entry.action, entry.entity, entry.entity_id) == ("amend", "session_record", sid)
    assert entry.detail == {"amendment_id": amendment, "fields": ["content", "end_time"]}

    # A second amendment applies on top of the first; values that equal the current ones are no change.
    workspace.sessions.amend(sid, {"fading_percent": 60, "content": amended.values["content"]}, "补记")
    latest = workspace.sessions.view(sid)
    assert latest.values["fading_percent"] == 60 and latest.values["end_time"] == time(11, 0)
    assert list(latest.amendments[1].changes) == ["fading_percent"]
    assert latest.original == original


@pytest.mark.parametrize(
    ("changes", "reason", "error", "code"),
    [
        ({"end_time": time(8, 0)}, "时间有误", ValidationError, {("end_time", "time_order")}),
        ({"content": "  "}, "清空", ValidationError, {("content", "required_to_finalise")}),
        ({"session_date": date(2026, 11, 16)}, "日期", ValidationError, {("session_date", "date_in_future")}),
        ({"mode": "telepathy"}, "方式", ValidationError, {("mode", "unknown_code")}),
        ({"fading_percent": 120}, "撤出", ValidationError, {("fading_percent", "out_of_range")}),
        ({"client_id": "other"}, "换人", RuleViolation, "field_not_amendable"),
        ({"minutes": 5}, "时长", RuleViolation, "field_not_amendable"),
        ({"content": "在岗观察服务对象完成包装流程。"}, "没变", RuleViolation, "no_change"),
        ({"content": "新内容"}, "   ", RuleViolation, "reason_required"),
    ],
)
def test_invalid_amendment_writes_nothing(
    workspace: Workspace,
    client_id: str,
    probe: Any,
    changes: dict[str, Any],
    reason: str,
    error: type[Exception],
    code: Any,
) -> None:
    sid = workspace.sessions.save_draft(session_input(client_id))
    workspace.sessions.finalise(sid)
    before = workspace.sessions.view(sid)
    counts, digest = probe.counts(workspace), probe.digest(workspace)

    with pytest.raises(error) as info:
        workspace.sessions.amend(sid, changes, reason)

    if error is ValidationError:
        assert codes(info.value) == code  # type: ignore[arg-type]
    else:
        assert info.value.code == code  # type: ignore[attr-defined]
    assert probe.counts(workspace) == counts
    assert probe.digest(workspace) == digest
    assert workspace.sessions.view(sid) == before


def test_a_draft_is_edited_not_amended(workspace: Workspace, client_id: str, probe: Any) -> None:
    sid = workspace.sessions.save_draft(session_input(client_id))
    digest = probe.digest(workspace)
    with pytest.raises(RuleViolation) as info:
        workspace.sessions.amend(sid, {"content": "新"}, "原因")
    assert info.value.code == "session_draft"
    assert probe.digest(workspace) == digest
    before = probe.last_seq(workspace)
    workspace.sessions.delete_draft(sid)
    assert [(e.action, e.entity_id) for e in probe.audit(workspace, before)] == [("delete", sid)]
    assert workspace.sessions.timeline(client_id) == []
    with pytest.raises(NotFound):
        workspace.sessions.view(sid)


def test_finalise_requires_content_and_participants(workspace: Workspace, client_id: str, probe: Any) -> None:
    sid = workspace.sessions.save_draft(session_input(client_id, content="", participants=()))
    digest = probe.digest(workspace)
    with pytest.raises(ValidationError) as info:
        workspace.sessions.finalise(sid)
    assert codes(info.value) == {
        ("content", "required_to_finalise"),
        ("participants", "required_to_finalise"),
    }
    assert probe.digest(workspace) == digest
    assert workspace.sessions.view(sid).status == "draft"

    workspace.sessions.save_draft(session_input(client_id, content="内容", participants=()), sid)
    with pytest.raises(ValidationError) as still:
        workspace.sessions.finalise(sid)
    assert codes(still.value) == {("participants", "required_to_finalise")}


def test_session_goal_must_belong_to_the_clients_active_plan(
    workspace: Workspace, client_id: str, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    workspace.plans.create(plan_input(client_id, goal("旧计划的目标")))
    [(old_goal, _, _)] = workspace.plans.goals_of_client(client_id)
    workspace.plans.create(plan_input(client_id, goal("新计划的目标")))
    [(own_goal, _, _)] = workspace.plans.goals_of_client(client_id)
    other = workspace.clients.create(make_client(name="另一位"))
    workspace.plans.create(plan_input(other, goal("别人的目标")))
    [(foreign_goal, _, _)] = workspace.plans.goals_of_client(other)
    draft = workspace.sessions.save_draft(session_input(client_id))
    counts, digest = probe.counts(workspace), probe.digest(workspace)

    for bad in (foreign_goal, old_goal, "no-such-goal"):
        progress = (GoalProgressInput(own_goal, 50), GoalProgressInput(bad, 10))
        with pytest.raises(ValidationError) as created:
            workspace.sessions.save_draft(session_input(client_id, goals=progress))
        assert codes(created.value) == {("goals[1].goal_id", "goal_not_in_plan")}
        with pytest.raises(ValidationError) as updated:
            workspace.sessions.save_draft(session_input(client_id, goals=progress), draft)
        assert codes(updated.value) == {("goals[1].goal_id", "goal_not_in_plan")}
    assert probe.counts(workspace) == counts
    assert probe.digest(workspace) == digest

    ok = workspace.sessions.save_draft(session_input(client_id, goals=(GoalProgressInput(own_goal, 50),)))
    workspace.sessions.finalise(ok)
    assert workspace.plans.goals_of_client(client_id)[0][2] == 50


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"day": date(2026, 11, 16)}, {("session_date", "date_in_future")}),
        ({"end_time": time(9, 0)}, {("end_time", "time_order")}),
        ({"session_type": "party"}, {("session_type", "unknown_code")}),
        ({"travel_minutes": 601}, {("travel_minutes", "out_of_range")}),
        ({"next_steps_due": date(2026, 3, 1)}, {("next_steps_due", "date_order")}),
        ({"participants": (ParticipantInput("alien"),)}, {("participants[0].kind", "unknown_code")}),
    ],
)
def test_invalid_session_writes_nothing(
    workspace: Workspace, client_id: str, probe: Any, change: dict[str, Any], expected: set[tuple[str, str]]
) -> None:
    digest = probe.digest(workspace)
    with pytest.raises(ValidationError) as info:
        workspace.sessions.save_draft(session_input(client_id, **change))
    assert codes(info.value) == expected
    assert probe.digest(workspace) == digest


def test_a_draft_stays_with_its_client(
    workspace: Workspace, client_id: str, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    other = workspace.clients.create(make_client(name="另一位"))
    sid = workspace.sessions.save_draft(session_input(client_id))
    digest = probe.digest(workspace)
    with pytest.raises(RuleViolation) as info:
        workspace.sessions.save_draft(session_input(other), sid)
    assert info.value.code == "client_changed"
    with pytest.raises(NotFound):
        workspace.sessions.save_draft(session_input("no-such-client"))
    assert probe.digest(workspace) == digest


def test_timeline_newest_first(workspace: Workspace, client_id: str) -> None:
    a = workspace.sessions.save_draft(session_input(client_id, date(2026, 3, 2)))
    b = workspace.sessions.save_draft(session_input(client_id, date(2026, 4, 2), session_type="home_visit"))
    workspace.sessions.finalise(a)
    assert workspace.sessions.timeline(client_id) == [
        (b, date(2026, 4, 2), "home_visit", "draft", 90),
        (a, date(2026, 3, 2), "on_site_coaching", "final", 90),
    ]


def test_first_final_session_activates_a_referred_client(workspace: Workspace, client_id: str) -> None:
    assert workspace.clients.view(client_id).status == "referred"
    sid = workspace.sessions.save_draft(session_input(client_id, session_type="intake"))
    assert workspace.clients.view(client_id).status == "referred"
    workspace.sessions.finalise(sid)
    assert workspace.clients.view(client_id).status == "active"


# -- employers --------------------------------------------------------------------------------------------


def test_employer_file_contacts_log_and_job_analysis(
    workspace: Workspace, staff: Any, client_id: str, probe: Any
) -> None:
    digest = probe.digest(workspace)
    code = build_credit_code("91441900MA4UABCDE")
    wrong = code[:17] + ("0" if code[17] != "0" else "1")
    with pytest.raises(ValidationError) as bad_code:
        workspace.employers.create(EmployerInput("某公司", wrong))
    assert codes(bad_code.value) == {("credit_code", "credit_code_check")}
    with pytest.raises(ValidationError) as bad_format:
        workspace.employers.create(EmployerInput("某公司", "91441900MA4UABCDI", town_code="123"))
    assert codes(bad_format.value) == {("credit_code", "credit_code_format"), ("town_code", "unknown_code")}
    assert probe.digest(workspace) == digest

    seq = probe.last_seq(workspace)
    employer = workspace.employers.create(
        EmployerInput(" 东莞市鸿顺物业管理有限公司 ", code.lower(), "物业服务")
    )
    assert workspace.employers.directory("鸿顺") == [(employer, "东莞市鸿顺物业管理有限公司", "物业服务")]
    assert probe.scalar(workspace, "SELECT credit_code FROM employers WHERE id=:e", e=employer) == code
    contact = workspace.employers.add_contact(
        EmployerContactInput(employer, "李主管", "人事主管", "0769 2234 5678")
    )
    assert (
        probe.scalar(workspace, "SELECT phone FROM employer_contacts WHERE id=:c", c=contact)
        == "0769-22345678"
    )
    log = workspace.employers.log_contact(
        ContactLogInput(employer, date(2026, 2, 20), "visit", "介绍支持性就业", contact, client_id)
    )
    assert workspace.clients.view(client_id).phase == "job_development"
    analysis = workspace.employers.record_job_analysis(
        JobAnalysisInput(employer, date(2026, 2, 25), "保洁员", client_id, hours="9:00-17:00")
    )
    assert workspace.employers.update(
        employer, EmployerInput("东莞市鸿顺物业管理有限公司", code, "保洁")
    ) == ["sector"]
    assert [(e.action, e.entity, e.entity_id, e.actor_id) for e in probe.audit(workspace, seq)] == [
        ("create", "employer", employer, staff.coach1_id),
        ("create", "employer_contact", contact, staff.coach1_id),
        ("create", "employer_contact_log", log, staff.coach1_id),
        ("create", "job_analysis", analysis, staff.coach1_id),
        ("update", "employer", employer, staff.coach1_id),
    ]


# -- placements ---------------------------------------------------------------------------------------------


def placement_input(
    client_id: str, employer_id: str, start: date = date(2026, 4, 1), **kw: Any
) -> PlacementInput:
    values: dict[str, Any] = {"contract_type": "fixed_term", "social_insurance": True}
    values.update(kw)
    return PlacementInput(
        client_id,
        employer_id,
        values.pop("post", "保洁员"),
        start,
        values.pop("employment_form", "quota"),
        values.pop("hours_per_week", 40.0),
        values.pop("monthly_wage", 2300),
        **values,
    )


def test_placement_generates_default_checkpoints(
    workspace: Workspace, client_id: str, employer_id: str, probe: Any
) -> None:
    seq = probe.last_seq(workspace)
    placement = workspace.placements.record(placement_input(client_id, employer_id, date(2026, 4, 1)))
    checkpoints = workspace.placements.checkpoints(client_id)
    assert [(offset, due, checked, still) for _id, offset, due, checked, still in checkpoints] == [
        (30, date(2026, 5, 1), None, None),
        (90, date(2026, 6, 30), None, None),
        (180, date(2026, 9, 28), None, None),
    ]
    view = workspace.clients.view(client_id)
    assert (view.status, view.phase) == ("placed", "on_the_job")
    [entry] = probe.audit(workspace, seq)
    assert (entry.action, entry.entity, entry.entity_id, entry.detail) == (
        "create",
        "placement",
        placement,
        {"client_id": client_id, "checkpoints": 3},
    )


def test_placement_follows_the_retention_schedule_setting(
    workspace: Workspace, client_id: str, employer_id: str
) -> None:
    workspace.ctx.settings.set("retention_schedule_days", [30, 90, 180, 365])
    workspace.placements.record(placement_input(client_id, employer_id, date(2026, 2, 1)))
    checkpoints = workspace.placements.checkpoints(client_id)
    assert [(offset, due) for _id, offset, due, _c, _s in checkpoints] == [
        (30, date(2026, 3, 3)),
        (90, date(2026, 5, 2)),
        (180, date(2026, 7, 31)),
        (365, date(2027, 2, 1)),
    ]


def test_invalid_placement_writes_nothing(
    workspace: Workspace, client_id: str, employer_id: str, probe: Any
) -> None:
    digest = probe.digest(workspace)
    with pytest.raises(RuleViolation) as early:
        workspace.placements.record(placement_input(client_id, employer_id, INTAKE - timedelta(days=1)))
    assert early.value.code == "date_order"
    with pytest.raises(ValidationError) as invalid:
        workspace.placements.record(
            placement_input(
                client_id,
                employer_id,
                TODAY + timedelta(days=93),
                employment_form="supported",  # a service model, not an employment form
                hours_per_week=0.5,
                post=" ",
            )
        )
    assert codes(invalid.value) == {
        ("start_date", "date_too_far"),
        ("employment_form", "unknown_code"),
        ("hours_per_week", "out_of_range"),
        ("post", "required"),
    }
    with pytest.raises(NotFound):
        workspace.placements.record(placement_input(client_id, "no-such-employer"))
    assert probe.digest(workspace) == digest
    # Up to three months ahead is fine.
    workspace.placements.record(placement_input(client_id, employer_id, TODAY + timedelta(days=92)))


def test_checkpoint_results(workspace: Workspace, client_id: str, employer_id: str, probe: Any) -> None:
    placement = workspace.placements.record(placement_input(client_id, employer_id, date(2026, 4, 1)))
    (cp30, *_), (cp90, *_), (cp180, *_) = workspace.placements.checkpoints(client_id)

    digest = probe.digest(workspace)
    with pytest.raises(ValidationError) as contradiction:
        workspace.placements.record_checkpoint(
            cp30, CheckpointResultInput(date(2026, 5, 2), still_employed=False, same_employer=True)
        )
    assert codes(contradiction.value) == {("same_employer", "contradiction")}
    with pytest.raises(RuleViolation) as before_start:
        workspace.placements.record_checkpoint(cp30, CheckpointResultInput(date(2026, 3, 31), True, True))
    assert before_start.value.code == "date_order"
    with pytest.raises(ValidationError) as satisfaction:
        workspace.placements.record_checkpoint(
            cp30, CheckpointResultInput(date(2026, 5, 2), True, True, client_satisfaction=6)
        )
    assert codes(satisfaction.value) == {("client_satisfaction", "out_of_range")}
    assert probe.digest(workspace) == digest

    seq = probe.last_seq(workspace)
    workspace.placements.record_checkpoint(
        cp30, CheckpointResultInput(date(2026, 5, 2), True, True, 40.0, 2300, 4, 5, "适应良好")
    )
    assert workspace.clients.view(client_id).phase == "on_the_job"
    workspace.placements.record_checkpoint(cp90, CheckpointResultInput(date(2026, 7, 1), True, True))
    assert workspace.clients.view(client_id).phase == "follow_along"
    workspace.placements.record_checkpoint(cp180, CheckpointResultInput(date(2026, 9, 20), False))

    results = {
        cid: (checked, still) for cid, _o, _d, checked, still in workspace.placements.checkpoints(client_id)
    }
    assert results == {
        cp30: (date(2026, 5, 2), True),
        cp90: (date(2026, 7, 1), True),
        cp180: (date(2026, 9, 20), False),
    }
    # Not employed any more: the placement ends on the check date.
    assert probe.scalar(workspace, "SELECT end_date FROM placements WHERE id=:p", p=placement) == "2026-09-20"
    assert [(e.action, e.entity, e.entity_id, e.detail) for e in probe.audit(workspace, seq)] == [
        ("check", "retention_checkpoint", cp, {"placement_id": placement}) for cp in (cp30, cp90, cp180)
    ]


def test_end_placement(workspace: Workspace, client_id: str, employer_id: str, probe: Any) -> None:
    placement = workspace.placements.record(placement_input(client_id, employer_id, date(2026, 4, 1)))
    digest = probe.digest(workspace)
    for bad in (date(2026, 3, 31), TODAY + timedelta(days=1)):
        with pytest.raises(RuleViolation) as info:
            workspace.placements.end(placement, bad)
        assert info.value.code == "date_order"
    assert probe.digest(workspace) == digest
    seq = probe.last_seq(workspace)
    workspace.placements.end(placement, date(2026, 8, 31))
    assert probe.scalar(workspace, "SELECT end_date FROM placements WHERE id=:p", p=placement) == "2026-08-31"
    assert [(e.action, e.entity) for e in probe.audit(workspace, seq)] == [("end", "placement")]


# -- supervision ------------------------------------------------------------------------------------------


def supervision_input(staff: Any, **kw: Any) -> SupervisionInput:
    values: dict[str, Any] = {
        "topics": ("employer_cooperation", "practice_skills"),
        "place": "机构会议室",
        "files_checked": 5,
        "files_passing": 4,
        "opinions": "制定撤出计划",
        "actions": (SupervisionActionInput("补齐服务记录", "辅导员甲", date(2026, 11, 30)),),
    }
    values.update(kw)
    return SupervisionInput(
        values.pop("held_on", date(2026, 11, 10)),
        time(14, 0),
        values.pop("end_time", time(15, 30)),
        values.pop("mode", "face_to_face"),
        values.pop("form", "group"),
        values.pop("supervisee_ids", (staff.coach1_id, staff.coach2_id)),
        **values,
    )


def test_supervision_needs_the_supervisor_role(workspace: Workspace, staff: Any, probe: Any) -> None:
    digest = probe.digest(workspace)
    with pytest.raises(PermissionDenied) as info:
        workspace.supervision.record(supervision_input(staff))  # coach 1 is signed in
    assert info.value.code == "role_required"
    assert probe.digest(workspace) == digest


def test_supervision_record(workspace: Workspace, staff: Any, client_id: str, probe: Any) -> None:
    workspace.act_as(staff.actor(staff.supervisor_id))
    seq = probe.last_seq(workspace)
    first = workspace.supervision.record(supervision_input(staff, case_client_ids=(client_id,)))
    second = workspace.supervision.record(
        supervision_input(
            staff, held_on=date(2026, 10, 5), supervisee_ids=(staff.coach2_id,), form="individual"
        )
    )

    assert probe.scalar(workspace, "SELECT record_no FROM supervision_records WHERE id=:r", r=first) == (
        "DD-202611-0001"
    )
    assert probe.scalar(workspace, "SELECT record_no FROM supervision_records WHERE id=:r", r=second) == (
        "DD-202610-0002"
    )
    assert probe.scalar(workspace, "SELECT minutes FROM supervision_records WHERE id=:r", r=first) == 90
    assert probe.scalar(workspace, "SELECT supervisor_id FROM supervision_records WHERE id=:r", r=first) == (
        staff.supervisor_id
    )
    assert (
        probe.scalar(workspace, "SELECT count(*) FROM supervision_supervisees WHERE record_id=:r", r=first)
        == 2
    )
    assert probe.scalar(workspace, "SELECT client_id FROM supervision_cases WHERE record_id=:r", r=first) == (
        client_id
    )
    assert probe.scalar(workspace, "SELECT what FROM supervision_actions WHERE record_id=:r", r=first) == (
        "补齐服务记录"
    )
    assert [(e.action, e.entity, e.entity_id, e.actor_id, e.detail) for e in probe.audit(workspace, seq)] == [
        ("create", "supervision_record", first, staff.supervisor_id, {"supervisees": 2}),
        ("create", "supervision_record", second, staff.supervisor_id, {"supervisees": 1}),
    ]


def test_invalid_supervision_writes_nothing(workspace: Workspace, staff: Any, probe: Any) -> None:
    workspace.act_as(staff.actor(staff.supervisor_id))
    digest = probe.digest(workspace)
    with pytest.raises(ValidationError) as info:
        workspace.supervision.record(
            supervision_input(
                staff,
                supervisee_ids=(),
                files_checked=3,
                files_passing=4,
                topics=("gossip",),
                end_time=time(13, 0),
                actions=(SupervisionActionInput("", "某人", date(2026, 12, 1), "pending"),),
            )
        )
    assert codes(info.value) == {
        ("supervisee_ids", "required"),
        ("files_passing", "exceeds"),
        ("topics[0]", "unknown_code"),
        ("end_time", "time_order"),
        ("actions[0].what", "required"),
        ("actions[0].status", "unknown_code"),
    }
    with pytest.raises(NotFound):
        workspace.supervision.record(supervision_input(staff, supervisee_ids=("no-such-user",)))
    with pytest.raises(NotFound):
        workspace.supervision.record(supervision_input(staff, case_client_ids=("no-such-client",)))
    assert probe.digest(workspace) == digest


# -- closed cases, typed amendments ------------------------------------------------------------------------


def test_a_closed_case_takes_no_new_sessions_or_placements(
    workspace: Workspace, client_id: str, employer_id: str, probe: Any
) -> None:
    from app.domain.records import ClosureInput

    draft = workspace.sessions.save_draft(session_input(client_id))
    workspace.clients.close(ClosureInput(client_id, date(2026, 11, 1), "moved_away"))
    digest = probe.digest(workspace)
    with pytest.raises(RuleViolation) as new_session:
        workspace.sessions.save_draft(session_input(client_id))
    assert new_session.value.code == "case_closed"
    with pytest.raises(RuleViolation) as placement:
        workspace.placements.record(placement_input(client_id, employer_id))
    assert placement.value.code == "case_closed"
    assert probe.digest(workspace) == digest
    # A draft begun before the closure can still be completed: no work is lost.
    workspace.sessions.save_draft(session_input(client_id, content="结案前的最后一次家访"), draft)
    workspace.sessions.finalise(draft)
    assert workspace.sessions.view(draft).status == "final"


@pytest.mark.parametrize(
    ("field", "value"),
    [("session_date", "2026-03-02"), ("travel_minutes", "30"), ("travel_minutes", True), ("end_time", 11)],
)
def test_amendment_values_must_have_the_right_type(
    workspace: Workspace, client_id: str, probe: Any, field: str, value: Any
) -> None:
    sid = workspace.sessions.save_draft(session_input(client_id))
    workspace.sessions.finalise(sid)
    digest = probe.digest(workspace)
    with pytest.raises(RuleViolation) as info:
        workspace.sessions.amend(sid, {field: value}, "更正")
    assert info.value.code == "amendment_type"
    assert info.value.params["fields"] == [field]
    assert probe.digest(workspace) == digest
