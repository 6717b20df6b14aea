"""The base of every projector view: large type scaled to the projector's height.

At 1920×1080 body text is 40 px and headings 72 px (UI.md); on a smaller projector
(1280×720, 1024×768) everything scales with the height, so the projected picture looks
the same on the wall. A view never edits anything; it shows what it is given.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

HEADING_PX = 72
BODY_PX = 40
MAX_LINES = 7


def projector_font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, round(px)))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Medium)
    return font


class ProjectorView(QWidget):
    """Subclasses lay out labels and override ``apply_scale`` to size their fonts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        # The screen decides the size, never the text: a view laid out for a 1920×1080
        # projector must not hold the window wider than a 1024×768 one it moves to.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    @property
    def scale(self) -> float:
        return max(0.3, min(self.height() / 1080, self.width() / 1440))

    def px(self, base: float) -> int:
        return max(8, round(base * self.scale))

    def apply_scale(self) -> None:
        """Set font sizes and margins from ``self.scale``."""

    def set_margins(self, side: int, top: int, bottom: int, spacing: int | None = None) -> None:
        """The view's own layout margins (and spacing), in pixels already scaled."""
        layout = self.layout()
        if layout is None:
            return
        layout.setContentsMargins(side, top, side, bottom)
        if spacing is not None:
            layout.setSpacing(spacing)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.apply_scale()


def heading_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("projectorHeading")
    label.setWordWrap(True)
    return label


def body_label(text: str = "", name: str = "projectorBody") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label
