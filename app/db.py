"""Opening assembly databases: engine, sessions, SQLite pragmas and migrations.

A database is one SQLite file per assembly (or a server URL). ``open_database`` checks
that the file is a Tingsted database, upgrades its schema with the Alembic revisions in
``app/migrations`` and returns a ``Database`` whose ``session()`` is the only way the
services talk to it. ``create_database`` makes a new, empty one.

Each unit of work records which tables it wrote (ORM flushes and Core insert, update
and delete, also raw SQL through the driver); after a successful commit the database
tells its subscribers what changed (``subscribe``, ``app.changes.ChangeEvent``), and a
``recording()`` block learns what the calls inside it committed. A failed or rolled-back
unit of work announces nothing.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.sql import TextClause
from sqlalchemy.sql.dml import UpdateBase

from app.changes import ChangeEvent, Changes, changes_of
from app.i18n import N_, LocalisedError

log = logging.getLogger(__name__)

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


# -------------------------------------------------------- what a unit of work wrote

_WRITTEN = "tingsted_written"  # Connection.info: the tables written in its transaction
_CONNECTIONS = "tingsted_connections"  # Session.info: the connections of its transaction
_RAW_WRITE = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)


def written_tables(statement: object) -> set[str]:
    """The tables a statement writes (empty for a read)."""
    if isinstance(statement, UpdateBase):
        table = getattr(statement, "table", None)
        name = getattr(table, "name", None)
        return {name} if isinstance(name, str) else set()
    if isinstance(statement, TextClause):
        statement = statement.text
    if isinstance(statement, str):
        found = _RAW_WRITE.match(statement)
        return {found.group(1).lower()} if found else set()
    return set()


def _after_execute(conn: Any, statement: object, *_args: Any) -> None:
    tables = written_tables(statement)
    if tables:
        conn.info.setdefault(_WRITTEN, set()).update(tables)


def _watch_writes(engine: Engine) -> None:
    if not event.contains(engine, "after_execute", _after_execute):
        event.listen(engine, "after_execute", _after_execute)


def _transaction_began(session: Session, _transaction: SessionTransaction, connection: Any) -> None:
    connection.info[_WRITTEN] = set()  # a new transaction has written nothing yet
    session.info.setdefault(_CONNECTIONS, []).append(connection)


def _written_by(session: Session) -> set[str]:
    tables: set[str] = set()
    for connection in session.info.pop(_CONNECTIONS, []):
        with contextlib.suppress(Exception):  # a connection already closed has nothing to say
            tables |= connection.info.pop(_WRITTEN, set())
    return tables


@dataclass
class Recording:
    """What the commits inside one ``Database.recording()`` block wrote."""

    tables: set[str] = field(default_factory=set)

    @property
    def changes(self) -> Changes:
        return changes_of(self.tables)


@dataclass
class Database:
    """An open assembly database. ``session()`` gives a unit of work."""

    engine: Engine
    url: str

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._subscribers: list[Callable[[ChangeEvent], None]] = []
        self._subscribers_lock = threading.Lock()
        self._recorders = threading.local()
        _watch_writes(self.engine)
        event.listen(self._factory, "after_begin", _transaction_began)
        event.listen(self._factory, "after_commit", self._committed)
        event.listen(self._factory, "after_rollback", _written_by)

    # -- the change feed ----------------------------------------------------------------

    def subscribe(self, callback: Callable[[ChangeEvent], None]) -> Callable[[], None]:
        """Call ``callback(event)`` after every commit that changed something (in the
        committing thread: it must be quick). Returns the function that unsubscribes."""
        with self._subscribers_lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._subscribers_lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def announce(self, change: ChangeEvent) -> None:
        """Tell every subscriber about a change (the commits of this process call this;
        so does whatever watches other processes, with ``local=False``)."""
        if not change.changes:
            return
        with self._subscribers_lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(change)
            except Exception:  # the commit has happened: a subscriber's failure must not undo it
                log.exception("a change subscriber failed")

    @contextlib.contextmanager
    def recording(self) -> Iterator[Recording]:
        """Learn what the calls inside the block committed in this thread:
        ``with db.recording() as rec: call()`` → ``rec.changes``."""
        stack: list[Recording] = self._recorders.__dict__.setdefault("stack", [])
        rec = Recording()
        stack.append(rec)
        try:
            yield rec
        finally:
            stack.remove(rec)

    def _committed(self, session: Session) -> None:
        tables = _written_by(session)
        if not tables:
            return
        stack: list[Recording] = self._recorders.__dict__.get("stack", [])
        for rec in stack:
            rec.tables |= tables
        self.announce(ChangeEvent(changes_of(tables), local=True, recorded=bool(stack)))

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


_DAMAGED = N_(
    "{path}: the file is damaged ({reason}); open its newest backup instead (the backups folder is in the data folder)"
)


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
            raise DatabaseError(_DAMAGED, path=path, reason=str(exc)) from exc
        raise DatabaseError("{path}: not a Tingsted database ({reason})", path=path, reason=str(exc)) from exc
    if not names:  # a 0-byte or empty SQLite file: refused, never filled with a schema
        raise DatabaseError(
            "{path}: the file is empty, not a Tingsted database (make a new assembly instead)", path=path
        )
    if "assembly" not in names:
        raise DatabaseError("{path}: not a Tingsted database (it has no assembly table)", path=path)
    _quick_check(path)


def _quick_check(path: Path) -> None:
    """SQLite's ``quick_check`` (every page and table, without the slower index checks), read
    only: damage to any table is noticed when the file is opened, not in the middle of a day."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            found = [r[0] for r in con.execute("PRAGMA quick_check(3)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if _is_locked(exc):
            raise DatabaseError(_LOCKED, path=path) from exc
        found = [str(exc)]
    if found != ["ok"]:
        raise DatabaseError(_DAMAGED, path=path, reason="; ".join(found))


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
