"""Schema migrations at start-up: create a new database by running every migration, or upgrade an
older one after taking a *verified* backup copy.

The backup is a file copy of the (encrypted) database after a WAL checkpoint, opened again with the
same key, checked with ``quick_check`` and compared table by table (row counts) with the original
before the upgrade starts. A failed upgrade leaves the original untouched as far as SQLite's
transactions go, and the backup is there in any case.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util import CommandError
from sqlalchemy import text

from app.domain.clock import utcnow
from app.host.resources import migrations_path
from app.storage.engine import Store, open_raw
from app.storage.errors import BackupFailed, NewerDatabase


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revision(revision: str) -> bool:
    """Whether this CoachDesk's migrations include ``revision`` (an unknown one is from a newer version)."""
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except (CommandError, ResolutionError):
        return False


def current_revision(store: Store) -> str | None:
    with store.translate_errors(), store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class MigrationResult:
    """What :func:`migrate` did: from which revision to which, and where the backup is (if any)."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def upgrade(store: Store, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on the store's database (no backup; see :func:`migrate`)."""
    cfg = alembic_config()
    with store.translate_errors(), store.engine.connect() as conn:
        # Alembic manages its own transactions per migration; SQLite DDL is transactional.
        conn.commit()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()


def migrate(store: Store, backup_dir: Path) -> MigrationResult:
    """Bring the store to the head revision, backing up first when an existing database changes."""
    head = head_revision()
    current = current_revision(store)
    if current is not None and current != head and not known_revision(current):
        raise NewerDatabase(current)
    if current == head:
        return MigrationResult(current, head, None)
    backup = None
    if current is not None:
        backup = backup_database(store, backup_dir, label=f"before-{head}")
    upgrade(store)
    return MigrationResult(current, head, backup)


def table_counts(conn: object) -> dict[str, int]:
    cur = conn.execute(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    names = [r[0] for r in cur.fetchall()]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}  # type: ignore[attr-defined]


def backup_database(store: Store, backup_dir: Path, *, label: str) -> Path:
    """Copy the encrypted database to ``backup_dir`` and verify the copy; returns its path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%f")
    target = backup_dir / f"{store.db_path.stem}-{stamp}-{label}.db"
    try:
        store.checkpoint()
        with store.translate_errors(), store.engine.connect() as conn:
            source_counts = {
                n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one()
                for n in conn.execute(
                    text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
                ).scalars()
            }
        shutil.copyfile(store.db_path, target)
        os.chmod(target, 0o600)
        with open(target, "rb") as f:
            os.fsync(f.fileno())
        check = open_raw(target, store._key)
        try:
            problems = [r[0] for r in check.execute("PRAGMA quick_check").fetchall()]
            copy_counts = table_counts(check)
        finally:
            check.close()
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise BackupFailed(exc.strerror or str(exc)) from exc
    if problems != ["ok"] or copy_counts != source_counts:
        target.unlink(missing_ok=True)
        raise BackupFailed("the copy did not match the original")
    return target
