"""The caseload's search, filters, sorts and last-session column on a real encrypted store, over the
trigger-maintained index of migration 0003 (FTS5 trigram for 3+ characters, the narrow summary table
for shorter terms)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import date, time
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import text

from app.domain.records import (
    ClientInput,
    ClosureInput,
    EmployerInput,
    ParticipantInput,
    PlacementInput,
    SessionInput,
)
from app.host.resources import migrations_path
from app.services.workspace import Workspace

pytestmark = pytest.mark.timeout(120)

TOWN = "441900003000"  # the conftest's default town
OTHER_TOWN = "441900004000"


def session(client_id: str, day: date, **kw: Any) -> SessionInput:
    values: dict[str, Any] = {
        "content": "在岗观察并示范包装流程。",
        "participants": (ParticipantInput("client", "服务对象"),),
    }
    values.update(kw)
    return SessionInput(client_id, day, time(9, 0), time(10, 0), "in_person", "training", **values)


def names(ws: Workspace, search: str = "", **kw: Any) -> list[str]:
    page = ws.clients.caseload(search=search, **kw)
    assert page.total == len(page.rows)  # the tests stay below one page
    return [r.name for r in page.rows]


def last_sessions(ws: Workspace) -> dict[str, date | None]:
    return {r.name: r.last_session for r in ws.clients.caseload().rows}


def migration_0003() -> ModuleType:
    path = migrations_path() / "versions" / "0003_caseload_search.py"
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def index_state(ws: Workspace) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The summary rows and, per client, the token counts of each column of its search document."""
    with ws.ctx.uow.read() as s:
        summary = sorted(
            tuple(r)
            for r in s.execute(
                text(
                    "SELECT client_id, name, id_tail, status, phase, town_code, coach_id, intake_date, "
                    "last_session FROM client_summary"
                )
            )
        )
        docs = sorted(
            tuple(r)
            for r in s.execute(
                text(
                    "SELECT s.client_id, d.sz FROM client_search_docsize d "
                    "JOIN client_summary s ON s.doc = d.id"
                )
            )
        )
    return summary, docs


@pytest.fixture
def people(
    workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput]
) -> dict[str, tuple[str, ClientInput]]:
    """Five clients with distinct phones; notes and work history on one of them."""
    spec = {
        "欧阳志明华": {"phone": "13900000001", "notes": "喜欢园艺工作，性格开朗"},
        "陈志明": {"phone": "13900000002", "work_history": "曾在工厂做过普工半年"},
        "李小华": {"phone": "13900000003", "assigned_coach_id": staff.coach2_id, "town_code": OTHER_TOWN},
        "张_明": {"phone": "13900000004"},
        "王芳": {"phone": "13900000005", "notes": '家属说 AND 也可以 "周末" 联系'},
    }
    out = {}
    for name, extra in spec.items():
        extra.setdefault("assigned_coach_id", staff.coach1_id)
        data = make_client(name=name, **extra)
        out[name] = (workspace.clients.create(data), data)
    return out


def test_three_or_more_characters_find_a_substring_anywhere_in_the_name(
    workspace: Workspace, people: dict[str, Any]
) -> None:
    assert names(workspace, "阳志明") == ["欧阳志明华"]  # the middle of a name
    assert names(workspace, "志明华") == ["欧阳志明华"]
    assert sorted(names(workspace, "志明")) == ["欧阳志明华", "陈志明"]  # 2 characters: contains
    assert names(workspace, "欧阳志明华") == ["欧阳志明华"]
    assert names(workspace, "欧阳志明华X") == []
    assert names(workspace, "  陈志明  ") == ["陈志明"]  # surrounding blanks are ignored


def test_one_or_two_characters_match_names_containing_them(
    workspace: Workspace, people: dict[str, Any]
) -> None:
    assert sorted(names(workspace, "华")) == ["李小华", "欧阳志明华"]
    assert sorted(names(workspace, "明")) == ["张_明", "欧阳志明华", "陈志明"]
    assert names(workspace, "张_") == ["张_明"]  # wildcards are literal
    assert names(workspace, "%") == []
    assert names(workspace, "王芳") == ["王芳"]


def test_id_number_tail_phone_and_full_id(workspace: Workspace, people: dict[str, Any]) -> None:
    _client_id, data = people["李小华"]
    number = data.id_number
    assert names(workspace, number[-6:]) == ["李小华"]
    assert names(workspace, number[-4:]) == ["李小华"]
    assert names(workspace, number[-4:].lower()) == ["李小华"]
    assert "李小华" in names(workspace, number[-2:])  # short: the ID number ends with it
    assert names(workspace, number[:8]) == []  # not the start of the number
    assert names(workspace, number[-7:]) == []  # only the last 6 characters are indexed...
    assert names(workspace, number) == ["李小华"]  # ...but a complete number finds its client
    assert names(workspace, number.lower()) == ["李小华"]
    assert names(workspace, "13900000003") == ["李小华"]  # phone
    assert names(workspace, "0000003") == ["李小华"]
    with workspace.ctx.uow.read() as s:  # the index holds the tail, never the whole number
        assert s.execute(text("SELECT id_tail FROM client_summary")).scalars().all() != []
        assert {len(t) for t in s.execute(text("SELECT id_tail FROM client_summary")).scalars()} == {6}


