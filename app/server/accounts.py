"""Organisations, accounts, teams, caseloads and device tokens: what the administration CLI changes,
and how a request proves who it is.

Passwords are kept as Argon2id hashes only. A login creates a *device* with a random token; the
server keeps only the token's SHA-256, so a copy of the database cannot be used to sign in. Staff and
the organisation are mirrored into synced records (tables ``organisations`` and ``users``) so every
device knows its colleagues' names; those records are written here only.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import utcnow
from app.server.models import Account, Assignment, Device, Organisation, Record
from app.server.sync import iso_now, lock_versions, write_record

ROLES = ("coach", "supervisor", "admin")
TOKEN_LIFETIME = timedelta(days=90)
_hasher = PasswordHasher()
#: Verifying against this keeps a login for an unknown user as slow as for a known one.
_DUMMY_HASH = _hasher.hash("coachdesk-no-such-user")


class AdminError(Exception):
    """An administration request that cannot be carried out; ``code`` names why."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class AuthError(Exception):
    """A request without a valid device token (``token_missing``, ``token_invalid``,
    ``token_revoked``, ``token_expired``, ``account_disabled``) or a failed login."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# -- organisations and people ------------------------------------------------------------------------


def create_organisation(session: Session, name: str) -> Organisation:
    if not name.strip():
        raise AdminError("required", "the organisation needs a name")
    lock_versions(session)
    org = Organisation(id=str(uuid.uuid4()), name=name.strip())
    session.add(org)
    session.flush()
    now = iso_now()
    data = {"name": org.name, "created_at": now, "updated_at": now, "updated_by": None, "deleted_at": None}
    write_record(session, "organisations", org.id, org.id, data, (None, None), None)
    return org


def organisation(session: Session, ref: str) -> Organisation:
    """An organisation by id or exact name."""
    org = session.get(Organisation, ref) or session.scalar(
        select(Organisation).where(Organisation.name == ref)
    )
    if org is None:
        raise AdminError("not_found", f"no organisation {ref!r}")
    return org


def account(session: Session, username: str) -> Account:
    found = session.scalar(select(Account).where(Account.username == username))
    if found is None:
        raise AdminError("not_found", f"no user {username!r}")
    return found


def _mirror_user(session: Session, acc: Account) -> None:
    existing = session.get(Record, ("users", acc.id))
    now = iso_now()
    data: dict[str, Any] = (
        dict(existing.data)
        if existing is not None
        else {"created_at": now, "qualification": "", "deleted_at": None}
    )
    data.update(
        organisation_id=acc.organisation_id,
        username=acc.username,
        display_name=acc.display_name,
        role=acc.role,
        staff_role=data.get("staff_role") or ("coach" if acc.role == "coach" else "social_worker"),
        supervisor_id=acc.supervisor_id,
        active=acc.active,
        updated_at=now,
        updated_by=None,
    )
    write_record(session, "users", acc.id, acc.organisation_id, data, (None, None), None)


def create_user(
    session: Session,
    org: Organisation,
    username: str,
    display_name: str,
    role: str,
    password: str,
    supervisor: str | None = None,
) -> Account:
    if role not in ROLES:
        raise AdminError("unknown_role", f"role must be one of {', '.join(ROLES)}")
    if not username.strip() or not display_name.strip():
        raise AdminError("required", "a user needs a username and a display name")
    if len(password) < 8:
        raise AdminError("weak_password", "passwords need at least 8 characters")
    lock_versions(session)
    if session.scalar(select(Account).where(Account.username == username)) is not None:
        raise AdminError("duplicate", f"the username {username!r} is taken")
    acc = Account(
        id=str(uuid.uuid4()),
        organisation_id=org.id,
        username=username.strip(),
        display_name=display_name.strip(),
        role=role,
        password_hash=_hasher.hash(password),
        active=True,
        scope_version=1,
    )
    session.add(acc)
    session.flush()
    if supervisor is not None:
        _set_supervisor(session, acc, supervisor)
    _mirror_user(session, acc)
    return acc


def _set_supervisor(session: Session, coach: Account, supervisor_username: str | None) -> list[Account]:
    """Point ``coach`` at a supervisor; returns the accounts whose scope changed."""
    touched = [coach]
    if coach.supervisor_id is not None:
        old = session.get(Account, coach.supervisor_id)
        touched += [old] if old is not None else []
    if supervisor_username is None:
        coach.supervisor_id = None
    else:
        sup = account(session, supervisor_username)
        if sup.organisation_id != coach.organisation_id or sup.role not in ("supervisor", "admin"):
            raise AdminError(
                "not_a_supervisor", f"{supervisor_username!r} is not a supervisor of this organisation"
            )
        if sup.id == coach.id:
            raise AdminError("self_supervision", "nobody supervises themselves")
        coach.supervisor_id = sup.id
        touched.append(sup)
    return touched


def set_team(session: Session, coach_username: str, supervisor_username: str | None) -> None:
    lock_versions(session)
    coach = account(session, coach_username)
    for acc in _set_supervisor(session, coach, supervisor_username):
        acc.scope_version += 1
    _mirror_user(session, coach)


def set_active(session: Session, username: str, active: bool) -> None:
    lock_versions(session)
    acc = account(session, username)
    acc.active = active
    if not active:
        for device in session.scalars(
            select(Device).where(Device.account_id == acc.id, Device.revoked_at.is_(None))
        ):
            device.revoked_at = utcnow()
    _mirror_user(session, acc)


def set_password(session: Session, username: str, password: str) -> None:
    if len(password) < 8:
        raise AdminError("weak_password", "passwords need at least 8 characters")
    account(session, username).password_hash = _hasher.hash(password)


def transfer_client(session: Session, client_id: str, coach_username: str) -> None:
    """Move a client (and so every record of theirs) to another coach's caseload.

    The client's record gets the new coach; the old and new coaches and their supervisors are told
    (scope version) to re-scan, so the new coach's devices fetch the client and the old coach's drop
    their copies (a device never deletes a record because it is missing on the server).
    """
    lock_versions(session)
    coach = account(session, coach_username)
    assignment = session.get(Assignment, client_id)
    record = session.get(Record, ("clients", client_id))
    if assignment is None or record is None or record.organisation_id != coach.organisation_id:
        raise AdminError("not_found", f"no client {client_id!r} in {coach.username}'s organisation")
    if coach.role not in ("coach", "supervisor"):
        raise AdminError("not_a_coach", "clients are assigned to coaches or supervisors")
    touched = {assignment.coach_id, coach.id}
    for acc_id in list(touched):
        acc = session.get(Account, acc_id)
        if acc is not None and acc.supervisor_id:
            touched.add(acc.supervisor_id)
    assignment.coach_id = coach.id
    data = dict(record.data, assigned_coach_id=coach.id, updated_at=iso_now())
    write_record(session, "clients", client_id, record.organisation_id, data, (client_id, None), None)
    for acc_id in touched:
        acc = session.get(Account, acc_id)
        if acc is not None:
            acc.scope_version += 1


# -- devices -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuedToken:
    token: str
    device: Device
    account: Account


def login(session: Session, username: str, password: str, device_name: str) -> IssuedToken:
    """Check a password and issue a new device token (``AuthError("login_failed")`` otherwise)."""
    acc = session.scalar(select(Account).where(Account.username == username))
    try:
        _hasher.verify(acc.password_hash if acc is not None else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError) as exc:
        raise AuthError("login_failed") from exc
    if acc is None:
        raise AuthError("login_failed")
    if not acc.active:
        raise AuthError("account_disabled")
    if _hasher.check_needs_rehash(acc.password_hash):
        acc.password_hash = _hasher.hash(password)
    token = secrets.token_urlsafe(32)
    device = Device(
        id=str(uuid.uuid4()),
        account_id=acc.id,
        token_hash=token_hash(token),
        name=device_name[:120],
        expires_at=utcnow() + TOKEN_LIFETIME,
    )
    session.add(device)
    session.flush()
    return IssuedToken(token, device, acc)


def authenticate(session: Session, token: str | None) -> tuple[Account, Device]:
    if not token:
        raise AuthError("token_missing")
    device = session.scalar(select(Device).where(Device.token_hash == token_hash(token)))
    if device is None:
        raise AuthError("token_invalid")
    if device.revoked_at is not None:
        raise AuthError("token_revoked")
    now = utcnow()
    if device.expires_at <= now:
        raise AuthError("token_expired")
    acc = session.get(Account, device.account_id)
    if acc is None or not acc.active:
        raise AuthError("account_disabled")
    if device.last_seen_at is None or now - device.last_seen_at > timedelta(minutes=5):
        device.last_seen_at = now
    return acc, device


def devices(session: Session, username: str | None = None) -> list[tuple[Device, Account]]:
    query = select(Device, Account).join(Account, Account.id == Device.account_id).order_by(Device.created_at)
    if username is not None:
        query = query.where(Account.username == username)
    return [(d, a) for d, a in session.execute(query)]


def revoke_device(session: Session, device_id: str) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise AdminError("not_found", f"no device {device_id!r}")
    if device.revoked_at is None:
        device.revoked_at = utcnow()
    return device


def expire_device(session: Session, device_id: str, when: datetime) -> None:
    """Set a device token's expiry (administration, and tests of expiry)."""
    device = session.get(Device, device_id)
    if device is None:
        raise AdminError("not_found", f"no device {device_id!r}")
    device.expires_at = when
