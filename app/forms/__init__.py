"""Printable forms: definitions as data, snapshots, and the reportlab renderer. No Qt, no SQL."""
