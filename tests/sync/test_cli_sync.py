"""The issue's "done when", from the command line: a coach's desktop and laptop and their supervisor,
each a ``coachdesk`` workspace with its device token in a real gnome-keyring (one private D-Bus
session), log in to a real server on loopback, work offline, sync, see each other's changes, resolve
a deliberate conflict with ``coachdesk resolve``, and end identical. The password is never stored and
the token never lands in a file."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from harness import PASSWORD, Org, ServerProcess

REPO = Path(__file__).resolve().parents[2]

# Edits between CLI runs go through the services, as the GUI would make them.
PROBE = textwrap.dedent(
    """
    import json, sys
    from dataclasses import replace
    from datetime import date
    from pathlib import Path
    from app.bootstrap import open_workspace
    from app.domain.identity import build_certificate_number, build_id_number
    from app.domain.records import ClientInput, DisabilityInput
    from app.storage.wire import TABLE_OBJECTS, encode_row
    from app.sync.protocol import TABLES
    from sqlalchemy import select

    data_dir, command, *rest = sys.argv[1:]
    ws = open_workspace(Path(data_dir))
    try:
        if command == "create":
            idn = build_id_number("441900", date(1990, 5, 17), 123)
            cid = ws.clients.create(ClientInput(
                name=rest[0], sex="male", birth_date=date(1990, 5, 17), id_number=idn,
                disabilities=(DisabilityInput(5, 3, True),), intake_date=date(2026, 1, 10),
                certificate_number=build_certificate_number(idn, 5, 3), assigned_coach_id=ws.actor.user_id))
            print(cid)
        elif command == "edit":
            cid, field, value = rest
            ws.clients.update(cid, replace(ws.clients.input_of(cid), **{field: value}))
        elif command == "dump":
            out = {}
            with ws.ctx.uow.read() as s:
                for name in TABLES:
                    t = TABLE_OBJECTS[name]
                    rows = s.execute(select(t))
                    out[name] = {r.id: [r.server_version, r.dirty, encode_row(t, r)] for r in rows}
            print(json.dumps(out, ensure_ascii=False, sort_keys=True))
    finally:
        ws.close()
    """
)

SCRIPT = textwrap.dedent(
    """
    set -u
    printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
    cd "$OUT"
    run() { name=$1; shift; "$PY" -m app "$@" >"$name.out" 2>"$name.err"; echo $? >"$name.rc"; }
    probe() { name=$1; shift; "$PY" probe.py "$@" >"$name.out" 2>"$name.err"; echo $? >"$name.rc"; }
    login() { printf '%s\\n' "$PASSWORD" | run "login_$1" --data-dir "$1" --json login --server "$URL" \\
        --user "$2" --password-stdin --device-name "$1"; }
    login desk "$COACH"
    login laptop "$COACH"
    login sup "$SUP"
    probe create desk create 陈志明
    CID=$(cat create.out)
    run sync1 --data-dir desk --json sync
    run sync2 --data-dir laptop --json sync
    run sync2b --data-dir sup --json sync
    probe seen laptop dump
    # offline on all three: the same field on desk and laptop, another field on the supervisor's
    probe e1 desk edit "$CID" notes 办公室写的
    probe e2 laptop edit "$CID" notes 笔记本写的
    probe e3 sup edit "$CID" village 督导改的社区
    run sync3 --data-dir desk --json sync
    run sync4 --data-dir sup --json sync
    run sync5 --data-dir laptop --json sync
    run conflicts --data-dir laptop --json conflicts
    CONFLICT=$("$PY" -c 'import json,sys; print(json.load(open("conflicts.out"))[0]["id"])')
    run resolve --data-dir laptop resolve "$CONFLICT" --take other
    for round in 1 2; do
        run final_laptop_$round --data-dir laptop --json sync
        run final_desk_$round --data-dir desk --json sync
        run final_sup_$round --data-dir sup --json sync
    done
    probe dump_desk desk dump
    probe dump_laptop laptop dump
    probe dump_sup sup dump
    run left --data-dir desk --json conflicts
    """
)


def test_two_devices_and_a_supervisor_from_the_cli(
    server: ServerProcess, org: Org, tmp_path: Path, server_db_url: str
) -> None:
    if not server_db_url.startswith("sqlite"):
        pytest.skip(
            "the CLI flow is the same on both databases; the server's side is covered there elsewhere"
        )
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{', '.join(missing)} not found: install Debian's dbus and gnome-keyring packages")
    out = tmp_path / "out"
    out.mkdir()
    (out / "probe.py").write_text(PROBE, "utf-8")
    home = tmp_path / "home"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DBUS_", "KEYRING_", "XDG_", "COACHDESK_", "PYTHON_KEYRING"))
    }
    env.pop("GNOME_KEYRING_CONTROL", None)
    env.update(
        PY=sys.executable,
        OUT=str(out),
        URL=server.url,
        COACH=org.users["coach1"],
        SUP=org.users["sup"],
        PASSWORD=PASSWORD,
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        PYTHONPATH=str(REPO),
        QT_QPA_PLATFORM="offscreen",
    )
    for folder in (home / ".local/share", home / ".config"):
        folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cdkr-", ignore_cleanup_errors=True) as runtime:
        os.chmod(runtime, 0o700)
        env["XDG_RUNTIME_DIR"] = runtime
        with subprocess.Popen(
            ["dbus-run-session", "--", "sh", "-c", SCRIPT],
            env=env,
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        ) as proc:
            try:
                stdout, stderr = proc.communicate(timeout=240)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                stdout, stderr = proc.communicate()
                pytest.fail(f"the D-Bus session timed out\n{stdout}\n{stderr}")
    assert proc.returncode == 0, f"{stdout}\n{stderr}"

    def result(name: str) -> str:
        rc = (out / f"{name}.rc").read_text().strip()
        text, err = (out / f"{name}.out").read_text("utf-8"), (out / f"{name}.err").read_text("utf-8")
        assert rc == "0", f"{name}: rc={rc}\n{text}\n{err}"
        return (out / f"{name}.out").read_text("utf-8")

    for name in ("login_desk", "login_laptop", "login_sup"):
        result(name)
    cid = result("create").strip()
    result("sync1")
    assert cid in json.loads(result("seen"))["clients"]  # the laptop sees the desktop's new client
    for name in ("e1", "e2", "e3", "sync3", "sync4"):
        result(name)
    assert json.loads(result("sync5"))["conflicts"] == 1
    [conflict] = json.loads(result("conflicts"))
    assert (conflict["field"], conflict["current"], conflict["other"]) == (
        "notes",
        "办公室写的",
        "笔记本写的",
    )
    result("resolve")
    dumps = [json.loads(result(f"dump_{who}")) for who in ("desk", "laptop", "sup")]
    assert dumps[0] == dumps[1] == dumps[2]
    client = dumps[0]["clients"][cid][2]
    assert (client["notes"], client["village"]) == ("笔记本写的", "督导改的社区")
    assert json.loads(result("left")) == []
    # the password and the tokens are nowhere in the workspaces' files
    for folder in ("desk", "laptop", "sup"):
        blob = b"".join(p.read_bytes() for p in (out / folder).rglob("*") if p.is_file())
        assert PASSWORD.encode() not in blob
