#!/usr/bin/env python3
"""Keep the GUI's Qt Linguist sources (resources/i18n/coachdesk_<language>.ts) in step with the code.

    .venv/bin/python tools/i18n.py update              extract the texts of app/ui into both .ts files
                                                       (existing translations kept, vanished texts
                                                       dropped) and fill Traditional Chinese by OpenCC
    .venv/bin/python tools/i18n.py import-en FILE...   English translations from JSON files into the
                                                       English .ts (see below)
    .venv/bin/python tools/i18n.py check               every message translated, placeholders kept
                                                       (exit 1 and a list otherwise)

``update`` runs ``pyside6-lupdate`` (from the virtual environment) over ``app/ui``; then every
unfinished message of ``coachdesk_zh_TW.ts`` gets the Simplified source converted with OpenCC's
``s2twp`` configuration (Taiwan standard characters *and* Taiwan vocabulary: 默认→預設, 打印→列印,
用户→使用者, 信息→資訊; ``s2tw`` changes characters only and reads like mainland software), followed
by :data:`ZH_TW_FIXES`, and is marked finished. A Traditional translation someone corrected by hand is
finished, so it is never converted again. English is translated by people: new English texts stay
unfinished until someone translates them (in Qt Linguist, or with ``import-en``); ``check`` lists them.

``import-en`` reads JSON objects whose keys are the Chinese source texts ("source\\u0004disambiguation"
for a disambiguated one) and whose values are the English (a [singular, plural] list for a ``%n``
text). Files are read in the order given; where two give a key different English, the first file
wins (and the clash is printed). Only unfinished messages are filled unless ``--overwrite``.

Translator comments are not used: ``lupdate`` reads ``#:`` comments (our attribute docs) as comments
for the next text, which misleads translators, so they are removed. Disambiguation says what a
translator needs to know.

Standard library only (plus OpenCC, a dev extra, for ``update``).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "ui"
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_TW", "en")
# the virtual environment's (this script is run with its python)
LUPDATE = Path(sys.executable).parent / ("pyside6-lupdate" + (".exe" if sys.platform == "win32" else ""))
OPENCC_CONFIG = "s2twp"

#: Corrections after OpenCC, in order (Traditional → Traditional). ``s2twp``'s phrase table is written for
#: software manuals: it makes 对象 an "object" (物件), 代码 "program code" (程式碼), 类型 a "data type"
#: (型別), 社区 an "online community" (社群), and 支持 in 支持性就业 (supported employment, the
#: term used in Taiwan too) technical support (支援). These put the product's own words back, and use
#: Taiwan's usual forms where OpenCC keeps mainland ones (計畫, 鑰匙圈, 範本, 捲動, 「」 quotes).
ZH_TW_FIXES: tuple[tuple[str, str], ...] = (
    ("物件", "對象"),
    ("程式碼", "代碼"),
    ("型別", "類型"),
    ("社群", "社區"),
    ("許可權", "權限"),
    ("支援性", "支持性"),
    ("自然支援", "自然支持"),
    ("需要的支援", "需要的支持"),
    ("在崗支援", "在崗支持"),
    ("提供的支援", "提供的支持"),
    ("天后", "天後"),  # "%n天后到期": OpenCC reads 天后 as the goddess
    ("製定", "制定"),
    ("計劃", "計畫"),
    ("鑰匙串", "鑰匙圈"),
    ("憑據管理器", "認證管理員"),
    ("演示", "示範"),
    ("模板", "範本"),
    ("回車鍵", "Enter 鍵"),
    ("（回車）", "（Enter）"),
    ("按回車", "按 Enter "),
    ("滾動", "捲動"),
    ("選中", "選取"),
    ("文本框", "文字方塊"),
    ("字號", "字型大小"),
    ("搜索", "搜尋"),
    ("打印", "列印"),
    ("賬號", "帳號"),
    ("資料資料夾", "資料夾"),
    ("退出伺服器登入", "登出伺服器"),
    ("退出登入", "登出"),
    ("當前", "目前"),
    ("電話或資訊聯絡", "電話或訊息聯絡"),
    ("電話、資訊", "電話、訊息"),
    ("“", "「"),
    ("”", "」"),
    ("‘", "『"),
    ("’", "』"),
)

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
#: A mnemonic ``&`` (not ``&&``, not an HTML entity such as ``&nbsp;``).
MNEMONIC = re.compile(r"&(?!&|[a-zA-Z]+;|#\d+;)\S")


def ts_path(code: str) -> Path:
    return FOLDER / f"coachdesk_{code}.ts"


# -- reading and writing .ts files -----------------------------------------------------------------


def messages(root: ET.Element) -> Iterator[ET.Element]:
    for context in root.iter("context"):
        yield from context.iter("message")


def key_of(message: ET.Element) -> str:
    """The source text, with its disambiguation after U+0004 when it has one."""
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    return f"{source}\u0004{comment}" if comment else source


def is_numerus(message: ET.Element) -> bool:
    return message.get("numerus") == "yes"


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if is_numerus(message):
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def set_translation(message: ET.Element, texts: list[str]) -> None:
    """Fill the translation (one text, or every numerus form) and mark it finished."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if is_numerus(message):
        slots = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
        for index, slot in enumerate(slots):
            slot.text = texts[min(index, len(texts) - 1)]
    else:
        translation.text = texts[0]


