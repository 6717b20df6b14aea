"""Starting the GUI: the QApplication, its language, the database to open, the main window.

- ``tingsted --demo`` opens a fresh copy of the demo (copied from a cached template, so it
  starts quickly), ``tingsted --db FILE`` opens a file, plain ``tingsted`` shows the start
  dialog: recent assemblies, new, open, demo.
- The UI language is the one chosen in the window's Language menu (remembered in the
  settings as ``language``), else the system locale's; ``TINGSTED_LANG=da|en|sv|nb|fi``
  overrides both. Dates and numbers follow the same locale (``QLocale()``), and Qt's own
  strings (standard buttons, file dialogs) come from PySide6's ``qtbase_<lang>.qm``.
- While a database is open, a consistent backup copy is made at once and then every
  ``Settings().backup_interval_min`` minutes (``app.backup``).
- ``TINGSTED_EXIT_AFTER_SHOWN=1`` prints one JSON line once the main window is shown and
  quits (the start-up benchmark uses it).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database, DatabaseError, create_database, open_database
from app.services.assembly import create_assembly, current_assembly, default_name
from app.services.errors import NotFound
from app.settings import Settings
from ui import crash
from ui.context import AppContext
from ui.errors import error_text, language, set_language
from ui.main_window import MainWindow, recent_files, remember_recent
from ui.theme import RESOURCES, icon, stylesheet

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("da", "en", "sv", "nb", "fi")
LANGUAGE_SETTING = "language"  # QSettings key: the facilitator's choice ("" = the system's)
FIRST_BACKUP_DELAY_MS = 2000
# locale names, not QLocale.Language/Country: touching those big enums costs ~0.1 s at start-up
LOCALES = {"da": "da_DK", "en": "en_US", "sv": "sv_SE", "nb": "nb_NO", "fi": "fi_FI"}
# Qt ships no Bokmål qtbase catalogue; Nynorsk is the nearest that it has (Avbryt, Lagre, Opne)
QT_FALLBACK = {"nb": "nn"}


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


def ui_language(language: str | None = None) -> str:
    """``language``, else ``TINGSTED_LANG``, else the one chosen in the Language menu, else the
    system's language; English if unknown."""
    name = language or os.environ.get("TINGSTED_LANG") or chosen_language() or QLocale.system().name()
    name = name.split("_")[0].lower()
    return name if name in LANGUAGES else "en"


