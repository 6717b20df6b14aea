"""``tingsted init``: create an assembly database, empty or the demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.db import create_database
from app.services.assembly import create_assembly


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create an assembly database (empty, or the demo)")
    p.add_argument("file", type=Path, help="the new database file")
    p.add_argument("--demo", action="store_true", help="fill it with the demo assembly")
    p.add_argument("--name", default="New citizens' assembly", help="the assembly's name (empty database)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=cmd_init)


def cmd_init(args: argparse.Namespace) -> int:
    if args.demo:
        from app.demo import build_demo

        build_demo(args.file, overwrite=args.force)
        print(f"created the demo assembly in {args.file}")
        return 0
    db = create_database(args.file, overwrite=args.force)
    try:
        info = create_assembly(db, args.name)
    finally:
        db.dispose()
    print(f"created assembly {info.name!r} in {args.file}")
    return 0
