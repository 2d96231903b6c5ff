"""Schema migrations on real encrypted files: a new database is created at head without a backup; an
older one is backed up (verified copy) and upgraded with every row unchanged; a database from a newer
CoachDesk is refused untouched; running again at head does nothing."""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.bootstrap import open_workspace
from app.domain.identity import build_id_number
from app.host.keystore import Argon2Params, KeyStore
from app.host.paths import backup_dir, database_path
from app.storage.engine import SQLITE_PLAIN_HEADER, Store, open_raw
from app.storage.errors import NewerDatabase
from app.storage.migrate import current_revision, head_revision, migrate, upgrade
from app.storage.models import Base

pytestmark = pytest.mark.timeout(60)

TRIGGERS = {
    "audit_log_no_update",
    "audit_log_no_delete",
    "session_final_locked",
    "session_participants_final_locked_update",
    "session_participants_final_locked_insert",
    "session_goal_progress_final_locked_update",
    "session_goal_progress_final_locked_insert",
    "session_amendment_no_update",
    # 0003: the caseload summary and search index follow every write
    "client_summary_clients_insert",
    "client_summary_clients_revive",
    "client_summary_clients_tombstone",
    "client_summary_clients_delete",
    "client_summary_clients_update",
    "client_search_clients_update",
    "client_search_placements_insert",
    "client_search_placements_update",
    "client_search_placements_delete",
    "client_search_employers_update",
    "client_summary_sessions_insert",
    "client_summary_sessions_update",
    "client_summary_sessions_delete",
    "client_summary_amendments_insert",
    "client_summary_amendments_update",
    "client_summary_amendments_delete",
}
# Derived tables of 0003 (not models: rebuilt from the synced tables): the summary and the FTS5 index
# with its shadow tables. Snapshots of "every original row" leave them out.
# Sync bookkeeping of 0004 (models; empty after an upgrade).
SYNC_TABLES = {"sync_conflicts", "sync_inbox", "sync_row_state"}
DERIVED = {
    "client_summary",
    "client_search",
    "client_search_config",
    "client_search_data",
    "client_search_docsize",
    "client_search_idx",
}
CHEAP = Argon2Params(time_cost=1, memory_cost=8, parallelism=1)
PASSPHRASE = "test-passphrase-1"
T0 = "2026-01-05 08:30:00.123456"
T1 = "2026-03-01 10:45:00.000000"
# What a trigger's RAISE(ABORT) surfaces as (sqlcipher3's own error today; SQLAlchemy's once the engine
# tells SQLAlchemy which DB-API module it uses, see tests/storage/test_rules.py).
REFUSED = (IntegrityError, sqlcipher.IntegrityError)
CHECKPOINT_BUG = (
    "BUG: Store.checkpoint() runs PRAGMA wal_checkpoint(TRUNCATE) on an engine connection, whose 'begin' "
    "listener has already issued BEGIN IMMEDIATE; a checkpoint inside a transaction fails with SQLITE_LOCKED "
    "('database table is locked'), translated to DatabaseLocked. backup_database() checkpoints first, so "
    "migrate() (and open_workspace) can never upgrade an existing older database"
)


# --------------------------------------------------------------------------------------------------
# helpers


def _sync(row_id: str, *, dirty: int = 1, version: int = 0, deleted: str | None = None) -> dict[str, Any]:
    return {
        "id": row_id,
        "server_version": version,
        "dirty": dirty,
        "deleted_at": deleted,
        "created_at": T0,
        "updated_at": T1,
        "updated_by": "u-coach",
    }


def _session(row_id: str, status: str, day: str, content: str) -> dict[str, Any]:
    return {
        **_sync(row_id),
        "client_id": "c-1",
        "author_id": "u-coach",
        "session_date": day,
        "start_time": "09:00:00.000000",
        "end_time": "10:30:00.000000",
        "minutes": 90,
        "travel_minutes": 20,
        "place": "工作单位",
        "mode": "in_person",
        "session_type": "on_site_coaching",
        "content": content,
        "fading_percent": None,
        "natural_supports": "",
        "next_steps": "继续跟进",
        "next_steps_due": None,
        "status": status,
        "finalised_at": T1 if status == "final" else None,
    }


def _participant(row_id: str, session_id: str, position: int, kind: str, name: str) -> dict[str, Any]:
    return {
        **_sync(row_id),
        "session_id": session_id,
        "position": position,
        "kind": kind,
        "name": name,
        "user_id": None,
    }


