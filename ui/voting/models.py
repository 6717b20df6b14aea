"""Qt item models for the Voting page: adapters over the voting service, no session."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.services import voting
from ui.list_model import ListTableModel
from ui.projector.ballot import short_label
from ui.theme import ACCENT, DONE, MUTED, WARNING, icon

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


class BallotsModel(ListTableModel):
    """The assembly's ballots: title, method, state (word and icon), items, votes cast."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cast: dict[int, int] = {}
        self._states = state_words()
        self._methods = method_words()
        self._headers = (
            QCoreApplication.translate("Voting", "Ballot"),
            QCoreApplication.translate("Voting", "Method"),
            QCoreApplication.translate("Voting", "State"),
            QCoreApplication.translate("Voting", "Items"),
            QCoreApplication.translate("Voting", "Votes"),
        )

    @property
    def ballots(self) -> list[voting.BallotInfo]:
        return self.items

    def load(self, ballots: Sequence[voting.BallotInfo], cast: dict[int, int] | None = None) -> None:
        self.cast = dict(cast or {})
        super().load(ballots)

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def cell(self, b: voting.BallotInfo, col: int, role: int) -> Any:
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
        return None


class ResultModel(ListTableModel):
    """One ballot's result per item: counts per option, valid/blank/spoilt, share, verdict."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.result: voting.BallotResult | None = None
        self.columns: list[tuple[str, str]] = []  # (kind, key)

    def load(self, result: voting.BallotResult | None) -> None:  # type: ignore[override]
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
        super().load(result.items if result is not None else [])

    def headers(self) -> tuple[str, ...]:
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
        options = {o.key: o.label for o in self.result.options} if self.result is not None else {}
        return tuple(options.get(key, key) if kind == "count" else names.get(kind, kind) for kind, key in self.columns)

    def cell(self, item: voting.ItemResult, column: int, role: int) -> Any:
        if not 0 <= column < len(self.columns):
            return None
        kind, key = self.columns[column]
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
