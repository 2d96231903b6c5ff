"""The real ``coachdesk`` command (``python -m app``) in subprocesses: demo, stats, check, users, init,
help, error exits, and that no personal value is readable in the data folder.

Every run gets the passphrase from ``COACHDESK_PASSPHRASE`` (unless a test removes it), no terminal on
stdin, and ``PYTHON_KEYRING_BACKEND`` set to the "fail" backend so that no test touches a desktop
keychain (the real keychain has its own test in test_cli_keychain.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.bootstrap import open_workspace
from app.services.base import Actor

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "test-passphrase-1"
DEMO_CLIENTS = 40


def cli_env(*, passphrase: str | None = PASSPHRASE, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("COACHDESK_", "DBUS_", "KEYRING_", "PYTHON_KEYRING"))
    }
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if passphrase is not None:
        env["COACHDESK_PASSPHRASE"] = passphrase
    env.update(extra)
    return env


def coachdesk(
    *args: str, data_dir: Path | None = None, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "app"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, *args],
        env=cli_env() if env is None else env,
        cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, (
        f"rc={result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    return result


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(result).stdout)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the 40-client demo, built once by the real command."""
    data_dir = tmp_path_factory.mktemp("cli") / "profile"
    summary = as_json(coachdesk("--json", "demo", "--clients", str(DEMO_CLIENTS), data_dir=data_dir))
    assert summary["clients"] == DEMO_CLIENTS
    assert summary["coaches"] >= 2 and summary["employers"] >= 5
    assert summary["sessions"] > DEMO_CLIENTS and summary["placements"] > 0
    return data_dir


@pytest.fixture(scope="module")
def stats(demo_dir: Path) -> dict[str, Any]:
    figures: dict[str, Any] = as_json(coachdesk("--json", "stats", data_dir=demo_dir))
    return figures


def test_stats_are_sensible(stats: dict[str, Any]) -> None:
    assert 0 < stats["clients_served"] <= DEMO_CLIENTS
    assert stats["sessions"] > stats["clients_served"]
    assert stats["coaching_hours"] > 0
    rate = stats["placement_rate"]
    assert rate["denominator"] == stats["clients_served"]
    assert 0 < rate["numerator"] / rate["denominator"] <= 1
    assert stats["placements"] >= stats["clients_placed"] == rate["numerator"]
    offsets = [r["day_offset"] for r in stats["retention"]]
    assert offsets == sorted(offsets) and {30, 90, 180} <= set(offsets)
    for r in stats["retention"]:
        assert 0 <= r["retained"] <= r["checked"] <= r["due"]
    assert sum(n for _form, n in stats["employment_forms"]) == stats["placements"]
    assert date.fromisoformat(stats["period"]["start"]) <= date.fromisoformat(stats["period"]["end"])


def test_stats_as_text(demo_dir: Path, stats: dict[str, Any]) -> None:
    out = ok(coachdesk("stats", data_dir=demo_dir)).stdout
    lines = {line.split("  ")[0].strip(): line for line in out.splitlines()}
    assert lines["Clients served"].split()[-1] == str(stats["clients_served"])
    assert lines["Sessions (人次)"].split()[-1] == str(stats["sessions"])
    assert "Placement rate" in out and "Retention at  30 days" in out


def test_stats_by_month_adds_up(demo_dir: Path, stats: dict[str, Any]) -> None:
    period = stats["period"]
    rows = as_json(
        coachdesk(
            "--json",
            "stats",
            "--from",
            period["start"],
            "--to",
            period["end"],
            "--by",
            "month",
            data_dir=demo_dir,
        )
    )
    keys = [r["key"] for r in rows]
    assert keys[0] == period["start"][:7] and keys[-1] == period["end"][:7]
    assert keys == sorted(set(keys)) and len(keys) >= 6
    assert sum(r["figures"]["sessions"] for r in rows) == stats["sessions"]
    assert sum(r["figures"]["placements"] for r in rows) == stats["placements"]
    assert max(r["figures"]["clients_served"] for r in rows) <= stats["clients_served"]


