"""Start-up: opening the profile (keychain, passphrase, errors), first run, and ``run_gui`` itself.

The flow is driven through a fake :class:`~app.ui.main.Prompter`; the dialogs have their own tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.bootstrap import open_workspace
from app.host.keystore import ENV_PASSPHRASE, KeyStore
from app.host.paths import database_path
from app.services.people import UserInput, UserRow
from app.services.workspace import Workspace
from app.storage.models import Organisation
from app.ui.dialogs import FirstRunData
from app.ui.main import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    WRONG_ENV_PASSPHRASE,
    WRONG_PASSPHRASE,
    StartupAborted,
    create_first_user,
    ensure_signed_in,
    open_profile,
    run_gui,
)
from app.ui.main_window import MainWindow

PASSPHRASE = "test-passphrase-1"
FIRST_RUN = FirstRunData("东莞市残疾人就业服务中心", "陈辅导", "chen", "coach")


@dataclass
class FakePrompter:
    """Answers the start-up questions from lists and records what was asked."""

    new_passphrases: list[str | None] = field(default_factory=list)
    passphrases: list[str | None] = field(default_factory=list)
    first_run_data: FirstRunData | None = None
    chosen_user: int | None = None
    calls: list[tuple[str, str | None]] = field(default_factory=list)

    def new_passphrase(self, detail: str) -> str | None:
        self.calls.append(("new_passphrase", detail))
        return self.new_passphrases.pop(0) if self.new_passphrases else None

    def passphrase(self, error: str | None) -> str | None:
        self.calls.append(("passphrase", error))
        return self.passphrases.pop(0) if self.passphrases else None

    def first_run(self, workspace: Workspace) -> bool:
        self.calls.append(("first_run", None))
        if self.first_run_data is None:
            return False
        return create_first_user(workspace, self.first_run_data) is None

    def choose_user(self, workspace: Workspace, users: list[UserRow]) -> bool:
        self.calls.append(("choose_user", ",".join(u.username for u in users)))
        if self.chosen_user is None:
            return False
        workspace.people.sign_in(users[self.chosen_user].id)
        return True

    def critical(self, title: str, text: str, detail: str) -> None:
        self.calls.append(("critical", detail))

    def asked(self) -> list[str]:
        return [name for name, _ in self.calls]


@pytest.fixture(autouse=True)
def no_keychain(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No usable keychain and no passphrase in the environment, whatever the machine has."""
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def existing_profile(data_dir: Path) -> Path:
    """A passphrase-protected profile with an organisation and a signed-in coach."""
    ws = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        assert create_first_user(ws, FIRST_RUN) is None
    finally:
        ws.close()
    return data_dir


def test_new_profile_without_keychain_asks_for_a_passphrase(data_dir: Path) -> None:
    prompter = FakePrompter(new_passphrases=[PASSPHRASE])
    ws = open_profile(data_dir, prompter)
    try:
        assert prompter.asked() == ["new_passphrase"]
        assert "keychain" in (prompter.calls[0][1] or "")
        assert KeyStore(data_dir).kind() == "passphrase"
        assert ws.actor is None
    finally:
        ws.close()
    # the passphrase really protects the key
    open_workspace(data_dir, passphrase=PASSPHRASE).close()


def test_new_profile_cancelled_leaves_nothing(data_dir: Path) -> None:
    prompter = FakePrompter(new_passphrases=[None])
    with pytest.raises(StartupAborted) as stop:
        open_profile(data_dir, prompter)
    assert stop.value.code == EXIT_CANCELLED
    assert not KeyStore(data_dir).exists()
    assert not database_path(data_dir).exists()


def test_passphrase_prompt_retries_after_a_wrong_one(existing_profile: Path) -> None:
    prompter = FakePrompter(passphrases=["not-the-passphrase", PASSPHRASE])
    ws = open_profile(existing_profile, prompter)
    try:
        assert prompter.calls == [("passphrase", None), ("passphrase", WRONG_PASSPHRASE)]
        assert ws.actor is not None
        assert ws.actor.display_name == "陈辅导"
    finally:
        ws.close()


def test_cancelling_the_passphrase_prompt_exits_1(existing_profile: Path) -> None:
    prompter = FakePrompter(passphrases=[None])
    with pytest.raises(StartupAborted) as stop:
        open_profile(existing_profile, prompter)
    assert stop.value.code == EXIT_CANCELLED


