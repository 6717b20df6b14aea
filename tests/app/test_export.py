"""The data export: read the files back."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from app.cli import main
from app.db import Database
from app.io.exports import WORKBOOK, export_data
from app.services.errors import ServiceError
from tests.app.test_report_fixtures import SECRET_NAMES, populate


def _all_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8-sig") for p in folder.iterdir())


def test_csv_export_is_anonymous_by_default(db: Database, assembly, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    populate(db, assembly.id)
    out = tmp_path / "export"
    summary = export_data(db, assembly.id, out)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [
            "README.txt",
            "attendance.csv",
            "ballot_results.csv",
            "ballots.csv",
            "evaluation_answers.csv",
            "initiatives.csv",
            "members.csv",
            "recommendation_versions.csv",
            "recommendations.csv",
            "seatings.csv",
        ]
    )
    members = pd.read_csv(out / "members.csv", encoding="utf-8-sig")
    assert len(members) == 20 and list(members.columns)[:3] == ["member_number", "Alder", "Køn"]
    assert len(pd.read_csv(out / "attendance.csv", encoding="utf-8-sig")) == 39
    assert len(pd.read_csv(out / "seatings.csv", encoding="utf-8-sig")) == 20
    versions = pd.read_csv(out / "recommendation_versions.csv", encoding="utf-8-sig")
    assert len(versions) == 6 and "author" not in versions.columns
    results = pd.read_csv(out / "ballot_results.csv", encoding="utf-8-sig")
    assert len(results) == 9  # 3 items × 3 options
    assert int(results[(results["item"] == "A1") & (results["option"] == "yes")]["count"].iloc[0]) == 17
    answers = pd.read_csv(out / "evaluation_answers.csv", encoding="utf-8-sig")
    assert len(answers) == 12 * 2 + 3 and "respondent_key" not in answers.columns
    text = _all_text(out)
    for name in SECRET_NAMES:
        assert name.split()[0] not in text and name.split()[1] not in text
    assert "@example.org" not in text
    readme = (out / "README.txt").read_text(encoding="utf-8")
    assert "PERSONAL DATA: no" in readme and "members.csv (20 rows, no personal data)" in readme
    assert summary.rows("members") == 20 and not summary.personal_data


def test_xlsx_export_with_contacts_says_so(db: Database, assembly, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    populate(db, assembly.id)
    summary = export_data(db, assembly.id, tmp_path, fmt="xlsx", with_contacts=True)
    path = tmp_path / WORKBOOK
    assert summary.files == [path]
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets)[0] == "README"
    readme = sheets["README"]
    members_row = readme[readme["sheet"] == "members"].iloc[0]
    assert members_row["personal_data"] == "yes" and int(members_row["rows"]) == 20
    assert readme[readme["sheet"] == "ballots"].iloc[0]["personal_data"] == "no"
    members = sheets["members"]
    assert {"first_name", "last_name", "email"} <= set(members.columns)
    assert set(members["last_name"]) == {n.split()[1] for n in SECRET_NAMES}
    assert len(sheets["ballot_results"]) == 9 and len(sheets["initiatives"]) == 6


def test_export_of_an_empty_assembly_and_bad_folders(db: Database, assembly, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = export_data(db, assembly.id, tmp_path / "empty")
    assert all(t.rows == 0 for t in summary.tables)
    with open(tmp_path / "empty" / "members.csv", encoding="utf-8-sig") as fh:
        assert next(csv.reader(fh))[0] == "member_number"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ServiceError, match="is a file"):
        export_data(db, assembly.id, blocker)
    with pytest.raises(ServiceError, match="no such folder"):
        export_data(db, assembly.id, tmp_path / "a" / "b")
    with pytest.raises(ServiceError, match="Unknown export format"):
        export_data(db, assembly.id, tmp_path, fmt="ods")


def test_cli_export(db: Database, assembly, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    populate(db, assembly.id)
    assert main(["export", str(db.path), str(tmp_path / "x"), "--format", "xlsx"]) == 0
    assert (tmp_path / "x" / WORKBOOK).exists()
    assert "no personal data" in capsys.readouterr().out
    assert main(["export", str(db.path), str(tmp_path / "y"), "--with-contacts"]) == 0
    assert "Søren" in (tmp_path / "y" / "members.csv").read_text(encoding="utf-8-sig")
    assert main(["export", str(db.path), str(tmp_path / "no" / "such")]) == 1
    bogus = tmp_path / "bogus.db"
    bogus.write_text("not a database")
    assert main(["export", str(bogus), str(tmp_path / "z")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "no such folder" in err[0] and "not a Tingsted database" in err[1]
