"""The GUI's languages: the Qt Linguist sources are complete and keep their placeholders; with English
installed no screen shows Chinese except data; Traditional Chinese is Traditional; switching back
restores Chinese; the language setting (or ``COACHDESK_LANGUAGE``) is installed at start-up, and a
missing catalogue is told; dates and numbers follow the language. (``run_gui`` starting in the
profile's language is tested with the other ``run_gui`` tests, in test_startup.py.)
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.host.resources import reference_data
from app.host.settings import Settings
from app.services.due import DueItem
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.due_panel import content, when
from app.ui.main import apply_language, show_language_notice
from app.ui.session_form import session_templates

REPO = Path(__file__).resolve().parents[2]
CATALOGUES = REPO / "resources" / "i18n"
#: Chinese characters and Chinese punctuation (、。「」（），：…); “ ” are shared with English.
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
MNEMONIC = re.compile(r"&(?!&|[a-zA-Z]+;|#\d+;)\S")


def has_mnemonic(text: str) -> bool:
    """Whether ``text`` has an ``&`` mnemonic (not ``&&``, not an HTML entity)."""
    return bool(MNEMONIC.search(text.replace("&&", "")))


# --------------------------------------------------------------------------------------------------
# The .ts sources


@dataclass(frozen=True)
class Message:
    source: str
    disambiguation: str | None
    numerus: bool
    finished: bool
    forms: tuple[str, ...]


def ts_messages(code: str) -> list[Message]:
    root = ET.parse(CATALOGUES / f"coachdesk_{code}.ts").getroot()
    assert root.get("sourcelanguage") == "zh_CN" and root.get("language") == code
    out = []
    for context in root.iter("context"):
        assert (context.findtext("name") or "") == "", "one context for every text"
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            numerus = m.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.findall("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            out.append(
                Message(
                    m.findtext("source") or "",
                    m.findtext("comment"),
                    numerus,
                    translation.get("type") is None,
                    forms,
                )
            )
    return out


@pytest.mark.parametrize("code", ["zh_TW", "en"])
def test_every_message_is_finished_and_keeps_its_placeholders(code: str) -> None:
    messages = ts_messages(code)
    assert len(messages) > 1000
    wrong = []
    for m in messages:
        where = repr(m.source)
        if not m.finished or not all(m.forms):
            wrong.append(f"{where}: not translated")
            continue
        if m.numerus:
            expected = 2 if code == "en" else 1  # Chinese has one plural form
            if len(m.forms) != expected:
                wrong.append(f"{where}: {len(m.forms)} plural forms")
            if code == "en" and not all("%n" in f for f in m.forms):
                wrong.append(f"{where}: a plural form without %n: {m.forms}")
        for form in m.forms:
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(m.source)):
                wrong.append(f"{where}: placeholders differ in {form!r}")
            if "%n" in m.source and "%n" not in form:
                wrong.append(f"{where}: %n missing in {form!r}")
            if bool(MNEMONIC.search(m.source.replace("&&", ""))) != bool(
                MNEMONIC.search(form.replace("&&", ""))
            ):
                wrong.append(f"{where}: the & mnemonic is lost or added in {form!r}")
            if code == "en" and CJK.search(form):
                wrong.append(f"{where}: Chinese left in {form!r}")
    assert not wrong, "\n".join(wrong)


def test_the_sources_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """``tools/i18n.py update`` was run after the last text change: lupdate finds nothing new."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-source-language",
            "zh_CN",
            "-target-language",
            "en",
            "app/ui",
            "-ts",
            str(fresh),
        ],
        cwd=REPO,
        check=True,
    )
    root = ET.parse(fresh).getroot()
    extracted = {(m.findtext("source"), m.findtext("comment")) for m in root.iter("message")}
    for code in ("zh_TW", "en"):
        committed = {(m.source, m.disambiguation) for m in ts_messages(code)}
        assert extracted == committed, (
            f"run tools/i18n.py update — new: {sorted(extracted - committed)[:5]}, "
            f"gone: {sorted(committed - extracted)[:5]}"
        )


# --------------------------------------------------------------------------------------------------
# Installing a language


@pytest.fixture
def english() -> Iterator[None]:
    assert i18n.install_language("en")
    yield
    i18n.install_language(i18n.DEFAULT_LANGUAGE)


