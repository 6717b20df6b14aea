"""``tingsted votes import`` (typed paper ballots) and ``tingsted results`` (all ballots)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

from app.cli import CliError
from app.db import open_database
from app.io.safe_cells import safe_row
from app.io.tabular import ImportFailed
from app.services.assembly import current_assembly
from app.services.voting import BallotResult, list_results

RESULT_STATES = ("draft", "open", "closed", "published")
BALLOT_FIELDS = ("id", "title", "method", "secret", "state", "threshold", "base", "eligible", "present", "cast")
ITEM_FIELDS = ("recommendation", "counts", "support_share", "adopted", "rank")


def register(sub: Any) -> None:
    votes = sub.add_parser("votes", help="votes of a ballot: import typed paper ballots")
    votes_sub = votes.add_subparsers(dest="votes_command", metavar="ACTION", required=True)
    imp = votes_sub.add_parser(
        "import",
        help="import typed paper ballots (CSV/XLSX: a column 'paper' and one per recommendation code)",
    )
    imp.add_argument("db", metavar="DB", help="the assembly database")
    imp.add_argument("--ballot", type=int, required=True, metavar="ID", help="the ballot's id (it must be open)")
    imp.add_argument("file", type=Path, metavar="FILE", help="the papers, one row per paper")
    imp.set_defaults(func=cmd_votes_import)

    res = sub.add_parser("results", help="print the results of all ballots")
    res.add_argument("db", metavar="DB", help="the assembly database")
    res.add_argument("--format", choices=("json", "csv"), default="json", help="json (default) or csv")
    res.set_defaults(func=cmd_results)


def cmd_votes_import(args: argparse.Namespace) -> int:
    from app.io.paper_ballots import import_paper_ballots

    db = open_database(args.db)
    try:
        try:
            n = import_paper_ballots(db, args.ballot, args.file)
        except ImportFailed as exc:
            for problem in exc.problems:
                print(f"{args.file.name}: {problem}", file=sys.stderr)
            raise CliError(f"nothing imported: {len(exc.problems)} problem(s) in {args.file.name}") from exc
    finally:
        db.dispose()
    print(f"{n} papers counted in ballot {args.ballot}")
    return 0


def result_record(r: BallotResult) -> dict[str, Any]:
    """One ballot as the ``results`` command prints it."""
    record: dict[str, Any] = {f: getattr(r, f) for f in BALLOT_FIELDS}
    record["checksum"] = r.checksum
    record["items"] = [
        {
            "recommendation": i.code,
            "label": i.label,
            "counts": i.counts,
            "support_share": i.support_share,
            "adopted": i.adopted,
            "rank": i.rank,
        }
        for i in r.items
    ]
    return record


def cmd_results(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        assembly = current_assembly(db)
        results = list_results(db, assembly.id, states=RESULT_STATES)
    finally:
        db.dispose()
    records = [result_record(r) for r in results]
    if args.format == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(safe_row([*BALLOT_FIELDS, "checksum", *ITEM_FIELDS]))
    for rec in records:
        head = [_cell(rec[f]) for f in (*BALLOT_FIELDS, "checksum")]
        for item in rec["items"] or [dict.fromkeys(ITEM_FIELDS)]:
            writer.writerow(safe_row([*head, *(_cell(item[f]) for f in ITEM_FIELDS)]))
    return 0


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=False)
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)
