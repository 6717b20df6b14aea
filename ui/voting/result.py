"""The Result tab: the tally per item, the sealed checksum and a check of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import voting
from ui.errors import message_text
from ui.page import table_view
from ui.theme import icon
from ui.voting.models import ResultModel, base_words

if TYPE_CHECKING:
    from ui.voting.page import VotingPage


class ResultPanel(QWidget):
    def __init__(self, page: VotingPage) -> None:
        super().__init__(page)
        self.page = page
        self.ballot_id: int | None = None
        outer = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.model = ResultModel(self)
        self.table = table_view(self.model)
        self.table.setObjectName("resultTable")
        outer.addWidget(self.table, 1)
        seal_row = QHBoxLayout()
        self.seal = QLabel()
        self.seal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seal.setWordWrap(True)
        self.verify_button = QPushButton(icon("mdi6.shield-check-outline"), self.tr("&Verify the seal"))
        seal_row.addWidget(self.seal, 1)
        seal_row.addWidget(self.verify_button)
        outer.addLayout(seal_row)
        self.verify_button.clicked.connect(self.verify)

    def load(self, result: voting.BallotResult) -> None:
        self.ballot_id = result.id
        self.model.load(result)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.model.columnCount() > 1:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        bases = base_words()
        parts = [
            self.tr("Cast: {0}").format(str(result.cast)),
            self.tr("present: {0}").format(str(result.present)),
            self.tr("members: {0}").format(str(result.eligible)),
            self.tr("base: {0}").format(bases.get(result.base, result.base).lower()),
        ]
        if result.threshold is not None:
            parts.append(self.tr("threshold: {0} %").format(f"{result.threshold * 100:.0f}"))
        self.summary.setText(" · ".join(parts))
        if result.checksum:
            self.seal.setText(self.tr("Sealed result, SHA-256: {0}").format(result.checksum))
        elif result.state in ("draft", "open"):
            self.seal.setText(self.tr("The result is sealed when the ballot is closed."))
        else:
            self.seal.setText(self.tr("Closed without a sealed result yet: publishing seals it."))
        self.verify_button.setEnabled(result.checksum is not None)

    def verify(self) -> None:
        if self.ballot_id is None:
            return
        check = voting.verify_seal(self.page.ctx.db, self.ballot_id)
        if check.ok:
            QMessageBox.information(self, self.tr("Seal intact"), message_text(check.message))
        else:
            self.page.warn(self, message_text(check.message))


# ----------------------------------------------------------------------------- page
