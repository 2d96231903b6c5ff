"""``coachdesk-server``: run the sync server, and administer it from the command line.

    coachdesk-server [--db URL] serve [--host 127.0.0.1] [--port 8765]
    coachdesk-server [--db URL] migrate
    coachdesk-server openapi
    coachdesk-server [--db URL] org create NAME
    coachdesk-server [--db URL] user add --org ORG --username U --name NAME --role coach|supervisor|admin
                                         [--supervisor S] [--password-stdin]
    coachdesk-server [--db URL] user list | user disable U | user enable U
    coachdesk-server [--db URL] user password U [--password-stdin]
    coachdesk-server [--db URL] team set COACH (SUPERVISOR | --none)
    coachdesk-server [--db URL] client list [--coach U] | client transfer CLIENT_ID COACH
    coachdesk-server [--db URL] device list [--user U] | device revoke DEVICE_ID

The database is ``--db`` or ``COACHDESK_SERVER_DB``: a SQLAlchemy URL (``postgresql://…``) or a
SQLite file path; by default ``server.db`` in the platform's data folder. Passwords are read from a
prompt, from standard input (``--password-stdin``) or from ``COACHDESK_NEW_PASSWORD``; never from the
command line, where other users could see them. ``--json`` prints machine-readable output.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, select

from app.server import accounts
from app.server.accounts import AdminError
from app.server.db import make_engine, session_factory, sqlite_url, upgrade
from app.server.models import Account, Assignment, Record

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def database_url(arg: str | None) -> str:
    value = arg or os.environ.get("COACHDESK_SERVER_DB")
    if not value:
        folder = Path(user_data_dir("CoachDesk", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        return sqlite_url(folder / "server.db")
    return value if "://" in value else sqlite_url(Path(value).resolve())


def open_database(arg: str | None) -> Engine:
    engine = make_engine(database_url(arg))
    upgrade(engine)
    return engine


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    env = os.environ.get("COACHDESK_NEW_PASSWORD")
    if env:
        return env
    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        raise AdminError("password_mismatch", "the two passwords differ")
    return first


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="coachdesk-server", description="CoachDesk sync server and its administration"
    )
    p.add_argument("--db", help="database URL or SQLite file (default: COACHDESK_SERVER_DB or server.db)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    sub = p.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (TLS belongs in a reverse proxy)"
    )
    serve.add_argument("--port", type=int, default=8765)
    sub.add_parser("migrate", help="create or upgrade the database schema")
    sub.add_parser("openapi", help="print the OpenAPI schema")
    sub.add_parser("self-check", help="migrate, serve and log in on a scratch database (checks a build)")

    org = sub.add_parser("org").add_subparsers(dest="action", required=True)
    org.add_parser("create").add_argument("name")
    org.add_parser("list")

    user = sub.add_parser("user").add_subparsers(dest="action", required=True)
    add = user.add_parser("add")
    add.add_argument("--org", required=True, help="organisation id or name")
    add.add_argument("--username", required=True)
    add.add_argument("--name", required=True, help="display name")
    add.add_argument("--role", required=True, choices=accounts.ROLES)
    add.add_argument("--supervisor", help="the supervisor's username (forms the team)")
    add.add_argument("--password-stdin", action="store_true")
    user.add_parser("list")
    for name in ("disable", "enable"):
        user.add_parser(name).add_argument("username")
    pw = user.add_parser("password")
    pw.add_argument("username")
    pw.add_argument("--password-stdin", action="store_true")

    team = sub.add_parser("team").add_subparsers(dest="action", required=True)
    tset = team.add_parser("set")
    tset.add_argument("coach")
    tset.add_argument("supervisor", nargs="?")
    tset.add_argument("--none", action="store_true", help="leave the coach without a supervisor")

    client = sub.add_parser("client").add_subparsers(dest="action", required=True)
    client.add_parser("list").add_argument("--coach")
    transfer = client.add_parser("transfer")
    transfer.add_argument("client_id")
    transfer.add_argument("coach")

    device = sub.add_parser("device").add_subparsers(dest="action", required=True)
    device.add_parser("list").add_argument("--user")
    device.add_parser("revoke").add_argument("device_id")
    return p


def _print(args: argparse.Namespace, rows: list[dict[str, Any]] | dict[str, Any]) -> None:
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    for row in rows if isinstance(rows, list) else [rows]:
        print("  ".join(f"{k}={v}" for k, v in row.items()))


def _admin(args: argparse.Namespace, engine: Engine) -> None:
    factory = session_factory(engine)
    with factory() as s, s.begin():
        cmd, action = args.command, getattr(args, "action", None)
        if (cmd, action) == ("org", "create"):
            org = accounts.create_organisation(s, args.name)
            _print(args, {"id": org.id, "name": org.name})
        elif (cmd, action) == ("org", "list"):
            from app.server.models import Organisation

            _print(args, [{"id": o.id, "name": o.name} for o in s.scalars(select(Organisation))])
        elif (cmd, action) == ("user", "add"):
            org = accounts.organisation(s, args.org)
            acc = accounts.create_user(
                s,
                org,
                args.username,
                args.name,
                args.role,
                read_password(args.password_stdin),
                args.supervisor,
            )
            _print(args, {"id": acc.id, "username": acc.username, "role": acc.role})
        elif (cmd, action) == ("user", "list"):
            people = s.scalars(select(Account).order_by(Account.username))
            _print(
                args,
                [
                    {
                        "id": a.id,
                        "username": a.username,
                        "name": a.display_name,
                        "role": a.role,
                        "supervisor_id": a.supervisor_id,
                        "active": a.active,
                    }
                    for a in people
                ],
            )
        elif cmd == "user" and action in ("disable", "enable"):
            accounts.set_active(s, args.username, action == "enable")
        elif (cmd, action) == ("user", "password"):
            accounts.set_password(s, args.username, read_password(args.password_stdin))
        elif (cmd, action) == ("team", "set"):
            if bool(args.supervisor) == bool(args.none):
                raise AdminError("usage", "name a supervisor or pass --none")
            accounts.set_team(s, args.coach, None if args.none else args.supervisor)
        elif (cmd, action) == ("client", "list"):
            query = select(Assignment, Account.username).join(Account, Account.id == Assignment.coach_id)
            if args.coach:
                query = query.where(Account.username == args.coach)
            rows = []
            for assignment, username in s.execute(query.order_by(Assignment.client_id)):
                record = s.get(Record, ("clients", assignment.client_id))
                rows.append(
                    {
                        "client_id": assignment.client_id,
                        "coach": username,
                        "deleted": bool(record and record.deleted),
                    }
                )
            _print(args, rows)
        elif (cmd, action) == ("client", "transfer"):
            accounts.transfer_client(s, args.client_id, args.coach)
        elif (cmd, action) == ("device", "list"):
            _print(
                args,
                [
                    {
                        "id": d.id,
                        "user": a.username,
                        "name": d.name,
                        "created_at": d.created_at,
                        "last_seen_at": d.last_seen_at,
                        "expires_at": d.expires_at,
                        "revoked_at": d.revoked_at,
                    }
                    for d, a in accounts.devices(s, args.user)
                ],
            )
        elif (cmd, action) == ("device", "revoke"):
            accounts.revoke_device(s, args.device_id)


def self_check() -> int:
    """Prove this build works end to end: migrate a scratch SQLite database, add a user, serve it on
    loopback, and log in over HTTP (the frozen build runs this in CI)."""
    import socket
    import tempfile
    import threading
    import time
    import urllib.request

    import uvicorn

    from app.server.api import create_app
    from app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

    with tempfile.TemporaryDirectory(prefix="coachdesk-server-check-") as folder:
        engine = open_database(str(Path(folder) / "check.db"))
        with session_factory(engine)() as s, s.begin():
            org = accounts.create_organisation(s, "self-check")
            accounts.create_user(s, org, "check", "check", "coach", "self-check-password")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = uvicorn.Server(
            uvicorn.Config(create_app(engine), host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            deadline = time.monotonic() + 30
            while not server.started and time.monotonic() < deadline:
                time.sleep(0.05)
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/api/v1/auth/login",
                data=json.dumps({"username": "check", "password": "self-check-password"}).encode(),
                headers={"Content-Type": "application/json", PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
            )
            with urllib.request.urlopen(request, timeout=10) as answer:
                body = json.loads(answer.read())
            ok = bool(body.get("token")) and body["user"]["username"] == "check"
        finally:
            server.should_exit = True
            thread.join(10)
            engine.dispose()
    print("coachdesk-server self-check: " + ("OK" if ok else "FAILED"))
    return EXIT_OK if ok else EXIT_ERROR


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "self-check":
        return self_check()
    if args.command == "openapi":
        from app.server.api import create_app

        print(json.dumps(create_app(make_engine("sqlite://")).openapi(), ensure_ascii=False, indent=2))
        return EXIT_OK
    try:
        engine = open_database(args.db)
    except Exception as exc:
        print(f"coachdesk-server: cannot open the database: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.command == "migrate":
        return EXIT_OK
    if args.command == "serve":
        import uvicorn

        from app.server.api import create_app

        uvicorn.run(create_app(engine), host=args.host, port=args.port, log_level="info", access_log=False)
        return EXIT_OK
    try:
        _admin(args, engine)
    except AdminError as exc:
        print(f"coachdesk-server: {exc} ({exc.code})", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
