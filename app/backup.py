"""Automatic rotating backups of assembly databases (DESIGN rule 3).

A backup is a consistent copy made with SQLite's online backup (``app.db.backup_copy``),
so it can be taken while the app is writing. Copies go to ``Settings().backups_dir``,
named after the assembly file and the time (``<stem>-<path hash>-<YYYYmmdd-HHMMSS>.tingsted``;
the short hash keeps two files with the same name in different folders apart), and only
the newest ``Settings().backups_kept`` copies of each file are kept. The GUI makes one when
it opens a database and then every ``Settings().backup_interval_min`` minutes.

When the clock goes back (an NTP or time-zone correction), copies stamped later than now
were made before the correction: they count as the oldest, so rotation removes them first
and the copy just written is always kept. A copy opened in place may have left ``-wal`` and
``-shm`` files beside it; they go with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from app.db import Database, DatabaseError, backup_copy
from app.settings import Settings

SUFFIX = ".tingsted"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<prefix>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.tingsted$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    size: int


def backup_prefix(db_path: Path) -> str:
    """The name every backup of ``db_path`` starts with."""
    resolved = str(Path(db_path).expanduser().resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:8]
    stem = re.sub(r"[^\w.-]+", "_", Path(db_path).stem) or "assembly"
    return f"{stem}-{digest}"


def list_backups(
    db_path: Path, settings: Settings | None = None, now: dt.datetime | None = None
) -> list[BackupInfo]:
    """The backups of one assembly file, newest first; copies stamped after ``now`` (the
    clock went back since) come last, as the oldest."""
    settings = settings or Settings()
    prefix = backup_prefix(db_path)
    found: list[tuple[str, int, BackupInfo]] = []
    for path in settings.backups_dir.glob(f"{prefix}-*{SUFFIX}"):
        match = _NAME.match(path.name)
        if match is None or match["prefix"] != prefix:
            continue
        made_at = dt.datetime.strptime(match["stamp"], _STAMP)
        found.append((match["stamp"], int(match["n"] or 1), BackupInfo(path, made_at, path.stat().st_size)))
    latest = (now or dt.datetime.now()).strftime(_STAMP)
    found.sort(key=lambda t: (t[0] <= latest, t[0], t[1]), reverse=True)
    return [info for _stamp, _n, info in found]


def make_backup(db: Database, settings: Settings | None = None, now: dt.datetime | None = None) -> BackupInfo | None:
    """Copy ``db`` into the backups folder and drop the oldest copies beyond the limit.

    Returns None for a database that is not an SQLite file (a server keeps its own backups).
    Raises ``DatabaseError`` when the copy cannot be written.
    """
    source = db.path
    if source is None:
        return None
    settings = settings or Settings()
    now = now or dt.datetime.now()
    folder = settings.backups_dir
    base = f"{backup_prefix(source)}-{now.strftime(_STAMP)}"
    target = folder / f"{base}{SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}{SUFFIX}"
    partial = target.with_name(target.name + ".part")
    try:
        backup_copy(db, partial)
        partial.replace(target)
    except (OSError, DatabaseError) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, DatabaseError):
            raise
        raise DatabaseError(
            "{path}: the backup copy could not be written ({reason})", path=target, reason=exc.strerror or str(exc)
        ) from exc
    prune(source, settings, now=now, keep_path=target)
    return BackupInfo(target, now.replace(microsecond=0), target.stat().st_size)


def prune(
    db_path: Path, settings: Settings | None = None, now: dt.datetime | None = None, keep_path: Path | None = None
) -> list[Path]:
    """Delete the oldest backups of ``db_path`` beyond ``settings.backups_kept`` (never
    ``keep_path``, the copy just written), with any ``-wal``/``-shm`` left beside them."""
    settings = settings or Settings()
    keep = max(1, settings.backups_kept)
    backups = list_backups(db_path, settings, now=now)
    if keep_path is not None:
        backups.sort(key=lambda b: b.path != keep_path)  # stable: the rest keep their order
    removed = []
    for info in backups[keep:]:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{info.path}{suffix}").unlink(missing_ok=True)
        removed.append(info.path)
    return removed
