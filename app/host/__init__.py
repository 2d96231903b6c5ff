"""The host machine: paths, bundled resources, settings and the database key store."""
