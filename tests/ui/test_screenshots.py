"""The screenshots command renders every main screen of a real profile into PNG files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.bootstrap import open_workspace
from app.services.demo import DemoBuilder

REPO = Path(__file__).resolve().parents[2]


def test_screenshots_command_renders_the_main_screens(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ws = open_workspace(data, passphrase="test-passphrase-1")
    DemoBuilder(ws, months=4).build(8)
    ws.close()
    env = dict(
        os.environ,
        COACHDESK_PASSPHRASE="test-passphrase-1",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO),
    )
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(data),
            "screenshots",
            "--out",
            str(tmp_path / "shots"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    files = sorted((tmp_path / "shots").glob("*.png"))
    names = {f.name.split("-", 1)[1] for f in files}
    for screen in (
        "main-window.png",
        "client-file-1.png",
        "client-file-7.png",
        "session-form.png",
        "session-final.png",
        "forms-dialog.png",
        "form-preview.png",
        "dashboard.png",
        "settings.png",
    ):
        assert screen in names, (screen, sorted(names))
    assert all(f.stat().st_size > 5_000 for f in files)  # real pictures, not empty grabs
    assert [str(f) for f in files] == result.stdout.split()


def test_every_screen_names_its_interactive_widgets(tmp_path: Path, qtbot, assert_accessible) -> None:  # type: ignore[no-untyped-def]
    """Walk every main screen (the same walk as the screenshots command) and check accessible names."""
    from app.ui.screenshots import take_screenshots

    ws = open_workspace(tmp_path / "data", passphrase="test-passphrase-1")
    DemoBuilder(ws, months=4).build(6)
    seen: list[str] = []

    def inspect(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        assert_accessible(widget)
        seen.append(name)

    try:
        take_screenshots(ws, tmp_path / "shots", inspect=inspect)
    finally:
        ws.close()
    assert {"main-window", "session-form", "forms-dialog", "dashboard", "settings"} <= set(seen)
    assert sum(name.startswith("client-file-") for name in seen) == 7
