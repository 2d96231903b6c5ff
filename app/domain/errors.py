"""Domain errors: a stable code plus parameters, so every presentation layer can translate them.

The GUI translates ``code`` with its own catalogue (Qt Linguist); the CLI and logs use the English
``message``. Parameters never carry personal data that must not be logged (no ID numbers or names):
a validator reports *which* field is wrong and *why*, not the value itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field: ``field`` names it, ``code`` says what is wrong."""

    field: str
    code: str
    params: Mapping[str, Any] = dc_field(default_factory=dict)
    message: str = ""

    def __str__(self) -> str:
        return f"{self.field}: {self.message or self.code}"


class CodedError(Exception):
    """Base of every error CoachDesk raises on purpose (domain, storage, key store): a stable ``code``
    for translation catalogues and tests, ``params`` for the translated message, and a complete English
    ``message`` (also ``str()``). The GUI translates any of them by code; the CLI prints the message."""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None, params: Mapping[str, Any] | None = None):
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params: Mapping[str, Any] = dict(params or {})

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class DomainError(CodedError):
    """Base of every error the domain or the services raise on purpose (not bugs)."""

    code = "domain_error"


class ValidationError(DomainError):
    """Input that breaks a domain rule. Carries every field error found, not just the first."""

    code = "validation_failed"

    def __init__(self, errors: Iterable[FieldError]):
        self.errors: tuple[FieldError, ...] = tuple(errors)
        if not self.errors:
            raise ValueError("ValidationError needs at least one FieldError")
        super().__init__("; ".join(str(e) for e in self.errors))

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


class NotFound(DomainError):
    """A record that was asked for by id does not exist (or was deleted)."""

    code = "not_found"


class RuleViolation(DomainError):
    """An operation that is not allowed in the record's current state (e.g. editing a final record)."""

    code = "rule_violation"


class PermissionDenied(DomainError):
    """The acting user's role does not allow the operation."""

    code = "permission_denied"


class Collector:
    """Gathers field errors while validating an input, then raises them all at once.

    >>> c = Collector(); c.check(False, "phone", "phone_invalid", "not a phone number"); c.raise_if_any()
    Traceback (most recent call last):
    ...
    app.domain.errors.ValidationError: phone: not a phone number
    """

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_name: str, code: str, message: str, **params: Any) -> None:
        self.errors.append(FieldError(field_name, code, params, message))

    def check(self, ok: bool, field_name: str, code: str, message: str, **params: Any) -> None:
        if not ok:
            self.add(field_name, code, message, **params)

    def extend(self, errors: Iterable[FieldError]) -> None:
        self.errors.extend(errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
