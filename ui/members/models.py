"""Qt item models over the members service: they hold plain values, never a session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from app.services.checkin import fold
from app.services.members import CategoryInfo, MemberInfo
from ui.list_model import ListTableModel
from ui.theme import MUTED

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def status_word(status: str) -> str:
    words = {
        "active": QCoreApplication.translate("Members", "Active"),
        "withdrawn": QCoreApplication.translate("Members", "Withdrawn"),
        "replaced": QCoreApplication.translate("Members", "Replaced"),
    }
    return words.get(status, status)


class MembersTableModel(ListTableModel):
    """Members as rows: number, names, one column per category, status, days present."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories: list[CategoryInfo] = []

    def set_members(self, members: list[MemberInfo], categories: list[CategoryInfo]) -> None:
        self._categories = list(categories)
        self.load(members)

    def member(self, row: int) -> MemberInfo:
        member: MemberInfo = self.items[row]
        return member

    @property
    def categories(self) -> list[CategoryInfo]:
        return self._categories

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Members", "No."),
            QCoreApplication.translate("Members", "First name"),
            QCoreApplication.translate("Members", "Last name"),
            *[c.name for c in self._categories],
            QCoreApplication.translate("Members", "Status"),
            QCoreApplication.translate("Members", "Days present"),
        )

    def cell(self, m: MemberInfo, col: int, role: int) -> Any:
        ncat = len(self._categories)
        if role == MEMBER_ID_ROLE:
            return m.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            sort = role == SORT_ROLE
            if col == 0:
                return m.number if sort else str(m.number)
            if col == 1:
                if m.forgotten:
                    return QCoreApplication.translate("Members", "(forgotten)")
                return fold(m.first_name) if sort else m.first_name
            if col == 2:
                return fold(m.last_name) if sort else m.last_name
            if 3 <= col < 3 + ncat:
                cat = self._categories[col - 3]
                if sort:
                    vid = m.values.get(cat.id)
                    return next((i for i, v in enumerate(cat.values) if v.id == vid), 999)
                return m.value_names.get(cat.id, "")
            if col == 3 + ncat:
                return m.status if sort else status_word(m.status)
            if col == 4 + ncat:
                return m.days_present if sort else str(m.days_present)
        if role == Qt.ItemDataRole.FontRole and (m.forgotten or m.status != "active"):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and m.status != "active":
            from PySide6.QtGui import QColor

            return QColor(MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 4 + ncat):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and m.status != "active":
            when = m.withdrawn_on.isoformat() if m.withdrawn_on else ""
            return f"{status_word(m.status)} {when} {m.withdrawn_reason}".strip()
        return None


class MembersFilterProxy(QSortFilterProxyModel):
    """Search as you type (name words or number prefix), status and category filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._status: str | None = None
        self._value: tuple[int, int] | None = None  # (category id, value id)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def _refilter(self, change: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover
            change()
            self.invalidateFilter()

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_search", fold(text).strip()))

    def set_status(self, status: str | None) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def set_value(self, value: tuple[int, int] | None) -> None:
        self._refilter(lambda: setattr(self, "_value", value))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MembersTableModel)
        m = model.member(source_row)
        if self._status is not None and m.status != self._status:
            return False
        if self._value is not None and m.values.get(self._value[0]) != self._value[1]:
            return False
        if self._search:
            if self._search.isdigit():
                return str(m.number).startswith(self._search)
            words = fold(m.name).split()
            parts = self._search.split()
            return all(any(w.startswith(p) for w in words) for p in parts)
        return True