def load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def save(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts file the way lupdate does (near enough for Qt Linguist; the same every time)."""
    root = tree.getroot()
    for message in messages(root):
        for comment in message.findall("extracomment"):
            message.remove(comment)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


# -- the commands --------------------------------------------------------------------------------


def lupdate(code: str) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    command = [
        str(LUPDATE),
        "-silent",
        "-extensions",
        "py",
        "-locations",
        "relative",
        "-no-obsolete",
        "-source-language",
        "zh_CN",
        "-target-language",
        code,
        str(SOURCES.relative_to(ROOT)),
        "-ts",
        str(ts_path(code).relative_to(ROOT)),
    ]
    if subprocess.call(command, cwd=ROOT) != 0:
        sys.exit(f"[i18n] pyside6-lupdate failed for {code}")


def converter() -> Callable[[str], str]:
    try:
        import opencc  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        sys.exit("[i18n] OpenCC is missing: .venv/bin/pip install -e '.[dev]' (it is a dev extra)")
    try:
        engine = opencc.OpenCC(OPENCC_CONFIG)
    except Exception:  # the C++ binding also accepts (and some versions need) the file name
        engine = opencc.OpenCC(f"{OPENCC_CONFIG}.json")

    def convert(text: str) -> str:
        out = str(engine.convert(text))
        for wrong, right in ZH_TW_FIXES:
            out = out.replace(wrong, right)
        return out

    return convert


def fill_traditional() -> int:
    path = ts_path("zh_TW")
    tree = load(path)
    convert = converter()
    filled = 0
    for message in messages(tree.getroot()):
        if is_finished(message):
            continue
        set_translation(message, [convert(message.findtext("source") or "")])
        filled += 1
    save(tree, path)
    return filled


def update(_args: argparse.Namespace) -> int:
    for code in LANGUAGES:
        lupdate(code)
    filled = fill_traditional()
    save(load(ts_path("en")), ts_path("en"))  # same format, no translator comments
    tree = load(ts_path("en"))
    todo = sum(not is_finished(m) for m in messages(tree.getroot()))
    print(f"[i18n] zh_TW: {filled} new text(s) converted with OpenCC {OPENCC_CONFIG}")
    print(f"[i18n] en: {todo} text(s) to translate" if todo else "[i18n] en: every text translated")
    return 0


def read_english(files: list[Path]) -> dict[str, str | list[str]]:
    merged: dict[str, str | list[str]] = {}
    for file in files:
        for key, value in json.loads(file.read_text(encoding="utf-8")).items():
            if key in merged and merged[key] != value:
                print(f"[i18n] {file.name}: {key!r} — keeping {merged[key]!r}, not {value!r}")
                continue
            merged.setdefault(key, value)
    return merged


def import_english(args: argparse.Namespace) -> int:
    english = read_english([Path(f) for f in args.files])
    path = ts_path("en")
    tree = load(path)
    imported = missing = 0
    for message in messages(tree.getroot()):
        if is_finished(message) and not args.overwrite:
            continue
        value = english.get(key_of(message))
        if value is None:
            missing += 1
            continue
        texts = value if isinstance(value, list) else [value]
        if is_numerus(message) and len(texts) == 1:
            texts = [texts[0], texts[0]]
        set_translation(message, [str(t) for t in texts])
        imported += 1
    save(tree, path)
    print(f"[i18n] en: {imported} imported, {missing} still without English")
    return 0


def problems(message: ET.Element, code: str) -> list[str]:
    """What is wrong with one message's translation (empty: nothing)."""
    source = message.findtext("source") or ""
    found = []
    if not is_finished(message):
        found.append("unfinished")
    texts = forms(message)
    if not texts or (source and not all(texts)):
        found.append("empty")
    for text in texts:
        if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            found.append(f"placeholders differ: {text!r}")
        if is_numerus(message) and "%n" not in text and code != "zh_TW":
            found.append(f"no %n: {text!r}")
        if bool(MNEMONIC.search(source.replace("&&", ""))) != bool(MNEMONIC.search(text.replace("&&", ""))):
            found.append(f"mnemonic (&) differs: {text!r}")
    if is_numerus(message) and code == "en" and len(texts) != 2:
        found.append(f"{len(texts)} plural forms (English has 2)")
    return found


def check(_args: argparse.Namespace) -> int:
    bad = 0
    for code in LANGUAGES:
        tree = load(ts_path(code))
        total = 0
        for message in messages(tree.getroot()):
            total += 1
            for problem in problems(message, code):
                bad += 1
                print(f"[i18n] {code}: {key_of(message)!r}: {problem}")
        print(f"[i18n] {code}: {total} message(s) checked")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="tools/i18n.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the texts and fill Traditional Chinese").set_defaults(
        run=update
    )
    english = commands.add_parser("import-en", help="English translations from JSON files")
    english.add_argument("files", nargs="+")
    english.add_argument("--overwrite", action="store_true", help="replace finished translations too")
    english.set_defaults(run=import_english)
    commands.add_parser("check", help="every message translated, placeholders kept").set_defaults(run=check)
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
