"""Migration 0003 (caseload search index and last-session summary) on a real encrypted profile that the
services filled at revision 0002: the upgrade keeps every row, indexes the old rows (search and last
session work for them at once), keeps everything encrypted, and can be undone and redone."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text

from app.bootstrap import ensure_data_dir, open_workspace
from app.domain.identity import build_id_number
from app.domain.records import (
    ClientInput,
    DisabilityInput,
    EmployerInput,
    ParticipantInput,
    PlacementInput,
    SessionInput,
)
from app.host.keystore import Argon2Params, KeyStore
from app.host.paths import database_path
from app.host.resources import reference_data
from app.host.settings import Settings
from app.services.base import Context
from app.services.people import UserInput
from app.services.workspace import Workspace
from app.storage.engine import Store
from app.storage.migrate import alembic_config, current_revision, head_revision, upgrade
from app.storage.uow import UnitOfWork

pytestmark = pytest.mark.timeout(120)

PASSPHRASE = "test-passphrase-1"
CHEAP = Argon2Params(time_cost=1, memory_cost=8, parallelism=1)
TODAY = date(2026, 11, 15)
DERIVED = {
    "client_summary",
    "client_search",
    "client_search_config",
    "client_search_data",
    "client_search_docsize",
    "client_search_idx",
}
NOTE = "喜欢园艺工作，标记QX7"


def _workspace_at(data_dir: Path, revision: str) -> Workspace:
    """A profile whose database is migrated to ``revision`` only, with the services over it."""
    ensure_data_dir(data_dir)
    key = KeyStore(data_dir, argon2=CHEAP).create(PASSPHRASE)
    store = Store(database_path(data_dir), key)
    upgrade(store, revision)
    return Workspace(
        Context(UnitOfWork(store), reference_data(), Settings(data_dir), lambda: TODAY), data_dir
    )


def _client(name: str, sequence: int, **kw: Any) -> ClientInput:
    return ClientInput(
        name=name,
        sex="male",
        birth_date=date(1990, 5, 17),
        id_number=build_id_number("441900", date(1990, 5, 17), sequence),
        disabilities=(DisabilityInput(4, 3, True),),
        intake_date=date(2026, 1, 10),
        town_code="441900003000",
        **kw,
    )


def _session(client_id: str, day: date) -> SessionInput:
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


def _fill(ws: Workspace) -> dict[str, str]:
    """What a coach did with CoachDesk at revision 0002 (unsynced drafts and amendments included)."""
    org = ws.people.create_organisation("东莞市测试就业辅导中心")
    coach = ws.people.create_user(org, UserInput("coach1", "辅导员甲", "coach"))
    ws.people.sign_in(coach)
    ids = {"coach": coach}
    ids["gardener"] = ws.clients.create(
        _client(
            "欧阳志明华",
            11,
            phone="13900000001",
            notes=NOTE,
            work_history="曾在工厂做过普工",
            assigned_coach_id=coach,
        )
    )
    employer = ws.employers.create(EmployerInput("东莞市华达电子科技有限公司", "", "电子制造"))
    ws.placements.record(
        PlacementInput(ids["gardener"], employer, "包装工", date(2026, 4, 1), "quota", 40.0, 2300)
    )
    final = ws.sessions.save_draft(_session(ids["gardener"], date(2026, 9, 1)))
    ws.sessions.finalise(final)
    ws.sessions.amend(final, {"session_date": date(2026, 11, 3)}, "日期记错")
    ws.sessions.save_draft(_session(ids["gardener"], date(2026, 10, 1)))  # an unsynced draft
    renamed = _client("陈志强", 13, phone="13900000002", assigned_coach_id=coach)
    ids["renamed"] = ws.clients.create(renamed)
    ws.clients.update(ids["renamed"], renamed.replace(name="陈志明"))
    ws.sessions.finalise(ws.sessions.save_draft(_session(ids["renamed"], date(2026, 8, 1))))
    ids["deleted"] = ws.clients.create(_client("删除者", 15, phone="13900000003"))
    ws.clients.delete(ids["deleted"])
    ids["unseen"] = ws.clients.create(_client("无服务", 17, phone="13900000004", assigned_coach_id=coach))
    return ids


def _snapshot(ws: Workspace, skip: set[str]) -> dict[str, str]:
    """A digest of every row of every table not in ``skip``."""
    with ws.ctx.uow.read() as s:
        tables = s.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        )
        out = {}
        for t in sorted(set(tables.scalars()) - skip):
            rows = sorted(repr(tuple(r)) for r in s.execute(text(f'SELECT * FROM "{t}"')))
            out[t] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return out


def _names(ws: Workspace, search: str) -> list[str]:
    return [r.name for r in ws.clients.caseload(search=search).rows]


def _schema(ws: Workspace, kind: str) -> set[str]:
    with ws.ctx.uow.read() as s:
        return set(s.execute(text("SELECT name FROM sqlite_master WHERE type = :k"), {"k": kind}).scalars())


@pytest.fixture
def filled_at_0002(tmp_path: Path) -> tuple[Path, dict[str, str], dict[str, str]]:
    data_dir = tmp_path / "profile"
    ws = _workspace_at(data_dir, "0002")
    try:
        ids = _fill(ws)
        assert current_revision(ws.ctx.uow.store) == "0002"
        assert not DERIVED & _schema(ws, "table")
        before = _snapshot(ws, {"alembic_version"})
    finally:
        ws.close()
    return data_dir, ids, before


def test_upgrade_keeps_every_row_and_indexes_the_old_ones(
    filled_at_0002: tuple[Path, dict[str, str], dict[str, str]],
) -> None:
    data_dir, ids, before = filled_at_0002
    ws = open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)
    try:
        assert (ws.migrated_from, current_revision(ws.ctx.uow.store)) == ("0002", head_revision())
        assert ws.backup is not None and ws.backup.exists()
        after = _snapshot(ws, {"alembic_version", *DERIVED})
        assert {t: after[t] for t in before} == before  # nothing lost or changed (later revisions add tables)
        assert _schema(ws, "table") >= DERIVED

        # One summary row and one search document per live client (the tombstoned one has neither).
        with ws.ctx.uow.read() as s:
            summary = dict(s.execute(text("SELECT client_id, last_session FROM client_summary")).all())
            documents = s.execute(text("SELECT count(*) FROM client_search")).scalar_one()
        assert set(summary) == {ids["gardener"], ids["renamed"], ids["unseen"]}
        assert documents == 3

        # The last session of the old rows: the draft counts, the amended date wins over the original.
        rows = {r.name: r.last_session for r in ws.clients.caseload().rows}
        assert rows == {"欧阳志明华": date(2026, 11, 3), "陈志明": date(2026, 8, 1), "无服务": None}

        # Search over the old rows, long and short.
        assert _names(ws, "阳志明") == ["欧阳志明华"]
        assert sorted(_names(ws, "志明")) == ["欧阳志明华", "陈志明"]
        assert _names(ws, "陈志强") == []  # the name before the change
        assert _names(ws, "华达电子") == ["欧阳志明华"]  # employer of a placement
        assert _names(ws, "园艺工作") == ["欧阳志明华"]  # notes
        assert _names(ws, "做过普工") == ["欧阳志明华"]  # work history
        assert _names(ws, build_id_number("441900", date(1990, 5, 17), 17)[-6:]) == ["无服务"]
        assert _names(ws, "13900000002") == ["陈志明"]
        assert _names(ws, "删除者") == [] and _names(ws, "删除") == []

        # The due rules read the same summary.
        due = {(i.kind, i.client_id) for i in ws.due.items()}
        assert ("no_contact", ids["unseen"]) in due  # never seen since 2026-01-10
        assert ("no_contact", ids["renamed"]) in due  # last seen 2026-08-01
        assert ("no_contact", ids["gardener"]) not in due  # 2026-11-03 after the amendment

        # New writes are indexed by the triggers.
        ws.clients.update(
            ids["unseen"], _client("无服务者", 17, phone="13900000004", assigned_coach_id=ids["coach"])
        )
        assert _names(ws, "无服务者") == ["无服务者"]
        assert ws.integrity.check().clean
    finally:
        ws.close()


def test_the_index_is_encrypted_like_everything_else(
    filled_at_0002: tuple[Path, dict[str, str], dict[str, str]],
) -> None:
    data_dir, _ids, _before = filled_at_0002
    ws = open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)
    try:
        assert _names(ws, "标记QX7") == ["欧阳志明华"]  # positive control: the text is indexed
        needles = [NOTE.encode(), "标记QX7".encode(), "园艺".encode(), b"QX7", "欧阳志明华".encode()]
        for path in sorted(data_dir.rglob("*")):  # database, WAL, backup, settings, key store
            if path.is_file():
                data = path.read_bytes()
                assert not [n for n in needles if n in data], path.name
    finally:
        ws.close()


def _downgrade(store: Store, revision: str) -> None:
    cfg = alembic_config()
    with store.engine.connect() as conn:
        conn.commit()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()


def test_downgrade_removes_it_and_upgrade_rebuilds_it(
    filled_at_0002: tuple[Path, dict[str, str], dict[str, str]],
) -> None:
    data_dir, ids, before = filled_at_0002
    ws = open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)
    try:
        store = ws.ctx.uow.store
        triggers = _schema(ws, "trigger")
        _downgrade(store, "0002")
        assert current_revision(store) == "0002"
        assert not DERIVED & _schema(ws, "table")
        assert {t for t in _schema(ws, "trigger") if t.startswith("client_")} == set()
        assert _snapshot(ws, {"alembic_version"}) == before
        # Written while at 0002 (no triggers): picked up by the backfill of the next upgrade.
        ws.sessions.save_draft(_session(ids["unseen"], date(2026, 11, 14)))
        upgrade(store)
        assert _schema(ws, "trigger") == triggers
        assert {r.name: r.last_session for r in ws.clients.caseload().rows}["无服务"] == date(2026, 11, 14)
        assert _names(ws, "阳志明") == ["欧阳志明华"]
    finally:
        ws.close()


def test_a_new_profile_gets_the_index_empty(open_ws: Callable[..., Workspace], tmp_path: Path) -> None:
    ws = open_ws(tmp_path / "new")
    try:
        assert current_revision(ws.ctx.uow.store) == head_revision()
        with ws.ctx.uow.read() as s:
            assert s.execute(text("SELECT count(*) FROM client_summary")).scalar_one() == 0
            assert s.execute(text("SELECT count(*) FROM client_search")).scalar_one() == 0
    finally:
        ws.close()