def test_traditional_chinese_is_traditional_and_switching_back_restores_simplified(
    qapp: QApplication,
) -> None:
    assert i18n.install_language("zh_TW")
    assert i18n.language() == "zh_TW"
    assert i18n.tr("保存") == "儲存"
    assert i18n.tr("服务对象") == "服務對象"  # not OpenCC's "服務物件" (a software object)
    assert i18n.tr("就业计划") == "就業計畫"
    assert i18n.tr("统一社会信用代码") == "統一社會信用代碼"  # not 程式碼
    assert i18n.tr("支持性就业") == "支持性就業"  # the Taiwan term too, not 支援
    assert i18n.tr("打开(&O)") == "開啟(&O)"
    assert i18n.tr("共 %n 名服务对象", None, 3) == "共 3 名服務對象"
    assert i18n.tr("{name}：就业计划复核%n天后到期（{date}）", None, 3).startswith(
        "{name}：就業計畫複核3天後"
    )
    assert i18n.locale().name() == "zh_TW"
    assert i18n.install_language("zh_CN")
    assert i18n.language() == "zh_CN"
    assert i18n.tr("保存") == "保存"
    assert i18n.tr("共 %n 名服务对象", None, 3) == "共 3 名服务对象"


def test_english_translates_plurals(qapp: QApplication, english: None) -> None:
    assert i18n.tr("保存") == "Save"
    assert i18n.tr("共 %n 名服务对象", None, 1) == "1 client"
    assert i18n.tr("共 %n 名服务对象", None, 250) == "250 clients"
    assert i18n.translate_in("zh_TW", "保存") == "儲存"  # another language's text, this one active
    assert i18n.translate_in("zh_CN", "保存") == "保存"


def test_an_unknown_language_or_a_missing_catalogue_keeps_simplified_chinese(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not i18n.install_language("fr")
    assert i18n.language() == "zh_CN"
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: None)
    assert not i18n.install_language("en")
    assert i18n.language() == "zh_CN"
    assert i18n.tr("保存") == "保存"


@pytest.mark.parametrize(
    ("code", "day", "month_day", "number", "moment"),
    [
        ("zh_CN", "2026-11-29", "11月29日", "1,234.5", "2026-11-29 09:05"),
        ("zh_TW", "2026/11/29", "11月29日", "1,234.5", "2026/11/29 09:05"),
        ("en", "Nov 29, 2026", "Nov 29", "1,234.5", "Nov 29, 2026 09:05"),
    ],
)
def test_dates_and_numbers_follow_the_language(
    qapp: QApplication, code: str, day: str, month_day: str, number: str, moment: str
) -> None:
    assert i18n.install_language(code)
    assert i18n.format_date(date(2026, 11, 29)) == day
    assert i18n.format_date(None) == ""
    assert i18n.format_month_day(date(2026, 11, 29)) == month_day
    assert i18n.format_number(1234.5, 1) == number
    assert i18n.format_percent(12.5, 1) == "12.5%"
    assert i18n.format_time(time(9, 5)) == "09:05"
    assert i18n.format_datetime(datetime(2026, 11, 29, 9, 5)) == moment
    # editors type numbers only: ISO order in English
    assert (
        i18n.date_input_format() == {"zh_CN": "yyyy-MM-dd", "zh_TW": "yyyy/MM/dd", "en": "yyyy-MM-dd"}[code]
    )


# --------------------------------------------------------------------------------------------------
# The due panel words the service's codes


def due(kind: str, reason: str, due_on: date, overdue: int, **params: int) -> DueItem:
    return DueItem(kind, "计划甲", reason, due_on, overdue, params, client_id="c1")  # type: ignore[arg-type]


DUE_SENTENCES = [  # (item, Chinese as the service used to word it, English)
    (
        due("plan_review", "plan_review", date(2026, 11, 18), -3),
        "计划甲：就业计划复核3天后到期（11月18日）",
        "计划甲: plan review due in 3 days (Nov 18)",
    ),
    (
        due("plan_review", "plan_review", date(2026, 10, 30), 16),
        "计划甲：就业计划复核已逾期16天",
        "计划甲: plan review 16 days overdue",
    ),
    (
        due("checkpoint_due", "checkpoint", date(2026, 11, 15), 0, day=90),
        "计划甲：就业后第90天回访今天到期",
        "计划甲: day-90 retention check due today",
    ),
    (
        due("checkpoint_overdue", "checkpoint", date(2026, 10, 1), 1, day=30),
        "计划甲：就业后第30天回访已逾期1天",
        "计划甲: day-30 retention check 1 day overdue",
    ),
    (
        due("draft", "draft", date(2026, 11, 12), 3),
        "计划甲：2026-11-12的服务记录未定稿",
        "计划甲: session record of Nov 12, 2026 not finalised",
    ),
    (
        due("no_contact", "no_session", date(2026, 11, 14), 1, days=31),
        "计划甲：已31天没有服务",
        "计划甲: no session for 31 days",
    ),
    (
        due("no_contact", "not_started", date(2026, 7, 1), 137, days=167),
        "计划甲：接案167天仍未开始服务",
        "计划甲: no session in the 167 days since intake",
    ),
    (
        due("supervision", "never_supervised", date(2026, 11, 15), 0),
        "计划甲：尚无督导记录",
        "计划甲: no supervision recorded yet",
    ),
    (
        due("supervision", "supervision_gap", date(2026, 11, 1), 14, days=45),
        "计划甲：已45天未接受督导",
        "计划甲: no supervision for 45 days",
    ),
]


