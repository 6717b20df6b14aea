"""The board: one card per table for the chosen round, members as coloured chips.

``BoardModel`` adapts the tables service (it holds a ``Board`` value, never a session);
every move goes through ``BoardModel.move`` – the drop handler and the keyboard action
both call it – which commits through ``ctx.apply`` and then reloads, so the quality
figures and the rule warnings on screen are those of what is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.algorithms.seating import SeatingQuality
from app.services import tables as ts
from app.services.errors import ServiceError
from ui.context import AppContext
from ui.errors import error_text
from ui.theme import OKABE_ITO

MIME = "application/x-tingsted-member"
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1


def table_label(table: ts.TableInfo) -> str:
    """"Table 3", or "Table 3 · Birken" for a named table, in the UI language: the number
    is what the number keys, the place cards and the projector go by."""
    if table.name:
        return QCoreApplication.translate("TableCard", "Table {0} · {1}").format(table.number, table.name)
    return QCoreApplication.translate("TableCard", "Table {0}").format(table.number)


def text_colour(background: str) -> str:
    c = QColor(background)
    luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return "#000000" if luminance > 140 else "#ffffff"


@dataclass(frozen=True)
class BoardEdit:
    """One edit by hand on the board and the seat it changed, as it was before
    (what the page's undo puts back)."""

    kind: str  # "move" or "pin"
    round_id: int
    member_id: int
    member_name: str
    table_before: int | None  # None: the member had no seat in that round
    pinned_before: bool
    done: str  # what was done, in words ("Anna Jensen moved to Birken")


class BoardModel(QObject):
    """The state of the board: the stored seating, the chosen round and colour category."""

    changed = Signal()
    edited = Signal(object)  # BoardEdit, after a move or a fix/free has been stored

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: ts.Board = ts.board(ctx.db, ctx.assembly_id)
        self.round_id: int | None = None
        self.colour_category: str | None = None
        self.quality: SeatingQuality | None = None
        self.round_warnings: list[str] = []
        self.reload()

    def reload(self) -> None:
        self.board = ts.board(self.ctx.db, self.ctx.assembly_id)
        ids = [r.id for r in self.board.rounds]
        if self.round_id not in ids:
            current = ts.current_round(self.board)
            self.round_id = current.id if current else None
        names = [c.name for c in self.board.categories]
        if self.colour_category not in names:
            self.colour_category = names[0] if names else None
        self.quality = ts.quality(self.board) if self.board.rounds and self.board.tables else None
        self.round_warnings = ts.warnings(self.board, self.round_id) if self.round_id is not None else []
        self.changed.emit()

    def set_round(self, round_id: int) -> None:
        if round_id != self.round_id:
            self.round_id = round_id
            self.round_warnings = ts.warnings(self.board, round_id)
            self.changed.emit()

    def set_colour_category(self, name: str) -> None:
        self.colour_category = name
        self.changed.emit()

    def table_of(self, member_id: int) -> int | None:
        if self.round_id is None:
            return None
        return self.board.seating.get(self.round_id, {}).get(member_id)

    def move(self, member_id: int, table_id: int) -> bool:
        """Move a member to a table in the current round (what a drop does)."""
        if self.round_id is None or self.table_of(member_id) == table_id:
            return False
        round_id = self.round_id
        member = self.board.member(member_id)
        table = self.board.table(table_id)
        before, pinned = self.table_of(member_id), self.is_fixed(member_id)
        done = self.tr("{0} moved to {1}").format(member.display_name, table_label(table))
        try:
            self.ctx.apply(lambda: ts.move_member(self.ctx.db, round_id, member_id, table_id), done)
        except ServiceError as exc:
            self.ctx.status(self.tr("Not moved: {0}").format(error_text(exc)))
            self.reload()
            return False
        self.reload()
        self.edited.emit(BoardEdit("move", round_id, member_id, member.display_name, before, pinned, done))
        return True

    def is_fixed(self, member_id: int) -> bool:
        return self.round_id is not None and (self.round_id, member_id) in self.board.pinned

    def toggle_fixed(self, member_id: int) -> None:
        """Fix a member's seat in this round (planning keeps it), or free it again."""
        if self.round_id is None or self.table_of(member_id) is None:
            return
        round_id = self.round_id
        fixed = not self.is_fixed(member_id)
        name = self.board.member(member_id).display_name
        before = self.table_of(member_id)
        done = self.tr("{0}: seat fixed").format(name) if fixed else self.tr("{0}: seat free again").format(name)
        try:
            self.ctx.apply(lambda: ts.set_pinned(self.ctx.db, round_id, member_id, fixed), done)
        except ServiceError as exc:
            self.ctx.status(self.tr("Not changed: {0}").format(error_text(exc)))
            self.reload()
            return
        self.reload()
        self.edited.emit(BoardEdit("pin", round_id, member_id, name, before, not fixed, done))

    def move_to_number(self, member_id: int, number: int) -> bool:
        table = next((t for t in self.board.tables if t.number == number), None)
        return table is not None and self.move(member_id, table.id)

    # -- chips ------------------------------------------------------------------------

    def legend(self) -> list[tuple[str, str, str]]:
        """(value, letter, colour) of the colour category's values."""
        cat = next((c for c in self.board.categories if c.name == self.colour_category), None)
        if cat is None:
            return []
        return [(v, self.letter(v, cat.values), OKABE_ITO[i % len(OKABE_ITO)]) for i, v in enumerate(cat.values)]

    @staticmethod
    def letter(value: str, values: tuple[str, ...]) -> str:
        """A short tag that tells the values apart without colour: the value itself when
        all are short ("16-24"), else the shortest distinct first letters ("K", "M")."""
        if all(len(v) <= 6 for v in values):
            return value
        for length in (1, 2, 3):
            tags = [v[:length].upper() for v in values]
            if len(set(tags)) == len(tags):
                return value[:length].upper()
        return str(values.index(value) + 1)

    def chip(self, member: ts.MemberCard) -> tuple[str, str]:
        """(text, colour) of a member's chip."""
        for value, letter, colour in self.legend():
            if member.values.get(self.colour_category or "") == value:
                return f"{letter} · {member.display_name}", colour
        return f"– · {member.display_name}", "#d5dadd"


class ChipList(QListWidget):
    """The chips of one table; members are dragged out and dropped in, or moved with
    the number keys (press 3 to move the selected member to table 3)."""

    def __init__(self, model: BoardModel, table_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = model
        self.table_id = table_id
        self.setObjectName("chipList")
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setSpacing(2)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if items:
            data.setData(MIME, str(items[0].data(MEMBER_ROLE)).encode())
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        member_id = int(bytes(event.mimeData().data(MIME).data()).decode())
        # the board is rebuilt from the stored seating; Qt must not move the item itself
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.board.move(member_id, self.table_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        item = self.currentItem()
        if item is not None and text.isdigit() and text != "0":
            self.board.move_to_number(int(item.data(MEMBER_ROLE)), int(text))
            return
        if item is not None and event.key() == Qt.Key.Key_F:
            self.board.toggle_fixed(int(item.data(MEMBER_ROLE)))
            return
        super().keyPressEvent(event)


class TableCard(QFrame):
    """One table in the chosen round: its number, host, size and members."""

    def __init__(self, model: BoardModel, table: ts.TableInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.model = model
        self.table = table
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        # "Table 3 · a long name · 9 members" wraps rather than widens the card
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.host = QLabel()
        self.host.setObjectName("figureCaption")
        self.chips = ChipList(model, table.id)
        layout.addWidget(self.title)
        layout.addWidget(self.host)
        layout.addWidget(self.chips, 1)
        self.setMinimumWidth(220)

    def select(self, member_id: int) -> None:
        """Select a member's chip (and give the list the focus, so keys act on it)."""
        for i in range(self.chips.count()):
            if self.chips.item(i).data(MEMBER_ROLE) == member_id:
                self.chips.setCurrentRow(i)
                self.chips.setFocus()
                return

    def refresh(self) -> None:
        m = self.model
        members = m.board.members_at(m.round_id, self.table.id) if m.round_id is not None else []
        self.title.setText(self.tr("{0} · {1} members").format(table_label(self.table), len(members)))
        self.host.setText(
            self.tr("Host: {0}").format(self.table.host_name) if self.table.host_name else self.tr("No host yet")
        )
        selected = self.chips.currentItem().data(MEMBER_ROLE) if self.chips.currentItem() else None
        self.chips.clear()
        for member in members:
            text, colour = m.chip(member)
            item = QListWidgetItem(text)
            item.setData(MEMBER_ROLE, member.id)
            item.setBackground(QBrush(QColor(colour)))
            item.setForeground(QBrush(QColor(text_colour(colour))))
            pinned = m.is_fixed(member.id)
            if pinned:
                item.setText(text + self.tr("  (fixed)"))
            tip = ", ".join(f"{k}: {v}" for k, v in member.values.items())
            item.setToolTip(
                f"#{member.number} {member.display_name}\n{tip}" + (self.tr("\nFixed seat") if pinned else "")
            )
            item.setSizeHint(QSize(180, 28))
            self.chips.addItem(item)
            if member.id == selected:
                self.chips.setCurrentItem(item)
        self.chips.setMinimumHeight(max(1, len(members)) * 33 + 12)
