"""The database key of one data directory: where it lives and how it is protected.

Every CoachDesk profile database is encrypted by SQLCipher with a random 256-bit key that is made
once, here, and never changes (re-keying a database is a separate, explicit operation elsewhere). This
module keeps that key safe and hands it to the storage layer as raw bytes; it imports no Qt and no
SQLAlchemy.

The data directory holds ``keystore.json``, which says where the key is:

* ``"kind": "keyring"`` — the key is in the operating system's keychain (Secret Service/GNOME Keyring
  or KWallet on Linux, Keychain on macOS, Credential Manager on Windows), through :mod:`keyring`,
  under service ``"CoachDesk"`` and username ``"database-key:<profile_id>"``, as 64 lowercase hex
  characters. The file itself holds no secret.
* ``"kind": "passphrase"`` — there is no usable keychain (or the user preferred a passphrase). The key
  is wrapped with AES-256-GCM under a key-encryption key derived from the passphrase with Argon2id;
  the profile id is the GCM associated data, so a wrapped key cannot be moved to another profile's
  file unnoticed. The file holds only the salt, the Argon2 parameters, the nonce and the wrapped key.

The key is never written to disk in plaintext: when the only keyring backend is a plaintext or
"weak" one (``keyrings.alt``, the ``fail``/``null`` backends, anything below the priority keyring
itself recommends), :func:`keychain_status` reports it as unusable and :meth:`KeyStore.create`
raises :class:`KeychainUnavailable`, whose message offers the passphrase instead.

Unattended scripts and tests that run where there is no keychain supply the passphrase in the
``COACHDESK_PASSPHRASE`` environment variable; see :func:`passphrase_from_env`.

Neither the key nor a passphrase is ever logged or put into an exception message.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import secrets
import tempfile
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import keyring
import keyring.errors
from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from app.domain.errors import CodedError

__all__ = [
    "DEFAULT_ARGON2",
    "ENV_PASSPHRASE",
    "KEYRING_SERVICE",
    "KEYSTORE_FILENAME",
    "MIN_PASSPHRASE_LENGTH",
    "Argon2Params",
    "KeyMissing",
    "KeyStore",
    "KeyStoreCorrupt",
    "KeyStoreError",
    "KeyStoreExists",
    "KeyStoreNotFound",
    "KeychainError",
    "KeychainStatus",
    "KeychainUnavailable",
    "PassphraseRequired",
    "PassphraseTooShort",
    "ProtectionMismatch",
    "WrongPassphrase",
    "keychain_status",
    "keyring_username",
    "passphrase_from_env",
]

log = logging.getLogger(__name__)

Kind = Literal["keyring", "passphrase"]

KEYSTORE_FILENAME = "keystore.json"
KEYRING_SERVICE = "CoachDesk"
ENV_PASSPHRASE = "COACHDESK_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 8

_FORMAT = 1
_KEY_BYTES = 32
_SALT_BYTES = 16
_NONCE_BYTES = 12
_GCM_TAG_BYTES = 16
_CIPHER = "aes-256-gcm"
_KDF_NAME = "argon2id"
_MAX_FILE_BYTES = 64 * 1024

# Bounds for Argon2 parameters, for our own defaults and for what a keystore.json may ask for. The
# upper bounds stop a damaged or hostile file from making start-up take minutes or gigabytes.
_MAX_TIME_COST = 50
_MAX_MEMORY_COST = 1024 * 1024  # KiB = 1 GiB
_MAX_PARALLELISM = 16


# --------------------------------------------------------------------------------------------------
# Errors


class KeyStoreError(CodedError):
    """Base of every error this module raises on purpose. ``params`` holds only non-secret values
    (paths, profile id, backend name) — never the key or the passphrase."""

    code = "keystore_error"


class KeyStoreExists(KeyStoreError):
    """:meth:`KeyStore.create` was called for a data directory that already has a key."""

    code = "keystore_exists"

    def __init__(self, path: Path):
        super().__init__(
            f"A database key already exists in {path.parent}. CoachDesk will not replace it, because "
            "the database that uses it could then never be opened again.",
            params={"path": str(path)},
        )


class KeyStoreNotFound(KeyStoreError):
    """There is no ``keystore.json`` in the data directory (no key was ever created there)."""

    code = "keystore_not_found"

    def __init__(self, path: Path):
        super().__init__(
            f"No database key was found: the file {path} does not exist.",
            params={"path": str(path)},
        )


class KeyStoreCorrupt(KeyStoreError):
    """``keystore.json`` (or the keychain entry it points to) cannot be read or is not valid."""

    code = "keystore_corrupt"

    def __init__(self, path: Path, detail: str):
        super().__init__(
            f"The database key file {path} is damaged or invalid ({detail}). The database cannot be "
            "opened until the file is restored from a backup.",
            params={"path": str(path), "detail": detail},
        )


class KeychainUnavailable(KeyStoreError):
    """No secure keychain backend is usable, so the key cannot be kept in the system keychain."""

    code = "keychain_unavailable"

    def __init__(self, status: KeychainStatus, *, key_is_there: bool = False):
        if key_is_there:
            message = (
                "The database key is kept in the system keychain, but no secure keychain is available "
                f"now (found keyring backend {status.backend}: {status.reason}). Start or unlock the "
                "system keychain and try again."
            )
        else:
            message = (
                "No secure system keychain is available to keep the database key (found keyring "
                f"backend {status.backend}: {status.reason}). CoachDesk never stores the key in a "
                "plain file. You can protect the key with a passphrase instead."
            )
        super().__init__(message, params={"backend": status.backend, "reason": status.reason})
        self.status = status


class KeychainError(KeyStoreError):
    """The keychain backend failed (locked keyring, daemon gone, access denied, ...)."""

    code = "keychain_error"

    def __init__(self, backend: str, operation: str, detail: str):
        super().__init__(
            f"The system keychain ({backend}) could not {operation}: {detail}. If the keychain is "
            "locked, unlock it and try again.",
            params={"backend": backend, "operation": operation, "detail": detail},
        )


class KeyMissing(KeyStoreError):
    """``keystore.json`` says the key is in the keychain, but the keychain has no such entry."""

    code = "key_missing"

    def __init__(self, profile_id: str, backend: str):
        super().__init__(
            f"The database key of this profile ({profile_id}) is no longer in the system keychain "
            f"({backend}). The database cannot be opened without it. Restore the keychain entry "
            f"(service '{KEYRING_SERVICE}', account 'database-key:{profile_id}') from a backup of "
            "the keychain if you have one.",
            params={"profile_id": profile_id, "backend": backend},
        )


class PassphraseRequired(KeyStoreError):
    """The key is protected by a passphrase and none was given."""

    code = "passphrase_required"

    def __init__(self) -> None:
        super().__init__(
            "This CoachDesk database is protected by a passphrase. Enter the passphrase to open it "
            f"(unattended scripts can set the {ENV_PASSPHRASE} environment variable)."
        )


class WrongPassphrase(KeyStoreError):
    """The passphrase does not unwrap the key.

    AES-GCM cannot tell a wrong passphrase from a wrapped key, nonce, salt or profile id that was
    altered in the file: both fail the same authentication check. Such tampering is therefore
    reported as ``WrongPassphrase`` (and the message says so); only structurally invalid files (bad
    base64, wrong lengths, missing fields) are :class:`KeyStoreCorrupt`.
    """

    code = "wrong_passphrase"

    def __init__(self) -> None:
        super().__init__(
            "The passphrase is not correct (or the key file keystore.json has been altered). Check "
            "the passphrase and try again."
        )


class PassphraseTooShort(KeyStoreError):
    """A new passphrase is empty or shorter than :data:`MIN_PASSPHRASE_LENGTH` characters."""

    code = "passphrase_too_short"

    def __init__(self, empty: bool):
        if empty:
            message = (
                f"The passphrase is empty. Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} "
                "characters."
            )
        else:
            message = (
                f"The passphrase is too short. It must have at least {MIN_PASSPHRASE_LENGTH} characters."
            )
        super().__init__(message, params={"min_length": MIN_PASSPHRASE_LENGTH, "empty": empty})


class ProtectionMismatch(KeyStoreError):
    """The operation needs the other kind of protection (e.g. changing the passphrase of a key that
    is kept in the keychain)."""

    code = "protection_mismatch"

    def __init__(self, actual: Kind, operation: str):
        where = "in the system keychain" if actual == "keyring" else "protected by a passphrase"
        super().__init__(
            f"Cannot {operation}: the database key is kept {where}.",
            params={"kind": actual, "operation": operation},
        )


# --------------------------------------------------------------------------------------------------
# Keychain detection


@dataclass(frozen=True)
class KeychainStatus:
    """Whether the current keyring backend is a secure keychain the key may be stored in.

    ``backend`` is the dotted class name of the backend keyring selected (e.g.
    ``keyring.backends.SecretService.Keyring``); ``reason`` says in plain words why it is or is not
    usable.
    """

    usable: bool
    backend: str
    reason: str


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _assess(backend: KeyringBackend, depth: int = 0) -> tuple[KeyringBackend | None, str]:
    """The secure backend to use for ``backend`` (itself, or for a chainer its best secure member)."""
    # Imported here so that a broken optional backend module cannot break importing this module.
    from keyring.backends import fail, null

    module = type(backend).__module__
    if isinstance(backend, fail.Keyring):
        return None, "no keychain backend is installed or reachable"
    if isinstance(backend, null.Keyring):
        return None, "the keyring is disabled (null backend)"
    if module == "keyrings.alt" or module.startswith("keyrings.alt."):
        return None, "it keeps secrets in a file, not in a secure keychain"
    if isinstance(backend, ChainerBackend):
        if depth > 2:
            return None, "nested chained backends"
        try:
            members = list(backend.backends)
        except Exception as exc:
            return None, f"the chained backends could not be listed ({type(exc).__name__})"
        for member in members:
            chosen, _ = _assess(member, depth + 1)
            if chosen is not None:
                return chosen, f"secure chained backend {_backend_name(chosen)}"
        return None, "none of the chained backends is a secure keychain"
    try:
        priority = float(backend.priority)
    except Exception as exc:
        return None, f"the backend is not available ({type(exc).__name__}: {_short(str(exc))})"
    if priority < 1:
        return None, f"its priority {priority:g} is below the level keyring recommends"
    return backend, "secure keychain"


def _secure_backend() -> tuple[KeyringBackend | None, KeychainStatus]:
    try:
        current = keyring.get_keyring()
    except Exception as exc:
        status = KeychainStatus(False, "(none)", f"keyring failed to start ({type(exc).__name__})")
        return None, status
    chosen, reason = _assess(current)
    name = _backend_name(chosen if chosen is not None else current)
    return chosen, KeychainStatus(chosen is not None, name, reason)


def keychain_status() -> KeychainStatus:
    """Report whether the database key can be kept in the system keychain.

    Usable only for a real secure backend. Not usable: ``keyring.backends.fail.Keyring`` (nothing
    found), ``keyring.backends.null.Keyring``, every backend from ``keyrings.alt`` (plaintext or
    weakly encrypted files), any backend with ``priority < 1``, a backend whose ``priority`` raises,
    and a ``ChainerBackend`` none of whose members is usable. For a chainer that has a usable member,
    the status names that member, and the key store talks to it directly, so a secret can never fall
    through the chain into a weaker backend.
    """
    return _secure_backend()[1]


def keyring_username(profile_id: str) -> str:
    """The keychain account name under which a profile's database key is stored."""
    return f"database-key:{profile_id}"


