"""``tingsted members …``: import and export the roster, print badges and sheets.

tingsted members import DB FILE [--skip-bad-rows] [--map "Køn:K=Kvinde"] [--remember]
tingsted members export DB FILE.csv|FILE.xlsx [--with-contacts]
tingsted members badges DB FILE.pdf
tingsted members signin DB FILE.pdf [--day N]
tingsted members list DB FILE.pdf [--with-contacts]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import CliError
from app.db import Database, open_database
from app.io.tabular import ImportFailed
from app.services.assembly import current_assembly


def register(sub: Any) -> None:
    p = sub.add_parser("members", help="import, export and print the members")
    verbs = p.add_subparsers(dest="members_command", metavar="VERB", required=True, parser_class=type(p))

    imp = verbs.add_parser("import", help="import the roster from a CSV or XLSX file (all rows or none)")
    imp.add_argument("db", type=Path, help="the assembly database")
    imp.add_argument("file", type=Path, help="the roster (CSV, UTF-8 or Latin-1, comma or semicolon; or XLSX)")
    imp.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows and skip the rows with problems"
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="CATEGORY:TEXT=VALUE",
        help='read TEXT in CATEGORY as VALUE, e.g. "Køn:K=Kvinde" (repeatable)',
    )
    imp.add_argument("--remember", action="store_true", help="remember the --map texts for later imports")
    imp.set_defaults(func=cmd_import)

    exp = verbs.add_parser("export", help="export the members (anonymised unless --with-contacts)")
    exp.add_argument("db", type=Path)
    exp.add_argument("file", type=Path, help="FILE.csv or FILE.xlsx")
    exp.add_argument("--with-contacts", action="store_true", help="add names and contact data (personal data!)")
    exp.set_defaults(func=cmd_export)

    badges = verbs.add_parser("badges", help="print name badges for the active members (PDF)")
    badges.add_argument("db", type=Path)
    badges.add_argument("file", type=Path, help="FILE.pdf")
    badges.set_defaults(func=cmd_badges)

    signin = verbs.add_parser("signin", help="print the sign-in sheet of a meeting day (PDF)")
    signin.add_argument("db", type=Path)
    signin.add_argument("file", type=Path, help="FILE.pdf")
    signin.add_argument("--day", type=int, default=None, help="the day's number (default: today or the next day)")
    signin.set_defaults(func=cmd_signin)

    lst = verbs.add_parser("list", help="print the member list (PDF)")
    lst.add_argument("db", type=Path)
    lst.add_argument("file", type=Path, help="FILE.pdf")
    lst.add_argument("--with-contacts", action="store_true", help="add e-mail and phone (personal data!)")
    lst.set_defaults(func=cmd_list)

    from app.cli.phones import add_checkin  # issue 15: `members checkin` lives with the phones' verbs

    add_checkin(verbs)


def _open(path: Path) -> tuple[Database, int]:
    db = open_database(path)
    try:
        return db, current_assembly(db).id
    except Exception:
        db.dispose()
        raise


def _value_map(db: Database, assembly_id: int, specs: list[str]) -> dict[int, dict[str, int]]:
    from app.io.tabular import normalise_header
    from app.services.members import list_categories

    cats = list_categories(db, assembly_id)
    out: dict[int, dict[str, int]] = {}
    for spec in specs:
        cat_name, sep, rest = spec.partition(":")
        text, sep2, value_name = rest.partition("=")
        if not sep or not sep2 or not text.strip():
            raise CliError(f"--map {spec!r}: write CATEGORY:TEXT=VALUE, e.g. Køn:K=Kvinde")
        cat = next((c for c in cats if normalise_header(c.name) == normalise_header(cat_name)), None)
        if cat is None:
            raise CliError(f"--map {spec!r}: the assembly has no category {cat_name.strip()!r}")
        value = next((v for v in cat.values if v.name.casefold() == value_name.strip().casefold()), None)
        if value is None:
            known = ", ".join(v.name for v in cat.values)
            raise CliError(f"--map {spec!r}: {cat.name} has no value {value_name.strip()!r} (known: {known})")
        out.setdefault(cat.id, {})[text.strip()] = value.id
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from app.io.roster import import_roster

    db, assembly_id = _open(args.db)
    try:
        value_map = _value_map(db, assembly_id, args.map)
        try:
            result = import_roster(
                db,
                assembly_id,
                args.file,
                value_map=value_map,
                skip_bad_rows=args.skip_bad_rows,
                remember=args.remember,
            )
        except ImportFailed as exc:
            for problem in exc.problems:
                print(str(problem), file=sys.stderr)
            n = len(exc.problems)
            print(
                f"tingsted: nothing imported: {n} problem{'s' if n != 1 else ''} in {args.file.name}"
                " (fix them, use --map, or --skip-bad-rows)",
                file=sys.stderr,
            )
            return 1
    finally:
        db.dispose()
    line = f"imported {result.imported} member{'s' if result.imported != 1 else ''}"
    if result.imported:
        line += f" (numbers {result.first_number}–{result.last_number})"
    if result.skipped:
        line += f"; skipped {result.skipped} row{'s' if result.skipped != 1 else ''} with problems"
    print(line)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.io.members_export import export_members

    db, assembly_id = _open(args.db)
    try:
        count, personal = export_members(db, assembly_id, args.file, with_contacts=args.with_contacts)
    finally:
        db.dispose()
    kind = "WITH personal data (names and contact data)" if personal else "anonymised, no personal data"
    print(f"exported {count} members to {args.file}: {kind}")
    return 0


def _pdf_path(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise CliError(f"{path.name}: choose a file name ending in .pdf")
    if not path.parent.exists():
        raise CliError(f"{path.parent}: no such folder")
    return path


def cmd_badges(args: argparse.Namespace) -> int:
    from app.reports.badges import badges_pdf

    path = _pdf_path(args.file)
    db, assembly_id = _open(args.db)
    try:
        n = badges_pdf(db, assembly_id, path)
    finally:
        db.dispose()
    print(f"printed {n} badges to {path} (contains names)")
    return 0


def cmd_signin(args: argparse.Namespace) -> int:
    from app.reports.badges import signin_sheet_pdf
    from app.services.checkin import default_day
    from app.services.program import list_days

    path = _pdf_path(args.file)
    db, assembly_id = _open(args.db)
    try:
        days = list_days(db, assembly_id)
        if not days:
            raise CliError("the assembly has no meeting days yet")
        if args.day is None:
            day_id = default_day(db, assembly_id)
        else:
            day = next((d for d in days if d.number == args.day), None)
            if day is None:
                raise CliError(f"no day {args.day}: the days are {', '.join(str(d.number) for d in days)}")
            day_id = day.id
        assert day_id is not None
        n = signin_sheet_pdf(db, assembly_id, day_id, path)
    finally:
        db.dispose()
    print(f"printed the sign-in sheet ({n} members) to {path} (contains names)")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from app.reports.badges import member_list_pdf

    path = _pdf_path(args.file)
    db, assembly_id = _open(args.db)
    try:
        n = member_list_pdf(db, assembly_id, path, with_contacts=args.with_contacts)
    finally:
        db.dispose()
    print(f"printed the member list ({n} members) to {path} (contains names)")
    return 0
