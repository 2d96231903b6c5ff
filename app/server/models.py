"""The server's tables (SQLite or PostgreSQL, generic SQLAlchemy types only).

The server does not mirror the desktop schema table by table: it keeps every synced record as a JSON
document in :class:`Record`, keyed by (table, id), with the version it was last written at and the
scope that decides who may see it. Every version ever written is kept in :class:`RecordVersion`, the
base copies the three-way merge needs. Accounts, devices, caseload assignments and the version counter
are the server's own.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.domain.clock import utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ServerBase(DeclarativeBase):
    """Declarative base of the server schema (its own metadata and migrations)."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


class Organisation(ServerBase):
    """A service organisation; its staff and records never mix with another's."""

    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Account(ServerBase):
    """A person who signs in: role, team (``supervisor_id``) and an Argon2id password hash.

    ``scope_version`` grows whenever what this person may see changes (a caseload transfer, a team
    change), telling their devices to re-scan instead of trusting their cursor.
    """

    __tablename__ = "accounts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    supervisor_id: Mapped[str | None] = mapped_column(ForeignKey("accounts.id"), default=None, index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    scope_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Device(ServerBase):
    """A signed-in device. Only the SHA-256 of its token is stored; revoking ends its access."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Assignment(ServerBase):
    """Which coach a client belongs to (the caseload). Authoritative over the record's own field."""

    __tablename__ = "assignments"
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    coach_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), index=True)


class Record(ServerBase):
    """The current copy of one synced record, with its version and scope."""

    __tablename__ = "records"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))
    version: Mapped[int] = mapped_column(BigInteger, unique=True)
    scope_client_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    scope_supervisor_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    written_by: Mapped[str | None] = mapped_column(String(36), default=None)

    __table_args__ = (Index("ix_records_org_version", "organisation_id", "version"),)


class RecordVersion(ServerBase):
    """Every version of every record: the base copies of the three-way merge, and the history."""

    __tablename__ = "record_versions"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class PushLog(ServerBase):
    """The answer given to each push batch, so a retried batch is answered, not applied twice."""

    __tablename__ = "push_log"
    batch_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    response: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Counter(ServerBase):
    """Named counters; ``version`` hands out record versions. Its row lock serialises writers, so
    versions become visible in order and a pull cursor never skips a row."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
