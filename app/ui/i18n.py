"""The GUI's languages: one translation function, the active language and its locale.

Every user-visible text in ``app/ui`` is written in Simplified Chinese (the users' language and the
product's default) and passes through :func:`tr`. Qt Linguist sources for the other languages live in
``resources/i18n/coachdesk_<language>.ts`` (``.venv/bin/python tools/i18n.py update`` extracts them with
``pyside6-lupdate``); the set-up command compiles them to ``.qm``.

All texts share one translation context (``""``): ``pyside6-lupdate`` files a bare ``tr(...)`` call
and ``QT_TR_NOOP(...)`` under that context wherever they appear, so one source text is translated
once. Where the same Chinese needs two translations, pass a ``disambiguation``.

Texts kept in module-level constants are marked with :func:`QT_TR_NOOP` (``QT_TR_NOOP("…")`` returns
the text unchanged) and translated where they are shown: ``tr(CONSTANT)``.

Printed forms are not translated: they follow the city's Chinese standards whatever the GUI language.

The language is chosen once, at start-up (:func:`start_language`: the ``COACHDESK_LANGUAGE``
environment variable, else the profile's ``language`` setting), before any window is built; dates,
times and numbers are then written the active language's way (:func:`format_date` and friends).
See docs/TRANSLATING.md.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from app.host.resources import resource_path
from app.host.settings import Settings, SettingsError

__all__ = [
    "DEFAULT_LANGUAGE",
    "ENV_LANGUAGE",
    "LANGUAGES",
    "QT_TR_NOOP",
    "catalogue_path",
    "date_input_format",
    "format_date",
    "format_datetime",
    "format_local_datetime",
    "format_month",
    "format_month_day",
    "format_number",
    "format_percent",
    "format_time",
    "install_language",
    "language",
    "locale",
    "month_input_format",
    "start_language",
    "tr",
    "translate_in",
]

log = logging.getLogger(__name__)

#: The languages the GUI offers, with each one's own name (shown in that language on purpose).
LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
#: Environment variable that overrides the ``language`` setting for one run (screenshots, tests).
ENV_LANGUAGE = "COACHDESK_LANGUAGE"

_QT_LOCALES: dict[str, QLocale] = {
    "zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China),
    "zh_TW": QLocale(
        QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan
    ),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}

# How each language writes a date. Chosen explicitly rather than taken from the locale's "short"
# format, which has a two-digit year in English (a birth date "5/17/70" is ambiguous) and no leading
# zeros in Chinese (columns of dates do not line up):
#   zh_CN 2026-11-29 (GB/T 7408, as on the printed forms), zh_TW 2026/11/29, en Nov 29, 2026.
_DATE_FORMATS = {"zh_CN": "yyyy-MM-dd", "zh_TW": "yyyy/MM/dd", "en": "MMM d, yyyy"}
# Months on a chart axis: (with the year, without) — short enough for a dozen bars.
_MONTH_FORMATS = {"zh_CN": ("yy-MM", "yy-MM"), "zh_TW": ("yy/MM", "yy/MM"), "en": ("MMM yy", "MMM")}
_MONTH_DAY_FORMATS = {"zh_CN": "M月d日", "zh_TW": "M月d日", "en": "MMM d"}
# Date editors show numbers only (typing a month name is slow): English uses ISO 8601, which nobody
# misreads (unlike 03/04/2026).
_DATE_INPUT_FORMATS = {"zh_CN": "yyyy-MM-dd", "zh_TW": "yyyy/MM/dd", "en": "yyyy-MM-dd"}
_MONTH_INPUT_FORMATS = {"zh_CN": "yyyy-MM", "zh_TW": "yyyy/MM", "en": "yyyy-MM"}

_active = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []
_catalogues: dict[str, QTranslator] = {}  # loaded for translate_in


def QT_TR_NOOP(text: str) -> str:
    """Mark a constant's text for ``pyside6-lupdate`` and return it unchanged; translate it where it
    is shown: ``tr(CONSTANT)``. (Qt's own ``PySide6.QtCore.QT_TR_NOOP`` does the same, but its stub
    returns ``object``.)"""
    return text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the active language (``%n`` in it becomes ``n``, with the plural form it needs)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def language() -> str:
    """The active GUI language code (``zh_CN``, ``zh_TW`` or ``en``)."""
    return _active


def locale() -> QLocale:
    """The Qt locale of the active language (dates and numbers are formatted with it)."""
    return _QT_LOCALES[_active]


def catalogue_path(code: str) -> str | None:
    """The compiled catalogue of a language, or None when it is not there."""
    try:
        return str(resource_path("i18n", f"coachdesk_{code}.qm"))
    except FileNotFoundError:
        return None


def translate_in(code: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in language ``code`` whatever the active one (the source text when that language is
    Simplified Chinese, unknown, or has no catalogue or translation) — e.g. to say in the chosen
    language that a new language applies after a restart."""
    if code not in LANGUAGES or code == DEFAULT_LANGUAGE:
        return text
    translator = _catalogues.get(code)
    if translator is None:
        translator = QTranslator()
        path = catalogue_path(code)
        if path is None or not translator.load(path):
            return text
        _catalogues[code] = translator
    return translator.translate("", text, disambiguation) or text


