"""``python -m app``: the same as the ``coachdesk`` command."""

import sys

from app.entry import main

sys.exit(main())
