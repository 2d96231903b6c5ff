"""The sync server's device token, kept in the OS keychain (never the password, never a file).

Stored through the same secure-backend choice as the database key (:mod:`app.host.keystore`), under
service ``"CoachDesk"`` and username ``"sync-token:<device_id>"``. Without a secure keychain there is
no token store: :class:`KeychainUnavailable` says so and the device cannot stay signed in to a server
(it keeps working offline). The token never appears in logs or messages.
"""

from __future__ import annotations

import contextlib

from app.host.keystore import KEYRING_SERVICE, KeychainError, KeychainUnavailable, _secure_backend


def _username(device_id: str) -> str:
    return f"sync-token:{device_id}"


class TokenStore:
    """Save, read and forget the device token of one signed-in device."""

    def _backend(self):  # type: ignore[no-untyped-def]
        backend, status = _secure_backend()
        if backend is None:
            raise KeychainUnavailable(status)
        return backend

    def save(self, device_id: str, token: str) -> None:
        backend = self._backend()
        try:
            backend.set_password(KEYRING_SERVICE, _username(device_id), token)
            if backend.get_password(KEYRING_SERVICE, _username(device_id)) != token:
                raise KeychainError(type(backend).__name__, "store", "the token read back differs")
        except KeychainError:
            raise
        except Exception as exc:
            raise KeychainError(type(backend).__name__, "store", type(exc).__name__) from exc

    def load(self, device_id: str) -> str | None:
        backend = self._backend()
        try:
            token = backend.get_password(KEYRING_SERVICE, _username(device_id))
        except Exception as exc:
            raise KeychainError(type(backend).__name__, "read", type(exc).__name__) from exc
        return token if isinstance(token, str) and token else None

    def forget(self, device_id: str) -> None:
        backend = self._backend()
        with contextlib.suppress(Exception):  # already gone is what we want
            backend.delete_password(KEYRING_SERVICE, _username(device_id))
