"""Issue 14.1: names a spreadsheet would run are neutralised in every export; ordinary data is not."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from app.db import Database
from app.io.exports import WORKBOOK, export_data
from app.io.members_export import export_members, members_frame
from app.io.roster import import_roster
from app.io.safe_cells import neutralise, safe_frame, unneutralise
from app.services.assembly import AssemblyInfo

HOSTILE = ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "=1+1", "+A1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("text", HOSTILE)
def test_texts_a_spreadsheet_would_run_get_a_quote(text: str) -> None:
    assert neutralise(text) == "'" + text
    assert unneutralise(neutralise(text)) == text


@pytest.mark.parametrize("value", ["Anna", "Ørsted-Hansen", "-12", "-3,5", "+45 12 34 56 78", -7, 2.5, None, ""])
def test_ordinary_names_and_numbers_are_left_alone(value: object) -> None:
    assert neutralise(value) == value


def test_safe_frame_keeps_numbers_numbers() -> None:
    frame = pd.DataFrame({"n": [-1, 2], "name": ["=1+1", "Bo"]})
    out = safe_frame(frame)
    assert out["n"].tolist() == [-1, 2] and out["n"].dtype == frame["n"].dtype
    assert out["name"].tolist() == ["'=1+1", "Bo"]


def _hostile_roster(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["fornavn", "efternavn", "telefon"])
        w.writerow(['=HYPERLINK("http://x","y")', "Berg", "+45 12345678"])
        w.writerow(["=cmd|' /C calc'!A0", "=1+1", ""])
        w.writerow(["Anna", "-Hansen", ""])
    assert import_roster(db, assembly.id, path).imported == 3


def test_roster_keeps_such_names_as_typed(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    _hostile_roster(db, assembly, tmp_path)
    frame = members_frame(db, assembly.id, with_contacts=True)
    assert frame["first_name"].tolist()[:2] == ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0"]


def test_members_xlsx_export_has_no_formula_cells(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    _hostile_roster(db, assembly, tmp_path)
    path = tmp_path / "m.xlsx"
    export_members(db, assembly.id, path, with_contacts=True)
    book = openpyxl.load_workbook(path)
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert "'=1+1" in texts and '\'=HYPERLINK("http://x","y")' in texts
    assert "+45 12345678" in texts  # a phone number stays dialable


def test_members_csv_export_is_neutralised(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    _hostile_roster(db, assembly, tmp_path)
    path = tmp_path / "m.csv"
    export_members(db, assembly.id, path, with_contacts=True)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c[:1] in ("=", "@", "\t", "\r")]
    assert "'=cmd|' /C calc'!A0" in cells and "'-Hansen" in cells


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_data_export_is_neutralised(db: Database, assembly: AssemblyInfo, tmp_path: Path, fmt: str) -> None:
    _hostile_roster(db, assembly, tmp_path)
    out = tmp_path / "export"
    export_data(db, assembly.id, out, fmt=fmt, with_contacts=True)
    if fmt == "csv":
        cells = [c for p in out.glob("*.csv") for row in csv.reader(p.open(encoding="utf-8-sig")) for c in row]
        assert "'=1+1" in cells
        assert not [c for c in cells if c[:1] in ("=", "@")]
    else:
        book = openpyxl.load_workbook(out / WORKBOOK)
        cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
        assert not [c.coordinate for c in cells if c.data_type == "f"]
        assert "'=1+1" in [c.value for c in cells]


def test_cli_lottery_writes_neutralised_csv(tmp_path: Path) -> None:
    from app.cli import main

    pool = tmp_path / "pool.csv"
    pool.write_text(
        "id,name,gender\n" + "".join(f"{i},=1+{i},{'f' if i % 2 else 'm'}\n" for i in range(1, 21)), encoding="utf-8"
    )
    quotas = tmp_path / "quotas.csv"
    quotas.write_text("feature,value,min,max\ngender,f,2,2\ngender,m,2,2\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(
        ["lottery", "draw", "--pool", str(pool), "--categories", str(quotas), "--size", "4", "--out", str(out)]
        + ["--seed", "1"]
    )
    assert code == 0
    selected = list(csv.reader((out / "selected.csv").open(encoding="utf-8")))
    assert all(row[1].startswith("'=1+") for row in selected[1:])
