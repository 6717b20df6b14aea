"""``tingsted``'s headless commands over the services.

Each area adds its verbs in its own module here (``app/cli/<area>.py`` with a
``register(subparsers)`` function, listed in ``AREAS``). Without a verb, ``tingsted``
opens the window (``--demo``, ``--db FILE``): the entry module ``tingsted`` passes the
function that does it, so ``app`` has no path to the GUI at all.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from app.db import DatabaseError
from app.services.errors import ServiceError

# Modules under app/cli/ that register verbs, in the order `--help` lists them.
AREAS = ("assembly", "members", "lottery", "tables", "program", "recommendations", "voting", "phones", "reports")


class CliError(Exception):
    """A one-line reason; the command exits 1."""


class Parser(argparse.ArgumentParser):
    """argparse, but a wrong argument gives one line and exit 2, no usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}\n")


def _gui_only(argv: Sequence[str]) -> bool:
    """True when ``argv`` holds only the GUI options (``--demo``, ``--db FILE``).

    Then the areas' verbs are not loaded at all: they may import pandas and friends,
    and the GUI must start quickly.
    """
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--demo" or arg.startswith("--db="):
            i += 1
        elif arg == "--db" and i + 1 < len(argv):
            i += 2
        else:
            return False
    return True


# Verbs whose area module is known: ``tingsted report …`` then loads only that module
# (the others may import pandas and friends; the report has a 2-second budget).
VERB_MODULES = {"report": "reports", "export": "reports", "evaluation": "reports"}


def _areas_for(argv: Sequence[str]) -> Sequence[str]:
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    return (VERB_MODULES[first],) if first in VERB_MODULES else AREAS


def build_parser(*, commands: bool = True, areas: Sequence[str] = AREAS) -> Parser:
    parser = Parser(
        prog="tingsted",
        description="Tingsted – run a citizens' assembly. Without a command, opens the app.",
    )
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo assembly")
    parser.add_argument("--db", metavar="FILE", help="open this assembly database (or a database URL)")
    parser.set_defaults(command=None)
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for area in areas:
        importlib.import_module(f"app.cli.{area}").register(sub)
    return parser


# Opens the window: ``open_window(demo=…, db=…)`` returns the exit code (``tingsted.main`` passes it).
OpenWindow = Callable[..., int]


def main(argv: Sequence[str] | None = None, *, open_window: OpenWindow | None = None) -> int:
    """Run one command line. Without a verb it opens the window through ``open_window``;
    ``python -m app`` passes none and only runs verbs."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(commands=not _gui_only(argv), areas=_areas_for(argv))
    args = parser.parse_args(argv)
    if args.command is None:
        if args.demo and args.db:
            parser.error("choose either --demo or --db, not both")
        if open_window is None:
            parser.error("give a command (see --help); the window opens with `tingsted` or `python -m tingsted`")
        return open_window(demo=args.demo, db=args.db)
    try:
        return int(args.func(args) or 0)
    except (CliError, DatabaseError, ServiceError) as exc:
        print(f"tingsted: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tingsted: interrupted", file=sys.stderr)
        return 130


def run() -> None:
    sys.exit(main())
