"""The projector control panel: a compact bar along the bottom of the facilitator's window.

It switches the projector between the generic views (buttons and F6–F11), picks the
theme, runs the countdown, sends a free message, and shows a live thumbnail of what the
projector shows. Views shown by other areas (find your table, a ballot) are reflected
through ``ProjectorController.view_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.projector import generic
from ui.projector.window import ProjectorController
from ui.theme import icon

THUMB_WIDTH = 96
THUMB_HEIGHT = 54


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class ProjectorPanel(QDockWidget):
    """The panel. ``install(main_window, menu)`` adds it, its shortcuts and menu entries.

    It is one compact bar along the bottom of the window (about 56 px high), so every page
    keeps its full width at 1366×768 whatever the panel does; it shows with the projector
    and goes when the projector goes (Shift+F5 shows or hides it on its own).
    """

    def __init__(self, ctx: AppContext, controller: ProjectorController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Projector"), parent)
        self.setObjectName("projectorPanel")
        self.ctx = ctx
        self.controller = controller
        self.state = controller.state
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.setTitleBarWidget(QWidget())  # no title row: the bar says what it is

        body = QWidget()
        body.setObjectName("projectorBar")
        row = QHBoxLayout(body)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(4)

        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("projectorThumbnail")
        self.thumbnail.setFixedSize(THUMB_WIDTH, THUMB_HEIGHT)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        self.thumbnail.setStyleSheet(
            "QLabel#projectorThumbnail { background: #22272b; color: #d5dadd; border-radius: 3px; font-size: 8pt; }"
        )
        row.addWidget(self.thumbnail)
        self.power = QPushButton(icon("mdi6.projector-screen-outline"), self.tr("Show projector"))
        self.power.setCheckable(True)
        self.power.setToolTip(self.tr("Show or hide the projector window (F5)"))
        self.power.clicked.connect(self._power_clicked)
        captions = QVBoxLayout()
        captions.setSpacing(0)
        captions.addWidget(self.power)
        self.showing = QLabel()
        self.showing.setObjectName("figureCaption")
        captions.addWidget(self.showing)
        row.addLayout(captions)
        # where the projector is (second screen or a window here): the thumbnail's and the
        # power button's tooltip, and the status line when it opens
        self.where = QLabel()
        row.addWidget(_separator())

        # the generic views: one checkable button each, F6–F11
        self.view_actions: dict[str, QAction] = {}
        self.view_buttons: dict[str, QToolButton] = {}
        self.group = QActionGroup(self)
        self.group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        views = QGridLayout()
        views.setSpacing(4)
        for n, view in enumerate(generic.generic_views()):
            action = QAction(icon(view.icon), view.title, self)
            action.setCheckable(True)
            action.setIconText(f"{view.title} {view.shortcut}")  # the button's text; menus use text()
            action.setShortcut(QKeySequence(view.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(self.tr("Show “{0}” on the projector ({1})").format(view.title, view.shortcut))
            action.triggered.connect(lambda _=False, key=view.key: self.show_view(key))
            self.group.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            views.addWidget(button, n // 3, n % 3)
            self.view_actions[view.key] = action
            self.view_buttons[view.key] = button
        row.addLayout(views)
        row.addWidget(_separator())

        # countdown: the time left, its length, set, start/pause, a minute less or more
        self.remaining = QLabel()
        self.remaining.setObjectName("figure")
        self.remaining.setToolTip(self.tr("Countdown"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(int(self.state.countdown.duration_s // 60))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setMaximumWidth(96)
        self.minutes.setToolTip(self.tr("Length of the countdown; Set starts it over"))
        self.set_button = QPushButton(self.tr("Set"))
        self.set_button.setToolTip(self.tr("Set the countdown to this many minutes (paused)"))
        self.set_button.clicked.connect(self._set_countdown)
        self.start_button = QPushButton(icon("mdi6.play"), self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start or pause the countdown"))
        self.start_button.clicked.connect(self.state.countdown.toggle)
        self.minus = QPushButton(self.tr("−1"))
        self.minus.setToolTip(self.tr("One minute less"))
        self.minus.clicked.connect(lambda: self.state.countdown.adjust(-60))
        self.plus = QPushButton(self.tr("+1"))
        self.plus.setToolTip(self.tr("One minute more"))
        self.plus.clicked.connect(lambda: self.state.countdown.adjust(60))
        self.sound = QToolButton()
        self.sound.setCheckable(True)
        self.sound.setIcon(icon("mdi6.bell-outline"))
        self.sound.setToolTip(self.tr("Sound at zero"))
        self.sound.toggled.connect(lambda on: setattr(self.state.countdown, "sound", on))
        countdown = QGridLayout()
        countdown.setSpacing(4)
        countdown.addWidget(self.remaining, 0, 0, 2, 1)
        countdown.addWidget(self.minutes, 0, 1)
        countdown.addWidget(self.set_button, 0, 2)
        countdown.addWidget(self.sound, 0, 3)
        countdown.addWidget(self.start_button, 1, 1)
        countdown.addWidget(self.minus, 1, 2)
        countdown.addWidget(self.plus, 1, 3)
        row.addLayout(countdown, 0)
        row.addWidget(_separator())

        # message, theme
        self.message = QLineEdit()
        self.message.setPlaceholderText(self.tr("e.g. Lunch – we continue at 13:00"))
        self.message.setToolTip(self.tr("Message"))
        self.message.setMinimumWidth(160)
        self.message.returnPressed.connect(self._show_message)
        self.message_button = QPushButton(self.tr("Show"))
        self.message_button.setToolTip(self.tr("Show this message on the projector (Enter)"))
        self.message_button.clicked.connect(self._show_message)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.setToolTip(self.tr("Dark for a dim hall, light for a bright one"))
        self.theme.currentIndexChanged.connect(lambda _i: self.controller.set_theme(self.theme.currentData()))
        tail = QGridLayout()
        tail.setSpacing(4)
        tail.addWidget(self.message, 0, 0)
        tail.addWidget(self.message_button, 0, 1)
        tail.addWidget(self.theme, 1, 1)
        row.addLayout(tail, 1)
        body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setWidget(body)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh_thumbnail)
        controller.view_changed.connect(self._view_changed)
        controller.visibility_changed.connect(self._visibility_changed)
        controller.screens_changed.connect(self._show_where)
        self.state.countdown.changed.connect(self._countdown_changed)
        self.state.countdown.ticked.connect(self._countdown_changed)
        self._countdown_changed()
        self._view_changed(controller.current_key)
        self._visibility_changed(controller.is_open)

    # -- installing into the main window ---------------------------------------------

    @classmethod
    def install(
        cls, main_window: QMainWindow, ctx: AppContext, controller: ProjectorController, menu: QMenu | None = None
    ) -> ProjectorPanel:
        panel = cls(ctx, controller, main_window)
        main_window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
        panel.hide()  # shown with the projector, or from the menu (Shift+F5)
        toggle = panel.toggleViewAction()
        toggle.setText(QCoreApplication.translate("ProjectorPanel", "Projector control &panel"))
        toggle.setShortcut(QKeySequence("Shift+F5"))
        toggle.setToolTip(
            QCoreApplication.translate("ProjectorPanel", "Show or hide the projector control panel (Shift+F5)")
        )
        main_window.addAction(toggle)
        if menu is not None:
            menu.addAction(toggle)
            menu.addSeparator()
        for action in panel.view_actions.values():
            main_window.addAction(action)  # F6–F11 work even while the dock is hidden
            if menu is not None:
                menu.addAction(action)
        return panel

    # -- actions ----------------------------------------------------------------------

    def show_view(self, key: str) -> None:
        generic.show(self.ctx, key)

    def _power_clicked(self, on: bool) -> None:
        if on:
            self.controller.open()
        else:
            self.controller.close()
            self._visibility_changed(False)

    def _set_countdown(self) -> None:
        self.state.countdown.reset(self.minutes.value() * 60)

    def _show_message(self) -> None:
        self.state.set_message(self.message.text())
        self.show_view("message")

    # -- reflecting the projector -----------------------------------------------------

    def _view_changed(self, key: str) -> None:
        action = self.view_actions.get(key)
        if action is not None:
            action.setChecked(True)
        else:
            checked = self.group.checkedAction()
            if checked is not None:
                checked.setChecked(False)
        if key:
            self.showing.setText(self.tr("Showing: {0}").format(generic.view_title(key)))
        else:
            self.showing.setText("")
        QTimer.singleShot(0, self.refresh_thumbnail)

    def _visibility_changed(self, visible: bool) -> None:
        self.power.setChecked(visible)
        self.power.setText(self.tr("Hide projector") if visible else self.tr("Show projector"))
        if visible:
            self.show()
            self.timer.start()
        else:
            self.timer.stop()
            self.hide()  # the panel goes when the projector goes (Shift+F5 brings it back)
        self.refresh_thumbnail(visible)
        self._show_where()

    def _show_where(self) -> None:
        screen = self.controller.projector_screen()
        if screen is not None:
            size = screen.geometry().size()
            self.where.setText(
                self.tr("Second screen found: {0} ({1}×{2}), full screen").format(
                    screen.name() or self.tr("projector"), size.width(), size.height()
                )
            )
        else:
            self.where.setText(self.tr("No second screen: the projector opens as a window here; F5 hides it again"))
        for widget in (self.thumbnail, self.power):
            widget.setToolTip(f"{self.tr('Show or hide the projector window (F5)')}\n{self.where.text()}")

    def _countdown_changed(self) -> None:
        c = self.state.countdown
        self.remaining.setText(c.text())
        self.start_button.setText(self.tr("Pause") if c.running else self.tr("Start"))
        self.start_button.setIcon(icon("mdi6.pause" if c.running else "mdi6.play"))

    def refresh_thumbnail(self, visible: bool | None = None) -> None:
        if self.controller.is_open if visible is None else visible:
            picture = self.controller.thumbnail(THUMB_WIDTH)
            if picture.height() > self.thumbnail.height():
                picture = picture.scaledToHeight(self.thumbnail.height(), Qt.TransformationMode.SmoothTransformation)
            self.thumbnail.setPixmap(picture)
        else:
            self.thumbnail.clear()
            self.thumbnail.setText(self.tr("Projector off"))
