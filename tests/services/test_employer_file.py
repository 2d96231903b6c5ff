"""The employer file service: the directory (search, clients placed now, last contact) and one
employer's file (contacts, contact log newest first with names, job analyses, placed clients with the
latest retention check) — client names, never identity numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import pytest

from app.domain.errors import NotFound
from app.domain.records import (
    CheckpointResultInput,
    ClosureInput,
    ContactLogInput,
    EmployerContactInput,
    EmployerInput,
    JobAnalysisInput,
    PlacementInput,
)
from app.services.workspace import Workspace

if TYPE_CHECKING:
    from conftest import Staff

TOWN = "441900003000"  # 东城街道
OTHER_TOWN = "441900004000"  # 南城街道


@pytest.fixture
def employers(workspace: Workspace) -> dict[str, str]:
    ws = workspace
    return {
        "mart": ws.employers.create(
            EmployerInput("东莞市华达商贸有限公司", sector="零售", town_code=TOWN, quota_status="below")
        ),
        "bakery": ws.employers.create(EmployerInput("东莞利达烘焙坊", sector="食品", town_code=OTHER_TOWN)),
        "odd": ws.employers.create(EmployerInput("100%_物业", sector="物业服务")),
    }


def place(ws: Workspace, client_id: str, employer_id: str, start: date, post: str = "理货员") -> str:
    return ws.placements.record(PlacementInput(client_id, employer_id, post, start, "quota", 30.0, 2300))


def test_directory_searches_name_sector_town_and_escapes_wildcards(
    workspace: Workspace, employers: dict[str, str]
) -> None:
    svc = workspace.employer_file
    assert [r.name for r in svc.directory()] == sorted(
        ["东莞市华达商贸有限公司", "东莞利达烘焙坊", "100%_物业"]
    )
    assert [r.id for r in svc.directory("华达")] == [employers["mart"]]
    assert [r.id for r in svc.directory(" 食品 ")] == [employers["bakery"]]  # sector, blanks ignored
    assert [r.id for r in svc.directory("南城")] == [employers["bakery"]]  # town name
    assert [r.id for r in svc.directory("%")] == [employers["odd"]]  # a literal %, not a wildcard
    assert svc.directory("不存在的单位") == []
    mart = svc.directory("华达")[0]
    assert (mart.town_name, mart.quota_status, mart.quota_status_name) == ("东城街道", "below", "未达标")
    assert (mart.placed_now, mart.last_contact) == (0, None)


def test_directory_counts_clients_placed_now_and_the_last_contact(
    workspace: Workspace, employers: dict[str, str], add_client: Callable[..., str]
) -> None:
    ws, mart, bakery = workspace, employers["mart"], employers["bakery"]
    working = add_client(name="陈志明")
    left = add_client(name="李晓华")
    ended = add_client(name="张建平")
    future = add_client(name="王海英")
    place(ws, working, mart, date(2026, 4, 1))
    place(ws, left, mart, date(2026, 3, 1))
    first_check = ws.placements.checkpoints(left)[0][0]
    ws.placements.record_checkpoint(first_check, CheckpointResultInput(date(2026, 4, 2), False))
    ended_id = place(ws, ended, mart, date(2026, 2, 1))
    ws.placements.end(ended_id, date(2026, 6, 30))
    place(ws, future, bakery, date(2026, 12, 1))  # starts after today (2026-11-15)
    ws.employers.log_contact(ContactLogInput(mart, date(2026, 3, 3), "visit", "介绍支持性就业"))
    ws.employers.log_contact(ContactLogInput(mart, date(2026, 10, 9), "phone", "回访主管"))

    rows = {r.id: r for r in ws.employer_file.directory()}
    assert rows[mart].placed_now == 1
    assert rows[mart].last_contact == date(2026, 10, 9)
    assert rows[bakery].placed_now == 0 and rows[bakery].last_contact is None

    f = ws.employer_file.file(mart)
    assert f.placed_now == 1 and f.last_contact == date(2026, 10, 9)
    placed = {p.client_name: p for p in f.placed_clients}
    assert placed["陈志明"].current and placed["陈志明"].still_employed is None
    assert not placed["李晓华"].current and placed["李晓华"].still_employed is False
    assert placed["李晓华"].last_checked_on == date(2026, 4, 2)
    assert not placed["张建平"].current and placed["张建平"].end_date == date(2026, 6, 30)
    assert f.placed_clients[0].client_name == "陈志明"  # the current ones first
    assert placed["陈志明"].employment_form_name == "按比例就业"


def test_the_latest_checked_checkpoint_decides(
    workspace: Workspace, employers: dict[str, str], add_client: Callable[..., str]
) -> None:
    ws = workspace
    client = add_client()
    place(ws, client, employers["mart"], date(2026, 4, 1))
    checkpoints = ws.placements.checkpoints(client)
    ws.placements.record_checkpoint(checkpoints[0][0], CheckpointResultInput(date(2026, 5, 3), True, True))
    ws.placements.record_checkpoint(checkpoints[1][0], CheckpointResultInput(date(2026, 7, 1), True, True))
    item = ws.employer_file.file(employers["mart"]).placed_clients[0]
    assert (item.still_employed, item.last_checked_on, item.current) == (True, date(2026, 7, 1), True)


def test_the_file_of_one_employer(
    workspace: Workspace, staff: Staff, employers: dict[str, str], add_client: Callable[..., str]
) -> None:
    ws, mart = workspace, employers["mart"]
    client = add_client(name="黄晓华")
    wang = ws.employers.add_contact(EmployerContactInput(mart, "王主管", "人事主管", "13912345678"))
    ws.employers.add_contact(EmployerContactInput(mart, "李班长", "班组长"))
    ws.employers.log_contact(ContactLogInput(mart, date(2026, 2, 1), "visit", "首次走访", contact_id=wang))
    ws.employers.log_contact(
        ContactLogInput(mart, date(2026, 3, 5), "phone", "推荐黄晓华试岗", contact_id=wang, client_id=client)
    )
    ws.employers.record_job_analysis(
        JobAnalysisInput(
            mart,
            date(2026, 3, 20),
            "理货员",
            client,
            site="一楼卖场",
            hours="9:00-17:00",
            environment="室内，噪音较小",
            core_tasks="按货架标签上货、整理排面",
            task_steps="1. 领货 2. 上架 3. 整理",
            natural_supports="班组长",
        )
    )
    f = ws.employer_file.file(mart)
    assert (f.name, f.sector, f.town_name, f.quota_status_name) == (
        "东莞市华达商贸有限公司",
        "零售",
        "东城街道",
        "未达标",
    )
    assert [(c.name, c.title, c.phone) for c in f.contacts] == [
        ("李班长", "班组长", ""),
        ("王主管", "人事主管", "13912345678"),
    ]
    newest, oldest = f.contact_log
    assert (newest.contact_date, newest.mode_name, newest.contact_name) == (
        date(2026, 3, 5),
        "电话",
        "王主管",
    )
    assert (newest.client_id, newest.client_name, newest.coach_name) == (client, "黄晓华", "辅导员甲")
    assert newest.coach_id == staff.coach1_id
    assert (oldest.summary, oldest.client_name, oldest.client_id) == ("首次走访", "", None)
    (job,) = f.job_analyses
    assert (job.job_title, job.client_name, job.site, job.task_steps) == (
        "理货员",
        "黄晓华",
        "一楼卖场",
        "1. 领货 2. 上架 3. 整理",
    )
    assert job.summary == "按货架标签上货、整理排面"
    # client names are shown; identity numbers never are
    id_number = ws.clients.input_of(client).id_number
    assert id_number not in repr(f)


def test_unknown_employer_and_client_choices(
    workspace: Workspace, employers: dict[str, str], add_client: Callable[..., str]
) -> None:
    ws = workspace
    with pytest.raises(NotFound):
        ws.employer_file.file("no-such-employer")
    open_case = add_client(name="陈志明")
    closed_elsewhere = add_client(name="李晓华")
    closed_here = add_client(name="张建平")
    place(ws, closed_here, employers["mart"], date(2026, 4, 1))
    ws.clients.close(ClosureInput(closed_elsewhere, date(2026, 5, 1), "moved_away"))
    ws.clients.close(ClosureInput(closed_here, date(2026, 10, 1), "stable_employment"))
    choices = ws.employer_file.client_choices(employers["mart"])
    assert [(c.id, c.placed_here) for c in choices] == [(closed_here, True), (open_case, False)]
    assert choices[0].label == "张建平（2026-01-10 接案，在本单位）"
    assert [c.id for c in ws.employer_file.client_choices()] == [open_case]
