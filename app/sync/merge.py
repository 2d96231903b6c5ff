"""Field-level three-way merge of one record: the server's copy, the client's copy, and their base.

Pure functions over JSON dicts, so both sides and the property tests use the very same rules:

* a field only one side changed takes that side's value;
* a field both sides changed to the same value is simply that value;
* a field both sides changed differently is a **conflict**: the merged row keeps the server's value
  and the conflict keeps both (plus the base) until a person chooses — nothing is overwritten;
* a delete (``deleted_at`` set) against edits on the other side keeps the record alive and becomes a
  conflict on ``deleted_at``: an edit is never made to vanish by someone else's delete;
* a finalised session record's content is frozen: client changes to it are not applied and become
  conflicts (the coach turns them into an amendment);
* ``updated_at`` / ``updated_by`` follow whoever changed content last (they never conflict).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.sync.protocol import EDIT_STAMP_FIELDS, FINAL_STATUS, FINAL_TABLE

DELETED = "deleted_at"


@dataclass
class MergeResult:
    """The merged row, the fields in conflict (field → (base, server, client)), and whether the
    client's copy contributed anything."""

    row: dict[str, Any]
    conflicts: dict[str, tuple[Any, Any, Any]] = field(default_factory=dict)
    client_changed: bool = False


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    """Content fields whose value differs between two copies (edit stamps are not content)."""
    return {
        k
        for k in before.keys() | after.keys()
        if k not in EDIT_STAMP_FIELDS and before.get(k) != after.get(k)
    }


def merge(
    base: dict[str, Any], server: dict[str, Any], client: dict[str, Any], *, final: bool = False
) -> MergeResult:
    """Merge ``client`` (based on ``base``) into ``server``. ``final``: the server's copy is a
    finalised record whose content may not change."""
    ours = changed_fields(base, client)
    theirs = changed_fields(base, server)
    row = dict(server)
    conflicts: dict[str, tuple[Any, Any, Any]] = {}
    applied: set[str] = set()
    for name in sorted(ours):
        b, s, c = base.get(name), server.get(name), client.get(name)
        if final and c != s:
            conflicts[name] = (b, s, c)
        elif name not in theirs:
            row[name] = c
            applied.add(name)
        elif s != c:
            conflicts[name] = (b, s, c)
    # A delete on one side against content edits on the other: keep the record, ask a person.
    client_deletes = DELETED in applied and row.get(DELETED) is not None
    server_deleted = DELETED in theirs and server.get(DELETED) is not None and DELETED not in ours
    if client_deletes and theirs - {DELETED}:
        row[DELETED] = server.get(DELETED)
        applied.discard(DELETED)
        conflicts[DELETED] = (base.get(DELETED), server.get(DELETED), client.get(DELETED))
    elif server_deleted and applied - {DELETED}:
        row[DELETED] = None
        conflicts[DELETED] = (base.get(DELETED), server.get(DELETED), client.get(DELETED))
    if applied:
        for stamp in EDIT_STAMP_FIELDS:
            if stamp in client:
                row[stamp] = client[stamp]
    return MergeResult(row=row, conflicts=conflicts, client_changed=bool(applied))


def is_final(table: str, row: dict[str, Any] | None) -> bool:
    """Whether ``row`` is a finalised session record (content frozen)."""
    return table == FINAL_TABLE and row is not None and row.get("status") == FINAL_STATUS