def _v1_rows() -> dict[str, list[dict[str, Any]]]:
    """Rows as version 0001 of the app would have written them (all NOT NULL columns given)."""
    birth = "1990-05-17"
    return {
        "organisations": [{**_sync("o-1", dirty=0, version=3), "name": "东莞市测试服务中心"}],
        "users": [
            {
                **_sync("u-sup"),
                "organisation_id": "o-1",
                "username": "sup1",
                "display_name": "督导甲",
                "role": "supervisor",
                "staff_role": "social_worker",
                "qualification": "中级社会工作师",
                "supervisor_id": None,
                "active": 1,
            },
            {
                **_sync("u-coach"),
                "organisation_id": "o-1",
                "username": "coach1",
                "display_name": "辅导员乙",
                "role": "coach",
                "staff_role": "coach",
                "qualification": "",
                "supervisor_id": "u-sup",
                "active": 1,
            },
        ],
        "clients": [
            {
                **_sync("c-1"),
                "organisation_id": "o-1",
                "name": "张三",
                "sex": "male",
                "birth_date": birth,
                "id_number": build_id_number("441900", date(1990, 5, 17), 123),
                "certificate_number": None,
                "town_code": "441900003000",
                "village": "东湖社区",
                "address": "东城街道振兴路1号",
                "phone": "13800138000",
                "household": "local_urban",
                "education": "junior",
                "work_history": "",
                "benefits": "",
                "referral_source": "cdpf",
                "referral_note": "",
                "guardian_name": "",
                "guardian_relation": None,
                "guardian_phone": "",
                "assigned_coach_id": "u-coach",
                "status": "active",
                "phase": "planning",
                "intake_date": "2026-01-05",
                "notes": "备注：喜欢动手",
            }
        ],
        "disabilities": [{**_sync("d-1"), "client_id": "c-1", "category": 4, "level": 3, "is_primary": 1}],
        "consents": [
            {
                **_sync("cs-1"),
                "client_id": "c-1",
                "purpose": "sensitive_processing",
                "recipient": "",
                "signed_by": "client",
                "signer_name": "张三",
                "signed_on": "2026-01-05",
                "expires_on": "2029-01-05",
                "withdrawn_on": None,
            }
        ],
        "employment_plans": [
            {
                **_sync("p-1"),
                "client_id": "c-1",
                "job_goal": "超市理货员",
                "hours_per_week_goal": 30.0,
                "wage_goal": 2200,
                "barriers": "交通不便",
                "start_date": "2026-01-20",
                "target_date": "2027-01-20",
                "review_interval_days": 90,
                "next_review_on": "2026-04-20",
                "status": "active",
                "signed_on": "2026-01-20",
            }
        ],
        "plan_goals": [
            {
                **_sync("g-1"),
                "plan_id": "p-1",
                "position": 0,
                "description": "独立乘坐公交车往返",
                "success_criteria": "连续两周独立到岗",
                "responsible_party": "client",
                "start_date": "2026-01-20",
                "target_date": "2026-07-20",
                "progress": 30,
                "status": "active",
            }
        ],
        "session_records": [
            _session("s-draft-1", "draft", "2026-02-01", "草稿一"),
            _session("s-draft-2", "draft", "2026-02-08", "草稿二"),
            _session("s-draft-3", "draft", "2026-02-15", ""),
            _session("s-final", "final", "2026-01-25", "在岗辅导，示范两次"),
        ],
        "session_participants": [
            _participant("sp-1", "s-draft-1", 0, "client", "服务对象"),
            _participant("sp-2", "s-final", 0, "client", "服务对象"),
            _participant("sp-3", "s-final", 1, "employer_staff", "班组长"),
        ],
        "session_goal_progress": [
            {**_sync("sg-1"), "session_id": "s-final", "goal_id": "g-1", "progress": 30, "note": "有进步"}
        ],
        "session_amendments": [
            {
                **_sync("sa-1"),
                "session_id": "s-final",
                "author_id": "u-coach",
                "reason": "记录有误",
                "changes": json.dumps({"place": {"old": "工作单位", "new": "康园中心"}}, ensure_ascii=False),
            }
        ],
        "audit_log": [
            {
                "seq": i + 1,
                "id": f"a-{i}",
                "at": T0,
                "actor_id": "u-coach",
                "action": action,
                "entity": "client",
                "entity_id": "c-1",
                "detail": "{}",
                "dirty": 1,
            }
            for i, action in enumerate(["create", "view", "update"])
        ],
        "local_settings": [{"key": "current_user_id", "value": json.dumps("u-coach")}],
    }


def _insert(conn: Any, rows: dict[str, list[dict[str, Any]]]) -> None:
    for table, items in rows.items():
        for row in items:
            cols = ", ".join(row)
            marks = ", ".join(f":{c}" for c in row)
            conn.execute(text(f"INSERT INTO {table} ({cols}) VALUES ({marks})"), row)


def _tables(conn: Any, kind: str = "table") -> set[str]:
    rows = conn.execute(
        text("SELECT name FROM sqlite_master WHERE type = :k AND name NOT LIKE 'sqlite_%'"), {"k": kind}
    )
    return {r[0] for r in rows}


