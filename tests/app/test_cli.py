from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.cli import main
from app.db import open_database
from app.services.assembly import current_assembly


def test_init_demo_then_reopen(tmp_path: Path) -> None:
    target = tmp_path / "x.db"
    assert main(["init", str(target), "--demo"]) == 0
    db = open_database(target)
    try:
        assert current_assembly(db).name.startswith("Borgertinget")
    finally:
        db.dispose()


def test_init_refuses_existing_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "x.db"
    target.write_text("")
    assert main(["init", str(target)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "already exists" in err


def test_wrong_argument_gives_one_line_and_no_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    out = subprocess.run(
        [sys.executable, "-m", "tingsted", "--db", str(missing)],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 1
    assert out.stderr.strip().count("\n") == 0
    assert "no such file" in out.stderr and "Traceback" not in out.stderr
    bogus = tmp_path / "bogus.db"
    bogus.write_text("not a database")
    out = subprocess.run(
        [sys.executable, "-m", "tingsted", "--db", str(bogus)],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 1 and "not a Tingsted database" in out.stderr
    out = subprocess.run(
        [sys.executable, "-m", "tingsted", "frobnicate"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 2 and out.stderr.strip().count("\n") == 0


def _tingsted(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tingsted", *args],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        cwd=Path(__file__).resolve().parents[2],
    )


def test_wrong_options_give_one_line(tmp_path: Path) -> None:
    for args, code, words in (
        (["--frobnicate"], 2, "unrecognized arguments"),
        (["--db"], 2, "expected one argument"),
        (["--demo", "--db", str(tmp_path / "x.db")], 2, "either --demo or --db"),
        (["--db", str(tmp_path)], 1, "is a folder"),
        (["init"], 2, "required"),
        (["--db", "nosuchdialect://venue/assembly"], 1, "cannot use this database"),
    ):
        out = _tingsted(*args)
        assert out.returncode == code, (args, out.stderr)
        assert out.stderr.strip().count("\n") == 0 and words in out.stderr, (args, out.stderr)
        assert "Traceback" not in out.stderr


def test_init_into_a_missing_folder_gives_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["init", str(tmp_path / "nowhere" / "x.db"), "--demo"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no such folder" in err


def test_init_demo_reopens_the_same_data(tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from app.models import Member, Respondent

    target = tmp_path / "x.db"
    assert main(["init", str(target), "--demo"]) == 0
    db = open_database(target)
    try:
        with db.read() as s:
            assert s.scalar(select(func.count(Member.id))) == 50
            assert s.scalar(select(func.count(Respondent.id))) == 600
    finally:
        db.dispose()
