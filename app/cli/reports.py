"""``tingsted report`` (the recommendation report as PDF), ``tingsted export`` (the data
as CSV/XLSX) and ``tingsted evaluation`` (import answers, show results)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.cli import CliError
from app.db import Database, open_database
from app.i18n import LANGUAGES, supported


@contextmanager
def _database(path: Path) -> Iterator[tuple[Database, int]]:
    from app.services.assembly import current_assembly

    db = open_database(path)
    try:
        yield db, current_assembly(db).id
    finally:
        db.dispose()


def _sections(text: str | None) -> list[str]:
    from app.reports.sections import SECTIONS

    if not text:
        return list(SECTIONS)
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def register(sub: Any) -> None:
    from app.reports.sections import SECTIONS

    p = sub.add_parser("report", help="write the recommendation report (PDF)")
    p.add_argument("db", type=Path, help="the assembly database")
    p.add_argument("out", type=Path, help="the PDF file to write")
    p.add_argument("--lang", choices=LANGUAGES, default=None, help="report language (default: the assembly's)")
    p.add_argument(
        "--sections",
        metavar="LIST",
        help=f"comma-separated sections to include (default: all): {','.join(SECTIONS)}",
    )
    p.add_argument("--preface", type=Path, metavar="FILE", help="a text file with the preface")
    p.add_argument("--logo", type=Path, metavar="IMG", help="a logo for the cover (PNG or JPEG)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export", help="write the data (members, votes, evaluation …) as CSV or XLSX")
    p.add_argument("db", type=Path, help="the assembly database")
    p.add_argument("dir", type=Path, help="the folder to write to (created if missing)")
    p.add_argument("--format", choices=("csv", "xlsx"), default="csv", dest="fmt")
    p.add_argument("--with-contacts", action="store_true", help="include names and contact data (personal data!)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("evaluation", help="evaluation surveys: list them, import answers")
    p.add_argument("db", type=Path, help="the assembly database")
    p.add_argument("--survey", type=int, metavar="ID", help="the survey (see the list)")
    p.add_argument("--import", dest="import_file", type=Path, metavar="FILE", help="import answers (CSV/XLSX)")
    p.add_argument("--replace", action="store_true", help="replace the survey's earlier answers with the file's")
    p.set_defaults(func=cmd_evaluation)


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports.recommendation_report import ReportOptions, build_report, check_sections
    from app.services.assembly import get_assembly

    sections = check_sections(_sections(args.sections))
    preface = ""
    if args.preface is not None:
        try:
            preface = args.preface.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"{args.preface}: cannot read the preface ({exc.__class__.__name__})") from exc
    with _database(args.db) as (db, assembly_id):
        lang = args.lang or get_assembly(db, assembly_id).language
        lang = supported(lang)
        summary = build_report(
            db, assembly_id, args.out, ReportOptions(lang=lang, sections=sections, preface=preface, logo=args.logo)
        )
    print(f"wrote {summary.path} ({summary.pages} pages, {summary.charts} charts)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.io.exports import export_data

    with _database(args.db) as (db, assembly_id):
        summary = export_data(db, assembly_id, args.dir, fmt=args.fmt, with_contacts=args.with_contacts)
    note = "WITH personal data" if summary.personal_data else "no personal data"
    print(f"wrote {len(summary.files)} file(s) to {summary.folder} ({note})")
    return 0


def cmd_evaluation(args: argparse.Namespace) -> int:
    from app.io.evaluation_import import import_answers
    from app.io.tabular import ImportFailed
    from app.services.evaluation import list_surveys

    with _database(args.db) as (db, assembly_id):
        surveys = list_surveys(db, assembly_id)
        if args.import_file is None:
            for s in surveys:
                day = f"day {s.day_number}" if s.day_number is not None else "whole assembly"
                codes = ", ".join(q.code for q in s.questions)
                print(f"{s.id}\t{s.title} ({day}; {s.responses} responses)\t{codes}")
            return 0
        if args.survey is None:
            if len(surveys) != 1:
                raise CliError("choose the survey with --survey ID (tingsted evaluation DB lists them)")
            survey_id = surveys[0].id
        else:
            if args.survey not in {s.id for s in surveys}:
                raise CliError(f"no survey with id {args.survey}")
            survey_id = args.survey
        try:
            result = import_answers(db, survey_id, args.import_file, replace=args.replace)
        except ImportFailed as exc:
            lines = [str(p) for p in exc.problems]
            more = f" (and {len(lines) - 1} more problems; nothing was imported)" if len(lines) > 1 else ""
            raise CliError(f"{args.import_file.name}: {lines[0]}{more}") from exc
    print(f"imported {result.responses} responses")
    return 0
