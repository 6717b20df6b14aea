"""Reading spreadsheets the way facilitators have them, and reporting problems by row.

Every import in Tingsted (roster, pool, quotas, paper ballots, evaluation answers) reads
its file with ``read_table`` and reports with ``ImportProblem``: row numbers are the
spreadsheet's own (the header is row 1, the first data row is row 2), columns are named
as in the file. An import writes nothing while problems remain.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


class TableReadError(Exception):
    """The file cannot be read as a table at all; the message says why."""


@dataclass(frozen=True)
class ImportProblem:
    row: int | None  # spreadsheet row (header = 1); None for a problem with the whole file
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.row is None and self.column is None:
            return self.message
        if self.row is None:
            return f"column {self.column}: {self.message}"
        if self.column is None:
            return f"row {self.row}: {self.message}"
        return f"row {self.row}, column {self.column}: {self.message}"


class ImportFailed(Exception):
    """An import refused because of ``problems``; nothing was written."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _decode(raw: bytes) -> str:
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TableReadError("the file's text encoding is not UTF-8 or Latin-1")  # pragma: no cover


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        return ","


def read_table(path: str | Path, sheet: str | int = 0) -> pd.DataFrame:
    """A CSV (UTF-8 or Latin-1, comma/semicolon/tab separated) or XLSX file as text.

    All cells are strings with surrounding white space removed; empty cells are "".
    Column names are stripped. Raises ``TableReadError`` in words a facilitator
    understands.
    """
    path = Path(path)
    if not path.exists():
        raise TableReadError(f"{path}: no such file")
    if path.is_dir():
        raise TableReadError(f"{path}: is a folder, not a file")
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            frame = pd.read_excel(path, sheet_name=sheet, dtype=str, engine="openpyxl")
        elif suffix == ".xls":
            raise TableReadError(f"{path.name}: old Excel files (.xls) cannot be read; save it as .xlsx or CSV")
        else:
            text = _decode(path.read_bytes())
            if not text.strip():
                raise TableReadError(f"{path.name}: the file is empty")
            frame = pd.read_csv(
                io.StringIO(text), sep=_delimiter(text), dtype=str, keep_default_na=False, skipinitialspace=True
            )
    except TableReadError:
        raise
    except (ValueError, OSError, pd.errors.ParserError, KeyError) as exc:
        raise TableReadError(f"{path.name}: cannot be read as a table ({exc})") from exc
    except Exception as exc:  # openpyxl's errors for a file that is not really XLSX
        raise TableReadError(f"{path.name}: cannot be read as a spreadsheet ({exc.__class__.__name__})") from exc
    frame = frame.fillna("")
    frame.columns = [str(c).strip() for c in frame.columns]
    frame = frame.astype(str).apply(lambda col: col.str.strip())
    # Drop rows that are entirely empty (trailing lines in Excel exports), keeping row numbers.
    frame = frame[(frame != "").any(axis=1)]
    return frame


def spreadsheet_row(index: int) -> int:
    """The spreadsheet row number of a data frame index from ``read_table``."""
    return int(index) + 2


def normalise_header(text: str) -> str:
    """Lower case, no accents or punctuation: "Fornavn " → "fornavn", "Køn" → "kon"."""
    text = text.strip().lower().replace("ø", "o").replace("æ", "ae").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(c for c in text if c.isalnum())


def guess_columns(headers: Iterable[str], synonyms: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Map each field of ``synonyms`` (field → header words it goes by) to a header.

    Returns field → the file's header, for the fields found; each header is used once.
    """
    by_norm = {normalise_header(h): h for h in headers}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for field, words in synonyms.items():
        for word in (field, *words):
            header = by_norm.get(normalise_header(word))
            if header is not None and header not in used:
                mapping[field] = header
                used.add(header)
                break
    return mapping