def test_note_text_and_work_history(workspace: Workspace, people: dict[str, Any]) -> None:
    assert names(workspace, "园艺工") == ["欧阳志明华"]
    assert names(workspace, "性格开朗") == ["欧阳志明华"]
    assert names(workspace, "做过普工") == ["陈志明"]
    assert names(workspace, "园艺") == []  # 2 characters search names and ID tails only


def test_employer_names_of_placements(workspace: Workspace, people: dict[str, Any]) -> None:
    employer = workspace.employers.create(EmployerInput("东莞市华达电子科技有限公司", "", "电子制造"))
    other = workspace.employers.create(EmployerInput("东莞市美嘉物业管理有限公司", "", "物业服务"))
    client_id, _data = people["陈志明"]
    assert names(workspace, "华达电子") == []
    workspace.placements.record(
        PlacementInput(client_id, employer, "包装工", date(2026, 4, 1), "quota", 40.0, 2300)
    )
    assert names(workspace, "华达电子") == ["陈志明"]
    assert names(workspace, "电子科技") == ["陈志明"]
    assert names(workspace, "美嘉物业") == []

    # The employer is renamed: the client is found by the new name only.
    workspace.employers.update(employer, EmployerInput("东莞市鸿顺包装制品有限公司", "", "制造业"))
    assert names(workspace, "鸿顺包装") == ["陈志明"]
    assert names(workspace, "华达电子") == []
    # A second placement adds its employer; tombstoning a placement (e.g. by sync) takes it away.
    second = workspace.placements.record(
        PlacementInput(client_id, other, "保洁员", date(2026, 6, 1), "quota", 40.0, 2300)
    )
    assert names(workspace, "美嘉物业") == ["陈志明"]
    assert names(workspace, "鸿顺包装") == ["陈志明"]
    with workspace.ctx.uow.begin(None) as s:
        s.execute(
            text("UPDATE placements SET deleted_at = '2026-11-01 00:00:00' WHERE id = :i"), {"i": second}
        )
    assert names(workspace, "美嘉物业") == []
    assert names(workspace, "鸿顺包装") == ["陈志明"]
    # The other fields of the document are still there.
    assert names(workspace, "做过普工") == ["陈志明"]


def test_a_renamed_client_is_found_by_the_new_name_only(workspace: Workspace, people: dict[str, Any]) -> None:
    client_id, data = people["陈志明"]
    assert workspace.clients.update(client_id, data.replace(name="陈慧敏", notes="改名后备注")) == [
        "name",
        "notes",
    ]
    assert names(workspace, "陈志明") == []
    assert names(workspace, "志明") == ["欧阳志明华"]
    assert names(workspace, "陈慧敏") == ["陈慧敏"]
    assert names(workspace, "慧敏") == ["陈慧敏"]
    assert names(workspace, "改名后") == ["陈慧敏"]
    assert names(workspace, "做过普工") == ["陈慧敏"]  # unchanged fields stay searchable


def test_a_tombstoned_client_disappears(workspace: Workspace, people: dict[str, Any], probe: Any) -> None:
    client_id, data = people["欧阳志明华"]
    docs = probe.scalar(workspace, "SELECT count(*) FROM client_search")
    workspace.clients.delete(client_id)
    assert names(workspace, "阳志明") == []
    assert names(workspace, "志明") == ["陈志明"]
    assert names(workspace, data.id_number[-6:]) == []
    assert names(workspace, data.id_number) == []
    assert names(workspace, "园艺工") == []
    assert workspace.clients.caseload().total == 4
    # The search document is gone (no searchable text of a deleted client is kept)...
    assert probe.scalar(workspace, "SELECT count(*) FROM client_search") == docs - 1
    # ...and comes back if the tombstone is lifted (as sync may do).
    with workspace.ctx.uow.begin(None) as s:
        s.execute(text("UPDATE clients SET deleted_at = NULL WHERE id = :i"), {"i": client_id})
    assert names(workspace, "阳志明") == ["欧阳志明华"]


