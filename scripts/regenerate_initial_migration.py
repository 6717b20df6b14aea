"""Regenerate the initial Alembic revision from app/models.py.

Until Tingsted's first release there is one revision, 0001_initial; while that holds,
a change to the models is folded into it by running this script. After the first
release, write a new revision instead (`alembic revision --autogenerate`).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alembic import command  # noqa: E402

from app.db import _alembic_config, make_engine  # noqa: E402

VERSIONS = ROOT / "app" / "migrations" / "versions"


def main() -> None:
    for old in VERSIONS.glob("0001_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "empty.db")
        cfg = _alembic_config(engine)
        command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001",
                         version_path=str(VERSIONS))
        engine.dispose()
    for new in VERSIONS.glob("0001_*.py"):
        new.rename(VERSIONS / "0001_initial.py")
    print("wrote", VERSIONS / "0001_initial.py")


if __name__ == "__main__":
    main()
