"""Qt item models for the Voting page: adapters over the voting service, no session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services import voting
from ui.projector.ballot import short_label
from ui.theme import ACCENT, DONE, MUTED, WARNING, icon

Index = QModelIndex | QPersistentModelIndex

STATE_ICONS = {
    "draft": ("mdi6.pencil-outline", MUTED),
    "open": ("mdi6.ballot-outline", ACCENT),
    "closed": ("mdi6.lock-outline", WARNING),
    "published": ("mdi6.check-decagram-outline", DONE),
}


def state_words() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("Voting", "Draft"),
        "open": QCoreApplication.translate("Voting", "Open"),
        "closed": QCoreApplication.translate("Voting", "Closed"),
        "published": QCoreApplication.translate("Voting", "Published"),
    }


def method_words() -> dict[str, str]:
    return {
        "yes_no_abstain": QCoreApplication.translate("Voting", "Yes / no / abstain"),
        "support_scale": QCoreApplication.translate("Voting", "Support scale"),
        "approval": QCoreApplication.translate("Voting", "Approval"),
        "dots": QCoreApplication.translate("Voting", "Dot voting"),
        "ranking": QCoreApplication.translate("Voting", "Ranking"),
    }


def base_words() -> dict[str, str]:
    return {
        "valid": QCoreApplication.translate("Voting", "Valid votes cast"),
        "cast": QCoreApplication.translate("Voting", "All votes cast (incl. blank and spoilt)"),
        "present": QCoreApplication.translate("Voting", "Members present"),
        "members": QCoreApplication.translate("Voting", "All members"),
    }


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.1f} %"


class BallotsModel(QAbstractTableModel):
    """The assembly's ballots: title, method, state (word and icon), items, votes cast."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ballots: list[voting.BallotInfo] = []
        self.cast: dict[int, int] = {}
        self._states = state_words()
        self._methods = method_words()
        self._headers = [
            QCoreApplication.translate("Voting", "Ballot"),
            QCoreApplication.translate("Voting", "Method"),
            QCoreApplication.translate("Voting", "State"),
            QCoreApplication.translate("Voting", "Items"),
            QCoreApplication.translate("Voting", "Votes"),
        ]

    def load(self, ballots: list[voting.BallotInfo], cast: dict[int, int]) -> None:
        self.beginResetModel()
        self.ballots = list(ballots)
        self.cast = dict(cast)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ballots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ballots):
            return None
        b = self.ballots[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return b.title
            if col == 1:
                return self._methods.get(b.method, b.method)
            if col == 2:
                return self._states.get(b.state, b.state)
            if col == 3:
                return str(len(b.items))
            if col == 4:
                return str(self.cast.get(b.id, 0))
        if role == Qt.ItemDataRole.DecorationRole and col == 2:
            name, colour = STATE_ICONS.get(b.state, ("mdi6.help", MUTED))
            return icon(name, colour)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and b.secret:
            return QCoreApplication.translate("Voting", "Secret ballot")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return b.id
        return None

    def row_of(self, ballot_id: int) -> int:
        for n, b in enumerate(self.ballots):
            if b.id == ballot_id:
                return n
        return -1


class ResultModel(QAbstractTableModel):
    """One ballot's result per item: counts per option, valid/blank/spoilt, share, verdict."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.result: voting.BallotResult | None = None
        self.columns: list[tuple[str, str]] = []  # (kind, key)

    def load(self, result: voting.BallotResult | None) -> None:
        self.beginResetModel()
        self.result = result
        cols: list[tuple[str, str]] = [("code", ""), ("label", "")]
        if result is not None:  # the verdict first, the details after
            if any(i.support_share is not None for i in result.items):
                cols += [("share", ""), ("adopted", "")]
            if any(i.rank is not None for i in result.items):
                cols.append(("rank", ""))
            if any("borda" in i.scores for i in result.items):
                cols.append(("borda", ""))
            cols += [("count", o.key) for o in result.options]
            cols += [("valid", ""), ("blank", ""), ("spoilt", "")]
        self.columns = cols
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.result is None else len(self.result.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        kind, key = self.columns[section]
        if kind == "count" and self.result is not None:
            label = next((o.label for o in self.result.options if o.key == key), key)
            return label
        names = {
            "code": QCoreApplication.translate("Voting", "No."),
            "label": QCoreApplication.translate("Voting", "Recommendation"),
            "valid": QCoreApplication.translate("Voting", "Valid"),
            "blank": QCoreApplication.translate("Voting", "Blank"),
            "spoilt": QCoreApplication.translate("Voting", "Spoilt"),
            "share": QCoreApplication.translate("Voting", "Support"),
            "adopted": QCoreApplication.translate("Voting", "Verdict"),
            "rank": QCoreApplication.translate("Voting", "Rank"),
            "borda": QCoreApplication.translate("Voting", "Borda"),
        }
        return names.get(kind, kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.result is None or not index.isValid() or not 0 <= index.row() < len(self.result.items):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        item = self.result.items[index.row()]
        kind, key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "code":
                return item.code
            if kind == "label":
                return short_label(item.code, item.label)
            if kind == "count":
                return str(item.counts.get(key, 0))
            if kind in ("valid", "blank", "spoilt"):
                return str(getattr(item, kind))
            if kind == "share":
                return percent(item.support_share)
            if kind == "adopted":
                if item.adopted is None:
                    return ""
                return (
                    QCoreApplication.translate("Voting", "Adopted")
                    if item.adopted
                    else QCoreApplication.translate("Voting", "Not adopted")
                )
            if kind == "rank":
                return "" if item.rank is None else str(item.rank)
            if kind == "borda":
                return f"{item.scores.get('borda', 0):g}"
        if role == Qt.ItemDataRole.DecorationRole and kind == "adopted" and item.adopted is not None:
            return (
                icon("mdi6.check-circle-outline", DONE)
                if item.adopted
                else icon("mdi6.close-circle-outline", MUTED)
            )
        if role == Qt.ItemDataRole.ForegroundRole and kind == "adopted" and item.adopted:
            return QColor(DONE)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind not in ("code", "label", "adopted"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
