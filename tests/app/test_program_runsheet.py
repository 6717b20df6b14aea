from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.db import Database
from app.models import AssemblyTable
from app.reports.run_sheet import long_date, write_run_sheet
from app.services import experts, program
from app.services.assembly import AssemblyInfo


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def day(db: Database, assembly: AssemblyInfo) -> program.Day:
    d = program.create_day(
        db, assembly.id, dt.date(2026, 3, 7), title="Første dag", venue="Rådhussalen", end_time=dt.time(10, 0)
    )
    program.add_item(db, d.id, "Velkommen", duration_min=20, responsible="Mette", room="Salen", notes="Husk mikrofon")
    talk = program.add_item(db, d.id, "Oplæg om klima", kind="presentation", duration_min=30, room="Salen")
    program.add_item(db, d.id, "Borddialog", kind="table_dialogue", duration_min=30, responsible="Bordværter")
    e = experts.create_expert(db, assembly.id, "Søren Ærø", role="Forsker", email="soren@example.dk", phone="5555")
    experts.create_presentation(db, e.id, "Klimaet i Sundby", agenda_item_id=talk.id)
    with db.session() as s:
        s.add(AssemblyTable(assembly_id=assembly.id, number=1, name="Egen", host_name="Ditte Vært", room="Salen"))
    return d


def test_run_sheet_for_facilitators(db: Database, day: program.Day, tmp_path: Path) -> None:
    out = write_run_sheet(db, day.id, tmp_path / "run.pdf", lang="en")
    text = _text(out)
    for expected in (
        "Run sheet – Day 1",
        "Første dag",
        "Saturday 7 March 2026",
        "Rådhussalen",
        "09:00–09:20",
        "09:20–09:50",
        "09:50–10:20",
        "Husk mikrofon",  # internal notes are on the run sheet
        "Mette",
        "Klimaet i Sundby",
        "Søren Ærø",
        "Ditte Vært",  # the table hosts
        "does not fit its hours",  # 80 minutes in a 60-minute day
        "Testtinget",  # footer
    ):
        assert expected in text, expected
    assert "soren@example.dk" not in text and "5555" not in text  # contact stays private


def test_handout_for_members_in_danish(db: Database, day: program.Day, tmp_path: Path) -> None:
    out = write_run_sheet(db, day.id, tmp_path / "handout.pdf", handout=True, lang="da")
    text = _text(out)
    assert "Program – Dag 1" in text and "Lørdag 7. marts 2026" in text
    assert "Velkommen" in text and "Klimaet i Sundby" in text and "Søren Ærø" in text
    assert "Husk mikrofon" not in text  # no internal notes
    assert "Ditte Vært" not in text and "Mette" not in text  # nor who does what
    assert "does not fit" not in text and "holder ikke" not in text
    assert "Side 1 af 1" in text


def test_long_date() -> None:
    assert long_date(dt.date(2027, 2, 6), "da") == "lørdag 6. februar 2027"
    assert long_date(dt.date(2027, 2, 6), "en") == "Saturday 6 February 2027"


def test_cli_show_runsheet_and_one_line_errors(
    db: Database, day: program.Day, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(db.path)
    assert main(["program", "show", path]) == 0
    out = capsys.readouterr().out
    assert "Day 1  2026-03-07" in out and "3 items" in out and "20 min too long" in out
    assert main(["program", "show", path, "1"]) == 0
    out = capsys.readouterr().out
    assert "09:20–09:50  presentation" in out and "after the day's end" in out and "warning:" in out

    pdf = tmp_path / "day1.pdf"
    assert main(["program", "runsheet", path, "1", str(pdf), "--handout"]) == 0
    assert "Velkommen" in _text(pdf)

    assert main(["program", "add-day", path, "2026-04-04", "--start", "10:00", "--end", "15:00"]) == 0
    assert main(["program", "copy-day", path, "1", "2026-05-02"]) == 0
    assert main(["program", "add-item", path, "2026-04-04", "Frokost", "--kind", "break", "--minutes", "45"]) == 0
    capsys.readouterr()
    assert [len(program.day_program(db, d.id).items) for d in program.list_days(db, day.assembly_id)] == [3, 1, 3]

    for argv in (
        ["program", "runsheet", path, "9", str(pdf)],
        ["program", "runsheet", path, "1", str(tmp_path / "nope" / "x.pdf")],
        ["program", "runsheet", path, "1", str(tmp_path / "x.txt")],
        ["program", "add-day", path, "2026-03-07"],
        ["program", "add-item", path, "1", "X", "--minutes", "0"],
        ["program", "show", str(tmp_path / "missing.tingsted")],
    ):
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert err.startswith("tingsted: ") and err.count("\n") == 1 and "Traceback" not in err, err
    with pytest.raises(SystemExit) as stop:
        main(["program", "add-day", path, "2026-13-01"])
    assert stop.value.code == 2
    assert "not a date" in capsys.readouterr().err