def test_stats_for_one_coach_and_a_period(demo_dir: Path, stats: dict[str, Any]) -> None:
    users = as_json(coachdesk("--json", "users", data_dir=demo_dir))
    coaches = [u for u in users if u["role"] == "coach"]
    per_coach = [
        as_json(coachdesk("--json", "stats", "--coach", c["username"], data_dir=demo_dir))["sessions"]
        for c in coaches
    ]
    assert sum(per_coach) == stats["sessions"]  # every demo client has a coach

    unknown = coachdesk("stats", "--coach", "nobody", data_dir=demo_dir)
    assert unknown.returncode == 2
    assert "nobody" in unknown.stderr and unknown.stdout == ""

    narrow = as_json(
        coachdesk("--json", "stats", "--from", "2000-01-01", "--to", "2000-12-31", data_dir=demo_dir)
    )
    assert (narrow["clients_served"], narrow["sessions"], narrow["placements"]) == (0, 0, 0)


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "2026/01/01"])
def test_stats_with_a_bad_date(demo_dir: Path, bad: str) -> None:
    result = coachdesk("stats", "--from", bad, data_dir=demo_dir, timeout=60)
    assert result.returncode == 2
    assert f"{bad!r} is not a date in the form YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_stats_with_to_before_from(demo_dir: Path) -> None:
    result = coachdesk("stats", "--from", "2026-05-01", "--to", "2026-04-30", data_dir=demo_dir)
    assert result.returncode == 2
    assert "--to must not be before --from" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_json_flag_after_the_subcommand(demo_dir: Path) -> None:
    rows = as_json(coachdesk("stats", "--by", "month", "--json", data_dir=demo_dir))
    assert rows


def test_check_is_clean(demo_dir: Path) -> None:
    text = ok(coachdesk("check", data_dir=demo_dir)).stdout
    assert text.startswith("Clean:")
    assert f"clients {DEMO_CLIENTS}" in text
    report = as_json(coachdesk("--json", "check", data_dir=demo_dir))
    assert report["clean"] is True and report["problems"] == []
    assert report["counts"]["clients"] == DEMO_CLIENTS
    assert report["counts"]["session_records"] > DEMO_CLIENTS
    assert report["counts"]["audit_log"] > 0


def test_no_personal_value_is_readable_in_the_data_folder(demo_dir: Path) -> None:
    staff = as_json(coachdesk("--json", "users", data_dir=demo_dir))
    needles = {u["display_name"] for u in staff}
    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    try:
        # Full numbers are for the assigned coach or a supervisor: look as the demo's supervisor.
        supervisor = next(u for u in ws.people.users() if u.role == "supervisor")
        ws.act_as(Actor(supervisor.id, "supervisor", ws.actor.organisation_id if ws.actor else ""))
        rows = ws.clients.caseload(limit=10).rows
        assert len(rows) == 10
        for row in rows:
            registration = ws.clients.input_of(row.id)
            needles |= {registration.name, registration.id_number, registration.phone, registration.address}
            needles |= {registration.certificate_number, registration.guardian_name} - {""}
    finally:
        ws.close()
    assert all(needles)

    files = [p for p in demo_dir.rglob("*") if p.is_file()]
    assert any(p.name == "coachdesk.db" for p in files)
    blobs = {p.name: p.read_bytes() for p in files}
    for needle in needles:
        for encoding in ("utf-8", "gb18030", "utf-16-le"):
            encoded = needle.encode(encoding)
            if len(encoded) < 6:
                continue  # 4 bytes turn up by chance in megabytes of ciphertext
            for name, blob in blobs.items():
                assert encoded not in blob, f"{needle!r} ({encoding}) is readable in {name}"


def test_demo_refuses_a_workspace_with_data(demo_dir: Path) -> None:
    before = as_json(coachdesk("--json", "check", data_dir=demo_dir))["counts"]
    result = coachdesk("demo", "--clients", "5", data_dir=demo_dir)
    assert result.returncode == 2
    assert "needs an empty workspace" in result.stderr and "Traceback" not in result.stderr
    assert as_json(coachdesk("--json", "check", data_dir=demo_dir))["counts"] == before


def test_without_passphrase_or_terminal(demo_dir: Path) -> None:
    result = coachdesk("users", data_dir=demo_dir, env=cli_env(passphrase=None))
    assert result.returncode == 2
    assert "COACHDESK_PASSPHRASE" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_with_a_wrong_passphrase(demo_dir: Path) -> None:
    result = coachdesk("users", data_dir=demo_dir, env=cli_env(passphrase="not-the-passphrase"))
    assert result.returncode == 2
    assert "passphrase is not correct" in result.stderr
    assert "not-the-passphrase" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


