"""The base of every area page in the main window."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from ui.context import AppContext
from ui.theme import ROW_HEIGHT


class Page(QWidget):
    """An area page. Subclasses set ``title``, build their content, and refresh in
    ``on_changes`` when a change they care about is broadcast."""

    title = "Page"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.changed.connect(self._changes_arrived)

    def primary_action(self) -> QAction | None:
        """The action shown as the page header's button (e.g. "Import members…")."""
        return None

    def on_changes(self, changes: Changes) -> None:
        """Refresh what this page shows if ``changes`` concerns it."""

    def on_shown(self) -> None:
        """Called each time the page becomes the current one."""

    def main_field(self) -> QWidget | None:
        """The widget that gets the keyboard when the facilitator switches to this page
        (Ctrl+1…8, a click in the navigation); None: the first field of the page."""
        return None

    def focus_main_field(self) -> None:
        """Put the keyboard on the page, so its shortcuts work at once (they are bound to
        the page and its children) and typing goes to its main field."""
        widget = self.main_field()
        if widget is None or not widget.isVisible() or not widget.isEnabled():
            widget = first_field(self)
        (widget or self).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _changes_arrived(self, changes: object, _result: object = None) -> None:
        assert isinstance(changes, Changes)
        self.on_changes(changes)


def first_field(root: QWidget) -> QWidget | None:
    """The first visible, enabled widget under ``root`` that takes the keyboard by Tab."""
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if (
            root.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A white card with a title (the style sheet's ``card``/``cardTitle``); add content
    to the returned layout."""
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    layout.addWidget(heading)
    return frame, layout


def error_label() -> QLabel:
    """A hidden, wrapping line for a refusal in a form or dialog (the style sheet's red
    ``error``); set its text and show it when something is refused."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


def table_view(model: QAbstractItemModel, *, multi: bool = False) -> QTableView:
    """A list of rows as the pages show them: whole rows selected (one, or several with
    ``multi``), no row numbers, the last column stretched, one line per row."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if multi else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def scrolling_grid(widget: QWidget) -> QGridLayout:
    """Fill ``widget`` with a frameless scroll area and return the grid for its cards
    (24 px margins, 16 px between cards)."""
    scroll = QScrollArea(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    body = QWidget()
    body.setObjectName("pageContainer")
    scroll.setWidget(body)
    grid = QGridLayout(body)
    grid.setContentsMargins(24, 24, 24, 24)
    grid.setSpacing(16)
    return grid


class EmptyState(QWidget):
    """What a page with no data shows: what the page is for, and the first action."""

    def __init__(self, text: str, action: QAction | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        label = QLabel(text)
        label.setObjectName("emptyStateText")
        label.setWordWrap(True)
        label.setMaximumWidth(560)
        layout.addWidget(label)
        if action is not None:
            button = QPushButton(action.text())
            button.setObjectName("primaryButton")
            button.clicked.connect(action.trigger)
            layout.addWidget(button)
        layout.addStretch(2)
        self.setContentsMargins(48, 24, 48, 24)

