"""The desktop side of sync: push what changed here, pull what changed there, and check both agree.

One :meth:`SyncEngine.run`:

1. **Push** every dirty row, parents before children, in batches. Each batch is saved in the store
   (``sync.outbox``) before it is sent, so after a crash or a dropped answer the very same batch —
   same id — is sent again and the server answers it from its log instead of applying it twice. A
   row is marked clean only if it was not edited while its batch was away.
2. **Pull** pages of changes since the cursor into ``sync_inbox``; every page is committed with the
   new cursor, so a broken pull resumes where it stopped. When the pull is complete the inbox is
   applied in one transaction (children first, foreign keys checked at commit). A row edited here and
   not yet pushed is never overwritten: the next push merges it on the server.
   If the pull would delete more live records than :attr:`SyncEngine.deletion_threshold`, nothing is
   applied and :class:`MassDeletion` asks for confirmation (``allow_deletions``).
3. A second round if anything is still dirty (edited during the sync), then the **digest check**:
   per table, count and hash of (id, version) here against the server. A mismatch triggers one full
   re-scan (idempotent); a mismatch after it is reported, never hidden.

The scope can change on the server (a caseload transfer): the server's ``scope_version`` then differs
from the one kept here and the pull starts again from 0. Nothing is ever deleted here because it is
missing on the server; only tombstones delete.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.clock import utcnow
from app.storage.migrate import backup_database
from app.storage.models import LocalSetting, SyncInbox, SyncRowState
from app.storage.uow import UnitOfWork, audit
from app.storage.wire import TABLE_OBJECTS, decode_row, encode_row
from app.sync.merge import changed_fields
from app.sync.protocol import CONFLICTS_TABLE, TABLES, PushBatch, PushResponse, PushRow, WireRow, digest_of
from app.sync.transport import ServerApi, SyncError

K_SERVER = "sync.server"
K_DEVICE = "sync.device_id"
K_USER = "sync.user_id"
K_USERNAME = "sync.username"
K_ORG = "sync.organisation_id"
K_CURSOR = "sync.cursor"
K_SCOPE = "sync.scope_version"
K_PULL = "sync.pull"
K_OUTBOX = "sync.outbox"
K_LAST = "sync.last_sync"
K_INSECURE = "sync.allow_insecure"


class MassDeletion(SyncError):
    """The pull would delete many live records here; it waits for a person to confirm."""


class SyncCancelled(SyncError):
    """Stopped on request; what was pulled so far is kept and the next sync resumes."""


Progress = Callable[[str, int, int], None]


@dataclass
class SyncReport:
    """What one sync did, for the CLI, the GUI and the tests."""

    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    conflicts: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)
    kept_local: int = 0
    released: int = 0
    backup: str | None = None
    #: After a full re-scan: records this device holds (sent before) that the server did not return.
    #: They are kept here, never deleted for being missing; the count says what to look into.
    not_on_server: dict[str, int] = field(default_factory=dict)
    kept_out_of_scope: list[str] = field(default_factory=list)
    rescanned: bool = False
    digest_mismatch: list[str] = field(default_factory=list)
    open_conflicts: int = 0

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.digest_mismatch


def same_content(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return not changed_fields(a, b) and a.get("updated_at") == b.get("updated_at")


# -- settings --------------------------------------------------------------------------------------


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(LocalSetting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(LocalSetting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value


class SyncEngine:
    """Runs syncs of one workspace against one server. Not thread-safe: one sync at a time."""

    def __init__(
        self,
        uow: UnitOfWork,
        api: ServerApi,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        page_size: int = 500,
        batch_size: int = 200,
        deletion_threshold: int = 50,
    ):
        self.uow = uow
        self.api = api
        self.progress = progress or (lambda _stage, _done, _total: None)
        self.cancelled = cancelled or (lambda: False)
        self.page_size = page_size
        self.batch_size = batch_size
        self.deletion_threshold = deletion_threshold

    # -- the whole run ---------------------------------------------------------------------------------

    def run(self, *, allow_deletions: bool = False) -> SyncReport:
        report = SyncReport()
        self.api.info()
        for _round in range(2):
            self.push(report)
            self.pull(report, allow_deletions=allow_deletions)
            if not self.dirty_keys():
                break
        if not self.dirty_keys():
            mismatched = self.compare_digests()
            if mismatched:
                report.rescanned = True
                with self.uow.begin(None) as s:
                    set_setting(s, K_CURSOR, 0)
                self.pull(report, allow_deletions=allow_deletions)
                report.digest_mismatch = self.compare_digests()
        with self.uow.begin(None) as s:
            set_setting(s, K_LAST, utcnow().isoformat())
        report.open_conflicts = self.open_conflicts()
        return report

    def full_resync(self, backup_dir: Path, *, allow_deletions: bool = False) -> SyncReport:
        """Back up the store (verified copy), then sync and fetch everything in scope again from the
        start. Nothing here is deleted for being missing on the server; such records are counted."""
        report = SyncReport()
        report.backup = str(backup_database(self.uow.store, backup_dir, label="before-full-resync"))
        self.api.info()
        self.push(report)
        with self.uow.begin(None) as s:
            s.execute(delete(SyncInbox))
            set_setting(s, K_PULL, None)
            set_setting(s, K_CURSOR, 0)
        self.pull(report, allow_deletions=allow_deletions)
        report.rescanned = True
        report.digest_mismatch = [] if self.dirty_keys() else self.compare_digests()
        with self.uow.begin(None) as s:
            set_setting(s, K_LAST, utcnow().isoformat())
        report.open_conflicts = self.open_conflicts()
        return report

    # -- push ------------------------------------------------------------------------------------------

    def dirty_keys(self) -> list[tuple[str, str]]:
        """Every dirty row's (table, id), parents' tables first; server-owned tables never push."""
        keys: list[tuple[str, str]] = []
        with self.uow.read() as s:
            for name, rule in TABLES.items():
                if rule.server_owned:
                    continue
                table = TABLE_OBJECTS[name]
                keys += [(name, rid) for rid in s.scalars(select(table.c.id).where(table.c.dirty.is_(True)))]
        return keys

    def push(self, report: SyncReport) -> None:
        with self.uow.read() as s:
            outbox = get_setting(s, K_OUTBOX)
        if outbox is not None:  # a batch whose answer never arrived: send it again, same id
            self._send(PushBatch.model_validate(outbox), report)
        keys = self.dirty_keys()
        for start in range(0, len(keys), self.batch_size):
            if self.cancelled():
                raise SyncCancelled("cancelled", "sync cancelled")
            chunk = keys[start : start + self.batch_size]
            with self.uow.begin(None) as s:
                rows = []
                for name, rid in chunk:
                    table = TABLE_OBJECTS[name]
                    row = s.execute(select(table).where(table.c.id == rid)).first()
                    if row is not None:
                        rows.append(
                            PushRow(
                                table=name,
                                id=rid,
                                base_version=row.server_version,
                                data=encode_row(table, row),
                            )
                        )
                batch = PushBatch(batch_id=str(uuid.uuid4()), rows=rows)
                set_setting(s, K_OUTBOX, batch.model_dump(mode="json"))
            self._send(batch, report)
            self.progress("push", min(start + len(chunk), len(keys)), len(keys))

    def _send(self, batch: PushBatch, report: SyncReport) -> None:
        answer = self.api.push(batch)
        self._settle(batch, answer, report)

    def _settle(self, batch: PushBatch, answer: PushResponse, report: SyncReport) -> None:
        """Record the server's answer to a batch: versions, merged values, refusals; clear the outbox."""
        with self.uow.begin(None) as s:
            s.info["sync_apply"] = True
            for sent, result in zip(batch.rows, answer.results, strict=True):
                table = TABLE_OBJECTS[sent.table]
                state_key = {"table_name": sent.table, "row_id": sent.id}
                if result.status == "rejected":
                    report.rejected.append((sent.table, sent.id, result.error or "rejected"))
                    s.merge(
                        SyncRowState(**state_key, state="error", code=result.error or "rejected", at=utcnow())
                    )
                    continue
                s.execute(
                    delete(SyncRowState).where(
                        SyncRowState.table_name == sent.table, SyncRowState.row_id == sent.id
                    )
                )
                report.pushed += 1
                report.conflicts += len(result.conflicts)
                if result.row is None:
                    continue
                current = s.execute(select(table).where(table.c.id == sent.id)).first()
                if current is None:
                    continue
                if same_content(encode_row(table, current), sent.data):
                    self._write(s, table, result.row, dirty=False)
                elif result.status == "applied" and not changed_fields(sent.data, result.row.data):
                    # edited again while away; the server holds exactly what we sent: rebase on it
                    s.execute(
                        update(table).where(table.c.id == sent.id).values(server_version=result.row.version)
                    )
            set_setting(s, K_OUTBOX, None)

    # -- pull ------------------------------------------------------------------------------------------

    def pull(self, report: SyncReport, *, allow_deletions: bool = False) -> None:
        with self.uow.begin(None) as s:
            state = get_setting(s, K_PULL)
            if state is None:
                cursor = int(get_setting(s, K_CURSOR, 0))
                state = {"cursor": cursor, "done": False, "full": cursor == 0}
                set_setting(s, K_PULL, state)
        while not state["done"]:
            if self.cancelled():
                raise SyncCancelled("cancelled", "sync cancelled")
            page = self.api.pull(state["cursor"], self.page_size)
            with self.uow.read() as s:
                known_scope = get_setting(s, K_SCOPE)
            if known_scope is not None and page.scope_version != known_scope and state["cursor"] != 0:
                # what this user may see changed on the server: start again from the beginning
                with self.uow.begin(None) as s:
                    s.execute(delete(SyncInbox))
                    state = {"cursor": 0, "done": False, "full": True}
                    set_setting(s, K_PULL, state)
                report.rescanned = True
                continue
            with self.uow.begin(None) as s:
                s.add_all(
                    SyncInbox(table_name=r.table, row_id=r.id, version=r.version, data=r.data)
                    for r in page.rows
                )
                state = {
                    "cursor": page.next_cursor,
                    "done": not page.has_more,
                    "full": state.get("full", False),
                    "scope_version": page.scope_version,
                    "scope_clients": page.scope_clients,
                }
                set_setting(s, K_PULL, state)
            report.pulled += len(page.rows)
            self.progress("pull", report.pulled, report.pulled + (self.page_size if page.has_more else 0))
        self._apply_inbox(report, state, allow_deletions)
        if state.get("full") and state.get("scope_clients") is not None:
            self._release(set(state["scope_clients"]), report)

    def _release(self, in_scope: set[str], report: SyncReport) -> None:
        """Drop the local copies of clients that are no longer this user's (a caseload transfer).

        Only after a complete pull from the start, which names every client in scope; never because
        something is merely missing. A client with unsent changes, or referenced by a record that is
        not its own (a supervision case), is kept and reported instead.
        """
        clients = TABLE_OBJECTS["clients"]
        with self.uow.read() as s:
            candidates = set(s.scalars(select(clients.c.id))) - in_scope
        if not candidates:
            return
        moved = set(self.api.scope_check(sorted(candidates)))  # the server has them, for someone else
        for client_id in sorted(candidates & moved):
            with self.uow.begin(None) as s:
                rows = rows_of_client(s, client_id)
                if any(
                    s.scalar(
                        select(TABLE_OBJECTS[name].c.id)
                        .where(TABLE_OBJECTS[name].c.id.in_(ids), TABLE_OBJECTS[name].c.dirty.is_(True))
                        .limit(1)
                    )
                    for name, ids in rows.items()
                    if ids
                ):
                    report.kept_out_of_scope.append(client_id)
                    continue
                try:
                    with s.begin_nested():
                        for name in reversed(list(TABLES)):
                            if rows.get(name):
                                s.execute(
                                    delete(TABLE_OBJECTS[name]).where(
                                        TABLE_OBJECTS[name].c.id.in_(rows[name])
                                    )
                                )
                        s.execute(
                            delete(SyncRowState).where(
                                SyncRowState.row_id.in_([i for ids in rows.values() for i in ids])
                            )
                        )
                except IntegrityError:
                    report.kept_out_of_scope.append(client_id)
                    continue
                audit(s, None, "sync_release", "client", client_id)
                report.released += 1

    def _apply_inbox(self, report: SyncReport, state: dict[str, Any], allow_deletions: bool) -> None:
        with self.uow.begin(None) as s:
            s.info["sync_apply"] = True
            s.execute(text("PRAGMA defer_foreign_keys = ON"))  # parents may come after children
            deletions = 0
            seen: dict[str, set[str]] = {}
            # children first: a final session's participants must exist before the session turns final
            for name in reversed(list(TABLES)):
                table = TABLE_OBJECTS.get(name)
                if table is None:
                    continue
                seen[name] = set()
                for chunk in self._inbox_chunks(s, name):
                    seen[name].update(chunk)
                    deletions += self._apply_chunk(s, table, chunk, report)
            if deletions > self.deletion_threshold and not allow_deletions:
                raise MassDeletion(  # rolls the whole apply back; the inbox stays for the confirmed run
                    "mass_deletion",
                    f"the server deleted {deletions} records this device still has; confirm to apply",
                    count=deletions,
                )
            if state.get("full"):
                for name in TABLES:
                    table = TABLE_OBJECTS[name]
                    held = set(s.scalars(select(table.c.id).where(table.c.server_version > 0)))
                    if held - seen.get(name, set()):
                        report.not_on_server[name] = len(held - seen.get(name, set()))
            s.execute(delete(SyncInbox))
            set_setting(s, K_CURSOR, state["cursor"])
            if "scope_version" in state:
                set_setting(s, K_SCOPE, state["scope_version"])
            set_setting(s, K_PULL, None)

    def _inbox_chunks(self, s: Session, name: str, size: int = 1000) -> Iterator[dict[str, tuple[int, Any]]]:
        """The inbox rows of one table in chunks (id → newest version and data), oldest first."""
        last = 0
        while True:
            rows = s.execute(
                select(SyncInbox.seq, SyncInbox.row_id, SyncInbox.version, SyncInbox.data)
                .where(SyncInbox.table_name == name, SyncInbox.seq > last)
                .order_by(SyncInbox.seq)
                .limit(size)
            ).all()
            if not rows:
                return
            chunk: dict[str, tuple[int, Any]] = {}
            for seq, row_id, version, data in rows:
                if row_id not in chunk or chunk[row_id][0] < version:
                    chunk[row_id] = (version, data)
                last = seq
            yield chunk

    def _apply_chunk(
        self, s: Session, table: Table, chunk: dict[str, tuple[int, Any]], report: SyncReport
    ) -> int:
        """Apply pulled rows of one table: new rows in one multi-row insert, changed rows column by
        column. A row edited here and not yet pushed is left alone. Returns the deletions applied to
        rows that were live here."""
        current = {r.id: r for r in s.execute(select(table).where(table.c.id.in_(list(chunk))))}
        inserts: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        deletions = 0
        for row_id, (version, data) in chunk.items():
            local = current.get(row_id)
            if local is not None and local.dirty:
                report.kept_local += 1  # our edit wins here until the server has merged it
                continue
            if local is not None and local.server_version >= version:
                continue
            values = decode_row(table, data)
            values.update(id=row_id, server_version=version, dirty=False)
            report.applied += 1
            if local is None:
                inserts.setdefault(tuple(sorted(values)), []).append(values)
                continue
            if local.deleted_at is None and values.get("deleted_at") is not None:
                deletions += 1
            changed = {k: v for k, v in values.items() if local._mapping[k] != v}
            if changed:
                s.execute(update(table).where(table.c.id == row_id).values(**changed))
        for rows in inserts.values():
            s.execute(table.insert(), rows)
        return deletions

    def _write(self, s: Session, table: Table, row: WireRow, *, dirty: bool = False) -> None:
        """Store the server's copy of a row. An existing row gets only the columns that differ: SET
        lists stay minimal, so rules on columns that must never change (an amendment's content) are
        not tripped by rewriting them with the same value."""
        values = decode_row(table, row.data)
        values.update(id=row.id, server_version=row.version, dirty=dirty)
        current = s.execute(select(table).where(table.c.id == row.id)).first()
        if current is None:
            s.execute(table.insert().values(**values))
            return
        changed = {k: v for k, v in values.items() if current._mapping[k] != v}
        if changed:
            s.execute(update(table).where(table.c.id == row.id).values(**changed))

    # -- checks ----------------------------------------------------------------------------------------

    def local_digest(self) -> dict[str, Any]:
        result = {}
        with self.uow.read() as s:
            for name in TABLES:
                table = TABLE_OBJECTS[name]
                pairs = [
                    (rid, int(v))
                    for rid, v in s.execute(
                        select(table.c.id, table.c.server_version).where(table.c.server_version > 0)
                    )
                ]
                result[name] = digest_of(pairs)
        return result

    def compare_digests(self) -> list[str]:
        """Tables whose rows (id and version) differ between here and the server."""
        theirs = self.api.digest().tables
        ours = self.local_digest()
        return [name for name in TABLES if theirs.get(name) != ours[name]]

    def open_conflicts(self) -> int:
        table = TABLE_OBJECTS["sync_conflicts"]
        with self.uow.read() as s:
            return len(
                list(
                    s.scalars(
                        select(table.c.id).where(table.c.status == "open", table.c.deleted_at.is_(None))
                    )
                )
            )


