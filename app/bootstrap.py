"""Composition root: the one place that wires concrete classes together.

``open_workspace`` turns a data directory into a :class:`~app.services.workspace.Workspace`: get the
database key (keychain or passphrase), open the encrypted store, check it, migrate it (backing up first)
and build the services.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.domain.clock import local_today
from app.host.keystore import KeyStore, KeyStoreError
from app.host.paths import backup_dir, database_path
from app.host.resources import reference_data, resource_path
from app.host.settings import Settings
from app.services.base import Context
from app.services.workspace import Workspace
from app.storage.engine import Store
from app.storage.migrate import migrate
from app.storage.uow import UnitOfWork

FONT_FILE = "wqy-microhei.ttc"


def ensure_data_dir(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(data_dir, 0o700)
    return data_dir


def database_key(data_dir: Path, passphrase: str | None) -> bytes:
    """Load this profile's key, creating one for a new profile (keychain unless a passphrase is given).

    Raises KeyStoreError (code ``keystore_missing_for_database``) when a database exists but its
    keystore.json is gone (never creates a new key over existing data), and the other KeyStoreError
    subclasses as they come.
    """
    keys = KeyStore(data_dir)
    if keys.exists():
        return keys.load(passphrase)
    if database_path(data_dir).exists():
        raise KeyStoreError(
            "The database exists but its key description (keystore.json) is missing; CoachDesk will not "
            "create a new key over existing data. Restore keystore.json from a backup.",
            code="keystore_missing_for_database",
        )
    return keys.create(passphrase)


def open_workspace(
    data_dir: Path, *, passphrase: str | None = None, today: Callable[[], date] = local_today
) -> Workspace:
    ensure_data_dir(data_dir)
    key = database_key(data_dir, passphrase)
    store = Store(database_path(data_dir), key)
    try:
        store.verify_on_start()
        result = migrate(store, backup_dir(data_dir))
        ctx = Context(UnitOfWork(store), reference_data(), Settings(data_dir), today)
        return Workspace(
            ctx,
            data_dir,
            migrated_from=result.from_revision,
            backup=result.backup,
            # The organisation's own definitions in <data dir>/forms override the shipped ones.
            form_dirs=(resource_path("forms"), data_dir / "forms"),
            font=resource_path("fonts", FONT_FILE),
        )
    except BaseException:
        store.dispose()
        raise
