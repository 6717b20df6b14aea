"""Opening assembly databases: engine, sessions, SQLite pragmas and migrations.

A database is one SQLite file per assembly (or a server URL). ``open_database`` checks
that the file is a Tingsted database, upgrades its schema with the Alembic revisions in
``app/migrations`` and returns a ``Database`` whose ``session()`` is the only way the
services talk to it. ``create_database`` makes a new, empty one.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class DatabaseError(Exception):
    """A database cannot be opened or created; the message says why in plain words."""


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a transaction acknowledged on screen survives a pulled power cable.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def to_url(target: str | Path) -> str:
    """A database URL for a file path or a URL (``postgresql://…``)."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def make_engine(target: str | Path) -> Engine:
    url = to_url(target)
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:  # an unknown scheme, a driver that is not installed, a malformed URL
        raise DatabaseError(f"{target}: cannot use this database ({exc.__class__.__name__}: {exc})") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (creates it on an empty database)."""
    from alembic import command

    command.upgrade(_alembic_config(engine), "head")


@cache
def head_revision() -> str:
    """The newest schema revision, read from the revision files.

    Read as text rather than through Alembic, so opening a database whose schema is
    already current (the usual case) does not import Alembic at all: that keeps the
    start-up and ``tingsted report`` fast. A test checks this against Alembic's answer.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for file in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = file.read_text(encoding="utf-8")
        found = re.search(r"^revision(?:: str)? = ['\"]([\w-]+)['\"]", source, re.MULTILINE)
        if found:
            revisions.add(found.group(1))
        for line in re.findall(r"^down_revision.*$", source, re.MULTILINE):
            parents.update(re.findall(r"['\"]([\w-]+)['\"]", line))
    heads = revisions - parents
    if len(heads) != 1:
        raise DatabaseError(f"the schema revisions in {MIGRATIONS_DIR} have {len(heads)} heads, not one")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The revision a database is at (None for an empty database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return str(value) if value is not None else None


@dataclass
class Database:
    """An open assembly database. ``session()`` gives a unit of work."""

    engine: Engine
    url: str

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (never commits)."""
        session = self._factory()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @property
    def path(self) -> Path | None:
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite" and url.database:
            return Path(url.database)
        return None

    def dispose(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        raise DatabaseError(f"{path}: no such file")
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not an assembly database")
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot be read ({exc.strerror})") from exc
    if header and header != b"SQLite format 3\x00":
        raise DatabaseError(f"{path}: not a Tingsted database (not an SQLite file)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: not a Tingsted database ({exc})") from exc
    if names and "assembly" not in names:
        raise DatabaseError(f"{path}: not a Tingsted database (it has no assembly table)")


def open_database(target: str | Path, *, upgrade_schema: bool = True) -> Database:
    """Open an existing assembly database, upgrading its schema if it is older."""
    url = to_url(target)
    if url.startswith("sqlite:///"):
        _check_sqlite_file(Path(make_url(url).database or ""))
    engine = make_engine(url)
    try:
        if upgrade_schema and current_revision(engine) != head_revision():
            upgrade(engine)
    except Exception as exc:  # a server that is down, a locked file …
        engine.dispose()
        if isinstance(exc, DatabaseError):
            raise
        raise DatabaseError(f"{target}: cannot open the database ({exc.__class__.__name__}: {exc})") from exc
    return Database(engine, url)


def create_database(target: str | Path, *, overwrite: bool = False) -> Database:
    """Create a new, empty database at ``target`` with the newest schema."""
    url = to_url(target)
    if url.startswith("sqlite:///"):
        path = Path(make_url(url).database or "")
        if path.exists():
            if not overwrite:
                raise DatabaseError(f"{path}: already exists")
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        if not path.parent.exists():
            raise DatabaseError(f"{path.parent}: no such folder")
    engine = make_engine(url)
    try:
        upgrade(engine)
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(f"{target}: cannot create the database ({exc})") from exc
    return Database(engine, url)


def backup_copy(db: Database, destination: Path) -> Path:
    """A consistent copy of an SQLite database (uses SQLite's online backup)."""
    source = db.path
    if source is None:
        raise DatabaseError("backup copies are only made of SQLite files")
    destination = Path(destination)
    if not destination.parent.exists():
        raise DatabaseError(f"{destination.parent}: no such folder")
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(destination))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination
