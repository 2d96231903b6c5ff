"""Caseload search and last contact: a narrow per-client summary row and a trigram full-text index,
both derived from the synced tables and kept up to date by triggers.

``client_summary`` (derived, local, never synced) — one row per *live* client (a tombstoned client has
none; lifting the tombstone brings it back), the caseload's list row:

* ``doc``: the row's number, also the client's document number in ``client_search``. An explicit
  INTEGER PRIMARY KEY, so it survives VACUUM (an implicit rowid would not).
* copies of what the list filters and sorts on: ``name``, ``status``, ``phase``, ``town_code``,
  ``coach_id`` (the assigned coach), ``intake_date``; and ``id_tail`` (below). Filtering, sorting and
  counting read this narrow table (a few MB at 50,000 clients) and its indexes; the wide ``clients`` row
  is read only for the rows of the page shown.
* ``last_session``: the latest *effective* date of the client's live session records — drafts included
  (a draft is a contact that happened; the caseload's "最近服务" has always counted them), an amended
  date counting instead of the original (the latest live amendment of ``session_date`` wins, as in
  ``AMENDED_SESSION_DATES``). NULL when there is none. The caseload column, its sort and the "no contact
  for N days" rule read it instead of a GROUP BY over every session record.

``client_search`` — FTS5 with the trigram tokenizer (substring search for 3+ characters), contentless
(``content=''``, ``contentless_delete=1``): only the index is kept, no second copy of the text. One
document per live client, rowid = ``doc``, columns:

* ``name``; ``id_tail``: the last 6 characters of the ID number (birth day, sequence, check character;
  the masked display already shows the last 4) — never the whole number; ``phone``; ``employers``: the
  names of the employers of the client's live placements; ``notes``: notes and work history.

Triggers on clients, placements, employers, session_records and session_amendments keep both in step
with every write, whatever makes it (the services, a raw fix, the future sync engine). The rows written
before this revision are indexed by the upgrade. Everything stays in the encrypted database.

Also partial indexes for the due rules: active plans by next review date, unchecked retention
checkpoints by due date.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID_TAIL_CHARS = 6

# The effective date of session record ``r``: its latest live date amendment, else its own date.
EFFECTIVE_DATE = """coalesce(
        (SELECT json_extract(a.changes, '$.session_date.new') FROM session_amendments a
         WHERE a.session_id = r.id AND a.deleted_at IS NULL
           AND json_type(a.changes, '$.session_date') IS NOT NULL
         ORDER BY a.created_at DESC, a.id DESC LIMIT 1),
        r.session_date)"""


def last_session_of(client_id: str) -> str:
    """SQL: the latest effective date of the live session records of ``client_id`` (NULL if none)."""
    return (
        f"(SELECT max({EFFECTIVE_DATE}) FROM session_records r "
        f"WHERE r.client_id = {client_id} AND r.deleted_at IS NULL)"
    )


def recompute_last_session(clients: str) -> str:
    """SQL: set ``last_session`` afresh for the summary rows of the client ids in ``clients``."""
    return (
        f"UPDATE client_summary SET last_session = {last_session_of('client_summary.client_id')} "
        f"WHERE client_id IN ({clients})"
    )


# The summary columns copied from the client row, and the client columns they come from.
COPIED = {
    "name": "name",
    "id_tail": f"substr({{c}}.id_number, -{ID_TAIL_CHARS})",
    "status": "status",
    "phase": "phase",
    "town_code": "town_code",
    "coach_id": "assigned_coach_id",
    "intake_date": "intake_date",
}
SOURCE_COLUMNS = ("name", "id_number", "status", "phase", "town_code", "assigned_coach_id", "intake_date")
TEXT_COLUMNS = ("name", "id_number", "phone", "notes", "work_history")  # what the search document holds


def _copied(client: str) -> list[str]:
    return [v.format(c=client) if "{c}" in v else f"{client}.{v}" for v in COPIED.values()]


def insert_summary(client: str, where: str) -> str:
    """SQL: the summary rows of the clients (row alias ``client``, or NEW) that satisfy ``where``."""
    source = "" if client == "NEW" else f" FROM clients {client}"
    return (
        f"INSERT INTO client_summary (client_id, {', '.join(COPIED)}, last_session) "
        f"SELECT {client}.id, {', '.join(_copied(client))}, {last_session_of(f'{client}.id')}"
        f"{source} WHERE {where}"
    )


def document_of(client: str) -> str:
    """SQL select list of the search document of the client row aliased ``client``."""
    return f"""
        {client}.name,
        substr({client}.id_number, -{ID_TAIL_CHARS}),
        {client}.phone,
        coalesce((SELECT group_concat(DISTINCT e.name) FROM placements p
                  JOIN employers e ON e.id = p.employer_id
                  WHERE p.client_id = {client}.id AND p.deleted_at IS NULL AND e.deleted_at IS NULL), ''),
        {client}.notes || char(10) || {client}.work_history"""


def insert_documents(where: str) -> str:
    """SQL: index the clients (``c``) that have a summary row (``s``) and satisfy ``where``."""
    return (
        "INSERT INTO client_search (rowid, name, id_tail, phone, employers, notes) "
        f"SELECT s.doc, {document_of('c')} "
        f"FROM client_summary s JOIN clients c ON c.id = s.client_id WHERE {where}"
    )


def delete_documents(clients: str) -> str:
    """SQL: drop the search documents of the client ids in ``clients``."""
    return (
        "DELETE FROM client_search WHERE rowid IN "
        f"(SELECT doc FROM client_summary WHERE client_id IN ({clients}))"
    )


def reindex(clients: str) -> list[str]:
    """SQL statements that rebuild the search documents of the client ids in ``clients``."""
    return [delete_documents(clients), insert_documents(f"s.client_id IN ({clients})")]


def forget(client_id: str) -> list[str]:
    """SQL statements that remove a client's document and summary row."""
    return [delete_documents(client_id), f"DELETE FROM client_summary WHERE client_id = {client_id}"]


