"""Use cases: the only API the GUI and the CLI call. Each runs in one transaction and audits itself."""
