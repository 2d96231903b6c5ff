"""The scriptable command line (headless work)."""
