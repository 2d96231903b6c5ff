"""Settings, declared once with type, default and description, stored as JSON in the data directory.

Every setting the product has is one :class:`Setting` in :data:`SETTINGS`; the GUI's settings page and
``coachdesk settings`` are generated from that list, so a new setting needs no screen code. Values are
checked on load and on change: a bad value in the file is reported, not silently replaced.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    key: str
    type: type
    default: Any
    description: str
    check: Callable[[Any], bool] = lambda _v: True
    choices: tuple[Any, ...] = ()


def _positive_days(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(d, int) and 0 < d <= 3650 for d in v)


SETTINGS: tuple[Setting, ...] = (
    Setting("organisation_name", str, "东莞市残疾人就业辅导服务中心", "Organisation name printed on forms"),
    Setting("organisation_logo", str, "", "Path of the organisation logo image used on forms (PNG/JPEG)"),
    Setting("language", str, "zh_CN", "Language of the user interface", choices=("zh_CN", "zh_TW", "en")),
    Setting("zoom_percent", int, 100, "In-app zoom of the user interface", check=lambda v: 50 <= v <= 300),
    Setting(
        "sync_interval_minutes",
        int,
        10,
        "Sync with the server automatically this often while signed in (0 = only when asked)",
        check=lambda v: 0 <= v <= 1440,
    ),
    Setting(
        "retention_schedule_days",
        list,
        [30, 90, 180],
        "Retention checkpoints after a placement starts, in days (some organisations add 365)",
        check=_positive_days,
    ),
    Setting(
        "no_contact_days",
        int,
        30,
        "Flag a client with no session for this many days",
        check=lambda v: 1 <= v <= 365,
    ),
    Setting(
        "plan_due_days",
        int,
        30,
        "An employment plan is due this many days after intake",
        check=lambda v: v > 0,
    ),
    Setting(
        "assessment_due_days",
        int,
        30,
        "An assessment is due this many days after intake",
        check=lambda v: v > 0,
    ),
    Setting(
        "supervision_interval_days",
        int,
        31,
        "Supervision is overdue when a coach had none for this many days",
        check=lambda v: 7 <= v <= 120,
    ),
)
BY_KEY: Mapping[str, Setting] = {s.key: s for s in SETTINGS}


class SettingsError(ValueError):
    """A setting value that is unknown, of the wrong type or out of range."""


def _validate(key: str, value: Any) -> Any:
    spec = BY_KEY.get(key)
    if spec is None:
        raise SettingsError(f"unknown setting {key!r}")
    if (spec.type is int and isinstance(value, bool)) or not isinstance(value, spec.type):
        raise SettingsError(f"setting {key!r} must be of type {spec.type.__name__}")
    if spec.choices and value not in spec.choices:
        raise SettingsError(f"setting {key!r} must be one of {', '.join(map(str, spec.choices))}")
    if not spec.check(value):
        raise SettingsError(f"setting {key!r} has an invalid value: {spec.description}")
    return value


class Settings:
    """The settings of one data directory (``settings.json``), with declared defaults."""

    FILE = "settings.json"

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / self.FILE
        self._values: dict[str, Any] = {}
        if self.path.exists():
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise SettingsError(f"{self.path.name} cannot be read: {exc}") from exc
            if not isinstance(raw, dict):
                raise SettingsError(f"{self.path.name} must hold a JSON object")
            for key, value in raw.items():
                self._values[key] = _validate(key, value)

    def get(self, key: str) -> Any:
        if key in self._values:
            return self._values[key]
        spec = BY_KEY.get(key)
        if spec is None:
            raise SettingsError(f"unknown setting {key!r}")
        default = spec.default
        return list(default) if isinstance(default, list) else default

    def __getitem__(self, key: str) -> Any:
        return self.get(key)

    @staticmethod
    def validate(key: str, value: Any) -> Any:
        """Check a value against its declaration (SettingsError names what is wrong)."""
        return _validate(key, value)

    def set(self, key: str, value: Any) -> None:
        """Validate, then write the file atomically."""
        self.update({key: value})

    def update(self, values: dict[str, Any]) -> None:
        """Validate every value first, then write them all at once (a bad one writes nothing)."""
        checked = {key: _validate(key, value) for key, value in values.items()}
        self._values.update(checked)
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(self._values, f, ensure_ascii=False, indent=2, sort_keys=True)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    def as_dict(self) -> dict[str, Any]:
        return {s.key: self.get(s.key) for s in SETTINGS}
