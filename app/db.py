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

from app.i18n import N_, LocalisedError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class DatabaseError(LocalisedError):
    """A database cannot be opened or created; the message says why in plain words.

    Raised with a template and named parameters like a ``ServiceError``: ``str(exc)`` is
    English (the CLI), the screens show ``ui.errors.error_text(exc)`` (Danish: da.json).
    """


def _reason(exc: BaseException) -> str:
    """The technical cause of a failure, for the parentheses of a message (not translated)."""
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    cause = orig if isinstance(orig, BaseException) else exc
    return f"{cause.__class__.__name__}: {cause}"


# raised where a file turns out to be locked (its {path} is filled in there)
_LOCKED = N_("{path}: another program is using the file; close it there and try again")


def _is_locked(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None)
    return "database is locked" in str(orig if isinstance(orig, BaseException) else exc)


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
        raise DatabaseError(
            "{target}: cannot use this database ({reason})", target=target, reason=_reason(exc)
        ) from exc
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
def known_revisions() -> frozenset[str]:
    """Every schema revision this version of Tingsted knows (a database at another one
    was written by a newer version)."""
    return frozenset(_revision_graph()[0])


@cache
def head_revision() -> str:
    """The newest schema revision, read from the revision files.

    Read as text rather than through Alembic, so opening a database whose schema is
    already current (the usual case) does not import Alembic at all: that keeps the
    start-up and ``tingsted report`` fast. A test checks this against Alembic's answer.
    """
    revisions, parents = _revision_graph()
    heads = revisions - parents
    if len(heads) != 1:
        raise DatabaseError(
            "The schema revisions in {folder} have {count} heads, not one.", folder=MIGRATIONS_DIR, count=len(heads)
        )
    return next(iter(heads))


@cache
def _revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(revisions, the revisions something is built on), read from the revision files."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for file in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = file.read_text(encoding="utf-8")
        found = re.search(r"^revision(?:: str)? = ['\"]([\w-]+)['\"]", source, re.MULTILINE)
        if found:
            revisions.add(found.group(1))
        for line in re.findall(r"^down_revision.*$", source, re.MULTILINE):
            parents.update(re.findall(r"['\"]([\w-]+)['\"]", line))
    return frozenset(revisions), frozenset(parents)


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
        raise DatabaseError("{path}: no such file", path=path)
    if path.is_dir():
        raise DatabaseError("{path}: is a folder, not an assembly database", path=path)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseError("{path}: cannot be read ({reason})", path=path, reason=exc.strerror) from exc
    if header and header != b"SQLite format 3\x00":
        raise DatabaseError("{path}: not a Tingsted database (not an SQLite file)", path=path)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if _is_locked(exc):
            raise DatabaseError(_LOCKED, path=path) from exc
        if "malformed" in str(exc):
            raise DatabaseError("{path}: the file is damaged ({reason})", path=path, reason=str(exc)) from exc
        raise DatabaseError("{path}: not a Tingsted database ({reason})", path=path, reason=str(exc)) from exc
    if names and "assembly" not in names:
        raise DatabaseError("{path}: not a Tingsted database (it has no assembly table)", path=path)


def open_database(target: str | Path, *, upgrade_schema: bool = True) -> Database:
    """Open an existing assembly database, upgrading its schema if it is older."""
    url = to_url(target)
    if url.startswith("sqlite:///"):
        _check_sqlite_file(Path(make_url(url).database or ""))
    engine = make_engine(url)
    try:
        if upgrade_schema:
            revision = current_revision(engine)
            if revision is not None and revision not in known_revisions():
                raise DatabaseError(
                    "{target}: this file was saved by a newer version of Tingsted; update Tingsted to open it",
                    target=target,
                )
            if revision != head_revision():
                upgrade(engine)
    except Exception as exc:  # a server that is down, a locked file …
        engine.dispose()
        if isinstance(exc, DatabaseError):
            raise
        if _is_locked(exc):
            raise DatabaseError(_LOCKED, path=target) from exc
        raise DatabaseError(
            "{target}: cannot open the database ({reason})", target=target, reason=_reason(exc)
        ) from exc
    return Database(engine, url)


def create_database(target: str | Path, *, overwrite: bool = False) -> Database:
    """Create a new, empty database at ``target`` with the newest schema."""
    url = to_url(target)
    if url.startswith("sqlite:///"):
        path = Path(make_url(url).database or "")
        if path.exists():
            if not overwrite:
                raise DatabaseError("{path}: already exists", path=path)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        if not path.parent.exists():
            raise DatabaseError("{folder}: no such folder", folder=path.parent)
    engine = make_engine(url)
    try:
        upgrade(engine)
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(
            "{target}: cannot create the database ({reason})", target=target, reason=_reason(exc)
        ) from exc
    return Database(engine, url)


def backup_copy(db: Database, destination: Path) -> Path:
    """A consistent copy of an SQLite database (uses SQLite's online backup)."""
    source = db.path
    if source is None:
        raise DatabaseError("Backup copies are only made of SQLite files.")
    destination = Path(destination)
    if not destination.parent.exists():
        raise DatabaseError("{folder}: no such folder", folder=destination.parent)
    if destination.is_dir():
        raise DatabaseError("{path}: is a folder; give the backup copy a file name", path=destination)
    if destination.resolve() == source.resolve():
        raise DatabaseError("{path}: is the open assembly itself; choose another file name", path=destination)
    try:
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(destination))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:  # a file that is not a database, a full disk, …
        raise DatabaseError(
            "{path}: the backup copy could not be written ({reason})", path=destination, reason=str(exc)
        ) from exc
    return destination
