"""The encrypted local store: engine and pragmas, tables, migrations, storage errors."""
