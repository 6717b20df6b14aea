"""Draft recommendations from a spreadsheet: one row per recommendation.

Columns ``code``, ``title``, ``theme``, ``text`` and ``initiatives`` (several separated by
"|"), optionally ``table`` (the origin table's number); Danish headers work too. Every bad
row is reported by row and column; nothing is imported while any problem remains
(``ImportFailed``). The rows are written by ``recommendations.create_imported``.
"""

from __future__ import annotations

from pathlib import Path

from app.db import Database
from app.io.tabular import ImportFailed, ImportProblem, TableReadError, guess_columns, read_table, spreadsheet_row
from app.services import recommendations as rs

IMPORT_SYNONYMS = {
    "code": ("kode", "nr", "number", "nummer", "id"),
    "title": ("titel", "overskrift", "name", "navn"),
    "theme": ("tema", "emne", "topic"),
    "text": ("tekst", "anbefaling", "recommendation", "wording"),
    "initiatives": ("initiativer", "tiltag", "initiative", "actions"),
    "table": ("bord", "origin", "origin table", "oprindelse"),
}


def read_recommendations(db: Database, assembly_id: int, path: str | Path) -> list[rs.NewRecommendation]:
    """The file's rows, checked against the assembly (codes in use, table numbers)."""
    try:
        frame = read_table(path)
    except TableReadError as exc:
        raise ImportFailed([ImportProblem.from_error(None, None, exc)]) from exc
    mapping = guess_columns(frame.columns, IMPORT_SYNONYMS)
    problems: list[ImportProblem] = []
    for needed in ("code", "title", "text"):
        if needed not in mapping:
            problems.append(ImportProblem(None, needed, "this column is missing (needed: code, title, text)"))
    if problems:
        raise ImportFailed(problems)

    context = rs.import_context(db, assembly_id)
    rows: list[rs.NewRecommendation] = []
    seen: dict[str, int] = {}
    for index, row in frame.iterrows():
        n = spreadsheet_row(int(str(index)))

        values = {name: str(row[col]).strip() for name, col in mapping.items()}

        def cell(name: str, _values: dict[str, str] = values) -> str:
            return _values.get(name, "")

        code, title, theme, text = cell("code"), cell("title"), cell("theme"), cell("text")
        col = mapping["code"]
        problem = rs.code_problem(code)
        if problem:
            problems.append(ImportProblem.from_error(n, col, problem))
        elif code.lower() in context.codes:
            problems.append(ImportProblem(n, col, "the code {code} is already used in this assembly", code=code))
        elif code.lower() in seen:
            problems.append(
                ImportProblem(
                    n, col, "the code {code} is also on row {first_row}", code=code, first_row=seen[code.lower()]
                )
            )
        else:
            seen[code.lower()] = n
        problem = rs.title_problem(title)
        if problem:
            problems.append(ImportProblem.from_error(n, mapping["title"], problem))
        if not text:
            problems.append(ImportProblem(n, mapping["text"], "the text is empty"))
        if len(theme) > rs.THEME_MAX:
            problems.append(
                ImportProblem(
                    n, mapping.get("theme"), "the theme is longer than {limit} characters", limit=rs.THEME_MAX
                )
            )
        initiatives = [t.strip() for t in cell("initiatives").split(rs.INITIATIVE_SEPARATOR) if t.strip()]
        table_id: int | None = None
        table_text = cell("table")
        if table_text:
            try:
                number = int(float(table_text))
            except ValueError:
                number = None
            if number is None or number not in context.tables:
                problems.append(
                    ImportProblem(n, mapping.get("table"), "there is no table number {number!r}", number=table_text)
                )
            else:
                table_id = context.tables[number]
        rows.append(rs.NewRecommendation(code, title, theme, text, initiatives, table_id))
    if not rows and not problems:
        problems.append(ImportProblem(None, None, "the file holds no recommendations"))
    if problems:
        raise ImportFailed(problems)
    return rows


def import_recommendations(
    db: Database, assembly_id: int, path: str | Path, *, author: str = "import"
) -> rs.ImportResult:
    """Read, check and create the file's recommendations: all or nothing."""
    rows = read_recommendations(db, assembly_id, path)
    return rs.create_imported(db, assembly_id, rows, author=author, source=Path(path).name)
