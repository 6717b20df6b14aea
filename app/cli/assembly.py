"""``tingsted init``: create an assembly database, empty (with its details) or the demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.db import create_database
from app.i18n import LANGUAGES
from app.services.assembly import check_details, check_logo, create_assembly, default_name, set_logo
from app.services.errors import ServiceError


def _percent(text: str) -> float:
    try:
        value = float(text.replace(",", ".").rstrip("% "))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage (e.g. 80)") from None
    if not 0 < value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r}: a percentage above 0 and at most 100 (e.g. 80)")
    return value / 100


def register(sub: Any) -> None:
    p = sub.add_parser(
        "init",
        help="create an assembly database (empty, or the demo)",
        description="Create an assembly database. Its details can be changed later in the window "
        "(Overview ▸ Assembly settings).",
    )
    p.add_argument("file", type=Path, help="the new database file")
    p.add_argument("--demo", action="store_true", help="fill it with the demo assembly")
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        default="da",
        help="the assembly's language: its report, printouts and phone pages (default da)",
    )
    p.add_argument("--name", help="the assembly's name (default: 'Nyt borgerting' in Danish, … in the language)")
    p.add_argument("--remit", default="", help="the remit question the assembly answers")
    p.add_argument("--commissioned-by", dest="commissioning_body", default="", metavar="BODY",
                   help="who commissioned the assembly (e.g. a council)")
    p.add_argument("--town", default="", help="the town or municipality")
    p.add_argument("--threshold", type=_percent, default=0.8, metavar="PERCENT",
                   help="the default support threshold of ballots, in per cent (default 80)")
    p.add_argument("--logo", type=Path, metavar="IMG", help="a logo for the report's cover (PNG or JPEG)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=cmd_init)


def cmd_init(args: argparse.Namespace) -> int:
    if args.demo:
        from app.demo import build_demo

        build_demo(args.file, overwrite=args.force)
        print(f"created the demo assembly in {args.file}")
        return 0
    logo = None
    if args.logo is not None:
        try:
            logo = args.logo.read_bytes()
        except OSError as exc:
            raise ServiceError("{path}: cannot read the logo ({reason})", path=args.logo, reason=exc.strerror) from exc
        check_logo(logo)
    details = {
        "name": args.name if args.name is not None else default_name(args.language),
        "commissioning_body": args.commissioning_body,
        "remit": args.remit,
        "language": args.language,
        "support_threshold": args.threshold,
        "town": args.town,
    }
    check_details(details)  # before the file exists: a refused detail leaves no file behind
    db = create_database(args.file, overwrite=args.force)
    try:
        info = create_assembly(db, **details)
        if logo is not None:
            set_logo(db, info.id, logo)
    finally:
        db.dispose()
    print(f"created assembly {info.name!r} ({args.language}) in {args.file}")
    return 0
