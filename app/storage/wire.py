"""Stored rows as the sync protocol's JSON values, and back, by each column's type.

Dates and times travel as ISO text; everything else as it is. Bookkeeping a device keeps for itself
(``server_version``, ``dirty``) never travels. Used by the sync engine and by conflict resolution.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Date, DateTime, Table, Time

from app.storage.models import SYNCABLE_MODELS

#: Local bookkeeping columns; never sent.
LOCAL_COLUMNS = frozenset({"server_version", "dirty"})

#: Every synced table by name.
TABLE_OBJECTS: dict[str, Table] = {m.__table__.name: m.__table__ for m in SYNCABLE_MODELS}  # type: ignore[attr-defined]


def encode_value(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value


def decode_value(table: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    kind = table.c[column].type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    return value


def encode_row(table: Table, row: Any) -> dict[str, Any]:
    """A stored row as wire data (bookkeeping columns left out)."""
    mapping = row._mapping if hasattr(row, "_mapping") else row
    return {c.name: encode_value(mapping[c.name]) for c in table.columns if c.name not in LOCAL_COLUMNS}


def decode_row(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    """Wire data as column values (columns this version does not know are ignored)."""
    return {k: decode_value(table, k, v) for k, v in data.items() if k in table.c and k not in LOCAL_COLUMNS}
