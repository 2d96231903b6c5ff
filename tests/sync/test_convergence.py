"""Convergence: four devices (a coach's desktop and laptop, a second coach, their supervisor) make
random creates, edits, finalisations, amendments and deletes offline and sync in random orders.
Afterwards the server and every device hold the same data; nothing is lost (every value anyone
wrote is the final value, or was knowingly replaced by someone who had seen it, or is kept in a
conflict); nothing is duplicated. Runs on SQLite and PostgreSQL, several seeds; also through a
faulty network (see test_faults.py, which reuses :func:`play`)."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from harness import Device, Org, server_rows, session_input, snapshot

from app.domain.errors import DomainError

CLIENT_FIELDS = ("village", "address", "notes", "work_history")


@dataclass
class Ledger:
    """Every value written, and every value a writer replaced (it had seen it)."""

    written: dict[tuple[str, str, str], set[Any]] = field(default_factory=lambda: defaultdict(set))
    replaced: dict[tuple[str, str, str], set[Any]] = field(default_factory=lambda: defaultdict(set))
    clients: set[str] = field(default_factory=set)
    sessions: set[str] = field(default_factory=set)
    counter: int = 0

    def value(self, who: str) -> str:
        self.counter += 1
        return f"{who}-{self.counter}"


def _live_clients(dev: Device) -> list[str]:
    rows = snapshot(dev.ws)["clients"]
    return sorted(cid for cid, (_v, _d, data) in rows.items() if dict(data)["deleted_at"] is None)


def _sessions(dev: Device, status: str) -> list[str]:
    rows = snapshot(dev.ws)["session_records"]
    return sorted(
        sid
        for sid, (_v, _d, data) in rows.items()
        if dict(data)["status"] == status
        and dict(data)["author_id"] == dev.user_id
        and dict(data)["deleted_at"] is None
    )


def step(rng: random.Random, name: str, dev: Device, ledger: Ledger, make_client: Any) -> None:
    """One random offline action on one device (or a sync)."""
    coach = name != "sup"
    choice = rng.choice(
        ["create", "edit", "edit", "edit", "draft", "redraft", "finalise", "amend", "delete", "sync"]
    )
    clients = _live_clients(dev)
    try:
        if coach and (choice == "create" or not clients):
            ledger.clients.add(dev.ws.clients.create(make_client(assigned_coach_id=dev.user_id)))
        elif choice in ("edit", "create") and clients:
            cid = rng.choice(clients)
            column = rng.choice(CLIENT_FIELDS)
            data = dev.ws.clients.input_of(cid)
            value = ledger.value(name)
            dev.ws.clients.update(cid, replace(data, **{column: value}))
            ledger.replaced[("clients", cid, column)].add(getattr(data, column))
            ledger.written[("clients", cid, column)].add(value)
        elif choice == "draft" and coach and clients:
            value = ledger.value(name)
            sid = dev.ws.sessions.save_draft(session_input(rng.choice(clients), value))
            ledger.sessions.add(sid)
            ledger.written[("session_records", sid, "content")].add(value)
        elif choice == "redraft" and coach and _sessions(dev, "draft"):
            sid = rng.choice(_sessions(dev, "draft"))
            view = dev.ws.sessions.view(sid)
            value = ledger.value(name)
            dev.ws.sessions.save_draft(session_input(view.client_id, value), sid)
            ledger.replaced[("session_records", sid, "content")].add(view.values["content"])
            ledger.written[("session_records", sid, "content")].add(value)
        elif choice == "finalise" and coach and _sessions(dev, "draft"):
            dev.ws.sessions.finalise(rng.choice(_sessions(dev, "draft")))
        elif choice == "amend" and coach and _sessions(dev, "final"):
            dev.ws.sessions.amend(rng.choice(_sessions(dev, "final")), {"place": ledger.value(name)}, "更正")
        elif choice == "delete" and clients and rng.random() < 0.5:
            dev.ws.clients.delete(rng.choice(clients))
        elif choice == "sync":
            dev.sync(allow_deletions=True)
    except DomainError:
        pass  # a rule said no (e.g. deleting a client with final records): nothing was written


def play(devices: dict[str, Device], org: Org, make_client: Any, *, seed: int, steps: int) -> Ledger:
    rng = random.Random(seed)
    ledger = Ledger()
    names = sorted(devices)
    for _ in range(steps):
        name = rng.choice(names)
        step(rng, name, devices[name], ledger, make_client)
    # everyone comes back online, in random orders, until nothing moves
    for _round in range(3):
        order = names[:]
        rng.shuffle(order)
        for name in order:
            devices[name].sync(allow_deletions=True)
    return ledger


def check(devices: dict[str, Device], org: Org, ledger: Ledger) -> None:
    server = server_rows(org.admin_engine, org.id)
    snaps = {name: snapshot(dev.ws) for name, dev in devices.items()}
    # identical: the supervisor sees the whole team, i.e. everything on this server for the org
    sup = snaps["sup"]
    for table, rows in server.items():
        assert {rid: v for rid, (v, _dirty, _data) in sup.get(table, {}).items()} == {
            rid: v for rid, (v, _d) in rows.items()
        }, table
    for table in sup:
        for rid, (_version, dirty, data) in sup[table].items():
            assert not dirty
            assert {k: v for k, v in dict(data).items()} == {
                k: v for k, v in server[table][rid][1].items() if k in dict(data)
            }, (table, rid)
    assert snaps["coach1-desk"] == snaps["coach1-laptop"]
    for name, snap in snaps.items():  # every device holds exactly the server's copy of what it has
        for table, rows in snap.items():
            for rid, row in rows.items():
                assert row == sup[table][rid], (name, table, rid)
    # nothing duplicated: one server record per create
    assert ledger.clients <= set(server.get("clients", {}))
    assert ledger.sessions <= set(server.get("session_records", {}))
    assert len(server.get("clients", {})) == len(ledger.clients)
    # nothing lost: each value written is the final one, or was replaced by someone who saw it, or
    # is kept in a conflict
    kept: dict[tuple[str, str, str], set[Any]] = defaultdict(set)
    for _version, conflict in server.get("sync_conflicts", {}).values():
        key = (conflict["table_name"], conflict["row_id"], conflict["field"])
        kept[key] |= {json.loads(conflict["client_value"]), json.loads(conflict["server_value"])}
    for key, values in ledger.written.items():
        table, rid, column = key
        final = server[table][rid][1][column]
        for value in values:
            assert value == final or value in ledger.replaced[key] or value in kept[key], (key, value, final)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_offline_work_converges(device, org: Org, make_client: Any, seed: int) -> None:
    devices = {
        "coach1-desk": device("coach1"),
        "coach1-laptop": device("coach1"),
        "coach2": device("coach2"),
        "sup": device("sup"),
    }
    ledger = play(devices, org, make_client, seed=seed, steps=60)
    check(devices, org, ledger)