def start_language(data_dir: Path) -> str:
    """The language to start in: ``COACHDESK_LANGUAGE`` when set, else the profile's ``language``
    setting (read from its plain settings file, so it applies to the start-up dialogs too)."""
    override = os.environ.get(ENV_LANGUAGE, "").strip()
    if override:
        return override
    try:
        return str(Settings(data_dir).get("language"))
    except (OSError, SettingsError) as exc:
        log.warning("cannot read the language setting (%s); starting in %s", exc, DEFAULT_LANGUAGE)
        return DEFAULT_LANGUAGE


def install_language(code: str) -> bool:
    """Make ``code`` the active language: our catalogue, Qt's own texts, the default locale.

    Returns False (and keeps Simplified Chinese) when the code is unknown or its catalogue is
    missing; the caller tells the user. Call before any window is built: texts are translated when
    widgets are created, so switching later takes a restart.
    """
    global _active
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _active = DEFAULT_LANGUAGE
    ok = code in LANGUAGES
    if ok and code != DEFAULT_LANGUAGE:
        ours = QTranslator()
        path = catalogue_path(code)
        ok = path is not None and ours.load(path)
        if ok:
            _installed.append(ours)
            _active = code
        else:
            log.warning("no compiled catalogue for language %s", code)
    elif not ok:
        log.warning("unknown language %r", code)
    qt_own = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(_QT_LOCALES[_active], "qtbase", "_", folder):
        _installed.append(qt_own)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(_QT_LOCALES[_active])
    return ok


# -- locale formats ----------------------------------------------------------------------------------


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_date(value: date | None) -> str:
    """A date the active language's way (2026-11-29, 2026/11/29, Nov 29, 2026); None: empty."""
    if value is None:
        return ""
    return locale().toString(_qdate(value), _DATE_FORMATS[_active])


def format_month_day(value: date) -> str:
    """Month and day only (11月29日, Nov 29), for dates close to today."""
    return locale().toString(_qdate(value), _MONTH_DAY_FORMATS[_active])


def format_month(value: date, *, year: bool = True) -> str:
    """A month, short (26-03, 26/03, Mar 26; without the year in English: Mar), for chart axes."""
    with_year, without = _MONTH_FORMATS[_active]
    return locale().toString(_qdate(value), with_year if year else without)


def format_time(value: time | None) -> str:
    """A time of day, 24-hour ``HH:mm`` in every language (session times; nobody misreads them)."""
    if value is None:
        return ""
    return locale().toString(QTime(value.hour, value.minute), "HH:mm")


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{format_date(value.date())} {format_time(value.time())}"


def format_local_datetime(value: datetime | None) -> str:
    """A stored (naive UTC) moment in the computer's time zone."""
    if value is None:
        return ""
    return format_datetime(value.replace(tzinfo=UTC).astimezone())


def format_number(value: float, decimals: int = 0) -> str:
    """A number with the active locale's digit grouping and decimal point."""
    return locale().toString(float(value), "f", decimals)


def format_percent(value: float, decimals: int = 0) -> str:
    """A percentage (``value`` already in per cent: 12.5 → 12.5%)."""
    return f"{format_number(value, decimals)}%"


def date_input_format() -> str:
    """The display format of date editors (numbers only; see the comment at :data:`_DATE_FORMATS`)."""
    return _DATE_INPUT_FORMATS[_active]


def month_input_format() -> str:
    """The display format of month editors."""
    return _MONTH_INPUT_FORMATS[_active]
