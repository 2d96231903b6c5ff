"""The ``coachdesk`` console script: a subcommand runs headless (``app.cli``); no subcommand opens the
desktop window (``app.ui``). Kept apart from both so the CLI never imports Qt."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--self-check"]:
        from app.ui.selfcheck import run_self_check

        return run_self_check()
    from app.cli.main import build_parser

    parsed, _rest = build_parser().parse_known_args(args)
    if parsed.command == "screenshots":
        from pathlib import Path

        from app.host.paths import resolve_data_dir
        from app.ui.screenshots import run_screenshots

        return run_screenshots(resolve_data_dir(parsed.data_dir), Path(parsed.out))
    if parsed.command is None and not {"-h", "--help"} & set(args):
        from app.host.paths import resolve_data_dir
        from app.ui.main import run_gui

        return run_gui(resolve_data_dir(parsed.data_dir), args)
    from app.cli.main import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
