"""Typed paper ballots from a spreadsheet: one row per paper.

Columns: ``paper`` (the paper's number; also "papir", "nr", "stemmeseddel"), one column
per item of the ballot named by its recommendation code (or the item's number), and
optionally ``spoilt`` ("ugyldig", "kasseret"): x/1/yes/ja marks a spoilt paper. Cells
hold the method's option words in English or Danish (yes/ja, no/nej, abstain/blank/
hverken; 5..1 for the support scale; x for an approval tick; a number of dots; a rank).
An empty cell is a blank choice. Every bad row is reported; nothing is imported until the
file is clean.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.algorithms import tally
from app.db import Database
from app.i18n import Message, Term
from app.io.tabular import ImportFailed, ImportProblem, TableReadError, normalise_header, read_table, spreadsheet_row
from app.services import voting
from app.services.errors import ServiceError

PAPER_WORDS = ("paper", "papir", "nr", "number", "nummer", "stemmeseddel", "seddel", "paper_number")
SPOILT_WORDS = ("spoilt", "spoiled", "ugyldig", "kasseret", "invalid")
YES_WORDS = {"x", "1", "yes", "y", "ja", "j", "true", "✓"}
NO_WORDS = {"", "0", "no", "n", "nej", "false", "-"}

Paper = tuple[int, dict[str, Any], bool]


def _read(db: Database, ballot_id: int, path: str | Path) -> tuple[list[Paper], dict[int, int], str]:
    """The papers, the spreadsheet row of each paper number, and the paper column's header."""
    ballot = voting.get_ballot(db, ballot_id)
    try:
        frame = read_table(path)
    except TableReadError as exc:
        raise ImportFailed([ImportProblem.from_error(None, None, exc)]) from exc
    headers = list(frame.columns)
    by_norm = {normalise_header(h): h for h in headers}
    problems: list[ImportProblem] = []

    paper_col = next((by_norm[normalise_header(w)] for w in PAPER_WORDS if normalise_header(w) in by_norm), None)
    if paper_col is None:
        problems.append(ImportProblem(None, None, "no column “paper” with the paper numbers"))
    spoilt_col = next((by_norm[normalise_header(w)] for w in SPOILT_WORDS if normalise_header(w) in by_norm), None)
    item_cols: dict[str, str] = {}  # item id (text) -> header
    for item in ballot.items:
        header = by_norm.get(normalise_header(item.code))
        if header is None:
            problems.append(
                ImportProblem(None, item.code, "no column for {code} ({label})", code=item.code, label=item.label)
            )
        else:
            item_cols[str(item.id)] = header
    known = set(item_cols.values()) | {paper_col, spoilt_col}
    for header in headers:
        if header not in known:
            codes = ", ".join(i.code for i in ballot.items)
            problems.append(
                ImportProblem(None, header, "not an item of this ballot (its items are {codes})", codes=codes)
            )
    if problems:
        raise ImportFailed(problems)
    assert paper_col is not None

    taken = voting.typed_paper_numbers(db, ballot_id)
    papers: list[Paper] = []
    first_row: dict[int, int] = {}
    n_items = len(ballot.items)
    parsed: dict[str, tuple[Any, ServiceError | None]] = {}  # a file has only a handful of distinct words

    def parse(text: str) -> tuple[Any, ServiceError | None]:
        if text not in parsed:
            try:
                parsed[text] = (voting.parse_choice(ballot.method, ballot.options, text, n_items=n_items), None)
            except ServiceError as exc:
                parsed[text] = (None, exc)
        return parsed[text]

    records = frame.to_dict("records")
    for index, record in zip(frame.index, records, strict=True):
        row = spreadsheet_row(index)
        row_problems: list[ImportProblem] = []
        raw_number = str(record[paper_col])
        number = int(raw_number) if raw_number.isdigit() else 0
        if number < 1:
            row_problems.append(
                ImportProblem(row, paper_col, "“{text}” is not a paper number (1, 2, 3 …)", text=raw_number)
            )
        elif number in taken:
            row_problems.append(
                ImportProblem(row, paper_col, "paper {number} is already typed in for this ballot", number=number)
            )
        elif number in first_row:
            row_problems.append(
                ImportProblem(
                    row,
                    paper_col,
                    "paper {number} is also in row {first_row}",
                    number=number,
                    first_row=first_row[number],
                )
            )
        else:
            first_row[number] = row
        spoilt = False
        if spoilt_col is not None:
            word = str(record[spoilt_col]).strip().lower()
            if word in YES_WORDS:
                spoilt = True
            elif word not in NO_WORDS:
                row_problems.append(ImportProblem(row, spoilt_col, "“{word}”: write x for a spoilt paper", word=word))
        choices: dict[str, Any] = {}
        if not spoilt:
            for item_id, header in item_cols.items():
                value, error = parse(str(record[header]))
                if error is None:
                    choices[item_id] = value
                else:
                    row_problems.append(ImportProblem.from_error(row, header, error))
            if not row_problems:
                problem = _paper_problem(ballot, choices)
                if problem:
                    row_problems.append(ImportProblem.from_error(row, None, problem))
        problems.extend(row_problems)
        if not row_problems:
            papers.append((number, choices, spoilt))
    if problems:
        raise ImportFailed(problems)
    return papers, first_row, paper_col


def _paper_problem(ballot: voting.BallotInfo, choices: dict[str, Any]) -> Message | None:
    if ballot.method == "dots":
        problem = tally.dots_problem(choices, ballot.dots, ballot.cumulative)
        if problem:
            return Message("{problem} (write x in the spoilt column if the paper is spoilt)", problem=problem)
    return None


def import_paper_ballots(db: Database, ballot_id: int, path: str | Path, *, entered_by: str = "import") -> int:
    """Read, check and count the papers of ``path``; returns how many were counted."""
    ballot = voting.get_ballot(db, ballot_id)
    if ballot.state != "open":
        raise ServiceError(
            "Ballot “{title}” is {state}: papers go into an open ballot only.",
            title=ballot.title,
            state=Term(ballot.state, "ballot"),
        )
    papers, rows, paper_col = _read(db, ballot_id, path)
    try:
        return voting.import_papers(db, ballot_id, papers, entered_by=entered_by)
    except voting.PapersAlreadyTyped as exc:
        # typed in at the keyboard while the file was read: the rows of those papers
        raise ImportFailed(
            [
                ImportProblem(rows.get(n), paper_col, "paper {number} was typed in for this ballot meanwhile", number=n)
                for n in exc.numbers
            ]
        ) from exc
    except ServiceError as exc:
        raise ImportFailed([ImportProblem.from_error(None, None, exc)]) from exc
