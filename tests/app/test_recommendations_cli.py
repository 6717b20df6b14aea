from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.cli import main
from app.db import Database
from app.services import recommendations as rs
from app.services.assembly import AssemblyInfo


@pytest.fixture
def db_file(db: Database, assembly: AssemblyInfo) -> str:
    rec = rs.create_recommendation(
        db, assembly.id, "A1", "Ungeråd", "Et ungeråd.", theme="Unge", initiatives=["Valg", "Pulje"]
    )
    rs.save_version(db, rec.id, "Et ungeråd med 15 medlemmer.", author="Ali")
    rs.create_recommendation(db, assembly.id, "K1", "Grønne tage", "Alle nye tage skal være grønne.", theme="Klima")
    assert db.path is not None
    return str(db.path)


def test_list_as_json_and_csv(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recommendations", "list", db_file, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["code"], r["versions"], r["text"]) for r in rows] == [
        ("A1", 2, "Et ungeråd med 15 medlemmer."),
        ("K1", 1, "Alle nye tage skal være grønne."),
    ]
    assert rows[0]["initiatives"] == ["Valg", "Pulje"]
    assert main(["recommendations", "list", db_file, "--format", "csv", "--theme", "Klima"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["code"], r["title"], r["theme"]) for r in table] == [("K1", "Grønne tage", "Klima")]


def test_csv_list_can_be_imported_into_another_assembly(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["recommendations", "list", db_file, "--format", "csv"]) == 0
    exported = tmp_path / "export.csv"
    exported.write_text(capsys.readouterr().out, encoding="utf-8")
    other = tmp_path / "other.tingsted"
    assert main(["init", str(other)]) == 0
    assert main(["recommendations", "import", str(other), str(exported)]) == 0
    assert "imported 2 recommendations: A1, K1" in capsys.readouterr().out
    assert main(["recommendations", "show", str(other), "A1", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["text"] == "Et ungeråd med 15 medlemmer." and shown["initiatives"] == ["Valg", "Pulje"]


def test_import_with_bad_rows_lists_each_and_imports_nothing(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "bad.csv"
    f.write_text("code,title,theme,text,initiatives\nB1,Godt,,Tekst,\nA1,Dublet,,Tekst,\nB2,,,,\n", encoding="utf-8")
    assert main(["recommendations", "import", db_file, str(f)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "bad.csv: row 3, column code: the code A1 is already used in this assembly",
        "bad.csv: row 4, column title: a recommendation needs a title",
        "bad.csv: row 4, column text: the text is empty",
        "tingsted: 3 problems in bad.csv; nothing was imported",
    ]
    assert main(["recommendations", "list", db_file]) == 0
    out = capsys.readouterr().out
    assert "B1" not in out and "A1" in out


def test_show_unknown_code_is_one_line(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recommendations", "show", db_file, "Z9"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Z9" in err
