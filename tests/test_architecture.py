"""The layering holds (only app.ui imports Qt; the domain is pure; the server never imports the GUI),
checked with import-linter's contracts from pyproject.toml, plus a direct scan as a second opinion."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 6 kept, 0 broken." in result.stdout


def test_server_never_imports_desktop_code() -> None:
    """The server runs without the desktop: no GUI, no local store, no sync client."""
    forbidden = (
        "PySide6",
        "app.ui",
        "app.services",
        "app.storage",
        "app.sync.engine",
        "app.sync.login",
        "httpx",
    )
    offenders = {}
    for path in (ROOT / "app" / "server").rglob("*.py"):
        bad = {m for m in imported_modules(path) if any(m == f or m.startswith(f + ".") for f in forbidden)}
        if bad:
            offenders[path.name] = sorted(bad)
    assert offenders == {}


def test_only_ui_imports_qt() -> None:
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("app/ui/"):
            continue
        if any(m.split(".")[0] in ("PySide6", "shiboken6") for m in imported_modules(path)):
            offenders.append(rel)
    assert offenders == []


def test_domain_imports_only_stdlib_and_domain() -> None:
    allowed_roots = set(sys.stdlib_module_names) | {"app"}
    offenders = {}
    for path in (ROOT / "app" / "domain").rglob("*.py"):
        bad = {
            m
            for m in imported_modules(path)
            if m.split(".")[0] not in allowed_roots
            or (m.startswith("app.") and not m.startswith("app.domain"))
        }
        if bad:
            offenders[path.name] = sorted(bad)
    assert offenders == {}
