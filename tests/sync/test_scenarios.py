"""Two coaches and a supervisor against the real server: seeing each other's work within scope,
merging edits to different fields, a same-field clash kept as a conflict, finalised records, deletes,
and ending identical. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from harness import Device, Org, server_rows, session_input, snapshot


def _client(dev: Device, make_client, name: str = "陈志明") -> str:
    return dev.ws.clients.create(make_client(name=name, assigned_coach_id=dev.user_id))


def test_coach_work_reaches_supervisor_but_not_other_coach(device, org: Org, make_client) -> None:
    coach1, coach2, sup = device("coach1"), device("coach2"), device("sup")
    cid = _client(coach1, make_client)
    report = coach1.sync()
    assert report.ok and report.pushed >= 2  # the client and its disability
    sup.sync()
    coach2.sync()
    assert cid in snapshot(sup.ws)["clients"]
    assert cid not in snapshot(coach2.ws)["clients"]
    # staff are the organisation's: everyone knows everyone's name
    assert set(snapshot(coach2.ws)["users"]) == set(org.ids.values())
    # the server assigned the client to coach1, who pushed it
    rows = server_rows(org.admin_engine, org.id)
    assert rows["clients"][cid][1]["assigned_coach_id"] == coach1.user_id


def test_edits_to_different_fields_merge_and_same_field_conflicts(device, org: Org, make_client) -> None:
    coach1, sup = device("coach1"), device("sup")
    cid = _client(coach1, make_client)
    coach1.sync()
    sup.sync()
    # offline on both sides: different fields, and one field both change
    data1 = coach1.ws.clients.input_of(cid)
    coach1.ws.clients.update(cid, _replace(data1, phone="13900000001", notes="辅导员的备注"))
    data2 = sup.ws.clients.input_of(cid)
    sup.ws.clients.update(cid, _replace(data2, village="督导改的社区", notes="督导的备注"))
    assert coach1.sync().ok
    report = sup.sync()
    assert report.ok
    assert report.conflicts == 1
    coach1.sync()
    a, b = coach1.ws.clients.input_of(cid), sup.ws.clients.input_of(cid)
    assert (a.phone, a.village) == ("13900000001", "督导改的社区") == (b.phone, b.village)
    # the server kept its value (coach1's, first in) and the clash is a conflict holding both
    assert a.notes == b.notes == "辅导员的备注"
    conflicts = snapshot(coach1.ws)["sync_conflicts"]
    assert len(conflicts) == 1
    fields = dict(next(iter(conflicts.values()))[2])
    assert (fields["field"], fields["status"]) == ("notes", "open")
    assert fields["client_value"] == '"督导的备注"' and fields["server_value"] == '"辅导员的备注"'
    assert _same(coach1, sup)


def test_final_session_only_gets_amendments(device, org: Org, make_client) -> None:
    coach1, sup = device("coach1"), device("sup")
    cid = _client(coach1, make_client)
    sid = coach1.ws.sessions.save_draft(session_input(cid, "初次面谈"))
    coach1.sync()
    sup.sync()
    # supervisor edits the draft offline while the coach finalises it
    sup.ws.sessions.save_draft(session_input(cid, "督导修改的内容"), sid)
    coach1.ws.sessions.finalise(sid)
    coach1.sync()
    report = sup.sync()
    assert report.conflicts >= 1
    coach1.sync()
    for dev in (coach1, sup):
        view = dev.ws.sessions.view(sid)
        assert view.status == "final" and view.values["content"] == "初次面谈"
    kept = [dict(r[2]) for r in snapshot(sup.ws)["sync_conflicts"].values()]
    assert any(c["field"] == "content" and "督导修改的内容" in c["client_value"] for c in kept)
    # an amendment travels like any record
    coach1.ws.sessions.amend(sid, {"content": "更正后的内容"}, "笔误")
    coach1.sync()
    sup.sync()
    assert sup.ws.sessions.view(sid).values["content"] == "更正后的内容"
    assert _same(coach1, sup)


def test_delete_travels_as_tombstone_and_delete_vs_edit_keeps_the_record(
    device, org: Org, make_client
) -> None:
    coach1, sup = device("coach1"), device("sup")
    keep, gone = _client(coach1, make_client, "王小明"), _client(coach1, make_client, "李小红")
    coach1.sync()
    sup.sync()
    coach1.ws.clients.delete(gone)
    coach1.sync()
    sup.sync()
    assert snapshot(sup.ws)["clients"][gone][2] and dict(snapshot(sup.ws)["clients"][gone][2])["deleted_at"]
    # delete on one side, edit on the other: the record stays, a conflict says so
    coach1.ws.clients.delete(keep)
    sup.ws.clients.update(keep, _replace(sup.ws.clients.input_of(keep), phone="13700000000"))
    coach1.sync()
    report = sup.sync()
    assert report.conflicts >= 1
    coach1.sync()
    for dev in (coach1, sup):
        assert dict(snapshot(dev.ws)["clients"][keep][2])["deleted_at"] is None
    assert _same(coach1, sup)


# -- helpers -----------------------------------------------------------------------------------------


def _replace(data, **changes):
    from dataclasses import replace

    return replace(data, **changes)


def _same(*devices: Device) -> bool:
    """Every device holds the same synced rows (content and version), nothing dirty."""
    snaps = [snapshot(d.ws) for d in devices]
    first = snaps[0]
    for other in snaps[1:]:
        for table in first:
            mine, theirs = first[table], other[table]
            if mine != theirs:
                diff = set(mine) ^ set(theirs) or {k for k in mine if mine[k] != theirs.get(k)}
                raise AssertionError(f"{table} differs: {sorted(diff)[:5]}")
    return True


def test_conflict_resolution_and_states(device, org: Org, make_client) -> None:
    coach1, sup = device("coach1"), device("sup")
    cid = _client(coach1, make_client)
    assert coach1.ws.sync.client_states([cid]) == {cid: "pending"}
    coach1.sync()
    sup.sync()
    assert coach1.ws.sync.client_states([cid]) == {cid: "synced"}
    coach1.ws.clients.update(cid, _replace(coach1.ws.clients.input_of(cid), notes="甲"))
    sup.ws.clients.update(cid, _replace(sup.ws.clients.input_of(cid), notes="乙"))
    assert coach1.ws.sync.record_states("clients", [cid]) == {cid: "pending"}
    coach1.sync()
    sup.sync()
    for dev in (coach1, sup):
        dev.sync()
        assert dev.ws.sync.client_states([cid]) == {cid: "conflict"}
        assert dev.ws.sync.counts()["conflict"] == 1
    [conflict] = sup.ws.sync.open_conflicts(cid)
    assert (conflict.field, conflict.current, conflict.other) == ("notes", "甲", "乙")
    # the supervisor takes the other value; the choice travels and settles it everywhere
    sup.ws.sync.resolve(conflict.id, take_other=True)
    assert sup.ws.clients.input_of(cid).notes == "乙"
    sup.sync()
    coach1.sync()
    for dev in (coach1, sup):
        assert dev.ws.clients.input_of(cid).notes == "乙"
        assert dev.ws.sync.open_conflicts() == []
        assert dev.ws.sync.client_states([cid]) == {cid: "synced"}
    assert _same(coach1, sup)


def test_a_conflict_on_a_final_record_is_settled_by_an_amendment(device, org: Org, make_client) -> None:
    coach1, laptop = device("coach1"), device("coach1")
    cid = _client(coach1, make_client)
    sid = coach1.ws.sessions.save_draft(session_input(cid, "办公室版本"))
    coach1.sync()
    laptop.sync()
    laptop.ws.sessions.save_draft(session_input(cid, "笔记本版本"), sid)
    coach1.ws.sessions.finalise(sid)
    coach1.sync()
    laptop.sync()
    [conflict] = [c for c in laptop.ws.sync.open_conflicts(cid) if c.field == "content"]
    assert conflict.record_final and conflict.current == "办公室版本" and conflict.other == "笔记本版本"
    import pytest

    from app.domain.errors import RuleViolation

    with pytest.raises(RuleViolation):
        laptop.ws.sync.resolve(conflict.id, take_other=True)  # a final record needs a reason
    laptop.ws.sync.resolve(conflict.id, take_other=True, amendment_reason="采用笔记本上的记录")
    view = laptop.ws.sessions.view(sid)
    assert view.original["content"] == "办公室版本" and view.values["content"] == "笔记本版本"
    laptop.sync()
    coach1.sync()
    assert coach1.ws.sessions.view(sid).values["content"] == "笔记本版本"
    assert _same(coach1, laptop)


def test_caseload_transfer_moves_the_client_between_devices(device, org: Org, make_client) -> None:
    from app.server import accounts
    from app.server.db import session_factory

    coach1, coach2, sup = device("coach1"), device("coach2"), device("sup")
    moved, stays = _client(coach1, make_client, "转出"), _client(coach1, make_client, "留下")
    sid = coach1.ws.sessions.save_draft(session_input(moved, "转出前的记录"))
    coach1.ws.sessions.finalise(sid)
    coach1.sync()
    sup.sync()
    with session_factory(org.admin_engine)() as s, s.begin():
        accounts.transfer_client(s, moved, org.users["coach2"])
    r1, r2 = coach1.sync(), coach2.sync()
    assert r1.released == 1 and r1.rescanned
    assert moved not in snapshot(coach1.ws)["clients"] and stays in snapshot(coach1.ws)["clients"]
    assert sid not in snapshot(coach1.ws)["session_records"]  # the whole file went, not just the client
    assert moved in snapshot(coach2.ws)["clients"] and sid in snapshot(coach2.ws)["session_records"]
    assert r2.rescanned
    sup.sync()
    assert {moved, stays} <= set(snapshot(sup.ws)["clients"])
    assert coach2.ws.clients.input_of(moved).assigned_coach_id == coach2.user_id
    for dev in (coach1, coach2, sup):
        assert dev.ws.integrity.check().problems == []  # foreign keys, summary and index all consistent
