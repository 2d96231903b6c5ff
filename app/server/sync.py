"""The server side of sync for one signed-in account: pull, push, summary and digest.

Every method runs inside the caller's transaction (one request = one transaction). Who may see or
write a record is decided here and only here, from the record's scope (see
:data:`app.sync.protocol.TABLES`): a coach their own caseload, a supervisor their team's, an admin the
organisation's; employers and staff are the whole organisation's. A record outside the caller's scope
is answered exactly like a record that does not exist, so ids cannot be probed.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from app.domain.clock import utcnow
from app.server.models import Account, Assignment, Counter, PushLog, Record, RecordVersion
from app.sync.merge import changed_fields, is_final, merge
from app.sync.protocol import (
    CONFLICTS_TABLE,
    TABLES,
    ChangeSummary,
    Digest,
    FieldConflict,
    PullPage,
    PushBatch,
    PushResponse,
    PushResult,
    PushRow,
    WireRow,
    digest_of,
    storable,
)

#: Columns a device keeps for itself; dropped if a client sends them.
LOCAL_ONLY_FIELDS = frozenset({"server_version", "dirty"})
MAX_PULL_PAGE = 2000


class Rejected(Exception):
    """A pushed row the server will not apply; ``code`` goes back to the device."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def iso_now() -> str:
    return utcnow().isoformat()


def lock_versions(session: Session) -> None:
    """Take the version counter's row lock for the rest of the transaction (serialises writers)."""
    session.execute(update(Counter).where(Counter.name == "version").values(value=Counter.value))


def next_version(session: Session) -> int:
    return int(
        session.execute(
            update(Counter)
            .where(Counter.name == "version")
            .values(value=Counter.value + 1)
            .returning(Counter.value)
        ).scalar_one()
    )


def committed_version(session: Session) -> int:
    return int(session.scalar(select(Counter.value).where(Counter.name == "version")) or 0)


def write_record(
    session: Session,
    table: str,
    record_id: str,
    organisation_id: str,
    data: dict[str, Any],
    scope: tuple[str | None, str | None],
    writer: str | None,
    *,
    version: int | None = None,
    record: Record | None = None,
    known_new: bool = False,
) -> Record:
    """Store a new version of a record (creating it if new) and keep that version in the history.

    ``version``: already allocated by the caller (a push allocates a batch's versions at once);
    ``record``: the current copy when the caller has it; ``known_new``: the caller knows there is none
    (so no lookup, which would flush pending rows one by one). Nothing is flushed here: the session
    writes a batch's rows together.
    """
    version = next_version(session) if version is None else version
    data = dict(data, id=record_id)
    if record is None and not known_new:
        record = session.get(Record, (table, record_id))
    if record is None:
        record = Record(table_name=table, id=record_id, organisation_id=organisation_id)
        session.add(record)
    record.version = version
    record.data = data
    record.deleted = data.get("deleted_at") is not None
    record.scope_client_id, record.scope_supervisor_id = scope
    record.written_by = writer
    session.add(RecordVersion(table_name=table, id=record_id, version=version, data=data))
    return record


def wire(record: Record) -> WireRow:
    return WireRow(table=record.table_name, id=record.id, version=record.version, data=record.data)


@dataclass
class Caller:
    """The signed-in account a request acts for."""

    account: Account

    @property
    def id(self) -> str:
        return self.account.id

    @property
    def org(self) -> str:
        return self.account.organisation_id

    @property
    def is_admin(self) -> bool:
        return self.account.role == "admin"


