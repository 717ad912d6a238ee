"""``python -m newsevents`` runs the ``newsevents`` command."""

from __future__ import annotations

import sys

from newsevents.cli import main

if __name__ == "__main__":
    sys.exit(main())
