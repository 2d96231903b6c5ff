"""The GUI's languages: one translation function, the active language and its locale.

Every user-visible text in ``app/ui`` is written in Simplified Chinese (the users' language and the
product's default) and passes through :func:`tr`. Qt Linguist sources for the other languages live in
``resources/i18n/coachdesk_<language>.ts`` (``python3 tools/i18n.py update`` extracts them with
``pyside6-lupdate``); the set-up command compiles them to ``.qm``.

All texts share one translation context (``""``): ``pyside6-lupdate`` files a bare ``tr(...)`` call
and ``QT_TR_NOOP(...)`` under that context wherever they appear, so one source text is translated
once. Where the same Chinese needs two translations, pass a ``disambiguation``.

Texts kept in module-level constants are marked with ``QT_TR_NOOP("…")`` (which returns the text
unchanged) and translated where they are shown: ``tr(CONSTANT)``.

Printed forms are not translated: they follow the city's Chinese standards whatever the GUI language.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from app.host.resources import resource_path

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "install_language",
    "language",
    "locale",
    "tr",
]

log = logging.getLogger(__name__)

#: The languages the GUI offers, with each one's own name (shown in that language on purpose).
LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"

_QT_LOCALES: dict[str, QLocale] = {
    "zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China),
    "zh_TW": QLocale(
        QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan
    ),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}

_active = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


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


def format_date(value: date) -> str:
    """A date the way the active language writes it (short form, e.g. 2026/11/29 or 11/29/26)."""
    return locale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_time(value: time) -> str:
    return locale().toString(QTime(value.hour, value.minute), "HH:mm")


def format_datetime(value: datetime) -> str:
    return f"{format_date(value.date())} {format_time(value.time())}"


def format_number(value: float, decimals: int = 0) -> str:
    """A number with the active locale's digit grouping and decimal point."""
    return locale().toString(float(value), "f", decimals)