class SyncCore:
    """Pull, push, summary and digest for one caller inside one transaction."""

    def __init__(self, session: Session, caller: Caller):
        self.s = session
        self.caller = caller
        self._coaches: list[str] | None = None
        self._records: dict[tuple[str, str], Record | None] = {}  # a push's reads, and what it wrote
        self._assignments: dict[str, Assignment | None] = {}
        self._version = 0  # during a push: the last version handed out (written back at the end)

    # -- scope ---------------------------------------------------------------------------------------

    def visible_coaches(self) -> list[str] | None:
        """Coaches whose caseloads the caller sees (None: all of the organisation's, for an admin)."""
        if self.caller.is_admin:
            return None
        if self._coaches is None:
            coaches = [self.caller.id]
            if self.caller.account.role == "supervisor":
                coaches += list(
                    self.s.scalars(
                        select(Account.id).where(
                            Account.supervisor_id == self.caller.id,
                            Account.organisation_id == self.caller.org,
                        )
                    )
                )
            self._coaches = coaches
        return self._coaches

    def visible(self) -> ColumnElement[bool]:
        """SQL condition: the records the caller may see."""
        in_org = Record.organisation_id == self.caller.org
        coaches = self.visible_coaches()
        if coaches is None:
            return in_org
        caseload = select(Assignment.client_id).where(Assignment.coach_id.in_(coaches))
        return and_(
            in_org,
            or_(
                and_(Record.scope_client_id.is_(None), Record.scope_supervisor_id.is_(None)),
                Record.scope_client_id.in_(caseload),
                Record.scope_supervisor_id == self.caller.id,
            ),
        )

    def may_see(self, scope: tuple[str | None, str | None]) -> bool:
        client_id, supervisor_id = scope
        if self.caller.is_admin:
            return True
        if supervisor_id is not None:
            return supervisor_id == self.caller.id
        if client_id is None:
            return True
        assignment = self._assignment(client_id)
        coaches = self.visible_coaches() or []
        return assignment is not None and assignment.coach_id in coaches

    def scope_of(self, table: str, record_id: str, data: dict[str, Any]) -> tuple[str | None, str | None]:
        """Whose a record is, from its data (and its parent's scope). Raises :class:`Rejected`."""
        rule = TABLES[table]
        if rule.kind == "org":
            return (None, None)
        if rule.kind == "client":
            client_id = record_id if table == "clients" else data.get("client_id")
            if not isinstance(client_id, str):
                raise Rejected("missing_client")
            return (client_id, None)
        if rule.kind == "client_optional":
            client_id = data.get("client_id")
            return (client_id if isinstance(client_id, str) else None, None)
        if rule.kind == "supervision":
            supervisor = data.get("supervisor_id")
            if not isinstance(supervisor, str):
                raise Rejected("missing_supervisor")
            return (None, supervisor)
        if rule.kind == "via_parent":
            assert rule.parent_table is not None and rule.parent_column is not None
            parent = self._record(rule.parent_table, data.get(rule.parent_column))
            if parent is None:
                raise Rejected("parent_missing")
            return (parent.scope_client_id, parent.scope_supervisor_id)
        # a conflict is scoped like the record it is about
        target = self._record(str(data.get("table_name")), data.get("row_id"))
        if target is None:
            raise Rejected("parent_missing")
        return (target.scope_client_id, target.scope_supervisor_id)

    def _record(self, table: str, record_id: object) -> Record | None:
        if not isinstance(record_id, str):
            return None
        record = self._get(table, record_id)
        return record if record is not None and record.organisation_id == self.caller.org else None

    def _assignment(self, client_id: str) -> Assignment | None:
        """A client's caseload assignment, read once per request (new ones are added here too, so a
        lookup never has to flush pending rows)."""
        if client_id not in self._assignments:
            self._assignments[client_id] = self.s.get(Assignment, client_id)
        return self._assignments[client_id]

    def _get(self, table: str, record_id: str) -> Record | None:
        key = (table, record_id)
        if key not in self._records:
            self._records[key] = self.s.get(Record, key)
        return self._records[key]

    def _write(
        self, table: str, record_id: str, data: dict[str, Any], scope: tuple[str | None, str | None]
    ) -> Record:
        self._version += 1
        current = self._get(table, record_id)
        record = write_record(
            self.s, table, record_id, self.caller.org, data, scope, self.caller.id,
            version=self._version, record=current, known_new=current is None,
        )  # fmt: skip
        self._records[(table, record_id)] = record
        return record

    def scope_clients(self) -> list[str]:
        coaches = self.visible_coaches()
        query = select(Assignment.client_id).where(Assignment.organisation_id == self.caller.org)
        if coaches is not None:
            query = query.where(Assignment.coach_id.in_(coaches))
        return sorted(self.s.scalars(query))

    def scope_check(self, client_ids: list[str]) -> list[str]:
        """Of these clients, the ones the server has in the caller's organisation but the caller may
        not see (moved to another caseload). Unknown ids are not named: missing is not moved."""
        visible = set(self.scope_clients())
        known = set(
            self.s.scalars(
                select(Assignment.client_id).where(
                    Assignment.organisation_id == self.caller.org, Assignment.client_id.in_(client_ids)
                )
            )
        )
        return sorted(known - visible)

    # -- reading -------------------------------------------------------------------------------------

    def pull(self, since: int, limit: int) -> PullPage:
        """Rows in scope with a version above ``since``, oldest first, at most ``limit`` of them."""
        limit = max(1, min(limit, MAX_PULL_PAGE))
        upto = committed_version(self.s)  # every version up to here is committed (writers serialise)
        rows = list(
            self.s.scalars(
                select(Record)
                .where(self.visible(), Record.version > since, Record.version <= upto)
                .order_by(Record.version)
                .limit(limit + 1)
            )
        )
        has_more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = rows[-1].version if has_more else max(since, upto)
        return PullPage(
            rows=[wire(r) for r in rows],
            next_cursor=next_cursor,
            has_more=has_more,
            scope_version=self.caller.account.scope_version,
            scope_clients=None if has_more else self.scope_clients(),
        )

    def summary(self, since: int) -> ChangeSummary:
        base = select(func.count()).select_from(Record).where(self.visible(), Record.version > since)
        return ChangeSummary(
            rows=int(self.s.scalar(base) or 0),
            deletions=int(self.s.scalar(base.where(Record.deleted.is_(True))) or 0),
            latest_version=committed_version(self.s),
            scope_version=self.caller.account.scope_version,
        )

    def digest(self) -> Digest:
        pairs: dict[str, list[tuple[str, int]]] = defaultdict(list)
        upto = committed_version(self.s)
        for table, record_id, version in self.s.execute(
            select(Record.table_name, Record.id, Record.version).where(self.visible(), Record.version <= upto)
        ):
            pairs[table].append((record_id, int(version)))
        return Digest(latest_version=upto, tables={t: digest_of(pairs.get(t, [])) for t in TABLES})

    # -- writing -------------------------------------------------------------------------------------

    def push(self, batch: PushBatch) -> PushResponse:
        """Apply a batch once: a batch id seen before gets the answer it got then."""
        lock_versions(self.s)
        self._version = committed_version(self.s)
        logged = self.s.get(PushLog, batch.batch_id)
        if logged is not None:
            if logged.account_id != self.caller.id:
                raise Rejected("batch_id_taken")
            answer = PushResponse.model_validate_json(logged.response)
            return answer.model_copy(update={"replayed": True})
        self._prefetch(batch)
        results = []
        for row in batch.rows:
            # Every refusal is decided before anything of its row is written, so a rejected row
            # leaves nothing behind (no savepoint needed); any other error rolls the batch back.
            try:
                results.append(self._push_row(row))
            except Rejected as rejected:
                results.append(PushResult(table=row.table, id=row.id, status="rejected", error=rejected.code))
        self.s.execute(update(Counter).where(Counter.name == "version").values(value=self._version))
        answer = PushResponse(results=results)
        self.s.add(
            PushLog(batch_id=batch.batch_id, account_id=self.caller.id, response=answer.model_dump_json())
        )
        return answer

    def _prefetch(self, batch: PushBatch) -> None:
        """Read the batch's records (and so know the new ones) in a few queries, not one per row."""
        wanted: dict[str, set[str]] = {}
        for row in batch.rows:
            wanted.setdefault(row.table, set()).add(row.id)
        for table, ids in wanted.items():
            found = {
                r.id: r
                for r in self.s.scalars(select(Record).where(Record.table_name == table, Record.id.in_(ids)))
            }
            for record_id in ids:
                self._records[(table, record_id)] = found.get(record_id)

    def _push_row(self, row: PushRow) -> PushResult:
        rule = TABLES.get(row.table)
        if rule is None:
            raise Rejected("unknown_table")
        if rule.server_owned:
            raise Rejected("read_only_table")
        try:
            uuid.UUID(row.id)
        except ValueError as exc:
            raise Rejected("bad_id") from exc
        if not storable(row.data):
            raise Rejected("bad_text")
        data = {k: v for k, v in row.data.items() if k not in LOCAL_ONLY_FIELDS}
        if data.get("id", row.id) != row.id:
            raise Rejected("id_mismatch")
        data["id"] = row.id
        current = self._get(row.table, row.id)
        if current is not None and (
            current.organisation_id != self.caller.org
            or not self.may_see((current.scope_client_id, current.scope_supervisor_id))
        ):
            raise Rejected("not_found")  # the same answer as for an id that does not exist
        if current is None:
            return self._create(row, data)
        if row.base_version > current.version:
            raise Rejected("unknown_base")
        if row.base_version == current.version:
            if is_final(row.table, current.data) and changed_fields(current.data, data):
                raise Rejected("final_immutable")
            return self._store(row.table, current, data, status="applied")
        base = self.s.get(RecordVersion, (row.table, row.id, row.base_version))
        if base is None:
            raise Rejected("unknown_base")
        merged = merge(base.data, current.data, data, final=is_final(row.table, current.data))
        result = (
            self._store(row.table, current, merged.row, status="merged")
            if merged.client_changed
            else PushResult(table=row.table, id=row.id, status="unchanged", row=wire(current))
        )
        if not merged.conflicts:
            return result
        conflicts = [
            FieldConflict(field=f, base=b, server=s, client=c) for f, (b, s, c) in merged.conflicts.items()
        ]
        for conflict in conflicts:
            self._record_conflict(row.table, current, conflict)
        return result.model_copy(update={"status": "conflict", "conflicts": conflicts})

    def _create(self, row: PushRow, data: dict[str, Any]) -> PushResult:
        if row.base_version != 0:
            raise Rejected("unknown_base")  # the device thinks the server has it: never guess
        if row.table == CONFLICTS_TABLE:
            raise Rejected("read_only_table")
        scope = self.scope_of(row.table, row.id, data)
        if row.table == "clients":
            data["assigned_coach_id"] = self._assign_new_client(row.id, data.get("assigned_coach_id"))
        elif not self.may_see(scope):
            raise Rejected("not_found")
        record = self._write(row.table, row.id, data, scope)
        return PushResult(table=row.table, id=row.id, status="applied", row=wire(record))

    def _assign_new_client(self, client_id: str, wanted: object) -> str:
        """A new client joins the pushing coach's caseload; a supervisor or admin may name the coach."""
        coach = self.caller.id
        if isinstance(wanted, str) and wanted != coach and self.caller.account.role != "coach":
            target = self.s.get(Account, wanted)
            coaches = self.visible_coaches()
            if (
                target is not None
                and target.organisation_id == self.caller.org
                and (coaches is None or wanted in coaches)
            ):
                coach = wanted
        assignment = Assignment(client_id=client_id, organisation_id=self.caller.org, coach_id=coach)
        self.s.add(assignment)
        self._assignments[client_id] = assignment
        return coach

    def _store(self, table: str, current: Record, data: dict[str, Any], *, status: str) -> PushResult:
        if table == "clients":  # the caseload is the server's: transfers go through administration
            assignment = self._assignment(current.id)
            if assignment is not None:
                data = dict(data, assigned_coach_id=assignment.coach_id)
        if not changed_fields(current.data, data):  # deleted_at included: it is content
            return PushResult(table=table, id=current.id, status="unchanged", row=wire(current))
        scope = self.scope_of(table, current.id, data)
        if not self.may_see(scope):
            raise Rejected("not_found")
        record = self._write(table, current.id, data, scope)
        return PushResult(table=table, id=current.id, status=status, row=wire(record))  # type: ignore[arg-type]

    def _record_conflict(self, table: str, record: Record, conflict: FieldConflict) -> None:
        now = iso_now()
        conflict_id = str(uuid.uuid4())
        data = {
            "id": conflict_id,
            "table_name": table,
            "row_id": record.id,
            "field": conflict.field,
            "base_value": json.dumps(conflict.base, ensure_ascii=False),
            "server_value": json.dumps(conflict.server, ensure_ascii=False),
            "client_value": json.dumps(conflict.client, ensure_ascii=False),
            "client_user_id": self.caller.id,
            "status": "open",
            "resolution": None,
            "resolved_by": None,
            "created_at": now,
            "updated_at": now,
            "updated_by": self.caller.id,
            "deleted_at": None,
        }
        self._records[(CONFLICTS_TABLE, conflict_id)] = None
        self._write(CONFLICTS_TABLE, conflict_id, data, (record.scope_client_id, record.scope_supervisor_id))
