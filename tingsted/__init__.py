"""The ``tingsted`` command: the one place where the core and the window meet.

``app`` is the core and never imports the GUI (an import-linter contract checks it);
``ui`` is the window. This small module dispatches between them: with a verb,
``tingsted members import …`` runs the headless commands of ``app.cli``; without one,
``tingsted [--demo] [--db FILE]`` opens the window (``ui.launcher``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _open_window(*, demo: bool, db: str | None) -> int:
    from ui import launcher  # imported only when the window is wanted: commands start quickly

    return int(launcher.run(demo=demo, db=db))


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as commands

    return commands(argv, open_window=_open_window)


def run() -> None:
    sys.exit(main())