def passphrase_from_env() -> str | None:
    """The passphrase from the ``COACHDESK_PASSPHRASE`` environment variable, or None if unset/empty.

    This is how unattended scripts, scheduled jobs and tests supply the passphrase of a
    passphrase-protected key store on a machine without a keychain. Anyone who can read the process
    environment can read it, so interactive use should prompt instead.
    """
    value = os.environ.get(ENV_PASSPHRASE)
    return value or None


# --------------------------------------------------------------------------------------------------
# Argon2 parameters


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters for deriving the key-encryption key from a passphrase.

    ``memory_cost`` is in KiB. The defaults (``DEFAULT_ARGON2``: 3 passes, 64 MiB, 2 lanes) are the
    RFC 9106 "memory-constrained" recommendation with 2 lanes instead of 4, because job coaches often
    use old two-core office laptops: about 0.1-0.3 s and 64 MiB there, paid once per start-up (the
    unwrapped key is a raw SQLCipher key, so connections themselves cost nothing extra). New
    parameters only apply when a passphrase is set; a keystore.json keeps the ones it was made with.
    """

    time_cost: int = 3
    memory_cost: int = 65536
    parallelism: int = 2

    def __post_init__(self) -> None:
        problem = _argon2_problem(self.time_cost, self.memory_cost, self.parallelism)
        if problem:
            raise ValueError(f"invalid Argon2 parameters: {problem}")


def _argon2_problem(time_cost: object, memory_cost: object, parallelism: object) -> str | None:
    if not (type(time_cost) is int and type(memory_cost) is int and type(parallelism) is int):
        return "time_cost, memory_cost and parallelism must all be integers"
    if not 1 <= time_cost <= _MAX_TIME_COST:
        return f"time_cost must be between 1 and {_MAX_TIME_COST}"
    if not 1 <= parallelism <= _MAX_PARALLELISM:
        return f"parallelism must be between 1 and {_MAX_PARALLELISM}"
    if not 8 * parallelism <= memory_cost <= _MAX_MEMORY_COST:
        return f"memory_cost must be between 8*parallelism and {_MAX_MEMORY_COST} KiB"
    return None


DEFAULT_ARGON2 = Argon2Params()


# --------------------------------------------------------------------------------------------------
# The key store


@dataclass(frozen=True)
class _Wrapped:
    salt: bytes
    params: Argon2Params
    nonce: bytes
    wrapped_key: bytes


@dataclass(frozen=True)
class _Record:
    profile_id: str
    kind: Kind
    wrapped: _Wrapped | None = None


class KeyStore:
    """The SQLCipher database key of one data directory (``<data_dir>/keystore.json``).

    Every method reads ``keystore.json`` afresh, so several instances (or processes) may look at the
    same directory; every change is written atomically (temporary file in the same directory, fsync,
    ``os.replace``, fsync of the directory) with mode 0600, and :meth:`create` never overwrites an
    existing file.

    The key itself never changes: :meth:`change_passphrase`, :meth:`move_to_keychain` and
    :meth:`move_to_passphrase` only change how it is protected, so the database stays readable. Note
    that a copy of an old ``keystore.json`` (e.g. in a backup) still opens the database with the old
    passphrase; changing the passphrase does not re-key the database.

    Args:
        data_dir: the profile's data directory (created if missing).
        argon2: Argon2id cost for passphrases set through this instance; tests pass cheap ones.
    """

    def __init__(self, data_dir: Path, *, argon2: Argon2Params = DEFAULT_ARGON2):
        self._dir = Path(data_dir)
        self._path = self._dir / KEYSTORE_FILENAME
        self._argon2 = argon2

    # -- queries ------------------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        """Where ``keystore.json`` lives."""
        return self._path

    @property
    def profile_id(self) -> str:
        """The profile's UUID as written in ``keystore.json`` (raises KeyStoreNotFound if none)."""
        return self._read().profile_id

    def exists(self) -> bool:
        """Whether this data directory has a ``keystore.json`` (valid or not)."""
        return self._path.exists()

    def kind(self) -> Kind:
        """How the key is protected: ``"keyring"`` or ``"passphrase"``."""
        return self._read().kind

    # -- create and load ----------------------------------------------------------------------------

    def create(self, passphrase: str | None = None) -> bytes:
        """Make a new random 256-bit key for this directory and return it.

        With ``passphrase=None`` the key goes into the system keychain; ``keystore.json`` is written
        only after the keychain accepted the key and gave it back unchanged. With a passphrase the key
        is wrapped with it. Raises KeyStoreExists if a key store is already there, KeychainUnavailable
        if no secure keychain is usable, PassphraseTooShort for an empty or short passphrase, and
        KeychainError if the keychain fails.
        """
        if self._path.exists():
            raise KeyStoreExists(self._path)
        if passphrase is not None:
            _check_new_passphrase(passphrase)
        backend: KeyringBackend | None = None
        if passphrase is None:
            backend, status = _secure_backend()
            if backend is None:
                raise KeychainUnavailable(status)
        self._dir.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(_KEY_BYTES)
        profile_id = str(uuid.uuid4())
        if passphrase is not None:
            record = _Record(profile_id, "passphrase", self._wrap(key, passphrase, profile_id))
            self._write(record, exclusive=True)
            log.info("Created a passphrase-protected database key in %s", self._dir)
            return key
        assert backend is not None
        self._store_in_keychain(backend, profile_id, key)
        try:
            self._write(_Record(profile_id, "keyring"), exclusive=True)
        except BaseException:
            self._forget_in_keychain(backend, profile_id)
            raise
        log.info("Created a database key in the keychain (%s) for %s", _backend_name(backend), self._dir)
        return key

    def load(self, passphrase: str | None = None) -> bytes:
        """Return the 32-byte database key.

        For a keychain-kept key ``passphrase`` is ignored. Raises KeyStoreNotFound, KeyStoreCorrupt,
        KeychainUnavailable, KeychainError, KeyMissing (entry gone from the keychain),
        PassphraseRequired (passphrase-protected and none or an empty one given) or WrongPassphrase.
        """
        record = self._read()
        if record.kind == "keyring":
            return self._load_from_keychain(record.profile_id)
        if not passphrase:
            raise PassphraseRequired()
        assert record.wrapped is not None
        return self._unwrap(record.wrapped, passphrase, record.profile_id)

    # -- change protection --------------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the key under ``new`` (fresh salt and nonce); the key itself stays the same."""
        record = self._read()
        if record.kind != "passphrase":
            raise ProtectionMismatch(record.kind, "change the passphrase")
        _check_new_passphrase(new)
        key = self.load(old)
        self._write(_Record(record.profile_id, "passphrase", self._wrap(key, new, record.profile_id)))
        log.info("Changed the passphrase of the database key in %s", self._dir)

    def move_to_keychain(self, passphrase: str) -> None:
        """Move a passphrase-protected key into the system keychain (the key itself stays the same).

        The key is stored and read back from the keychain before ``keystore.json`` is replaced, so an
        interruption leaves the passphrase file in force.
        """
        record = self._read()
        if record.kind != "passphrase":
            raise ProtectionMismatch(record.kind, "move the key into the keychain")
        key = self.load(passphrase)
        backend, status = _secure_backend()
        if backend is None:
            raise KeychainUnavailable(status)
        self._store_in_keychain(backend, record.profile_id, key)
        try:
            self._write(_Record(record.profile_id, "keyring"))
        except BaseException:
            self._forget_in_keychain(backend, record.profile_id)
            raise
        log.info("Moved the database key of %s into the keychain (%s)", self._dir, _backend_name(backend))

    def move_to_passphrase(self, new_passphrase: str) -> bool:
        """Protect a keychain-kept key with a passphrase instead (the key itself stays the same).

        The new ``keystore.json`` is durable on disk before the keychain entry is deleted. Returns
        True if the keychain entry was then removed; False if removing it failed (the passphrase
        protection is in force anyway; the leftover entry is logged by name and may be deleted by
        hand).
        """
        record = self._read()
        if record.kind != "keyring":
            raise ProtectionMismatch(record.kind, "protect the key with a passphrase")
        _check_new_passphrase(new_passphrase)
        key = self._load_from_keychain(record.profile_id)
        wrapped = self._wrap(key, new_passphrase, record.profile_id)
        self._write(_Record(record.profile_id, "passphrase", wrapped))
        backend, _ = _secure_backend()
        removed = backend is not None and self._forget_in_keychain(backend, record.profile_id)
        if not removed:
            log.warning(
                "The key of %s is now passphrase-protected, but its old keychain entry %r (service %r) "
                "could not be removed",
                self._dir,
                keyring_username(record.profile_id),
                KEYRING_SERVICE,
            )
        log.info("Moved the database key of %s from the keychain to a passphrase", self._dir)
        return removed

    # -- keychain -----------------------------------------------------------------------------------

    def _store_in_keychain(self, backend: KeyringBackend, profile_id: str, key: bytes) -> None:
        name = _backend_name(backend)
        username = keyring_username(profile_id)
        secret = key.hex()
        try:
            backend.set_password(KEYRING_SERVICE, username, secret)
        except Exception as exc:
            raise KeychainError(name, "store the database key", _describe(exc, secret)) from None
        try:
            readback = backend.get_password(KEYRING_SERVICE, username)
        except Exception as exc:
            self._forget_in_keychain(backend, profile_id)
            raise KeychainError(name, "read back the database key", _describe(exc, secret)) from None
        if readback != secret:
            self._forget_in_keychain(backend, profile_id)
            raise KeychainError(
                name, "store the database key", "the key read back differs from the key stored"
            )

    def _forget_in_keychain(self, backend: KeyringBackend, profile_id: str) -> bool:
        try:
            backend.delete_password(KEYRING_SERVICE, keyring_username(profile_id))
        except keyring.errors.PasswordDeleteError:
            return True  # not there (any more): nothing to forget
        except Exception as exc:
            log.warning("Could not delete keychain entry (%s)", type(exc).__name__)
            return False
        return True

    def _load_from_keychain(self, profile_id: str) -> bytes:
        backend, status = _secure_backend()
        if backend is None:
            raise KeychainUnavailable(status, key_is_there=True)
        name = _backend_name(backend)
        try:
            secret = backend.get_password(KEYRING_SERVICE, keyring_username(profile_id))
        except Exception as exc:
            raise KeychainError(name, "read the database key", _describe(exc)) from None
        if secret is None:
            raise KeyMissing(profile_id, name)
        key = _parse_hex_key(secret)
        if key is None:
            raise KeyStoreCorrupt(self._path, "the keychain entry it points to does not hold a valid key")
        return key

    # -- passphrase wrapping ------------------------------------------------------------------------

    def _wrap(self, key: bytes, passphrase: str, profile_id: str) -> _Wrapped:
        salt = secrets.token_bytes(_SALT_BYTES)
        nonce = secrets.token_bytes(_NONCE_BYTES)
        kek = self._derive(passphrase, salt, self._argon2)
        wrapped_key = AESGCM(kek).encrypt(nonce, key, profile_id.encode("ascii"))
        return _Wrapped(salt, self._argon2, nonce, wrapped_key)

    def _unwrap(self, wrapped: _Wrapped, passphrase: str, profile_id: str) -> bytes:
        kek = self._derive(passphrase, wrapped.salt, wrapped.params)
        try:
            key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.wrapped_key, profile_id.encode("ascii"))
        except InvalidTag:
            raise WrongPassphrase() from None
        if len(key) != _KEY_BYTES:
            raise KeyStoreCorrupt(self._path, "the unwrapped key has the wrong length")
        return key

    def _derive(self, passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
        try:
            return hash_secret_raw(
                secret=_encode_passphrase(passphrase),
                salt=salt,
                time_cost=params.time_cost,
                memory_cost=params.memory_cost,
                parallelism=params.parallelism,
                hash_len=_KEY_BYTES,
                type=Type.ID,
            )
        except (HashingError, MemoryError) as exc:
            raise KeyStoreError(
                f"The passphrase could not be processed (Argon2 failed: {type(exc).__name__}). Close "
                "other programs to free memory and try again.",
                code="kdf_failed",
            ) from None

    # -- keystore.json ------------------------------------------------------------------------------

    def _read(self) -> _Record:
        try:
            with self._path.open("rb") as fh:
                raw = fh.read(_MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise KeyStoreNotFound(self._path) from None
        except OSError as exc:
            raise KeyStoreCorrupt(self._path, f"it cannot be read: {type(exc).__name__}") from None
        if len(raw) > _MAX_FILE_BYTES:
            raise KeyStoreCorrupt(self._path, "it is far too large")
        try:
            doc = json.loads(raw)
        except ValueError:
            raise KeyStoreCorrupt(self._path, "it is not valid JSON") from None
        return _parse_record(doc, self._path)

    def _write(self, record: _Record, *, exclusive: bool = False) -> None:
        doc: dict[str, Any] = {"format": _FORMAT, "profile_id": record.profile_id, "kind": record.kind}
        if record.wrapped is not None:
            w = record.wrapped
            doc["kdf"] = {
                "name": _KDF_NAME,
                "salt": _b64(w.salt),
                "time_cost": w.params.time_cost,
                "memory_cost": w.params.memory_cost,
                "parallelism": w.params.parallelism,
            }
            doc["cipher"] = _CIPHER
            doc["nonce"] = _b64(w.nonce)
            doc["wrapped_key"] = _b64(w.wrapped_key)
        data = (json.dumps(doc, indent=2) + "\n").encode("utf-8")
        _atomic_write(self._path, data, exclusive=exclusive)


# --------------------------------------------------------------------------------------------------
# Helpers


def _check_new_passphrase(passphrase: str) -> None:
    if not passphrase or not passphrase.strip():
        raise PassphraseTooShort(empty=True)
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseTooShort(empty=False)


def _encode_passphrase(passphrase: str) -> bytes:
    # NFC, so that the same characters typed through different input methods give the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _parse_hex_key(secret: str) -> bytes | None:
    if len(secret) != 2 * _KEY_BYTES:
        return None
    try:
        return bytes.fromhex(secret)
    except ValueError:
        return None


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(exc: BaseException, secret: str | None = None) -> str:
    """A one-line description of a backend exception, with the secret scrubbed out just in case."""
    text = str(exc)
    if secret:
        text = text.replace(secret, "[redacted]")
    text = _short(text)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(doc: Mapping[str, Any], field: str, path: Path) -> bytes:
    value = doc.get(field)
    if not isinstance(value, str):
        raise KeyStoreCorrupt(path, f"'{field}' is missing or not a string")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise KeyStoreCorrupt(path, f"'{field}' is not valid base64") from None


def _parse_record(doc: object, path: Path) -> _Record:
    if not isinstance(doc, dict):
        raise KeyStoreCorrupt(path, "it is not a JSON object")
    fmt = doc.get("format")
    if type(fmt) is not int:
        raise KeyStoreCorrupt(path, "'format' is missing")
    if fmt != _FORMAT:
        raise KeyStoreCorrupt(path, f"format {fmt} is not known to this version of CoachDesk")
    profile_id = doc.get("profile_id")
    if not isinstance(profile_id, str):
        raise KeyStoreCorrupt(path, "'profile_id' is missing")
    try:
        canonical = str(uuid.UUID(profile_id))
    except ValueError:
        canonical = ""
    if canonical != profile_id:
        raise KeyStoreCorrupt(path, "'profile_id' is not a UUID")
    kind = doc.get("kind")
    if kind == "keyring":
        return _Record(profile_id, "keyring")
    if kind != "passphrase":
        raise KeyStoreCorrupt(path, "'kind' is neither 'keyring' nor 'passphrase'")
    kdf = doc.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != _KDF_NAME:
        raise KeyStoreCorrupt(path, f"'kdf' is missing or not {_KDF_NAME}")
    if doc.get("cipher") != _CIPHER:
        raise KeyStoreCorrupt(path, f"'cipher' is missing or not {_CIPHER}")
    problem = _argon2_problem(kdf.get("time_cost"), kdf.get("memory_cost"), kdf.get("parallelism"))
    if problem:
        raise KeyStoreCorrupt(path, f"the Argon2 parameters are invalid: {problem}")
    params = Argon2Params(kdf["time_cost"], kdf["memory_cost"], kdf["parallelism"])
    salt = _unb64(kdf, "salt", path)
    nonce = _unb64(doc, "nonce", path)
    wrapped_key = _unb64(doc, "wrapped_key", path)
    if not 16 <= len(salt) <= 64:
        raise KeyStoreCorrupt(path, "the salt has the wrong length")
    if len(nonce) != _NONCE_BYTES:
        raise KeyStoreCorrupt(path, "the nonce has the wrong length")
    if len(wrapped_key) != _KEY_BYTES + _GCM_TAG_BYTES:
        raise KeyStoreCorrupt(path, "the wrapped key has the wrong length")
    return _Record(profile_id, "passphrase", _Wrapped(salt, params, nonce, wrapped_key))


def _atomic_write(path: Path, data: bytes, *, exclusive: bool) -> None:
    """Write ``data`` to ``path`` atomically and durably, mode 0600.

    With ``exclusive`` the file is hard-linked into place, which fails if ``path`` exists, so two
    processes creating a key at once cannot overwrite each other; where hard links are not supported
    it falls back to check-then-replace.
    """
    directory = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=".keystore-", suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o600)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if exclusive:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise KeyStoreExists(path) from None
            except (OSError, NotImplementedError):
                if path.exists():
                    raise KeyStoreExists(path) from None
                os.replace(tmp, path)
            else:
                tmp.unlink()
        else:
            os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(directory)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
