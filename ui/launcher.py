"""Starting the GUI: the QApplication, the database to open, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.db import Database, DatabaseError, create_database, open_database
from app.services.assembly import create_assembly, current_assembly
from app.services.errors import NotFound
from app.settings import Settings
from ui.context import AppContext
from ui.main_window import MainWindow, recent_files, remember_recent
from ui.theme import RESOURCES, stylesheet


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Tingsted")
    app.setApplicationName("Tingsted")
    font = app.font()
    font.setPointSizeF(10.5)  # UI.md: content at 10–11 pt
    app.setFont(font)
    app.setStyleSheet(stylesheet("facilitator"))
    install_translations(app)
    return app


def install_translations(app: QApplication, language: str | None = None) -> None:
    """Load ``resources/translations/tingsted_<lang>.qm`` for the system language."""
    name = language or QLocale().name().split("_")[0]
    translator = QTranslator(app)
    if translator.load(str(RESOURCES / "translations" / f"tingsted_{name}.qm")):
        app.installTranslator(translator)


def open_window(db: Database) -> MainWindow:
    try:
        info = current_assembly(db)
    except NotFound:
        info = create_assembly(db, "New citizens' assembly")
    ctx = AppContext(db, info.id)
    return MainWindow(ctx)


def _choose_database(settings: Settings) -> Database | None:
    """Plain ``tingsted``: the most recent assembly, or ask: new / open / demo."""
    for path in recent_files():
        if Path(path).exists():
            try:
                return open_database(path)
            except DatabaseError:
                continue
    box = QMessageBox()
    box.setWindowTitle("Tingsted")
    box.setText(QApplication.translate("Launcher", "Welcome to Tingsted. What would you like to open?"))
    new = box.addButton(QApplication.translate("Launcher", "New assembly…"), QMessageBox.ButtonRole.AcceptRole)
    open_ = box.addButton(QApplication.translate("Launcher", "Open…"), QMessageBox.ButtonRole.AcceptRole)
    demo = box.addButton(QApplication.translate("Launcher", "The demo assembly"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is new:
        path, _ = QFileDialog.getSaveFileName(None, "Tingsted", str(settings.data_dir / "assembly.tingsted"))
        return create_database(path, overwrite=True) if path else None
    if clicked is open_:
        path, _ = QFileDialog.getOpenFileName(None, "Tingsted", str(settings.data_dir))
        return open_database(path) if path else None
    if clicked is demo:
        return _demo(settings)
    return None


def _demo(settings: Settings) -> Database:
    from app.demo import build_demo

    return build_demo(settings.demo_path, overwrite=True)


def run(demo: bool = False, db: str | None = None) -> int:
    settings = Settings()
    app = make_application()
    try:
        if demo:
            database = _demo(settings)
        elif db:
            database = open_database(db)
        else:
            chosen = _choose_database(settings)
            if chosen is None:
                return 0
            database = chosen
    except DatabaseError as exc:
        print(f"tingsted: {exc}", file=sys.stderr)
        return 1
    if database.path is not None and not demo:
        remember_recent(str(database.path))
    window = open_window(database)

    def reopen(path: str, create: bool = False) -> None:
        nonlocal window
        try:
            new_db = create_database(path, overwrite=True) if create else open_database(path)
        except DatabaseError as exc:
            QMessageBox.warning(window, "Tingsted", str(exc))
            return
        remember_recent(path)
        old = window
        window = open_window(new_db)
        window.open_requested.connect(reopen)
        window.new_requested.connect(lambda p: reopen(p, create=True))
        window.show()
        old.close()

    window.open_requested.connect(reopen)
    window.new_requested.connect(lambda p: reopen(p, create=True))
    window.show()
    return app.exec()
