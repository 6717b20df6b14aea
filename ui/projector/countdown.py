"""The countdown: huge digits, what it counts down for, and its state in words.

The digits turn amber, then red near the end; the state line says so in words too
("Last minute", "Time is up") so colour is never the only sign.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.projector.base import BODY_PX, HEADING_PX, ProjectorView, heading_label
from ui.projector.parts import repolish, set_font
from ui.projector.state import Countdown

DIGITS_PX = 400  # at 1080 p (UI.md: at least 300)


class CountdownView(ProjectorView):
    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countdown = countdown
        layout = QVBoxLayout(self)
        self.title = heading_label()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits = QLabel()
        self.digits.setObjectName("countdownDigits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setObjectName("countdownStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.digits)
        layout.addWidget(self.status)
        layout.addStretch(1)
        countdown.changed.connect(self.refresh)
        countdown.ticked.connect(self.refresh)
        self._phase = ""
        self._length = 0
        self.refresh()

    def refresh(self) -> None:
        c = self.countdown
        self.title.setText(c.label)
        self.title.setVisible(bool(c.label))
        self.digits.setText(c.text())
        phase = c.phase()
        left = c.remaining()
        if phase == "over":
            status = self.tr("Time is up")
        elif not c.running and c.elapsed() == 0:
            status = self.tr("Ready")
        elif not c.running:
            status = self.tr("Paused")
        elif phase == "red":
            status = self.tr("Last minute") if left <= 60 else self.tr("Almost done")
        elif phase == "amber":
            status = self.tr("%n minute(s) left", "", int((left + 59) // 60))
        else:
            status = ""
        self.status.setText(status)
        if len(self.digits.text()) != self._length:
            self._length = len(self.digits.text())
            self.apply_scale()
        if phase != self._phase:
            self._phase = phase
            for label in (self.digits, self.status):
                label.setProperty("phase", phase)
                repolish(label)

    def apply_scale(self) -> None:
        m = self.px(64)
        self.set_margins(m, self.px(32), self.px(32))
        set_font(self.title, self.px(HEADING_PX), bold=True)
        set_font(self.digits, self.px(DIGITS_PX), bold=True)
        # an hour or more ("1:00:00") must still fit the width
        room = self.width() - 2 * m
        wide = QFontMetrics(self.digits.font()).horizontalAdvance(self.digits.text() or "00:00")
        if wide > room > 0:
            set_font(self.digits, int(self.px(DIGITS_PX) * room / wide), bold=True)
        set_font(self.status, self.px(BODY_PX * 1.4), bold=True)
