"""The client file service: one read with everything on a client as frozen DTOs (no ORM objects),
masked numbers, amended sessions in the timeline, overdue checkpoints, the session detail with its
amendment history, and the session form's crash-recovery state kept in the encrypted store."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.domain.errors import NotFound, RuleViolation
from app.domain.records import (
    AssessmentInput,
    CheckpointResultInput,
    ClosureInput,
    ConsentInput,
    EmployerInput,
    GoalInput,
    GoalProgressInput,
    JobAnalysisInput,
    ParticipantInput,
    PlacementInput,
    PlanInput,
    SessionInput,
    build_credit_code,
)
from app.services.client_file import RECOVERY_KEY_PREFIX, ClientFile
from app.services.workspace import Workspace
from app.storage.models import Base

TODAY = date(2026, 11, 15)
INTAKE = date(2026, 1, 10)


def goal(description: str, **kw: Any) -> GoalInput:
    return GoalInput(
        description,
        kw.pop("success_criteria", "连续两周做到"),
        kw.pop("responsible_party", "client"),
        kw.pop("start_date", date(2026, 2, 1)),
        kw.pop("target_date", date(2026, 12, 31)),
        **kw,
    )


def plan(client_id: str, *goals: GoalInput, job_goal: str = "超市理货员", **kw: Any) -> PlanInput:
    return PlanInput(
        client_id,
        job_goal,
        kw.pop("start_date", date(2026, 2, 1)),
        kw.pop("target_date", date(2027, 2, 1)),
        goals,
        hours_per_week_goal=30.0,
        wage_goal=2200,
        **kw,
    )


def session(client_id: str, day: date, **kw: Any) -> SessionInput:
    return SessionInput(
        client_id,
        day,
        kw.pop("start_time", time(9, 0)),
        kw.pop("end_time", time(10, 30)),
        kw.pop("mode", "in_person"),
        kw.pop("session_type", "on_site_coaching"),
        kw.pop("content", "在岗观察服务对象完成包装流程。"),
        participants=kw.pop("participants", (ParticipantInput("client", "服务对象"),)),
        **kw,
    )


@pytest.fixture
def client_id(add_client: Callable[..., str]) -> str:
    return add_client(name="黄晓华", intake_date=INTAKE, guardian_name="黄国强", guardian_relation="parent")


@pytest.fixture
def employer_id(workspace: Workspace) -> str:
    return workspace.employers.create(
        EmployerInput("东莞市华达电子科技有限公司", build_credit_code("91441900MA4UABCDE"), "电子制造")
    )


@pytest.fixture
def full_client(workspace: Workspace, client_id: str, employer_id: str) -> dict[str, Any]:
    """A client with a bit of everything."""
    ws = workspace
    ids: dict[str, Any] = {"client": client_id, "employer": employer_id}
    ids["consent_ok"] = ws.clients.record_consent(
        ConsentInput(client_id, "sensitive_processing", "client", "黄晓华", date(2026, 1, 10))
    )
    ids["consent_expired"] = ws.clients.record_consent(
        ConsentInput(client_id, "share_central", "guardian", "黄国强", date(2026, 1, 10), date(2026, 6, 30))
    )
    ids["assessment"] = ws.clients.record_assessment(
        AssessmentInput(
            client_id,
            date(2026, 1, 20),
            "rehab_therapist",
            (("social", 2), ("physical", 4), ("cognitive", 3)),
            assessor_name="李治疗师",
            tool="职业能力评估量表",
            strengths="守时",
        )
    )
    ids["old_plan"] = ws.plans.create(plan(client_id, goal("旧目标"), job_goal="清洁工"))
    ids["plan"] = ws.plans.create(
        plan(
            client_id,
            goal("独立乘坐公交车往返"),
            goal("掌握包装流程", target_date=date(2026, 10, 1)),
            start_date=date(2026, 3, 1),
            review_interval_days=30,
        )
    )
    goals = ws.plans.goals_of_client(client_id)
    ids["goals"] = [g for g, _d, _p in goals]
    first = ws.sessions.save_draft(
        session(client_id, date(2026, 3, 2), goals=(GoalProgressInput(ids["goals"][0], 40, "能认站"),))
    )
    ws.sessions.finalise(first)
    ws.sessions.amend(first, {"travel_minutes": 45, "session_date": date(2026, 3, 3)}, "补记：日期记错")
    ids["amended"] = first
    ids["draft"] = ws.sessions.save_draft(
        session(client_id, date(2026, 11, 10), session_type="follow_up", mode="phone", content="电话回访")
    )
    ids["job_analysis"] = ws.employers.record_job_analysis(
        JobAnalysisInput(employer_id, date(2026, 4, 1), "包装工", client_id, hours="9:00-17:00")
    )
    ids["placement"] = ws.placements.record(
        PlacementInput(client_id, employer_id, "包装工", date(2026, 4, 10), "quota", 40.0, 2300)
    )
    checkpoints = ws.placements.checkpoints(client_id)
    ids["checkpoints"] = [c[0] for c in checkpoints]
    ws.placements.record_checkpoint(
        ids["checkpoints"][0], CheckpointResultInput(date(2026, 5, 12), True, True, 40.0, 2300, 4, 4)
    )
    return ids


def test_file_has_everything(workspace: Workspace, full_client: dict[str, Any], staff: Any) -> None:
    f = workspace.client_file.file(full_client["client"])
    assert f.as_of == TODAY

    p = f.profile
    assert (p.name, p.sex_name, p.town_name, p.coach_name) == ("黄晓华", "男", "东城街道", "辅导员甲")
    assert p.age == 36
    assert (p.guardian_name, p.guardian_relation_name) == ("黄国强", "父母")
    assert (p.status_name, p.phase_name) == ("已就业", "在岗支持")  # a 30-day check keeps the phase
    assert [(d.category_name, d.level_name, d.is_primary) for d in p.disabilities] == [
        ("智力残疾", "三级", True)
    ]

    assert {(c.purpose, c.valid_now) for c in f.consents} == {
        ("sensitive_processing", True),
        ("share_central", False),  # expired on 2026-06-30
    }
    assert f.valid_consent("sensitive_processing") and not f.valid_consent("share_central")
    assert all(c.purpose_name and c.signed_by_name for c in f.consents)

    [a] = f.assessments
    assert [(r.domain, r.score) for r in a.ratings] == [("physical", 4), ("cognitive", 3), ("social", 2)]
    assert a.ratings[0].domain_name == "身体机能"
    assert (a.assessor_role_name, a.assessor_name, a.tool) == ("康复治疗师", "李治疗师", "职业能力评估量表")

    assert f.active_plan is not None and f.active_plan.id == full_client["plan"]
    assert [g.description for g in f.active_plan.goals] == ["独立乘坐公交车往返", "掌握包装流程"]
    assert [g.progress for g in f.active_plan.goals] == [40, 0]  # finalising carried the progress
    assert [g.overdue for g in f.active_plan.goals] == [False, True]  # target 2026-10-01 has passed
    assert f.active_plan.review_overdue  # every 30 days from 2026-03-01
    assert all(g.responsible_name and g.status_name == "进行中" for g in f.active_plan.goals)
    assert [(p.id, p.status) for p in f.older_plans] == [(full_client["old_plan"], "superseded")]

    assert [s.id for s in f.sessions] == [full_client["draft"], full_client["amended"]]
    draft, amended = f.sessions
    assert (draft.status, draft.type_name, draft.mode_name, draft.amendments) == (
        "draft",
        "跟进回访",
        "电话",
        0,
    )
    assert (amended.status, amended.session_date, amended.amendments) == ("final", date(2026, 3, 3), 1)
    assert amended.minutes == 90 and amended.author_name == "辅导员甲"
    assert amended.preview.startswith("在岗观察")

    [placement] = f.placements
    assert (placement.employer_name, placement.post, placement.employment_form_name) == (
        "东莞市华达电子科技有限公司",
        "包装工",
        "按比例就业",
    )
    assert [(c.day_offset, c.checked_on is not None, c.overdue) for c in placement.checkpoints] == [
        (30, True, False),
        (90, False, True),  # due 2026-07-09
        (180, False, True),  # due 2026-10-07
    ]
    assert f.overdue_checkpoints == 2
    [analysis] = f.job_analyses
    assert (analysis.job_title, analysis.employer_name, analysis.hours) == (
        "包装工",
        "东莞市华达电子科技有限公司",
        "9:00-17:00",
    )
    assert f.closure is None


def _walk(value: Any) -> list[Any]:
    out = [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            out += _walk(getattr(value, field.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            out += _walk(item)
    elif isinstance(value, dict):
        for item in value.values():
            out += _walk(item)
    return out


def test_file_is_frozen_dtos_and_masks_numbers(
    workspace: Workspace, full_client: dict[str, Any], make_client: Callable[..., Any]
) -> None:
    f = workspace.client_file.file(full_client["client"])
    assert isinstance(f, ClientFile)
    everything = _walk(f)
    assert not [v for v in everything if isinstance(v, Base)], "an ORM object leaked out"
    dtos = [v for v in everything if dataclasses.is_dataclass(v)]
    assert all(type(v).__dataclass_params__.frozen for v in dtos)  # type: ignore[union-attr]
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.profile.name = "x"  # type: ignore[misc]

    full_id, full_cert = workspace.clients.reveal_identity_numbers(full_client["client"], "verify_identity")
    assert f.profile.id_number_masked == full_id[:6] + "********" + full_id[-4:]
    assert f.profile.certificate_masked == full_cert[:6] + "********" + full_cert[14:18] + "**"
    texts = [v for v in everything if isinstance(v, str)]
    assert full_id not in texts and full_cert not in texts


def model_digest(ws: Workspace) -> dict[str, int]:
    """A hash of every row of every table of the data model, by primary key (independent of rowid)."""
    out = {}
    with ws.ctx.uow.read() as s:
        for table in Base.metadata.sorted_tables:
            order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
            rows = s.execute(text(f'SELECT * FROM "{table.name}" ORDER BY {order}')).all()
            out[table.name] = hash(repr([tuple(r) for r in rows]))
    return out


def test_file_is_a_pure_read(workspace: Workspace, full_client: dict[str, Any], probe: Any) -> None:
    digest, seq = model_digest(workspace), probe.last_seq(workspace)
    workspace.client_file.file(full_client["client"])
    workspace.client_file.session_detail(full_client["amended"])
    workspace.client_file.latest_draft(full_client["client"])
    workspace.client_file.recovery(full_client["client"], None)
    assert model_digest(workspace) == digest
    assert probe.last_seq(workspace) == seq


def test_opening_the_file_is_audited(workspace: Workspace, client_id: str, probe: Any, staff: Any) -> None:
    seq = probe.last_seq(workspace)
    workspace.client_file.note_opened(client_id)
    [entry] = probe.audit(workspace, seq)
    assert (entry.actor_id, entry.action, entry.entity, entry.entity_id, entry.detail) == (
        staff.coach1_id,
        "view",
        "client",
        client_id,
        {"what": "client_file"},
    )


def test_closed_client_shows_the_closure(workspace: Workspace, client_id: str) -> None:
    workspace.clients.close(ClosureInput(client_id, date(2026, 10, 1), "moved_away", "迁往外地"))
    f = workspace.client_file.file(client_id)
    assert f.closure is not None
    assert (f.closure.reason_name, f.closure.outcome, f.closure.closed_on) == (
        "迁出",
        "迁往外地",
        date(2026, 10, 1),
    )
    assert f.profile.status == "closed"


def test_empty_file(workspace: Workspace, client_id: str) -> None:
    f = workspace.client_file.file(client_id)
    assert f.active_plan is None
    assert (f.consents, f.assessments, f.older_plans, f.sessions, f.placements, f.job_analyses) == (
        (),
        (),
        (),
        (),
        (),
        (),
    )
    assert not f.valid_consent("sensitive_processing")


def test_unknown_client(workspace: Workspace) -> None:
    with pytest.raises(NotFound):
        workspace.client_file.file("00000000-0000-0000-0000-000000000000")


def test_session_detail_with_amendments(workspace: Workspace, full_client: dict[str, Any]) -> None:
    d = workspace.client_file.session_detail(full_client["amended"])
    assert d.status == "final" and d.finalised_at is not None
    assert d.original["session_date"] == date(2026, 3, 2)
    assert d.values["session_date"] == date(2026, 3, 3)
    assert (d.original["travel_minutes"], d.values["travel_minutes"]) == (0, 45)
    assert [(p.kind, p.kind_name, p.name) for p in d.participants] == [("client", "服务对象", "服务对象")]
    [g] = d.goals
    assert (g.description, g.progress, g.note, g.in_active_plan) == ("独立乘坐公交车往返", 40, "能认站", True)
    [a] = d.amendments
    assert (a.author_name, a.reason) == ("辅导员甲", "补记：日期记错")
    assert [(c.field, c.old, c.new) for c in a.changes] == [
        ("session_date", "2026-03-02", "2026-03-03"),
        ("travel_minutes", 0, 45),
    ]
    assert d.amended_fields == {"session_date", "travel_minutes"}


def test_latest_draft_is_the_users_own(workspace: Workspace, full_client: dict[str, Any], staff: Any) -> None:
    client = full_client["client"]
    assert workspace.client_file.latest_draft(client) == full_client["draft"]
    workspace.act_as(staff.actor(staff.coach2_id))
    assert workspace.client_file.latest_draft(client) is None


# -- recovery ---------------------------------------------------------------------------------------------


def test_recovery_state_round_trip(workspace: Workspace, client_id: str, staff: Any, probe: Any) -> None:
    svc = workspace.client_file
    assert svc.recovery(client_id, None) is None
    before_audit = probe.last_seq(workspace)
    sessions_before = probe.scalar(workspace, "SELECT count(*) FROM session_records")

    svc.save_recovery(client_id, None, {"content": "未保存的内容", "end_time": "08:00"})
    svc.save_recovery(client_id, "draft-1", {"content": "另一份"})
    state = svc.recovery(client_id, None)
    assert state is not None
    assert (state.session_id, dict(state.form)) == (None, {"content": "未保存的内容", "end_time": "08:00"})
    assert state.saved_at <= state.saved_at.now()
    other = svc.recovery(client_id, "draft-1")
    assert other is not None and other.form["content"] == "另一份"
    # one row per client, not synced, not a record, not audited
    assert (
        probe.scalar(
            workspace, "SELECT count(*) FROM local_settings WHERE key=:k", k=RECOVERY_KEY_PREFIX + client_id
        )
        == 1
    )
    assert probe.last_seq(workspace) == before_audit
    assert probe.scalar(workspace, "SELECT count(*) FROM session_records") == sessions_before

    # only the user who typed it gets it back
    workspace.act_as(staff.actor(staff.coach2_id))
    assert svc.recovery(client_id, None) is None
    workspace.act_as(staff.actor(staff.coach1_id))

    svc.save_recovery(client_id, None, {"content": "改过的"})
    assert svc.recovery(client_id, None).form == {"content": "改过的"}  # type: ignore[union-attr]
    assert svc.clear_recovery(client_id, None)
    assert not svc.clear_recovery(client_id, None)
    assert svc.recovery(client_id, None) is None
    assert svc.recovery(client_id, "draft-1") is not None
    assert svc.clear_recovery(client_id, "draft-1")
    assert (
        probe.scalar(
            workspace, "SELECT count(*) FROM local_settings WHERE key=:k", k=RECOVERY_KEY_PREFIX + client_id
        )
        == 0
    )


def test_recovery_needs_a_client_and_a_bound(workspace: Workspace, client_id: str, probe: Any) -> None:
    counts = probe.counts(workspace)
    with pytest.raises(NotFound):
        workspace.client_file.save_recovery("00000000-0000-0000-0000-000000000000", None, {"content": "x"})
    with pytest.raises(RuleViolation) as info:
        workspace.client_file.save_recovery(client_id, None, {"content": "长" * 500_000})
    assert info.value.code == "recovery_too_large"
    assert probe.counts(workspace) == counts


def test_recovery_text_is_never_on_disk_in_plaintext(
    workspace: Workspace, client_id: str, tmp_path: Path
) -> None:
    marker = "恢复测试标记-RECOVERY-MARKER-7f3a"
    workspace.client_file.save_recovery(client_id, None, {"content": marker})
    data_dir = workspace.data_dir
    needles = [marker.encode("utf-8"), "RECOVERY-MARKER-7f3a".encode("utf-16-le"), b"RECOVERY-MARKER-7f3a"]
    for path in data_dir.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert not any(n in raw for n in needles), f"recovery text in plaintext in {path.name}"
    assert workspace.client_file.recovery(client_id, None) is not None


def test_timeline_counts_amendments_in_dates_and_minutes(workspace: Workspace, client_id: str) -> None:
    ws = workspace
    sid = ws.sessions.save_draft(session(client_id, date(2026, 5, 1)))
    ws.sessions.finalise(sid)
    ws.sessions.amend(sid, {"end_time": time(11, 0), "content": "更正后的内容"}, "结束时间记错")
    [item] = ws.client_file.file(client_id).sessions
    assert (item.minutes, item.amendments, item.preview) == (120, 1, "更正后的内容")
    assert item.session_date == date(2026, 5, 1) and TODAY - item.session_date > timedelta(0)
