"""What the coach sees of sync: each record's state, a roll-up per client, and the conflicts to resolve.

States, worst first: ``conflict`` (an open conflict on the record), ``error`` (the server refused it at
the last push; the reason is kept), ``uploading`` (in the batch being sent now), ``pending`` (changed
here, not yet sent), ``synced``. A client's roll-up is the worst state among the client's own record
and everything that belongs to it (plans, sessions, placements, …).

Resolving a conflict is an ordinary edit made by a person: keeping the value the record has now, or
taking the other one (for a finalised session record that becomes an amendment). Either way the
conflict record is marked resolved with the value chosen, the edit is audited, and both travel at the
next sync. Nothing is discarded before the choice is saved.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from app.domain.clock import utcnow
from app.domain.errors import NotFound, RuleViolation
from app.services.base import ServiceBase
from app.storage.models import LocalSetting, SyncConflict, SyncRowState
from app.storage.wire import TABLE_OBJECTS, decode_value, encode_value
from app.sync.protocol import FINAL_STATUS, FINAL_TABLE, TABLES

STATES = ("conflict", "error", "uploading", "pending", "synced")
_RANK = {state: i for i, state in enumerate(STATES)}
OUTBOX_KEY = "sync.outbox"


def worst(states: Iterable[str]) -> str:
    return min(states, key=_RANK.__getitem__, default="synced")


@dataclass(frozen=True)
class ConflictView:
    """One open conflict as the dialog shows it: which record and field, and both values."""

    id: str
    table_name: str
    row_id: str
    client_id: str | None
    field: str
    current: Any  # the value the record holds now (the server kept it)
    other: Any  # the value the other side wanted
    other_user_id: str | None
    record_final: bool


class SyncStatusService(ServiceBase):
    """Sync states and conflict resolution over the workspace (see the module docstring)."""

    @property
    def uow(self) -> Any:
        return self.ctx.uow

    # -- states ----------------------------------------------------------------------------------------

    def record_states(self, table: str, ids: Iterable[str]) -> dict[str, str]:
        """The state of each given record of one table."""
        ids = list(ids)
        t = TABLE_OBJECTS[table]
        with self.uow.read() as s:
            states = {rid: "synced" for rid in ids}
            for rid in s.scalars(select(t.c.id).where(t.c.id.in_(ids), t.c.dirty.is_(True))):
                states[rid] = "pending"
            for rid in self._uploading(s).get(table, set()) & set(ids):
                states[rid] = "uploading"
            for rid in s.scalars(
                select(SyncRowState.row_id).where(
                    SyncRowState.table_name == table, SyncRowState.row_id.in_(ids)
                )
            ):
                states[rid] = "error"
            for rid in s.scalars(
                select(SyncConflict.row_id).where(
                    SyncConflict.table_name == table,
                    SyncConflict.row_id.in_(ids),
                    SyncConflict.status == "open",
                    SyncConflict.deleted_at.is_(None),
                )
            ):
                states[rid] = "conflict"
            return states

    def client_states(self, client_ids: Iterable[str]) -> dict[str, str]:
        """The roll-up per client: the worst state among the client's records."""
        wanted = set(client_ids)
        result = dict.fromkeys(wanted, "synced")
        if not wanted:
            return result
        with self.uow.read() as s:
            for client_id in self._clients_with_dirty(s, wanted):
                result[client_id] = worst((result[client_id], "pending"))
            for table, ids in self._uploading(s).items():
                for rid in ids:
                    self._raise(s, result, table, rid, "uploading")
            for table, rid in s.execute(select(SyncRowState.table_name, SyncRowState.row_id)):
                self._raise(s, result, table, rid, "error")
            for table, rid in s.execute(
                select(SyncConflict.table_name, SyncConflict.row_id).where(
                    SyncConflict.status == "open", SyncConflict.deleted_at.is_(None)
                )
            ):
                self._raise(s, result, table, rid, "conflict")
        return result

    def _raise(self, s: Any, result: dict[str, str], table: str, rid: str, state: str) -> None:
        client_id = client_of(s, table, rid)
        if client_id in result:
            result[client_id] = worst((result[client_id], state))

    def _clients_with_dirty(self, s: Any, wanted: set[str]) -> set[str]:
        found: set[str] = set()
        for name, rule in TABLES.items():
            t = TABLE_OBJECTS[name]
            if name == "clients":
                found |= set(s.scalars(select(t.c.id).where(t.c.id.in_(wanted), t.c.dirty.is_(True))))
            elif rule.kind in ("client", "client_optional"):
                found |= set(
                    s.scalars(select(t.c.client_id).where(t.c.client_id.in_(wanted), t.c.dirty.is_(True)))
                )
            elif (
                rule.kind == "via_parent" and rule.parent_table is not None and rule.parent_column is not None
            ):
                parent = TABLE_OBJECTS[rule.parent_table]
                if "client_id" not in parent.c:
                    continue
                found |= set(
                    s.scalars(
                        select(parent.c.client_id)
                        .join(t, t.c[rule.parent_column] == parent.c.id)
                        .where(parent.c.client_id.in_(wanted), t.c.dirty.is_(True))
                    )
                )
        return found

    def _uploading(self, s: Any) -> dict[str, set[str]]:
        outbox = s.get(LocalSetting, OUTBOX_KEY)
        rows: dict[str, set[str]] = {}
        for row in (outbox.value or {}).get("rows", []) if outbox is not None else []:
            rows.setdefault(row["table"], set()).add(row["id"])
        return rows

    def counts(self) -> dict[str, int]:
        """How many records wait to be sent, were refused, or are in conflict (status bar)."""
        with self.uow.read() as s:
            pending = 0
            for name, rule in TABLES.items():
                if rule.server_owned:
                    continue
                t = TABLE_OBJECTS[name]
                pending += len(list(s.scalars(select(t.c.id).where(t.c.dirty.is_(True)))))
            errors = len(list(s.scalars(select(SyncRowState.row_id))))
            conflicts = len(
                list(
                    s.scalars(
                        select(SyncConflict.id).where(
                            SyncConflict.status == "open", SyncConflict.deleted_at.is_(None)
                        )
                    )
                )
            )
        return {"pending": pending, "error": errors, "conflict": conflicts}

    # -- conflicts -------------------------------------------------------------------------------------

    def open_conflicts(self, client_id: str | None = None) -> list[ConflictView]:
        with self.uow.read() as s:
            rows = list(
                s.scalars(
                    select(SyncConflict)
                    .where(SyncConflict.status == "open", SyncConflict.deleted_at.is_(None))
                    .order_by(SyncConflict.created_at)
                )
            )
            views = []
            for c in rows:
                owner = client_of(s, c.table_name, c.row_id)
                if client_id is not None and owner != client_id:
                    continue
                target = TABLE_OBJECTS.get(c.table_name)
                record = (
                    s.execute(select(target).where(target.c.id == c.row_id)).first()
                    if target is not None
                    else None
                )
                current = json.loads(c.server_value) if c.server_value is not None else None
                if record is not None and c.field in record._mapping:
                    current = encode_value(record._mapping[c.field])
                views.append(
                    ConflictView(
                        id=c.id,
                        table_name=c.table_name,
                        row_id=c.row_id,
                        client_id=owner,
                        field=c.field,
                        current=current,
                        other=json.loads(c.client_value) if c.client_value is not None else None,
                        other_user_id=c.client_user_id,
                        record_final=record is not None
                        and c.table_name == FINAL_TABLE
                        and record._mapping["status"] == FINAL_STATUS,
                    )
                )
            return views

    def resolve(self, conflict_id: str, *, take_other: bool, amendment_reason: str = "") -> None:
        """Settle a conflict: keep the record's value, or take the other one. For a finalised session
        record the other value becomes an amendment (its reason is required)."""
        base = self
        with self.tx() as s:
            conflict = s.get(SyncConflict, conflict_id)
            if conflict is None or conflict.deleted_at is not None:
                raise NotFound("The conflict was not found.", params={"entity": "conflict"})
            if conflict.status != "open":
                raise RuleViolation("This conflict is already resolved.", code="conflict_resolved")
            table = TABLE_OBJECTS.get(conflict.table_name)
            if table is None or conflict.field not in table.c:
                raise RuleViolation("The conflict names an unknown field.", code="conflict_unknown_field")
            record = s.execute(select(table).where(table.c.id == conflict.row_id)).first()
            if record is None:
                raise NotFound("The record in conflict is not on this device.", params={"entity": "record"})
            other = json.loads(conflict.client_value) if conflict.client_value is not None else None
            chosen = other if take_other else encode_value(record._mapping[conflict.field])
            final = conflict.table_name == FINAL_TABLE and record._mapping["status"] == FINAL_STATUS
            if take_other and final:
                if not amendment_reason.strip():
                    raise RuleViolation(
                        "Taking the other value of a final record needs a reason.", code="reason_required"
                    )
            elif take_other:
                value = decode_value(table, conflict.field, chosen)
                s.execute(
                    update(table)
                    .where(table.c.id == conflict.row_id)
                    .values(
                        {
                            conflict.field: value,
                            "dirty": True,
                            "updated_at": utcnow(),
                            "updated_by": base.actor.user_id,
                        }
                    )
                )
            conflict.status = "resolved"
            conflict.resolution = json.dumps(chosen, ensure_ascii=False)
            conflict.resolved_by = base.actor.user_id
            base.audit(
                s,
                "resolve_conflict",
                conflict.table_name,
                conflict.row_id,
                field=conflict.field,
                took="other" if take_other else "current",
            )
        if take_other and final:
            # An amendment through the session service (its own rules, transaction and audit).
            from app.services.casework import SessionService

            SessionService(base.ctx).amend(
                conflict.row_id,
                {conflict.field: decode_value(TABLE_OBJECTS[FINAL_TABLE], conflict.field, chosen)},
                amendment_reason,
            )


def client_of(s: Any, table: str, row_id: str) -> str | None:
    """The client a record belongs to (None for the organisation's records)."""
    rule = TABLES.get(table)
    t = TABLE_OBJECTS.get(table)
    if rule is None or t is None:
        return None
    if table == "clients":
        return row_id
    if table == "sync_conflicts":
        conflict = s.get(SyncConflict, row_id)
        return client_of(s, conflict.table_name, conflict.row_id) if conflict is not None else None
    if "client_id" in t.c:
        return s.scalar(select(t.c.client_id).where(t.c.id == row_id))
    if rule.kind == "via_parent" and rule.parent_table is not None and rule.parent_column is not None:
        parent_id = s.scalar(select(t.c[rule.parent_column]).where(t.c.id == row_id))
        return client_of(s, rule.parent_table, parent_id) if parent_id is not None else None
    return None