def test_due_items_are_worded_in_the_gui_language(qapp: QApplication) -> None:
    assert [content(item) for item, _zh, _en in DUE_SENTENCES] == [zh for _i, zh, _en in DUE_SENTENCES]
    assert when(DUE_SENTENCES[0][0]) == "11月18日 到期"
    assert i18n.install_language("en")
    try:
        assert [content(item) for item, _zh, _en in DUE_SENTENCES] == [en for _i, _zh, en in DUE_SENTENCES]
        assert when(DUE_SENTENCES[0][0]) == "Due Nov 18"
        assert when(DUE_SENTENCES[1][0]) == "16 days overdue"
    finally:
        i18n.install_language("zh_CN")


# --------------------------------------------------------------------------------------------------
# Start-up


def test_the_language_setting_is_installed_at_start(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.ENV_LANGUAGE, raising=False)
    data = tmp_path / "data"
    data.mkdir()
    assert apply_language(data) is None  # no settings yet: the default
    assert i18n.language() == "zh_CN"
    Settings(data).set("language", "en")
    assert apply_language(data) is None
    assert i18n.language() == "en"
    assert i18n.tr("保存") == "Save"
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "zh_TW")  # the override wins
    assert apply_language(data) is None
    assert i18n.language() == "zh_TW"
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "zh_CN")
    assert apply_language(data) is None
    assert i18n.language() == "zh_CN"
    assert i18n.tr("保存") == "保存"


def test_a_missing_catalogue_is_told_in_the_status_bar(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "en")
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: None)
    notice = apply_language(tmp_path / "data")
    assert notice is not None and "English" in notice and "missing" in notice
    assert i18n.language() == "zh_CN"
    window = QMainWindow()
    qtbot.addWidget(window)
    label = show_language_notice(window, notice)
    window.statusBar().showMessage("其他消息", 100)  # other messages do not hide it
    assert label.parent() is not None and notice in label.text()
    assert label in window.statusBar().findChildren(QLabel)


