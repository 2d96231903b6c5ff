"""Tests for app.host.keystore: the SQLCipher database key and how it is protected.

Most tests install an in-memory keyring backend and use cheap Argon2 parameters. One test runs against
a real Secret Service (gnome-keyring) on its own private D-Bus session.

Decision on tampering (see ``WrongPassphrase``): AES-GCM cannot tell a wrong passphrase from an
altered wrapped key, nonce, salt or profile id, so such edits that keep the file well-formed raise
``WrongPassphrase`` (whose message mentions the possibility); edits that break the structure (bad
base64, wrong lengths, missing fields, absurd Argon2 costs) raise ``KeyStoreCorrupt``.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend

from app.host import keystore as keystore_module
from app.host.keystore import (
    DEFAULT_ARGON2,
    ENV_PASSPHRASE,
    KEYRING_SERVICE,
    Argon2Params,
    KeychainError,
    KeychainUnavailable,
    KeyMissing,
    KeyStore,
    KeyStoreCorrupt,
    KeyStoreError,
    KeyStoreExists,
    KeyStoreNotFound,
    PassphraseRequired,
    PassphraseTooShort,
    ProtectionMismatch,
    WrongPassphrase,
    keychain_status,
    keyring_username,
    passphrase_from_env,
)

CHEAP = Argon2Params(time_cost=1, memory_cost=8, parallelism=1)
PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "tr0ub4dor&3-and-more"
REPO_ROOT = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------------------------------
# Fake backends


class FakeKeyring(KeyringBackend):
    """An in-memory keychain that counts as secure (priority 1)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("not found") from None


class LowPriorityKeyring(FakeKeyring):
    """Works, but its priority says keyring does not recommend it."""

    priority = 0.5  # type: ignore[assignment]


class AltLikeKeyring(FakeKeyring):
    """Stands in for a ``keyrings.alt`` file backend (plaintext or weakly encrypted)."""

    __module__ = "keyrings.alt.file"


