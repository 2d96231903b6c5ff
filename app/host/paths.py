"""Where a profile's data lives: ``--data-dir``, else ``$COACHDESK_DATA_DIR``, else the platform's
user data directory (platformdirs). Tests always pass a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

ENV_DATA_DIR = "COACHDESK_DATA_DIR"
DB_FILE = "coachdesk.db"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return user_data_path("CoachDesk", appauthor=False)


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"
