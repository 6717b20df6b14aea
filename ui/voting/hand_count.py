"""The Hand count tab: counts per item and option, for the whole room or one table,
checked against the members present."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import voting
from app.services.errors import ServiceError
from ui.errors import error_text
from ui.theme import icon

if TYPE_CHECKING:
    from ui.voting.page import VotingPage


class HandCountForm(QWidget):
    """Counts per item and option, for the whole room or one table."""

    def __init__(self, page: VotingPage) -> None:
        super().__init__(page)
        self.page = page
        self.info: voting.BallotInfo | None = None
        self.present = 0
        self.spins: dict[tuple[int, str], QSpinBox] = {}
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.table_choice = QComboBox()
        top.addWidget(QLabel(self.tr("Counted at")))
        top.addWidget(self.table_choice, 1)
        outer.addLayout(top)
        self.grid = QTableWidget(0, 0)
        self.grid.verticalHeader().setDefaultSectionSize(34)
        outer.addWidget(self.grid, 1)
        self.check = QLabel()
        self.check.setWordWrap(True)
        outer.addWidget(self.check)
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("Save &count"))
        self.save_button.setObjectName("primaryButton")
        outer.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.table_choice.currentIndexChanged.connect(lambda _n: self._load_counts())
        self.save_button.clicked.connect(self.save)

    def load(self, info: voting.BallotInfo, present: int) -> None:
        changed = self.info is None or self.info.id != info.id
        self.info = info
        self.present = present
        if changed:
            self.table_choice.blockSignals(True)
            self.table_choice.clear()
            self.table_choice.addItem(self.tr("The whole room (total)"), None)
            for t in voting.table_choices(self.page.ctx.db, self.page.ctx.assembly_id):
                self.table_choice.addItem(
                    self.tr("Table {0}").format(str(t.number)) + (f" – {t.name}" if t.name else ""), t.id
                )
            self.table_choice.blockSignals(False)
            self._build()
            self._load_counts()
        enabled = info.state == "open" and info.method != "ranking"
        self.grid.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.table_choice.setEnabled(enabled)
        self._check()

    def _build(self) -> None:
        assert self.info is not None
        info = self.info
        self.spins = {}
        self.grid.clear()
        self.grid.setRowCount(len(info.items))
        self.grid.setColumnCount(len(info.options) + 1)
        self.grid.setHorizontalHeaderLabels([o.label for o in info.options] + [self.tr("Total")])
        self.grid.setVerticalHeaderLabels([i.code for i in info.items])
        for row, item in enumerate(info.items):
            for col, option in enumerate(info.options):
                spin = QSpinBox()
                spin.setRange(0, 9999)
                spin.setAccessibleName(f"{item.code} {option.label}")
                spin.valueChanged.connect(lambda _v: self._check())
                self.grid.setCellWidget(row, col, spin)
                self.spins[(item.id, option.key)] = spin
            total = QTableWidgetItem("0")
            total.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.grid.setItem(row, len(info.options), total)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _load_counts(self) -> None:
        if self.info is None:
            return
        counts = voting.hand_counts(self.page.ctx.db, self.info.id, self.table_choice.currentData())
        for (item_id, key), spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(counts.get(item_id, {}).get(key, 0))
            spin.blockSignals(False)
        self._check()

    def counts(self) -> dict[int, dict[str, int]]:
        out: dict[int, dict[str, int]] = {}
        for (item_id, key), spin in self.spins.items():
            out.setdefault(item_id, {})[key] = spin.value()
        return out

    def _check(self) -> None:
        if self.info is None:
            return
        over = []
        for row, (item_id, per_option) in enumerate(self.counts().items()):
            total = sum(per_option.values())
            cell = self.grid.item(row, len(self.info.options))
            if cell is not None:
                cell.setText(str(total))
            if total > self.present:
                over.append(next(i.code for i in self.info.items if i.id == item_id))
        if over:
            self.check.setObjectName("warning")
            self.check.setText(
                self.tr("⚠ More votes than members present ({0}) on {1}.").format(str(self.present), ", ".join(over))
            )
        else:
            self.check.setObjectName("figureCaption")
            self.check.setText(self.tr("%n member(s) present.", "", self.present))
        self.check.style().unpolish(self.check)
        self.check.style().polish(self.check)

    def save(self) -> None:
        if self.info is None:
            return
        ballot_id = self.info.id
        table_id = self.table_choice.currentData()
        counts = self.counts()
        ctx = self.page.ctx

        def run(force: bool) -> list[voting.HandCountCheck]:
            return ctx.apply(
                lambda: voting.set_hand_count(ctx.db, ballot_id, counts, table_id=table_id, force=force),
                self.tr("Hand count saved"),
            )

        try:
            run(False)
        except voting.TooManyVotes as exc:
            if self.page.ask(self, self.tr("More votes than members present"), error_text(exc)):
                try:
                    run(True)
                except ServiceError as again:
                    self.page.warn(self, error_text(again))
        except ServiceError as exc:
            self.page.warn(self, error_text(exc))

