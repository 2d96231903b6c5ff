"""A laptop offline across many changes and deletes made elsewhere catches up correctly: its own
offline edits survive, the server's changes arrive, a mass deletion waits for confirmation, and in
the end the laptop, the desktop and the server agree."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from harness import Org, server_rows, snapshot

from app.sync.engine import MassDeletion


def test_laptop_offline_catches_up(device, org: Org, make_client) -> None:
    desk, laptop = (
        device("coach1"),
        device("coach1", page_size=7, batch_size=5),
    )  # small pages: many round trips
    ids = [
        desk.ws.clients.create(make_client(name=f"服务对象{i:02d}", assigned_coach_id=desk.user_id))
        for i in range(60)
    ]
    desk.sync()
    laptop.sync()
    assert set(snapshot(laptop.ws)["clients"]) == set(ids)

    # the laptop goes offline; meanwhile the desktop deletes 55 clients and edits 3 others
    deleted, edited = ids[:55], ids[55:58]
    for cid in deleted:
        desk.ws.clients.delete(cid)
    for cid in edited:
        desk.ws.clients.update(cid, replace(desk.ws.clients.input_of(cid), phone="13600000000"))
    desk.sync()
    # offline on the laptop: a new client, an edit to one the desktop deleted, an edit to one it edited
    new = laptop.ws.clients.create(make_client(name="离线新建", assigned_coach_id=laptop.user_id))
    laptop.ws.clients.update(deleted[0], replace(laptop.ws.clients.input_of(deleted[0]), village="离线编辑"))
    laptop.ws.clients.update(edited[0], replace(laptop.ws.clients.input_of(edited[0]), address="离线地址"))

    # coming back: the mass deletion is held until confirmed, and nothing of the pull is applied
    before = snapshot(laptop.ws)
    with pytest.raises(MassDeletion) as caught:
        laptop.sync()
    assert caught.value.params["count"] > laptop.engine().deletion_threshold
    after = snapshot(laptop.ws)
    live = [c for c in deleted[1:] if dict(after["clients"][c][2])["deleted_at"] is None]
    assert len(live) == 54  # not one deletion applied yet
    assert {k: v for k, v in before["clients"].items() if k != new}.keys() <= after["clients"].keys()

    report = laptop.sync(allow_deletions=True)
    assert report.ok
    desk.sync()
    laptop.sync()
    lap, dsk = snapshot(laptop.ws), snapshot(desk.ws)
    assert lap == dsk
    server = server_rows(org.admin_engine, org.id)
    assert set(server["clients"]) == set(lap["clients"]) == {*ids, new}
    # the offline edit of a deleted client kept it alive, with a conflict saying so
    assert dict(lap["clients"][deleted[0]][2])["deleted_at"] is None
    conflicts = [dict(r[2]) for r in lap["sync_conflicts"].values()]
    assert [(c["row_id"], c["field"]) for c in conflicts] == [(deleted[0], "deleted_at")]
    # both edits of the edited client are there (different fields merged)
    merged = laptop.ws.clients.input_of(edited[0])
    assert (merged.phone, merged.address) == ("13600000000", "离线地址")
    for cid in deleted[1:]:
        assert dict(lap["clients"][cid][2])["deleted_at"] is not None
    assert not any(row[1] for table in lap.values() for row in table.values())  # nothing left dirty


def test_full_resync_backs_up_first_and_keeps_what_the_server_lacks(device, org: Org, make_client) -> None:
    from sqlalchemy import update

    from app.host.paths import backup_dir
    from app.storage.models import Client, Disability

    coach = device("coach1")
    ids = [coach.ws.clients.create(make_client(assigned_coach_id=coach.user_id)) for _ in range(3)]
    coach.sync()
    # a record the server never had, though this device believes it was sent (e.g. a restored server)
    ghost = coach.ws.clients.create(make_client(assigned_coach_id=coach.user_id))
    with coach.ws.ctx.uow.begin(None) as s:
        s.info["sync_apply"] = True
        s.execute(update(Client).where(Client.id == ghost).values(server_version=999_999, dirty=False))
        s.execute(
            update(Disability)
            .where(Disability.client_id == ghost)
            .values(server_version=999_998, dirty=False)
        )
    engine = coach.engine()
    try:
        report = engine.full_resync(backup_dir(coach.ws.data_dir))
    finally:
        engine.api.close()
    assert report.backup is not None and Path(report.backup).exists()
    assert (
        report.not_on_server == {"clients": 1, "disabilities": 0} or report.not_on_server.get("clients") == 1
    )
    assert ghost in snapshot(coach.ws)["clients"]  # missing on the server is never "deleted"
    assert set(ids) <= set(snapshot(coach.ws)["clients"])
    assert report.digest_mismatch == ["clients", "disabilities"]  # the difference is reported, not hidden


def test_a_broken_pull_resumes_where_it_stopped(device, org: Org, make_client) -> None:
    from app.sync.engine import SyncCancelled

    desk, laptop = device("coach1"), device("coach1", page_size=5)
    ids = [desk.ws.clients.create(make_client(assigned_coach_id=desk.user_id)) for _ in range(12)]
    desk.sync()
    pages = []
    engine = laptop.engine(cancelled=lambda: len(pages) >= 2)
    engine.progress = lambda stage, done, total: pages.append(done) if stage == "pull" else None
    try:
        with pytest.raises(SyncCancelled):
            engine.run()
    finally:
        engine.api.close()
    assert len(pages) == 2  # two pages landed in the inbox, then the connection "dropped"
    assert not set(ids) & set(snapshot(laptop.ws)["clients"])  # nothing applied half-way
    report = laptop.sync()
    assert report.pulled == 24 - 10  # the rest only: 12 clients + 12 disabilities, 10 already here
    assert set(ids) <= set(snapshot(laptop.ws)["clients"])
    assert snapshot(laptop.ws) == snapshot(desk.ws)
