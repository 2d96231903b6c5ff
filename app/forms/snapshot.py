"""The immutable data a form prints, with the records it came from and a hash that pins both.

A snapshot's ``data`` is a JSON-like tree of display strings (already masked, already translated);
``records`` lists every stored record whose content went into it, each with a *version* — a short
digest of that record's content — so that a later check can say which record changed. The content
hash covers the form code and version, the subject, the data and the record versions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

MANIFEST_KEY = "/CoachDeskManifest"


def canonical_json(value: Any) -> str:
    """Stable JSON (sorted keys, no spaces, dates as ISO text) for hashing."""

    def default(v: Any) -> Any:
        if isinstance(v, (date, datetime, time)):
            return v.isoformat()
        raise TypeError(f"cannot hash a {type(v).__name__}")

    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=default)


def record_version(content: Mapping[str, Any]) -> str:
    """The version of a stored record: a digest of its content columns (not its sync bookkeeping)."""
    return hashlib.sha256(canonical_json(dict(content)).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True, order=True)
class RecordRef:
    """A stored record printed on a form: table, id and content version."""

    table: str
    id: str
    version: str


@dataclass(frozen=True)
class FormSnapshot:
    """Everything one rendering of a form depends on."""

    form_code: str
    form_version: str
    subject: str
    subject_key: str  # e.g. a client id, or "coach-id/2026-10"
    title: str
    as_of: datetime  # the latest change among the records printed (so the same records give the same PDF)
    data: Mapping[str, Any]
    records: tuple[RecordRef, ...] = field(default=())

    @property
    def content_hash(self) -> str:
        payload = {
            "form": [self.form_code, self.form_version],
            "subject": [self.subject, self.subject_key],
            "data": self.data,
            "records": [[r.table, r.id, r.version] for r in sorted(self.records)],
        }
        return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()

    def manifest(self) -> dict[str, Any]:
        """What the PDF carries to be verified later (in its metadata and, shortened, in its QR code)."""
        return {
            "app": "CoachDesk",
            "form": self.form_code,
            "version": self.form_version,
            "subject": self.subject,
            "key": self.subject_key,
            "as_of": self.as_of.isoformat(timespec="seconds"),
            "sha256": self.content_hash,
            "numbers": self.data.get("numbers", "masked"),
            "records": [[r.table, r.id, r.version] for r in sorted(self.records)],
        }

    def qr_payload(self) -> str:
        m = self.manifest()
        short = {k: m[k] for k in ("form", "version", "subject", "key", "as_of", "sha256")}
        short["records"] = len(self.records)
        return canonical_json(short)


def lookup(data: Mapping[str, Any], path: str) -> Any:
    """Follow a dotted binding (``client.name``) into snapshot data; a missing step gives ``None``."""
    value: Any = data
    for part in path.split("."):
        if isinstance(value, Mapping):
            value = value.get(part)
        else:
            return None
    return value
