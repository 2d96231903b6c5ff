"""The server's database: an engine for a URL (SQLite file or PostgreSQL), and its migrations.

SQLite is the embedded default for one small organisation: WAL, ``synchronous=FULL``, foreign keys,
and ``BEGIN IMMEDIATE`` so a writer takes the lock up front instead of failing half-way. PostgreSQL is
for real deployments; several server processes can share it (writers serialise on the version
counter's row lock, see :class:`app.server.models.Counter`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from app.host.resources import server_migrations_path
from app.server.models import Counter


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; ``postgresql://`` URLs use psycopg 3."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(conn: Any, _record: Any) -> None:
            conn.isolation_level = None  # we issue BEGIN ourselves (below)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(server_migrations_path()))
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema (idempotent), and make sure the counters exist."""
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
    with sessionmaker(engine)() as session, session.begin():
        if session.scalar(select(Counter).where(Counter.name == "version")) is None:
            session.add(Counter(name="version", value=0))


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