@pytest.fixture
def fresh_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "new-profile"


def test_init_then_users(fresh_dir: Path) -> None:
    created = as_json(
        coachdesk(
            "--json",
            "init",
            "--organisation",
            "东莞市测试中心",
            "--username",
            "lily",
            "--display-name",
            "李丽",
            "--role",
            "supervisor",
            data_dir=fresh_dir,
        )
    )
    users = as_json(coachdesk("--json", "users", data_dir=fresh_dir))
    assert users == [
        {
            "id": created["user_id"],
            "username": "lily",
            "display_name": "李丽",
            "role": "supervisor",
            "supervisor_id": None,
        }
    ]
    keystore = json.loads((fresh_dir / "keystore.json").read_text("utf-8"))
    assert keystore["kind"] == "passphrase"  # COACHDESK_PASSPHRASE given: the key is wrapped with it
    assert PASSPHRASE.encode() not in b"".join(p.read_bytes() for p in fresh_dir.iterdir() if p.is_file())
    if os.name == "posix":
        assert (fresh_dir.stat().st_mode & 0o777) == 0o700

    again = coachdesk(
        "init", "--organisation", "x", "--username", "y", "--display-name", "z", data_dir=fresh_dir
    )
    assert again.returncode == 2 and "already has users" in again.stderr
    assert as_json(coachdesk("--json", "users", data_dir=fresh_dir)) == users

    text = ok(coachdesk("users", data_dir=fresh_dir)).stdout
    assert "lily" in text and "李丽" in text and created["user_id"] in text


def test_init_needs_its_options(fresh_dir: Path) -> None:
    result = coachdesk("init", "--organisation", "x", data_dir=fresh_dir, timeout=60)
    assert result.returncode == 2
    assert "--username" in result.stderr
    assert not fresh_dir.exists()


def test_help() -> None:
    result = ok(coachdesk("--help", timeout=60))
    assert result.stdout.startswith("usage: coachdesk")
    for command in ("init", "demo", "stats", "check", "users"):
        assert command in result.stdout
    sub = ok(coachdesk("stats", "--help", timeout=60))
    assert "--from" in sub.stdout and "--by" in sub.stdout


def test_server_admin_cli_reports_bad_input_and_writes_nothing(tmp_path: Path) -> None:
    """``coachdesk-server`` administration: a clear error for a bad request, nothing written."""
    db = tmp_path / "server.db"

    def server(*args: str, password: str = "") -> subprocess.CompletedProcess[str]:
        env = cli_env() | ({"COACHDESK_NEW_PASSWORD": password} if password else {})
        return subprocess.run(
            [sys.executable, "-m", "app.server.main", "--db", str(db), "--json", *args],
            env=env,
            cwd=REPO_ROOT,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert server("org", "create", "东莞市测试中心").returncode == 0
    made = server(
        "user",
        "add",
        "--org",
        "东莞市测试中心",
        "--username",
        "mei",
        "--name",
        "陈美",
        "--role",
        "coach",
        password="long enough 1",
    )
    assert made.returncode == 0, made.stderr
    weak = server(
        "user",
        "add",
        "--org",
        "东莞市测试中心",
        "--username",
        "li",
        "--name",
        "李",
        "--role",
        "coach",
        password="short",
    )
    assert weak.returncode == 1 and "weak_password" in weak.stderr
    taken = server(
        "user",
        "add",
        "--org",
        "东莞市测试中心",
        "--username",
        "mei",
        "--name",
        "陈美",
        "--role",
        "coach",
        password="long enough 1",
    )
    assert taken.returncode == 1 and "duplicate" in taken.stderr
    no_sup = server("team", "set", "mei", "nobody")
    assert no_sup.returncode == 1 and "not_found" in no_sup.stderr
    users = json.loads(server("user", "list").stdout)
    assert [(u["username"], u["role"], u["supervisor_id"]) for u in users] == [("mei", "coach", None)]
    assert "long enough" not in db.read_bytes().decode("latin-1")  # only an Argon2id hash is kept
