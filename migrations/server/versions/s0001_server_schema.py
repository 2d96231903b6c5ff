"""The sync server's schema: organisations, accounts, devices, assignments, records and their
versions, the push log and the version counter.

Revision ID: s0001
Revises:
Create Date: 2026-11-29 14:28:38.481318
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    op.create_table(
        "record_versions",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "id", "version", name=op.f("pk_record_versions")),
    )
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("supervisor_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("scope_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], name=op.f("fk_accounts_organisation_id_organisations")
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"], ["accounts.id"], name=op.f("fk_accounts_supervisor_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("username", name=op.f("uq_accounts_username")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accounts_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_supervisor_id"), ["supervisor_id"], unique=False)

    op.create_table(
        "records",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("scope_client_id", sa.String(length=36), nullable=True),
        sa.Column("scope_supervisor_id", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("written_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], name=op.f("fk_records_organisation_id_organisations")
        ),
        sa.PrimaryKeyConstraint("table_name", "id", name=op.f("pk_records")),
        sa.UniqueConstraint("version", name=op.f("uq_records_version")),
    )
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.create_index("ix_records_org_version", ["organisation_id", "version"], unique=False)
        batch_op.create_index(batch_op.f("ix_records_scope_client_id"), ["scope_client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_records_scope_supervisor_id"), ["scope_supervisor_id"], unique=False
        )

    op.create_table(
        "assignments",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("coach_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["coach_id"], ["accounts.id"], name=op.f("fk_assignments_coach_id_accounts")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_assignments_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_assignments")),
    )
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignments_coach_id"), ["coach_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignments_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], name=op.f("fk_devices_account_id_accounts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_devices_token_hash")),
    )
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_devices_account_id"), ["account_id"], unique=False)

    op.create_table(
        "push_log",
        sa.Column("batch_id", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_push_log_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_push_log")),
    )


def downgrade() -> None:
    op.drop_table("push_log")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_devices_account_id"))

    op.drop_table("devices")
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignments_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_assignments_coach_id"))

    op.drop_table("assignments")
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_records_scope_supervisor_id"))
        batch_op.drop_index(batch_op.f("ix_records_scope_client_id"))
        batch_op.drop_index("ix_records_org_version")

    op.drop_table("records")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_supervisor_id"))
        batch_op.drop_index(batch_op.f("ix_accounts_organisation_id"))

    op.drop_table("accounts")
    op.drop_table("record_versions")
    op.drop_table("organisations")
    op.drop_table("counters")
