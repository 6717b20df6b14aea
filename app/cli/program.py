"""``tingsted program …``: the days' programs on the command line.

tingsted program show DB [DAY]
tingsted program runsheet DB DAY OUT.pdf [--handout] [--lang da|en]
tingsted program add-day DB DATE [--title T] [--venue V] [--start HH:MM] [--end HH:MM]
tingsted program copy-day DB DAY DATE [--title T]
tingsted program add-item DB DAY TITLE [--kind K] [--minutes N] [--responsible R] [--room R] [--notes N]
tingsted program questions DB [--projector]

DAY is a day's number (1, 2, …), its date (YYYY-MM-DD) or ``#id``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.cli import CliError
from app.db import Database, open_database
from app.i18n import LANGUAGES
from app.services import program, questions
from app.services.assembly import current_assembly


@contextmanager
def _open(path: Path) -> Iterator[tuple[Database, int]]:
    db = open_database(path)
    try:
        yield db, current_assembly(db).id
    finally:
        db.dispose()


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def _time(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time of day (HH:MM)") from exc


def register(sub: Any) -> None:
    p = sub.add_parser("program", help="the days' programs: show, print run sheets, add days and items")
    verbs = p.add_subparsers(dest="program_command", metavar="VERB", required=True, parser_class=type(p))

    show = verbs.add_parser("show", help="print the days, or one day's agenda with its times")
    show.add_argument("db", type=Path, help="the assembly database")
    show.add_argument("day", nargs="?", help="a day's number or date (default: all days)")
    show.set_defaults(func=cmd_show)

    rs = verbs.add_parser("runsheet", help="write a day's run sheet (or the members' handout) as PDF")
    rs.add_argument("db", type=Path)
    rs.add_argument("day", help="the day's number or date")
    rs.add_argument("out", type=Path, help="OUT.pdf")
    rs.add_argument("--handout", action="store_true", help="the members' program, without internal notes")
    rs.add_argument("--lang", choices=LANGUAGES, help="language (default: the assembly's)")
    rs.set_defaults(func=cmd_runsheet)

    add_day = verbs.add_parser("add-day", help="add a meeting day")
    add_day.add_argument("db", type=Path)
    add_day.add_argument("date", type=_date, help="YYYY-MM-DD")
    add_day.add_argument("--title", default="")
    add_day.add_argument("--venue", default="")
    add_day.add_argument("--start", type=_time, default=dt.time(9, 0), help="HH:MM (default 09:00)")
    add_day.add_argument("--end", type=_time, default=dt.time(16, 0), help="HH:MM (default 16:00)")
    add_day.set_defaults(func=cmd_add_day)

    copy = verbs.add_parser("copy-day", help="copy a day with its agenda to a new date (a template)")
    copy.add_argument("db", type=Path)
    copy.add_argument("day", help="the day to copy")
    copy.add_argument("date", type=_date, help="the new day's date")
    copy.add_argument("--title", default=None)
    copy.set_defaults(func=cmd_copy_day)

    item = verbs.add_parser("add-item", help="add an item at the end of a day's agenda")
    item.add_argument("db", type=Path)
    item.add_argument("day")
    item.add_argument("title")
    item.add_argument("--kind", default="plenary", choices=program.KINDS)
    item.add_argument("--minutes", type=int, default=30)
    item.add_argument("--responsible", default="")
    item.add_argument("--room", default="")
    item.add_argument("--notes", default="")
    item.set_defaults(func=cmd_add_item)

    qs = verbs.add_parser("questions", help="list the questions to the experts")
    qs.add_argument("db", type=Path)
    qs.add_argument("--projector", action="store_true", help="only those chosen for the projector")
    qs.set_defaults(func=cmd_questions)


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args.db) as (db, aid):
        if args.day is None:
            days = program.list_days(db, aid)
            if not days:
                print("no meeting days yet")
            for d in days:
                prog = program.day_program(db, d.id)
                fits = "fits" if prog.fits else f"{program.format_duration(prog.over_min)} too long"
                print(
                    f"Day {d.number}  {d.date.isoformat()}  {d.start_time:%H:%M}–{d.end_time:%H:%M}  "
                    f"{len(prog.items)} items, {fits}  {d.title}"
                )
            return 0
        day = program.find_day(db, aid, args.day)
        prog = program.day_program(db, day.id)
        print(f"Day {day.number}  {day.date.isoformat()}  {day.title}  {day.venue}".rstrip())
        for e in prog.items:
            flag = "  (after the day's end)" if e.overrun else ""
            room = f"  [{e.room}]" if e.room else ""
            print(f"  {e.start:%H:%M}–{e.end:%H:%M}  {e.kind:<14} {e.title}{room}{flag}")
        for warning in prog.warnings:
            print(f"warning: {warning}")
    return 0


def cmd_runsheet(args: argparse.Namespace) -> int:
    from app.reports.run_sheet import write_run_sheet

    if args.out.suffix.lower() != ".pdf":
        raise CliError(f"{args.out}: the run sheet is a PDF; name the file ….pdf")
    if not args.out.parent.exists():
        raise CliError(f"{args.out.parent}: no such folder")
    with _open(args.db) as (db, aid):
        day = program.find_day(db, aid, args.day)
        write_run_sheet(db, day.id, args.out, handout=args.handout, lang=args.lang)
    print(f"wrote the {'handout' if args.handout else 'run sheet'} of day {day.number} to {args.out}")
    return 0


def cmd_add_day(args: argparse.Namespace) -> int:
    with _open(args.db) as (db, aid):
        d = program.create_day(
            db, aid, args.date, title=args.title, venue=args.venue, start_time=args.start, end_time=args.end
        )
    print(f"added day {d.number} on {d.date.isoformat()}")
    return 0


def cmd_copy_day(args: argparse.Namespace) -> int:
    with _open(args.db) as (db, aid):
        source = program.find_day(db, aid, args.day)
        d = program.copy_day(db, source.id, args.date, title=args.title)
        n = len(program.day_program(db, d.id).items)
    print(f"copied day {source.number} to day {d.number} on {d.date.isoformat()} ({n} items)")
    return 0


def cmd_add_item(args: argparse.Namespace) -> int:
    with _open(args.db) as (db, aid):
        day = program.find_day(db, aid, args.day)
        e = program.add_item(
            db,
            day.id,
            args.title,
            kind=args.kind,
            duration_min=args.minutes,
            responsible=args.responsible,
            room=args.room,
            notes=args.notes,
        )
        prog = program.day_program(db, day.id)
    print(f"added {e.start:%H:%M}–{e.end:%H:%M} {e.title}")
    for warning in prog.warnings:
        print(f"warning: {warning}")
    return 0


def cmd_questions(args: argparse.Namespace) -> int:
    with _open(args.db) as (db, aid):
        rows = questions.list_questions(db, aid, on_projector=True if args.projector else None)
    for q in rows:
        shown = " [projector]" if q.on_projector else ""
        group = f" ({q.group_key})" if q.group_key else ""
        who = " → ".join(x for x in (q.table_label, q.expert_name) if x)
        print(f"#{q.id} {q.status:<9} {who}{group}: {q.text}{shown}")
    if not rows:
        print("no questions")
    return 0
