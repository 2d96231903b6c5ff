"""The audit trail across every write use case: each operation appends exactly the expected entries
(action, entity, record id, acting user), and no entry carries a personal value (PIPL: details name
fields and ids, never names, ID numbers, phones, addresses or free text)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, time
from typing import Any

from app.domain.records import (
    AssessmentInput,
    CheckpointResultInput,
    ClientInput,
    ClosureInput,
    ConsentInput,
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
)
from app.services.workspace import Workspace

NAME = "欧阳嘉欣"
GUARDIAN = "欧阳国强"
ADDRESS = "东城街道振兴路188号"
PHONE = "13912345678"
GUARDIAN_PHONE = "13698765432"
CONTENT = "服务对象在岗表现稳定，与班组长沟通顺畅。"
CONTACT_NAME = "司徒主管"
CONTACT_PHONE = "0769-22889911"


def test_every_write_is_audited_without_personal_values(
    workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    ws = workspace
    data = make_client(
        name=NAME,
        sex="female",
        address=ADDRESS,
        phone=PHONE,
        guardian_name=GUARDIAN,
        guardian_relation="parent",
        guardian_phone=GUARDIAN_PHONE,
        assigned_coach_id=staff.coach1_id,
        notes="母亲陪同来访",
    )
    steps: list[tuple[str, list[tuple[str, str]], str]] = []

    def step(
        label: str,
        expected: list[tuple[str, str]],
        actor: str,
        call: Callable[[], Any],
        about: str | None = None,
    ) -> Any:
        seq = probe.last_seq(ws)
        result = call()
        got = probe.audit(ws, seq)
        assert [(e.action, e.entity) for e in got] == expected, label
        assert all(e.actor_id == actor for e in got), label
        about_id = about or (result if isinstance(result, str) else None)
        if about_id is not None:
            assert [e.entity_id for e in got] == [about_id], label  # names the record it is about
        steps.append((label, expected, actor))
        return result

    c1, sup = staff.coach1_id, staff.supervisor_id
    client = step("create client", [("create", "client")], c1, lambda: ws.clients.create(data))
    step(
        "update client",
        [("update", "client")],
        c1,
        lambda: ws.clients.update(client, data.replace(phone="13900001111")),
    )
    step(
        "reveal numbers",
        [("reveal_identity", "client")],
        c1,
        lambda: ws.clients.reveal_identity_numbers(client, "print_form"),
    )
    consent = step(
        "consent",
        [("create", "consent")],
        c1,
        lambda: ws.clients.record_consent(
            ConsentInput(client, "sensitive_processing", "guardian", GUARDIAN, date(2026, 1, 10))
        ),
    )
    step(
        "withdraw consent",
        [("withdraw", "consent")],
        c1,
        lambda: ws.clients.withdraw_consent(consent, date(2026, 10, 1)),
    )
    step(
        "assessment",
        [("create", "assessment")],
        c1,
        lambda: ws.clients.record_assessment(
            AssessmentInput(
                client, date(2026, 1, 20), "coach", (("physical", 3),), strengths=f"{NAME}做事认真"
            )
        ),
    )
    plan = step(
        "plan",
        [("create", "employment_plan")],
        c1,
        lambda: ws.plans.create(
            PlanInput(
                client,
                "保洁员",
                date(2026, 1, 25),
                date(2026, 12, 31),
                (GoalInput(f"{NAME}独立乘车", "两周", "client", date(2026, 1, 25), date(2026, 6, 1)),),
                barriers=f"住址{ADDRESS}离单位远",
            )
        ),
    )
    [(goal_id, goal_text, _)] = ws.plans.goals_of_client(client)
    step(
        "update plan",
        [("update", "employment_plan")],
        c1,
        lambda: ws.plans.update(
            plan,
            PlanInput(
                client,
                "保洁员",
                date(2026, 1, 25),
                date(2026, 12, 31),
                (GoalInput(goal_text, "三周", "client", date(2026, 1, 25), date(2026, 6, 1), id=goal_id),),
            ),
        ),
    )
    step(
        "plan review",
        [("review", "employment_plan")],
        c1,
        lambda: ws.plans.record_review(plan, date(2026, 4, 1)),
    )
    session = SessionInput(
        client,
        date(2026, 3, 2),
        time(9, 0),
        time(10, 0),
        "in_person",
        "on_site_coaching",
        CONTENT,
        participants=(ParticipantInput("client", NAME), ParticipantInput("family", GUARDIAN)),
        goals=(GoalProgressInput(goal_id, 40, f"{NAME}有进步"),),
    )
    sid = step("draft", [("create", "session_record")], c1, lambda: ws.sessions.save_draft(session))
    step("draft again", [("update", "session_record")], c1, lambda: ws.sessions.save_draft(session, sid))
    step("finalise", [("finalise", "session_record")], c1, lambda: ws.sessions.finalise(sid))
    step(
        "amend",
        [("amend", "session_record")],
        c1,
        lambda: ws.sessions.amend(sid, {"content": CONTENT + "补充。"}, f"{NAME}的记录补充"),
        about=sid,
    )
    other = step("second draft", [("create", "session_record")], c1, lambda: ws.sessions.save_draft(session))
    step("delete draft", [("delete", "session_record")], c1, lambda: ws.sessions.delete_draft(other))
    employer = step(
        "employer",
        [("create", "employer")],
        c1,
        lambda: ws.employers.create(EmployerInput("东莞市众诚包装有限公司")),
    )
    step(
        "employer update",
        [("update", "employer")],
        c1,
        lambda: ws.employers.update(employer, EmployerInput("东莞市众诚包装有限公司", sector="包装")),
    )
    contact = step(
        "employer contact",
        [("create", "employer_contact")],
        c1,
        lambda: ws.employers.add_contact(EmployerContactInput(employer, CONTACT_NAME, "人事", CONTACT_PHONE)),
    )
    step(
        "contact log",
        [("create", "employer_contact_log")],
        c1,
        lambda: ws.employers.log_contact(
            ContactLogInput(employer, date(2026, 2, 20), "visit", f"为{NAME}开发岗位", contact, client)
        ),
    )
    step(
        "job analysis",
        [("create", "job_analysis")],
        c1,
        lambda: ws.employers.record_job_analysis(
            JobAnalysisInput(employer, date(2026, 2, 25), "包装工", client, supervisor_name=CONTACT_NAME)
        ),
    )
    placement = step(
        "placement",
        [("create", "placement")],
        c1,
        lambda: ws.placements.record(
            PlacementInput(client, employer, "包装工", date(2026, 3, 1), "quota", 40.0, 2300)
        ),
    )
    checkpoint = ws.placements.checkpoints(client)[0][0]
    step(
        "checkpoint",
        [("check", "retention_checkpoint")],
        c1,
        lambda: ws.placements.record_checkpoint(
            checkpoint, CheckpointResultInput(date(2026, 4, 1), True, True, note=f"{NAME}适应良好")
        ),
        about=checkpoint,
    )
    step("end placement", [("end", "placement")], c1, lambda: ws.placements.end(placement, date(2026, 9, 30)))
    ws.act_as(staff.actor(sup))
    step(
        "supervision",
        [("create", "supervision_record")],
        sup,
        lambda: ws.supervision.record(
            SupervisionInput(
                date(2026, 10, 10),
                time(14, 0),
                time(15, 0),
                "face_to_face",
                "individual",
                (c1,),
                case_client_ids=(client,),
                questions=f"{NAME}的适应问题",
                actions=(SupervisionActionInput(f"回访{NAME}", "辅导员甲", date(2026, 10, 20)),),
            )
        ),
    )
    ws.act_as(staff.actor(c1))
    step(
        "closure",
        [("close", "client")],
        c1,
        lambda: ws.clients.close(
            ClosureInput(client, date(2026, 11, 1), "stable_employment", f"{NAME}稳定就业")
        ),
        about=client,
    )
    assert len(steps) == 25

    # Nothing personal anywhere in the audit log, in any form.
    stored = ws.clients.input_of(client)
    personal = [
        NAME,
        GUARDIAN,
        ADDRESS,
        PHONE,
        "13900001111",
        GUARDIAN_PHONE,
        CONTENT,
        CONTACT_NAME,
        CONTACT_PHONE,
        stored.id_number,
        stored.id_number[-8:],
        stored.certificate_number,
        stored.birth_date.isoformat(),
        "母亲陪同来访",
    ]
    personal += ["督导甲", "辅导员甲", "辅导员乙", "东莞市测试就业辅导中心"]  # staff and organisation names
    entries = probe.audit(ws)
    # The workspace fixture's set-up: the organisation and three staff, by role only.
    assert [(e.action, e.entity, e.detail) for e in entries[:4]] == [
        ("create", "organisation", {}),
        ("create", "user", {"role": "supervisor"}),
        ("create", "user", {"role": "coach"}),
        ("create", "user", {"role": "coach"}),
    ]
    # Then coach 1 signs in; the 25 audited steps follow; last, input_of() above opened the full numbers
    # for editing, which is audited like any reveal.
    assert (entries[4].action, entries[4].entity, entries[4].detail) == ("sign_in", "user", {})
    assert (entries[-1].action, entries[-1].detail) == ("reveal_identity", {"purpose": "edit_registration"})
    assert len(entries) == 4 + 1 + 25 + 1
    for entry in entries:
        blob = json.dumps(entry.detail, ensure_ascii=False) + (entry.entity_id or "")
        escaped = json.dumps(entry.detail)  # \\u-escaped form, as SQLite may hold it
        for value in personal:
            assert value not in blob, (entry.action, entry.entity, value)
            assert json.dumps(value)[1:-1] not in escaped, (entry.action, entry.entity, value)
    # Field-change entries list field names only.
    updates = [e for e in entries if e.action == "update" and e.entity == "client"]
    assert [e.detail for e in updates] == [{"fields": ["phone"]}]


def test_failed_operations_leave_no_audit_entry(
    workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    client = workspace.clients.create(make_client(assigned_coach_id=staff.coach1_id))
    seq = probe.last_seq(workspace)
    attempts: list[Callable[[], Any]] = [
        lambda: workspace.clients.create(make_client(phone="123")),
        lambda: workspace.clients.close(ClosureInput(client, date(2027, 1, 1), "other")),
        lambda: workspace.sessions.finalise("no-such-session"),
        lambda: workspace.supervision.record(
            SupervisionInput(date(2026, 10, 1), time(9), time(10), "phone", "individual", (staff.coach1_id,))
        ),
    ]
    for attempt in attempts:
        try:
            attempt()
        except Exception as exc:  # every one of them is refused
            assert getattr(exc, "code", None), exc
        else:
            raise AssertionError("the operation should have been refused")
    assert probe.audit(workspace, seq) == []
