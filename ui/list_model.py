"""One table model over a list of a service's rows, so each page writes only its cells.

The services return lists of frozen dataclasses; a page shows them in a ``QTableView``.
``ListTableModel`` holds the list (never a session), answers the row and column counts and
the header, and asks the subclass for each cell through ``cell(item, column, role)``.
``UserRole`` answers the row's ``id`` unless the subclass says otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """Subclasses give ``headers()`` (translated, one per column) and ``cell()``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    # -- what a subclass writes -----------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, item: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- the list -------------------------------------------------------------------

    def load(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def row_of(self, item_id: int) -> int:
        return next((r for r, e in enumerate(self.items) if getattr(e, "id", None) == item_id), -1)

    # -- the model ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        texts = self.headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(texts)
        ):
            return texts[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            answer = self.cell(item, index.column(), role)
            return answer if answer is not None else getattr(item, "id", None)
        return self.cell(item, index.column(), role)
