from __future__ import annotations

import datetime as dt

import pytest

from app.db import Database
from app.models import AgendaItem, MeetingDay
from app.services.assembly import AssemblyInfo, create_assembly, overview, update_assembly
from app.services.errors import ServiceError


def test_create_assembly_needs_a_name(db: Database) -> None:
    with pytest.raises(ServiceError):
        create_assembly(db, "   ")


def test_update_rolls_back_on_bad_field(db: Database, assembly: AssemblyInfo) -> None:
    with pytest.raises(ServiceError):
        update_assembly(db, assembly.id, name="Ny", colour="red")
    assert overview(db, assembly.id).assembly.name == "Testtinget"


def test_overview_counts_and_next_item(db: Database, assembly: AssemblyInfo) -> None:
    with db.session() as s:
        day = MeetingDay(
            assembly_id=assembly.id,
            number=1,
            date=dt.date(2027, 2, 6),
            start_time=dt.time(9, 0),
            end_time=dt.time(16, 0),
        )
        day.agenda_items = [
            AgendaItem(position=0, title="Velkomst", duration_min=30),
            AgendaItem(position=1, title="Oplæg", duration_min=45, kind="presentation"),
        ]
        s.add(day)
    data = overview(db, assembly.id, now=dt.datetime(2027, 2, 6, 9, 40))
    assert [d.number for d in data.days] == [1]
    assert [n.title for n in data.next_items] == ["Oplæg"]
    assert data.next_items[0].start == dt.time(9, 30)
    assert data.members_active == 0


def test_update_checks_every_detail_and_changes_nothing_on_a_wrong_one(db: Database, assembly: AssemblyInfo) -> None:
    from app.services.assembly import get_assembly

    info = update_assembly(
        db,
        assembly.id,
        name="  Klimatinget  ",
        remit="Hvordan bliver Testby CO₂-neutral i 2035?",
        commissioning_body="Testby Kommune",
        language="sv",
        support_threshold=0.75,
    )
    assert (info.name, info.language, info.support_threshold) == ("Klimatinget", "sv", 0.75)
    for wrong in (
        {"language": "de"},
        {"support_threshold": 1.5},
        {"support_threshold": 0},
        {"name": " "},
        {"support_threshold": "0.8"},
        {"commissioning_body": "x" * 201},
    ):
        with pytest.raises(ServiceError):
            update_assembly(db, assembly.id, remit="ændret", **wrong)
    assert get_assembly(db, assembly.id) == info  # a refused change changed nothing, the remit neither


def test_the_logo_is_stored_in_the_assembly_file(db: Database, assembly: AssemblyInfo) -> None:
    from app.services.assembly import LOGO_MAX_BYTES, assembly_logo, set_logo

    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    set_logo(db, assembly.id, png)
    assert assembly_logo(db, assembly.id) == png
    for wrong in (b"GIF89a....", b"\x89PNG\r\n\x1a\n" + b"\0" * LOGO_MAX_BYTES):
        with pytest.raises(ServiceError):
            set_logo(db, assembly.id, wrong)
    assert assembly_logo(db, assembly.id) == png
    set_logo(db, assembly.id, None)
    assert assembly_logo(db, assembly.id) is None


@pytest.mark.parametrize(
    ("language", "name"), [("da", "Nyt borgerting"), ("en", "New citizens' assembly"), ("fi", "Uusi kansalaisraati")]
)
def test_init_names_the_assembly_in_its_language(tmp_path, language: str, name: str) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main
    from app.db import open_database
    from app.services.assembly import current_assembly

    target = tmp_path / "ny.tingsted"
    assert main(["init", str(target), "--language", language]) == 0
    db = open_database(target)
    try:
        info = current_assembly(db)
        assert (info.name, info.language) == (name, language)
    finally:
        db.dispose()


def test_init_takes_the_details(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main
    from app.db import open_database
    from app.services.assembly import assembly_logo, current_assembly

    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 10)
    target = tmp_path / "klima.tingsted"
    argv = [
        "init",
        str(target),
        "--name",
        "Klimatinget",
        "--remit",
        "Hvad gør vi?",
        "--commissioned-by",
        "Testby Byråd",
        "--threshold",
        "75",
        "--town",
        "Testby",
        "--logo",
        str(logo),
    ]
    assert main(argv) == 0
    db = open_database(target)
    try:
        info = current_assembly(db)
        assert (info.name, info.remit, info.commissioning_body, info.support_threshold, info.town) == (
            "Klimatinget",
            "Hvad gør vi?",
            "Testby Byråd",
            0.75,
            "Testby",
        )
        assert assembly_logo(db, info.id) == logo.read_bytes()
    finally:
        db.dispose()
    # a wrong detail: one line, and no file is left behind
    other = tmp_path / "forkert.tingsted"
    logo.write_bytes(b"not an image")
    assert main(["init", str(other), "--logo", str(logo)]) == 1
    assert "PNG or JPEG" in capsys.readouterr().err and not other.exists()
    with pytest.raises(SystemExit) as exit_:
        main(["init", str(other), "--threshold", "180"])
    assert exit_.value.code == 2 and not other.exists()
