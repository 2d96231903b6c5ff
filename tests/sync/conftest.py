"""Fixtures of the sync tests: one real server process per database backend (SQLite file, and a
fresh PostgreSQL database when PostgreSQL listens on 127.0.0.1:5432), an organisation per test, and
devices (encrypted workspaces signed in to the server)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

sys.path.insert(0, str(Path(__file__).parent))

from harness import (
    Device,
    Org,
    ServerProcess,
    admin_engine_for,
    make_org,
    postgres_available,
    postgres_database,
)

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session", params=BACKENDS)
def server_db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.db'}"
        return
    if not postgres_available():
        pytest.skip("PostgreSQL is not listening on 127.0.0.1:5432 (trust auth, user postgres)")
    with postgres_database() as url:
        yield url


@pytest.fixture(scope="session")
def admin_engine(server_db_url: str) -> Iterator[Engine]:
    engine = admin_engine_for(server_db_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def server(
    server_db_url: str, admin_engine: Engine, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    process = ServerProcess(server_db_url, tmp_path_factory.mktemp("server-logs"))
    process.start()
    yield process
    process.stop()


@pytest.fixture
def org(admin_engine: Engine) -> Org:
    return make_org(admin_engine)


@pytest.fixture
def device(
    server: ServerProcess, org: Org, open_ws: Callable[..., object], tmp_path: Path
) -> Iterator[Callable[..., Device]]:
    """Factory: ``device("coach1")`` — a new laptop signed in as that member of ``org``."""
    made: list[Device] = []

    def make(who: str, **kwargs: object) -> Device:
        ws = open_ws(tmp_path / f"{who}-{len(made)}")
        dev = Device(ws, server.url, org.users[who], **kwargs)  # type: ignore[arg-type]
        made.append(dev)
        return dev

    yield make
    for dev in made:
        dev.ws.close()
