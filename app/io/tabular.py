"""Reading spreadsheets the way facilitators have them, and reporting problems by row.

Every import in Tingsted (roster, pool, quotas, paper ballots, evaluation answers) reads
its file with ``read_table`` and reports with ``ImportProblem``: row numbers are the
spreadsheet's own (the header is row 1, the first data row is row 2), columns are named
as in the file. An import writes nothing while problems remain.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from app.i18n import LocalisedError, Message, format_message

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


class TableReadError(LocalisedError):
    """The file cannot be read as a table at all; the message says why."""


@dataclass(frozen=True, init=False)
class ImportProblem:
    """One problem of an import, at a spreadsheet row and column.

    Built like an error: ``ImportProblem(7, "alder", "{age!r} is not an age", age=text)``.
    ``message`` is the English text, ``text(lang)`` the message in ``lang`` and
    ``localised(lang)`` the whole line with row and column ("Række 7, kolonne «alder»: …").
    """

    row: int | None  # spreadsheet row (header = 1); None for a problem with the whole file
    column: str | None
    message: str  # in English
    template: str = dataclasses.field(compare=False, repr=False, init=False)
    params: Mapping[str, object] = dataclasses.field(compare=False, repr=False, init=False)

    def __init__(self, row: int | None, column: str | None, message: str, **params: object) -> None:
        object.__setattr__(self, "row", row)
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "template", message)
        object.__setattr__(self, "params", params)
        object.__setattr__(self, "message", format_message(message, params))

    @classmethod
    def from_error(cls, row: int | None, column: str | None, error: LocalisedError | Message) -> ImportProblem:
        """A problem whose message is ``error``'s (a ``LocalisedError`` or ``Message``), kept translatable."""
        return cls(row, column, error.template, **error.params)

    def text(self, lang: str = "en") -> str:
        """The message alone, in ``lang``."""
        return format_message(self.template, self.params, lang)

    def localised(self, lang: str = "en") -> str:
        """The whole line, with row and column, in ``lang``."""
        message = self.text(lang)
        if self.row is None and self.column is None:
            return message
        if self.row is None:
            return format_message("column {column}: {message}", {"column": self.column, "message": message}, lang)
        if self.column is None:
            return format_message("row {row}: {message}", {"row": self.row, "message": message}, lang)
        return format_message(
            "row {row}, column {column}: {message}",
            {"row": self.row, "column": self.column, "message": message},
            lang,
        )

    def __str__(self) -> str:
        return self.localised("en")


class ImportFailed(Exception):
    """An import refused because of ``problems``; nothing was written."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def localised(self, lang: str = "en") -> str:
        return "\n".join(p.localised(lang) for p in self.problems)


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
        raise TableReadError("{path}: no such file", path=str(path))
    if path.is_dir():
        raise TableReadError("{path}: is a folder, not a file", path=str(path))
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            frame = pd.read_excel(path, sheet_name=sheet, dtype=str, engine="openpyxl")
        elif suffix == ".xls":
            raise TableReadError(
                "{file}: old Excel files (.xls) cannot be read; save it as .xlsx or CSV", file=path.name
            )
        else:
            text = _decode(path.read_bytes())
            if not text.strip():
                raise TableReadError("{file}: the file is empty", file=path.name)
            frame = pd.read_csv(
                io.StringIO(text), sep=_delimiter(text), dtype=str, keep_default_na=False, skipinitialspace=True
            )
    except TableReadError:
        raise
    except (ValueError, OSError, pd.errors.ParserError, KeyError) as exc:
        raise TableReadError("{file}: cannot be read as a table ({reason})", file=path.name, reason=str(exc)) from exc
    except Exception as exc:  # openpyxl's errors for a file that is not really XLSX
        raise TableReadError(
            "{file}: cannot be read as a spreadsheet ({reason})", file=path.name, reason=exc.__class__.__name__
        ) from exc
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
