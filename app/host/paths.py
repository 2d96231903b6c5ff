"""Where a profile's data lives: ``--data-dir``, else ``$COACHDESK_DATA_DIR``, else the folder chosen in
the settings page, else the platform's user data directory (platformdirs). Tests always pass a
temporary folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

ENV_DATA_DIR = "COACHDESK_DATA_DIR"
DB_FILE = "coachdesk.db"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir``, else ``$COACHDESK_DATA_DIR``, else the folder chosen in settings, else the default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return configured_data_dir() or user_data_path("CoachDesk", appauthor=False)


def _location_file() -> Path:
    return user_config_path("CoachDesk", appauthor=False) / "location.json"


def configured_data_dir() -> Path | None:
    """The data folder chosen in the settings page (kept outside any profile), if any."""
    try:
        raw = json.loads(_location_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    folder = raw.get("data_dir") if isinstance(raw, dict) else None
    return Path(folder) if isinstance(folder, str) and folder else None


def set_configured_data_dir(folder: Path | None) -> None:
    """Remember (or forget, with None) the data folder to open by default."""
    path = _location_file()
    if folder is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"data_dir": str(folder)}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"
