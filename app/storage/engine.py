"""The encrypted SQLite engine: SQLCipher with a raw 256-bit key, durable pragmas, error translation.

Why these pragmas:

* ``PRAGMA key = "x'…'"`` as the very first statement: a raw key skips SQLCipher's PBKDF2 (which costs
  ~100 ms per connection); the key is random, so key stretching adds nothing. The WAL is encrypted too.
* ``journal_mode=WAL`` + ``synchronous=FULL``: a save that returned is on disk, even after a power cut.
* ``foreign_keys=ON``, a busy timeout, and ``BEGIN IMMEDIATE`` for every transaction, so a writer takes
  its lock up front instead of failing half-way with SQLITE_BUSY.
* A large page cache, so decrypting pages does not dominate reads.

A key fingerprint (a salted, truncated SHA-256 of the key, useless to an attacker) is kept next to the
database so that "wrong key" and "damaged file" — both "file is not a database" to SQLite — can be told
apart.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from app.storage.errors import CorruptDatabase, DatabaseLocked, NotEncrypted, StorageError, classify

KEY_BYTES = 32
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def key_fingerprint(key: bytes) -> str:
    return hashlib.sha256(b"coachdesk-key-check:" + key).hexdigest()[:16]


def _fingerprint_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keycheck")


def _pragmas(conn: Any, key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Reading the schema is the first real page access: a wrong key fails here.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB
    conn.execute("PRAGMA temp_store = MEMORY")


class Store:
    """One encrypted database file and the SQLAlchemy engine over it."""

    def __init__(self, db_path: Path, key: bytes, *, pool_size: int = 4):
        self.db_path = Path(db_path)
        self._key = key
        self._check_file()
        self.engine: Engine = create_engine(
            "sqlite+pysqlite://",
            module=sqlcipher,  # so SQLAlchemy wraps sqlcipher3's errors in its own exception classes
            creator=self._connect,
            poolclass=QueuePool,
            pool_size=pool_size,
            max_overflow=2,
        )
        event.listen(self.engine, "begin", _begin_immediate)

    # -- connection ---------------------------------------------------------------------------------

    def _check_file(self) -> None:
        if not self.db_path.exists():
            return
        try:
            with open(self.db_path, "rb") as f:
                header = f.read(16)
        except OSError as exc:
            raise classify(exc) or exc from exc
        if header == SQLITE_PLAIN_HEADER:
            raise NotEncrypted()

    def _connect(self) -> Any:
        existed = self.db_path.exists() and self.db_path.stat().st_size > 0
        if not self.db_path.exists():
            # Owner-only from the start; SQLite gives the WAL and shared-memory files the same mode.
            try:
                os.close(os.open(self.db_path, os.O_CREAT | os.O_WRONLY, 0o600))
            except OSError as exc:
                raise classify(exc) or exc from exc
        try:
            conn = sqlcipher.connect(
                str(self.db_path),
                timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
                isolation_level=None,
            )
        except sqlcipher.Error as exc:
            raise classify(exc) or exc from exc
        try:
            _pragmas(conn, self._key)
        except sqlcipher.Error as exc:
            conn.close()
            raise self._translate(exc) from exc
        if not existed:
            self._write_fingerprint()
        return conn

    def _write_fingerprint(self) -> None:
        path = _fingerprint_path(self.db_path)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(key_fingerprint(self._key) + "\n", encoding="ascii")
        os.replace(tmp, path)

    def key_matches_fingerprint(self) -> bool | None:
        path = _fingerprint_path(self.db_path)
        if not path.exists():
            return None
        return path.read_text(encoding="ascii").strip() == key_fingerprint(self._key)

    def _translate(self, exc: BaseException) -> BaseException:
        matches = self.key_matches_fingerprint()
        return classify(exc, wrong_key=(matches is False)) or exc

    @contextmanager
    def translate_errors(self) -> Iterator[None]:
        """Turn environment faults raised inside the block into :class:`StorageError`."""
        try:
            yield
        except StorageError:
            raise
        except (DBAPIError, sqlcipher.Error, OSError) as exc:
            translated = self._translate(exc)
            if translated is exc:
                raise
            raise translated from exc

    # -- health ---------------------------------------------------------------------------------------

    def quick_check(self) -> list[str]:
        """``PRAGMA quick_check``: an empty list means the file is sound."""
        return self._check("quick_check")

    def integrity_check(self) -> list[str]:
        return self._check("integrity_check")

    def cipher_integrity_check(self) -> list[str]:
        """SQLCipher's HMAC check of every page (detects tampering and bit rot)."""
        with self.translate_errors(), self.engine.connect() as conn:
            return [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()]

    def _check(self, pragma: str) -> list[str]:
        with self.translate_errors(), self.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()]
        return [] if rows == ["ok"] else rows

    def verify_on_start(self) -> None:
        """Start-up check: raise :class:`CorruptDatabase` when ``quick_check`` finds problems."""
        problems = [line for p in self.quick_check() for line in p.splitlines() if line.strip()]
        if problems:
            shown = "; ".join(line[:120] for line in problems[:3])
            more = f" and {len(problems) - 3} more" if len(problems) > 3 else ""
            raise CorruptDatabase(f"quick_check: {shown}{more}")

    def checkpoint(self) -> None:
        """Move the WAL into the main file (before a file-level backup).

        Runs on the bare DB-API connection: a checkpoint cannot run inside the transaction that the
        engine opens for every statement."""
        with self.translate_errors():
            raw = self.engine.raw_connection()
            try:
                driver = raw.driver_connection
                assert driver is not None
                busy, _log, _done = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                raw.close()
        if busy:
            raise DatabaseLocked()

    def dispose(self) -> None:
        self.engine.dispose()


def _begin_immediate(conn: Any) -> None:
    # Writers take the write lock up front; read-only sessions (execution option ``read_only``) use a
    # deferred BEGIN so that, in WAL mode, they never wait for a writer.
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("read_only") else "BEGIN IMMEDIATE")


def open_raw(db_path: Path, key: bytes) -> Any:
    """A bare DB-API connection with the key applied (for backups and checks outside the engine)."""
    conn = sqlcipher.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        _pragmas(conn, key)
    except sqlcipher.Error as exc:
        conn.close()
        raise classify(exc) or exc from exc
    return conn
