"""Fixtures and checks shared by the GUI tests.

* Qt runs on the ``offscreen`` platform (set before Qt is imported), so the tests need no display.
* Every Qt warning, critical or fatal message fails the test that caused it, except the few known
  harmless messages of the offscreen platform listed in :data:`IGNORED_QT_MESSAGES`. pytest-qt's own
  message capture is switched off for these tests (``no_qt_log``) because it would replace our handler
  while a test runs; ours reports the messages instead.
* ``assert_accessible`` checks that every interactive widget has an accessible name.
* ``caseload_workspace`` is a passphrase-protected workspace with an organisation, a signed-in coach
  and 250 clients, built once per test module.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.bootstrap import open_workspace
from app.domain.identity import build_id_number
from app.domain.records import ClientInput, ClosureInput, DisabilityInput
from app.host.resources import reference_data
from app.services.people import UserInput
from app.services.workspace import Workspace

HERE = Path(__file__).resolve().parent
TEST_PASSPHRASE = "test-passphrase-1"

# --------------------------------------------------------------------------------------------------
# Qt messages fail tests

#: Qt messages that are not a problem of the code under test, each with the reason it is harmless.
IGNORED_QT_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"This plugin does not support propagateSizeHints\(\)"),
        "offscreen platform: there is no window manager to pass size hints to; printed when a "
        "top-level window is shown",
    ),
)

_FAILING_TYPES = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
_recorded: list[str] = []


def _ignored(message: str) -> bool:
    return any(pattern.search(message) for pattern, _reason in IGNORED_QT_MESSAGES)


def _qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    line = f"{mode.name} [{category}]: {message}"
    print(line, file=sys.stderr)  # keep Qt's output visible in pytest's captured stderr
    if mode in _FAILING_TYPES and not _ignored(message):
        _recorded.append(line)


qInstallMessageHandler(_qt_message_handler)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            # pytest-qt would install its own handler for each test (without chaining to ours).
            item.add_marker(pytest.mark.no_qt_log)


@pytest.fixture
def qt_messages() -> list[str]:
    """The failing Qt messages recorded so far in this test; a test that expects one clears it."""
    return _recorded


@pytest.fixture(autouse=True)
def fail_on_qt_messages() -> Iterator[None]:
    """Fail the test if Qt printed a warning, critical or fatal message during it (setup to teardown)."""
    _recorded.clear()
    yield
    if _recorded:
        messages = "\n".join(_recorded)
        _recorded.clear()
        pytest.fail(f"Qt printed warnings during the test:\n{messages}", pytrace=False)


# --------------------------------------------------------------------------------------------------
# Accessibility

#: Widget types a user interacts with; each must carry an accessible name.
INTERACTIVE_TYPES: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)


def _qt_internal(widget: QWidget, root: QWidget) -> bool:
    """Parts Qt exposes to assistive technology through their owner widget, which is checked instead:
    scroll bars, the header of an item view, the insides of combo boxes and spin boxes (popup list,
    line edit), and the menu bar's overflow button (the menu bar exposes its menus itself)."""
    if isinstance(widget, QScrollBar):
        return True
    if isinstance(widget.parentWidget(), QMenuBar):
        return True
    if isinstance(widget, QHeaderView) and isinstance(widget.parent(), QAbstractItemView):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_widgets(root: QWidget) -> list[str]:
    """Interactive widgets in ``root`` (itself included) without an accessible name."""
    widgets = [root, *root.findChildren(QWidget)]
    missing = []
    for widget in widgets:
        if not isinstance(widget, INTERACTIVE_TYPES) or _qt_internal(widget, root):
            continue
        name = widget.accessibleName().strip()
        interface = QAccessible.queryAccessibleInterface(widget)
        exposed = interface.text(QAccessible.Text.Name).strip() if interface is not None else name
        if not name or not exposed:
            missing.append(f"{type(widget).__name__} objectName={widget.objectName()!r}")
    return missing


def _assert_accessible(widget: QWidget) -> None:
    missing = unnamed_widgets(widget)
    assert not missing, "interactive widgets without an accessible name:\n" + "\n".join(missing)


@pytest.fixture
def assert_accessible() -> Callable[[QWidget], None]:
    """``assert_accessible(widget)``: every interactive widget in ``widget`` has an accessible name
    (set with ``setAccessibleName`` and exposed through Qt's accessibility interface)."""
    return _assert_accessible


# --------------------------------------------------------------------------------------------------
# A workspace with a caseload

SURNAMES = ("陈", "李", "张", "黄", "王")
GIVEN_NAMES = tuple(a + b for a in "志晓建国海" for b in "明华平伟芳强英军敏静")
CLIENT_COUNT = 250
CLOSED_EVERY = 10  # every tenth client's case is closed, for the status filter
INTAKE_START = date(2024, 1, 2)


@dataclass(frozen=True)
class CaseloadFixture:
    workspace: Workspace
    coach_name: str
    clients: list[ClientInput]  # in creation order
    ids: list[str]  # client ids, same order
    closed: set[str]  # ids of the closed cases


def client_input(i: int, coach_id: str) -> ClientInput:
    towns = list(reference_data().towns)
    birth = date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
    return ClientInput(
        name=SURNAMES[i % len(SURNAMES)] + GIVEN_NAMES[i // len(SURNAMES)],
        sex="male" if i % 2 else "female",  # odd sequence number: male
        birth_date=birth,
        id_number=build_id_number("441900", birth, i),
        disabilities=(DisabilityInput(category=5, level=3, is_primary=True),),
        intake_date=INTAKE_START + timedelta(days=i),
        town_code=towns[i % len(towns)],
        phone=f"1380000{i:04d}",
        assigned_coach_id=coach_id,
    )


@pytest.fixture(scope="module")
def caseload_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseloadFixture]:
    data_dir = tmp_path_factory.mktemp("caseload") / "data"
    ws = open_workspace(data_dir, passphrase=TEST_PASSPHRASE)
    try:
        org_id = ws.people.create_organisation("东莞市残疾人就业服务中心")
        coach_id = ws.people.create_user(org_id, UserInput("chen.coach", "陈辅导", "coach"))
        ws.people.sign_in(coach_id)
        inputs = [client_input(i, coach_id) for i in range(CLIENT_COUNT)]
        ids = [ws.clients.create(data) for data in inputs]
        closed = set()
        for i in range(0, CLIENT_COUNT, CLOSED_EVERY):
            closed_on = inputs[i].intake_date + timedelta(days=30)
            ws.clients.close(ClosureInput(client_id=ids[i], closed_on=closed_on, reason="declined"))
            closed.add(ids[i])
        yield CaseloadFixture(ws, "陈辅导", inputs, ids, closed)
    finally:
        ws.close()
