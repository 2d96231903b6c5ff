"""Shared fixtures: a real encrypted workspace in a temporary folder, with staff, and client factories.

``workspace`` opens a passphrase-protected profile (no keychain needed; its keystore.json is made
with cheap Argon2 parameters to keep the suite fast) with a fixed "today" (2026-11-15), an
organisation, a supervisor, two coaches in the supervisor's team, and coach 1 signed in; ``staff``
holds their ids. ``bare_workspace`` is the same profile with nothing in it. ``make_client`` builds a
valid :class:`ClientInput` with a checksum-correct, fresh ID number and a matching disability
certificate number; ``add_client`` also registers it. ``probe`` looks at the store directly (row
counts, a digest of every row, the audit log) for "nothing was written" and audit assertions.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.bootstrap import open_workspace
from app.domain.identity import build_certificate_number, build_id_number
from app.domain.records import ClientInput, DisabilityInput
from app.host.keystore import Argon2Params, KeyStore
from app.host.paths import database_path
from app.services.base import Actor
from app.services.people import UserInput
from app.services.workspace import Workspace

TEST_PASSPHRASE = "test-passphrase-1"
TODAY = date(2026, 11, 15)
TOWN = "441900003000"  # 东城街道
OTHER_TOWN = "441900004000"  # 南城街道


@dataclass
class Staff:
    """The people of the ``workspace`` fixture (ids) and their actors."""

    organisation_id: str
    supervisor_id: str
    coach1_id: str
    coach2_id: str

    def actor(self, user_id: str) -> Actor:
        role = "supervisor" if user_id == self.supervisor_id else "coach"
        return Actor(user_id, role, self.organisation_id)


# A keystore.json keeps the Argon2 parameters it was made with: making it with cheap ones up front
# saves ~0.3 s of key derivation per opened workspace (the product's defaults are tested in tests/host).
CHEAP_ARGON2 = Argon2Params(time_cost=1, memory_cost=8, parallelism=1)


def open_test_workspace(data_dir: Path, today: date = TODAY) -> Workspace:
    keys = KeyStore(data_dir, argon2=CHEAP_ARGON2)
    if not keys.exists() and not database_path(data_dir).exists():
        keys.create(TEST_PASSPHRASE)
    return open_workspace(data_dir, passphrase=TEST_PASSPHRASE, today=lambda: today)


@pytest.fixture
def open_ws() -> Callable[..., Workspace]:
    """Open (or create) a passphrase-protected workspace in a folder: ``open_ws(path, today=...)``."""
    return open_test_workspace


@pytest.fixture
def bare_workspace(tmp_path: Path) -> Iterator[Workspace]:
    """An opened, empty workspace (no organisation, no users, nobody signed in)."""
    ws = open_test_workspace(tmp_path / "data")
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def workspace(bare_workspace: Workspace) -> Workspace:
    """A workspace with an organisation, a supervisor and two coaches; coach 1 is signed in."""
    ws = bare_workspace
    org = ws.people.create_organisation("东莞市测试就业辅导中心")
    sup = ws.people.create_user(
        org, UserInput("supervisor1", "督导甲", "supervisor", "social_worker", "中级社会工作师")
    )
    c1 = ws.people.create_user(org, UserInput("coach1", "辅导员甲", "coach", supervisor_id=sup))
    c2 = ws.people.create_user(org, UserInput("coach2", "辅导员乙", "coach", supervisor_id=sup))
    ws.people.sign_in(c1)
    ws.staff = Staff(org, sup, c1, c2)  # type: ignore[attr-defined]
    return ws


@pytest.fixture
def staff(workspace: Workspace) -> Staff:
    result: Staff = workspace.staff  # type: ignore[attr-defined]
    return result


_sequence = itertools.count(5)


def client_input(
    *,
    name: str = "陈志明",
    sex: str = "male",
    birth_date: date = date(1990, 5, 17),
    address_code: str = "441900",
    sequence: int | None = None,
    category: int = 5,
    level: int = 3,
    disabilities: tuple[DisabilityInput, ...] | None = None,
    intake_date: date = date(2026, 1, 10),
    with_certificate: bool = True,
    **overrides: Any,
) -> ClientInput:
    """A valid client registration; each call gets a fresh ID number unless ``sequence`` is given."""
    # The 17th digit carries the sex: odd for male, even for female.
    fresh = (2 * next(_sequence) + (1 if sex == "male" else 0)) % 1000
    seq = fresh if sequence is None else sequence
    id_number = build_id_number(address_code, birth_date, seq)
    if disabilities is None:
        disabilities = (DisabilityInput(category, level, True),)
    primary = next((d for d in disabilities if d.is_primary), disabilities[0] if disabilities else None)
    values: dict[str, Any] = {
        "name": name,
        "sex": sex,
        "birth_date": birth_date,
        "id_number": id_number,
        "disabilities": disabilities,
        "intake_date": intake_date,
        "certificate_number": (
            build_certificate_number(id_number, primary.category, primary.level)
            if with_certificate and primary is not None
            else ""
        ),
        "town_code": TOWN,
        "village": "东湖社区",
        "address": "东城街道振兴路88号",
        "phone": "13812345678",
        "household": "local_urban",
        "education": "senior",
        "referral_source": "cdpf",
    }
    values.update(overrides)
    return ClientInput(**values)


@pytest.fixture
def make_client() -> Callable[..., ClientInput]:
    """Factory: ``make_client(name=..., sex=..., category=..., **ClientInput fields)``."""
    return client_input


@pytest.fixture
def add_client(workspace: Workspace, staff: Staff) -> Callable[..., str]:
    """Factory: register a client (assigned to coach 1 unless said otherwise) and return its id."""

    def add(**kwargs: Any) -> str:
        kwargs.setdefault("assigned_coach_id", staff.coach1_id)
        return workspace.clients.create(client_input(**kwargs))

    return add


# -- looking at the store --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    seq: int
    actor_id: str | None
    action: str
    entity: str
    entity_id: str | None
    detail: dict[str, Any]


class Probe:
    """Raw looks at a workspace's store, for "nothing was written" and audit assertions."""

    @staticmethod
    def tables(ws: Workspace) -> list[str]:
        with ws.ctx.uow.read() as s:
            return list(
                s.execute(
                    text(
                        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                        "ORDER BY name"
                    )
                ).scalars()
            )

    def counts(self, ws: Workspace) -> dict[str, int]:
        """Rows per table (tombstoned rows included), the audit log included."""
        with ws.ctx.uow.read() as s:
            return {t: s.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in self.tables(ws)}

    def digest(self, ws: Workspace) -> dict[str, str]:
        """A digest of every row of every table: equal digests mean nothing was inserted, changed or
        removed."""
        out: dict[str, str] = {}
        with ws.ctx.uow.read() as s:
            for t in self.tables(ws):
                # Sorted in Python: FTS5 shadow tables (the caseload search index) have no rowid.
                rows = sorted(repr(tuple(r)) for r in s.execute(text(f'SELECT * FROM "{t}"')))
                out[t] = hashlib.sha256(repr(rows).encode()).hexdigest()
        return out

    @staticmethod
    def audit(ws: Workspace, after_seq: int = 0) -> list[AuditRow]:
        with ws.ctx.uow.read() as s:
            rows = s.execute(
                text(
                    "SELECT seq, actor_id, action, entity, entity_id, detail FROM audit_log "
                    "WHERE seq > :after ORDER BY seq"
                ),
                {"after": after_seq},
            ).all()
        return [
            AuditRow(seq, actor, action, entity, eid, json.loads(detail) if detail else {})
            for seq, actor, action, entity, eid, detail in rows
        ]

    @staticmethod
    def last_seq(ws: Workspace) -> int:
        with ws.ctx.uow.read() as s:
            return int(s.execute(text("SELECT coalesce(max(seq), 0) FROM audit_log")).scalar_one())

    @staticmethod
    def scalar(ws: Workspace, sql: str, **params: Any) -> Any:
        with ws.ctx.uow.read() as s:
            return s.execute(text(sql), params).scalar()


@pytest.fixture
def probe() -> Probe:
    return Probe()
