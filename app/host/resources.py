"""Bundled resources (reference data, forms, fonts, translations, migrations), found the same way
whether CoachDesk runs from a checkout, an installed wheel or a frozen PyInstaller build.

Everything that reads a bundled file asks :func:`resource_path`; nothing else computes such paths.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from app.domain.reference import ReferenceData, parse_reference


def bundle_root() -> Path:
    """The folder that holds ``resources/`` and ``migrations/``.

    Frozen builds unpack data next to the executable (``sys._MEIPASS``); otherwise it is the
    repository/installation root, two levels above this file.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource below ``resources/``; raises FileNotFoundError naming it if absent."""
    path = bundle_root().joinpath("resources", *parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: resources/{'/'.join(parts)}")
    return path


def migrations_path() -> Path:
    path = bundle_root() / "migrations"
    if not (path / "env.py").exists():
        raise FileNotFoundError("bundled database migrations are missing (migrations/env.py)")
    return path


def server_migrations_path() -> Path:
    """The sync server's own Alembic migrations (``migrations/server``)."""
    path = bundle_root() / "migrations" / "server"
    if not (path / "env.py").exists():
        raise FileNotFoundError("bundled server migrations are missing (migrations/server/env.py)")
    return path


REFERENCE_FILES = (
    "towns.csv",
    "clusters.csv",
    "disability_categories.csv",
    "disability_levels.csv",
    "employment_forms.csv",
    "code_lists.csv",
)


@cache
def reference_data() -> ReferenceData:
    """The reference data shipped in ``resources/reference`` (read once per process)."""
    folder = resource_path("reference")
    return parse_reference({name: (folder / name).read_text(encoding="utf-8") for name in REFERENCE_FILES})
