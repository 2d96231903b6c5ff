"""Encryption at rest and the storage errors a user can meet, on real SQLCipher files.

Every test works on files in ``tmp_path`` with a random 32-byte key (or a passphrase-protected key made
by ``open_workspace``). Nothing about SQLite is mocked: damaged files are made by writing bytes, a full
disk by ``PRAGMA max_page_count``, a lock by a second real connection.
"""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
import shutil
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from app.bootstrap import open_workspace
from app.domain.identity import build_id_number
from app.domain.records import ClientInput, DisabilityInput
from app.host.paths import database_path
from app.services.people import UserInput
from app.services.workspace import Workspace
from app.storage.engine import SQLITE_PLAIN_HEADER, Store, open_raw
from app.storage.errors import (
    CannotOpen,
    CorruptDatabase,
    DatabaseLocked,
    DiskFull,
    NotEncrypted,
    StorageError,
    WrongKey,
)
from app.storage.migrate import migrate
from app.storage.models import LocalSetting
from app.storage.uow import UnitOfWork

pytestmark = pytest.mark.timeout(60)

PASSPHRASE = "test-passphrase-1"
TODAY = date(2026, 6, 1)
PLAIN_HEADER_TEXT = b"SQLite format 3"
PAGE = 4096  # SQLCipher 4 default page size


# --------------------------------------------------------------------------------------------------
# helpers


def _msg(exc_type: type[StorageError], *args: Any) -> str:
    """The user-facing message an error class produces (what the user must see, word for word)."""
    return str(exc_type(*args))


