"""The "find your table" view: first names in alphabetical columns with their table.

Large enough to read from the back of a hall: body type (40 px at 1080 p, scaled with the
height), at most seven rows per column and as many columns as the width allows; when
the names do not fit, the view pages by itself every few seconds ("1 / 3"). A named
table shows its name beside its number ("3 · Birken") when that takes no more pages;
otherwise the number alone, which the place cards and the table lists carry too.
First names only; where two members share one, as much of the last name as tells them
apart ("Charlotte A.", see ``tables.public_names``) – no other personal data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.changes import Changes
from app.services import tables as ts
from ui.context import AppContext
from ui.projector.base import BODY_PX, HEADING_PX, ProjectorView, body_label, heading_label, projector_font

ROWS = 7
PAGE_SECONDS = 8


class FindTableView(ProjectorView):
    def __init__(self, ctx: AppContext, round_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.entries: list[ts.FindEntry] = []
        self.page = 0
        self.columns = 1
        self.rows = ROWS
        self.with_names = False  # table names beside the numbers (when they fit)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = heading_label()
        self.heading.setWordWrap(False)
        self.pager = body_label(name="projectorMuted")
        self.pager.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.heading, 1)
        top.addWidget(self.pager)
        layout.addLayout(top)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid_host, 1)
        self.labels: list[tuple[QLabel, QLabel]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(PAGE_SECONDS * 1000)
        self.timer.timeout.connect(self.next_page)
        ctx.changed.connect(self._changed)
        self.refresh()

    @property
    def page_count(self) -> int:
        per_page = max(1, self.rows * self.columns)
        return max(1, -(-len(self.entries) // per_page))

    def set_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.refresh()

    def refresh(self) -> None:
        b = ts.board(self.ctx.db, self.ctx.assembly_id)
        if self.round_id is None or self.round_id not in {r.id for r in b.rounds}:
            current = ts.current_round(b)
            self.round_id = current.id if current else None
        rnd = next((r for r in b.rounds if r.id == self.round_id), None)
        self.entries = ts.find_table_entries(b, self.round_id) if self.round_id is not None else []
        title = self.tr("Find your table")
        if rnd is not None:
            title += self.tr(" · round {0}").format(rnd.number)
        self.heading.setText(title)
        self.page = 0
        self._layout_pages()

    def _changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes & (Changes.SEATING | Changes.MEMBERS):
            self.refresh()

    def next_page(self) -> None:
        self.page = (self.page + 1) % self.page_count
        self._fill()

    def apply_scale(self) -> None:
        m = self.px(64)
        self.set_margins(m, self.px(40), self.px(40))
        self.heading.setFont(projector_font(self.px(HEADING_PX), bold=True))
        self.pager.setFont(projector_font(self.px(BODY_PX)))
        self._layout_pages()

    def _layout_pages(self) -> None:
        """How many columns fit, from the widest name at body size."""
        body = projector_font(self.px(BODY_PX))
        bold = projector_font(self.px(BODY_PX), bold=True)
        fm, fmb = QFontMetrics(body), QFontMetrics(bold)
        widest_name = max((fm.horizontalAdvance(e.first_name) for e in self.entries), default=fm.horizontalAdvance("M"))
        width = max(1, self.width() - 2 * self.px(64))

        def columns(with_names: bool) -> int:
            widest_table = max(
                (fmb.horizontalAdvance(self._table_text(e, with_names)) for e in self.entries),
                default=fmb.horizontalAdvance("9"),
            )
            return max(1, width // max(1, widest_name + widest_table + self.px(40) + self.px(56)))

        row_height = fm.lineSpacing() * 1.25
        available = self.height() - 2 * self.px(40) - QFontMetrics(projector_font(self.px(HEADING_PX))).lineSpacing()
        self.rows = max(1, min(ROWS, int(available // max(1.0, row_height)) - 1))
        self.columns, self.with_names = columns(False), False
        if any(e.table_name for e in self.entries):
            plain_pages = self.page_count
            self.columns, self.with_names = columns(True), True
            if self.page_count > plain_pages:
                self.columns, self.with_names = columns(False), False
        self.page = min(self.page, self.page_count - 1)
        self._fill()
        if self.page_count > 1:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    @staticmethod
    def _table_text(entry: ts.FindEntry, with_names: bool) -> str:
        if with_names and entry.table_name:
            return f"{entry.table_number} · {entry.table_name}"
        return str(entry.table_number)

    def _fill(self) -> None:
        for name, number in self.labels:
            name.deleteLater()
            number.deleteLater()
        self.labels = []
        per_page = self.rows * self.columns
        shown = self.entries[self.page * per_page : (self.page + 1) * per_page]
        body = projector_font(self.px(BODY_PX))
        bold = projector_font(self.px(BODY_PX), bold=True)
        for pos, entry in enumerate(shown):
            col, row = divmod(pos, self.rows)
            name = body_label(entry.first_name)
            name.setWordWrap(False)
            name.setFont(body)
            number = body_label(self._table_text(entry, self.with_names), name="projectorAccent")
            number.setWordWrap(False)
            number.setFont(bold)
            number.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            number.setContentsMargins(0, 0, self.px(48), 0)
            self.grid.addWidget(name, row, col * 2)
            self.grid.addWidget(number, row, col * 2 + 1)
            self.grid.setColumnMinimumWidth(col * 2 + 1, self.px(56))
            self.grid.setColumnMinimumWidth(col * 2 + 2, 0)
            self.labels.append((name, number))
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 1 if c % 2 == 0 else 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 1 if row < self.rows else 0)
        self.grid.setHorizontalSpacing(self.px(24))
        if not self.entries:
            self.pager.setText(self.tr("No seating yet"))
        elif self.page_count > 1:
            self.pager.setText(f"{self.page + 1} / {self.page_count}")
        else:
            self.pager.setText("")
