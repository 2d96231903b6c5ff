"""A save that returned is on disk: a writer process killed with SIGKILL in the middle of a stream of
small transactions loses none of the transactions it had acknowledged, and leaves a sound, fully
authenticated database behind.

The child opens its own Store + UnitOfWork on a database migrated by the parent and commits one
LocalSetting row and one AuditEntry row per transaction, printing ``ACK <n>`` after each commit
returns. The parent kills it at a random acknowledgement count, reopens the database and checks.
(A process kill leaves the OS page cache intact, so this proves crash safety of the process, not
power-loss safety; ``synchronous=FULL`` is what covers the latter.)
"""

from __future__ import annotations

import os
import queue
import random
import secrets
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.storage.engine import Store
from app.storage.migrate import current_revision, head_revision, migrate
from app.storage.models import AuditEntry, LocalSetting
from app.storage.uow import UnitOfWork

pytestmark = pytest.mark.timeout(120)

REPO_ROOT = Path(__file__).resolve().parents[2]
KEY_ENV = "COACHDESK_TEST_DB_KEY"
ROUND_TIMEOUT_S = 40.0  # bound on waiting for acknowledgements (not an assertion on speed)

CHILD = textwrap.dedent(
    """
    import os
    import sys
    from pathlib import Path

    from app.storage.engine import Store
    from app.storage.models import AuditEntry, LocalSetting
    from app.storage.uow import UnitOfWork

    db_path, prefix = Path(sys.argv[1]), sys.argv[2]
    store = Store(db_path, bytes.fromhex(os.environ["{key_env}"]))
    uow = UnitOfWork(store)
    print("READY", flush=True)
    for n in range(1_000_000):
        name = f"{{prefix}}-{{n:07d}}"
        with uow.begin("durability-writer") as s:
            # Varying sizes, so that some commits span several pages and the WAL auto-checkpoints.
            s.add(LocalSetting(key=name, value={{"n": n, "pad": "数" * (n % 17 * 90)}}))
            s.add(AuditEntry(actor_id=None, action="durability", entity="test", entity_id=name))
        sys.stdout.write(f"ACK {{n}}\\n")
        sys.stdout.flush()
    """
).format(key_env=KEY_ENV)


def _reader(stream: object, lines: queue.Queue[str | None]) -> None:
    for raw in stream:  # type: ignore[attr-defined]
        lines.put(raw.decode("utf-8", "replace").strip())
    lines.put(None)


def _run_and_kill(script: Path, db: Path, key: bytes, prefix: str, kill_after: int, tmp: Path) -> int:
    """Start the writer, wait for ``kill_after`` acknowledgements, SIGKILL it; returns the last ack."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    env[KEY_ENV] = key.hex()
    stderr_path = tmp / f"{prefix}.stderr"
    with open(stderr_path, "wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(script), str(db), prefix],
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
            cwd=tmp,
        )
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True)
    reader.start()
    last_ack = -1
    try:
        deadline = time.monotonic() + ROUND_TIMEOUT_S
        while last_ack + 1 < kill_after:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"writer {prefix}: only {last_ack + 1} acks within {ROUND_TIMEOUT_S} s")
            if line is None:
                proc.wait(timeout=10)
                pytest.fail(
                    f"writer {prefix} exited early (rc={proc.returncode}) after {last_ack + 1} acks:\n"
                    + stderr_path.read_text(errors="replace")[-3000:]
                )
            if line.startswith("ACK "):
                n = int(line[4:])
                assert n == last_ack + 1, f"acks out of order: {n} after {last_ack}"
                last_ack = n
        # Kill it right now, most likely in the middle of its next transaction.
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
        reader.join(timeout=10)
    return last_ack


def _check(db: Path, key: bytes, acked: dict[str, int]) -> None:
    """Every acknowledged transaction is there, whole; the file is sound and authentic."""
    store = Store(db, key)
    try:
        assert store.integrity_check() == []
        assert store.cipher_integrity_check() == []
        uow = UnitOfWork(store)
        with uow.read() as s:
            settings = {row.key: row.value for row in s.scalars(select(LocalSetting))}
            audited = set(s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "durability")))
        for prefix, last_ack in acked.items():
            mine = sorted(k for k in settings if k.startswith(prefix + "-"))
            numbers = [int(k.rsplit("-", 1)[1]) for k in mine]
            # Sequential commits: what survived is a gap-free prefix that covers every ack.
            assert numbers == list(range(len(numbers))), f"{prefix}: holes in the committed rows"
            assert len(numbers) >= last_ack + 1, f"{prefix}: acked {last_ack + 1}, found {len(numbers)}"
            for k, n in zip(mine, numbers, strict=True):
                assert settings[k] == {"n": n, "pad": "数" * (n % 17 * 90)}, k
            # Atomicity: each transaction's audit row is there exactly when its setting row is.
            assert {k for k in audited if k.startswith(prefix + "-")} == set(mine)
    finally:
        store.dispose()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_acknowledged_commits_survive_sigkill(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    db = tmp_path / "durable.db"
    store = Store(db, key)
    try:
        migrate(store, tmp_path / "backups")
        assert current_revision(store) == head_revision()
    finally:
        store.dispose()
    script = tmp_path / "writer.py"
    script.write_text(CHILD, encoding="utf-8")

    seed = secrets.randbits(32)
    rng = random.Random(seed)
    acked: dict[str, int] = {}
    for round_no in range(3):
        kill_after = rng.randint(40, 260)
        prefix = f"r{round_no}"
        last = _run_and_kill(script, db, key, prefix, kill_after, tmp_path)
        assert last + 1 == kill_after, f"seed={seed}"
        acked[prefix] = last
        _check(db, key, acked)  # earlier rounds' rows must survive later kills too
