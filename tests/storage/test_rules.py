"""The record rules hold in the database itself (migration 0002 triggers), for any SQL, not only for
the services: the audit log is append-only, a final session record (and its participants and goal
progress) cannot change except for sync bookkeeping and the tombstone, and an amendment is frozen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from app.bootstrap import open_workspace
from app.domain.identity import build_id_number
from app.domain.records import (
    ClientInput,
    DisabilityInput,
    GoalInput,
    GoalProgressInput,
    ParticipantInput,
    PlanInput,
    SessionInput,
)
from app.services.people import UserInput
from app.services.workspace import Workspace
from app.storage.engine import Store, open_raw
from app.storage.models import SessionRecord

pytestmark = pytest.mark.timeout(60)

TODAY = date(2026, 6, 1)
PASSPHRASE = "test-passphrase-1"
IMMUTABLE = "a final session record is immutable"
APPEND_ONLY = "audit log is append-only"


@dataclass
class Case:
    ws: Workspace
    store: Store
    user_id: str
    client_id: str
    goal_id: str
    final_id: str
    draft_id: str


def _session(client_id: str, goal_id: str, day: date, content: str) -> SessionInput:
    return SessionInput(
        client_id,
        day,
        time(9, 0),
        time(10, 30),
        "in_person",
        "on_site_coaching",
        content,
        place="工作单位",
        participants=(ParticipantInput("client", "服务对象"), ParticipantInput("employer_staff", "班组长")),
        goals=(GoalProgressInput(goal_id, 40, "有进步"),),
    )


@dataclass(frozen=True)
class _Ids:
    user_id: str
    client_id: str
    goal_id: str
    final_id: str
    draft_id: str


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, _Ids]:
    """A profile built once through the services: a client, a plan, one final and one draft session."""
    data_dir = tmp_path_factory.mktemp("rules") / "profile"
    ws = open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)
    try:
        org = ws.people.create_organisation("测试机构")
        uid = ws.people.create_user(org, UserInput("coach1", "测试辅导员", "coach"))
        ws.people.sign_in(uid)
        birth = date(1992, 3, 4)
        client_id = ws.clients.create(
            ClientInput(
                "王五",
                "female",
                birth,
                build_id_number("441900", birth, 42),
                (DisabilityInput(5, 3),),
                date(2026, 1, 5),
            )
        )
        ws.plans.create(
            PlanInput(
                client_id,
                "超市理货员",
                date(2026, 2, 1),
                date(2027, 2, 1),
                (GoalInput("独立乘车", "连续两周独立到岗", "client", date(2026, 2, 1), date(2026, 8, 1)),),
            )
        )
        goal_id = ws.plans.goals_of_client(client_id)[0][0]
        final_id = ws.sessions.save_draft(
            _session(client_id, goal_id, date(2026, 3, 1), "在岗辅导，示范两次")
        )
        ws.sessions.finalise(final_id)
        draft_id = ws.sessions.save_draft(_session(client_id, goal_id, date(2026, 3, 8), "草稿内容"))
    finally:
        ws.close()
    return data_dir, _Ids(uid, client_id, goal_id, final_id, draft_id)


@pytest.fixture
def case(template: tuple[Path, _Ids], tmp_path: Path) -> Iterator[Case]:
    """A private copy of the template profile, opened (each test may change it)."""
    source, ids = template
    data_dir = tmp_path / "profile"
    shutil.copytree(source, data_dir)
    ws = open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)
    try:
        assert ws.actor is not None and ws.actor.user_id == ids.user_id
        yield Case(ws, ws.ctx.uow.store, ids.user_id, ids.client_id, ids.goal_id, ids.final_id, ids.draft_id)
    finally:
        ws.close()


def _one(store: Store, sql: str, **params: Any) -> Any:
    with store.engine.connect() as conn:
        return conn.execute(text(sql), params).one()


def _write(store: Store, sql: str, **params: Any) -> int:
    """Run one statement in its own committed transaction; returns the affected row count."""
    with store.engine.begin() as conn:
        return conn.execute(text(sql), params).rowcount


# What a trigger's RAISE(ABORT) surfaces as. Today the engine hands SQLAlchemy sqlcipher3's own
# exceptions, which SQLAlchemy does not wrap (see test_driver_errors_are_wrapped_by_sqlalchemy);
# after a fix they arrive as sqlalchemy.exc.IntegrityError. Either is accepted here.
REFUSED = (IntegrityError, sqlcipher.IntegrityError)


def _refused(store: Store, sql: str, message: str, **params: Any) -> None:
    with pytest.raises(REFUSED) as exc:
        _write(store, sql, **params)
    assert message in str(getattr(exc.value, "orig", exc.value))


def _row(conn: Connection | Store, table: str, row_id: str) -> tuple[Any, ...]:
    if isinstance(conn, Store):
        with conn.engine.connect() as c:
            return _row(c, table, row_id)
    return tuple(conn.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id}).one())


# --------------------------------------------------------------------------------------------------
# audit log


def test_audit_log_is_append_only(case: Case) -> None:
    store = case.store
    count, last_seq = _one(store, "SELECT count(*), max(seq) FROM audit_log")
    assert count >= 6  # organisation, user, client, plan, draft, finalise, draft
    before = _one(store, "SELECT * FROM audit_log WHERE seq = :s", s=last_seq)

    for column, value in [
        ("action", "'view'"),
        ("actor_id", "NULL"),
        ("entity_id", "'someone-else'"),
        ("detail", "'{}'"),
        ("at", "'2000-01-01 00:00:00.000000'"),
    ]:
        _refused(store, f"UPDATE audit_log SET {column} = {value} WHERE seq = :s", APPEND_ONLY, s=last_seq)
    _refused(store, "DELETE FROM audit_log WHERE seq = :s", APPEND_ONLY, s=last_seq)
    _refused(store, "DELETE FROM audit_log", APPEND_ONLY)

    assert _one(store, "SELECT count(*) FROM audit_log")[0] == count
    assert _one(store, "SELECT * FROM audit_log WHERE seq = :s", s=last_seq) == before

    # Appending still works, and the sync flag may be cleared (the sync engine uploads the log).
    _write(
        store,
        "INSERT INTO audit_log (id, at, action, entity, detail, dirty) VALUES "
        "('extra', '2026-06-01 00:00:00.000000', 'view', 'client', '{}', 1)",
    )
    assert _write(store, "UPDATE audit_log SET dirty = 0") == count + 1


def test_audit_log_rule_holds_on_a_bare_connection(case: Case) -> None:
    """No app code involved: a plain DB-API connection with the key is refused too."""
    db = case.store.db_path
    conn = open_raw(db, case.store._key)
    try:
        with pytest.raises(sqlcipher.IntegrityError, match=APPEND_ONLY):
            conn.execute("DELETE FROM audit_log")
        with pytest.raises(sqlcipher.IntegrityError, match=APPEND_ONLY):
            conn.execute("UPDATE audit_log SET action = 'x'")
        with pytest.raises(sqlcipher.IntegrityError, match=IMMUTABLE):
            conn.execute("UPDATE session_records SET content = 'x' WHERE status = 'final'")
    finally:
        conn.close()


# --------------------------------------------------------------------------------------------------
# final session records


LOCKED_CHANGES = [
    ("content", "'改写的内容'"),
    ("session_date", "'2026-03-02'"),
    ("start_time", "'08:00:00.000000'"),
    ("minutes", "5"),
    ("place", "''"),
    ("mode", "'phone'"),
    ("session_type", "'training'"),
    ("next_steps", "'x'"),
    ("fading_percent", "50"),
    ("finalised_at", "NULL"),
    ("client_id", "'other'"),
    ("author_id", "'other'"),
    ("status", "'draft'"),
]


@pytest.mark.parametrize(("column", "value"), LOCKED_CHANGES, ids=[c for c, _v in LOCKED_CHANGES])
def test_final_record_content_cannot_be_updated(case: Case, column: str, value: str) -> None:
    before = _row(case.store, "session_records", case.final_id)
    _refused(
        case.store,
        f"UPDATE session_records SET {column} = {value} WHERE id = :id",
        IMMUTABLE,
        id=case.final_id,
    )
    assert _row(case.store, "session_records", case.final_id) == before


def test_final_record_sync_columns_and_tombstone_can_change(case: Case) -> None:
    store, sid = case.store, case.final_id
    assert (
        _write(
            store,
            "UPDATE session_records SET dirty = 0, server_version = 7, "
            "updated_at = '2026-06-01 12:00:00.000000', updated_by = NULL WHERE id = :id",
            id=sid,
        )
        == 1
    )
    assert _one(
        store, "SELECT dirty, server_version, status FROM session_records WHERE id = :id", id=sid
    ) == (
        0,
        7,
        "final",
    )
    assert (
        _write(
            store,
            "UPDATE session_records SET deleted_at = '2026-06-01 12:00:00.000000' WHERE id = :id",
            id=sid,
        )
        == 1
    )
    assert _one(store, "SELECT deleted_at FROM session_records WHERE id = :id", id=sid)[0] is not None
    # Setting a column to its own value is not a change.
    assert (
        _write(store, "UPDATE session_records SET content = content, status = 'final' WHERE id = :id", id=sid)
        == 1
    )


def test_final_record_participants_are_locked(case: Case) -> None:
    store, sid = case.store, case.final_id
    part_id = _one(
        store, "SELECT id FROM session_participants WHERE session_id = :s AND position = 0", s=sid
    )[0]
    before = _row(store, "session_participants", part_id)
    for column, value in [("name", "'别人'"), ("kind", "'family'"), ("position", "9"), ("session_id", "'x'")]:
        _refused(
            store, f"UPDATE session_participants SET {column} = {value} WHERE id = :id", IMMUTABLE, id=part_id
        )
    _refused(
        store,
        "INSERT INTO session_participants (id, session_id, position, kind, name, server_version, dirty, "
        "created_at, updated_at) VALUES ('p-new', :s, 5, 'family', '家属', 0, 1, "
        "'2026-06-01 00:00:00.000000', '2026-06-01 00:00:00.000000')",
        IMMUTABLE,
        s=sid,
    )
    assert _row(store, "session_participants", part_id) == before
    assert _one(store, "SELECT count(*) FROM session_participants WHERE session_id = :s", s=sid)[0] == 2

    # Sync bookkeeping and the tombstone of a participant row may still change.
    assert (
        _write(
            store, "UPDATE session_participants SET dirty = 0, server_version = 3 WHERE id = :id", id=part_id
        )
        == 1
    )
    assert (
        _write(
            store,
            "UPDATE session_participants SET deleted_at = '2026-06-01 00:00:00.000000' WHERE id = :id",
            id=part_id,
        )
        == 1
    )


def test_final_record_goal_progress_is_locked(case: Case) -> None:
    store, sid = case.store, case.final_id
    gp_id = _one(store, "SELECT id FROM session_goal_progress WHERE session_id = :s", s=sid)[0]
    _refused(store, "UPDATE session_goal_progress SET progress = 99 WHERE id = :id", IMMUTABLE, id=gp_id)
    _refused(store, "UPDATE session_goal_progress SET note = 'x' WHERE id = :id", IMMUTABLE, id=gp_id)
    _refused(
        store,
        "INSERT INTO session_goal_progress (id, session_id, goal_id, progress, note, server_version, dirty, "
        "created_at, updated_at) VALUES ('gp-new', :s, :g, 10, '', 0, 1, "
        "'2026-06-01 00:00:00.000000', '2026-06-01 00:00:00.000000')",
        IMMUTABLE,
        s=sid,
        g=case.goal_id,
    )
    assert _one(store, "SELECT progress FROM session_goal_progress WHERE id = :id", id=gp_id)[0] == 40
    assert _write(store, "UPDATE session_goal_progress SET dirty = 0 WHERE id = :id", id=gp_id) == 1


def test_final_record_cannot_be_changed_through_the_orm_either(case: Case) -> None:
    before = _row(case.store, "session_records", case.final_id)
    with pytest.raises(REFUSED, match=IMMUTABLE), case.ws.ctx.uow.begin(case.user_id) as s:
        row = s.get(SessionRecord, case.final_id)
        assert row is not None
        row.content = "偷偷改写"
    assert _row(case.store, "session_records", case.final_id) == before


def test_amendments_are_frozen_but_recorded(case: Case) -> None:
    store = case.store
    amendment_id = case.ws.sessions.amend(case.final_id, {"content": "更正：示范三次"}, "记录有误")
    view = case.ws.sessions.view(case.final_id)
    assert view.values["content"] == "更正：示范三次"
    assert view.original["content"] == "在岗辅导，示范两次"
    _refused(
        store,
        "UPDATE session_amendments SET reason = 'x' WHERE id = :id",
        "an amendment cannot be changed",
        id=amendment_id,
    )
    _refused(
        store,
        "UPDATE session_amendments SET changes = '{}' WHERE id = :id",
        "an amendment cannot be changed",
        id=amendment_id,
    )
    assert (
        _write(
            store,
            "UPDATE session_amendments SET dirty = 0, server_version = 2 WHERE id = :id",
            id=amendment_id,
        )
        == 1
    )


# --------------------------------------------------------------------------------------------------
# drafts are free


def test_draft_record_can_be_changed(case: Case) -> None:
    store, sid = case.store, case.draft_id
    assert (
        _write(
            store,
            "UPDATE session_records SET content = '改过的草稿', minutes = 45, place = '家中' WHERE id = :id",
            id=sid,
        )
        == 1
    )
    assert _one(store, "SELECT content, minutes FROM session_records WHERE id = :id", id=sid) == (
        "改过的草稿",
        45,
    )
    assert (
        _write(
            store,
            "UPDATE session_participants SET name = '家属甲', kind = 'family' "
            "WHERE session_id = :s AND position = 1",
            s=sid,
        )
        == 1
    )
    _write(
        store,
        "INSERT INTO session_participants (id, session_id, position, kind, name, server_version, dirty, "
        "created_at, updated_at) VALUES ('p-draft', :s, 2, 'staff', '同事', 0, 1, "
        "'2026-06-01 00:00:00.000000', '2026-06-01 00:00:00.000000')",
        s=sid,
    )
    assert _write(store, "UPDATE session_goal_progress SET progress = 55 WHERE session_id = :s", s=sid) == 1
    assert _one(store, "SELECT count(*) FROM session_participants WHERE session_id = :s", s=sid)[0] == 3

    # The services can still finalise it; from then on it is locked.
    case.ws.sessions.finalise(sid)
    _refused(store, "UPDATE session_records SET content = 'x' WHERE id = :id", IMMUTABLE, id=sid)


# --------------------------------------------------------------------------------------------------
# how the refusal surfaces


def test_driver_errors_are_wrapped_by_sqlalchemy(case: Case) -> None:
    with pytest.raises(IntegrityError) as exc:
        _write(case.store, "DELETE FROM audit_log")
    assert APPEND_ONLY in str(exc.value.orig)
