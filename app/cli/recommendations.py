"""``tingsted recommendations``: list, show and import the assembly's recommendations.

``list DB --format csv`` writes the columns ``import`` reads (code, title, theme, text,
initiatives separated by "|", table), so a list can be edited in a spreadsheet and
imported into another assembly.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.cli import CliError
from app.db import Database, open_database
from app.io.recommendations_import import import_recommendations
from app.io.tabular import ImportFailed
from app.services import recommendations as rs
from app.services.assembly import current_assembly

FORMATS = ("table", "csv", "json")


def register(sub: Any) -> None:
    p = sub.add_parser("recommendations", help="list, show and import recommendations")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=type(p))

    ls = verbs.add_parser("list", help="all recommendations with their current text")
    ls.add_argument("db", metavar="DB", help="the assembly database")
    ls.add_argument("--format", choices=FORMATS, default="table", help="table (default), csv or json")
    ls.add_argument("--theme", help="only this theme")
    ls.add_argument("--search", default="", help="only those whose code, title, theme or text holds this")
    ls.set_defaults(func=cmd_list)

    show = verbs.add_parser("show", help="one recommendation with its versions, initiatives and amendments")
    show.add_argument("db", metavar="DB", help="the assembly database")
    show.add_argument("code", help="the recommendation's code, e.g. A1")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(func=cmd_show)

    imp = verbs.add_parser(
        "import",
        help="import recommendations from CSV/XLSX (code,title,theme,text,initiatives with '|' between them)",
    )
    imp.add_argument("db", metavar="DB", help="the assembly database")
    imp.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file")
    imp.add_argument("--author", default="import", help="recorded as the author of the first versions")
    imp.set_defaults(func=cmd_import)


@contextmanager
def _opened(target: str) -> Iterator[tuple[Database, int]]:
    db = open_database(target)
    try:
        yield db, current_assembly(db).id
    finally:
        db.dispose()


def _rows(db: Database, assembly_id: int, args: argparse.Namespace) -> list[dict[str, Any]]:
    numbers = {t.id: t.number for t in rs.table_choices(db, assembly_id)}
    out: list[dict[str, Any]] = []
    for summary in rs.list_recommendations(db, assembly_id, search=args.search, theme=args.theme):
        d = rs.get_recommendation(db, summary.id)
        out.append(
            {
                "code": d.code,
                "title": d.title,
                "theme": d.theme,
                "status": d.status,
                "table": numbers.get(d.origin_table_id) if d.origin_table_id is not None else None,
                "origin_table": d.origin_table_label,
                "versions": len(d.versions),
                "final_version": next((v.number for v in d.versions if v.id == d.final_version_id), None),
                "text": d.text,
                "initiatives": [i.text for i in d.initiatives],
                "open_amendments": sum(1 for a in d.amendments if a.status == "proposed"),
                "merged_into": d.merged_into_code or None,
                "minority_statement": d.minority_statement,
            }
        )
    return out


def cmd_list(args: argparse.Namespace) -> int:
    with _opened(args.db) as (db, assembly_id):
        rows = _rows(db, assembly_id, args)
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        columns = ["code", "title", "theme", "text", "initiatives", "table", "status", "versions", "merged_into"]
        writer.writerow(columns)
        for r in rows:
            writer.writerow(
                [
                    r["code"],
                    r["title"],
                    r["theme"],
                    r["text"],
                    f" {rs.INITIATIVE_SEPARATOR} ".join(r["initiatives"]),
                    "" if r["table"] is None else r["table"],
                    r["status"],
                    r["versions"],
                    r["merged_into"] or "",
                ]
            )
    else:
        if not rows:
            print("no recommendations")
            return 0
        head = ("code", "status", "versions", "theme", "title")
        cells = [(r["code"], r["status"], str(r["versions"]), r["theme"], r["title"]) for r in rows]
        widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(head[:-1])]
        print("  ".join(h.ljust(w) for h, w in zip(head[:-1], widths, strict=True)) + "  " + head[-1])
        for c in cells:
            print("  ".join(v.ljust(w) for v, w in zip(c[:-1], widths, strict=True)) + "  " + c[-1])
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _opened(args.db) as (db, assembly_id):
        d = rs.find_by_code(db, assembly_id, args.code)
    if args.format == "json":
        data = {
            "code": d.code,
            "title": d.title,
            "theme": d.theme,
            "status": d.status,
            "origin_table": d.origin_table_label,
            "text": d.text,
            "minority_statement": d.minority_statement,
            "merged_into": d.merged_into_code or None,
            "merged_from": d.merged_from,
            "initiatives": [i.text for i in d.initiatives],
            "versions": [
                {
                    "number": v.number,
                    "author": v.author,
                    "table": v.table_label,
                    "note": v.note,
                    "created_at": v.created_at.isoformat(timespec="seconds"),
                    "final": v.id == d.final_version_id,
                    "text": v.text,
                }
                for v in d.versions
            ],
            "amendments": [
                {
                    "id": a.id,
                    "against_version": a.version_number,
                    "status": a.status,
                    "outdated": a.outdated,
                    "proposed_by": a.proposed_by,
                    "rationale": a.rationale,
                    "text": a.text,
                }
                for a in d.amendments
            ],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{d.code}  {d.title}")
    facts = [f"status: {d.status}", f"theme: {d.theme or '–'}"]
    if d.origin_table_label:
        facts.append(f"from: {d.origin_table_label}")
    if d.merged_into_code:
        facts.append(f"merged into {d.merged_into_code}")
    print("  ".join(facts))
    print()
    print(d.text)
    if d.initiatives:
        print()
        for n, i in enumerate(d.initiatives, start=1):
            print(f"  {n}. {i.text}")
    if d.minority_statement:
        print()
        print(f"Minority statement: {d.minority_statement}")
    print()
    for v in d.versions:
        mark = "  (final)" if v.id == d.final_version_id else ""
        who = ", ".join(x for x in (v.author, v.table_label) if x) or "–"
        print(f"version {v.number}: {v.created_at:%Y-%m-%d %H:%M}  {who}  {v.note}{mark}".rstrip())
    for a in d.amendments:
        flag = "  OUTDATED" if a.outdated else ""
        print(f"amendment {a.id} against version {a.version_number}: {a.status}{flag}  {a.proposed_by}".rstrip())
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with _opened(args.db) as (db, assembly_id):
        try:
            result = import_recommendations(db, assembly_id, args.file, author=args.author)
        except ImportFailed as exc:
            for problem in exc.problems:
                print(f"{args.file.name}: {problem}", file=sys.stderr)
            n = len(exc.problems)
            raise CliError(f"{n} problem{'s' if n != 1 else ''} in {args.file.name}; nothing was imported") from exc
    codes = ", ".join(r.code for r in result.created)
    n = len(result.created)
    print(f"imported {n} recommendation{'s' if n != 1 else ''}: {codes}")
    return 0