# Rebuild both from the synced tables: the backfill of this migration, and a repair (or the end of a
# bulk load) when run in one transaction.
REBUILD = [
    "INSERT INTO client_search (client_search) VALUES ('delete-all')",
    "DELETE FROM client_summary",
    insert_summary("c", "c.deleted_at IS NULL ORDER BY c.rowid"),
    insert_documents("1"),
]


def _changed(*columns: str) -> str:
    return "(" + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns) + ")"


def _trigger(name: str, timing: str, when: str | None, body: list[str]) -> str:
    condition = f"\n        WHEN {when}" if when else ""
    statements = "".join(f"\n            {s};" for s in body)
    return f"CREATE TRIGGER {name} {timing}{condition}\n        BEGIN{statements}\n        END"


LIVE = "NEW.deleted_at IS NULL AND OLD.deleted_at IS NULL"
ADD_CLIENT = [insert_summary("NEW", "1"), insert_documents("c.id = NEW.id")]
SESSION_OF_AMENDMENT = "SELECT client_id FROM session_records WHERE id = {row}.session_id"
AMENDS_DATE = "json_type({row}.changes, '$.session_date') IS NOT NULL"

TRIGGERS: dict[str, str] = {
    # -- clients: the summary row and the search document exist while the client is live
    "client_summary_clients_insert": _trigger(
        "client_summary_clients_insert", "AFTER INSERT ON clients", "NEW.deleted_at IS NULL", ADD_CLIENT
    ),
    "client_summary_clients_revive": _trigger(
        "client_summary_clients_revive",
        "AFTER UPDATE OF deleted_at ON clients",
        "OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL",
        ADD_CLIENT,
    ),
    "client_summary_clients_tombstone": _trigger(
        "client_summary_clients_tombstone",
        "AFTER UPDATE OF deleted_at ON clients",
        "OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL",
        forget("OLD.id"),
    ),
    "client_summary_clients_delete": _trigger(
        "client_summary_clients_delete", "AFTER DELETE ON clients", None, forget("OLD.id")
    ),
    "client_summary_clients_update": _trigger(
        "client_summary_clients_update",
        f"AFTER UPDATE OF {', '.join(SOURCE_COLUMNS)} ON clients",
        f"{LIVE} AND {_changed(*SOURCE_COLUMNS)}",
        [
            f"UPDATE client_summary SET ({', '.join(COPIED)}) = ({', '.join(_copied('NEW'))}) "
            "WHERE client_id = NEW.id"
        ],
    ),
    "client_search_clients_update": _trigger(
        "client_search_clients_update",
        f"AFTER UPDATE OF {', '.join(TEXT_COLUMNS)} ON clients",
        f"{LIVE} AND {_changed(*TEXT_COLUMNS)}",
        reindex("NEW.id"),
    ),
    # -- placements and employers: the employer names in a client's document
    "client_search_placements_insert": _trigger(
        "client_search_placements_insert", "AFTER INSERT ON placements", None, reindex("NEW.client_id")
    ),
    "client_search_placements_update": _trigger(
        "client_search_placements_update",
        "AFTER UPDATE OF client_id, employer_id, deleted_at ON placements",
        _changed("client_id", "employer_id", "deleted_at"),
        reindex("OLD.client_id, NEW.client_id"),
    ),
    "client_search_placements_delete": _trigger(
        "client_search_placements_delete", "AFTER DELETE ON placements", None, reindex("OLD.client_id")
    ),
    "client_search_employers_update": _trigger(
        "client_search_employers_update",
        "AFTER UPDATE OF name, deleted_at ON employers",
        _changed("name", "deleted_at"),
        reindex("SELECT client_id FROM placements WHERE employer_id = NEW.id"),
    ),
    # -- session records and amendments: the last session date
    "client_summary_sessions_insert": _trigger(
        "client_summary_sessions_insert",
        "AFTER INSERT ON session_records",
        "NEW.deleted_at IS NULL",
        [
            # A new record has no amendments yet: its own date is its effective date.
            "UPDATE client_summary SET last_session = NEW.session_date WHERE client_id = NEW.client_id "
            "AND (last_session IS NULL OR last_session < NEW.session_date)"
        ],
    ),
    "client_summary_sessions_update": _trigger(
        "client_summary_sessions_update",
        "AFTER UPDATE OF client_id, session_date, deleted_at ON session_records",
        _changed("client_id", "session_date", "deleted_at"),
        [recompute_last_session("OLD.client_id, NEW.client_id")],
    ),
    "client_summary_sessions_delete": _trigger(
        "client_summary_sessions_delete",
        "AFTER DELETE ON session_records",
        None,
        [recompute_last_session("OLD.client_id")],
    ),
    "client_summary_amendments_insert": _trigger(
        "client_summary_amendments_insert",
        "AFTER INSERT ON session_amendments",
        AMENDS_DATE.format(row="NEW"),
        [recompute_last_session(SESSION_OF_AMENDMENT.format(row="NEW"))],
    ),
    "client_summary_amendments_update": _trigger(
        "client_summary_amendments_update",
        "AFTER UPDATE OF deleted_at ON session_amendments",
        f"NEW.deleted_at IS NOT OLD.deleted_at AND {AMENDS_DATE.format(row='NEW')}",
        [recompute_last_session(SESSION_OF_AMENDMENT.format(row="NEW"))],
    ),
    "client_summary_amendments_delete": _trigger(
        "client_summary_amendments_delete",
        "AFTER DELETE ON session_amendments",
        AMENDS_DATE.format(row="OLD"),
        [recompute_last_session(SESSION_OF_AMENDMENT.format(row="OLD"))],
    ),
}