def test_environment_passphrase_is_used_first(
    existing_profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    prompter = FakePrompter()
    open_profile(existing_profile, prompter).close()
    assert prompter.calls == []


def test_wrong_environment_passphrase_prompts(
    existing_profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, "wrong-passphrase")
    prompter = FakePrompter(passphrases=[PASSPHRASE])
    open_profile(existing_profile, prompter).close()
    assert prompter.calls == [("passphrase", WRONG_ENV_PASSPHRASE)]


def test_key_store_error_is_shown_and_exits_2(data_dir: Path) -> None:
    data_dir.mkdir()
    database_path(data_dir).write_bytes(b"not a database")  # a database without its keystore.json
    prompter = FakePrompter()
    with pytest.raises(StartupAborted) as stop:
        open_profile(data_dir, prompter)
    assert stop.value.code == EXIT_FAILED
    assert prompter.asked() == ["critical"]
    assert "keystore_missing_for_database" in (prompter.calls[0][1] or "")


def test_storage_error_is_shown_and_exits_2(existing_profile: Path) -> None:
    database_path(existing_profile).write_bytes(b"\0" * 8192)  # damaged database file
    prompter = FakePrompter(passphrases=[PASSPHRASE])
    with pytest.raises(StartupAborted) as stop:
        open_profile(existing_profile, prompter)
    assert stop.value.code == EXIT_FAILED
    assert prompter.asked() == ["passphrase", "critical"]


def test_first_run_creates_organisation_and_user(data_dir: Path) -> None:
    ws = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        prompter = FakePrompter(first_run_data=FIRST_RUN)
        assert ensure_signed_in(ws, prompter)
        assert prompter.asked() == ["first_run"]
        assert ws.actor is not None
        assert (ws.actor.display_name, ws.actor.role) == ("陈辅导", "coach")
        assert [u.username for u in ws.people.users()] == ["chen"]
        # signed in for good: a second check asks nothing
        assert ensure_signed_in(ws, prompter)
        assert prompter.asked() == ["first_run"]
    finally:
        ws.close()


def test_first_run_error_keeps_nothing(data_dir: Path) -> None:
    ws = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        error = create_first_user(ws, FirstRunData("机构", "陈辅导", "chen", "no-such-role"))
        assert error
        assert ws.actor is None
        assert ws.people.users() == []
        with ws.ctx.uow.read() as s:
            assert s.scalar(select(func.count()).select_from(Organisation)) == 0
    finally:
        ws.close()


def test_profile_with_users_but_nobody_signed_in_chooses_a_user(data_dir: Path) -> None:
    ws = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        org = ws.people.create_organisation("机构")
        ws.people.create_user(org, UserInput("wang", "王督导", "supervisor"))
        prompter = FakePrompter(chosen_user=0)
        assert ensure_signed_in(ws, prompter)
        assert prompter.calls == [("choose_user", "wang")]
        assert ws.actor is not None
        assert ws.actor.display_name == "王督导"
    finally:
        ws.close()


def test_run_gui_opens_the_main_window(qtbot: QtBot, qapp: QApplication, data_dir: Path) -> None:
    prompter = FakePrompter(new_passphrases=[PASSPHRASE], first_run_data=FIRST_RUN)
    seen: list[MainWindow] = []

    def look_and_quit() -> None:
        seen.extend(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        qapp.quit()

    QTimer.singleShot(0, look_and_quit)
    assert run_gui(data_dir, ["coachdesk"], prompter=prompter) == EXIT_OK
    assert prompter.asked() == ["new_passphrase", "first_run"]
    assert len(seen) == 1
    assert seen[0].count_label.text() == "共 0 名服务对象"
    assert qapp.applicationName() == "CoachDesk"
    assert qapp.organizationName() == "CoachDesk"
    # the workspace was closed: the profile opens again, with the user signed in
    ws = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        assert ws.actor is not None
    finally:
        ws.close()


def test_run_gui_exit_codes(qapp: QApplication, data_dir: Path, existing_profile: Path) -> None:
    assert run_gui(data_dir, ["coachdesk"], prompter=FakePrompter(passphrases=[None])) == EXIT_CANCELLED
    database_path(data_dir).write_bytes(b"\0" * 8192)
    assert run_gui(data_dir, ["coachdesk"], prompter=FakePrompter(passphrases=[PASSPHRASE])) == EXIT_FAILED


def test_run_gui_first_run_cancelled_exits_1(qapp: QApplication, data_dir: Path) -> None:
    prompter = FakePrompter(new_passphrases=[PASSPHRASE])
    assert run_gui(data_dir, ["coachdesk"], prompter=prompter) == EXIT_CANCELLED
    assert prompter.asked() == ["new_passphrase", "first_run"]


def test_run_gui_starts_in_the_profiles_language(
    qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.host.settings import Settings
    from app.ui import i18n

    monkeypatch.delenv(i18n.ENV_LANGUAGE, raising=False)
    data_dir.mkdir(parents=True, exist_ok=True)
    Settings(data_dir).set("language", "en")  # chosen in the settings page last time
    prompter = FakePrompter(new_passphrases=[PASSPHRASE], first_run_data=FIRST_RUN)
    seen: list[str] = []

    def look_and_quit() -> None:
        seen.extend(
            w.count_label.text()
            for w in qapp.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()
        )
        qapp.quit()

    QTimer.singleShot(0, look_and_quit)
    assert run_gui(data_dir, ["coachdesk"], prompter=prompter) == EXIT_OK
    assert seen == ["0 clients"]
    assert i18n.language() == "en"
