"""The facilitator's window: navigation rail, page header, the area pages."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.db import DatabaseError, backup_copy
from app.services.assembly import get_assembly
from ui.areas import Area, areas
from ui.context import AppContext
from ui.errors import error_text
from ui.page import Page
from ui.projector.control import ProjectorPanel
from ui.projector.window import ProjectorController
from ui.theme import icon

MAX_RECENT = 8
# below this available size the window opens maximised the first time
SMALL_SCREEN = QSize(1600, 960)


def recent_files() -> list[str]:
    value = QSettings().value("recentFiles", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def remember_recent(path: str) -> None:
    files = [p for p in recent_files() if p != path]
    QSettings().setValue("recentFiles", [path, *files][:MAX_RECENT])


# the languages of the window, each named in itself (the Language menu)
LANGUAGE_NAMES = {"da": "Dansk", "en": "English", "sv": "Svenska", "nb": "Norsk bokmål", "fi": "Suomi"}


class MainWindow(QMainWindow):
    """One window; each area is a page, created the first time it is shown."""

    open_requested = Signal(str)  # a database path chosen in File ▸ Open / Recent
    new_requested = Signal(str)
    language_requested = Signal(str)  # a language chosen in the Language menu ("" = the system's)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("Tingsted")
        self.setMinimumSize(QSize(1024, 640))
        self.areas: list[Area] = areas()
        self.pages: dict[str, Page] = {}
        self.projector = ProjectorController(ctx, self)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        self.nav = QListWidget()
        self.nav.setObjectName("navigationRail")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setFixedWidth(216)
        for number, area in enumerate(self.areas, start=1):
            item = QListWidgetItem(icon(area.icon), area.title)
            item.setToolTip(f"{area.title} (Ctrl+{number})\n{area.purpose}")
            item.setSizeHint(QSize(200, 44))
            self.nav.addItem(item)
        row.addWidget(self.nav)

        right = QWidget()
        right.setObjectName("pageContainer")
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        header = QWidget()
        header.setObjectName("pageHeader")
        hrow = QHBoxLayout(header)
        hrow.setContentsMargins(24, 16, 24, 16)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.page_title = QLabel()
        self.page_title.setObjectName("pageTitle")
        self.assembly_name = QLabel()
        self.assembly_name.setObjectName("assemblyName")
        titles.addWidget(self.page_title)
        titles.addWidget(self.assembly_name)
        hrow.addLayout(titles)
        hrow.addStretch(1)
        self.primary_button = QPushButton()
        self.primary_button.setObjectName("primaryButton")
        self.primary_button.hide()
        hrow.addWidget(self.primary_button)
        col.addWidget(header)
        self.stack = QStackedWidget()
        col.addWidget(self.stack, 1)
        row.addWidget(right, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        ctx.changed.connect(self._changes_arrived)
        self.nav.currentRowChanged.connect(self._show_row)
        # a click in the rail hands the keyboard to the page; arrow keys stay in the rail
        self.nav.itemClicked.connect(lambda _item: self.current_page().focus_main_field())
        self._primary_action: QAction | None = None
        self.primary_button.clicked.connect(self._trigger_primary)
        self._refresh_header()
        self.nav.setCurrentRow(0)
        self._restore_geometry()

    # -- menus ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New assembly…"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self._new)
        open_ = QAction(self.tr("&Open…"), self)
        open_.setShortcut(QKeySequence.StandardKey.Open)
        open_.triggered.connect(self._open)
        file_menu.addAction(new)
        file_menu.addAction(open_)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        settings = QAction(
            icon("mdi6.cog-outline"), self.tr("Assembly &settings…"), self, shortcut=QKeySequence("Ctrl+,")
        )
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        self.addAction(settings)
        backup = QAction(self.tr("Save a &backup copy…"), self)
        backup.triggered.connect(self._backup)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_ = QAction(self.tr("&Quit"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        file_menu.addAction(quit_)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, area in enumerate(self.areas, start=1):
            action = QAction(icon(area.icon), area.title, self, shortcut=QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self.go_to_row(row))
            go_menu.addAction(action)
            self.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&Projector"))
        self.projector_action = QAction(
            icon("mdi6.projector-screen-outline"), self.tr("Show &projector"), self, shortcut=QKeySequence("F5")
        )
        self.projector_action.setCheckable(True)
        self.projector_action.setToolTip(self.tr("Show or hide the projector window (F5)"))
        self.projector_action.triggered.connect(self.projector.toggle)
        self.projector.visibility_changed.connect(self.projector_action.setChecked)
        view_menu.addAction(self.projector_action)
        self.addAction(self.projector_action)
        self.projector_panel = ProjectorPanel.install(self, self.ctx, self.projector, view_menu)
        self._build_language_menu()

    def _build_language_menu(self) -> None:
        """Each language in its own name, so anyone can find theirs; the choice is remembered."""
        menu = self.menuBar().addMenu(self.tr("&Language"))
        self.language_menu = menu
        chosen = QSettings().value("language", "")
        group = QActionGroup(self)
        for code, name in (("", self.tr("System language")), *LANGUAGE_NAMES.items()):
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == (chosen if isinstance(chosen, str) else ""))
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            menu.addAction(action)

    def open_settings(self) -> QWidget:
        """File ▸ Assembly settings… (Ctrl+,), from any page."""
        return self.page("overview").open_settings()  # type: ignore[attr-defined]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        if not files:
            empty = self.recent_menu.addAction(self.tr("(no recent assemblies)"))
            empty.setEnabled(False)
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))

    def _new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New assembly"), "", self.tr("Tingsted assemblies (*.tingsted *.db)")
        )
        if path:
            self.new_requested.emit(path)

    def _open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an assembly"), "", self.tr("Tingsted assemblies (*.tingsted *.db);;All files (*)")
        )
        if path:
            self.open_requested.emit(path)

    def _backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a backup copy"), "", self.tr("Tingsted assemblies (*.tingsted *.db)")
        )
        if not path:
            return
        try:
            backup_copy(self.ctx.db, Path(path))
        except DatabaseError as exc:
            QMessageBox.warning(self, self.tr("Backup copy"), error_text(exc))
            return
        self.ctx.status(self.tr("Backup copy saved to {0}").format(path))

    # -- pages ------------------------------------------------------------------------

    def page(self, key: str) -> Page:
        """The page of an area, created on first use (keeps start-up fast)."""
        if key not in self.pages:
            area = next(a for a in self.areas if a.key == key)
            module = importlib.import_module(f"ui.{area.key}.page")
            page: Page = getattr(module, area.page_class)(self.ctx)
            page.title = area.title
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def go_to_row(self, row: int) -> None:
        """Switch area from the keyboard (Ctrl+1…8) or the Go menu: the page gets the
        keyboard, so its own shortcuts (Alt+C, Ctrl+E …) work straight away."""
        self.nav.setCurrentRow(row)
        self.current_page().focus_main_field()

    def show_area(self, key: str) -> Page:
        row = next(i for i, a in enumerate(self.areas) if a.key == key)
        self.nav.setCurrentRow(row)
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self.areas[row].key)
        self.stack.setCurrentWidget(page)
        self.page_title.setText(page.title)
        action = page.primary_action()
        self._primary_action = action
        if action is not None:
            self.primary_button.setText(action.text())
            tip = action.toolTip()
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.primary_button.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            self.primary_button.show()
        else:
            self.primary_button.hide()
        page.on_shown()

    def _trigger_primary(self) -> None:
        if self._primary_action is not None:
            self._primary_action.trigger()

    def _changes_arrived(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes & Changes.ASSEMBLY:  # not on every vote
            self._refresh_header()

    def _refresh_header(self) -> None:
        info = get_assembly(self.ctx.db, self.ctx.assembly_id)
        self.assembly_name.setText(info.name)
        self.setWindowTitle(f"{info.name} – Tingsted")

    # -- geometry ---------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        """The size the user left the window at, fitted to the screen it opens on; the
        first time: maximised on a small screen (a 1366×768 venue laptop), else a
        comfortable window in the middle of the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        geometry = QSettings().value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            if not (self.windowState() & Qt.WindowState.WindowMaximized):
                width, height = min(self.width(), area.width()), min(self.height(), area.height())
                self.resize(width, height)
                x = max(area.left(), min(self.x(), area.right() - width + 1))
                y = max(area.top(), min(self.y(), area.bottom() - height + 1))
                self.move(x, y)
            return
        if area.width() < SMALL_SCREEN.width() or area.height() < SMALL_SCREEN.height():
            self.setGeometry(area)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            width, height = min(1440, area.width() - 80), min(900, area.height() - 80)
            x, y = area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2
            self.setGeometry(x, y, width, height)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        self.projector.close()
        for page in self.pages.values():
            page.close()
        super().closeEvent(event)
