"""The sync protocol, shared by the desktop client and the server: versions, tables, wire messages.

A record travels as a :class:`WireRow`: its table, its UUID, the server's version of it and its fields
as JSON values (dates and times as ISO text). The bookkeeping a device keeps for itself (``dirty``,
its copy of ``server_version``) never travels.

* **Versions are the server's**, a single increasing counter: every accepted write gets the next one.
  A pull asks for "rows with a version above my cursor"; clocks are never used to order anything.
* **A push** sends each changed row with the version it was based on, in a batch with an idempotency
  key: the server answers a retried batch from its record of the first answer.
* **Scope** decides who sees a row: the client's caseload it belongs to, the organisation (employers,
  staff), or the supervisor who wrote a supervision record. :data:`TABLES` says for every table how
  to find that out from the row.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

#: The protocol this build speaks, and the oldest one the server still accepts from a client.
PROTOCOL_VERSION = 1
MIN_CLIENT_PROTOCOL = 1
PROTOCOL_HEADER = "X-CoachDesk-Protocol"

#: Fields that are bookkeeping of the edit, not content: they never conflict (the writer's win).
EDIT_STAMP_FIELDS = frozenset({"updated_at", "updated_by"})
#: The table the server writes conflicts into; it syncs like any other table.
CONFLICTS_TABLE = "sync_conflicts"

ScopeKind = Literal["org", "client", "client_optional", "supervision", "via_parent", "conflict"]


@dataclass(frozen=True)
class TableRule:
    """How a table's rows are scoped, and whether devices may write them.

    ``kind``: ``org`` (everyone in the organisation), ``client`` (the row's ``client_id``; for the
    clients table its own id), ``client_optional`` (``client_id`` when set, else the organisation),
    ``supervision`` (the supervisor in ``supervisor_id``), ``via_parent`` (the parent row's scope,
    found through ``parent_column`` → ``parent_table``), ``conflict`` (the scope of the row in
    conflict). ``server_owned`` tables are written by the server's administration only.
    """

    kind: ScopeKind
    parent_column: str | None = None
    parent_table: str | None = None
    server_owned: bool = False


#: Every synced table, parents before children (the order pushes are sent in).
TABLES: dict[str, TableRule] = {
    "organisations": TableRule("org", server_owned=True),
    "users": TableRule("org", server_owned=True),
    "employers": TableRule("org"),
    "employer_contacts": TableRule("org"),
    "clients": TableRule("client"),
    "disabilities": TableRule("client"),
    "consents": TableRule("client"),
    "assessments": TableRule("client"),
    "assessment_ratings": TableRule("via_parent", "assessment_id", "assessments"),
    "employment_plans": TableRule("client"),
    "plan_goals": TableRule("via_parent", "plan_id", "employment_plans"),
    "session_records": TableRule("client"),
    "session_participants": TableRule("via_parent", "session_id", "session_records"),
    "session_goal_progress": TableRule("via_parent", "session_id", "session_records"),
    "session_amendments": TableRule("via_parent", "session_id", "session_records"),
    "employer_contact_log": TableRule("client_optional"),
    "job_analyses": TableRule("client_optional"),
    "placements": TableRule("client"),
    "retention_checkpoints": TableRule("via_parent", "placement_id", "placements"),
    "closures": TableRule("client"),
    "supervision_records": TableRule("supervision"),
    "supervision_supervisees": TableRule("via_parent", "record_id", "supervision_records"),
    "supervision_cases": TableRule("via_parent", "record_id", "supervision_records"),
    "supervision_actions": TableRule("via_parent", "record_id", "supervision_records"),
    CONFLICTS_TABLE: TableRule("conflict"),
}

#: A finalised session record's content never changes; later changes are amendments.
FINAL_TABLE = "session_records"
FINAL_STATUS = "final"


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _text(value: str) -> str:
    """Text a database can store: no NUL characters, valid Unicode (no lone surrogates)."""
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text must be valid Unicode") from exc
    return value


def storable(value: Any) -> bool:
    """Whether every key and string inside a JSON value is text a database can store."""
    if isinstance(value, str):
        try:
            _text(value)
        except ValueError:
            return False
        return True
    if isinstance(value, dict):
        return all(storable(str(k)) and storable(v) for k, v in value.items())
    if isinstance(value, list):
        return all(storable(v) for v in value)
    return True


#: Text fields of the wire: the schema says "no NUL" (a pattern), the validator also refuses
#: invalid Unicode.
Text = Annotated[str, Field(pattern=r"^[^\x00]*$"), AfterValidator(_text)]


class ServerInfo(_Message):
    """``GET /api/v1/info``: who the server is and which clients it accepts."""

    name: str = "coachdesk-server"
    protocol_version: int = PROTOCOL_VERSION
    min_client_protocol: int = MIN_CLIENT_PROTOCOL
    app_version: str


class LoginRequest(_Message):
    username: Text = Field(min_length=1, max_length=80)
    password: Text = Field(min_length=1, max_length=1024)
    device_name: Text = Field(default="", max_length=120)


class UserInfo(_Message):
    id: str
    username: str
    display_name: str
    role: Literal["coach", "supervisor", "admin"]
    organisation_id: str


class LoginResponse(_Message):
    token: str
    device_id: str
    expires_at: str
    user: UserInfo


class WireRow(_Message):
    """One record as the server holds it (a pull row, or the outcome of a push)."""

    table: str
    id: str
    version: int
    data: dict[str, Any]


class PullPage(_Message):
    """``GET /api/v1/sync/pull?since=…``: rows in scope with a version above ``since``, in order."""

    rows: list[WireRow]
    next_cursor: int
    has_more: bool
    scope_version: int
    #: The clients in the caller's scope; sent on the last page of a pull from cursor 0, so a device
    #: can drop local copies of clients that were moved to someone else (never "deleted").
    scope_clients: list[str] | None = None


class ChangeSummary(_Message):
    """``GET /api/v1/sync/summary?since=…``: what a pull would bring, before bringing it."""

    rows: int
    deletions: int
    latest_version: int
    scope_version: int


class PushRow(_Message):
    table: Text = Field(max_length=40)
    id: Text = Field(min_length=1, max_length=36)
    base_version: int = Field(ge=0, le=2**53)  # JSON-safe integers
    data: dict[str, Any]


class PushBatch(_Message):
    #: The idempotency key: letters, digits, ``-`` and ``_`` (a UUID or its hex form).
    batch_id: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    rows: list[PushRow] = Field(max_length=2000)


PushStatus = Literal["applied", "merged", "conflict", "unchanged", "rejected"]


class FieldConflict(_Message):
    field: str
    base: Any
    server: Any
    client: Any


class PushResult(_Message):
    """The outcome of one pushed row. ``row`` is the server's copy after the write (absent when
    rejected); ``conflicts`` lists the fields kept at the server's value with the client's kept in a
    conflict record; ``error`` is a code when rejected."""

    table: str
    id: str
    status: PushStatus
    row: WireRow | None = None
    conflicts: list[FieldConflict] = Field(default_factory=list)
    error: str | None = None


class PushResponse(_Message):
    results: list[PushResult]
    replayed: bool = False


class ScopeCheck(_Message):
    """``POST /api/v1/sync/scope-check``: which of these clients (held by the device) the caller may no
    longer see although the server has them — the only clients a device drops."""

    client_ids: list[Annotated[Text, Field(max_length=36)]] = Field(max_length=100_000)


class ScopeAnswer(_Message):
    out_of_scope: list[str]


class TableDigest(_Message):
    count: int
    sha256: str


class Digest(_Message):
    """``GET /api/v1/sync/digest``: per table, how many rows are in scope and a hash of (id, version)."""

    latest_version: int
    tables: dict[str, TableDigest]


class ErrorBody(_Message):
    """Every error the API returns: a stable code and a sentence for the logs."""

    code: str
    message: str


def digest_of(pairs: list[tuple[str, int]]) -> TableDigest:
    """The digest both sides compute for a table: count and SHA-256 of sorted ``id:version`` lines."""
    h = hashlib.sha256()
    for record_id, version in sorted(pairs):
        h.update(f"{record_id}:{version}\n".encode())
    return TableDigest(count=len(pairs), sha256=h.hexdigest())
