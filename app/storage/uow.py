"""Unit of work: one SQLAlchemy session = one transaction, with sync bookkeeping done in one place.

Before every flush, each new or changed syncable row gets ``updated_at``/``updated_by`` and is marked
``dirty`` (the sync engine uploads dirty rows). Services never set those columns by hand. Environment
faults (disk full, locked, …) come out as :class:`~app.storage.errors.StorageError`; on any error the
transaction is rolled back, so nothing half-done is ever written.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from app.domain.clock import utcnow
from app.storage.engine import Store
from app.storage.models import AuditEntry, Syncable

SYNC_COLUMNS = {"server_version", "dirty", "updated_at", "updated_by", "created_at"}


def _stamp(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get("sync_apply"):
        return  # rows written by the sync engine carry the server's bookkeeping
    actor = session.info.get("actor_id")
    now = utcnow()
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Syncable) and (
            obj in session.new or session.is_modified(obj, include_collections=False)
        ):
            obj.updated_at = now
            obj.updated_by = actor
            obj.dirty = True


class UnitOfWork:
    """Opens transactions on a :class:`Store` for an acting user.

    :meth:`batch` groups many use cases into one transaction (bulk work such as building demo data):
    inside it, :meth:`begin` and :meth:`read` reuse the batch's session (each use case in a savepoint),
    and nothing is committed until the batch ends — all or nothing.
    """

    def __init__(self, store: Store):
        self.store = store
        self._factory = sessionmaker(bind=store.engine, expire_on_commit=False, autoflush=True)
        self._read_factory = sessionmaker(bind=store.engine.execution_options(read_only=True))
        self._batch = threading.local()

    def _batch_session(self) -> Session | None:
        return getattr(self._batch, "session", None)

    @contextmanager
    def batch(self) -> Iterator[None]:
        if self._batch_session() is not None:
            raise RuntimeError("batches do not nest")
        with self.begin(None) as session:
            self._batch.session = session
            try:
                yield
            finally:
                self._batch.session = None

    @contextmanager
    def begin(self, actor_id: str | None) -> Iterator[Session]:
        """A transaction: commits when the block ends normally, rolls back on any exception."""
        batch = self._batch_session()
        if batch is not None:
            # Stamp pending rows with the previous actor before switching, and run the use case in a
            # savepoint so a failure the caller catches leaves nothing half-done in the batch.
            batch.flush()
            batch.info["actor_id"] = actor_id
            with batch.begin_nested():
                yield batch
            batch.flush()
            return
        with self.store.translate_errors():
            session = self._factory()
            session.info["actor_id"] = actor_id
            event.listen(session, "before_flush", _stamp)
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; objects read stay usable (detached) after the block."""
        batch = self._batch_session()
        if batch is not None:
            yield batch
            return
        with self.store.translate_errors():
            session = self._read_factory()
            try:
                yield session
            finally:
                # close() ends the (read-only) transaction and detaches the objects with their loaded
                # values intact; rollback() would expire them and break reads after the block.
                session.close()


def audit(
    session: Session, actor_id: str | None, action: str, entity: str, entity_id: str | None, **detail: Any
) -> None:
    """Append an audit entry in the current transaction. ``detail`` must not hold personal values."""
    session.add(
        AuditEntry(actor_id=actor_id, action=action, entity=entity, entity_id=entity_id, detail=detail)
    )
