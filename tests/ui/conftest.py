"""Fixtures and checks shared by the GUI tests.

* Qt runs on the ``offscreen`` platform (set before Qt is imported), so the tests need no display.
* Every Qt warning, critical or fatal message fails the test that caused it, except the few known
  harmless messages of the offscreen platform listed in :data:`IGNORED_QT_MESSAGES`. pytest-qt's own
  message capture is switched off for these tests (``no_qt_log``) because it would replace our handler
  while a test runs; ours reports the messages instead.
* ``assert_accessible`` checks that every interactive widget has an accessible name.
* ``caseload_workspace`` is a passphrase-protected workspace with an organisation, a signed-in coach
  and 250 clients, built once per test module.
* The translation catalogues are compiled once (as ``tools/dev.py`` set-up does) when missing or older
  than their sources, and every test starts and ends in Simplified Chinese (the default language).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
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
from app.ui import i18n

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
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
    (
        re.compile(r"This plugin does not support raise\(\)"),
        "offscreen platform: there is no window stack to raise a window in; printed when a window "
        "that is already open (e.g. the session form) is brought to the front",
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
# Languages


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues() -> None:
    """The .qm catalogues, compiled by the same function the set-up command uses."""
    spec = importlib.util.spec_from_file_location("coachdesk_dev_tool", REPO / "tools" / "dev.py")
    assert spec is not None and spec.loader is not None
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    dev.translations()


@pytest.fixture(autouse=True)
def default_language() -> Iterator[None]:
    """Each test runs in Simplified Chinese, whatever the test before it installed."""
    if i18n.language() != i18n.DEFAULT_LANGUAGE:
        i18n.install_language(i18n.DEFAULT_LANGUAGE)
    yield
    if i18n.language() != i18n.DEFAULT_LANGUAGE:
        i18n.install_language(i18n.DEFAULT_LANGUAGE)


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


# --------------------------------------------------------------------------------------------------
# A client with a bit of everything (on the ``workspace`` fixture of tests/conftest.py)


@dataclass(frozen=True)
class FileClient:
    """Ids of a client with consents, an assessment, two plans, sessions, a placement and more."""

    client_id: str
    goal_ids: tuple[str, ...]
    amended_id: str  # a final session record with one amendment
    final_id: str  # a final session record without amendments
    employer_id: str
    placement_id: str


@pytest.fixture
def file_client(workspace: Workspace, add_client: Callable[..., str]) -> FileClient:
    from datetime import time

    from app.domain.records import (
        AssessmentInput,
        CheckpointResultInput,
        ConsentInput,
        EmployerInput,
        GoalInput,
        GoalProgressInput,
        JobAnalysisInput,
        ParticipantInput,
        PlacementInput,
        PlanInput,
        SessionInput,
        build_credit_code,
    )

    ws = workspace
    cid = add_client(
        name="黄晓华", intake_date=date(2026, 1, 10), guardian_name="黄国强", guardian_relation="parent"
    )
    ws.clients.record_consent(
        ConsentInput(cid, "sensitive_processing", "client", "黄晓华", date(2026, 1, 10))
    )
    ws.clients.record_consent(
        ConsentInput(cid, "share_central", "guardian", "黄国强", date(2026, 1, 10), date(2026, 6, 30))
    )
    ws.clients.record_assessment(
        AssessmentInput(
            cid,
            date(2026, 1, 20),
            "rehab_therapist",
            (("physical", 4), ("cognitive", 3), ("social", 2)),
            assessor_name="李治疗师",
            strengths="守时、认真",
        )
    )
    ws.plans.create(
        PlanInput(
            cid,
            "清洁工",
            date(2026, 1, 25),
            date(2026, 12, 1),
            (GoalInput("熟悉社区环境", "能说出三个地点", "client", date(2026, 1, 25), date(2026, 3, 1)),),
        )
    )
    ws.plans.create(
        PlanInput(
            cid,
            "超市理货员",
            date(2026, 3, 1),
            date(2027, 2, 1),
            (
                GoalInput(
                    "独立乘坐公交车往返单位",
                    "连续两周独立往返",
                    "client",
                    date(2026, 3, 1),
                    date(2026, 12, 31),
                ),
                GoalInput(
                    "掌握理货核心流程", "主管评价达标", "coach", date(2026, 3, 1), date(2026, 10, 1), 60
                ),
                GoalInput(
                    "家人协助准备工作服", "每周一准备好", "family", date(2026, 3, 1), date(2026, 12, 31)
                ),
            ),
            hours_per_week_goal=30.0,
            wage_goal=2200,
        )
    )
    goal_ids = tuple(g for g, _d, _p in ws.plans.goals_of_client(cid))
    amended = ws.sessions.save_draft(
        SessionInput(
            cid,
            date(2026, 3, 2),
            time(9, 0),
            time(10, 30),
            "in_person",
            "on_site_coaching",
            "在岗观察服务对象完成理货流程。",
            travel_minutes=20,
            place="工作单位",
            participants=(
                ParticipantInput("client", "服务对象"),
                ParticipantInput("employer_staff", "王主管"),
            ),
            goals=(GoalProgressInput(goal_ids[0], 30, "能认站"),),
        )
    )
    ws.sessions.finalise(amended)
    ws.sessions.amend(amended, {"travel_minutes": 45}, "补记：按签到表更正")
    final = ws.sessions.save_draft(
        SessionInput(
            cid,
            date(2026, 4, 15),
            time(14, 0),
            time(15, 0),
            "phone",
            "employer_liaison",
            "与主管电话沟通适应情况。",
            participants=(ParticipantInput("employer_staff", "王主管"),),
        )
    )
    ws.sessions.finalise(final)
    employer = ws.employers.create(
        EmployerInput("东莞市华达商贸有限公司", build_credit_code("91441900MA4UABCDE"), "零售")
    )
    ws.employers.record_job_analysis(
        JobAnalysisInput(employer, date(2026, 3, 20), "理货员", cid, hours="9:00-17:00")
    )
    placement = ws.placements.record(
        PlacementInput(cid, employer, "理货员", date(2026, 4, 1), "quota", 30.0, 2300)
    )
    first_checkpoint = ws.placements.checkpoints(cid)[0][0]
    ws.placements.record_checkpoint(
        first_checkpoint, CheckpointResultInput(date(2026, 5, 3), True, True, 30.0, 2300, 4, 4)
    )
    return FileClient(cid, goal_ids, amended, final, employer, placement)
