"""Authorisation on every endpoint, device tokens and their end, and transport rules — against the
real server over loopback. A coach trying another coach's client by its id must learn nothing and
change nothing."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest
from harness import PASSWORD, Org, ServerProcess, server_rows, snapshot

from app.domain.clock import utcnow
from app.server import accounts
from app.server.db import session_factory
from app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from app.sync.transport import AuthRequired, InsecureServer, ServerApi, check_url

H = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def _login(server: ServerProcess, username: str) -> dict[str, str]:
    r = httpx.post(
        f"{server.url}/api/v1/auth/login",
        json={"username": username, "password": PASSWORD, "device_name": "probe"},
        headers=H,
    )
    assert r.status_code == 200, r.text
    return H | {"Authorization": f"Bearer {r.json()['token']}"}


def _push(server: ServerProcess, headers: dict[str, str], rows: list[dict]) -> list[dict]:
    r = httpx.post(
        f"{server.url}/api/v1/sync/push", json={"batch_id": uuid.uuid4().hex, "rows": rows}, headers=headers
    )
    assert r.status_code == 200, r.text
    return r.json()["results"]


def test_a_coach_cannot_read_or_write_another_coachs_client(
    server: ServerProcess, device, org: Org, make_client
) -> None:
    coach1 = device("coach1")
    cid = coach1.ws.clients.create(make_client(assigned_coach_id=coach1.user_id))
    coach1.sync()
    before = server_rows(org.admin_engine, org.id)
    client_row = before["clients"][cid]
    intruder = _login(server, org.users["coach2"])

    # reading: neither the pull nor the digest shows the client or any of its records
    pulled = httpx.get(f"{server.url}/api/v1/sync/pull", params={"since": 0}, headers=intruder).json()
    assert cid not in {r["id"] for r in pulled["rows"]}
    assert all(r["data"].get("client_id") != cid for r in pulled["rows"])
    assert cid not in pulled["scope_clients"]
    digest = httpx.get(f"{server.url}/api/v1/sync/digest", headers=intruder).json()
    assert digest["tables"]["clients"]["count"] == 0

    # writing by guessed ids: an edit of the client, a new record under it, a tombstone — all refused
    # with the same answer as for an id that does not exist
    data = dict(client_row[1], name="篡改")
    results = _push(
        server,
        intruder,
        [
            {"table": "clients", "id": cid, "base_version": client_row[0], "data": data},
            {"table": "clients", "id": cid, "base_version": 0, "data": data},
            {
                "table": "session_records",
                "id": str(uuid.uuid4()),
                "base_version": 0,
                "data": {"client_id": cid, "content": "伪造"},
            },
            {
                "table": "clients",
                "id": cid,
                "base_version": client_row[0],
                "data": dict(data, deleted_at="2026-11-01T00:00:00"),
            },
            {"table": "clients", "id": str(uuid.uuid4()), "base_version": 5, "data": data},
        ],
    )
    assert [r["status"] for r in results] == ["rejected"] * 5
    assert [r["error"] for r in results][:4] == ["not_found"] * 4
    assert all(r["row"] is None for r in results)
    assert server_rows(org.admin_engine, org.id) == before  # nothing written

    # staff and the organisation are the server's: no device may write them
    users = _push(
        server,
        intruder,
        [{"table": "users", "id": org.ids["coach2"], "base_version": 0, "data": {"role": "admin"}}],
    )
    assert users[0]["error"] == "read_only_table"


def test_supervisor_sees_the_team_and_admin_everything(
    server: ServerProcess, device, org: Org, make_client
) -> None:
    coach1, coach2 = device("coach1"), device("coach2")
    c1 = coach1.ws.clients.create(make_client(assigned_coach_id=coach1.user_id))
    c2 = coach2.ws.clients.create(make_client(assigned_coach_id=coach2.user_id))
    coach1.sync()
    coach2.sync()
    for who, expected in (("sup", {c1, c2}), ("admin", {c1, c2}), ("coach1", {c1}), ("coach2", {c2})):
        pulled = httpx.get(
            f"{server.url}/api/v1/sync/pull", params={"since": 0}, headers=_login(server, org.users[who])
        )
        assert set(pulled.json()["scope_clients"]) == expected, who
    # moving coach2 out of the team takes their clients out of the supervisor's sight
    with session_factory(org.admin_engine)() as s, s.begin():
        accounts.set_team(s, org.users["coach2"], None)
    pulled = httpx.get(
        f"{server.url}/api/v1/sync/pull", params={"since": 0}, headers=_login(server, org.users["sup"])
    )
    assert set(pulled.json()["scope_clients"]) == {c1}


def test_every_endpoint_needs_a_token_and_the_protocol(server: ServerProcess) -> None:
    for method, path in (
        ("GET", "/sync/pull"),
        ("GET", "/sync/summary"),
        ("GET", "/sync/digest"),
        ("POST", "/sync/push"),
        ("GET", "/auth/me"),
    ):
        body = {"batch_id": uuid.uuid4().hex, "rows": []} if method == "POST" else None
        no_token = httpx.request(method, f"{server.url}/api/v1{path}", json=body, headers=H)
        assert (no_token.status_code, no_token.json()["code"]) == (401, "token_missing"), path
        bad = httpx.request(
            method, f"{server.url}/api/v1{path}", json=body, headers=H | {"Authorization": "Bearer nope"}
        )
        assert (bad.status_code, bad.json()["code"]) == (401, "token_invalid"), path
        old = httpx.request(method, f"{server.url}/api/v1{path}", json=body)
        assert (old.status_code, old.json()["code"]) == (426, "protocol_too_old"), path
    wrong = httpx.post(
        f"{server.url}/api/v1/auth/login", json={"username": "nobody", "password": "x" * 9}, headers=H
    )
    assert (wrong.status_code, wrong.json()["code"]) == (401, "login_failed")


def test_revoked_and_expired_tokens_ask_for_login_and_keep_unsynced_work(
    server: ServerProcess, device, org: Org, make_client
) -> None:
    coach1 = device("coach1")
    cid = coach1.ws.clients.create(make_client(assigned_coach_id=coach1.user_id))
    device_id = next(iter(coach1.tokens.tokens))
    with session_factory(org.admin_engine)() as s, s.begin():
        accounts.revoke_device(s, device_id)
    with pytest.raises(AuthRequired) as caught:
        coach1.sync()
    assert caught.value.code == "token_revoked"
    assert snapshot(coach1.ws)["clients"][cid][1] is True  # still there, still waiting to be sent
    # logging in again continues where it stopped
    from app.sync.login import log_in

    log_in(coach1.ws.ctx.uow, server.url, org.users["coach1"], PASSWORD, "laptop", tokens=coach1.tokens)
    assert coach1.sync().ok
    assert cid in server_rows(org.admin_engine, org.id)["clients"]
    # expiry works the same way
    device_id = next(iter(coach1.tokens.tokens))
    with session_factory(org.admin_engine)() as s, s.begin():
        accounts.expire_device(s, device_id, utcnow() - timedelta(seconds=1))
    with pytest.raises(AuthRequired) as caught:
        coach1.sync()
    assert caught.value.code == "token_expired"


def test_plain_http_only_to_this_machine() -> None:
    assert check_url("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert check_url("http://localhost:1") == "http://localhost:1"
    assert check_url("https://sync.example.org") == "https://sync.example.org"
    with pytest.raises(InsecureServer):
        check_url("http://sync.example.org")
    with pytest.raises(InsecureServer):
        ServerApi("http://192.168.1.10:8765")
    assert check_url("http://192.168.1.10:8765", allow_insecure=True) == "http://192.168.1.10:8765"


def test_a_retried_batch_is_applied_once(server: ServerProcess, org: Org) -> None:
    headers = _login(server, org.users["coach1"])
    employer = {
        "table": "employers",
        "id": str(uuid.uuid4()),
        "base_version": 0,
        "data": {"name": "东莞某电子厂"},
    }
    batch = {"batch_id": uuid.uuid4().hex, "rows": [employer]}
    first = httpx.post(f"{server.url}/api/v1/sync/push", json=batch, headers=headers).json()
    again = httpx.post(f"{server.url}/api/v1/sync/push", json=batch, headers=headers).json()
    assert first["replayed"] is False and again["replayed"] is True
    assert again["results"] == first["results"]
    rows = server_rows(org.admin_engine, org.id)["employers"]
    assert list(rows) == [employer["id"]] and rows[employer["id"]][0] == first["results"][0]["row"]["version"]
    # the same batch id from another account is refused, not answered with someone else's results
    other = httpx.post(
        f"{server.url}/api/v1/sync/push", json=batch, headers=_login(server, org.users["coach2"])
    )
    assert (other.status_code, other.json()["code"]) == (409, "batch_id_taken")
