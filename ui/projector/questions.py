"""The questions to the experts that the facilitator chose for the projector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.changes import Changes
from app.services import questions
from ui.context import AppContext
from ui.projector.base import BODY_PX, HEADING_PX, ProjectorView, heading_label
from ui.projector.parts import set_font

ROWS = questions.MAX_ON_PROJECTOR


class QuestionsView(ProjectorView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        self.heading = heading_label()
        outer.addWidget(self.heading)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.numbers: list[QLabel] = []
        self.texts: list[QLabel] = []
        for row in range(ROWS):
            number = QLabel()
            number.setObjectName("projectorAccent")
            number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            text = QLabel()
            text.setObjectName("projectorBody")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(number, row, 0)
            self.grid.addWidget(text, row, 1)
            self.numbers.append(number)
            self.texts.append(text)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.empty = QLabel()
        self.empty.setObjectName("projectorMuted")
        outer.addWidget(self.empty)
        ctx.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes & Changes.PROGRAM:
            self.refresh()

    def refresh(self) -> None:
        shown = questions.projected_questions(self.ctx.db, self.ctx.assembly_id)
        experts = {q.expert_name for q in shown if q.expert_name}
        if len(experts) == 1:
            self.heading.setText(self.tr("Questions for {0}").format(next(iter(experts))))
        else:
            self.heading.setText(self.tr("Questions to the experts"))
        for row in range(ROWS):
            q = shown[row] if row < len(shown) else None
            self.numbers[row].setText(f"{row + 1}" if q else "")
            self.texts[row].setText(f"{q.text}  ({q.table_label})" if q and q.table_label else q.text if q else "")
            self.numbers[row].setVisible(q is not None)
            self.texts[row].setVisible(q is not None)
        self.empty.setText("" if shown else self.tr("No questions chosen yet."))
        self.apply_scale()

    def apply_scale(self) -> None:
        m = self.px(80)
        self.set_margins(m, self.px(56), self.px(48), self.px(32))
        self.grid.setHorizontalSpacing(self.px(32))
        self.grid.setVerticalSpacing(self.px(36))
        set_font(self.heading, self.px(HEADING_PX), bold=True)
        # at most three questions (service limit): a little above body size, 48 px at 1080 p
        body = BODY_PX * 1.2
        for number, text in zip(self.numbers, self.texts, strict=True):
            set_font(number, self.px(body), bold=True)
            set_font(text, self.px(body))
        set_font(self.empty, self.px(BODY_PX))