def test_fts_syntax_in_the_search_is_literal(workspace: Workspace, people: dict[str, Any]) -> None:
    hostile = [
        '"',
        '""',
        '"""',
        '"陈志',
        '陈志明"',
        'x" OR "y',
        "AND",
        "OR",
        "NOT",
        "陈 AND 李",
        "陈 OR 李",
        "NOT 陈志明",
        "*",
        "陈志*",
        "-",
        "-陈志明",
        "^陈志",
        "NEAR(陈 李)",
        "name:陈志明",
        "{name id_tail}: 陈",
        "(",
        ")",
        "()",
        "'",
        "\\",
        "%_%",
        "+",
        "陈志明 ",
        "\t\n",
        "a" * 300,
    ]
    for term in hostile:
        page = workspace.clients.caseload(search=term)
        assert page.total == len(page.rows), term
    assert names(workspace, "AND") == ["王芳"]  # the word in the notes, not an operator
    assert names(workspace, "说 AND 也") == ["王芳"]
    assert names(workspace, '"周末"') == ["王芳"]
    assert names(workspace, "陈志*") == []
    assert names(workspace, "name:陈志明") == []


def test_filters_combine(
    workspace: Workspace, staff: Any, people: dict[str, Any], make_client: Callable[..., ClientInput]
) -> None:
    extra = workspace.clients.create(
        make_client(
            name="陈志强", phone="13900000009", assigned_coach_id=staff.coach2_id, town_code=OTHER_TOWN
        )
    )
    assert sorted(names(workspace, "陈志")) == ["陈志强", "陈志明"]
    assert names(workspace, "陈志", coach_id=staff.coach2_id) == ["陈志强"]
    assert names(workspace, "陈志", town_code=TOWN) == ["陈志明"]
    assert names(workspace, "陈志", town_code=OTHER_TOWN, coach_id=staff.coach1_id) == []
    assert sorted(names(workspace, town_code=OTHER_TOWN, coach_id=staff.coach2_id)) == ["李小华", "陈志强"]
    assert names(workspace, "陈志强", status="referred", phase="intake") == ["陈志强"]
    # The coach and town of a client change: the filters follow.
    cz_id, cz_data = people["陈志明"]
    workspace.clients.update(cz_id, cz_data.replace(assigned_coach_id=staff.coach2_id, town_code=OTHER_TOWN))
    assert sorted(names(workspace, "陈志", coach_id=staff.coach2_id)) == ["陈志强", "陈志明"]
    assert names(workspace, "陈志", town_code=TOWN) == []
    workspace.clients.update(cz_id, cz_data)
    workspace.clients.close(ClosureInput(extra, date(2026, 11, 1), "moved_away"))
    assert names(workspace, "陈志", status="closed") == ["陈志强"]
    assert names(workspace, "陈志", phase="closed") == ["陈志强"]
    assert names(workspace, "陈志", phase="intake") == ["陈志明"]
    assert names(workspace, "陈志", status="closed", town_code=TOWN) == []
    # Everybody here was taken in on 2026-01-10 and never seen: all open ones are due (no contact).
    assert sorted(names(workspace, "陈志", due_only=True)) == ["陈志明"]
    assert sorted(names(workspace, due_only=True, coach_id=staff.coach2_id)) == ["李小华"]
    assert names(workspace, "志明华", due_only=True, town_code=OTHER_TOWN) == []


def test_sorting_by_every_column_with_a_search(
    workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput]
) -> None:
    spec = [
        ("何志坚", TOWN, date(2026, 3, 1), date(2026, 10, 1)),
        ("卢志坚", OTHER_TOWN, date(2026, 1, 1), None),
        ("白志坚", TOWN, date(2026, 2, 1), date(2026, 11, 1)),
    ]
    ids = {}
    for name, town, intake, seen in spec:
        ids[name] = workspace.clients.create(
            make_client(name=name, town_code=town, intake_date=intake, assigned_coach_id=staff.coach1_id)
        )
        if seen:
            workspace.sessions.save_draft(session(ids[name], seen))
    workspace.clients.close(ClosureInput(ids["何志坚"], date(2026, 11, 2), "moved_away"))

    def order(sort: str, descending: bool = False) -> list[str]:
        return names(workspace, "志坚", sort=sort, descending=descending)

    assert order("name") == sorted(order("name"))
    assert order("name", True) == order("name")[::-1]
    assert order("intake_date") == ["卢志坚", "白志坚", "何志坚"]
    assert order("intake_date", True) == ["何志坚", "白志坚", "卢志坚"]
    assert order("last_session") == ["卢志坚", "何志坚", "白志坚"]  # never seen first
    assert order("last_session", True) == ["白志坚", "何志坚", "卢志坚"]
    assert order("status")[0] == "何志坚"  # closed < referred
    assert order("town")[-1] == "卢志坚"
    three = workspace.clients.caseload(search="志坚", sort="intake_date", limit=2)
    rest = workspace.clients.caseload(search="志坚", sort="intake_date", limit=2, offset=2)
    assert (three.total, rest.total) == (3, 3)
    assert [r.name for r in three.rows + rest.rows] == ["卢志坚", "白志坚", "何志坚"]
    assert workspace.clients.caseload(search="志坚", sort="unknown").total == 3  # falls back to name


