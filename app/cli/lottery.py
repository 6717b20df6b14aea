"""``tingsted lottery draw``: a stratified lottery from files, without a database.

    tingsted lottery draw --pool POOL.csv --categories CATS.csv --size N [--reserves K]
        [--seed S] [--number NNN] [--algorithm leximin|maximin|library-maximin|legacy] [--household] --out DIR

writes ``selected.csv`` and ``reserves.csv`` (the pool's rows, ``id`` first; reserves
with their ``rank``), ``probabilities.csv`` (``id,probability``) and ``report.json``
(algorithm, seed, quotas, achieved counts per value, ``min_probability``, time, versions).
Run it again with the same files and seed and the same panel comes out.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path
from typing import Any

from app.algorithms import leximin
from app.cli import CliError
from app.io.pool import read_quota_table
from app.io.safe_cells import safe_row
from app.io.tabular import ImportFailed, TableReadError, guess_columns, read_table
from app.services import sortition
from app.services.errors import ServiceError


def register(sub: Any) -> None:
    p = sub.add_parser("lottery", help="stratified lottery (LEXIMIN) from a pool file")
    verbs = p.add_subparsers(dest="verb", metavar="VERB")
    d = verbs.add_parser("draw", help="draw a panel and reserves from a pool and a quota file")
    d.add_argument("--pool", type=Path, required=True, help="the respondents (CSV/XLSX) with an id column")
    d.add_argument("--categories", type=Path, required=True, help="quotas: feature,value,min,max")
    d.add_argument("--size", type=int, required=True, help="the panel size")
    d.add_argument("--reserves", type=int, default=0, help="how many ranked reserves to draw")
    d.add_argument("--seed", default=None, help="the seed (a new one is made and printed if left out)")
    d.add_argument("--number", type=int, default=None, help="the publicly drawn number 0–999 (else from the seed)")
    d.add_argument(
        "--algorithm",
        choices=sortition.ALGORITHMS,
        default="leximin",
        help="leximin and maximin are Tingsted's own; library-maximin and legacy are sortition-algorithms'",
    )
    d.add_argument("--household", metavar="COLUMN", default=None, help="at most one person per value of this column")
    d.add_argument("--out", type=Path, required=True, help="the folder for the results")
    d.set_defaults(func=cmd_draw)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _load(args: argparse.Namespace) -> tuple[leximin.Instance, list[str], list[str], list[list[str]]]:
    try:
        quota_rows = read_quota_table(args.categories)
    except ImportFailed as exc:
        first = exc.problems[0]
        more = f" (and {len(exc.problems) - 1} more problems)" if len(exc.problems) > 1 else ""
        raise CliError(f"{args.categories.name}: {first}{more}") from exc
    categories: dict[str, list[str]] = {}
    quotas: dict[tuple[str, str], tuple[int, int]] = {}
    for q in quota_rows:
        categories.setdefault(q.category, []).append(q.value)
        quotas[(q.category, q.value)] = (q.min if q.min is not None else 0, q.max if q.max is not None else args.size)
    try:
        frame = read_table(args.pool)
    except TableReadError as exc:
        raise CliError(str(exc)) from exc
    id_col = guess_columns(frame.columns, {"id": ("id", "external_id", "respondent")}).get("id")
    if id_col is None:
        raise CliError(f"{args.pool.name}: no id column")
    headers = list(frame.columns)
    by_fold = {h.casefold(): h for h in headers}
    cols: dict[str, str] = {}
    for cat in categories:
        if cat.casefold() not in by_fold:
            raise CliError(f"{args.pool.name}: no column for the category {cat}")
        cols[cat] = by_fold[cat.casefold()]
    hh_col = None
    if args.household:
        hh_col = by_fold.get(args.household.casefold())
        if hh_col is None:
            raise CliError(f"{args.pool.name}: no column {args.household} for the household rule")
    rows: list[tuple[int, ...]] = []
    ids: list[str] = []
    raw: list[list[str]] = []
    households: list[str | None] = []
    seen: set[str] = set()
    lookup = {cat: {v.casefold(): j for j, v in enumerate(vals)} for cat, vals in categories.items()}
    for n, rec in enumerate(frame.to_dict("records"), start=2):
        ext = str(rec[id_col])
        if not ext:
            raise CliError(f"{args.pool.name}: row {n}: the id is empty")
        if ext in seen:
            raise CliError(f"{args.pool.name}: row {n}: the id {ext} appears twice")
        seen.add(ext)
        vals = []
        for cat, col in cols.items():
            j = lookup[cat].get(str(rec[col]).casefold())
            if j is None:
                raise CliError(f"{args.pool.name}: row {n}, column {col}: {rec[col]!r} is not a value of {cat}")
            vals.append(j)
        rows.append(tuple(vals))
        ids.append(ext)
        raw.append([str(rec[h]) for h in headers])
        households.append(str(rec[hh_col]) or None if hh_col else None)
    order = [id_col, *[h for h in headers if h != id_col]]
    raw = [[r[headers.index(h)] for h in order] for r in raw]
    inst = leximin.Instance(categories, rows, quotas, args.size, households, bool(hh_col))
    return inst, ids, order, raw


def cmd_draw(args: argparse.Namespace) -> int:
    if args.size < 1:
        raise CliError("--size must be at least 1")
    if args.reserves < 0:
        raise CliError("--reserves cannot be negative")
    if args.out.exists() and not args.out.is_dir():
        raise CliError(f"{args.out}: is a file, not a folder")
    inst, ids, header, raw = _load(args)
    problems = leximin.explain_infeasible(inst)
    if problems:
        raise CliError("the quotas cannot be met: " + "; ".join(problems))
    if args.reserves > inst.pool_size - inst.panel_size:
        raise CliError(f"only {inst.pool_size - inst.panel_size} respondents are left for --reserves")
    started = time.perf_counter()
    shown_at = [0.0]

    def progress(share: float, text: str) -> None:
        # a line now and then on stderr, so a long draw says where it is (Ctrl-C cancels it)
        now = time.perf_counter()
        if now - shown_at[0] >= 2.0:
            shown_at[0] = now
            print(f"  {share:4.0%} {text}", file=sys.stderr, flush=True)

    try:
        probs, tprobs, tickets, model, notes, digest = sortition.compute_for_instance(
            inst, ids, args.algorithm, progress
        )
    except leximin.QuotaInfeasible as exc:
        raise CliError(str(exc)) from exc
    except KeyboardInterrupt as exc:
        raise CliError("cancelled: nothing was written") from exc
    seed = args.seed or sortition.new_seed()
    try:
        number, panel, reserves = sortition.pick(
            inst, tickets, seed, args.number, args.reserves, legacy=args.algorithm == "legacy"
        )
    except ServiceError as exc:
        raise CliError(str(exc)) from exc
    seconds = time.perf_counter() - started
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "selected.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(safe_row(header))
        w.writerows(safe_row(r) for r in (raw[i] for i in panel))
    with (args.out / "reserves.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(safe_row([*header, "rank"]))
        w.writerows(safe_row(r) for r in ([*raw[i], r] for r, i in enumerate(reserves, start=1)))
    with (args.out / "probabilities.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(safe_row(["id", "probability"]))
        w.writerows(safe_row(r) for r in ([ids[i], f"{p:.6f}"] for i, p in enumerate(probs)))
    cats = list(inst.categories)
    achieved = {
        cat: {v: sum(1 for i in panel if inst.respondents[i][c] == j) for j, v in enumerate(inst.categories[cat])}
        for c, cat in enumerate(cats)
    }
    report = {
        "algorithm": args.algorithm,
        "method": sortition.METHODS[args.algorithm],
        "model": model,
        "seed": seed,
        "number": number,
        "tickets": len(tickets),
        "panel_size": inst.panel_size,
        "pool": inst.pool_size,
        "household_column": args.household,
        "inputs_hash": digest,
        "quotas": {cat: {v: list(inst.quotas[(cat, v)]) for v in inst.categories[cat]} for cat in cats},
        "achieved": achieved,
        "min_probability": min(probs),
        "min_ticket_probability": min(tprobs),
        "seconds": round(seconds, 3),
        "versions": sortition.versions(),
        "notes": notes,
    }
    (args.out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    shown = f", number {number:03d}" if number is not None else ""
    print(
        f"drew {len(panel)} of {inst.pool_size} ({sortition.METHODS[args.algorithm]}, seed {seed}{shown}); "
        f"lowest selection probability {min(probs):.2%}; {len(reserves)} reserves; results in {args.out}"
    )
    return 0
