"""Issue 14.14: exports other tools read — standard CSV, personal data said beside it, and a round trip."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from sqlalchemy import select

from app.cli import main
from app.db import Database, open_database
from app.io.members_export import export_members, members_frame, readme_path, suggested_file_name
from app.models import Member, MemberContact
from app.services.assembly import AssemblyInfo, create_assembly
from tests.app.test_members_export import two_members  # noqa: F401  (fixture)


def test_members_csv_is_standard(two_members: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "members.csv"
    export_members(two_members, assembly.id, path, with_contacts=True)
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("member_number,")
    back = pd.read_csv(path, encoding="utf-8-sig")  # plain pandas, no comment= needed
    assert list(back["member_number"]) == [1, 2] and back.loc[0, "last_name"] == "Ørsted"
    readme = readme_path(path).read_text(encoding="utf-8")
    assert "PERSONAL DATA: YES" in readme


def test_file_names_say_personal_data() -> None:
    assert "PERSONAL-DATA" in suggested_file_name(with_contacts=True)
    assert "PERSONAL" not in suggested_file_name(with_contacts=False, suffix=".csv")


def test_xlsx_properties_say_personal_data(two_members: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "members.xlsx"
    export_members(two_members, assembly.id, path, with_contacts=True)
    props = openpyxl.load_workbook(path).properties
    assert "PERSONAL DATA" in (props.title or "") and props.keywords == "personal data"
    path2 = tmp_path / "anon.xlsx"
    export_members(two_members, assembly.id, path2)
    assert openpyxl.load_workbook(path2).properties.keywords == "anonymised"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_members_export_with_contacts_imports_again(
    two_members: Database,  # noqa: F811
    assembly: AssemblyInfo,
    tmp_path: Path,
    suffix: str,
    empty_template: Path,
) -> None:
    with two_members.session() as s:
        s.add(
            MemberContact(
                member_id=s.scalar(select(Member.id).where(Member.number == 2)), first_name="=Bo", last_name="Li"
            )
        )
    path = tmp_path / f"members{suffix}"
    export_members(two_members, assembly.id, path, with_contacts=True)
    target = tmp_path / "new.tingsted"
    shutil.copyfile(empty_template, target)
    new_db = open_database(target)
    try:
        other = create_assembly(new_db, "Nyt ting")
    finally:
        new_db.dispose()
    code = main(["members", "import", str(target), str(path)])
    assert code == 0
    new_db = open_database(target)
    try:
        back = members_frame(new_db, other.id, with_contacts=True)
    finally:
        new_db.dispose()
    before = members_frame(two_members, assembly.id, with_contacts=True)
    cols = ["member_number", "first_name", "last_name", "email"]
    assert back[cols].to_dict("records") == before[cols].to_dict("records")