def _scan(folder: Path, needles: dict[str, bytes]) -> list[tuple[str, str]]:
    """(file, needle name) for every needle found in the bytes of any file below ``folder``."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [(path.name, name) for name, needle in needles.items() if needle in data]
    return found


def _signed_in_workspace(data_dir: Path) -> tuple[Workspace, str]:
    ws = open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)
    org = ws.people.create_organisation("测试机构")
    uid = ws.people.create_user(org, UserInput("coach1", "测试辅导员", "coach"))
    ws.people.sign_in(uid)
    return ws, uid


def _new_store(path: Path, key: bytes, rows: int = 0) -> Store:
    """A migrated store at ``path``, with ``rows`` LocalSetting rows committed."""
    store = Store(path, key)
    migrate(store, path.parent / "backups")
    if rows:
        uow = UnitOfWork(store)
        with uow.begin(None) as s:
            for i in range(rows):
                s.add(LocalSetting(key=f"row-{i:04d}", value={"i": i, "text": "数据" * 40}))
    return store


def _closed_db(tmp_path: Path, key: bytes, rows: int = 300) -> Path:
    """A migrated, VACUUMed (no free pages), checkpointed and closed database file with data."""
    path = tmp_path / "source" / "data.db"
    path.parent.mkdir()
    store = _new_store(path, key, rows)
    store.dispose()
    raw = open_raw(path, key)
    try:
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
    assert path.stat().st_size % PAGE == 0
    return path


def _copy_db(source: Path, target_dir: Path, name: str) -> Path:
    target_dir.mkdir(exist_ok=True)
    target = target_dir / name
    shutil.copyfile(source, target)
    shutil.copyfile(source.with_name(source.name + ".keycheck"), target.with_name(name + ".keycheck"))
    return target


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def stores() -> Iterator[list[Store]]:
    """Stores opened by a test, disposed at the end even if it fails."""
    opened: list[Store] = []
    yield opened
    for store in opened:
        store.dispose()


# --------------------------------------------------------------------------------------------------
# no plaintext on disk


def test_scanner_finds_plaintext_in_an_unencrypted_database(tmp_path: Path) -> None:
    """Positive control: the byte scan used below does find a marker and the header in plain SQLite."""
    marker = f"标记张三XYZ{uuid.uuid4().hex}".encode()
    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.execute("CREATE TABLE t (name TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (marker.decode(),))
    conn.commit()
    conn.close()
    found = _scan(tmp_path, {"marker": marker, "header": PLAIN_HEADER_TEXT})
    assert ("plain.db", "marker") in found
    assert ("plain.db", "header") in found


def test_client_data_never_reaches_disk_in_plaintext(tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    marker_text = f"标记张三XYZ{uuid.uuid4().hex}"
    birth = date(1990, 5, 17)
    id_number = build_id_number("441900", birth, secrets.randbelow(500) * 2 + 1)  # odd: male
    needles = {
        "marker": marker_text.encode("utf-8"),
        "id_number": id_number.encode("ascii"),
        "plain header": PLAIN_HEADER_TEXT,
    }
    ws, _uid = _signed_in_workspace(data_dir)
    db = database_path(data_dir)
    wal = db.with_name(db.name + "-wal")
    try:
        client_id = ws.clients.create(
            ClientInput(
                name=marker_text,
                sex="male",
                birth_date=birth,
                id_number=id_number,
                disabilities=(DisabilityInput(4, 3),),
                intake_date=date(2026, 1, 5),
                notes=marker_text,
            )
        )
        # The data really is stored (positive control): it reads back through the services.
        assert ws.clients.view(client_id).name == marker_text

        # Still open, nothing checkpointed: the new pages live in the WAL.
        assert wal.exists() and wal.stat().st_size > 0
        names = {p.name for p in data_dir.iterdir()}
        assert {"coachdesk.db", "coachdesk.db-wal"} <= names
        assert _scan(data_dir, needles) == []
        assert db.read_bytes()[:16] != SQLITE_PLAIN_HEADER
    finally:
        ws.close()

    # Closed: the WAL was checkpointed into the main file (and removed).
    assert not wal.exists() or wal.stat().st_size == 0
    assert _scan(data_dir, needles) == []
    head = db.read_bytes()[:16]
    assert head != SQLITE_PLAIN_HEADER
    assert PLAIN_HEADER_TEXT not in db.read_bytes()

    # The first 16 bytes are SQLCipher's random salt: another database gets different ones.
    other = tmp_path / "other" / "x.db"
    other.parent.mkdir()
    store = _new_store(other, secrets.token_bytes(32), rows=1)
    store.dispose()
    assert other.read_bytes()[:16] != head

    # And the marker reads back after reopening with the passphrase.
    ws = open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)
    try:
        assert ws.clients.view(client_id).name == marker_text
    finally:
        ws.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_files_are_owner_only(tmp_path: Path) -> None:
    """The database, its WAL and shared-memory files are 0600 and the data folder 0700."""
    data_dir = tmp_path / "profile"
    ws, _uid = _signed_in_workspace(data_dir)
    try:
        db = database_path(data_dir)
        files = [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
        assert all(f.exists() for f in files)
        for f in files:
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    finally:
        ws.close()


# --------------------------------------------------------------------------------------------------
# wrong key, not encrypted, damaged


def test_wrong_key_is_reported_as_wrong_key_and_changes_nothing(
    tmp_path: Path, key: bytes, stores: list[Store]
) -> None:
    db = tmp_path / "x.db"
    _new_store(db, key, rows=3).dispose()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    keycheck = db.with_name(db.name + ".keycheck").read_text(encoding="ascii")

    wrong = Store(db, secrets.token_bytes(32))
    stores.append(wrong)
    with pytest.raises(WrongKey) as exc:
        wrong.quick_check()
    assert str(exc.value) == _msg(WrongKey)
    assert exc.value.code == "wrong_key"
    with pytest.raises(WrongKey), UnitOfWork(wrong).read() as s:
        s.scalar(select(func.count()).select_from(LocalSetting))
    wrong.dispose()

    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert db.with_name(db.name + ".keycheck").read_text(encoding="ascii") == keycheck

    right = Store(db, key)
    stores.append(right)
    assert right.quick_check() == []
    with UnitOfWork(right).read() as s:
        assert s.scalar(select(func.count()).select_from(LocalSetting)) == 3


def test_wrong_key_without_fingerprint_cannot_be_told_from_damage(
    tmp_path: Path, key: bytes, stores: list[Store]
) -> None:
    """Without the .keycheck file "wrong key" and "damaged" look the same to SQLite (documented)."""
    db = tmp_path / "x.db"
    _new_store(db, key, rows=1).dispose()
    db.with_name(db.name + ".keycheck").unlink()
    wrong = Store(db, secrets.token_bytes(32))
    stores.append(wrong)
    with pytest.raises(CorruptDatabase) as exc:
        wrong.quick_check()
    assert str(exc.value) == _msg(CorruptDatabase, "unreadable header or page")


def test_plain_sqlite_file_is_refused(tmp_path: Path, key: bytes) -> None:
    db = tmp_path / "plain.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE clients (name TEXT)")
    conn.execute("INSERT INTO clients VALUES ('张三')")
    conn.commit()
    conn.close()
    before = db.read_bytes()

    with pytest.raises(NotEncrypted) as exc:
        Store(db, key)
    assert str(exc.value) == _msg(NotEncrypted)
    assert exc.value.code == "not_encrypted"
    assert db.read_bytes() == before  # not touched, let alone "converted"


@pytest.mark.parametrize("with_fingerprint", [False, True], ids=["new-file", "replaced-existing"])
def test_random_garbage_file_is_corrupt(
    tmp_path: Path, key: bytes, stores: list[Store], with_fingerprint: bool
) -> None:
    db = tmp_path / "x.db"
    if with_fingerprint:
        # A real database (with the key's fingerprint next to it) overwritten by garbage.
        _new_store(db, key, rows=1).dispose()
        assert db.with_name(db.name + ".keycheck").exists()
    garbage = secrets.token_bytes(4 * PAGE)
    assert garbage[:16] != SQLITE_PLAIN_HEADER
    db.write_bytes(garbage)

    store = Store(db, key)
    stores.append(store)
    with pytest.raises(CorruptDatabase) as exc:
        store.verify_on_start()
    assert str(exc.value) == _msg(CorruptDatabase, "unreadable header or page")
    assert exc.value.code == "database_corrupt"


def test_truncated_file_is_corrupt(tmp_path: Path, key: bytes, stores: list[Store]) -> None:
    source = _closed_db(tmp_path, key)
    damaged = _copy_db(source, tmp_path / "damaged", "truncated.db")
    with open(damaged, "r+b") as f:
        f.truncate(source.stat().st_size // 2 + 123)

    store = Store(damaged, key)
    stores.append(store)
    with pytest.raises(CorruptDatabase) as exc:
        store.verify_on_start()
    assert str(exc.value) == _msg(CorruptDatabase, "malformed database image")
    with pytest.raises(CorruptDatabase):
        store.cipher_integrity_check()


@pytest.mark.parametrize("damage", ["page-overwritten", "one-bit-flipped"])
def test_damage_in_the_middle_is_detected(
    tmp_path: Path, key: bytes, stores: list[Store], damage: str
) -> None:
    source = _closed_db(tmp_path, key)
    pages = source.stat().st_size // PAGE
    assert pages > 20
    victim = pages // 2
    damaged = _copy_db(source, tmp_path / "damaged", f"{damage}.db")
    with open(damaged, "r+b") as f:
        if damage == "page-overwritten":
            f.seek(victim * PAGE)
            f.write(secrets.token_bytes(PAGE))
        else:
            f.seek(victim * PAGE + 1000)
            byte = f.read(1)[0]
            f.seek(victim * PAGE + 1000)
            f.write(bytes([byte ^ 0x10]))

    store = Store(damaged, key)
    stores.append(store)
    with pytest.raises(CorruptDatabase) as exc:
        store.verify_on_start()
    message = str(exc.value)
    assert message.startswith("The database file is damaged (")
    assert message.endswith(_msg(CorruptDatabase).split("damaged. ", 1)[1])

    problems = store.cipher_integrity_check()
    assert problems == [f"HMAC verification failed for page {victim + 1}"]

    # The undamaged original passes both checks (the checks can pass).
    good = Store(source, key)
    stores.append(good)
    assert good.quick_check() == []
    assert good.cipher_integrity_check() == []


def test_corrupt_message_detail_is_short(tmp_path: Path, key: bytes, stores: list[Store]) -> None:
    source = _closed_db(tmp_path, key)
    damaged = _copy_db(source, tmp_path / "damaged", "mid.db")
    with open(damaged, "r+b") as f:
        f.seek((source.stat().st_size // PAGE // 2) * PAGE)
        f.write(secrets.token_bytes(PAGE))
    store = Store(damaged, key)
    stores.append(store)
    with pytest.raises(CorruptDatabase) as exc:
        store.verify_on_start()
    message = str(exc.value)
    assert "\n" not in message
    assert len(message) < 600


def test_database_path_is_a_directory(tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    ws, _uid = _signed_in_workspace(data_dir)
    ws.close()
    db = database_path(data_dir)
    for suffix in ("", "-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    db.mkdir()

    with pytest.raises(CannotOpen) as exc:
        open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)
    assert exc.value.code == "cannot_open"


def test_unreadable_database_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database file the user may not read gives CannotOpen, not a raw PermissionError.

    The suite runs as root on CI, and root reads any file whatever its mode, so the permission error
    is injected at the one place the store opens the file itself (a unit test of the translation).
    """
    data_dir = tmp_path / "profile"
    ws, _uid = _signed_in_workspace(data_dir)
    ws.close()

    real_open = open

    def deny(path: object, *args: object, **kwargs: object) -> object:
        if Path(str(path)) == database_path(data_dir):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(CannotOpen) as exc:
        open_workspace(data_dir, passphrase=PASSPHRASE, today=lambda: TODAY)
    assert "permission" in str(exc.value).lower()


