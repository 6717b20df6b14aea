"""The launcher: language, the start dialog, --demo/--db, automatic backups."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import ui.launcher as launcher
from app.backup import list_backups
from app.db import Database
from app.settings import Settings
from ui.areas import areas
from ui.context import AppContext
from ui.launcher import BackupTimer, StartDialog, database_for, ui_language
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_danish_translation_loads(qtbot, ctx: AppContext, danish: None) -> None:  # type: ignore[no-untyped-def]
    assert [a.title for a in areas()][:4] == ["Overblik", "Medlemmer", "Lodtrækning", "Borde"]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Medlemmer" in nav and "Afstemning" in nav
    assert window.page_title.text() == "Overblik"
    assert window.menuBar().actions()[0].text() == "&Filer"
    # dates follow the locale too
    days = window.pages["overview"].days.text()  # type: ignore[attr-defined]
    assert "feb. 2027" in days and "Dag 1" in days
    window.close()


def test_language_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TINGSTED_LANG", "da")
    assert ui_language() == "da"
    monkeypatch.setenv("TINGSTED_LANG", "en_GB")
    assert ui_language() == "en"
    monkeypatch.setenv("TINGSTED_LANG", "sv")
    assert ui_language() == "sv"
    monkeypatch.setenv("TINGSTED_LANG", "de")  # not translated: English
    assert ui_language() == "en"
    assert ui_language("da") == "da"


def test_start_dialog_opens_the_chosen_recent_file(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StartDialog(["/venue/dag1.tingsted", "/venue/old.tingsted"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recent.count() == 2 and dialog.open_recent_button.isDefault()
    dialog.recent.setCurrentRow(1)
    qtbot.mouseClick(dialog.open_recent_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == ("recent", "/venue/old.tingsted")
    assert not dialog.isVisible()


def test_start_dialog_without_recent_files_offers_the_demo(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StartDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recent.isHidden() and dialog.demo_button.isDefault()
    # Enter does what looks primary: the demo, styled so; no hidden "Open" is the default
    assert dialog.demo_button.objectName() == "primaryButton" and not dialog.open_recent_button.isVisible()
    assert not dialog.open_recent_button.isDefault()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == ("demo", "")
    other = StartDialog([])
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert other.choice is None


def test_database_for_recent_and_demo(demo_db: Database, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    assert demo_db.path is not None
    reopened = database_for(("recent", str(demo_db.path)), settings)
    demo = database_for(("demo", ""), settings)
    try:
        assert reopened is not None and reopened.path == demo_db.path
        assert demo is not None and demo.path == settings.demo_path
    finally:
        for db in (reopened, demo):
            if db is not None:
                db.dispose()


def test_open_window_makes_a_backup_at_once_and_then_on_a_timer(
    qtbot,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(launcher, "FIRST_BACKUP_DELAY_MS", 0)
    settings = Settings(data_dir=tmp_path / "data", backup_interval_min=7)
    window = launcher.open_window(demo_db, settings)
    qtbot.addWidget(window)
    assert demo_db.path is not None
    qtbot.waitUntil(lambda: len(list_backups(demo_db.path, settings)) == 1)  # type: ignore[arg-type]
    timer = window.backup_timer  # type: ignore[attr-defined]
    assert isinstance(timer, BackupTimer)
    assert timer.timer.isActive() and timer.timer.interval() == 7 * 60_000
    timer.timer.timeout.emit()  # as when the interval has passed
    assert len(list_backups(demo_db.path, settings)) == 2  # type: ignore[arg-type]
    window.close()


def _run_gui(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "TINGSTED_DATA_DIR": str(data_dir),
            "XDG_CONFIG_HOME": str(data_dir / "config"),
            "TINGSTED_EXIT_AFTER_SHOWN": "1",
            "TINGSTED_LANG": "en",
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "tingsted", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_init_demo_then_open_it_in_the_gui_without_heavy_imports(tmp_path: Path) -> None:
    target = tmp_path / "x.db"
    init = subprocess.run(
        [sys.executable, "-m", "tingsted", "init", str(target), "--demo"], cwd=ROOT, capture_output=True, text=True
    )
    assert init.returncode == 0, init.stderr
    out = _run_gui(["--db", str(target)], tmp_path / "data")
    assert out.returncode == 0, out.stderr
    report = json.loads(next(line for line in out.stdout.splitlines() if line.startswith("{")))
    assert report["title"] == "Borgertinget i Sundby – Tingsted"
    # start-up stays light: the data libraries load only when an area needs them
    assert report["heavy_modules"] == []


def test_database_for_new_and_open_asks_for_a_file(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from app.services.assembly import current_assembly

    settings = Settings(data_dir=tmp_path / "data")
    target = tmp_path / "havnen.tingsted"
    monkeypatch.setattr(launcher.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(launcher.QInputDialog, "getText", lambda *a, **k: ("Borgertinget om havnen", True))
    created = database_for(("new", ""), settings)
    assert created is not None
    try:
        assert current_assembly(created).name == "Borgertinget om havnen"
    finally:
        created.dispose()
    monkeypatch.setattr(launcher.QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    opened = database_for(("open", ""), settings)
    assert opened is not None
    try:
        assert current_assembly(opened).name == "Borgertinget om havnen"
    finally:
        opened.dispose()
    # cancelling the file dialog opens nothing
    monkeypatch.setattr(launcher.QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert database_for(("open", ""), settings) is None


def test_a_file_that_is_not_an_assembly_is_explained_in_danish_and_the_start_dialog_returns(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    danish: None,
) -> None:
    notes = tmp_path / "noter.txt"
    notes.write_text("Husk kaffe til dag 2", encoding="utf-8")
    choices = iter([("open", ""), None])

    def exec_(dialog: StartDialog) -> int:
        dialog.choice = next(choices)
        return 0

    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(StartDialog, "exec", exec_)
    monkeypatch.setattr(launcher.QFileDialog, "getOpenFileName", lambda *a, **k: (str(notes), ""))
    monkeypatch.setattr(launcher.QMessageBox, "warning", lambda _parent, title, text: warnings.append((title, text)))
    assert launcher._choose_database(Settings(data_dir=tmp_path / "data")) is None
    assert warnings == [("Tingsted", f"{notes}: er ikke en Tingsted-fil (filen er slet ikke en database)")]


def test_db_on_the_command_line_says_what_is_wrong_in_the_users_language(tmp_path: Path) -> None:
    notes = tmp_path / "noter.txt"
    notes.write_text("Husk kaffe til dag 2", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TINGSTED_LANG="da", TINGSTED_DATA_DIR=str(tmp_path / "d"))
    out = subprocess.run(
        [sys.executable, "-m", "tingsted", "--db", str(notes)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1
    assert out.stderr.strip() == f"tingsted: {notes}: er ikke en Tingsted-fil (filen er slet ikke en database)"
