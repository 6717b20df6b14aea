"""Qt item models for the Program page: adapters over the services' lists, no session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.experts import ExpertInfo
from app.services.program import DayProgram, Entry, format_duration
from app.services.questions import QuestionInfo
from ui.list_model import ListTableModel
from ui.theme import ACCENT, DONE, WARNING, icon

AGENDA_MIME = "application/x-tingsted-agenda-item"
Index = QModelIndex | QPersistentModelIndex


def kind_words() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "plenary": QCoreApplication.translate("Program", "Plenary"),
        "presentation": QCoreApplication.translate("Program", "Presentation"),
        "table_dialogue": QCoreApplication.translate("Program", "Table dialogue"),
        "vote": QCoreApplication.translate("Program", "Vote"),
        "break": QCoreApplication.translate("Program", "Break"),
    }


KIND_ICONS = {
    "plenary": "mdi6.account-voice",
    "presentation": "mdi6.presentation",
    "table_dialogue": "mdi6.table-chair",
    "vote": "mdi6.vote-outline",
    "break": "mdi6.coffee-outline",
}


class AgendaModel(QAbstractTableModel):
    """A day's agenda; rows can be dragged to a new place (``move_requested``)."""

    move_requested = Signal(int, int)  # item id, new position

    COLUMNS = ("Time", "Title", "Duration", "Responsible", "Room", "Status")
    TITLE, STATUS = 1, 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.program: DayProgram | None = None
        self.items: list[Entry] = []
        self.now_id: int | None = None
        self._kinds = kind_words()

    def load(self, program: DayProgram | None, now_id: int | None = None) -> None:
        self.beginResetModel()
        self.program = program
        self.items = list(program.items) if program else []
        self.now_id = now_id
        self.endResetModel()

    def set_now(self, now_id: int | None) -> None:
        if now_id != self.now_id:
            self.now_id = now_id
            if self.items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(self.COLUMNS) - 1))

    def entry(self, row: int) -> Entry | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, item_id: int) -> int:
        return next((r for r, e in enumerate(self.items) if e.id == item_id), -1)

    # -- the model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                (
                    self.tr("Time"),
                    self.tr("Title"),
                    self.tr("Duration"),
                    self.tr("Responsible"),
                    self.tr("Room"),
                    self.tr("Status"),
                )[section]
                if 0 <= section < len(self.COLUMNS)
                else None
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        e = self.items[index.row()]
        col = index.column()
        is_now = e.id == self.now_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{e.start:%H:%M}–{e.end:%H:%M}"
            if col == 1:
                return e.title
            if col == 2:
                return format_duration(e.duration_min)
            if col == 3:
                return e.responsible
            if col == 4:
                return e.room
            if col == 5:
                words = []
                if is_now:
                    words.append(self.tr("Now"))
                if e.overrun:
                    words.append(self.tr("After the day's end"))
                return " · ".join(words)
        elif role == Qt.ItemDataRole.DecorationRole:
            if col == 1:
                return icon(KIND_ICONS.get(e.kind, "mdi6.circle-small"))
            if col == 5 and e.overrun:
                return icon("mdi6.alert-outline", WARNING)
            if col == 5 and is_now:
                return icon("mdi6.play-circle-outline", ACCENT)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if col == 5 and e.overrun:
                return QBrush(QColor(WARNING))
        elif role == Qt.ItemDataRole.FontRole:
            if is_now:
                font = QFont()
                font.setBold(True)
                return font
        elif role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{self._kinds.get(e.kind, e.kind)}: {e.title}"]
            if e.presentations:
                parts += e.presentations
            if e.notes:
                parts.append(e.notes)
            if e.overrun:
                parts.append(self.tr("Ends after the day's end"))
            return "\n".join(parts)
        elif role == Qt.ItemDataRole.UserRole:
            return e.id
        return None

    # -- drag and drop ----------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [AGENDA_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(AGENDA_MIME, str(self.items[rows[0]].id).encode())
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        return data.hasFormat(AGENDA_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            item_id = int(bytes(data.data(AGENDA_MIME).data()).decode())
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source < 0:
            return False
        target = parent.row() if parent.isValid() else row
        if target < 0:
            target = len(self.items)
        position = target - 1 if source < target else target
        position = max(0, min(position, len(self.items) - 1))
        if position != source:
            self.move_requested.emit(item_id, position)
        return False  # the page reloads from the service; the view removes nothing


class ExpertsModel(ListTableModel):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Organisation"),
            self.tr("Perspective"),
            self.tr("Presentations"),
        )

    def cell(self, e: ExpertInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (e.name, e.role, e.organisation, e.perspective, str(e.presentations))[column]
        return None


class QuestionsModel(ListTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QCoreApplication

        self._status = {
            "submitted": QCoreApplication.translate("Program", "Submitted"),
            "selected": QCoreApplication.translate("Program", "Selected"),
            "answered": QCoreApplication.translate("Program", "Answered"),
            "discarded": QCoreApplication.translate("Program", "Discarded"),
        }

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Question"),
            self.tr("Table"),
            self.tr("Expert"),
            self.tr("Group"),
            self.tr("Status"),
            self.tr("On screen"),
        )

    def cell(self, q: QuestionInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 5:
                return self.tr("Shown") if q.on_projector else ""
            return (q.text, q.table_label, q.expert_name, q.group_key, self._status.get(q.status, q.status))[column]
        if role == Qt.ItemDataRole.DecorationRole:
            if column == 5 and q.on_projector:
                return icon("mdi6.projector-screen-outline", ACCENT)
            if column == 4 and q.status == "answered":
                return icon("mdi6.check", DONE)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return q.text
        return None
