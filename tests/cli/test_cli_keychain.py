"""The real ``coachdesk`` command with the real system keychain: ``init`` and ``users`` inside one private
D-Bus session with an unlocked gnome-keyring (as in tests/host/test_keystore.py), and ``init`` where no
keychain is usable and no passphrase can be had."""

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

REPO_ROOT = Path(__file__).resolve().parents[2]

INSIDE = textwrap.dedent(
    """
    set -u
    printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
    "$PY" -m app --data-dir "$DATA" init --organisation 东莞市测试中心 --username mei \\
        --display-name 陈美 --role coach </dev/null >"$OUT/init.out" 2>"$OUT/init.err"
    echo $? >"$OUT/init.rc"
    "$PY" -m app --data-dir "$DATA" --json users </dev/null >"$OUT/users.out" 2>"$OUT/users.err"
    echo $? >"$OUT/users.rc"
    "$PY" "$OUT/probe.py" >"$OUT/probe.out" 2>"$OUT/probe.err"
    echo $? >"$OUT/probe.rc"
    """
)

PROBE = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    import keyring
    from app.host.keystore import KEYRING_SERVICE, keychain_status, keyring_username
    data = Path(os.environ["DATA"])
    profile = json.loads((data / "keystore.json").read_text("utf-8"))["profile_id"]
    secret = keyring.get_password(KEYRING_SERVICE, keyring_username(profile)) or ""
    blob = b"".join(p.read_bytes() for p in data.rglob("*") if p.is_file())
    print(json.dumps({
        "backend": keychain_status().backend,
        "secret_is_hex_key": len(secret) == 64 and all(c in "0123456789abcdef" for c in secret),
        "secret_on_disk": bool(secret) and (secret.encode() in blob or bytes.fromhex(secret) in blob),
    }))
    """
)


def base_env(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DBUS_", "KEYRING_", "XDG_", "COACHDESK_", "PYTHON_KEYRING"))
    }
    for name in ("GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK"):
        env.pop(name, None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["HOME"] = str(home)
    env["XDG_DATA_HOME"] = str(home / ".local/share")
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    for folder in (home / ".local/share", home / ".config"):
        folder.mkdir(parents=True, exist_ok=True)
    return env


def test_init_and_users_with_the_real_keychain(tmp_path: Path) -> None:
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{', '.join(missing)} not found: install Debian's dbus and gnome-keyring packages")
    data_dir, out = tmp_path / "profile", tmp_path / "out"
    out.mkdir()
    (out / "probe.py").write_text(PROBE, "utf-8")
    env = base_env(tmp_path / "home")
    env.update(PY=sys.executable, DATA=str(data_dir), OUT=str(out))
    assert "COACHDESK_PASSPHRASE" not in env

    # A short runtime dir: gnome-keyring puts its control socket there (UNIX socket paths are limited).
    with tempfile.TemporaryDirectory(prefix="cdkr-", ignore_cleanup_errors=True) as runtime:
        os.chmod(runtime, 0o700)
        env["XDG_RUNTIME_DIR"] = runtime
        with subprocess.Popen(
            ["dbus-run-session", "--", "sh", "-c", INSIDE],
            env=env,
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # on a timeout, the bus and the daemon are killed too
        ) as proc:
            try:
                stdout, stderr = proc.communicate(timeout=90)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                stdout, stderr = proc.communicate()
                pytest.fail(f"the D-Bus session timed out\nstdout:\n{stdout}\nstderr:\n{stderr}")

    def report(name: str) -> str:
        files = [out / f"{name}.{part}" for part in ("rc", "out", "err")]
        return "\n".join(f"{f.name}: {f.read_text('utf-8') if f.exists() else '-'}" for f in files)

    assert proc.returncode == 0, f"rc={proc.returncode}\n{stdout}\n{stderr}"
    assert (out / "init.rc").read_text().strip() == "0", report("init")
    assert "Workspace ready; signed in as 陈美." in (out / "init.out").read_text("utf-8")
    assert (out / "users.rc").read_text().strip() == "0", report("users")
    users = json.loads((out / "users.out").read_text("utf-8"))
    assert [(u["username"], u["display_name"], u["role"]) for u in users] == [("mei", "陈美", "coach")]

    keystore = json.loads((data_dir / "keystore.json").read_text("utf-8"))
    assert keystore["kind"] == "keyring"
    assert set(keystore) == {"format", "profile_id", "kind"}  # no key material in the file
    assert (out / "probe.rc").read_text().strip() == "0", report("probe")
    probe = json.loads((out / "probe.out").read_text("utf-8"))
    assert probe == {
        "backend": "keyring.backends.SecretService.Keyring",
        "secret_is_hex_key": True,
        "secret_on_disk": False,
    }

    # Outside that session the keychain is gone: the command says so and exits 2.
    outside = base_env(tmp_path / "home")
    outside["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "users"],
        env=outside,
        cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "The database key is kept in the system keychain" in result.stderr
    # An existing keychain profile is never treated as a new one: no passphrase is asked for.
    assert "passphrase" not in result.stderr.lower()
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_init_without_keychain_passphrase_or_terminal(tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    env = base_env(tmp_path / "home")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(data_dir),
            "init",
            "--organisation",
            "东莞市测试中心",
            "--username",
            "mei",
            "--display-name",
            "陈美",
        ],
        env=env,
        cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "No secure system keychain is available" in result.stderr
    assert "keyring.backends.fail.Keyring" in result.stderr
    assert "COACHDESK_PASSPHRASE" in result.stderr  # how to go on without a keychain
    assert "Traceback" not in result.stderr and result.stdout == ""
    # Nothing was written: at most the empty data folder.
    assert not data_dir.exists() or list(data_dir.iterdir()) == []
