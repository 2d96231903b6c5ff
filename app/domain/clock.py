"""Time helpers. All stored times are naive UTC; local dates come from the caller's clock."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utcnow() -> datetime:
    """The current time as naive UTC (what the store keeps)."""
    return datetime.now(UTC).replace(tzinfo=None)


def local_today() -> date:
    """Today's date on this machine's local clock (coaches record local dates)."""
    return date.today()
