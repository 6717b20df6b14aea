"""Automatic rotating backups: consistent copies, named by file and time, the newest kept."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import select

from app.backup import backup_prefix, list_backups, make_backup
from app.db import Database, create_database, open_database
from app.models import Assembly
from app.services.assembly import AssemblyInfo, update_assembly
from app.settings import Settings


def _settings(tmp_path: Path, kept: int = 3) -> Settings:
    return Settings(data_dir=tmp_path / "data", backups_kept=kept)


def test_backup_is_a_consistent_copy_with_the_latest_commit(
    db: Database, assembly: AssemblyInfo, tmp_path: Path
) -> None:
    settings = _settings(tmp_path)
    update_assembly(db, assembly.id, name="Efter ændringen")
    info = make_backup(db, settings, now=dt.datetime(2027, 2, 6, 9, 15, 0))
    assert info is not None
    assert info.path.parent == settings.backups_dir
    assert info.path.name == f"{backup_prefix(db.path)}-20270206-091500.tingsted"  # type: ignore[arg-type]
    assert info.path.name.startswith("test-")
    copy = open_database(info.path)
    try:
        with copy.read() as s:
            assert s.scalars(select(Assembly.name)).one() == "Efter ændringen"
    finally:
        copy.dispose()
    con = sqlite3.connect(info.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()


def test_only_the_newest_backups_are_kept(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    settings = _settings(tmp_path, kept=3)
    start = dt.datetime(2027, 2, 6, 9, 0, 0)
    for minutes in range(5):
        make_backup(db, settings, now=start + dt.timedelta(minutes=10 * minutes))
    kept = list_backups(db.path, settings)  # type: ignore[arg-type]
    assert [b.made_at for b in kept] == [start + dt.timedelta(minutes=m) for m in (40, 30, 20)]
    assert len(list(settings.backups_dir.iterdir())) == 3


def test_two_backups_in_the_same_second_do_not_overwrite(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    settings = _settings(tmp_path, kept=5)
    now = dt.datetime(2027, 2, 6, 9, 0, 0)
    a = make_backup(db, settings, now=now)
    b = make_backup(db, settings, now=now)
    assert a is not None and b is not None and a.path != b.path
    assert [x.path for x in list_backups(db.path, settings)] == [b.path, a.path]  # type: ignore[arg-type]


def test_backups_of_other_files_are_left_alone(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    settings = _settings(tmp_path, kept=1)
    (tmp_path / "other").mkdir()
    other = create_database(tmp_path / "other" / "test.tingsted")  # same name, other folder
    try:
        make_backup(other, settings, now=dt.datetime(2027, 1, 1, 8, 0, 0))
        make_backup(db, settings, now=dt.datetime(2027, 1, 1, 9, 0, 0))
        make_backup(db, settings, now=dt.datetime(2027, 1, 1, 10, 0, 0))
        assert len(list_backups(other.path, settings)) == 1  # type: ignore[arg-type]
        assert len(list_backups(db.path, settings)) == 1  # type: ignore[arg-type]
    finally:
        other.dispose()


def test_a_server_database_is_not_copied(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    db = Database(create_engine("sqlite://"), "postgresql://venue-server/assembly")
    try:
        assert make_backup(db, _settings(tmp_path)) is None
    finally:
        db.dispose()


def test_when_the_clock_goes_back_the_fresh_copy_is_kept(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    """Ten copies stamped a day ahead (the clock was corrected since): the new copy is kept
    and the ones from "the future" go first (before the fix it deleted itself and raised
    FileNotFoundError)."""
    settings = _settings(tmp_path, kept=10)
    ahead = dt.datetime(2027, 2, 7, 9, 0, 0)
    for minutes in range(10):
        make_backup(db, settings, now=ahead + dt.timedelta(minutes=minutes))
    now = dt.datetime(2027, 2, 6, 9, 0, 0)
    fresh = [make_backup(db, settings, now=now + dt.timedelta(minutes=10 * k)) for k in range(3)]
    kept = list_backups(db.path, settings, now=now + dt.timedelta(minutes=20))  # type: ignore[arg-type]
    assert all(f is not None and f.path.exists() for f in fresh)
    assert [b.path for b in kept[:3]] == [f.path for f in reversed(fresh)]  # type: ignore[union-attr]
    assert len(kept) == 10
    # the three oldest of "the future" went: the first ones written
    assert [b.made_at for b in kept[3:]] == [ahead + dt.timedelta(minutes=m) for m in range(9, 2, -1)]


def test_rotation_removes_the_wal_and_shm_of_a_copy_opened_in_place(
    db: Database, assembly: AssemblyInfo, tmp_path: Path
) -> None:
    settings = _settings(tmp_path, kept=1)
    first = make_backup(db, settings, now=dt.datetime(2027, 2, 6, 9, 0, 0))
    assert first is not None
    for suffix in ("-wal", "-shm"):
        Path(f"{first.path}{suffix}").write_bytes(b"left by an open in place")
    make_backup(db, settings, now=dt.datetime(2027, 2, 6, 9, 10, 0))
    assert not first.path.exists()
    assert sorted(p.name for p in settings.backups_dir.iterdir()) == [
        b.path.name for b in list_backups(db.path, settings)  # type: ignore[arg-type]
    ]
