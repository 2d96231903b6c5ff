"""What every use case shares: the acting user, the transaction, the audit trail and record lookup.

A service method validates its input in the domain first (raising before any write), then opens one
transaction with :meth:`ServiceBase.tx`, changes rows, appends audit entries, and commits — or rolls
everything back. That is the only way services write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, PermissionDenied
from app.domain.reference import ReferenceData
from app.storage.models import Client, Syncable, User
from app.storage.uow import UnitOfWork, audit

if TYPE_CHECKING:
    from app.host.settings import Settings

T = TypeVar("T", bound=Syncable)


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a use case runs."""

    user_id: str
    role: str
    organisation_id: str
    display_name: str = ""

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")


@dataclass
class Context:
    """Everything a service needs, wired once by the composition root (``app.bootstrap``)."""

    uow: UnitOfWork
    reference: ReferenceData
    settings: Settings
    today: Callable[[], date]
    actor: Actor | None = None


class ServiceBase:
    """Base of the service classes: transaction, audit, lookups and role checks."""

    def __init__(self, ctx: Context):
        self.ctx = ctx

    @property
    def ref(self) -> ReferenceData:
        return self.ctx.reference

    def today(self) -> date:
        return self.ctx.today()

    @property
    def actor(self) -> Actor:
        if self.ctx.actor is None:
            raise PermissionDenied("No user is signed in to this workspace.", code="no_actor")
        return self.ctx.actor

    @contextmanager
    def tx(self) -> Iterator[Session]:
        with self.ctx.uow.begin(self.ctx.actor.user_id if self.ctx.actor else None) as session:
            yield session

    def audit(self, session: Session, action: str, entity: str, entity_id: str | None, **detail: Any) -> None:
        audit(
            session, self.ctx.actor.user_id if self.ctx.actor else None, action, entity, entity_id, **detail
        )

    @staticmethod
    def get(session: Session, model: type[T], record_id: str, *, what: str | None = None) -> T:
        """A live (not deleted) record by id, or :class:`NotFound` naming what was looked for."""
        row = session.get(model, record_id)
        if row is None or row.deleted_at is not None:
            label = what or model.__tablename__.rstrip("s").replace("_", " ")  # type: ignore[attr-defined]
            raise NotFound(f"The {label} was not found (it may have been deleted).", params={"entity": label})
        return row

    def client(self, session: Session, client_id: str) -> Client:
        return self.get(session, Client, client_id, what="client")

    def user(self, session: Session, user_id: str) -> User:
        return self.get(session, User, user_id, what="user")

    def require_role(self, *roles: str) -> None:
        if self.actor.role not in roles:
            raise PermissionDenied(
                f"This needs the role {' or '.join(roles)}; you are signed in as {self.actor.role}.",
                code="role_required",
                params={"roles": roles},
            )

    @staticmethod
    def live(model: type[T]) -> Any:
        """``select(model)`` of the rows that are not tombstoned."""
        return select(model).where(model.deleted_at.is_(None))


def escape_like(term: str) -> str:
    """Escape LIKE wildcards so a search for "50%" or "a_b" matches those characters literally."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def apply_fields(row: Any, values: dict[str, Any]) -> list[str]:
    """Copy values onto a row; returns the names of the fields that actually changed (for the audit)."""
    changed = []
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed
