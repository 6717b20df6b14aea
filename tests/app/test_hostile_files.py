"""Hostile and broken tables are refused early, with row and column, and change nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.io.tabular import ImportProblem, TableReadError, read_table


def _problem(path: Path) -> ImportProblem:
    with pytest.raises(TableReadError) as caught:
        read_table(path)
    return ImportProblem.from_error(None, None, caught.value)


@pytest.mark.parametrize("text", ["fornavn,efternavn\nAnna,Berg,extra\n", "fornavn,efternavn\nextra,Anna,Berg\n"])
def test_an_extra_field_is_refused_with_its_row(tmp_path: Path, text: str) -> None:
    path = tmp_path / "x.csv"
    path.write_text(text, encoding="utf-8")
    problem = _problem(path)
    assert problem.row == 2 and "3 cells but the header has 2 columns" in problem.message
    assert "Rækken har 3 celler" in problem.localised("da") or "rækken har 3 celler" in problem.localised("da")


def test_trailing_empty_fields_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("fornavn,efternavn\nAnna,Berg,,\n", encoding="utf-8")
    assert read_table(path).to_dict("records") == [{"fornavn": "Anna", "efternavn": "Berg"}]


def _xlsx_with_far_cell(path: Path) -> None:
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<dimension ref="A1:XFD1048576"/><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>fornavn</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>'
    )
    from openpyxl import Workbook

    Workbook().save(path)
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)


def test_a_cell_at_xfd1048576_is_refused_without_building_the_grid(tmp_path: Path) -> None:
    path = tmp_path / "far.xlsx"
    _xlsx_with_far_cell(path)
    assert path.stat().st_size < 10_000
    problem = _problem(path)
    assert "columns" in problem.message or "rows" in problem.message


def test_a_zip_bomb_is_refused_from_the_zip_directory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    from openpyxl import Workbook

    Workbook().save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as out:
        out.writestr("xl/sharedStrings.xml", b"<sst>" + b"A" * (120 * 1024 * 1024) + b"</sst>")
    assert path.stat().st_size < 1_000_000
    assert "unpacks to" in _problem(path).message


def test_binary_garbage_and_nul_bytes_are_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(256)) * 40)
    assert "binary" in _problem(path).message


def test_duplicated_headers_are_named(tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("navn,navn\nA,B\n", encoding="utf-8")
    problem = _problem(path)
    assert (problem.row, problem.column) == (1, "navn") and "appears twice" in problem.message
