"""``coachdesk-server``: the central sync server is the subject of the sync issue and is not built
yet. Until then this command says so and exits non-zero, so no script mistakes it for a server."""

from __future__ import annotations

import sys


def main() -> int:
    print(
        "coachdesk-server: the central sync server is not built yet; CoachDesk works offline only for now.",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
