"""The workspace: one opened profile and every service over it — the single object that the GUI and
the CLI hold. Built by :func:`app.bootstrap.open_workspace`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.services.base import Actor, Context
from app.services.casework import (
    EmployerService,
    PlacementService,
    PlanService,
    SessionService,
    SupervisionService,
)
from app.services.client_file import ClientFileService
from app.services.clients import ClientService
from app.services.due import DueService
from app.services.employer_file import EmployerFileService
from app.services.forms import FormService
from app.services.people import PeopleService
from app.services.reporting import IntegrityService, OutcomeService
from app.services.sync_status import SyncStatusService


@dataclass
class Workspace:
    """An open data directory: its services, and what opening it did (migration, backup)."""

    ctx: Context
    data_dir: Path
    migrated_from: str | None = None
    backup: Path | None = None
    form_dirs: tuple[Path, ...] = ()
    font: Path | None = None
    people: PeopleService = field(init=False)
    clients: ClientService = field(init=False)
    plans: PlanService = field(init=False)
    sessions: SessionService = field(init=False)
    employers: EmployerService = field(init=False)
    placements: PlacementService = field(init=False)
    supervision: SupervisionService = field(init=False)
    outcomes: OutcomeService = field(init=False)
    integrity: IntegrityService = field(init=False)
    client_file: ClientFileService = field(init=False)
    employer_file: EmployerFileService = field(init=False)
    forms: FormService = field(init=False)
    due: DueService = field(init=False)
    sync: SyncStatusService = field(init=False)

    def __post_init__(self) -> None:
        self.people = PeopleService(self.ctx)
        self.clients = ClientService(self.ctx)
        self.plans = PlanService(self.ctx)
        self.sessions = SessionService(self.ctx)
        self.employers = EmployerService(self.ctx)
        self.placements = PlacementService(self.ctx)
        self.supervision = SupervisionService(self.ctx)
        self.outcomes = OutcomeService(self.ctx)
        self.integrity = IntegrityService(self.ctx)
        self.client_file = ClientFileService(self.ctx)
        self.employer_file = EmployerFileService(self.ctx)
        self.due = DueService(self.ctx)
        self.sync = SyncStatusService(self.ctx)
        self.forms = FormService(self.ctx, form_dirs=self.form_dirs, font=self.font or Path("missing-font"))
        if self.ctx.actor is None:
            self.ctx.actor = self.people.current_actor()

    @property
    def actor(self) -> Actor | None:
        return self.ctx.actor

    def act_as(self, actor: Actor | None) -> None:
        """Switch the acting user for the following calls (tests, demo building)."""
        self.ctx.actor = actor

    def close(self) -> None:
        self.ctx.uow.store.dispose()
