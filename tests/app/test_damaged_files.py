"""Damaged, empty and foreign files: a refused open says what to do and changes nothing
(issue 14.5)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.db import DatabaseError, open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` with garbage, as a bad sector would."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")  # everything in the main file
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        con.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xa5" * page_size)


@pytest.mark.parametrize("table", ["member", "vote", "ballot"])
def test_a_damaged_table_is_noticed_when_the_file_is_opened(demo_template: Path, tmp_path: Path, table: str) -> None:
    path = tmp_path / "damaged.tingsted"
    shutil.copyfile(demo_template, path)
    _damage_table(path, table)
    before = _digest(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert "damaged" in str(caught.value) and "newest backup" in str(caught.value)
    assert _digest(path) == before


def test_an_empty_file_is_refused_and_stays_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.tingsted"
    path.write_bytes(b"")
    with pytest.raises(DatabaseError, match="empty"):
        open_database(path)
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.tingsted"]


def test_a_foreign_sqlite_file_gains_nothing(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(DatabaseError, match="not a Tingsted database"):
        open_database(path)
    assert _digest(path) == before
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["t"]
    con.close()
