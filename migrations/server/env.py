"""Alembic environment of the sync server's database (SQLite or PostgreSQL).

Run through ``app.server.db.upgrade``, which hands over an open connection in
``config.attributes["connection"]``.
"""

from alembic import context

from app.server.models import ServerBase

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run server migrations through app.server.db.upgrade")

context.configure(
    connection=connection,
    target_metadata=ServerBase.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