def _snapshot(
    store: Store, *, skip: tuple[str, ...] = ("alembic_version", *sorted(DERIVED))
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as full tuples in a stable order."""
    with store.engine.connect() as conn:
        return {
            t: sorted(tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"')))
            for t in sorted(_tables(conn))
            if t not in skip
        }


def _raw_snapshot(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    names = [r[0] for r in conn.execute(query)]
    return {
        n: sorted(tuple(r) for r in conn.execute(f'SELECT * FROM "{n}"').fetchall()) for n in sorted(names)
    }


def _version(store: Store) -> str | None:
    return current_revision(store)


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def v1_store(tmp_path: Path, key: bytes) -> Iterator[Store]:
    """A database at revision 0001 filled with raw SQL, as an older CoachDesk left it."""
    store = Store(tmp_path / "old.db", key)
    try:
        upgrade(store, "0001")
        with store.engine.begin() as conn:
            _insert(conn, _v1_rows())
        yield store
    finally:
        store.dispose()


# --------------------------------------------------------------------------------------------------
# tests


def test_head_is_0004() -> None:
    assert head_revision() == "0004"


def test_new_database_is_created_at_head_without_backup(tmp_path: Path, key: bytes) -> None:
    backups = tmp_path / "backups"
    store = Store(tmp_path / "new.db", key)
    try:
        assert _version(store) is None
        result = migrate(store, backups)
        assert (result.from_revision, result.to_revision, result.backup) == (None, head_revision(), None)
        assert not backups.exists() or list(backups.iterdir()) == []
        assert _version(store) == head_revision()
        with store.engine.connect() as conn:
            assert set(Base.metadata.tables) | {"alembic_version"} | DERIVED == _tables(conn)
            assert _tables(conn, "trigger") == TRIGGERS
        assert store.quick_check() == []
        assert all(rows == [] for rows in _snapshot(store).values())
    finally:
        store.dispose()


def test_upgrade_from_0001_keeps_every_row_and_adds_the_rules(v1_store: Store) -> None:
    store = v1_store
    assert _version(store) == "0001"
    with store.engine.connect() as conn:
        assert _tables(conn, "trigger") == set()  # 0001 has no triggers yet
        tables_before = _tables(conn)
    before = _snapshot(store)
    assert sum(map(len, before.values())) == sum(map(len, _v1_rows().values()))

    upgrade(store)

    assert _version(store) == head_revision()
    after = _snapshot(store)
    assert {t: after[t] for t in before} == before
    assert {t: rows for t, rows in after.items() if t not in before} == {t: [] for t in SYNC_TABLES}
    with store.engine.connect() as conn:
        assert _tables(conn) == tables_before | DERIVED | SYNC_TABLES
        assert _tables(conn, "trigger") == TRIGGERS
    assert store.quick_check() == []
    # The new rules now protect the rows written before the upgrade; drafts stay editable.
    with pytest.raises(REFUSED, match="a final session record is immutable"), store.engine.begin() as conn:
        conn.execute(text("UPDATE session_records SET content = 'x' WHERE id = 's-final'"))
    with store.engine.begin() as conn:
        assert (
            conn.execute(text("UPDATE session_records SET content = 'x' WHERE id = 's-draft-1'")).rowcount
            == 1
        )


def test_store_checkpoint_moves_the_wal_into_the_file(tmp_path: Path, key: bytes) -> None:
    db = tmp_path / "x.db"
    store = Store(db, key)
    try:
        migrate(store, tmp_path / "backups")
        wal = db.with_name(db.name + "-wal")
        assert wal.stat().st_size > 0
        store.checkpoint()
        assert wal.stat().st_size == 0
    finally:
        store.dispose()


def test_older_database_is_backed_up_and_upgraded_unchanged(
    v1_store: Store, key: bytes, tmp_path: Path
) -> None:
    store = v1_store
    assert _version(store) == "0001"
    before = _snapshot(store)
    with store.engine.connect() as conn:
        tables_before = _tables(conn)

    backups = tmp_path / "backups"
    result = migrate(store, backups)

    assert result.from_revision == "0001"
    assert result.to_revision == head_revision()
    assert result.backup is not None
    assert result.backup.parent == backups
    assert list(backups.iterdir()) == [result.backup]
    assert result.backup.name.endswith(f"-before-{head_revision()}.db")

    # The backup: encrypted, opens with the same key, sound, and holds exactly the old rows.
    assert result.backup.read_bytes()[:16] != SQLITE_PLAIN_HEADER
    copy = open_raw(result.backup, key)
    try:
        assert [r[0] for r in copy.execute("PRAGMA quick_check").fetchall()] == ["ok"]
        assert copy.execute("PRAGMA cipher_integrity_check").fetchall() == []
        copied = _raw_snapshot(copy)
    finally:
        copy.close()
    assert copied.pop("alembic_version") == [("0001",)]
    assert {t: len(r) for t, r in copied.items()} == {t: len(r) for t, r in before.items()}
    assert copied == before

    # The upgraded database: at head, triggers in place, every original row unchanged.
    assert _version(store) == head_revision()
    after = _snapshot(store)
    assert {t: after[t] for t in before} == before
    assert {t: rows for t, rows in after.items() if t not in before} == {t: [] for t in SYNC_TABLES}
    with store.engine.connect() as conn:
        assert _tables(conn) == tables_before | DERIVED | SYNC_TABLES
        assert _tables(conn, "trigger") == TRIGGERS
    assert store.quick_check() == []

    # Running again at head: nothing to do, no second backup.
    again = migrate(store, backups)
    assert (again.from_revision, again.to_revision, again.backup) == (head_revision(), head_revision(), None)
    assert list(backups.iterdir()) == [result.backup]
    assert {t: rows for t, rows in _snapshot(store).items() if t in before} == before


def test_migrate_at_head_is_a_no_op(tmp_path: Path, key: bytes) -> None:
    backups = tmp_path / "backups"
    store = Store(tmp_path / "x.db", key)
    try:
        assert migrate(store, backups).backup is None
        rows = _v1_rows()
        # (children of a final record can no longer be inserted at head: the triggers exist)
        del rows["session_participants"], rows["session_goal_progress"]
        with store.engine.begin() as conn:
            _insert(conn, rows)
        before = _snapshot(store, skip=())

        again = migrate(store, backups)
        assert (again.from_revision, again.to_revision, again.backup) == (
            head_revision(),
            head_revision(),
            None,
        )
        assert not backups.exists() or list(backups.iterdir()) == []
        assert _snapshot(store, skip=()) == before
    finally:
        store.dispose()


def _stamp_future(db: Path, key: bytes) -> None:
    """A database as a newer CoachDesk (schema 9999) left it: closed, WAL folded into the file."""
    store = Store(db, key)
    try:
        upgrade(store)
        with store.engine.begin() as conn:
            conn.execute(text("INSERT INTO local_settings (key, value) VALUES ('k', '1')"))
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        store.dispose()


def test_newer_database_raises_newer_database(tmp_path: Path, key: bytes) -> None:
    _stamp_future(tmp_path / "future.db", key)
    store = Store(tmp_path / "future.db", key)
    try:
        with pytest.raises(NewerDatabase) as exc:
            migrate(store, tmp_path / "backups")
        assert "9999" in str(exc.value)
        assert exc.value.code == "database_too_new"
    finally:
        store.dispose()


def test_newer_database_is_left_untouched(tmp_path: Path, key: bytes) -> None:
    db = tmp_path / "future.db"
    backups = tmp_path / "backups"
    _stamp_future(db, key)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    store = Store(db, key)
    try:
        rows = _snapshot(store, skip=())
        with store.engine.connect() as conn:
            schema = sorted(conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all())

        with pytest.raises(NewerDatabase):
            migrate(store, backups)

        assert _version(store) == "9999"
        assert _snapshot(store, skip=()) == rows
        with store.engine.connect() as conn:
            assert sorted(conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all()) == schema
        assert not backups.exists() or list(backups.iterdir()) == []
    finally:
        store.dispose()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_open_workspace_backs_up_and_upgrades_an_older_profile(tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    key = KeyStore(data_dir, argon2=CHEAP).create(PASSPHRASE)
    store = Store(database_path(data_dir), key)
    try:
        upgrade(store, "0001")
        with store.engine.begin() as conn:
            _insert(conn, _v1_rows())
        before = _snapshot(store)
    finally:
        store.dispose()

    ws = open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: date(2026, 6, 1))
    try:
        assert ws.migrated_from == "0001"
        assert ws.backup is not None and ws.backup.exists()
        assert ws.backup.parent == backup_dir(data_dir)
        new_store = ws.ctx.uow.store
        assert _version(new_store) == head_revision()
        assert {t: rows for t, rows in _snapshot(new_store).items() if t in before} == before
        # The data is usable through the services: the signed-in user and the client are there.
        assert ws.actor is not None and ws.actor.user_id == "u-coach"
        assert ws.clients.view("c-1").name == "张三"
        assert {u.username for u in ws.people.users()} == {"sup1", "coach1"}
    finally:
        ws.close()

    copy = open_raw(ws.backup, key)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert copy.execute("SELECT count(*) FROM session_records").fetchone() == (4,)
    finally:
        copy.close()

    # Opening again: already at head, no new backup.
    ws = open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: date(2026, 6, 1))
    try:
        assert ws.migrated_from == head_revision()
        assert ws.backup is None
        assert len(list(backup_dir(data_dir).iterdir())) == 1
    finally:
        ws.close()
