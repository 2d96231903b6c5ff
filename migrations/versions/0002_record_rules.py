"""Record rules enforced by the database itself: the audit log is append-only, and the content of a
final session record cannot change (changes are amendments). The services enforce the same rules; the
triggers make sure no code path, present or future (sync included), can get round them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Columns of a session record that a finalisation locks. Sync bookkeeping (server_version, dirty,
# updated_at/by) may still change, and so may deleted_at (a tombstone is not a content change).
LOCKED_SESSION_COLUMNS = (
    "client_id",
    "author_id",
    "session_date",
    "start_time",
    "end_time",
    "minutes",
    "travel_minutes",
    "place",
    "mode",
    "session_type",
    "content",
    "fading_percent",
    "natural_supports",
    "next_steps",
    "next_steps_due",
    "finalised_at",
)


def upgrade() -> None:
    op.execute(
        """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE OF seq, id, at, actor_id, action, entity,
            entity_id, detail ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END
        """
    )
    op.execute(
        """
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END
        """
    )
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in LOCKED_SESSION_COLUMNS)
    op.execute(
        f"""
        CREATE TRIGGER session_final_locked BEFORE UPDATE ON session_records
        WHEN OLD.status = 'final' AND (NEW.status IS NOT 'final' OR {changed})
        BEGIN SELECT RAISE(ABORT, 'a final session record is immutable: record an amendment'); END
        """
    )
    children = {
        "session_participants": ("session_id", "position", "kind", "name", "user_id"),
        "session_goal_progress": ("session_id", "goal_id", "progress", "note"),
    }
    parent_final = "(SELECT status FROM session_records WHERE id = {row}.session_id) = 'final'"
    for child, columns in children.items():
        child_changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)
        op.execute(
            f"""
            CREATE TRIGGER {child}_final_locked_update BEFORE UPDATE ON {child}
            WHEN {parent_final.format(row="OLD")} AND ({child_changed})
            BEGIN SELECT RAISE(ABORT, 'a final session record is immutable: record an amendment'); END
            """
        )
        op.execute(
            f"""
            CREATE TRIGGER {child}_final_locked_insert BEFORE INSERT ON {child}
            WHEN {parent_final.format(row="NEW")}
            BEGIN SELECT RAISE(ABORT, 'a final session record is immutable: record an amendment'); END
            """
        )
    op.execute(
        """
        CREATE TRIGGER session_amendment_no_update BEFORE UPDATE OF session_id, author_id, reason, changes
            ON session_amendments
        BEGIN SELECT RAISE(ABORT, 'an amendment cannot be changed once recorded'); END
        """
    )


def downgrade() -> None:
    for name in (
        "audit_log_no_update",
        "audit_log_no_delete",
        "session_final_locked",
        "session_participants_final_locked_update",
        "session_participants_final_locked_insert",
        "session_goal_progress_final_locked_update",
        "session_goal_progress_final_locked_insert",
        "session_amendment_no_update",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
