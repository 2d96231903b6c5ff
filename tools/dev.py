#!/usr/bin/env python3
"""Developer entry point — the two commands of the README. Standard library only, so it runs on a
fresh machine with nothing but Python 3.11+.

    python3 tools/dev.py start   set everything up, build a demo workspace once, open CoachDesk on it
    python3 tools/dev.py test    set everything up, then lint, type-check, check the layering, run
                                 the whole test suite, build the desktop program and self-check it
    python3 tools/dev.py build   build the desktop program (build/dist/CoachDesk) and self-check it
    python3 tools/dev.py bench   run every benchmark (add --quick for a 5,000-client profile)

Set-up means: the Debian packages the tests need (a Secret Service keyring daemon and D-Bus, poppler,
the libraries Qt needs offscreen, a CJK font), installed with apt-get when missing and we are root
(otherwise the missing ones are named and the command stops); a virtual environment in ``.venv`` with
the project installed in editable mode with its dev extras (re-installed only when pyproject.toml
changes); and the compiled translations.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
PY = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
DEMO_DIR = ROOT / "demo-workspace"
PYINSTALLER_ARGS = [
    "build.spec",
    "--noconfirm",
    "--log-level",
    "WARN",
    "--distpath",
    "build/dist",
    "--workpath",
    "build/work",
]
FROZEN = ROOT / "build" / "dist" / "CoachDesk" / ("coachdesk.exe" if os.name == "nt" else "coachdesk")
FROZEN_SERVER = FROZEN.with_name("coachdesk-server" + FROZEN.suffix)
DEMO_CLIENTS = 500
DEMO_PASSPHRASE = "coachdesk-demo"

# command that must exist -> Debian package that provides it (tests and offscreen Qt)
DEBIAN_COMMANDS = {
    "dbus-run-session": "dbus-daemon",
    "gnome-keyring-daemon": "gnome-keyring",
    "pdffonts": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "fc-list": "fontconfig",
    "zbarimg": "zbar-tools",  # reads the QR code of printed forms back (tests/forms)
}
# shared libraries Qt loads even offscreen -> Debian package
DEBIAN_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
DEBIAN_FONTS = {"fonts-wqy-microhei": "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"}


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(cmd: list[str], **kwargs: object) -> int:
    return subprocess.call(cmd, **kwargs)  # type: ignore[call-overload,no-any-return]


def _have_library(name: str) -> bool:
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return True  # not a glibc system we can inspect; let Qt speak for itself
    return name in out


def system_packages() -> None:
    if not sys.platform.startswith("linux"):
        return
    missing = {pkg for cmd, pkg in DEBIAN_COMMANDS.items() if shutil.which(cmd) is None}
    missing |= {pkg for lib, pkg in DEBIAN_LIBRARIES.items() if not _have_library(lib)}
    missing |= {pkg for pkg, path in DEBIAN_FONTS.items() if not Path(path).exists()}
    if not missing:
        return
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        sys.exit(
            "[dev] missing system packages: " + " ".join(sorted(missing)) + "\n"
            "[dev] install them (e.g. sudo apt-get install " + " ".join(sorted(missing)) + ") and run again"
        )
    say("installing Debian packages: " + " ".join(sorted(missing)))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *sorted(missing)], env=env) != 0:
        run(["apt-get", "update", "-qq"], env=env)
        if (
            run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *sorted(missing)], env=env)
            != 0
        ):
            sys.exit("[dev] apt-get could not install " + " ".join(sorted(missing)))


def python_env() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be started by an older python3
        sys.exit("[dev] CoachDesk needs Python 3.11 or newer")
    if not PY.exists():
        say(f"creating the virtual environment in {VENV.name}/")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    stamp = VENV / ".coachdesk-installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    say("installing CoachDesk and its dependencies into the virtual environment")
    pip = [str(PY), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if run([*pip, "-e", f"{ROOT}[dev]"]) != 0:
        sys.exit("[dev] pip install failed")
    stamp.write_text(digest)


def translations() -> None:
    """Compile the Qt Linguist sources (resources/i18n/*.ts) to .qm (git-ignored), when a .qm is missing
    or older than its source. ``tools/i18n.py`` keeps the sources up to date; see docs/TRANSLATING.md."""
    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    if not sources:
        return
    lrelease = PY.parent / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        say(f"compiling {ts.name}")
        if run([str(lrelease), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]) != 0:
            sys.exit(f"[dev] could not compile {ts.name}")


def setup() -> None:
    system_packages()
    python_env()
    translations()


def keychain_usable() -> bool:
    code = "from app.host.keystore import keychain_status as k; raise SystemExit(0 if k().usable else 1)"
    return run([str(PY), "-c", code], cwd=ROOT) == 0


def start(extra: list[str]) -> int:
    setup()
    env = dict(os.environ)
    if not keychain_usable() and "COACHDESK_PASSPHRASE" not in env:
        # The demo workspace holds only invented people; without a keychain its key is protected by a
        # documented demo passphrase, said out loud here. Real profiles prompt for their own.
        say(f"no usable system keychain: the demo workspace's key is protected by {DEMO_PASSPHRASE!r}")
        env["COACHDESK_PASSPHRASE"] = DEMO_PASSPHRASE
    coachdesk = [str(PY), "-m", "app", "--data-dir", str(DEMO_DIR)]
    if not (DEMO_DIR / "coachdesk.db").exists():
        say(f"building the demo workspace ({DEMO_CLIENTS} invented clients) in {DEMO_DIR.name}/ (a minute)")
        if run([*coachdesk, "demo", "--clients", str(DEMO_CLIENTS)], env=env, cwd=ROOT) != 0:
            shutil.rmtree(DEMO_DIR, ignore_errors=True)
            return 1
    say("starting CoachDesk")
    return run([*coachdesk, *extra], env=env, cwd=ROOT)


def test(extra: list[str]) -> int:
    setup()
    bin_dir = PY.parent
    steps = [
        (
            "lint (ruff)",
            [str(bin_dir / "ruff"), "check", "app", "tests", "migrations", "tools", "benchmarks"],
        ),
        (
            "format (ruff)",
            [str(bin_dir / "ruff"), "format", "--check", "app", "tests", "migrations", "tools", "benchmarks"],
        ),
        ("types (mypy)", [str(bin_dir / "mypy")]),
        ("layering (import-linter)", [str(bin_dir / "lint-imports")]),
        ("tests (pytest)", [str(PY), "-m", "pytest", *extra]),
    ]
    if not extra:  # a full run also builds the desktop program and checks the frozen build
        steps += [
            ("desktop build (pyinstaller build.spec)", [str(bin_dir / "pyinstaller"), *PYINSTALLER_ARGS]),
            ("frozen self-check", [str(FROZEN), "--self-check"]),
            ("frozen server self-check", [str(FROZEN_SERVER), "self-check"]),
        ]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.pop("COACHDESK_PASSPHRASE", None)
    env.pop("COACHDESK_DATA_DIR", None)
    failed = []
    for name, cmd in steps:
        say(f"== {name}")
        if run(cmd, cwd=ROOT, env=env) != 0:
            failed.append(name)
    if failed:
        say("FAILED: " + ", ".join(failed))
        return 1
    say("all checks passed")
    return 0


def build() -> int:
    """Build the one-folder desktop program into build/dist/CoachDesk and self-check it."""
    setup()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if run([str(PY.parent / "pyinstaller"), *PYINSTALLER_ARGS], cwd=ROOT) != 0:
        return 1
    if run([str(FROZEN), "--self-check"], cwd=ROOT, env=env) != 0:
        return 1
    return run([str(FROZEN_SERVER), "self-check"], cwd=ROOT, env=env)


def bench(extra: list[str]) -> int:
    """Every benchmark (figures with same-run baselines), outside the pass/fail test run."""
    setup()
    return run([str(PY), str(ROOT / "benchmarks" / "run_all.py"), *extra], cwd=ROOT)


def main(argv: list[str]) -> int:
    commands = {"start": start, "test": test, "bench": bench}
    if not argv or argv[0] not in (*commands, "setup", "build"):
        print(__doc__)
        return 2
    command, extra = argv[0], argv[1:]
    if command == "setup":
        setup()
        return 0
    if command == "build":
        return build()
    return commands[command](extra)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