def test_last_session_follows_drafts_tombstones_and_amended_dates(
    workspace: Workspace, staff: Any, make_client: Callable[..., ClientInput]
) -> None:
    client_id = workspace.clients.create(make_client(name="林一", assigned_coach_id=staff.coach1_id))
    assert last_sessions(workspace) == {"林一": None}
    final = workspace.sessions.save_draft(session(client_id, date(2026, 9, 1)))
    workspace.sessions.finalise(final)
    assert last_sessions(workspace) == {"林一": date(2026, 9, 1)}
    draft = workspace.sessions.save_draft(session(client_id, date(2026, 10, 1)))
    assert last_sessions(workspace) == {"林一": date(2026, 10, 1)}  # a draft counts (it is a contact)
    workspace.sessions.save_draft(session(client_id, date(2026, 8, 1)), draft)  # its date moves back
    assert last_sessions(workspace) == {"林一": date(2026, 9, 1)}
    workspace.sessions.delete_draft(draft)
    assert last_sessions(workspace) == {"林一": date(2026, 9, 1)}

    # An amendment of the final record's date counts instead of the original date, both ways.
    workspace.sessions.amend(final, {"session_date": date(2026, 11, 5)}, "日期记错")
    assert last_sessions(workspace) == {"林一": date(2026, 11, 5)}
    workspace.sessions.amend(final, {"content": "补充内容：示范三次。"}, "补充")  # not a date change
    assert last_sessions(workspace) == {"林一": date(2026, 11, 5)}
    workspace.sessions.amend(final, {"session_date": date(2026, 7, 1)}, "再次更正")  # the latest wins
    assert last_sessions(workspace) == {"林一": date(2026, 7, 1)}
    assert [d for _i, d, *_ in workspace.sessions.timeline(client_id)] == [date(2026, 7, 1)]

    # An amendment tombstoned (e.g. by sync) no longer counts.
    with workspace.ctx.uow.begin(None) as s:
        s.execute(
            text(
                "UPDATE session_amendments SET deleted_at = '2026-11-14 00:00:00' "
                "WHERE json_extract(changes, '$.session_date.new') = '2026-07-01'"
            )
        )
    assert last_sessions(workspace) == {"林一": date(2026, 11, 5)}
    assert names(workspace, sort="last_session") == ["林一"]


def test_triggers_agree_with_a_rebuild_from_scratch(
    workspace: Workspace, staff: Any, people: dict[str, Any]
) -> None:
    """After a mix of writes, the trigger-maintained index equals one rebuilt from the tables."""
    employer = workspace.employers.create(EmployerInput("东莞市华达电子科技有限公司", "", "电子制造"))
    cz, cz_data = people["陈志明"]
    workspace.placements.record(PlacementInput(cz, employer, "包装工", date(2026, 4, 1), "quota", 40.0, 2300))
    final = workspace.sessions.save_draft(session(cz, date(2026, 9, 1)))
    workspace.sessions.finalise(final)
    workspace.sessions.amend(final, {"session_date": date(2026, 9, 3)}, "日期记错")
    workspace.sessions.save_draft(session(people["王芳"][0], date(2026, 10, 1)))
    workspace.clients.update(cz, cz_data.replace(name="陈志远"))
    workspace.clients.delete(people["张_明"][0])
    workspace.employers.update(employer, EmployerInput("东莞市华达科技有限公司", "", "电子制造"))

    maintained = index_state(workspace)
    with workspace.ctx.uow.begin(None) as s:
        for statement in migration_0003().REBUILD:
            s.execute(text(statement))
    assert index_state(workspace) == maintained
    assert names(workspace, "华达科技") == ["陈志远"]


def test_a_client_row_removed_outright_takes_its_index_rows_along(
    workspace: Workspace, make_client: Callable[..., ClientInput], probe: Any
) -> None:
    client_id = workspace.clients.create(make_client(name="临时登记"))
    with workspace.ctx.uow.begin(None) as s:
        for table in ("disabilities", "consents"):
            s.execute(text(f"DELETE FROM {table} WHERE client_id = :i"), {"i": client_id})
        s.execute(text("DELETE FROM clients WHERE id = :i"), {"i": client_id})
    assert probe.scalar(workspace, "SELECT count(*) FROM client_summary") == 0
    assert probe.scalar(workspace, "SELECT count(*) FROM client_search") == 0
    assert workspace.integrity.check().clean
