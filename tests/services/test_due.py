"""The due panel on a real encrypted store: a hand-built caseload (today is 2026-11-15, "no contact"
after 30 days, supervision every 31 days) and the items worked out by hand for it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, time, timedelta
from typing import Any

import pytest

from app.domain.records import (
    CheckpointResultInput,
    ClientInput,
    ClosureInput,
    EmployerInput,
    GoalInput,
    ParticipantInput,
    PlacementInput,
    PlanInput,
    SessionInput,
    SupervisionInput,
)
from app.services.due import DUE_KINDS, DUE_REASONS, DueItem
from app.services.people import UserInput
from app.services.workspace import Workspace

pytestmark = pytest.mark.timeout(120)

TODAY = date(2026, 11, 15)
Who = tuple[str, str, date, int]


def session(client_id: str, day: date) -> SessionInput:
    return SessionInput(
        client_id,
        day,
        time(9, 0),
        time(10, 0),
        "in_person",
        "training",
        "在岗观察并示范包装流程。",
        participants=(ParticipantInput("client", "服务对象"),),
    )


def plan(client_id: str, start: date) -> PlanInput:
    goal = GoalInput("独立乘坐公交车往返", "连续两周独立到岗", "client", start, start + timedelta(days=180))
    return PlanInput(client_id, "超市理货员", start, start + timedelta(days=365), (goal,))


@pytest.fixture
def case(workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput]) -> dict[str, str]:
    """Clients of coach 1 (signed in) and coach 2, a third coach never supervised, and supervision."""
    ws = workspace
    coach3 = ws.people.create_user(staff.organisation_id, UserInput("coach3", "辅导员丙", "coach"))
    ids: dict[str, str] = {"coach3": coach3}

    def client(name: str, intake: date, coach: str = staff.coach1_id) -> str:
        ids[name] = ws.clients.create(
            make_client(name=name, intake_date=intake, assigned_coach_id=coach, phone="13700000000")
        )
        return ids[name]

    def seen(client_id: str, day: date, *, final: bool = True) -> str:
        sid = ws.sessions.save_draft(session(client_id, day))
        if final:
            ws.sessions.finalise(sid)
        return sid

    june = date(2026, 6, 1)
    # Plan reviews: one in 3 days, one 16 days overdue (and never seen since the intake).
    ws.plans.create(plan(client("计划甲", june), date(2026, 8, 20)))  # next review 2026-11-18
    seen(ids["计划甲"], date(2026, 11, 1))
    ws.plans.create(plan(client("计划乙", june), date(2026, 8, 1)))  # next review 2026-10-30
    # Retention checkpoints: 30 days checked, 90 days due today; another 30 days 45 days overdue.
    employer = ws.employers.create(EmployerInput("东莞市华达电子科技有限公司", "", "电子制造"))
    ws.placements.record(
        PlacementInput(client("回访丙", june), employer, "包装工", date(2026, 8, 17), "quota", 40.0, 2300)
    )
    first = ws.placements.checkpoints(ids["回访丙"])[0]
    ws.placements.record_checkpoint(first[0], CheckpointResultInput(date(2026, 9, 16), True))
    seen(ids["回访丙"], date(2026, 11, 10))
    ws.placements.record(
        PlacementInput(client("回访丁", june), employer, "包装工", date(2026, 9, 1), "quota", 40.0, 2300)
    )
    seen(ids["回访丁"], date(2026, 11, 10))
    # A draft of coach 1, three days old.
    ids["draft1"] = seen(client("草稿戊", date(2026, 11, 1)), date(2026, 11, 12), final=False)
    # Last contact 75 days ago, unless its date is amended.
    ids["amend"] = seen(client("改期己", june), date(2026, 9, 1))
    # Exactly 30 days is not "more than 30 days"; 31 is.
    seen(client("边界庚", june), date(2026, 10, 16))
    seen(client("边界辛", june), date(2026, 10, 15))
    # Closed, deleted and newly taken in: nothing due.
    ws.plans.create(plan(client("结案壬", date(2026, 3, 1)), date(2026, 4, 1)))
    ws.clients.close(ClosureInput(ids["结案壬"], date(2026, 11, 1), "moved_away"))
    ws.clients.delete(client("删除癸", date(2026, 3, 1)))
    client("新接案子", date(2026, 11, 1))
    # Coach 2: a client not seen for 45 days, and a draft of their own.
    ws.act_as(staff.actor(staff.coach2_id))
    seen(client("久未联系丑", june, staff.coach2_id), date(2026, 10, 1))
    ids["draft2"] = seen(
        client("草稿寅", date(2026, 11, 1), staff.coach2_id), date(2026, 11, 14), final=False
    )
    # Supervision: coach 1 last on 2026-10-01 (45 days ago), coach 2 on 2026-11-10, coach 3 never.
    ws.act_as(staff.actor(staff.supervisor_id))
    for held, who in ((date(2026, 10, 1), staff.coach1_id), (date(2026, 11, 10), staff.coach2_id)):
        ws.supervision.record(
            SupervisionInput(held, time(14, 0), time(15, 0), "face_to_face", "group", (who,))
        )
    ws.act_as(staff.actor(staff.coach1_id))
    return ids


def described(ws: Workspace, items: list[DueItem]) -> list[Who]:
    """(kind, client or coach name, due on, days overdue) of each item, in the order given."""
    clients = {r.id: r.name for r in ws.clients.caseload(limit=1000).rows}
    users = {u.id: u.display_name for u in ws.people.users()}
    return [
        (i.kind, clients[i.client_id] if i.client_id else users[str(i.user_id)], i.due_on, i.days_overdue)
        for i in items
    ]


COACH1_VIEW: list[Who] = [
    ("no_contact", "计划乙", date(2026, 7, 1), 137),
    ("checkpoint_overdue", "回访丁", date(2026, 10, 1), 45),
    ("plan_review", "计划乙", date(2026, 10, 30), 16),
    ("no_contact", "久未联系丑", date(2026, 10, 31), 15),
    ("supervision", "辅导员甲", date(2026, 11, 1), 14),
    ("draft", "草稿戊", date(2026, 11, 12), 3),
    ("no_contact", "边界辛", date(2026, 11, 14), 1),
    ("checkpoint_due", "回访丙", date(2026, 11, 15), 0),
    ("supervision", "辅导员丙", date(2026, 11, 15), 0),
    ("plan_review", "计划甲", date(2026, 11, 18), -3),  # not due yet: negative
]
AMENDED: Who = ("no_contact", "改期己", date(2026, 10, 1), 45)


def test_items_for_a_coach_match_the_hand_computed_list(
    workspace: Workspace, staff: Any, case: dict[str, str]
) -> None:
    items = workspace.due.items()
    # (the amended client's item sorts after the checkpoint due the same day: kinds in DUE_KINDS order)
    assert described(workspace, items) == [*COACH1_VIEW[:2], AMENDED, *COACH1_VIEW[2:]]
    by_kind = {(i.kind, i.client_id or i.user_id): i for i in items}
    assert by_kind["draft", case["草稿戊"]].record_id == case["draft1"]
    assert by_kind["draft", case["草稿戊"]].user_id == staff.coach1_id
    assert by_kind["checkpoint_overdue", case["回访丁"]].record_id is not None
    # Why each is due: a code and parameters (the GUI words them; see tests/ui/test_i18n.py).
    reasons = {(i.name, i.reason, tuple(sorted(i.params.items()))) for i in items}
    assert {
        ("计划甲", "plan_review", ()),
        ("计划乙", "plan_review", ()),
        ("计划乙", "not_started", (("days", 167),)),
        ("回访丙", "checkpoint", (("day", 90),)),
        ("回访丁", "checkpoint", (("day", 30),)),
        ("草稿戊", "draft", ()),
        ("边界辛", "no_session", (("days", 31),)),
        ("辅导员甲", "supervision_gap", (("days", 45),)),
        ("辅导员丙", "never_supervised", ()),
    } <= reasons
    assert all(i.reason in DUE_REASONS for i in items)
    assert [i.name for i in items] == [who for _kind, who, _due, _days in described(workspace, items)]


def test_an_amended_session_date_ends_no_contact(workspace: Workspace, case: dict[str, str]) -> None:
    assert AMENDED in described(workspace, workspace.due.items())
    workspace.sessions.amend(case["amend"], {"session_date": date(2026, 11, 5)}, "日期记错")
    assert described(workspace, workspace.due.items()) == COACH1_VIEW
    # ...and an amendment back into the past brings it back, from the amended date.
    workspace.sessions.amend(case["amend"], {"session_date": date(2026, 8, 1)}, "再次更正")
    assert ("no_contact", "改期己", date(2026, 8, 31), 76) in described(workspace, workspace.due.items())


def test_drafts_and_scope_for_a_supervisor(workspace: Workspace, staff: Any, case: dict[str, str]) -> None:
    workspace.act_as(staff.actor(staff.supervisor_id))
    everything = described(workspace, workspace.due.items())
    assert ("draft", "草稿寅", date(2026, 11, 14), 1) in everything  # every draft
    assert ("draft", "草稿戊", date(2026, 11, 12), 3) in everything
    # One coach: their clients, their drafts, their supervision.
    assert described(workspace, workspace.due.items(coach_id=staff.coach2_id)) == [
        ("no_contact", "久未联系丑", date(2026, 10, 31), 15),
        ("draft", "草稿寅", date(2026, 11, 14), 1),
    ]
    assert [w for w in described(workspace, workspace.due.items(coach_id=case["coach3"]))] == [
        ("supervision", "辅导员丙", date(2026, 11, 15), 0)
    ]


def test_a_coach_sees_only_their_own_drafts(workspace: Workspace, staff: Any, case: dict[str, str]) -> None:
    own = described(workspace, workspace.due.items(coach_id=staff.coach1_id))
    assert [w for w in own if w[0] == "draft"] == [("draft", "草稿戊", date(2026, 11, 12), 3)]
    assert all(w[1] not in ("久未联系丑", "辅导员丙") for w in own)
    workspace.act_as(staff.actor(staff.coach2_id))
    assert [w for w in described(workspace, workspace.due.items()) if w[0] == "draft"] == [
        ("draft", "草稿寅", date(2026, 11, 14), 1)
    ]


def test_settings_and_another_day(workspace: Workspace, case: dict[str, str]) -> None:
    workspace.ctx.settings.set("no_contact_days", 60)
    no_contact = [w for w in described(workspace, workspace.due.items()) if w[0] == "no_contact"]
    assert no_contact == [
        ("no_contact", "计划乙", date(2026, 7, 31), 107),
        ("no_contact", "改期己", date(2026, 10, 31), 15),
    ]
    workspace.ctx.settings.set("supervision_interval_days", 60)
    assert [w[1] for w in described(workspace, workspace.due.items()) if w[0] == "supervision"] == [
        "辅导员丙"
    ]
    # 8 days later: the 90-day checkpoint is overdue, and the other placement's is 7 days away.
    later = described(workspace, workspace.due.items(today=TODAY + timedelta(days=8)))
    assert ("checkpoint_overdue", "回访丙", date(2026, 11, 15), 8) in later
    assert ("checkpoint_due", "回访丁", date(2026, 11, 30), -7) in later


def test_counts_match_the_items(workspace: Workspace, staff: Any, case: dict[str, str]) -> None:
    counts = workspace.due.counts()
    assert counts == {
        "plan_review": 2,
        "checkpoint_due": 1,
        "checkpoint_overdue": 1,
        "draft": 1,
        "no_contact": 4,
        "supervision": 2,
    }
    assert list(counts) == list(DUE_KINDS)
    for actor in (staff.coach1_id, staff.supervisor_id, staff.coach2_id):
        workspace.act_as(staff.actor(actor))
        for coach in (None, staff.coach1_id, staff.coach2_id, case["coach3"]):
            for day in (TODAY, TODAY + timedelta(days=30)):
                items = Counter(i.kind for i in workspace.due.items(day, coach))
                assert workspace.due.counts(day, coach) == {k: items.get(k, 0) for k in DUE_KINDS}


def test_caseload_due_filter_matches_the_client_items(
    workspace: Workspace, staff: Any, case: dict[str, str]
) -> None:
    def due_clients() -> set[str]:
        return {r.name for r in workspace.clients.caseload(due_only=True).rows}

    def item_clients(coach: str | None = None) -> set[str]:
        return {
            w[1] for w in described(workspace, workspace.due.items(coach_id=coach)) if w[0] != "supervision"
        }

    assert (
        due_clients()
        == item_clients()
        == {
            "计划甲",
            "计划乙",
            "回访丙",
            "回访丁",
            "草稿戊",
            "改期己",
            "边界辛",
            "久未联系丑",
        }
    )
    assert {r.name for r in workspace.clients.caseload(due_only=True, coach_id=staff.coach2_id).rows} == {
        "久未联系丑"
    }
    assert workspace.clients.caseload(due_only=True, search="计划").total == 2
    workspace.act_as(staff.actor(staff.supervisor_id))
    assert due_clients() == item_clients() == item_clients(None)
    assert "草稿寅" in due_clients()
    assert {r.name for r in workspace.clients.caseload(due_only=True, coach_id=staff.coach2_id).rows} == {
        "久未联系丑",
        "草稿寅",
    }
