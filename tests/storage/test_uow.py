"""UnitOfWork on a real encrypted store: sync stamping before flush, rollback on any exception, and
all-or-nothing batches."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app.storage.engine import Store, open_raw
from app.storage.migrate import migrate
from app.storage.models import AuditEntry, LocalSetting, Organisation, User
from app.storage.uow import UnitOfWork, audit

pytestmark = pytest.mark.timeout(60)

OLD = datetime(2000, 1, 1, 0, 0, 0)
OLD_TEXT = "2000-01-01 00:00:00.000000"  # how SQLAlchemy stores OLD


class Boom(Exception):
    pass


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "uow.db", secrets.token_bytes(32))
    try:
        migrate(store, tmp_path / "backups")
        yield store
    finally:
        store.dispose()


@pytest.fixture
def uow(store: Store) -> UnitOfWork:
    return UnitOfWork(store)


def _org_row(store: Store, org_id: str) -> tuple[object, ...]:
    with store.engine.connect() as conn:
        return tuple(
            conn.execute(
                text(
                    "SELECT name, dirty, updated_by, updated_at, created_at FROM organisations WHERE id = :i"
                ),
                {"i": org_id},
            ).one()
        )


def _mark_synced(store: Store) -> None:
    """What the sync engine does after an upload: clean rows, server bookkeeping."""
    with store.engine.begin() as conn:
        conn.execute(
            text("UPDATE organisations SET dirty = 0, updated_by = 'server', updated_at = :t"),
            {"t": OLD_TEXT},
        )
        conn.execute(
            text("UPDATE users SET dirty = 0, updated_by = 'server', updated_at = :t"), {"t": OLD_TEXT}
        )


def _counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("organisations", "users", "audit_log", "local_settings")
        }


# --------------------------------------------------------------------------------------------------
# stamping


def test_new_rows_are_stamped(uow: UnitOfWork, store: Store) -> None:
    with uow.begin("actor-a") as s:
        org = Organisation(name="机构甲", dirty=False, updated_by="forged", updated_at=OLD)
        s.add(org)
    name, dirty, updated_by, updated_at, created_at = _org_row(store, org.id)
    assert (name, dirty, updated_by) == ("机构甲", 1, "actor-a")
    assert updated_at is not None and str(updated_at) > OLD_TEXT
    assert created_at is not None


def test_changed_rows_are_stamped_and_unchanged_rows_are_not(uow: UnitOfWork, store: Store) -> None:
    with uow.begin("actor-a") as s:
        a = Organisation(name="甲")
        b = Organisation(name="乙")
        s.add_all([a, b])
    _mark_synced(store)

    with uow.begin("actor-b") as s:
        row_a = s.get(Organisation, a.id)
        row_b = s.get(Organisation, b.id)
        assert row_a is not None and row_b is not None
        row_a.name = "甲（改）"
        row_b.name = "乙"  # same value: not a change
    assert _org_row(store, a.id)[:3] == ("甲（改）", 1, "actor-b")
    assert str(_org_row(store, a.id)[3]) > OLD_TEXT
    assert _org_row(store, b.id)[:4] == ("乙", 0, "server", OLD_TEXT)

    # Only reading does not stamp either.
    with uow.begin("actor-c") as s:
        assert s.get(Organisation, b.id) is not None
        assert s.scalars(select(Organisation)).all()
    assert _org_row(store, b.id)[1:3] == (0, "server")


def test_tombstone_is_a_change(uow: UnitOfWork, store: Store) -> None:
    with uow.begin("actor-a") as s:
        org = Organisation(name="甲")
        s.add(org)
    _mark_synced(store)
    with uow.begin("actor-d") as s:
        row = s.get(Organisation, org.id)
        assert row is not None
        row.deleted_at = datetime(2026, 6, 1)
    assert _org_row(store, org.id)[1:3] == (1, "actor-d")


def test_rows_applied_by_sync_keep_the_server_bookkeeping(uow: UnitOfWork, store: Store) -> None:
    with uow.begin("actor-a") as s:
        s.info["sync_apply"] = True
        org = Organisation(
            name="来自服务器", dirty=False, updated_by="server-user", updated_at=OLD, server_version=9
        )
        s.add(org)
    assert _org_row(store, org.id)[:4] == (
        "来自服务器",
        0,
        "server-user",
        OLD_TEXT,
    )


def test_non_syncable_rows_are_left_alone(uow: UnitOfWork, store: Store) -> None:
    with uow.begin("actor-a") as s:
        s.add(LocalSetting(key="k", value={"a": 1}))
        audit(s, "actor-a", "view", "client", "c-1", fields=["name"])
    with uow.read() as s:
        entry = s.scalars(select(AuditEntry)).one()
        assert (entry.actor_id, entry.action, entry.detail, entry.dirty) == (
            "actor-a",
            "view",
            {"fields": ["name"]},
            True,
        )
        assert s.get(LocalSetting, "k").value == {"a": 1}  # type: ignore[union-attr]


# --------------------------------------------------------------------------------------------------
# rollback


def test_exception_inside_begin_rolls_back_everything(uow: UnitOfWork, store: Store) -> None:
    with uow.begin("actor-a") as s:
        existing = Organisation(name="已有")
        s.add(existing)
    before = _counts(store)

    with pytest.raises(Boom), uow.begin("actor-a") as s:
        org = Organisation(name="新机构")
        s.add(org)
        s.flush()  # already sent to SQLite inside the transaction
        s.add(User(organisation_id=org.id, username="u1", display_name="用户", role="coach"))
        s.add(LocalSetting(key="half", value=1))
        audit(s, "actor-a", "create", "organisation", org.id)
        row = s.get(Organisation, existing.id)
        assert row is not None
        row.name = "改名"
        s.flush()
        raise Boom()

    assert _counts(store) == before
    assert _org_row(store, existing.id)[0] == "已有"
    # The connection went back to the pool clean: the next transaction works.
    with uow.begin("actor-a") as s:
        s.add(LocalSetting(key="after", value=2))
    assert _counts(store)["local_settings"] == before["local_settings"] + 1


def test_database_error_inside_begin_rolls_back_and_propagates(uow: UnitOfWork, store: Store) -> None:
    before = _counts(store)
    # sqlcipher3's own IntegrityError today (the engine does not tell SQLAlchemy its DB-API module, see
    # test_rules.py); SQLAlchemy's once that is fixed.
    refused = (IntegrityError, sqlcipher.IntegrityError)
    with pytest.raises(refused, match="UNIQUE constraint failed"), uow.begin("actor-a") as s:
        s.add(LocalSetting(key="dup", value=1))
        s.flush()
        s.execute(text("INSERT INTO local_settings (key, value) VALUES ('dup', '2')"))
    assert _counts(store) == before


def test_read_session_never_writes(uow: UnitOfWork, store: Store) -> None:
    with uow.read() as s:
        s.add(LocalSetting(key="from-read", value=1))
        s.flush()
        assert s.get(LocalSetting, "from-read") is not None
    with uow.read() as s:
        assert s.get(LocalSetting, "from-read") is None


# --------------------------------------------------------------------------------------------------
# batches


def test_batch_commits_everything_at_the_end(uow: UnitOfWork, store: Store) -> None:
    with uow.batch():
        for i in range(5):
            with uow.begin(f"actor-{i}") as s:
                s.add(LocalSetting(key=f"batch-{i}", value=i))
                s.flush()
        # Inside the batch the rows are visible to the batch's own reads...
        with uow.read() as s:
            assert s.scalar(select(func.count()).select_from(LocalSetting)) == 5
        # ...but not committed: another connection does not see them yet.
        other = open_raw(store.db_path, store._key)
        try:
            assert other.execute("SELECT count(*) FROM local_settings").fetchone() == (0,)
        finally:
            other.close()
    assert _counts(store)["local_settings"] == 5


def test_batch_is_all_or_nothing(uow: UnitOfWork, store: Store) -> None:
    with pytest.raises(Boom), uow.batch():
        for i in range(5):
            with uow.begin("actor-a") as s:
                s.add(Organisation(name=f"机构{i}"))
                s.add(LocalSetting(key=f"batch-{i}", value=i))
                s.flush()
        raise Boom()
    assert _counts(store) == {"organisations": 0, "users": 0, "audit_log": 0, "local_settings": 0}
    # The batch is over: the next one works normally.
    with uow.batch(), uow.begin("actor-a") as s:
        s.add(LocalSetting(key="second", value=1))
    assert _counts(store)["local_settings"] == 1


def test_exception_in_a_use_case_inside_a_batch_rolls_back_the_batch(uow: UnitOfWork, store: Store) -> None:
    with pytest.raises(Boom), uow.batch():
        with uow.begin("actor-a") as s:
            s.add(LocalSetting(key="first", value=1))
        with uow.begin("actor-a") as s:
            s.add(LocalSetting(key="second", value=2))
            raise Boom()
    assert _counts(store)["local_settings"] == 0


def test_batches_do_not_nest(uow: UnitOfWork, store: Store) -> None:
    with uow.batch():
        with uow.begin("actor-a") as s:
            s.add(LocalSetting(key="outer", value=1))
        with pytest.raises(RuntimeError, match="do not nest"), uow.batch():
            pass  # pragma: no cover - never entered
        with uow.begin("actor-a") as s:
            s.add(LocalSetting(key="outer-2", value=2))
    assert _counts(store)["local_settings"] == 2


def test_batch_stamps_each_row_with_its_own_actor(uow: UnitOfWork, store: Store) -> None:
    with uow.batch():
        with uow.begin("actor-a") as s:
            a = Organisation(name="甲")
            s.add(a)
        with uow.begin("actor-b") as s:
            b = Organisation(name="乙")
            s.add(b)
    assert _org_row(store, b.id)[2] == "actor-b"
    assert _org_row(store, a.id)[2] == "actor-a"


def test_caught_failure_inside_a_batch_leaves_nothing_half_done(uow: UnitOfWork, store: Store) -> None:
    with uow.batch():
        with uow.begin("actor-a") as s:
            s.add(LocalSetting(key="good", value=1))
        try:
            with uow.begin("actor-a") as s:
                s.add(LocalSetting(key="half-done", value=2))
                raise Boom()
        except Boom:
            pass
    with uow.read() as s:
        assert set(s.scalars(select(LocalSetting.key))) == {"good"}
