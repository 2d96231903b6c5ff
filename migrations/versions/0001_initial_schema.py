"""Initial schema: the case data model (DOMAIN.md §2), every syncable table with its sync columns.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 11:53:42.372675
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("id", name=op.f("uq_audit_log_id")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "local_settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_settings")),
    )
    op.create_table(
        "organisations",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_dirty"), ["dirty"], unique=False)

    op.create_table(
        "employers",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("credit_code", sa.String(length=18), nullable=False),
        sa.Column("sector", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("town_code", sa.String(length=12), nullable=True),
        sa.Column("quota_status", sa.String(length=20), nullable=False),
        sa.Column("vacancies", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], name=op.f("fk_employers_organisation_id_organisations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employers")),
    )
    with op.batch_alter_table("employers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employers_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_employers_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_employers_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "users",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("staff_role", sa.String(length=30), nullable=False),
        sa.Column("qualification", sa.String(length=200), nullable=False),
        sa.Column("supervisor_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], name=op.f("fk_users_organisation_id_organisations")
        ),
        sa.ForeignKeyConstraint(["supervisor_id"], ["users.id"], name=op.f("fk_users_supervisor_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_users_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_users_supervisor_id"), ["supervisor_id"], unique=False)

    op.create_table(
        "clients",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("certificate_number", sa.String(length=22), nullable=True),
        sa.Column("town_code", sa.String(length=12), nullable=True),
        sa.Column("village", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("household", sa.String(length=20), nullable=True),
        sa.Column("education", sa.String(length=20), nullable=True),
        sa.Column("work_history", sa.Text(), nullable=False),
        sa.Column("benefits", sa.Text(), nullable=False),
        sa.Column("referral_source", sa.String(length=20), nullable=True),
        sa.Column("referral_note", sa.String(length=300), nullable=False),
        sa.Column("guardian_name", sa.String(length=100), nullable=False),
        sa.Column("guardian_relation", sa.String(length=20), nullable=True),
        sa.Column("guardian_phone", sa.String(length=20), nullable=False),
        sa.Column("assigned_coach_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("intake_date", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_coach_id"], ["users.id"], name=op.f("fk_clients_assigned_coach_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], name=op.f("fk_clients_organisation_id_organisations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clients_assigned_coach_id"), ["assigned_coach_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_id_number"), ["id_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_town_code"), ["town_code"], unique=False)

    op.create_table(
        "employer_contacts",
        sa.Column("employer_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employers.id"], name=op.f("fk_employer_contacts_employer_id_employers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_contacts")),
    )
    with op.batch_alter_table("employer_contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employer_contacts_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_employer_contacts_employer_id"), ["employer_id"], unique=False)

    op.create_table(
        "supervision_records",
        sa.Column("record_no", sa.String(length=40), nullable=False),
        sa.Column("supervisor_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("supervisor_qualification", sa.String(length=200), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("questions", sa.Text(), nullable=False),
        sa.Column("opinions", sa.Text(), nullable=False),
        sa.Column("files_checked", sa.Integer(), nullable=False),
        sa.Column("files_passing", sa.Integer(), nullable=False),
        sa.Column("problems_found", sa.Text(), nullable=False),
        sa.Column("previous_actions_status", sa.Text(), nullable=False),
        sa.Column("reflections_coach", sa.Text(), nullable=False),
        sa.Column("reflections_supervisor", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["supervisor_id"], ["users.id"], name=op.f("fk_supervision_records_supervisor_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_records")),
    )
    with op.batch_alter_table("supervision_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_records_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervision_records_held_on"), ["held_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_supervision_records_supervisor_id"), ["supervisor_id"], unique=False
        )

    op.create_table(
        "assessments",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessor_id", sa.String(length=36), nullable=True),
        sa.Column("assessor_name", sa.String(length=100), nullable=False),
        sa.Column("assessor_role", sa.String(length=30), nullable=False),
        sa.Column("tool", sa.String(length=200), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("interests", sa.Text(), nullable=False),
        sa.Column("supports_needed", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["assessor_id"], ["users.id"], name=op.f("fk_assessments_assessor_id_users")),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], name=op.f("fk_assessments_client_id_clients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessments_assessor_id"), ["assessor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessments_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessments_dirty"), ["dirty"], unique=False)

    op.create_table(
        "closures",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("onward_referral", sa.String(length=300), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], name=op.f("fk_closures_client_id_clients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closures")),
    )
    with op.batch_alter_table("closures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closures_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_closures_dirty"), ["dirty"], unique=False)

    op.create_table(
        "consents",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("signed_by", sa.String(length=20), nullable=False),
        sa.Column("signer_name", sa.String(length=100), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], name=op.f("fk_consents_client_id_clients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consents_dirty"), ["dirty"], unique=False)

    op.create_table(
        "disabilities",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_disabilities_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disabilities")),
    )
    with op.batch_alter_table("disabilities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disabilities_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_disabilities_dirty"), ["dirty"], unique=False)

    op.create_table(
        "employer_contact_log",
        sa.Column("employer_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("coach_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("contact_date", sa.Date(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_employer_contact_log_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["coach_id"], ["users.id"], name=op.f("fk_employer_contact_log_coach_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["employer_contacts.id"],
            name=op.f("fk_employer_contact_log_contact_id_employer_contacts"),
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employers.id"], name=op.f("fk_employer_contact_log_employer_id_employers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_contact_log")),
    )
    with op.batch_alter_table("employer_contact_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employer_contact_log_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_employer_contact_log_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_employer_contact_log_employer_id"), ["employer_id"], unique=False
        )

    op.create_table(
        "employment_plans",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("job_goal", sa.String(length=300), nullable=False),
        sa.Column("hours_per_week_goal", sa.Double(), nullable=True),
        sa.Column("wage_goal", sa.Integer(), nullable=True),
        sa.Column("barriers", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=False),
        sa.Column("review_interval_days", sa.Integer(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_employment_plans_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employment_plans")),
    )
    with op.batch_alter_table("employment_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employment_plans_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_employment_plans_dirty"), ["dirty"], unique=False)

    op.create_table(
        "job_analyses",
        sa.Column("employer_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("analysed_on", sa.Date(), nullable=False),
        sa.Column("job_title", sa.String(length=200), nullable=False),
        sa.Column("site", sa.String(length=300), nullable=False),
        sa.Column("supervisor_name", sa.String(length=100), nullable=False),
        sa.Column("hours", sa.String(length=200), nullable=False),
        sa.Column("pay", sa.String(length=200), nullable=False),
        sa.Column("breaks", sa.String(length=200), nullable=False),
        sa.Column("environment", sa.Text(), nullable=False),
        sa.Column("culture", sa.Text(), nullable=False),
        sa.Column("core_tasks", sa.Text(), nullable=False),
        sa.Column("occasional_tasks", sa.Text(), nullable=False),
        sa.Column("task_steps", sa.Text(), nullable=False),
        sa.Column("accommodations", sa.Text(), nullable=False),
        sa.Column("natural_supports", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_job_analyses_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employers.id"], name=op.f("fk_job_analyses_employer_id_employers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_analyses")),
    )
    with op.batch_alter_table("job_analyses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_job_analyses_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_job_analyses_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_job_analyses_employer_id"), ["employer_id"], unique=False)

    op.create_table(
        "placements",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("employer_id", sa.String(length=36), nullable=False),
        sa.Column("post", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("employment_form", sa.String(length=30), nullable=False),
        sa.Column("supported_employment", sa.Boolean(), nullable=False),
        sa.Column("contract_type", sa.String(length=20), nullable=True),
        sa.Column("hours_per_week", sa.Double(), nullable=False),
        sa.Column("monthly_wage", sa.Integer(), nullable=False),
        sa.Column("social_insurance", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], name=op.f("fk_placements_client_id_clients")),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employers.id"], name=op.f("fk_placements_employer_id_employers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
    )
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placements_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placements_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_placements_employer_id"), ["employer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placements_start_date"), ["start_date"], unique=False)

    op.create_table(
        "session_records",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("travel_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("session_type", sa.String(length=30), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("fading_percent", sa.Integer(), nullable=True),
        sa.Column("natural_supports", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("next_steps_due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_session_records_author_id_users")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_session_records_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_records")),
    )
    with op.batch_alter_table("session_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_records_author_id"), ["author_id"], unique=False)
        batch_op.create_index("ix_session_records_client_date", ["client_id", "session_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_records_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_records_session_date"), ["session_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_records_status"), ["status"], unique=False)

    op.create_table(
        "supervision_actions",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=100), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["supervision_records.id"],
            name=op.f("fk_supervision_actions_record_id_supervision_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_actions")),
    )
    with op.batch_alter_table("supervision_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_actions_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervision_actions_record_id"), ["record_id"], unique=False)

    op.create_table(
        "supervision_cases",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_supervision_cases_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["supervision_records.id"],
            name=op.f("fk_supervision_cases_record_id_supervision_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_cases")),
    )
    with op.batch_alter_table("supervision_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_cases_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervision_cases_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervision_cases_record_id"), ["record_id"], unique=False)

    op.create_table(
        "supervision_supervisees",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["supervision_records.id"],
            name=op.f("fk_supervision_supervisees_record_id_supervision_records"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_supervision_supervisees_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_supervisees")),
    )
    with op.batch_alter_table("supervision_supervisees", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_supervisees_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervision_supervisees_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervision_supervisees_user_id"), ["user_id"], unique=False)

    op.create_table(
        "assessment_ratings",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("domain", sa.String(length=30), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_assessment_ratings_assessment_id_assessments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_ratings")),
    )
    with op.batch_alter_table("assessment_ratings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_ratings_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assessment_ratings_dirty"), ["dirty"], unique=False)

    op.create_table(
        "plan_goals",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("success_criteria", sa.Text(), nullable=False),
        sa.Column("responsible_party", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["employment_plans.id"], name=op.f("fk_plan_goals_plan_id_employment_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_goals")),
    )
    with op.batch_alter_table("plan_goals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_goals_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_goals_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "retention_checkpoints",
        sa.Column("placement_id", sa.String(length=36), nullable=False),
        sa.Column("day_offset", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("still_employed", sa.Boolean(), nullable=True),
        sa.Column("same_employer", sa.Boolean(), nullable=True),
        sa.Column("hours_per_week", sa.Double(), nullable=True),
        sa.Column("monthly_wage", sa.Integer(), nullable=True),
        sa.Column("client_satisfaction", sa.Integer(), nullable=True),
        sa.Column("employer_satisfaction", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placements.id"], name=op.f("fk_retention_checkpoints_placement_id_placements")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_checkpoints")),
    )
    with op.batch_alter_table("retention_checkpoints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_retention_checkpoints_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_retention_checkpoints_due_date"), ["due_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_retention_checkpoints_placement_id"), ["placement_id"], unique=False
        )

    op.create_table(
        "session_amendments",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_session_amendments_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session_records.id"],
            name=op.f("fk_session_amendments_session_id_session_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_amendments")),
    )
    with op.batch_alter_table("session_amendments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_amendments_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_amendments_session_id"), ["session_id"], unique=False)

    op.create_table(
        "session_participants",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session_records.id"],
            name=op.f("fk_session_participants_session_id_session_records"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_session_participants_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_participants")),
    )
    with op.batch_alter_table("session_participants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_participants_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_participants_session_id"), ["session_id"], unique=False)

    op.create_table(
        "session_goal_progress",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["plan_goals.id"], name=op.f("fk_session_goal_progress_goal_id_plan_goals")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session_records.id"],
            name=op.f("fk_session_goal_progress_session_id_session_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_goal_progress")),
    )
    with op.batch_alter_table("session_goal_progress", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_goal_progress_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_goal_progress_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_goal_progress_session_id"), ["session_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("session_goal_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_goal_progress_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_goal_progress_goal_id"))
        batch_op.drop_index(batch_op.f("ix_session_goal_progress_dirty"))

    op.drop_table("session_goal_progress")
    with op.batch_alter_table("session_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_participants_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_participants_dirty"))

    op.drop_table("session_participants")
    with op.batch_alter_table("session_amendments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_amendments_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_amendments_dirty"))

    op.drop_table("session_amendments")
    with op.batch_alter_table("retention_checkpoints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retention_checkpoints_placement_id"))
        batch_op.drop_index(batch_op.f("ix_retention_checkpoints_due_date"))
        batch_op.drop_index(batch_op.f("ix_retention_checkpoints_dirty"))

    op.drop_table("retention_checkpoints")
    with op.batch_alter_table("plan_goals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_goals_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_goals_dirty"))

    op.drop_table("plan_goals")
    with op.batch_alter_table("assessment_ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_ratings_dirty"))
        batch_op.drop_index(batch_op.f("ix_assessment_ratings_assessment_id"))

    op.drop_table("assessment_ratings")
    with op.batch_alter_table("supervision_supervisees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_supervisees_user_id"))
        batch_op.drop_index(batch_op.f("ix_supervision_supervisees_record_id"))
        batch_op.drop_index(batch_op.f("ix_supervision_supervisees_dirty"))

    op.drop_table("supervision_supervisees")
    with op.batch_alter_table("supervision_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_cases_record_id"))
        batch_op.drop_index(batch_op.f("ix_supervision_cases_dirty"))
        batch_op.drop_index(batch_op.f("ix_supervision_cases_client_id"))

    op.drop_table("supervision_cases")
    with op.batch_alter_table("supervision_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_actions_record_id"))
        batch_op.drop_index(batch_op.f("ix_supervision_actions_dirty"))

    op.drop_table("supervision_actions")
    with op.batch_alter_table("session_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_records_status"))
        batch_op.drop_index(batch_op.f("ix_session_records_session_date"))
        batch_op.drop_index(batch_op.f("ix_session_records_dirty"))
        batch_op.drop_index("ix_session_records_client_date")
        batch_op.drop_index(batch_op.f("ix_session_records_author_id"))

    op.drop_table("session_records")
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placements_start_date"))
        batch_op.drop_index(batch_op.f("ix_placements_employer_id"))
        batch_op.drop_index(batch_op.f("ix_placements_dirty"))
        batch_op.drop_index(batch_op.f("ix_placements_client_id"))

    op.drop_table("placements")
    with op.batch_alter_table("job_analyses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_job_analyses_employer_id"))
        batch_op.drop_index(batch_op.f("ix_job_analyses_dirty"))
        batch_op.drop_index(batch_op.f("ix_job_analyses_client_id"))

    op.drop_table("job_analyses")
    with op.batch_alter_table("employment_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employment_plans_dirty"))
        batch_op.drop_index(batch_op.f("ix_employment_plans_client_id"))

    op.drop_table("employment_plans")
    with op.batch_alter_table("employer_contact_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employer_contact_log_employer_id"))
        batch_op.drop_index(batch_op.f("ix_employer_contact_log_dirty"))
        batch_op.drop_index(batch_op.f("ix_employer_contact_log_client_id"))

    op.drop_table("employer_contact_log")
    with op.batch_alter_table("disabilities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disabilities_dirty"))
        batch_op.drop_index(batch_op.f("ix_disabilities_client_id"))

    op.drop_table("disabilities")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_dirty"))
        batch_op.drop_index(batch_op.f("ix_consents_client_id"))

    op.drop_table("consents")
    with op.batch_alter_table("closures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closures_dirty"))
        batch_op.drop_index(batch_op.f("ix_closures_client_id"))

    op.drop_table("closures")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessments_dirty"))
        batch_op.drop_index(batch_op.f("ix_assessments_client_id"))
        batch_op.drop_index(batch_op.f("ix_assessments_assessor_id"))

    op.drop_table("assessments")
    with op.batch_alter_table("supervision_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_records_supervisor_id"))
        batch_op.drop_index(batch_op.f("ix_supervision_records_held_on"))
        batch_op.drop_index(batch_op.f("ix_supervision_records_dirty"))

    op.drop_table("supervision_records")
    with op.batch_alter_table("employer_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employer_contacts_employer_id"))
        batch_op.drop_index(batch_op.f("ix_employer_contacts_dirty"))

    op.drop_table("employer_contacts")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_town_code"))
        batch_op.drop_index(batch_op.f("ix_clients_status"))
        batch_op.drop_index(batch_op.f("ix_clients_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_clients_id_number"))
        batch_op.drop_index(batch_op.f("ix_clients_dirty"))
        batch_op.drop_index(batch_op.f("ix_clients_assigned_coach_id"))

    op.drop_table("clients")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_supervisor_id"))
        batch_op.drop_index(batch_op.f("ix_users_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_users_dirty"))

    op.drop_table("users")
    with op.batch_alter_table("employers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employers_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_employers_name"))
        batch_op.drop_index(batch_op.f("ix_employers_dirty"))

    op.drop_table("employers")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_dirty"))

    op.drop_table("organisations")
    op.drop_table("local_settings")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_action"))

    op.drop_table("audit_log")
