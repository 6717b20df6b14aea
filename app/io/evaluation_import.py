"""Importing evaluation answers from a spreadsheet (CSV or XLSX).

One row per filled-in survey, one column per question: the header is the question's
code (or its full text); an optional column ``respondent`` (or ``key``, ``nr``,
``løbenummer``) keeps the paper form's number. Likert cells hold a number on the scale or
one of its labels; an empty cell is a skipped question. Every bad cell is reported by
spreadsheet row and column, and nothing is written while a problem remains.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.db import Database
from app.io.tabular import ImportFailed, ImportProblem, TableReadError, normalise_header, read_table, spreadsheet_row
from app.services.errors import ServiceError
from app.services.evaluation import QuestionInfo, add_responses, get_survey, validate_answer

KEY_HEADERS = ("respondent", "key", "nr", "id", "form", "løbenummer", "skema", "besvarelse")


@dataclass(frozen=True)
class EvaluationImport:
    survey_id: int
    responses: int
    columns: dict[str, str]  # file header -> question code
    ignored_columns: list[str]


def check_answers(
    db: Database, survey_id: int, path: str | Path
) -> tuple[list[tuple[str, dict[int, tuple[int | None, str | None]]]], dict[str, str], list[str], list[ImportProblem]]:
    """Read and check a file; returns (rows, matched columns, ignored columns, problems)."""
    survey = get_survey(db, survey_id)
    try:
        frame = read_table(path)
    except TableReadError as exc:
        return [], {}, [], [ImportProblem.from_error(None, None, exc)]
    problems: list[ImportProblem] = []
    by_norm: dict[str, QuestionInfo] = {}
    for q in survey.questions:
        by_norm.setdefault(normalise_header(q.code), q)
        by_norm.setdefault(normalise_header(q.text), q)
    key_norms = {normalise_header(k) for k in KEY_HEADERS}
    matched: dict[str, QuestionInfo] = {}
    key_column: str | None = None
    ignored: list[str] = []
    for header in frame.columns:
        norm = normalise_header(header)
        found = by_norm.get(norm)
        if found is not None:
            if found in matched.values():
                problems.append(ImportProblem(None, header, "a second column for question {code}", code=found.code))
            matched[header] = found
        elif norm in key_norms and key_column is None:
            key_column = header
        else:
            ignored.append(header)
    if not survey.questions:
        problems.append(ImportProblem(None, None, "the survey has no questions yet; add them first"))
    elif not matched:
        codes = ", ".join(q.code for q in survey.questions)
        problems.append(
            ImportProblem(
                None, None, "no column matches a question of the survey (expected headers: {codes})", codes=codes
            )
        )
    rows: list[tuple[str, dict[int, tuple[int | None, str | None]]]] = []
    for index, record in frame.iterrows():
        row_number = spreadsheet_row(int(str(index)))
        answers: dict[int, tuple[int | None, str | None]] = {}
        for header, q in matched.items():
            try:
                answers[q.id] = validate_answer(q, record[header])
            except ServiceError as exc:
                problems.append(ImportProblem.from_error(row_number, header, exc))
        if matched and not any(v != (None, None) for v in answers.values()) and len(answers) == len(matched):
            problems.append(ImportProblem(row_number, None, "the row has no answers"))
        key = str(record[key_column]) if key_column else ""
        rows.append((key, answers))
    columns = {header: q.code for header, q in matched.items()}
    return rows, columns, ignored, problems


def import_answers(db: Database, survey_id: int, path: str | Path, *, replace: bool = False) -> EvaluationImport:
    """Import every row of ``path`` as a response, or raise ``ImportFailed`` and write nothing.

    ``replace`` removes the survey's earlier responses (in the same transaction), so a
    corrected file can be imported again without counting anyone twice."""
    rows, columns, ignored, problems = check_answers(db, survey_id, path)
    if problems:
        raise ImportFailed(problems)
    if not rows:
        raise ImportFailed([ImportProblem(None, None, "the file has no rows with answers")])
    add_responses(db, survey_id, rows, replace=replace)
    return EvaluationImport(survey_id, len(rows), columns, ignored)