# --------------------------------------------------------------------------------------------------
# Every main screen in English


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a person can read in ``root``: titles, labels, buttons, tooltips,
    accessible names and descriptions, placeholders, tabs, menus, combo items, table headers and cells,
    chart titles and axes."""
    for widget in [root, *root.findChildren(QWidget)]:
        kind = f"{type(widget).__name__}({widget.objectName()})"
        yield f"{kind}.windowTitle", widget.windowTitle()
        yield f"{kind}.toolTip", widget.toolTip()
        yield f"{kind}.accessibleName", widget.accessibleName()
        yield f"{kind}.accessibleDescription", widget.accessibleDescription()
        yield f"{kind}.statusTip", widget.statusTip()
        for action in widget.actions():
            yield f"{kind}.action", action.text()
            yield f"{kind}.action.toolTip", action.toolTip()
            yield f"{kind}.action.statusTip", action.statusTip()
        if isinstance(widget, QMenu):
            yield f"{kind}.title", widget.title()
        if isinstance(widget, QLabel | QAbstractButton):
            yield f"{kind}.text", widget.text()
        if isinstance(widget, QGroupBox):
            yield f"{kind}.title", widget.title()
        if isinstance(widget, QLineEdit):
            yield f"{kind}.text", widget.text()
            yield f"{kind}.placeholder", widget.placeholderText()
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            yield f"{kind}.text", widget.toPlainText()
            yield f"{kind}.placeholder", widget.placeholderText()
        if isinstance(widget, QAbstractSpinBox):
            yield f"{kind}.specialValueText", widget.specialValueText()
            yield f"{kind}.text", widget.text()
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            yield f"{kind}.suffix", widget.suffix()
            yield f"{kind}.prefix", widget.prefix()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{kind}.item", widget.itemText(i)
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{kind}.tab", widget.tabText(i)
                yield f"{kind}.tabToolTip", widget.tabToolTip(i)
        if isinstance(widget, QMainWindow):
            yield f"{kind}.status", widget.statusBar().currentMessage()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                yield f"{kind}.header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for row in range(min(model.rowCount(QModelIndex()), 30)):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        if isinstance(value, str):
                            yield f"{kind}.cell", value
        if isinstance(widget, QChartView):
            chart = widget.chart()
            yield f"{kind}.chart", chart.title()
            for axis in chart.axes():
                yield f"{kind}.axis", axis.titleText()
                if isinstance(axis, QBarCategoryAxis):
                    for category in axis.categories():
                        yield f"{kind}.category", category
            for series in chart.series():
                yield f"{kind}.series", series.name()


def data_values(ws: Workspace) -> list[str]:
    """What may stay Chinese in an English GUI, by value: the fixture's people, clients, employers and
    records (data), reference data without an English name (towns, clusters, disability levels), the
    organisation's session templates, the printed forms' titles (the city's Chinese forms) and the
    default organisation name."""
    # tests/conftest.py: the organisation, staff and the client's registration
    values = [
        "东莞市测试就业辅导中心",
        "督导甲",
        "辅导员甲",
        "辅导员乙",
        "中级社会工作师",
        "东湖社区",
        "东城街道振兴路88号",
    ]
    # tests/ui/conftest.py file_client: the client, guardian, assessment, plans, sessions, employer
    values += [
        "黄晓华",
        "黄国强",
        "李治疗师",
        "守时、认真",
        "清洁工",
        "超市理货员",
        "熟悉社区环境",
        "能说出三个地点",
        "独立乘坐公交车往返单位",
        "连续两周独立往返",
        "掌握理货核心流程",
        "主管评价达标",
        "家人协助准备工作服",
        "每周一准备好",
        "在岗观察服务对象完成理货流程。",
        "工作单位",
        "服务对象",
        "王主管",
        "能认站",
        "补记：按签到表更正",
        "与主管电话沟通适应情况。",
        "东莞市华达商贸有限公司",
        "零售",
        "理货员",
    ]
    # the settings' default organisation name (app/host/settings.py)
    values.append("东莞市残疾人就业辅导服务中心")
    # each language's own name in the language combo (on purpose)
    values += list(i18n.LANGUAGES.values())
    ref = reference_data()
    for town in ref.towns.values():
        values += [town.name, town.kind, town.cluster]
    values += [level.name_zh for level in ref.disability_levels.values()]
    for codes in ref.code_lists.values():
        values += [c.name("zh_CN") for c in codes.values() if "en" not in c.names]
    values += list(session_templates(ref).values())
    for form in ws.forms.catalogue():
        values += [form.title, form.subject, form.standard]
    return sorted({v.strip() for v in values if v and v.strip()}, key=len, reverse=True)


def without(text: str, values: list[str]) -> str:
    for value in values:
        text = text.replace(value, "")
    return text


def test_every_main_screen_in_english_shows_no_chinese_but_data(
    qtbot: QtBot, workspace: Workspace, file_client: object, tmp_path: Path, english: None
) -> None:
    from app.ui.screenshots import take_screenshots

    allowed = data_values(workspace)
    chinese: dict[str, list[str]] = {}
    stray_ampersands: list[str] = []
    screens: list[str] = []

    def inspect(widget: QWidget, name: str) -> None:
        screens.append(name)
        for where, text in widget_texts(widget):
            if text and CJK.search(without(text, allowed)):
                chinese.setdefault(name, []).append(f"{where}: {text!r}")
        for label in widget.findChildren(QLabel):  # a mnemonic needs a buddy, or "&" shows as it is
            if (
                label.buddy() is None
                and MNEMONIC.search(label.text().replace("&&", ""))
                and "<" not in label.text()
            ):
                stray_ampersands.append(f"{name}: {label.text()!r}")

    take_screenshots(workspace, tmp_path / "shots", inspect=inspect)
    expected = {"main-window", "session-form", "session-final", "employers-1", "forms-dialog", "dashboard"}
    assert expected | {"settings"} <= set(screens)
    assert sum(name.startswith("client-file-") for name in screens) == 7
    report = [f"{name}: {line}" for name, lines in chinese.items() for line in dict.fromkeys(lines)]
    assert not report, "Chinese in the English GUI:\n" + "\n".join(report)
    assert not stray_ampersands, "\n".join(stray_ampersands)
