"""Storage errors that come from the environment, told apart so the user gets a clear message.

Anything the store raises that is *not* one of these is a bug and propagates unchanged.
"""

from __future__ import annotations

import errno

from app.domain.errors import CodedError


class StorageError(CodedError):
    """An environment fault of the local store. ``code`` is stable for translation."""

    code = "storage_error"


class DiskFull(StorageError):
    code = "disk_full"

    def __init__(self) -> None:
        super().__init__(
            "The disk is full: the change was not saved. Free some space and try again; "
            "everything saved before is intact."
        )


class DatabaseLocked(StorageError):
    code = "database_locked"

    def __init__(self) -> None:
        super().__init__(
            "The database is in use by another program (is CoachDesk already open?). "
            "Close it and try again; nothing was changed."
        )


class CorruptDatabase(StorageError):
    code = "database_corrupt"

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "The database file is damaged" + (f" ({detail})" if detail else "") + ". "
            "Restore it from a backup in the data folder's 'backups' directory, or sync from the server."
        )


class WrongKey(StorageError):
    code = "wrong_key"

    def __init__(self) -> None:
        super().__init__(
            "The database cannot be decrypted with the key this profile has: the key in the keychain "
            "or the passphrase does not belong to this database file."
        )


class NotEncrypted(StorageError):
    code = "not_encrypted"

    def __init__(self) -> None:
        super().__init__(
            "The database file is a plain, unencrypted SQLite file. CoachDesk refuses to use it: "
            "client data must be encrypted at rest."
        )


class CannotOpen(StorageError):
    code = "cannot_open"

    def __init__(self, detail: str) -> None:
        super().__init__(f"The database file cannot be opened: {detail}.")


class NewerDatabase(StorageError):
    code = "database_too_new"

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"This database was written by a newer version of CoachDesk (schema {revision}). "
            "Update CoachDesk to open it; nothing was changed."
        )


class BackupFailed(StorageError):
    code = "backup_failed"

    def __init__(self, detail: str) -> None:
        super().__init__(f"The backup before upgrading the database failed ({detail}); nothing was changed.")


def classify(exc: BaseException, *, wrong_key: bool | None = None) -> StorageError | None:
    """Map a DB-API / OS exception to a :class:`StorageError`, or None when it is not environmental.

    Args:
        exc: the exception raised by sqlcipher3 (possibly wrapped by SQLAlchemy) or the OS.
        wrong_key: for "file is not a database", whether the key is known not to match (the caller
            checks the key fingerprint); None when unknown.
    """
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError):
        if orig.errno == errno.ENOSPC:
            return DiskFull()
        if isinstance(orig, IsADirectoryError):
            return CannotOpen("the database path is a folder, not a file")
        if isinstance(orig, PermissionError):
            return CannotOpen("permission denied; check who owns the data folder")
        if orig.errno in (errno.EROFS, errno.ENOENT, errno.ENOTDIR):
            return CannotOpen(orig.strerror or "the folder is missing or read-only")
        return None
    text = str(orig).lower()
    if "database or disk is full" in text or ("disk i/o error" in text and "full" in text):
        return DiskFull()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLocked()
    if "file is not a database" in text or "file is encrypted" in text:
        return WrongKey() if wrong_key else CorruptDatabase("unreadable header or page")
    if "malformed" in text or "corrupt" in text:
        return CorruptDatabase("malformed database image")
    if "unable to open database file" in text:
        return CannotOpen("check the folder exists and is writable")
    return None
