"""Alembic environment for the local store.

Run only through ``app.storage.migrate`` which hands over an open, keyed connection in
``config.attributes["connection"]`` (the database is encrypted, so Alembic cannot open it by URL).
SQLite batch mode; one transaction per migration.
"""

from alembic import context

from app.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through app.storage.migrate, which supplies the keyed connection")


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Autogenerate never proposes dropping what the models do not declare: the derived search tables
    and partial indexes of migration 0003 are maintained by triggers, not by the ORM."""
    return not (reflected and compare_to is None)


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_object=include_object,
    render_as_batch=True,
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