def chosen_language() -> str:
    """The language chosen in the window's Language menu; "" for the system's."""
    value = QSettings().value(LANGUAGE_SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def choose_language(lang: str) -> None:
    """Remember the facilitator's choice ("" = follow the system) for the next start too."""
    QSettings().setValue(LANGUAGE_SETTING, lang if lang in LANGUAGES else "")


def install_translations(app: QApplication, language: str | None = None) -> str:
    """Load Tingsted's (and Qt's own) translations for the UI language; returns it.

    Calling it again switches language: the translators installed before are removed.
    Widgets made afterwards show the new language.
    """
    for old in app.findChildren(QTranslator, "tingstedTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    lang = ui_language(language)
    set_language(app, lang)  # so errors from app/ are shown in it too (ui.errors)
    explicit = language is not None or "TINGSTED_LANG" in os.environ or bool(chosen_language())
    if explicit:
        QLocale.setDefault(QLocale(LOCALES[lang]))
    elif QLocale.system().name().split("_")[0].lower() not in LANGUAGES:
        QLocale.setDefault(QLocale(LOCALES["en"]))
    else:
        QLocale.setDefault(QLocale.system())
    if lang == "en":  # the source language: its catalogue has only the plural forms (1 member, 2 members)
        translator = QTranslator(app)
        translator.setObjectName("tingstedTranslator")
        if translator.load(str(TRANSLATIONS / "tingsted_en.qm")):
            app.installTranslator(translator)
        return lang
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_lang = lang if (qt_folder / f"qtbase_{lang}.qm").exists() else QT_FALLBACK.get(lang, lang)
    candidates = [
        (TRANSLATIONS, f"tingsted_{lang}.qm"),
        (qt_folder, f"qtbase_{qt_lang}.qm"),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        translator.setObjectName("tingstedTranslator")
        if translator.load(str(folder / name)):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
    return lang


# ---------------------------------------------------------------- automatic backups


class BackupTimer(QObject):
    """Makes a backup copy of the open database now and every few minutes."""

    def __init__(self, ctx: AppContext, settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings or Settings()
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, self.settings.backup_interval_min) * 60_000)
        self.timer.timeout.connect(self.backup_now)
        self.timer.start()
        # the first copy shortly after the window is up, so it never delays the start
        QTimer.singleShot(FIRST_BACKUP_DELAY_MS, self.backup_now)

    def backup_now(self) -> Path | None:
        from app.backup import make_backup

        try:
            info = make_backup(self.ctx.db, self.settings)
        except DatabaseError as exc:
            self.last_error = error_text(exc)
            self.ctx.status(
                QApplication.translate("Launcher", "The automatic backup failed: {0}").format(self.last_error)
            )
            return None
        self.last_error = ""
        return info.path if info is not None else None


def switch_language(window: MainWindow, lang: str, settings: Settings | None = None) -> MainWindow:
    """The facilitator chose ``lang`` ("" = the system's) in the Language menu: remember it,
    install its translations and put a new window in the old one's place, on the same
    assembly and the same page (the widgets take their texts when they are made)."""
    choose_language(lang)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_translations(app)
    row = window.nav.currentRow()
    new = open_window(window.ctx.db, settings, backups=hasattr(window, "backup_timer"))
    new.setGeometry(window.geometry())
    new.go_to_row(row)
    new.show()
    window.close()
    return new


def open_window(db: Database, settings: Settings | None = None, *, backups: bool = True) -> MainWindow:
    try:
        info = current_assembly(db)
    except NotFound:
        info = create_assembly(db, default_name(language()), language=language())
    ctx = AppContext(db, info.id)
    window = MainWindow(ctx)
    if backups:
        window.backup_timer = BackupTimer(ctx, settings, window)  # type: ignore[attr-defined]
    return window


# ------------------------------------------------------------------ the start dialog


class StartDialog(QDialog):
    """Plain ``tingsted``: a recent assembly, a new one, another file, or the demo.

    After ``exec()``, ``choice`` is ``("recent", path)``, ``("new", "")``, ``("open", "")``,
    ``("demo", "")`` or ``None`` (cancelled).
    """

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: tuple[str, str] | None = None
        self.setWindowTitle("Tingsted")
        self.setMinimumWidth(760)  # four buttons and Cancel, their words whole in Danish
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        heading = QLabel(QApplication.translate("Launcher", "Welcome to Tingsted"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.recent_label = QLabel(
            QApplication.translate("Launcher", "Open a recent assembly:")
            if recent
            else QApplication.translate("Launcher", "No recent assemblies yet.")
        )
        layout.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        for path in recent:
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent.setVisible(bool(recent))
        if recent:
            self.recent.setCurrentRow(0)
        self.recent.itemActivated.connect(lambda _item: self._choose("recent"))
        layout.addWidget(self.recent, 1)

        buttons = QDialogButtonBox()
        self.open_recent_button = QPushButton(QApplication.translate("Launcher", "Open"))
        self.open_recent_button.setObjectName("primaryButton")
        self.open_recent_button.setVisible(bool(recent))
        self.new_button = QPushButton(QApplication.translate("Launcher", "New assembly…"))
        self.open_button = QPushButton(QApplication.translate("Launcher", "Open a file…"))
        self.demo_button = QPushButton(QApplication.translate("Launcher", "The demo assembly"))
        self.demo_button.setToolTip(
            QApplication.translate("Launcher", "A fresh copy of a complete example assembly to try everything out")
        )
        for button in (self.open_recent_button, self.new_button, self.open_button, self.demo_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setIcon(icon("mdi6.close"))  # the house's icon set, not the platform style's
        for button, name in (
            (self.new_button, "mdi6.file-plus-outline"),
            (self.open_button, "mdi6.folder-open-outline"),
            (self.demo_button, "mdi6.play-outline"),
        ):
            button.setIcon(icon(name))
        buttons.rejected.connect(self.reject)
        self.open_recent_button.clicked.connect(lambda: self._choose("recent"))
        self.new_button.clicked.connect(lambda: self._choose("new"))
        self.open_button.clicked.connect(lambda: self._choose("open"))
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        layout.addWidget(buttons)
        self.open_recent_button.setVisible(bool(recent))  # after addButton, which shows it again
        default = self.open_recent_button if recent else self.demo_button
        for button in (self.open_recent_button, self.new_button, self.open_button, self.demo_button):
            button.setAutoDefault(False)  # Enter always means the default, whichever has focus
        default.setDefault(True)
        # what Enter does is the button that looks primary: Open with a recent assembly, else the demo
        default.setObjectName("primaryButton")
        default.style().unpolish(default)
        default.style().polish(default)

    def _choose(self, kind: str) -> None:
        if kind == "recent":
            item = self.recent.currentItem()
            if item is None:
                return
            self.choice = ("recent", str(item.data(Qt.ItemDataRole.UserRole)))
        else:
            self.choice = (kind, "")
        self.accept()


def database_for(choice: tuple[str, str], settings: Settings, parent: QWidget | None = None) -> Database | None:
    """Open or create the database the start dialog's ``choice`` asks for."""
    kind, path = choice
    if kind == "recent":
        return open_database(path)
    if kind == "demo":
        return _demo(settings)
    if kind == "open":
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QApplication.translate("Launcher", "Open an assembly"),
            str(settings.data_dir),
            QApplication.translate("Launcher", "Tingsted assemblies (*.tingsted *.db)"),
        )
        return open_database(path) if path else None
    if kind == "new":
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QApplication.translate("Launcher", "New assembly"),
            str(settings.data_dir / "assembly.tingsted"),
            QApplication.translate("Launcher", "Tingsted assemblies (*.tingsted *.db)"),
        )
        if not path:
            return None
        name, ok = QInputDialog.getText(
            parent,
            QApplication.translate("Launcher", "New assembly"),
            QApplication.translate("Launcher", "The assembly's name:"),
            text=Path(path).stem,
        )
        if not ok:
            return None
        db = create_database(path, overwrite=True)
        create_assembly(db, name.strip() or Path(path).stem, language=language())  # the UI's language
        return db
    raise ValueError(f"unknown start choice {kind!r}")


def _choose_database(settings: Settings) -> Database | None:
    recent = [p for p in recent_files() if Path(p).exists()]
    while True:
        dialog = StartDialog(recent)
        dialog.exec()
        if dialog.choice is None:
            return None
        try:
            database = database_for(dialog.choice, settings, dialog)
        except DatabaseError as exc:
            QMessageBox.warning(dialog, "Tingsted", error_text(exc))
            continue
        if database is not None:
            return database


def _demo(settings: Settings) -> Database:
    from app.demo import fresh_demo

    return fresh_demo(settings.demo_path, settings.data_dir / "cache")


# ----------------------------------------------------------------------------- run


def _report_shown_and_quit(app: QApplication, window: MainWindow) -> None:
    heavy = sorted(m for m in ("pandas", "matplotlib", "reportlab", "openpyxl", "numpy") if m in sys.modules)
    report = {"shown_at": time.time(), "heavy_modules": heavy, "title": window.windowTitle()}
    print(json.dumps(report, ensure_ascii=False), flush=True)
    app.quit()


def run(demo: bool = False, db: str | None = None) -> int:
    settings = Settings()
    try:
        # a wrong file is reported before any window (or display) is needed
        if demo:
            database = _demo(settings)
        elif db:
            database = open_database(db)
        app = make_application()
        if not (demo or db):
            chosen = _choose_database(settings)
            if chosen is None:
                return 0
            database = chosen
    except DatabaseError as exc:
        # before the application exists: in the language it is going to have
        print("tingsted: " + exc.localised(ui_language()), file=sys.stderr)
        return 1
    if database.path is not None and not demo:
        remember_recent(str(database.path))
    crash.install(settings)
    window = open_window(database, settings)

    def reopen(path: str, create: bool = False) -> None:
        nonlocal window
        try:
            new_db = create_database(path, overwrite=True) if create else open_database(path)
        except DatabaseError as exc:
            QMessageBox.warning(window, "Tingsted", error_text(exc))
            return
        remember_recent(path)
        old = window
        window = open_window(new_db, settings)
        connect(window)
        window.show()
        old.close()
        old.ctx.db.dispose()

    def relanguage(lang: str) -> None:
        nonlocal window
        window = switch_language(window, lang, settings)
        connect(window)

    def connect(w: MainWindow) -> None:
        w.open_requested.connect(reopen)
        w.new_requested.connect(lambda p: reopen(p, create=True))
        w.language_requested.connect(relanguage)

    connect(window)
    window.show()
    if os.environ.get("TINGSTED_EXIT_AFTER_SHOWN"):
        QTimer.singleShot(0, lambda: _report_shown_and_quit(app, window))
    return app.exec()
