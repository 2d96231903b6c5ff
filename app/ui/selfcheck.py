"""``coachdesk --self-check``: prove that an installed (frozen) CoachDesk has everything it loads at run
time — so a missing resource fails the build, not a coach.

In a temporary folder it creates an encrypted store (passphrase-protected, so no keychain is needed),
runs the migrations, records a client through the services, renders and verifies a form (definitions,
the CJK font), loads every language's translation catalogue, opens the main window offscreen and loads
the PDF with QtPdf (Qt plugins and modules), then deletes everything. Exit code 0 when all of it
worked; every step is printed.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path


def run_self_check() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="coachdesk-selfcheck-"))
    steps: list[tuple[str, Callable[[], str]]] = []
    state: dict[str, object] = {}

    def step(name: str) -> Callable[[Callable[[], str]], Callable[[], str]]:
        def register(fn: Callable[[], str]) -> Callable[[], str]:
            steps.append((name, fn))
            return fn

        return register

    @step("encrypted store and migrations")
    def _store() -> str:
        from app.bootstrap import open_workspace

        ws = open_workspace(folder / "data", passphrase=secrets.token_urlsafe(16))
        state["ws"] = ws
        header = (folder / "data" / "coachdesk.db").read_bytes()[:16]
        if header.startswith(b"SQLite format 3"):
            raise RuntimeError("the database is not encrypted")
        return f"schema {ws.migrated_from or 'new'} → head"

    @step("reference data and a client through the services")
    def _client() -> str:
        from app.domain.identity import build_certificate_number, build_id_number
        from app.domain.records import ClientInput, DisabilityInput
        from app.services.people import UserInput
        from app.services.workspace import Workspace

        ws = state["ws"]
        assert isinstance(ws, Workspace)
        org = ws.people.create_organisation("自检机构")
        uid = ws.people.create_user(org, UserInput("selfcheck", "自检", "coach"))
        ws.people.sign_in(uid)
        birth = date(1990, 5, 17)
        id_number = build_id_number("441900", birth, 123)
        client = ws.clients.create(
            ClientInput(
                name="自检对象",
                sex="male",
                birth_date=birth,
                id_number=id_number,
                disabilities=(DisabilityInput(5, 3, True),),
                intake_date=date.today() - timedelta(days=30),
                certificate_number=build_certificate_number(id_number, 5, 3),
                town_code=next(iter(ws.ctx.reference.towns)),
                assigned_coach_id=uid,
            )
        )
        state["client"] = client
        return f"{len(ws.ctx.reference.towns)} towns, {len(ws.ctx.reference.code_lists)} code lists"

    @step("forms: definitions, font, render, verify")
    def _forms() -> str:
        from app.services.workspace import Workspace

        ws = state["ws"]
        assert isinstance(ws, Workspace)
        forms = ws.forms.catalogue()
        pdf = ws.forms.render("CD-REG", str(state["client"]))
        if not ws.forms.verify(pdf).matches:
            raise RuntimeError("a freshly rendered form does not verify")
        state["pdf"] = pdf
        return f"{len(forms)} forms; CD-REG {len(pdf)} bytes"

    @step("translations (compiled catalogues)")
    def _translations() -> str:
        from PySide6.QtWidgets import QApplication

        from app.ui import i18n

        _app = QApplication.instance() or QApplication(sys.argv[:1])
        save = "保存"  # a variable: lupdate is not to file this probe as a text of its own
        loaded = []
        try:
            for code in i18n.LANGUAGES:
                if code == i18n.DEFAULT_LANGUAGE:
                    continue
                if not i18n.install_language(code):
                    raise RuntimeError(f"the {code} catalogue is missing: {i18n.catalogue_path(code)}")
                if i18n.tr(save) == save:
                    raise RuntimeError(f"the {code} catalogue does not translate")
                loaded.append(f"{code} ({i18n.tr(save)})")
        finally:
            i18n.install_language(i18n.DEFAULT_LANGUAGE)
        return ", ".join(loaded)

    @step("Qt: main window offscreen and QtPdf")
    def _qt() -> str:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtWidgets import QApplication

        from app.services.workspace import Workspace
        from app.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        ws = state["ws"]
        assert isinstance(ws, Workspace)
        window = MainWindow(ws)
        window.show()
        app.processEvents()
        rows = window.model.rowCount()
        data = QByteArray(state["pdf"])  # type: ignore[call-overload]
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        pages = document.pageCount()
        window.close()
        if rows != 1 or pages < 1:
            raise RuntimeError(f"window rows {rows}, PDF pages {pages}")
        return f"window lists {rows} client; PDF has {pages} page(s)"

    failures = 0
    try:
        for name, fn in steps:
            try:
                detail = fn()
            except Exception:
                failures += 1
                print(f"FAIL  {name}\n{traceback.format_exc()}", flush=True)
                break
            print(f"ok    {name}: {detail}", flush=True)
    finally:
        ws = state.get("ws")
        if ws is not None:
            ws.close()  # type: ignore[attr-defined]
        shutil.rmtree(folder, ignore_errors=True)
    print("self-check passed" if not failures else "self-check FAILED", flush=True)
    return 1 if failures else 0
