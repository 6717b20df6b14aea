"""Roster import: guessing columns, every problem by row and column, one transaction."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text

from app.cli import main
from app.db import Database
from app.io.roster import guess_mapping, import_roster, parse_band, preview_roster, read_roster
from app.io.tabular import ImportFailed
from app.services.assembly import AssemblyInfo
from app.services.members import list_categories, list_members
from tests.app.test_members_fixtures import Built, build

DATA = Path(__file__).resolve().parent.parent / "data" / "members"


def snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables an import could touch."""
    with db.read() as s:
        return {
            t: [tuple(r) for r in s.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2"))]  # noqa: S608
            for t in ("member", "member_contact", "member_value", "category_value", "audit_log")
        }


@pytest.fixture
def built(db: Database, assembly: AssemblyInfo) -> Built:
    return build(db, assembly.id, members=0, days=1)


def _problems(db: Database, assembly_id: int, path: Path, **kwargs: object) -> list[str]:
    before = snapshot(db)
    with pytest.raises(ImportFailed) as info:
        import_roster(db, assembly_id, path, **kwargs)  # type: ignore[arg-type]
    assert snapshot(db) == before, "a failed import changed the database"
    return [str(p) for p in info.value.problems]


def _csv(tmp_path: Path, body: str, name: str = "roster.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding=encoding)
    return path


@pytest.mark.parametrize("name", ["roster_latin1_semicolon.csv", "roster_utf8_comma.csv"])
def test_danish_characters_in_latin1_and_utf8(db: Database, assembly: AssemblyInfo, built: Built, name: str) -> None:
    result = import_roster(db, assembly.id, DATA / name)
    assert (result.imported, result.skipped, result.first_number, result.last_number) == (3, 0, 1, 3)
    members = list_members(db, assembly.id)
    assert [m.name for m in members] == ["Søren Ærbø", "Åse Østergård", "Jørgen Højgaard"]
    assert [m.value_names[built.age] for m in members] == ["25-39", "60+", "16-24"]
    assert members[1].value_names[built.gender] == "Kvinde"


def test_guess_mapping_danish_and_english(db: Database, assembly: AssemblyInfo, built: Built) -> None:
    cats = list_categories(db, assembly.id)
    da = guess_mapping(["Fornavn", "Efternavn", "E-mail", "Tlf.", "Alder", "Køn", "Adresse", "Postnr", "Noter"], cats)
    assert da == {
        "Fornavn": "first_name",
        "Efternavn": "last_name",
        "E-mail": "email",
        "Tlf.": "phone",
        "Alder": f"category:{built.age}",
        "Køn": f"category:{built.gender}",
        "Adresse": "address",
        "Postnr": "postcode",
    }
    en = guess_mapping(["Member number", "Name", "Email", "Mobile", "Birth year", "Gender"], cats)
    assert en == {
        "Member number": "number",
        "Name": "name",
        "Email": "email",
        "Mobile": "phone",
        "Birth year": "birth_year",
        "Gender": f"category:{built.gender}",
    }


def test_english_xlsx_names_split_birth_years_numbers(db: Database, assembly: AssemblyInfo, built: Built) -> None:
    result = import_roster(db, assembly.id, DATA / "roster_english.xlsx")
    assert (result.imported, result.first_number, result.last_number) == (2, 101, 102)
    a, b = list_members(db, assembly.id)
    assert (a.first_name, a.last_name, a.value_names[built.age]) == ("Anna Marie", "Jensen", "25-39")  # 2026 - 1990
    assert (b.first_name, b.last_name, b.value_names[built.age]) == ("Bo", "Hansen", "60+")


def test_messy_danish_file_lists_every_problem(db: Database, assembly: AssemblyInfo, built: Built) -> None:
    problems = _problems(db, assembly.id, DATA / "messy_danish.xlsx")
    assert problems == [
        "row 2, column Køn: 'K' is not a value of Køn (known: Kvinde, Mand)",
        "row 3, column Mail: 'lars@example' is not an e-mail address",
        "row 3, column Køn: 'M' is not a value of Køn (known: Kvinde, Mand)",
        "row 4, column Tlf: '123' is not a phone number (8 digits, or + and country code)",
        "row 5, column Fornavn: missing name",
        "row 6, column Køn: 'K' is not a value of Køn (known: Kvinde, Mand)",
        "row 6, column Mail: the same person as in row 2 (duplicate)",
        "row 7, column Alder: age 12 is in none of the age bands",
        "row 8, column Alder: missing Alder",
    ]


def test_preview_offers_value_mappings(db: Database, assembly: AssemblyInfo, built: Built) -> None:
    frame = read_roster(DATA / "messy_danish.xlsx")
    cats = list_categories(db, assembly.id)
    preview = preview_roster(db, assembly.id, frame, guess_mapping(list(frame.columns), cats))
    unknown = {(u.text, u.rows, u.suggestion) for u in preview.unknown_values}
    assert unknown == {("K", (2, 6), built.values["Kvinde"]), ("M", (3,), built.values["Mand"])}
    assert preview.bad_rows == {2, 3, 4, 5, 6, 7, 8}
    assert preview.good_rows == 1


def test_fixing_the_mapping_then_skipping_bad_rows(db: Database, assembly: AssemblyInfo, built: Built) -> None:
    value_map = {built.gender: {"K": built.values["Kvinde"], "M": built.values["Mand"]}}
    # with the values mapped, the remaining problems still stop the import …
    remaining = _problems(db, assembly.id, DATA / "messy_danish.xlsx", value_map=value_map)
    assert len(remaining) == 6 and not any("not a value" in p for p in remaining)
    # … until the user explicitly chooses to skip the bad rows
    result = import_roster(
        db, assembly.id, DATA / "messy_danish.xlsx", value_map=value_map, skip_bad_rows=True, remember=True
    )
    assert (result.imported, result.skipped, result.remembered) == (2, 6, 2)  # Mette and Ida; K and M remembered
    assert [m.name for m in list_members(db, assembly.id)] == ["Mette Frederiksen", "Ida Auken"]
    aliases = {v.name: v.aliases for c in list_categories(db, assembly.id) for v in c.values}
    assert aliases["Kvinde"] == ("K",) and aliases["Mand"] == ("M",)
    # the remembered alias is used next time, and Mette is now a duplicate of a member
    again = _problems(db, assembly.id, DATA / "messy_danish.xlsx")
    assert "row 2, column Mail: Mette Frederiksen is already member no. 1" in again
    assert not any("'K' is not a value" in p for p in again)


def test_missing_name_column_is_a_file_problem(
    db: Database, assembly: AssemblyInfo, built: Built, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "Mail,Køn\na@example.dk,Mand\n")
    problems = _problems(db, assembly.id, path, skip_bad_rows=True)
    assert problems == ["no column with the members' names (first name/fornavn, last name/efternavn or name/navn)"]


def test_member_numbers_taken_or_repeated(db: Database, assembly: AssemblyInfo, built: Built, tmp_path: Path) -> None:
    import_roster(db, assembly.id, _csv(tmp_path, "Nr;Navn\n5;Anna Jensen\n", "a.csv"))
    path = _csv(tmp_path, "Nr;Navn\n5;Bo Hansen\n7;Carl Berg\n7;Dorte Lund\nx;Emil Ravn\n", "b.csv")
    assert _problems(db, assembly.id, path) == [
        "row 2, column Nr: member number 5 is already taken",
        "row 4, column Nr: member number 7 is also used in row 3",
        "row 5, column Nr: 'x' is not a member number",
    ]


def test_numbers_are_assigned_after_the_highest(
    db: Database, assembly: AssemblyInfo, built: Built, tmp_path: Path
) -> None:
    import_roster(db, assembly.id, _csv(tmp_path, "Nr,Navn\n40,Anna Jensen\n", "a.csv"))
    result = import_roster(db, assembly.id, _csv(tmp_path, "Fornavn,Efternavn\nBo,Hansen\nCarl,Berg\n", "b.csv"))
    assert (result.first_number, result.last_number) == (41, 42)


def test_duplicate_by_name_and_phone(db: Database, assembly: AssemblyInfo, built: Built, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Navn;Telefon\nAnna Jensen;12345678\nanna jensen;+45 12 34 56 78\nAnna Jensen;87654321\n")
    assert _problems(db, assembly.id, path) == ["row 3, column Navn: the same person as in row 2 (duplicate)"]


def test_unreadable_and_empty_files(db: Database, assembly: AssemblyInfo, built: Built, tmp_path: Path) -> None:
    assert _problems(db, assembly.id, tmp_path / "missing.csv") == [f"{tmp_path / 'missing.csv'}: no such file"]
    assert "empty" in _problems(db, assembly.id, _csv(tmp_path, "", "empty.csv"))[0]
    assert _problems(db, assembly.id, _csv(tmp_path, "Fornavn;Efternavn\n", "header.csv")) == [
        "the file has no rows below the header"
    ]
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"this is not a spreadsheet")
    assert "cannot be read" in _problems(db, assembly.id, fake)[0]


def test_a_wrong_mapping_is_refused(db: Database, assembly: AssemblyInfo, built: Built, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Fornavn;Fornavn2\nAnna;Bo\n")
    problems = _problems(db, assembly.id, path, mapping={"Fornavn": "first_name", "Fornavn2": "first_name"})
    assert problems == ["column Fornavn2: First name is already read from column Fornavn"]


def test_age_bands_are_read_from_their_names() -> None:
    assert parse_band("25-39") == (25, 39)
    assert parse_band("25 – 39 år") == (25, 39)
    assert parse_band("60+") == (60, 120)
    assert parse_band("under 25") == (0, 24)
    assert parse_band("Kvinde") is None


def test_import_a_data_frame(db: Database, assembly: AssemblyInfo, built: Built) -> None:
    frame = pd.DataFrame({"first name": ["Anna"], "last name": ["Berg"], "gender": ["kvinde"]})
    import_roster(db, assembly.id, frame)
    (m,) = list_members(db, assembly.id)
    assert m.value_names == {built.gender: "Kvinde"}  # values match regardless of case


# ----------------------------------------------------------------- the CLI


def test_cli_import_prints_problems_and_changes_nothing(
    db: Database, assembly: AssemblyInfo, built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert db.path is not None
    before = snapshot(db)
    assert main(["members", "import", str(db.path), str(DATA / "messy_danish.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "row 3, column Mail: 'lars@example' is not an e-mail address" in err
    assert "nothing imported: 9 problems" in err
    assert snapshot(db) == before
    code = main(
        [
            "members",
            "import",
            str(db.path),
            str(DATA / "messy_danish.xlsx"),
            "--map",
            "Køn:K=Kvinde",
            "--map",
            "køn:M=Mand",
            "--skip-bad-rows",
        ]
    )
    assert code == 0
    assert capsys.readouterr().out.strip() == "imported 2 members (numbers 1–2); skipped 6 rows with problems"
    assert main(["members", "import", str(db.path), str(DATA / "messy_danish.xlsx"), "--map", "Køn:K=Dame"]) == 1
    assert "Køn has no value 'Dame'" in capsys.readouterr().err


def test_cli_import_clean_file(
    db: Database, assembly: AssemblyInfo, built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "roster.csv"
    shutil.copyfile(DATA / "roster_latin1_semicolon.csv", copy)
    assert main(["members", "import", str(db.path), str(copy)]) == 0
    assert capsys.readouterr().out.strip() == "imported 3 members (numbers 1–3)"


def test_cli_export_anonymised_by_default(
    db: Database, assembly: AssemblyInfo, built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_roster(db, assembly.id, DATA / "roster_utf8_comma.csv")
    out = tmp_path / "members.xlsx"
    assert main(["members", "export", str(db.path), str(out)]) == 0
    assert "anonymised, no personal data" in capsys.readouterr().out
    frame = pd.read_excel(out, sheet_name="Members")
    assert "first_name" not in frame.columns and list(frame["Køn"]) == ["Mand", "Kvinde", "Mand"]
    out_csv = tmp_path / "members.csv"
    assert main(["members", "export", str(db.path), str(out_csv), "--with-contacts"]) == 0
    assert "WITH personal data" in capsys.readouterr().out
    assert "Østergård" in out_csv.read_text(encoding="utf-8-sig")
    assert main(["members", "export", str(db.path), str(tmp_path / "members.json")]) == 1
    assert ".csv or .xlsx" in capsys.readouterr().err
