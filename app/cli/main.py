"""``coachdesk`` subcommands: headless work for scripts and administrators.

Every command prints human-readable text, or JSON with ``--json``. Errors the user can act on (bad
input, locked or damaged database, missing key) print one clear line to stderr and exit with code 2;
a bug exits with a traceback.

The database key: from the OS keychain; when the profile is passphrase-protected (or a new profile is
created where no keychain is usable) the passphrase comes from ``$COACHDESK_PASSPHRASE``, else from a
prompt on the terminal. Nothing is ever stored unencrypted.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.bootstrap import open_workspace
from app.domain.errors import CodedError, ValidationError
from app.domain.outcomes import OutcomeFigures, Period, Scope
from app.host.keystore import KeychainUnavailable, KeyStore, PassphraseRequired, passphrase_from_env
from app.host.paths import resolve_data_dir
from app.services.workspace import Workspace
from app.sync.transport import AuthRequired, ServerUnreachable

EXIT_USER_ERROR = 2
EXIT_LOGIN_NEEDED = 3  # sync: the server wants a new login (token revoked or expired)
EXIT_OFFLINE = 4  # sync: the server could not be reached


class CliError(Exception):
    """An error to print as one line and exit with code 2."""


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, default=_json_default, ensure_ascii=False, indent=2))
    else:
        print(text)


# -- opening the workspace -------------------------------------------------------------------------------


def _prompt_passphrase(new: bool) -> str:
    if not sys.stdin.isatty():
        raise CliError("A passphrase is needed: set COACHDESK_PASSPHRASE or run the command on a terminal.")
    if not new:
        return getpass.getpass("CoachDesk passphrase: ")
    first = getpass.getpass("New passphrase for the database key (8+ characters): ")
    if getpass.getpass("Repeat it: ") != first:
        raise CliError("The two passphrases differ; nothing was created.")
    return first


def open_for_cli(args: argparse.Namespace) -> Workspace:
    data_dir = resolve_data_dir(args.data_dir)
    passphrase = passphrase_from_env()
    new_profile = not KeyStore(data_dir).exists()
    try:
        return open_workspace(data_dir, passphrase=passphrase)
    except KeychainUnavailable as exc:
        if not new_profile:
            raise  # the key of this profile is in the keychain: only the keychain can open it
        # A new profile on a machine without a usable keychain: say so, then protect the key with a
        # passphrase instead. Never continue unencrypted.
        print(f"{exc.message}", file=sys.stderr)
        return open_workspace(data_dir, passphrase=_prompt_passphrase(new=True))
    except PassphraseRequired:
        return open_workspace(data_dir, passphrase=_prompt_passphrase(new=False))


# -- commands --------------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> None:
    from app.services.people import UserInput

    ws = open_for_cli(args)
    try:
        if ws.people.users():
            raise CliError("This workspace already has users; nothing was changed.")
        org = ws.people.create_organisation(args.organisation)
        uid = ws.people.create_user(org, UserInput(args.username, args.display_name, args.role))
        actor = ws.people.sign_in(uid)
        emit(
            args,
            {"organisation_id": org, "user_id": uid},
            f"Workspace ready; signed in as {actor.display_name}.",
        )
    finally:
        ws.close()


def cmd_demo(args: argparse.Namespace) -> None:
    from app.services.demo import DemoBuilder

    if args.clients < 1 or args.clients > 100_000:
        raise CliError("--clients must be between 1 and 100000.")
    ws = open_for_cli(args)
    try:
        if ws.people.users():
            raise CliError(
                "The demo needs an empty workspace; this one already has data. Use another --data-dir."
            )
        show = not args.json and sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if show:
                print(f"\r  {done}/{total} clients", end="", file=sys.stderr, flush=True)

        summary = DemoBuilder(ws, seed=args.seed, months=args.months).build(args.clients, progress)
        if show:
            print(file=sys.stderr)
        emit(
            args,
            summary,
            f"Demo workspace built: {summary.clients} clients, {summary.coaches} coaches, "
            f"{summary.employers} employers, {summary.sessions} session records, "
            f"{summary.placements} placements.\n"
            f"Signed in as coach {summary.signed_in_as}.",
        )
    finally:
        ws.close()


def _pct(numerator: int, denominator: int) -> str:
    return (
        f"{numerator}/{denominator} ({100 * numerator / denominator:.1f}%)"
        if denominator
        else f"{numerator}/0 (–)"
    )


def format_figures(f: OutcomeFigures) -> str:
    lines = [
        f"Period                          {f.period.start} – {f.period.end}",
        f"Clients served                  {f.clients_served}",
        f"Sessions (人次)                  {f.sessions}",
        f"Coaching hours                  {f.coaching_hours:.1f}  (+ {f.travel_hours:.1f} h travel)",
        f"Placements                      {f.placements}  ({f.clients_placed} clients)",
        f"Placement rate                  {_pct(f.placement_rate.numerator, f.placement_rate.denominator)}",
    ]
    for r in f.retention:
        lines.append(
            f"Retention at {r.day_offset:>3} days            {_pct(r.retained, r.checked)}"
            f"  due {r.due}, overdue {r.overdue}"
        )
    hours = f"{f.mean_hours_per_week:.1f}" if f.mean_hours_per_week is not None else "–"
    wage = f"{f.median_monthly_wage:.0f}" if f.median_monthly_wage is not None else "–"
    lines += [
        f"Hours/week at placement (mean)  {hours}",
        f"Monthly wage at placement (median, yuan)  {wage}",
        "Employment forms                " + (", ".join(f"{k} {v}" for k, v in f.employment_forms) or "–"),
        f"Supported employment            {f.supported_employment}",
        "Days intake → employer contact  "
        + (
            f"{f.median_days_to_first_employer_contact:.0f}"
            if f.median_days_to_first_employer_contact
            else "–"
        ),
        "Days intake → placement         "
        + (f"{f.median_days_to_placement:.0f}" if f.median_days_to_placement else "–"),
        f"Plans on time                   {_pct(f.plans_on_time.numerator, f.plans_on_time.denominator)}",
        "Assessments on time             "
        f"{_pct(f.assessments_on_time.numerator, f.assessments_on_time.denominator)}",
        f"Supervision on time (coach-months)  "
        f"{_pct(f.supervision_on_time.numerator, f.supervision_on_time.denominator)}",
    ]
    if f.fading_curve:
        lines.append(
            "Fading curve (week: coach on-site %)  "
            + ", ".join(f"{w}:{p:.0f}" for w, p in f.fading_curve[:12])
        )
    return "\n".join(lines)


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def cmd_stats(args: argparse.Namespace) -> None:
    ws = open_for_cli(args)
    try:
        span = ws.outcomes.data_span()
        start = args.date_from or (span[0] if span else ws.ctx.today().replace(day=1))
        end = args.date_to or (span[1] if span else ws.ctx.today())
        try:
            period = Period(start, end)
        except ValueError:
            raise CliError("--to must not be before --from.") from None
        scope = Scope("all")
        if args.coach:
            coach = next((u for u in ws.people.users() if args.coach in (u.id, u.username)), None)
            if coach is None:
                raise CliError(f"No user with the id or username {args.coach!r}.")
            scope = Scope("coach", coach.id)
        elif args.town:
            scope = Scope("town", args.town)
        elif args.cluster:
            scope = Scope("cluster", args.cluster)
        if args.by:
            rows = ws.outcomes.breakdown(period, args.by)
            emit(
                args,
                [{"key": k, "figures": f} for k, f in rows],
                "\n\n".join(f"== {k or '(unknown)'} ==\n{format_figures(f)}" for k, f in rows),
            )
        else:
            figures = ws.outcomes.figures(period, scope)
            emit(args, figures, format_figures(figures))
    finally:
        ws.close()


def cmd_check(args: argparse.Namespace) -> int:
    ws = open_for_cli(args)
    try:
        report = ws.integrity.check()
        text = (
            "Clean: integrity, encryption (page HMACs), foreign keys and record rules all check out.\n"
            if report.clean
            else "Problems found:\n" + "\n".join(f"  - {p}" for p in report.problems) + "\n"
        )
        text += "Records: " + ", ".join(f"{k} {v}" for k, v in report.counts.items() if v)
        emit(args, {"clean": report.clean, "problems": report.problems, "counts": report.counts}, text)
        return 0 if report.clean else 1
    finally:
        ws.close()


def cmd_users(args: argparse.Namespace) -> None:
    ws = open_for_cli(args)
    try:
        users = ws.people.users()
        emit(args, users, "\n".join(f"{u.username:<14} {u.role:<11} {u.display_name}  {u.id}" for u in users))
    finally:
        ws.close()


def _staff_id(ws: Workspace, who: str) -> str:
    user = next((u for u in ws.people.users() if who in (u.id, u.username)), None)
    if user is None:
        raise CliError(f"No user with the id or username {who!r}.")
    return user.id


def cmd_forms_list(args: argparse.Namespace) -> None:
    ws = open_for_cli(args)
    try:
        forms = ws.forms.catalogue()
        emit(
            args,
            forms,
            "\n".join(
                f"{f.code:<8} v{f.version:<5} {f.subject:<13} {f.title}　（{f.standard}）" for f in forms
            ),
        )
    finally:
        ws.close()


def cmd_export_forms(args: argparse.Namespace) -> None:
    from app.services.forms import file_name

    ws = open_for_cli(args)
    try:
        client_id = args.client
        coach_id = _staff_id(ws, args.coach) if args.coach else None
        keys = ws.forms.subject_keys(args.form, client_id=client_id, coach_id=coach_id, month=args.month)
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        show = not args.json and sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if show:
                print(f"\r  {done}/{total}", end="", file=sys.stderr, flush=True)

        rendered = ws.forms.render_batch(args.form, keys, full_numbers=args.full_numbers, progress=progress)
        if show:
            print(file=sys.stderr)
        written = []
        for key, pdf in rendered:
            path = out / file_name(args.form, key)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(pdf)
            tmp.replace(path)
            written.append(str(path))
        emit(
            args,
            written,
            f"{len(written)} PDF(s) written to {out}" + ("" if written else " (nothing matched)"),
        )
    finally:
        ws.close()


def cmd_verify_pdf(args: argparse.Namespace) -> int:
    ws = open_for_cli(args)
    try:
        try:
            pdf = Path(args.file).read_bytes()
        except OSError as exc:
            raise CliError(f"Cannot read {args.file}: {exc.strerror}") from None
        result = ws.forms.verify(pdf)
        lines = [
            f"Form {result.form} v{result.version}, {result.subject} {result.key}",
            "MATCHES the current records." if result.matches else "DOES NOT MATCH the current records.",
        ]
        lines += [f"  changed since printing: {r}" for r in result.changed]
        lines += [f"  no longer present: {r}" for r in result.removed]
        lines += [f"  added since printing: {r}" for r in result.added]
        lines += [f"  {p}" for p in result.problems]
        emit(args, result, "\n".join(lines))
        return 0 if result.matches else 1
    finally:
        ws.close()


# -- sync ----------------------------------------------------------------------------------------------


def _server_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    env = os.environ.get("COACHDESK_PASSWORD")
    if env:
        return env
    if not sys.stdin.isatty():
        raise CliError(
            "A password is needed: use --password-stdin, set COACHDESK_PASSWORD, or run on a terminal."
        )
    return getpass.getpass(f"Password for {args.user}: ")


def _run_sync(args: argparse.Namespace, ws: Workspace) -> int:
    from app.sync.engine import MassDeletion, SyncEngine
    from app.sync.login import open_api

    api = open_api(ws.ctx.uow)
    show = not args.json and sys.stderr.isatty()

    def progress(stage: str, done: int, total: int) -> None:
        if show:
            print(f"\r  {stage}: {done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        engine = SyncEngine(ws.ctx.uow, api, progress=progress)
        allow = getattr(args, "allow_deletions", False)
        if getattr(args, "full", False):
            from app.host.paths import backup_dir

            report = engine.full_resync(backup_dir(ws.data_dir), allow_deletions=allow)
        else:
            report = engine.run(allow_deletions=allow)
    except MassDeletion as exc:
        raise CliError(
            f"The server deleted {exc.params['count']} records this device still has. Nothing was applied; "
            "run `coachdesk sync --allow-deletions` to accept the deletions."
        ) from exc
    finally:
        api.close()
        if show:
            print(file=sys.stderr)
    user_id = ws.people.current_actor()
    from app.sync.engine import bound_server

    bound = bound_server(ws.ctx.uow)
    if bound and (user_id is None or user_id.user_id != bound["user_id"]):
        ws.people.sign_in(bound["user_id"])
    lines = [f"Synced: {report.pushed} sent, {report.applied} received."]
    if report.backup:
        lines.append(f"Backup taken first: {report.backup}")
    for table, count in report.not_on_server.items():
        lines.append(f"Kept here, not on the server: {count} {table} records")
    if report.released:
        lines.append(f"{report.released} clients moved to another caseload were removed from this device.")
    if report.kept_out_of_scope:
        lines.append(f"Kept although no longer yours (unsent changes): {', '.join(report.kept_out_of_scope)}")
    if report.conflicts or report.open_conflicts:
        lines.append(
            f"Conflicts: {report.conflicts} new, {report.open_conflicts} open (resolve them in CoachDesk)."
        )
    for table, rid, code in report.rejected:
        lines.append(f"Refused by the server: {table} {rid}: {code}")
    if report.digest_mismatch:
        lines.append(
            f"Still different from the server after a full re-scan: {', '.join(report.digest_mismatch)}"
        )
    emit(
        args,
        {
            "pushed": report.pushed,
            "pulled": report.pulled,
            "applied": report.applied,
            "conflicts": report.conflicts,
            "open_conflicts": report.open_conflicts,
            "rejected": report.rejected,
            "rescanned": report.rescanned,
            "digest_mismatch": report.digest_mismatch,
            "released": report.released,
            "kept_out_of_scope": report.kept_out_of_scope,
            "backup": report.backup,
            "not_on_server": report.not_on_server,
        },
        "\n".join(lines),
    )
    return 0 if report.ok else 1


def cmd_login(args: argparse.Namespace) -> int:
    from app.sync.login import log_in

    password = _server_password(args)
    ws = open_for_cli(args)
    try:
        answer = log_in(
            ws.ctx.uow,
            args.server,
            args.user,
            password,
            args.device_name or platform.node() or "CoachDesk",
            allow_insecure=args.allow_insecure,
        )
        if not args.json:
            print(f"Logged in as {answer.user.display_name} ({answer.user.role}).")
        return _run_sync(args, ws)
    finally:
        ws.close()


def cmd_sync(args: argparse.Namespace) -> int:
    ws = open_for_cli(args)
    try:
        return _run_sync(args, ws)
    finally:
        ws.close()


def cmd_logout(args: argparse.Namespace) -> None:
    from app.sync.login import log_out

    ws = open_for_cli(args)
    try:
        log_out(ws.ctx.uow)
        emit(args, {"logged_out": True}, "Logged out; unsynced changes stay in this workspace.")
    finally:
        ws.close()


def cmd_conflicts(args: argparse.Namespace) -> None:
    ws = open_for_cli(args)
    try:
        conflicts = ws.sync.open_conflicts()
        lines = [
            f"{c.id}  {c.table_name}.{c.field}  record {c.row_id}\n"
            f"    now:   {json.dumps(c.current, ensure_ascii=False)}\n"
            f"    other: {json.dumps(c.other, ensure_ascii=False)}"
            + ("  (final record: taking it records an amendment)" if c.record_final else "")
            for c in conflicts
        ]
        emit(args, conflicts, "\n".join(lines) if lines else "No open conflicts.")
    finally:
        ws.close()


def cmd_resolve(args: argparse.Namespace) -> None:
    ws = open_for_cli(args)
    try:
        ws.sync.resolve(args.conflict_id, take_other=args.take == "other", amendment_reason=args.reason or "")
        emit(
            args, {"resolved": args.conflict_id, "took": args.take}, "Resolved; it travels at the next sync."
        )
    finally:
        ws.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachdesk", description="CoachDesk 就业辅导工作台 — with no command, the desktop window opens."
    )
    parser.add_argument(
        "--data-dir", help="profile folder (default: $COACHDESK_DATA_DIR or the user data dir)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    # --json is accepted after the command too; SUPPRESS keeps the top-level value when absent there.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON instead of text"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "init", parents=[common], help="create the organisation and the first user of a new workspace"
    )
    p.add_argument("--organisation", required=True)
    p.add_argument("--username", required=True)
    p.add_argument("--display-name", required=True)
    p.add_argument("--role", choices=("coach", "supervisor", "admin"), default="coach")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "demo", parents=[common], help="build a synthetic Dongguan demo caseload in an empty workspace"
    )
    p.add_argument("--clients", type=int, default=500)
    p.add_argument("--months", type=int, default=12, help="how many months of history (default 12)")
    p.add_argument("--seed", type=int, default=2026)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "stats", parents=[common], help="outcome figures for a period (default: the whole data span)"
    )
    p.add_argument("--from", dest="date_from", type=_parse_date)
    p.add_argument("--to", dest="date_to", type=_parse_date)
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--coach", help="coach id or username")
    scope.add_argument("--town", help="town code (12 digits)")
    scope.add_argument("--cluster", help="cluster name, e.g. 第一片区")
    p.add_argument("--by", choices=("coach", "town", "cluster", "month", "year"), help="break down by")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "check", parents=[common], help="verify the database's integrity and say what was found"
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("users", parents=[common], help="list the staff in this workspace")
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("forms", parents=[common], help="printable forms")
    forms_sub = p.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    q = forms_sub.add_parser("list", parents=[common], help="the installed form definitions")
    q.set_defaults(func=cmd_forms_list)

    p = sub.add_parser("export-forms", parents=[common], help="render forms to PDF files")
    p.add_argument("--form", required=True, help="form code, e.g. CD-SR (see `forms list`)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", help="one client's forms (client id)")
    who.add_argument("--coach", help="a coach's caseload (user id or username)")
    p.add_argument("--month", help="YYYY-MM (needed for monthly forms; narrows the others)")
    p.add_argument("--out", required=True, help="folder for the PDF files")
    p.add_argument("--full-numbers", action="store_true", help="print full ID numbers (if your role allows)")
    p.set_defaults(func=cmd_export_forms)

    p = sub.add_parser("screenshots", help="render the main screens offscreen into PNG files (uses Qt)")
    p.add_argument("--out", required=True, help="folder for the PNG files")
    p.set_defaults(func=None)  # handled by app.entry, which may load Qt; the CLI never does

    p = sub.add_parser("login", parents=[common], help="sign this workspace in to a sync server, then sync")
    p.add_argument("--server", required=True, help="server address, e.g. https://sync.example.org")
    p.add_argument("--user", required=True)
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.add_argument("--device-name", help="how this device is listed on the server (default: host name)")
    p.add_argument("--allow-insecure", action="store_true", help="allow plain http:// to another machine")
    p.set_defaults(func=cmd_login)

    p = sub.add_parser("sync", parents=[common], help="sync with the server now")
    p.add_argument("--allow-deletions", action="store_true", help="apply many deletions from the server")
    p.add_argument("--full", action="store_true", help="back up, then fetch everything again from the start")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("logout", parents=[common], help="revoke this device's token; unsynced work stays")
    p.set_defaults(func=cmd_logout)

    p = sub.add_parser("conflicts", parents=[common], help="list the open sync conflicts")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("resolve", parents=[common], help="resolve a sync conflict")
    p.add_argument("conflict_id")
    p.add_argument(
        "--take", choices=("current", "other"), required=True, help="keep the current value or take the other"
    )
    p.add_argument("--reason", help="needed when taking the other value of a final record (an amendment)")
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("verify-pdf", parents=[common], help="does a printed form still match the records?")
    p.add_argument("file")
    p.set_defaults(func=cmd_verify_pdf)
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        parser.print_help()
        return EXIT_USER_ERROR
    try:
        result = args.func(args)
    except ValidationError as exc:
        print("Invalid input:", file=sys.stderr)
        for e in exc.errors:
            print(f"  {e.field}: {e.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except AuthRequired as exc:
        print(
            f"coachdesk: {exc} ({exc.code}). Log in again: coachdesk login --server URL --user NAME",
            file=sys.stderr,
        )
        print("Unsynced changes stay in this workspace.", file=sys.stderr)
        return EXIT_LOGIN_NEEDED
    except ServerUnreachable as exc:
        print(
            f"coachdesk: the server could not be reached ({exc.code}); nothing was lost, try again later.",
            file=sys.stderr,
        )
        return EXIT_OFFLINE
    except (CliError, CodedError) as exc:
        print(f"coachdesk: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    return int(result or 0)
