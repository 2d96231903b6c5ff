"""Organisation and staff use cases, and who the signed-in user of this workspace is."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.domain.errors import Collector, RuleViolation
from app.domain.records import ROLES
from app.services.base import Actor, ServiceBase
from app.storage.models import LocalSetting, Organisation, User
from app.storage.uow import audit

CURRENT_USER_KEY = "current_user_id"


@dataclass(frozen=True)
class UserInput:
    username: str
    display_name: str
    role: str
    staff_role: str = "coach"
    qualification: str = ""
    supervisor_id: str | None = None


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    display_name: str
    role: str
    supervisor_id: str | None


class PeopleService(ServiceBase):
    """The organisation, its staff and teams (supervisor → coaches)."""

    def create_organisation(self, name: str) -> str:
        if not name.strip():
            raise RuleViolation("The organisation needs a name.", code="required")
        with self.tx() as s:
            org = Organisation(name=name.strip())
            s.add(org)
            s.flush()
            self.audit(s, "create", "organisation", org.id)
            return org.id

    def create_user(self, organisation_id: str, data: UserInput) -> str:
        c = Collector()
        c.check(bool(data.username.strip()), "username", "required", "is required")
        c.check(bool(data.display_name.strip()), "display_name", "required", "is required")
        c.check(data.role in ROLES, "role", "unknown_code", f"must be one of {', '.join(ROLES)}")
        c.check(
            self.ref.is_code("staff_role", data.staff_role),
            "staff_role",
            "unknown_code",
            "is not a staff role",
        )
        c.raise_if_any()
        with self.tx() as s:
            self.get(s, Organisation, organisation_id, what="organisation")
            if s.scalars(select(User).where(User.username == data.username.strip())).first():
                raise RuleViolation("This username is taken.", code="duplicate_username")
            if data.supervisor_id:
                sup = self.user(s, data.supervisor_id)
                if sup.role not in ("supervisor", "admin"):
                    raise RuleViolation("A team is led by a supervisor.", code="not_a_supervisor")
            user = User(
                organisation_id=organisation_id,
                username=data.username.strip(),
                display_name=data.display_name.strip(),
                role=data.role,
                staff_role=data.staff_role,
                qualification=data.qualification,
                supervisor_id=data.supervisor_id,
            )
            s.add(user)
            s.flush()
            self.audit(s, "create", "user", user.id, role=data.role)
            return user.id

    def users(self, role: str | None = None) -> list[UserRow]:
        with self.ctx.uow.read() as s:
            q = self.live(User).order_by(User.display_name)
            if role:
                q = q.where(User.role == role)
            return [UserRow(u.id, u.username, u.display_name, u.role, u.supervisor_id) for u in s.scalars(q)]

    def sign_in(self, user_id: str) -> Actor:
        """Make ``user_id`` the user of this workspace (kept in the encrypted store)."""
        with self.ctx.uow.begin(user_id) as s:
            user = self.user(s, user_id)
            row = s.get(LocalSetting, CURRENT_USER_KEY)
            if row is None:
                s.add(LocalSetting(key=CURRENT_USER_KEY, value=user_id))
            else:
                row.value = user_id
            audit(s, user_id, "sign_in", "user", user_id)
            actor = Actor(user.id, user.role, user.organisation_id, user.display_name)
        self.ctx.actor = actor
        return actor

    def current_actor(self) -> Actor | None:
        with self.ctx.uow.read() as s:
            row = s.get(LocalSetting, CURRENT_USER_KEY)
            if row is None:
                return None
            user = s.get(User, row.value)
            if user is None or user.deleted_at is not None:
                return None
            return Actor(user.id, user.role, user.organisation_id, user.display_name)
