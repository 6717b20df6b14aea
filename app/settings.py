"""Settings declared once, typed, with defaults; where data and backups live.

``TINGSTED_DATA_DIR`` overrides the data folder (tests point it at ``tmp_path``).
Qt's QSettings keeps only window geometry and the recent-files list.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "Tingsted"


def data_dir() -> Path:
    override = os.environ.get("TINGSTED_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=data_dir)
    backups_kept: int = 10  # rotating automatic backups per assembly file
    backup_interval_min: int = 10

    @property
    def backups_dir(self) -> Path:
        path = self.data_dir / "backups"
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def demo_path(self) -> Path:
        return self.data_dir / "demo.tingsted"
