"""Shared fixtures. Data and config folders point at tmp_path; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db import Database, create_database  # noqa: E402
from app.services.assembly import AssemblyInfo, create_assembly  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("TINGSTED_DATA_DIR", str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(path / "config"))
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database with the newest schema, created once per test session."""
    path = tmp_path_factory.mktemp("empty") / "empty.tingsted"
    create_database(path).dispose()
    return path


@pytest.fixture
def db(empty_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A new, empty assembly database in a temporary file (a copy of the empty template:
    creating the schema for every test is slow)."""
    import shutil

    from app.db import open_database

    target = tmp_path / "test.tingsted"
    shutil.copyfile(empty_template, target)
    database = open_database(target)
    yield database
    database.dispose()


@pytest.fixture
def assembly(db: Database) -> AssemblyInfo:
    return create_assembly(db, "Testtinget", commissioning_body="Testby Byråd", remit="Hvad gør vi?")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo assembly, built once per test session; copy it, do not change it. It keeps the
    data files' calendar (day 1 on 6 February 2027), whatever the real date: tests that look
    at "today" pass a fixed clock."""
    from app.demo import as_recorded, build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.tingsted"
    build_demo(path, today=as_recorded()).dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo assembly for one test."""
    import shutil

    from app.db import open_database

    target = tmp_path / "demo.tingsted"
    shutil.copyfile(demo_template, target)
    database = open_database(target)
    yield database
    database.dispose()