# Indexes of the summary: one per sort key (walked in order, ties by doc: a page costs its own rows,
# not a sort of the caseload), the coach filter, and the no-contact rule (last_session, intake_date).
SUMMARY_INDEXES = ("name", "intake_date", "status", "town_code", "coach_id", "last_session")
# Partial covering indexes for the due rules, on the case tables: only the rows the rules read, with
# the column that leads on to the client.
DUE_INDEXES: dict[str, tuple[str, str, str]] = {
    "ix_employment_plans_active_review": (
        "employment_plans",
        "next_review_on, client_id",
        "status = 'active' AND deleted_at IS NULL",
    ),
    "ix_retention_checkpoints_open_due": (
        "retention_checkpoints",
        "due_date, placement_id",
        "checked_on IS NULL AND deleted_at IS NULL",
    ),
}


def upgrade() -> None:
    op.create_table(
        "client_summary",
        sa.Column("doc", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("id_tail", sa.String(length=ID_TAIL_CHARS), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("town_code", sa.String(length=12), nullable=True),
        sa.Column("coach_id", sa.String(length=36), nullable=True),
        sa.Column("intake_date", sa.Date(), nullable=False),
        sa.Column("last_session", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_summary_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("doc", name=op.f("pk_client_summary")),
        sa.UniqueConstraint("client_id", name=op.f("uq_client_summary_client_id")),
    )
    for column in SUMMARY_INDEXES:
        op.create_index(op.f(f"ix_client_summary_{column}"), "client_summary", [column], unique=False)
    for name, (table, columns, where) in DUE_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} ({columns}) WHERE {where}")
    op.execute(
        "CREATE VIRTUAL TABLE client_search USING fts5("
        "name, id_tail, phone, employers, notes, "
        "tokenize = 'trigram', content = '', contentless_delete = 1)"
    )
    for statement in REBUILD[1:]:  # the index is new: nothing to delete
        op.execute(statement)
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS client_search")
    for name in DUE_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for column in SUMMARY_INDEXES:
        op.drop_index(op.f(f"ix_client_summary_{column}"), table_name="client_summary")
    op.drop_table("client_summary")
