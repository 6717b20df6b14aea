"""The projector: a second top-level window that only shows.

``ProjectorController`` owns the window and decides which view it shows. Views are
created on demand by the area that wants them (``show_view(key, factory)``) and cached;
each view keeps itself current from ``AppContext.changed``. The window opens full
screen on a second screen when there is one (any screen other than the main window's)
and follows screens being plugged in or out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPainter, QPixmap, QScreen
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.projector.base import ProjectorView
from ui.projector.state import ProjectorState
from ui.theme import stylesheet

ViewFactory = Callable[[], ProjectorView]


class ProjectorWindow(QWidget):
    closed = Signal()

    def __init__(self) -> None:
        # The projector never takes the keyboard: F5–F11 and the page's shortcuts keep
        # working in the facilitator's window while it opens, changes screen or is clicked.
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("Tingsted – projector"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.views: dict[str, ProjectorView] = {}

        # where the keyboard goes back to if a window manager (or a click) activates the
        # projector anyway
        self.keyboard_home: QWidget | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.keyboard_home is not None:
            home = self.keyboard_home
            QTimer.singleShot(0, lambda: home.activateWindow() if home.isVisible() else None)
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        super().closeEvent(event)
        self.closed.emit()


class ProjectorController(QObject):
    """What the facilitator's window uses to drive the projector."""

    view_changed = Signal(str)
    visibility_changed = Signal(bool)
    screens_changed = Signal()

    def __init__(self, ctx: AppContext, main_window: QWidget | None = None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.main_window = main_window
        self.window: ProjectorWindow | None = None
        self.theme = "dark"
        self.current_key = ""
        self._factories: dict[str, ViewFactory] = {}
        # what the generic views show: the live day, the message, the countdown
        self.state = ProjectorState(parent=self)
        self._leaving: QScreen | None = None
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screen_removed)
        ctx.projector = self

    # -- opening, closing, screens --------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def open(self) -> None:
        if self.window is None:
            self.window = ProjectorWindow()
            self.window.keyboard_home = self.main_window
            self.window.closed.connect(lambda: self.visibility_changed.emit(False))
            self._apply_theme()
            if not self.current_key:
                from ui.projector.welcome import WelcomeView

                self.show_view("welcome", lambda: WelcomeView(self.ctx))
            else:
                self._ensure_current()
        self._place()
        self.visibility_changed.emit(True)
        if self.projector_screen() is None:
            self.ctx.status(
                self.tr(
                    "No second screen: the projector is a window in the corner of this screen; "
                    "F5 hides it, Shift+F5 shows its controls"
                )
            )

    def _keep_keyboard(self) -> None:
        """Give the keyboard back to the facilitator's window (some window managers
        activate a new window whatever it asks for)."""
        main = self.main_window
        if main is not None and main.isVisible() and not main.isActiveWindow():
            main.activateWindow()

    def close(self) -> None:
        if self.window is not None:
            self.window.keyboard_home = None
            self.window.close()
            self.window.deleteLater()
            self.window = None
            if self.main_window is not None and self.main_window.isVisible():
                self.main_window.activateWindow()

    def toggle(self) -> None:
        if self.is_open:
            self.close()
        else:
            self.open()

    def projector_screen(self) -> QScreen | None:
        """The screen the projector should use: one that is not the main window's."""
        screens = [s for s in QGuiApplication.screens() if s is not self._leaving]
        if len(screens) < 2:
            return None
        main_screen = self.main_window.screen() if self.main_window is not None else QGuiApplication.primaryScreen()
        if main_screen not in screens:
            main_screen = QGuiApplication.primaryScreen() if QGuiApplication.primaryScreen() in screens else screens[0]
        for screen in screens:
            if screen is not main_screen:
                return screen
        return None

    def _place(self) -> None:
        window = self.window
        if window is None:
            return
        screen = self.projector_screen()
        if screen is not None:
            window.setScreen(screen)
            window.setGeometry(screen.geometry())
            # not showFullScreen(): it activates the window, and the keyboard must stay with
            # the facilitator's window
            window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
            window.show()
        else:
            if window.isFullScreen():
                window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
            # back on the facilitator's screen, as a small window in the bottom right corner
            # that leaves the facilitator's window usable (it can be dragged to a mirrored
            # projector and made bigger there)
            home = self.main_window.screen() if self.main_window is not None else QGuiApplication.primaryScreen()
            if home is not None and home is not self._leaving:
                window.setScreen(home)
                area = home.availableGeometry()
                width = min(1280, max(320, area.width() // 3))
                height = width * 9 // 16
                window.setGeometry(area.right() - width - 16, area.bottom() - height - 48, width, height)
            else:
                window.resize(1280, 720)
            window.show()
        self._keep_keyboard()

    def _screens_changed(self, _screen: QScreen) -> None:
        """A screen was plugged in: move the projector to it (full screen)."""
        if self.is_open:
            self._place()
        self.screens_changed.emit()

    def _screen_removed(self, screen: QScreen) -> None:
        """A screen was unplugged: Qt may still list it while this signal runs, so it is
        left out explicitly; the window comes back to the facilitator's screen."""
        self._leaving = screen
        try:
            if self.is_open:
                self._place()
            self.screens_changed.emit()
        finally:
            self._leaving = None

    # -- views ------------------------------------------------------------------------

    def show_view(self, key: str, factory: ViewFactory | None = None) -> None:
        """Show the view ``key`` (made by ``factory`` the first time)."""
        if factory is not None:
            self._factories[key] = factory
        if key not in self._factories:
            raise KeyError(f"no projector view {key!r}")
        self.current_key = key
        self._ensure_current()
        self.view_changed.emit(key)

    def view(self, key: str) -> ProjectorView | None:
        return self.window.views.get(key) if self.window is not None else None

    def _ensure_current(self) -> None:
        window = self.window
        if window is None or not self.current_key:
            return
        view = window.views.get(self.current_key)
        if view is None:
            view = self._factories[self.current_key]()
            window.views[self.current_key] = view
            window.stack.addWidget(view)
        window.stack.setCurrentWidget(view)
        view.apply_scale()

    def set_theme(self, theme: str) -> None:
        if theme not in ("dark", "light"):
            raise ValueError(theme)
        self.theme = theme
        self._apply_theme()

    def _apply_theme(self) -> None:
        if self.window is not None:
            self.window.setStyleSheet(stylesheet(f"projector_{self.theme}"))

    def thumbnail(self, width: int = 320) -> QPixmap:
        """A small picture of what the projector shows (for the facilitator)."""
        if self.window is None:
            return QPixmap()
        # Paint the projector straight into the small picture through a scaled painter:
        # the same picture as grab() + scaling, at a fifth of the cost (the panel asks every
        # second, on the same thread that paints the votes).
        source = self.window
        height = max(1, round(width * source.height() / max(1, source.width())))
        picture = QPixmap(width, height)
        picture.fill(Qt.GlobalColor.black)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(width / max(1, source.width()), height / max(1, source.height()))
        source.render(painter, QPoint(0, 0))
        painter.end()
        return picture
