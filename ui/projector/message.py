"""A free message (typed by the facilitator), and the blank screen for a pause."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.projector.base import BODY_PX, HEADING_PX, ProjectorView, heading_label
from ui.projector.parts import set_font
from ui.projector.state import ProjectorState


class MessageView(ProjectorView):
    def __init__(self, state: ProjectorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        layout = QVBoxLayout(self)
        self.text = heading_label()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addStretch(1)
        state.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.text.setText(self.state.message)
        self.apply_scale()

    def apply_scale(self) -> None:
        m = self.px(96)
        self.set_margins(m, self.px(64), self.px(64))
        # a short message is a heading; a longer one steps down to body size (≥ 40 px)
        length = len(self.state.message)
        base = HEADING_PX * 1.2 if length <= 60 else HEADING_PX if length <= 140 else BODY_PX * 1.2
        set_font(self.text, self.px(base), bold=length <= 140)


class BlankView(ProjectorView):
    """Nothing at all: the hall looks at the speaker, not the screen."""
