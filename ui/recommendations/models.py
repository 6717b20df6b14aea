"""Qt item models of the Recommendations page: adapters over service results, no session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.services.recommendations import RecommendationSummary
from ui.list_model import ListTableModel
from ui.theme import DONE, MUTED, TEXT, icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_ICONS = {
    "draft": ("mdi6.pencil-outline", TEXT),
    "final": ("mdi6.check-decagram", DONE),
    "merged": ("mdi6.call-merge", MUTED),
    "withdrawn": ("mdi6.close-circle-outline", MUTED),
}


def status_words(_obj: QObject | None, status: str, merged_into_code: str = "", open_amendments: int = 0) -> str:
    """The status in words (never colour alone)."""
    if status == "draft":
        text = QCoreApplication.translate("RecommendationStatus", "Draft")
        if open_amendments:
            text += " · " + QCoreApplication.translate(
                "RecommendationStatus", "%n open amendment(s)", "", open_amendments
            )
        return text
    if status == "final":
        return QCoreApplication.translate("RecommendationStatus", "Final")
    if status == "merged":
        return (
            QCoreApplication.translate("RecommendationStatus", "Merged into {0}").format(merged_into_code)
            if merged_into_code
            else QCoreApplication.translate("RecommendationStatus", "Merged")
        )
    if status == "withdrawn":
        return QCoreApplication.translate("RecommendationStatus", "Withdrawn")
    return status


class RecommendationListModel(ListTableModel):
    CODE, TITLE, THEME, STATUS, VERSIONS = range(5)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Title"), self.tr("Theme"), self.tr("Status"), self.tr("Versions"))

    def cell(self, r: RecommendationSummary, col: int, role: int) -> Any:
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.code,
                r.title,
                r.theme,
                status_words(self, r.status, r.merged_into_code),
                str(r.versions),
            )[col]
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            name, colour = STATUS_ICONS.get(r.status, STATUS_ICONS["draft"])
            return icon(name, colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.VERSIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{r.code} – {r.title}", status_words(self, r.status, r.merged_into_code, r.open_amendments)]
            if r.origin_table_label:
                parts.append(self.tr("From {0}").format(r.origin_table_label))
            parts.append(self.tr("%n initiative(s)", "", r.initiatives))
            return "\n".join(parts)
        return None
