"""The settings page is generated from the declared settings; it writes only valid values."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from app.host.paths import configured_data_dir, resolve_data_dir
from app.host.settings import SETTINGS, Settings
from app.ui.settings_dialog import DESCRIPTIONS, LABELS, SettingsDialog


@pytest.fixture
def dialog(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SettingsDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # never the real user config
    monkeypatch.delenv("COACHDESK_DATA_DIR", raising=False)
    data = tmp_path / "data"
    data.mkdir()
    d = SettingsDialog(Settings(data), data)
    qtbot.addWidget(d)
    return d


def test_one_editor_per_declared_setting(
    dialog: SettingsDialog, assert_accessible: Callable[[QWidget], None]
) -> None:
    assert set(dialog.editors) == {s.key for s in SETTINGS}
    assert isinstance(dialog.editors["language"], QComboBox)
    assert isinstance(dialog.editors["zoom_percent"], QSpinBox)
    assert isinstance(dialog.editors["retention_schedule_days"], QLineEdit)
    for spec in SETTINGS:  # the declared description, translated, is the accessible description
        assert spec.key in DESCRIPTIONS and spec.key in LABELS
        assert dialog.editors[spec.key].accessibleDescription() == DESCRIPTIONS[spec.key]
        assert dialog.editors[spec.key].toolTip() == DESCRIPTIONS[spec.key]
    dialog.show()
    assert_accessible(dialog)


def test_valid_values_are_saved_together(dialog: SettingsDialog, tmp_path: Path) -> None:
    schedule = dialog.editors["retention_schedule_days"]
    assert isinstance(schedule, QLineEdit)
    schedule.setText("30，90, 180, 365")  # a full-width comma, as a Chinese keyboard types it
    no_contact = dialog.editors["no_contact_days"]
    assert isinstance(no_contact, QSpinBox)
    no_contact.setValue(21)
    dialog.default_dir.setText(str(tmp_path / "elsewhere"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = json.loads((tmp_path / "data" / "settings.json").read_text(encoding="utf-8"))
    assert stored["retention_schedule_days"] == [30, 90, 180, 365]
    assert stored["no_contact_days"] == 21
    assert configured_data_dir() == tmp_path / "elsewhere"
    assert resolve_data_dir() == tmp_path / "elsewhere"


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("retention_schedule_days", "30, 九十", "逗号分隔的天数"),
        ("retention_schedule_days", "0, 90", "“就业跟踪回访节点（天，逗号分隔）”的值无效"),
        ("organisation_name", "  ", "机构名称"),
        ("organisation_logo", "/no/such/logo.png", "机构标志"),
    ],
)
def test_an_invalid_value_writes_nothing(
    dialog: SettingsDialog, tmp_path: Path, key: str, text: str, message: str
) -> None:
    editor = dialog.editors[key]
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    dialog.save()
    assert message in dialog.error.text()
    assert not (tmp_path / "data" / "settings.json").exists()
    assert configured_data_dir() is None


def test_the_language_combo_names_each_language_in_itself(dialog: SettingsDialog) -> None:
    combo = dialog.editors["language"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["简体中文", "繁體中文", "English"]
    assert combo.currentData() == "zh_CN"
    assert dialog.restart_note.isHidden()


def test_choosing_another_language_says_it_applies_after_a_restart(
    dialog: SettingsDialog, tmp_path: Path
) -> None:
    combo = dialog.editors["language"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("en"))
    assert not dialog.restart_note.isHidden()
    # in the current language, and in the chosen one (from its catalogue)
    assert dialog.restart_note.text() == (
        "界面语言将在重新启动 CoachDesk 后生效。\nThe new language applies when CoachDesk is restarted."
    )
    combo.setCurrentIndex(combo.findData("zh_TW"))
    assert dialog.restart_note.text().splitlines() == [
        "界面语言将在重新启动 CoachDesk 后生效。",
        "介面語言將在重新啟動 CoachDesk 後生效。",
    ]
    combo.setCurrentIndex(combo.findData("zh_CN"))  # the language in use: nothing to say
    assert dialog.restart_note.isHidden()
    combo.setCurrentIndex(combo.findData("en"))
    dialog.save()
    stored = json.loads((tmp_path / "data" / "settings.json").read_text(encoding="utf-8"))
    assert stored["language"] == "en"