class LockedKeyring(FakeKeyring):
    """A secure backend whose every operation fails, like a locked keyring or a vanished daemon."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class ForgetfulKeyring(FakeKeyring):
    """Accepts a secret but gives back something else."""

    def get_password(self, service: str, username: str) -> str | None:
        stored = self.entries.get((service, username))
        return None if stored is None else stored[::-1]


class SecureChain(ChainerBackend):
    backends: ClassVar[list[KeyringBackend]] = []


class WeakChain(ChainerBackend):
    backends: ClassVar[list[KeyringBackend]] = []


# Defining a backend class registers it with keyring's auto-detection; keep these out of it.
for _cls in (
    FakeKeyring,
    LowPriorityKeyring,
    AltLikeKeyring,
    LockedKeyring,
    ForgetfulKeyring,
    SecureChain,
    WeakChain,
):
    KeyringBackend._classes.discard(_cls)


@pytest.fixture(autouse=True)
def _no_env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)


@pytest.fixture
def use_backend() -> Iterator[Callable[[KeyringBackend], Any]]:
    """Install a keyring backend for one test; the previous backend is restored afterwards."""
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> Any:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


@pytest.fixture
def fake(use_backend: Callable[[KeyringBackend], Any]) -> FakeKeyring:
    backend: FakeKeyring = use_backend(FakeKeyring())
    return backend


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


def store(data_dir: Path) -> KeyStore:
    return KeyStore(data_dir, argon2=CHEAP)


def dir_bytes(directory: Path) -> bytes:
    if not directory.exists():
        return b""
    return b"\n".join(p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file())


def assert_not_on_disk(directory: Path, key: bytes, *passphrases: str) -> None:
    blob = dir_bytes(directory)
    needles = [key, key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key)]
    needles += [p.encode("utf-8") for p in passphrases]
    for needle in needles:
        assert needle not in blob


def read_json(data_dir: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((data_dir / "keystore.json").read_text("utf-8"))
    return doc


def write_json(data_dir: Path, doc: dict[str, Any]) -> None:
    (data_dir / "keystore.json").write_text(json.dumps(doc), "utf-8")


def flip_b64(value: str, index: int = 0) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


# --------------------------------------------------------------------------------------------------
# Keychain-kept keys


def test_keychain_roundtrip(fake: FakeKeyring, data_dir: Path) -> None:
    ks = store(data_dir)
    assert not ks.exists()
    key = ks.create()

    assert isinstance(key, bytes) and len(key) == 32
    assert ks.exists() and ks.kind() == "keyring"
    assert uuid.UUID(ks.profile_id).version == 4
    assert read_json(data_dir) == {"format": 1, "profile_id": ks.profile_id, "kind": "keyring"}
    assert fake.entries == {(KEYRING_SERVICE, f"database-key:{ks.profile_id}"): key.hex()}
    assert keyring_username(ks.profile_id) == f"database-key:{ks.profile_id}"
    assert ks.load() == key
    assert KeyStore(data_dir).load() == key  # a second instance, default Argon2 params
    assert KeyStore(data_dir).load("a passphrase is ignored for keychain keys") == key
    assert_not_on_disk(data_dir, key)
    assert [p.name for p in data_dir.iterdir()] == ["keystore.json"]  # no temp files left
    if os.name == "posix":
        assert stat.S_IMODE((data_dir / "keystore.json").stat().st_mode) == 0o600


def test_each_create_makes_a_new_key_and_profile(fake: FakeKeyring, tmp_path: Path) -> None:
    a, b = store(tmp_path / "a"), store(tmp_path / "b")
    assert a.create() != b.create()
    assert a.profile_id != b.profile_id
    assert len(fake.entries) == 2


def test_keychain_entry_deleted_gives_key_missing(fake: FakeKeyring, data_dir: Path) -> None:
    ks = store(data_dir)
    ks.create()
    fake.entries.clear()
    with pytest.raises(KeyMissing) as info:
        KeyStore(data_dir).load()
    assert info.value.code == "key_missing"
    assert "cannot be opened without it" in info.value.message
    assert ks.profile_id in info.value.message


def test_malformed_keychain_entry_is_corrupt(fake: FakeKeyring, data_dir: Path) -> None:
    ks = store(data_dir)
    ks.create()
    fake.entries[(KEYRING_SERVICE, keyring_username(ks.profile_id))] = "not hex"
    with pytest.raises(KeyStoreCorrupt):
        ks.load()


def test_create_refuses_to_overwrite(fake: FakeKeyring, data_dir: Path) -> None:
    ks = store(data_dir)
    key = ks.create()
    for attempt in (lambda: ks.create(), lambda: KeyStore(data_dir).create(PASSPHRASE)):
        with pytest.raises(KeyStoreExists) as info:
            attempt()
        assert isinstance(info.value, KeyStoreError)
        assert info.value.code == "keystore_exists"
    assert len(fake.entries) == 1
    assert KeyStore(data_dir).load() == key


def test_load_without_keystore(fake: FakeKeyring, data_dir: Path) -> None:
    ks = store(data_dir)
    for call in (ks.load, ks.kind, lambda: ks.profile_id):
        with pytest.raises(KeyStoreNotFound) as info:
            call()
        assert info.value.code == "keystore_not_found"


# --------------------------------------------------------------------------------------------------
# No usable keychain: never plaintext


@pytest.mark.parametrize(
    "backend_factory",
    [fail.Keyring, null.Keyring, LowPriorityKeyring, AltLikeKeyring],
    ids=["fail", "null", "low-priority", "keyrings.alt"],
)
def test_no_secure_keychain(
    backend_factory: Callable[[], KeyringBackend],
    use_backend: Callable[[KeyringBackend], Any],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backend = use_backend(backend_factory())
    known_key = bytes(range(32))
    monkeypatch.setattr(keystore_module, "secrets", SimpleNamespace(token_bytes=lambda n: known_key[:n]))

    status = keychain_status()
    assert not status.usable
    assert status.backend == f"{type(backend).__module__}.{type(backend).__qualname__}"
    assert status.reason

    with pytest.raises(KeychainUnavailable) as info:
        store(data_dir).create()
    assert info.value.code == "keychain_unavailable"
    assert status.backend in info.value.message
    assert "passphrase" in info.value.message
    assert not (data_dir / "keystore.json").exists()
    assert_not_on_disk(data_dir, known_key)
    assert getattr(backend, "entries", {}) == {}  # nothing handed to a weak backend either


def test_secure_backend_is_usable(fake: FakeKeyring) -> None:
    status = keychain_status()
    assert status.usable
    assert status.backend.endswith("FakeKeyring")


def test_chainer_uses_only_its_secure_member(
    use_backend: Callable[[KeyringBackend], Any], data_dir: Path
) -> None:
    weak, secure = AltLikeKeyring(), FakeKeyring()
    SecureChain.backends = [weak, secure]
    use_backend(SecureChain())
    status = keychain_status()
    assert status.usable and status.backend.endswith("FakeKeyring")
    key = store(data_dir).create()
    assert list(secure.entries.values()) == [key.hex()]
    assert weak.entries == {}


def test_chainer_without_secure_member_is_unusable(
    use_backend: Callable[[KeyringBackend], Any], data_dir: Path
) -> None:
    WeakChain.backends = [AltLikeKeyring(), LowPriorityKeyring()]
    use_backend(WeakChain())
    assert not keychain_status().usable
    with pytest.raises(KeychainUnavailable):
        store(data_dir).create()
    assert not data_dir.joinpath("keystore.json").exists()


def test_keychain_key_needs_the_keychain_to_load(
    fake: FakeKeyring, use_backend: Callable[[KeyringBackend], Any], data_dir: Path
) -> None:
    store(data_dir).create()
    use_backend(fail.Keyring())
    with pytest.raises(KeychainUnavailable) as info:
        store(data_dir).load()
    assert "fail.Keyring" in info.value.message


def test_keychain_errors(use_backend: Callable[[KeyringBackend], Any], data_dir: Path) -> None:
    use_backend(LockedKeyring())
    with pytest.raises(KeychainError) as info:
        store(data_dir).create()
    assert info.value.code == "keychain_error"
    assert "KeyringLocked" in info.value.message
    assert not (data_dir / "keystore.json").exists()

    use_backend(FakeKeyring())
    store(data_dir).create()
    use_backend(LockedKeyring())
    with pytest.raises(KeychainError):
        store(data_dir).load()


def test_keychain_that_returns_something_else(
    use_backend: Callable[[KeyringBackend], Any], data_dir: Path
) -> None:
    backend = use_backend(ForgetfulKeyring())
    with pytest.raises(KeychainError):
        store(data_dir).create()
    assert not (data_dir / "keystore.json").exists()
    assert backend.entries == {}  # the unusable entry was removed again


# --------------------------------------------------------------------------------------------------
# Passphrase-protected keys


def test_passphrase_roundtrip_without_keychain(
    use_backend: Callable[[KeyringBackend], Any], data_dir: Path
) -> None:
    use_backend(fail.Keyring())
    ks = store(data_dir)
    key = ks.create(PASSPHRASE)
    assert len(key) == 32 and ks.kind() == "passphrase"
    assert KeyStore(data_dir).load(PASSPHRASE) == key  # a second instance

    doc = read_json(data_dir)
    assert doc["format"] == 1 and doc["kind"] == "passphrase" and doc["profile_id"] == ks.profile_id
    assert doc["cipher"] == "aes-256-gcm"
    assert doc["kdf"]["name"] == "argon2id"
    assert (doc["kdf"]["time_cost"], doc["kdf"]["memory_cost"], doc["kdf"]["parallelism"]) == (1, 8, 1)
    assert len(base64.b64decode(doc["nonce"])) == 12
    assert len(base64.b64decode(doc["wrapped_key"])) == 48
    assert_not_on_disk(data_dir, key, PASSPHRASE)
    if os.name == "posix":
        assert stat.S_IMODE((data_dir / "keystore.json").stat().st_mode) == 0o600


def test_default_argon2_parameters() -> None:
    assert (DEFAULT_ARGON2.time_cost, DEFAULT_ARGON2.memory_cost, DEFAULT_ARGON2.parallelism) == (3, 65536, 2)
    with pytest.raises(ValueError):
        Argon2Params(time_cost=0)


def test_passphrase_required(fake: FakeKeyring, data_dir: Path) -> None:
    store(data_dir).create(PASSPHRASE)
    for given in (None, ""):
        with pytest.raises(PassphraseRequired) as info:
            KeyStore(data_dir).load(given)
        assert info.value.code == "passphrase_required"


def test_wrong_passphrase(fake: FakeKeyring, data_dir: Path) -> None:
    store(data_dir).create(PASSPHRASE)
    with pytest.raises(WrongPassphrase) as info:
        KeyStore(data_dir).load(OTHER_PASSPHRASE)
    assert info.value.code == "wrong_passphrase"
    assert OTHER_PASSPHRASE not in info.value.message
    assert PASSPHRASE not in info.value.message


def test_unicode_passphrase_is_normalised(fake: FakeKeyring, data_dir: Path) -> None:
    typed = "就业辅导 café 2024"
    key = store(data_dir).create(unicodedata.normalize("NFC", typed))
    assert KeyStore(data_dir).load(unicodedata.normalize("NFD", typed)) == key


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(wrapped_key=flip_b64(d["wrapped_key"], 5)), WrongPassphrase),
        (lambda d: d.update(wrapped_key=flip_b64(d["wrapped_key"], 40)), WrongPassphrase),  # the tag
        (lambda d: d.update(nonce=flip_b64(d["nonce"])), WrongPassphrase),
        (lambda d: d["kdf"].update(salt=flip_b64(d["kdf"]["salt"])), WrongPassphrase),
        (lambda d: d["kdf"].update(time_cost=2), WrongPassphrase),
        (lambda d: d.update(profile_id=str(uuid.uuid4())), WrongPassphrase),  # GCM associated data
        (lambda d: d.update(wrapped_key=base64.b64encode(b"x" * 47).decode()), KeyStoreCorrupt),
        (lambda d: d.update(nonce=base64.b64encode(b"n" * 8).decode()), KeyStoreCorrupt),
        (lambda d: d.update(nonce="***not base64***"), KeyStoreCorrupt),
        (lambda d: d.pop("wrapped_key"), KeyStoreCorrupt),
        (lambda d: d.pop("kdf"), KeyStoreCorrupt),
        (lambda d: d["kdf"].update(memory_cost=2**40), KeyStoreCorrupt),
        (lambda d: d["kdf"].update(name="scrypt"), KeyStoreCorrupt),
        (lambda d: d.update(cipher="aes-128-cbc"), KeyStoreCorrupt),
        (lambda d: d.update(kind="plaintext"), KeyStoreCorrupt),
        (lambda d: d.update(format=2), KeyStoreCorrupt),
        (lambda d: d.update(profile_id="not-a-uuid"), KeyStoreCorrupt),
    ],
)
def test_tampered_passphrase_file(
    fake: FakeKeyring, data_dir: Path, mutate: Callable[[dict[str, Any]], Any], expected: type[KeyStoreError]
) -> None:
    store(data_dir).create(PASSPHRASE)
    doc = read_json(data_dir)
    mutate(doc)
    write_json(data_dir, doc)
    with pytest.raises(expected) as info:
        KeyStore(data_dir).load(PASSPHRASE)
    assert info.value.code == ("wrong_passphrase" if expected is WrongPassphrase else "keystore_corrupt")


@pytest.mark.parametrize("kind", ["keyring", "passphrase"])
@pytest.mark.parametrize("damage", ["truncate", "empty", "garbage", "list"])
def test_damaged_json_is_corrupt(fake: FakeKeyring, data_dir: Path, kind: str, damage: str) -> None:
    store(data_dir).create(None if kind == "keyring" else PASSPHRASE)
    path = data_dir / "keystore.json"
    content = path.read_bytes()
    path.write_bytes(
        {"truncate": content[: len(content) // 2], "empty": b"", "garbage": b"\xff\xfe\x00", "list": b"[]"}[
            damage
        ]
    )
    for call in (lambda: KeyStore(data_dir).load(PASSPHRASE), KeyStore(data_dir).kind):
        with pytest.raises(KeyStoreCorrupt) as info:
            call()
        assert info.value.code == "keystore_corrupt"
        assert str(path) in info.value.message


@pytest.mark.parametrize("bad", ["", "   ", "short", "1234567"])
def test_short_passphrase_refused(fake: FakeKeyring, data_dir: Path, bad: str) -> None:
    with pytest.raises(PassphraseTooShort) as info:
        store(data_dir).create(bad)
    assert info.value.code == "passphrase_too_short"
    assert "8" in info.value.message
    assert not (data_dir / "keystore.json").exists()


def test_eight_characters_are_enough(fake: FakeKeyring, data_dir: Path) -> None:
    key = store(data_dir).create("12345678")
    assert store(data_dir).load("12345678") == key


# --------------------------------------------------------------------------------------------------
# Changing the protection keeps the key


def test_change_passphrase_keeps_key(fake: FakeKeyring, data_dir: Path) -> None:
    ks = store(data_dir)
    key = ks.create(PASSPHRASE)
    before = read_json(data_dir)
    ks.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    after = read_json(data_dir)

    assert KeyStore(data_dir).load(OTHER_PASSPHRASE) == key
    with pytest.raises(WrongPassphrase):
        KeyStore(data_dir).load(PASSPHRASE)
    assert after["profile_id"] == before["profile_id"]
    assert after["kdf"]["salt"] != before["kdf"]["salt"] and after["nonce"] != before["nonce"]
    assert_not_on_disk(data_dir, key, PASSPHRASE, OTHER_PASSPHRASE)
    assert [p.name for p in data_dir.iterdir()] == ["keystore.json"]


def test_change_passphrase_checks(fake: FakeKeyring, data_dir: Path) -> None:
    ks = store(data_dir)
    key = ks.create(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        ks.change_passphrase(OTHER_PASSPHRASE, "whatever-new-one")
    with pytest.raises(PassphraseTooShort):
        ks.change_passphrase(PASSPHRASE, "short")
    assert ks.load(PASSPHRASE) == key


def test_move_to_keychain_keeps_key(fake: FakeKeyring, data_dir: Path) -> None:
    ks = store(data_dir)
    key = ks.create(PASSPHRASE)
    profile_id = ks.profile_id
    ks.move_to_keychain(PASSPHRASE)

    assert ks.kind() == "keyring" and ks.profile_id == profile_id
    assert read_json(data_dir) == {"format": 1, "profile_id": profile_id, "kind": "keyring"}
    assert fake.entries == {(KEYRING_SERVICE, keyring_username(profile_id)): key.hex()}
    assert KeyStore(data_dir).load() == key
    assert_not_on_disk(data_dir, key, PASSPHRASE)


def test_move_to_keychain_needs_passphrase_and_keychain(
    fake: FakeKeyring, use_backend: Callable[[KeyringBackend], Any], data_dir: Path
) -> None:
    ks = store(data_dir)
    key = ks.create(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        ks.move_to_keychain(OTHER_PASSPHRASE)
    use_backend(null.Keyring())
    with pytest.raises(KeychainUnavailable):
        ks.move_to_keychain(PASSPHRASE)
    assert ks.kind() == "passphrase" and ks.load(PASSPHRASE) == key
    assert fake.entries == {}


def test_move_to_passphrase_keeps_key(fake: FakeKeyring, data_dir: Path) -> None:
    ks = store(data_dir)
    key = ks.create()
    profile_id = ks.profile_id
    assert ks.move_to_passphrase(PASSPHRASE) is True

    assert ks.kind() == "passphrase" and ks.profile_id == profile_id
    assert fake.entries == {}  # the keychain copy is gone
    assert KeyStore(data_dir).load(PASSPHRASE) == key
    assert_not_on_disk(data_dir, key, PASSPHRASE)

    ks.move_to_keychain(PASSPHRASE)  # and back again
    assert KeyStore(data_dir).load() == key


def test_move_to_passphrase_refuses_short(fake: FakeKeyring, data_dir: Path) -> None:
    ks = store(data_dir)
    key = ks.create()
    with pytest.raises(PassphraseTooShort):
        ks.move_to_passphrase("abc")
    assert ks.kind() == "keyring" and ks.load() == key and len(fake.entries) == 1


def test_protection_mismatch(fake: FakeKeyring, tmp_path: Path) -> None:
    in_keychain, with_passphrase = store(tmp_path / "k"), store(tmp_path / "p")
    in_keychain.create()
    with_passphrase.create(PASSPHRASE)
    for call in (
        lambda: in_keychain.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE),
        lambda: in_keychain.move_to_keychain(PASSPHRASE),
        lambda: with_passphrase.move_to_passphrase(OTHER_PASSPHRASE),
    ):
        with pytest.raises(ProtectionMismatch) as info:
            call()
        assert info.value.code == "protection_mismatch"


# --------------------------------------------------------------------------------------------------
# Misc


def test_passphrase_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    assert passphrase_from_env() is None
    monkeypatch.setenv(ENV_PASSPHRASE, "")
    assert passphrase_from_env() is None
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    assert passphrase_from_env() == PASSPHRASE


def test_error_codes_are_stable() -> None:
    expected = {
        KeyStoreError: "keystore_error",
        KeyStoreExists: "keystore_exists",
        KeyStoreNotFound: "keystore_not_found",
        KeyStoreCorrupt: "keystore_corrupt",
        KeychainUnavailable: "keychain_unavailable",
        KeychainError: "keychain_error",
        KeyMissing: "key_missing",
        PassphraseRequired: "passphrase_required",
        WrongPassphrase: "wrong_passphrase",
        PassphraseTooShort: "passphrase_too_short",
        ProtectionMismatch: "protection_mismatch",
    }
    for cls, code in expected.items():
        assert issubclass(cls, KeyStoreError)
        assert cls.code == code


# --------------------------------------------------------------------------------------------------
# A real Secret Service daemon

CHILD_SCRIPT = textwrap.dedent(
    """
    import json
    import shutil
    import subprocess
    import sys
    from contextlib import closing
    from pathlib import Path

    import secretstorage

    from app.host.keystore import (
        KEYRING_SERVICE, Argon2Params, KeyMissing, KeyStore, keychain_status, keyring_username,
    )

    def items(profile_id):
        with closing(secretstorage.dbus_init()) as conn:
            collection = secretstorage.get_default_collection(conn)
            attrs = {"service": KEYRING_SERVICE, "username": keyring_username(profile_id)}
            found = list(collection.search_items(attrs))
            return [item.get_secret().decode() for item in found]

    def delete_all(profile_id):
        with closing(secretstorage.dbus_init()) as conn:
            collection = secretstorage.get_default_collection(conn)
            attrs = {"service": KEYRING_SERVICE, "username": keyring_username(profile_id)}
            for item in collection.search_items(attrs):
                item.delete()

    def on_disk(data_dir, key):
        blob = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
        return key in blob or key.hex().encode() in blob

    data_dir = Path(sys.argv[1])
    passphrase = "real daemon passphrase"
    cheap = Argon2Params(time_cost=1, memory_cost=8, parallelism=1)
    result = {}
    status = keychain_status()
    result["usable"] = status.usable
    result["backend"] = status.backend

    ks = KeyStore(data_dir, argon2=cheap)
    key = ks.create()
    profile_id = ks.profile_id
    result["kind"] = ks.kind()
    result["reloaded_same"] = KeyStore(data_dir).load() == key
    result["secretstorage_matches"] = items(profile_id) == [key.hex()]
    tool = shutil.which("secret-tool")
    if tool:
        out = subprocess.run(
            [tool, "lookup", "service", KEYRING_SERVICE, "username", keyring_username(profile_id)],
            capture_output=True, text=True, timeout=20,
        )
        result["secret_tool_matches"] = out.stdout.strip() == key.hex()
    result["plaintext_on_disk"] = on_disk(data_dir, key)

    result["moved_out_removed"] = ks.move_to_passphrase(passphrase) and items(profile_id) == []
    result["passphrase_load_same"] = KeyStore(data_dir).load(passphrase) == key
    ks.move_to_keychain(passphrase)
    result["moved_back_same"] = KeyStore(data_dir).load() == key and items(profile_id) == [key.hex()]

    delete_all(profile_id)
    try:
        KeyStore(data_dir).load()
        result["after_delete"] = "loaded"
    except KeyMissing as exc:
        result["after_delete"] = exc.code
    print(json.dumps(result))
    """
)


def test_real_secret_service_daemon(tmp_path: Path) -> None:
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not found: this test needs Debian's dbus and gnome-keyring packages "
            "(installed by the project's test setup: apt-get install dbus gnome-keyring libsecret-tools)"
        )
    script = tmp_path / "child.py"
    script.write_text(CHILD_SCRIPT, "utf-8")
    data_dir = tmp_path / "data"
    home = tmp_path / "home"
    for folder in (home, home / ".local/share", home / ".config"):
        folder.mkdir(parents=True, exist_ok=True)

    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "KEYRING_", "XDG_"))}
    for name in ("PYTHON_KEYRING_BACKEND", ENV_PASSPHRASE, "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK"):
        env.pop(name, None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["HOME"] = str(home)
    env["XDG_DATA_HOME"] = str(home / ".local/share")
    env["XDG_CONFIG_HOME"] = str(home / ".config")

    # A short runtime dir: gnome-keyring puts its control socket there (UNIX socket paths are limited).
    with tempfile.TemporaryDirectory(prefix="cdkr-", ignore_cleanup_errors=True) as runtime:
        os.chmod(runtime, 0o700)
        env["XDG_RUNTIME_DIR"] = runtime
        command = [
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" "$@"',
            sys.executable,
            str(script),
            str(data_dir),
        ]
        # Its own process group, so that on a timeout the bus and the daemon are killed too.
        with subprocess.Popen(
            command,
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        ) as proc:
            try:
                stdout, stderr = proc.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                stdout, stderr = proc.communicate()
                pytest.fail(
                    f"the Secret Service child timed out after 60 s\nstdout:\n{stdout}\nstderr:\n{stderr}"
                )

    assert proc.returncode == 0, f"child failed (rc={proc.returncode})\nstdout:\n{stdout}\nstderr:\n{stderr}"
    lines = [line for line in stdout.splitlines() if line.strip()]
    assert lines, f"child printed nothing\nstderr:\n{stderr}"
    result = json.loads(lines[-1])

    assert result["usable"] is True, result
    assert result["backend"] == "keyring.backends.SecretService.Keyring", result
    assert result["kind"] == "keyring"
    assert result["reloaded_same"] is True
    assert result["secretstorage_matches"] is True
    assert result.get("secret_tool_matches", True) is True
    assert result["plaintext_on_disk"] is False
    assert result["moved_out_removed"] is True
    assert result["passphrase_load_same"] is True
    assert result["moved_back_same"] is True
    assert result["after_delete"] == "key_missing"