# --------------------------------------------------------------------------------------------------
# disk full


def _count_settings(store: Store) -> int:
    with UnitOfWork(store).read() as s:
        return int(s.scalar(select(func.count()).select_from(LocalSetting)) or 0)


def test_disk_full_is_reported_and_saved_data_survives(tmp_path: Path, key: bytes) -> None:
    db = tmp_path / "x.db"
    store = _new_store(db, key, rows=5)
    try:
        with store.engine.connect() as conn:
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
        store.engine.dispose()  # new connections get the cap

        def cap(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 10}")

        event.listen(store.engine, "connect", cap)
        uow = UnitOfWork(store)

        # A transaction larger than the room left fails as a whole: none of its rows are written.
        with pytest.raises(DiskFull), uow.begin("tester") as s:
            for i in range(50):
                s.add(LocalSetting(key=f"big-{i}", value="y" * 1500))

        # Small transactions fill the rest until SQLite says the disk is full.
        committed: list[str] = []
        full: DiskFull | None = None
        for i in range(2000):
            name = f"fill-{i:04d}"
            try:
                with uow.begin("tester") as s:
                    s.add(LocalSetting(key=name, value="x" * 1500))
            except DiskFull as exc:
                full = exc
                break
            committed.append(name)
        assert full is not None, "the capped database never filled up"
        assert str(full) == _msg(DiskFull)
        assert full.code == "disk_full"
        assert committed, "the cap left no room at all; the test proves nothing"

        # Also through Store.translate_errors directly, on a Core connection.
        with pytest.raises(DiskFull), store.translate_errors(), store.engine.begin() as conn:
            for i in range(50):
                conn.exec_driver_sql(
                    "INSERT INTO local_settings (key, value) VALUES (?, ?)", (f"core-{i}", "z" * 1500)
                )

        event.remove(store.engine, "connect", cap)
        store.engine.dispose()
        assert store.integrity_check() == []
        assert store.cipher_integrity_check() == []
        with uow.read() as s:
            keys = set(s.scalars(select(LocalSetting.key)))
        assert {f"row-{i:04d}" for i in range(5)} <= keys
        assert set(committed) <= keys
        assert not any(k.startswith(("big-", "core-")) for k in keys)
        assert len(keys) == 5 + len(committed)

        # With room again, saving works.
        with uow.begin("tester") as s:
            s.add(LocalSetting(key="after", value=1))
        assert _count_settings(store) == 6 + len(committed)
    finally:
        store.dispose()


