"""The central sync server (issue 5)."""
