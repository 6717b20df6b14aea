"""``tingsted tables plan``: plan table rotations from a file or for an assembly database.

File mode: ``--members FILE.csv`` with an ``id`` column and one column per category;
writes ``--out seating.csv`` with the columns ``round,table,id`` (numbered from 1).
Database mode: ``--db DB`` plans the assembly's active members and stores the plan.
Both print the figures: repeats, share of pairs that met, worst deviation.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

from app.algorithms.seating import (
    InfeasibleProblem,
    SeatingProblem,
    SeatingQuality,
    optimise,
)
from app.cli import CliError
from app.io.safe_cells import safe_row
from app.io.tabular import TableReadError, read_table


def register(sub: Any) -> None:
    p = sub.add_parser("tables", help="plan who sits at which table in each round")
    tsub = p.add_subparsers(dest="tables_command", metavar="ACTION")
    plan = tsub.add_parser("plan", help="plan the table rotations (from a file, or for an assembly database)")
    plan.add_argument("--members", type=Path, metavar="FILE", help="CSV/XLSX with an id column and category columns")
    plan.add_argument("--db", metavar="DB", dest="tables_db", help="plan and store for this assembly database")
    plan.add_argument("--tables", type=int, required=True, help="number of tables")
    plan.add_argument("--rounds", type=int, required=True, help="number of rounds")
    plan.add_argument("--seed", type=int, default=0, help="random seed (the same seed gives the same plan)")
    plan.add_argument("--time-limit", type=float, default=30.0, metavar="SECONDS", help="stop searching after this")
    plan.add_argument("--diversify", metavar="COL,COL…", help="the categories each table should mirror (default: all)")
    plan.add_argument(
        "--together", action="append", default=[], metavar="COL=VALUE", help="seat everyone with this value together"
    )
    plan.add_argument("--max-iterations", type=int, default=None, help="stop after this many moves (default: by size)")
    plan.add_argument("--out", type=Path, metavar="FILE", help="where to write seating.csv (file mode)")
    plan.set_defaults(func=cmd_plan)
    p.set_defaults(func=lambda _args: p.print_help() or 0)


def _print_quality(q: SeatingQuality, extra: str = "") -> None:
    print(f"repeats: {q.repeats} – at least {q.repeats_bound} are unavoidable")
    print(f"pairs' shared rounds, Σ C(k,2): {q.pair_rounds} – at least {q.pair_rounds_bound} are unavoidable")
    print(
        f"most rounds one pair shares: {q.most_shared}"
        + ("" if q.at_most_twice else " (the rule 'a pair meets at most twice' is not kept)")
    )
    print(f"pairs that met: {q.pairs_met_share:.1%}")
    print(f"worst deviation from proportional: {q.worst_deviation:.2f}" + ("" if q.within_one else " (more than ±1)"))
    print(f"diversity deviation (L1): {q.diversity_deviation:.1f}")
    if q.constraint_violations:
        print(f"rules broken: {q.constraint_violations}")
    if extra:
        print(extra)


def cmd_plan(args: argparse.Namespace) -> int:
    if (args.members is None) == (args.tables_db is None):
        raise CliError("give either --members FILE (with --out) or --db DB")
    if args.tables < 1:
        raise CliError("--tables must be at least 1")
    if args.rounds < 1:
        raise CliError("--rounds must be at least 1")
    if args.time_limit <= 0:
        raise CliError("--time-limit must be more than 0 seconds")
    diversify = [c.strip() for c in args.diversify.split(",") if c.strip()] if args.diversify else None
    if args.tables_db is not None:
        return _plan_db(args, diversify)
    if args.out is None:
        raise CliError("--out FILE is needed with --members")
    return _plan_file(args, diversify)


def _plan_file(args: argparse.Namespace, diversify: list[str] | None) -> int:
    try:
        frame = read_table(args.members)
    except TableReadError as exc:
        raise CliError(str(exc)) from exc
    columns = list(frame.columns)
    if "id" not in columns:
        raise CliError(f"{args.members}: needs an 'id' column (it has {', '.join(columns) or 'no columns'})")
    ids = [str(v) for v in frame["id"]]
    for row, value in enumerate(ids, start=2):
        if not value:
            raise CliError(f"{args.members}: row {row}, column id: empty")
    seen: dict[str, int] = {}
    for row, value in enumerate(ids, start=2):
        if value in seen:
            raise CliError(f"{args.members}: row {row}, column id: {value!r} also on row {seen[value]}")
        seen[value] = row
    categories = [c for c in columns if c != "id"]
    if diversify is not None:
        unknown = [c for c in diversify if c not in categories]
        if unknown:
            raise CliError(f"--diversify: no column {', '.join(unknown)} in {args.members}")
        categories = diversify
    if len(ids) < args.tables:
        raise CliError(f"{len(ids)} members cannot fill {args.tables} tables")
    values: list[list[int]] = []
    levels = {c: sorted({str(v) for v in frame[c] if str(v)}) for c in categories}
    for _, rec in frame.iterrows():
        values.append([levels[c].index(str(rec[c])) if str(rec[c]) else -1 for c in categories])
    together: list[list[int]] = []
    for spec in args.together:
        col, sep, value = spec.partition("=")
        if not sep or col not in columns:
            raise CliError(f"--together {spec}: use COLUMN=VALUE with a column of {args.members}")
        group = [i for i, v in enumerate(frame[col]) if str(v) == value]
        if len(group) > 1:
            together.append(group)
    problem = SeatingProblem(len(ids), args.tables, args.rounds, values=values, together=together)
    try:
        result = optimise(problem, seed=args.seed, time_limit=args.time_limit, max_iterations=args.max_iterations)
    except InfeasibleProblem as exc:
        raise CliError(str(exc)) from exc
    try:
        with args.out.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(safe_row(["round", "table", "id"]))
            for r, plan_r in enumerate(result.plan, start=1):
                for t, i in sorted((t, i) for i, t in enumerate(plan_r) if t >= 0):
                    writer.writerow(safe_row([r, t + 1, ids[i]]))
    except OSError as exc:
        raise CliError(f"{args.out}: cannot write ({exc.strerror})") from exc
    print(f"planned {args.rounds} rounds at {args.tables} tables for {len(ids)} members in {result.seconds:.1f} s")
    _print_quality(result.quality)
    print(f"wrote {args.out}")
    return 0


def _plan_db(args: argparse.Namespace, diversify: list[str] | None) -> int:
    from app.db import open_database
    from app.services.assembly import current_assembly
    from app.services.tables import plan_seating

    db = open_database(args.tables_db)
    try:
        aid = current_assembly(db).id
        report = plan_seating(
            db,
            aid,
            tables=args.tables,
            rounds=args.rounds,
            seed=args.seed,
            time_limit=args.time_limit,
            diversify=diversify,
            max_iterations=args.max_iterations,
        )
    finally:
        db.dispose()
    print(
        f"planned {report.rounds} rounds at {report.tables} tables for {report.members} members "
        f"in {report.seconds:.1f} s; stored in {args.tables_db}"
    )
    _print_quality(report.quality)
    return 0
