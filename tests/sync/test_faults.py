"""The same random offline work as test_convergence, through a network that drops requests, drops
responses and delays, and against a server killed (SIGKILL) in the middle of pushes and restarted:
the devices keep trying, and the end state is the same — identical, nothing lost, nothing
duplicated. A dropped response to a push is the dangerous case: the server applied the batch, the
device does not know; the batch id makes the retry harmless."""

from __future__ import annotations

import random
import threading
import time
from typing import Any

from harness import FaultyProxy, Org, ServerProcess, server_rows, snapshot
from test_convergence import check, play


def test_convergence_through_a_faulty_network(
    device, org: Org, server: ServerProcess, make_client: Any
) -> None:
    devices = {
        "coach1-desk": device("coach1"),
        "coach1-laptop": device("coach1"),
        "coach2": device("coach2"),
        "sup": device("sup"),
    }
    proxy = FaultyProxy(server.url, seed=7, drop_request=0.15, drop_response=0.15, delay=0.2)
    try:
        for dev in devices.values():
            dev.via, dev.persist = proxy.url, True
        ledger = play(devices, org, make_client, seed=11, steps=50)
        for dev in devices.values():
            dev.via = None
            dev.sync(allow_deletions=True)
    finally:
        proxy.close()
    assert proxy.counts["dropped_request"] > 3 and proxy.counts["dropped_response"] > 3, proxy.counts
    check(devices, org, ledger)


def test_server_killed_mid_push_and_restarted(
    device, org: Org, server_db_url: str, make_client: Any, tmp_path: Any
) -> None:
    own = ServerProcess(server_db_url, tmp_path)
    own.start()
    try:
        coach, sup = device("coach1", batch_size=5), device("sup")
        coach.via = own.url
        coach.persist = True
        ids = [
            coach.ws.clients.create(make_client(name=f"对象{i:02d}", assigned_coach_id=coach.user_id))
            for i in range(40)
        ]
        stop = threading.Event()
        kills = []

        def killer() -> None:
            rng = random.Random(3)
            while not stop.is_set() and len(kills) < 4:
                time.sleep(rng.uniform(0.05, 0.3))
                own.kill()
                kills.append(time.monotonic())
                time.sleep(0.2)
                own.start()

        thread = threading.Thread(target=killer)
        thread.start()
        try:
            coach.sync()
        finally:
            stop.set()
            thread.join(60)
        coach.sync()
        sup.sync()
    finally:
        own.stop()
    assert kills, "the server was never killed"
    assert coach.failures >= 1, "the device never met the dead server"
    server = server_rows(org.admin_engine, org.id)
    assert set(server["clients"]) == set(ids)  # every client once
    assert len(server["disabilities"]) == len(ids)  # and each one's disability once
    assert snapshot(coach.ws) == snapshot(sup.ws)
    assert not any(row[1] for table in snapshot(coach.ws).values() for row in table.values())
