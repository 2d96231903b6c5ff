"""Sync bookkeeping: conflicts (synced from the server), the pull inbox, and per-row push errors.

``sync_conflicts`` is a synced table like the others (the server writes it, a person resolves it).
``sync_inbox`` holds pulled rows until a pull is complete; ``sync_row_state`` the rows the server
refused at the last push, with the reason.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _syncable() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "sync_conflicts",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("base_value", sa.Text(), nullable=True),
        sa.Column("server_value", sa.Text(), nullable=True),
        sa.Column("client_value", sa.Text(), nullable=True),
        sa.Column("client_user_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("resolved_by", sa.String(length=36), nullable=True),
        *_syncable(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.create_index(batch.f("ix_sync_conflicts_row_id"), ["row_id"])
        batch.create_index(batch.f("ix_sync_conflicts_status"), ["status"])
        batch.create_index(batch.f("ix_sync_conflicts_dirty"), ["dirty"])
    op.create_table(
        "sync_inbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_inbox")),
    )
    op.create_index("ix_sync_inbox_table_seq", "sync_inbox", ["table_name", "seq"])
    op.create_table(
        "sync_row_state",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_row_state")),
    )


def downgrade() -> None:
    op.drop_table("sync_row_state")
    op.drop_table("sync_inbox")
    op.drop_table("sync_conflicts")