def test_os_level_no_space_is_disk_full(tmp_path: Path, key: bytes, stores: list[Store]) -> None:
    store = Store(tmp_path / "x.db", key)
    stores.append(store)
    with pytest.raises(DiskFull), store.translate_errors():
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


# --------------------------------------------------------------------------------------------------
# locked


def test_write_while_another_connection_holds_the_lock(tmp_path: Path, key: bytes) -> None:
    db = tmp_path / "x.db"
    store = _new_store(db, key, rows=2)
    store.engine.dispose()

    def short_busy_timeout(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout = 100")  # the engine's 5 s, shortened for the test

    event.listen(store.engine, "connect", short_busy_timeout)
    uow = UnitOfWork(store)
    other = open_raw(db, key)
    try:
        other.execute("BEGIN EXCLUSIVE")
        other.execute("INSERT INTO local_settings (key, value) VALUES ('other', '1')")
        with pytest.raises(DatabaseLocked) as exc, uow.begin("tester") as s:
            s.add(LocalSetting(key="mine", value=1))
        assert str(exc.value) == _msg(DatabaseLocked)
        assert exc.value.code == "database_locked"
        other.execute("ROLLBACK")
    finally:
        other.close()
    try:
        with uow.read() as s:
            keys = set(s.scalars(select(LocalSetting.key)))
        assert keys == {"row-0000", "row-0001"}  # neither the blocked write nor the rolled-back one
        with uow.begin("tester") as s:  # the lock is gone: the retry succeeds
            s.add(LocalSetting(key="mine", value=1))
        assert _count_settings(store) == 3
    finally:
        store.dispose()