def rows_of_client(s: Session, client_id: str) -> dict[str, list[str]]:
    """Every local record that belongs to a client, per table (parents' tables first)."""
    rows: dict[str, list[str]] = {}
    for name, rule in TABLES.items():
        t = TABLE_OBJECTS[name]
        if name == "clients":
            rows[name] = [client_id]
        elif rule.kind in ("client", "client_optional"):
            rows[name] = list(s.scalars(select(t.c.id).where(t.c.client_id == client_id)))
        elif rule.kind == "via_parent" and rule.parent_table in rows and rule.parent_column is not None:
            parents = rows[rule.parent_table]
            rows[name] = (
                list(s.scalars(select(t.c.id).where(t.c[rule.parent_column].in_(parents)))) if parents else []
            )
    conflicts = TABLE_OBJECTS[CONFLICTS_TABLE]
    owned = [i for ids in rows.values() for i in ids]
    rows[CONFLICTS_TABLE] = list(s.scalars(select(conflicts.c.id).where(conflicts.c.row_id.in_(owned))))
    return rows


def bound_server(uow: UnitOfWork) -> dict[str, Any] | None:
    """The server this workspace is signed in to (URL, user, device), or None."""
    with uow.read() as s:
        server = get_setting(s, K_SERVER)
        if server is None:
            return None
        return {
            "server": server,
            "device_id": get_setting(s, K_DEVICE),
            "user_id": get_setting(s, K_USER),
            "username": get_setting(s, K_USERNAME),
            "organisation_id": get_setting(s, K_ORG),
            "last_sync": get_setting(s, K_LAST),
            "allow_insecure": bool(get_setting(s, K_INSECURE, False)),
        }
