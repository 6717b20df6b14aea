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
    """The file cannot be read as a table at all; the message says why, and ``row`` and
    ``column`` say where when the problem is in one place (else None)."""

    row: int | None = None
    column: str | None = None


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
        """A problem whose message is ``error``'s (a ``LocalisedError`` or ``Message``), kept translatable;
        a ``TableReadError`` that knows its row and column gives them when none are given."""
        if row is None and column is None:
            row, column = getattr(error, "row", None), getattr(error, "column", None)
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


# Limits checked before (or while) a file is loaded, so that a small hostile file – a cell at
# XFD1048576, a zip bomb, two million rows – is refused within seconds and a few hundred MB.
MAX_FILE_BYTES = 50 * 1024 * 1024  # on disk, CSV or XLSX
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024  # an XLSX's parts, unpacked, all together
MAX_ZIP_ENTRIES = 2_000
MAX_ROWS = 100_000  # data rows, not counting the header
MAX_COLUMNS = 500
MAX_CELLS = 2_000_000
MAX_CELL_CHARS = 32_767  # what one Excel cell can hold
SNIFF_CHARS = 64 * 1024


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" is UTF-16
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TableReadError("the file's text encoding is not UTF-8 or Latin-1")  # pragma: no cover


def _delimiter(text: str) -> str:
    sample = "\n".join(text[:SNIFF_CHARS].splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        return ","


def _looks_binary(text: str) -> bool:
    """NUL bytes, or more than 1 in 100 characters a control character: not a text table."""
    if "\x00" in text:
        return True
    sample = text[:SNIFF_CHARS]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\r\n")
    return controls * 100 > len(sample)


def _limit_rows(file: str, rows: int) -> None:
    if rows > MAX_ROWS:
        raise TableReadError(
            "{file}: more than {limit} rows; split the file or remove the rows that are not needed",
            file=file,
            limit=MAX_ROWS,
        )


def _check_cells(file: str, row_number: int, cells: list[str], header: list[str] | None) -> None:
    if len(cells) > MAX_COLUMNS:
        raise TableReadError(
            "{file}: more than {limit} columns (row {line} reaches column {columns})",
            file=file,
            limit=MAX_COLUMNS,
            line=row_number,
            columns=len(cells),
        )
    for i, value in enumerate(cells):
        if len(value) > MAX_CELL_CHARS:
            column = header[i] if header is not None and i < len(header) and header[i] else str(i + 1)
            error = TableReadError(
                "{file}: a cell holds {chars} characters (at most {limit})",
                file=file,
                chars=len(value),
                limit=MAX_CELL_CHARS,
            )
            error.row, error.column = row_number, column
            raise error


def _csv_rows(path: Path) -> tuple[list[str], list[list[str]], list[int]]:
    """(header, data rows, the spreadsheet row of each) of a CSV file, within the limits.
    Empty lines are left out but counted, so a row's number is its own record's."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise TableReadError(
            "{file}: the file is {size} MB; at most {limit} MB can be read",
            file=path.name,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    text = _decode(path.read_bytes())
    if not text.strip():
        raise TableReadError("{file}: the file is empty", file=path.name)
    if _looks_binary(text):
        raise TableReadError(
            "{file}: this is not a text table (it holds binary data); save the sheet as CSV or XLSX",
            file=path.name,
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), skipinitialspace=True)
    header: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    cells = 0
    record = 0
    try:
        for record, fields in enumerate(reader, start=1):
            if header is None:
                if not any(f.strip() for f in fields):
                    continue  # blank lines above the header
                header = fields
                _check_cells(path.name, record, fields, None)
                continue
            _check_cells(path.name, record, fields, header)
            if not any(f.strip() for f in fields):
                continue  # an empty line: not a row, but it keeps the numbering
            rows.append(fields)
            numbers.append(record)
            cells += len(fields)
            _limit_rows(path.name, len(rows))
            if cells > MAX_CELLS:
                raise TableReadError("{file}: more than {limit} cells", file=path.name, limit=MAX_CELLS)
    except csv.Error as exc:
        error = TableReadError(
            "{file}: cannot be read as a table ({reason})", file=path.name, reason=str(exc).split(" (")[0]
        )
        error.row = record + 1
        raise error from exc
    if header is None:
        raise TableReadError("{file}: the file is empty", file=path.name)
    return header, rows, numbers


def _xlsx_rows(path: Path, sheet: str | int) -> tuple[list[str], list[list[str]], list[int]]:
    """(header, data rows, the spreadsheet row of each) of an XLSX sheet, checked against the
    limits before anything is unpacked (the zip's directory) and while the rows stream in
    (openpyxl's read-only mode: one row in memory at a time)."""
    import zipfile

    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise TableReadError(
            "{file}: the file is {size} MB; at most {limit} MB can be read",
            file=path.name,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    if not zipfile.is_zipfile(path):
        raise TableReadError(
            "{file}: cannot be read as an XLSX workbook (it is not a zip archive); save it again as .xlsx or CSV",
            file=path.name,
        )
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
        unpacked = sum(e.file_size for e in entries)
    if len(entries) > MAX_ZIP_ENTRIES or unpacked > MAX_UNCOMPRESSED_BYTES:
        raise TableReadError(
            "{file}: the workbook unpacks to {size} MB (at most {limit} MB); save the sheet alone as CSV",
            file=path.name,
            size=unpacked // (1024 * 1024),
            limit=MAX_UNCOMPRESSED_BYTES // (1024 * 1024),
        )
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        if isinstance(sheet, int):
            if sheet >= len(book.worksheets):
                raise TableReadError("{file}: the workbook has no sheets", file=path.name)
            ws = book.worksheets[sheet]
        elif sheet in book.sheetnames:
            ws = book[sheet]
        else:
            raise TableReadError("{file}: no sheet called {sheet!r}", file=path.name, sheet=sheet)
        if not hasattr(ws, "reset_dimensions"):
            raise TableReadError("{file}: the first sheet is a chart, not a table", file=path.name)
        ws.reset_dimensions()  # the stored size may lie: read what is there
        header: list[str] | None = None
        rows: list[list[str]] = []
        numbers: list[int] = []
        cells = 0
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if len(values) > MAX_COLUMNS:
                _check_cells(path.name, number, [""] * len(values), None)
            fields = ["" if v is None else str(v) for v in values]
            if header is None:
                if not any(f.strip() for f in fields):
                    continue
                header = fields
                _check_cells(path.name, number, fields, None)
                continue
            _check_cells(path.name, number, fields, header)
            if not any(f.strip() for f in fields):
                continue  # an empty row (or a gap between rows): not counted, numbering kept
            rows.append(fields)
            numbers.append(number)
            cells += len(fields)
            _limit_rows(path.name, len(rows))
            if cells > MAX_CELLS:
                raise TableReadError("{file}: more than {limit} cells", file=path.name, limit=MAX_CELLS)
    finally:
        book.close()
    if header is None:
        raise TableReadError("{file}: the file is empty", file=path.name)
    return header, rows, numbers


def _frame(file: str, header: list[str], rows: list[list[str]], numbers: list[int]) -> pd.DataFrame:
    """The rows under ``header`` as a frame of text, indexed so that ``spreadsheet_row`` gives
    each row's own number. A row with more filled cells than the header has columns is
    refused (nothing is guessed about which cell belongs where); shorter rows are padded."""
    header = [h.strip() for h in header]
    while header and not header[-1] and not any(len(r) >= len(header) and r[len(header) - 1].strip() for r in rows):
        header.pop()  # empty header cells at the end with nothing under them
    width = len(header)
    seen: dict[str, int] = {}
    for i, name in enumerate(header):
        if not name:
            header[i] = name = f"Unnamed: {i}"
        if name in seen:
            error = TableReadError(
                "{file}: this column name appears twice (columns {first} and {second}); rename one of them",
                file=file,
                first=seen[name] + 1,
                second=i + 1,
            )
            error.row, error.column = 1, name
            raise error
        seen[name] = i
    for fields, number in zip(rows, numbers, strict=True):
        if len(fields) > width:
            extra = [f for f in fields[width:] if f.strip()]
            if extra:
                error = TableReadError(
                    "{file}: this row has {count} cells but the header has {columns} columns; "
                    "remove the extra cells or give them a header",
                    file=file,
                    count=width + len(fields[width:]),
                    columns=width,
                )
                error.row = number
                raise error
            del fields[width:]
        elif len(fields) < width:
            fields.extend([""] * (width - len(fields)))
    frame = pd.DataFrame(rows, columns=header, index=[n - 2 for n in numbers], dtype=str)
    if frame.empty:
        return frame
    frame = frame.apply(lambda col: col.str.strip())
    # Drop rows that are empty once stripped, keeping row numbers.
    return frame[(frame != "").any(axis=1)]


def read_table(path: str | Path, sheet: str | int = 0) -> pd.DataFrame:
    """A CSV (UTF-8, UTF-16 or Latin-1, comma/semicolon/tab separated) or XLSX file as text.

    All cells are strings with surrounding white space removed; empty cells are "".
    Column names are stripped. Raises ``TableReadError`` in words a facilitator
    understands, with ``row`` and ``column`` where the problem has them. The file is
    checked against the limits above before and while it is read, never loaded whole
    into a grid first.
    """
    path = Path(path)
    if not path.exists():
        raise TableReadError("{path}: no such file", path=str(path))
    if path.is_dir():
        raise TableReadError("{path}: is a folder, not a file", path=str(path))
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            header, rows, numbers = _xlsx_rows(path, sheet)
        elif suffix == ".xls":
            raise TableReadError(
                "{file}: old Excel files (.xls) cannot be read; save it as .xlsx or CSV", file=path.name
            )
        else:
            header, rows, numbers = _csv_rows(path)
        return _frame(path.name, header, rows, numbers)
    except TableReadError:
        raise
    except (ValueError, OSError, KeyError) as exc:
        raise TableReadError("{file}: cannot be read as a table ({reason})", file=path.name, reason=str(exc)) from exc
    except Exception as exc:  # openpyxl's and zipfile's errors for a file that is not really XLSX
        raise TableReadError(
            "{file}: cannot be read as a spreadsheet ({reason})", file=path.name, reason=exc.__class__.__name__
        ) from exc


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
