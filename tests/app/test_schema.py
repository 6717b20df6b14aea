"""The database: migrations agree with the models; SQLite is set up to lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.db import Database, DatabaseError, create_database, head_revision, open_database
from app.models import Base


def test_migrations_create_the_schema_of_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_new_database_is_at_the_newest_revision(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


def test_sqlite_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_open_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no such file"):
        open_database(tmp_path / "nope.tingsted")


def test_open_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    with pytest.raises(DatabaseError, match="not a Tingsted database"):
        open_database(bogus)


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    create_database(tmp_path / "a.tingsted").dispose()
    with pytest.raises(DatabaseError, match="already exists"):
        create_database(tmp_path / "a.tingsted")


def test_head_revision_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from app.db import MIGRATIONS_DIR

    assert head_revision() == ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def test_opening_a_current_database_does_not_import_alembic(db: Database) -> None:
    import subprocess
    import sys

    assert db.path is not None
    code = (
        "import sys\n"
        "from app.db import open_database\n"
        f"open_database({str(db.path)!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
