"""Style sheets and icons from resources/; one icon set (qtawesome's Material Design)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QPainter, QPixmap

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

# The window's colours and row height, defined once (the style sheet uses the same values).
ACCENT = "#1f6f8b"  # the one accent: selection, the open state, "now"
TEXT = "#3b4148"  # icons beside ordinary text
MUTED = "#5b636a"  # secondary text, withdrawn or merged items
DONE = "#1e6b34"  # green: done, final, published, checked in
WARNING = "#8a5300"  # amber, dark enough to read on white (always with a word or ⚠)
DANGER = "#b3261e"  # red: destructive actions and errors only
ROW_HEIGHT = 32  # rows of tables and lists (UI.md: at least 28 px)
# Okabe–Ito, colour-blind safe, for chips and charts.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]


@cache
def stylesheet(name: str) -> str:
    """``resources/styles/<name>.qss``, with ``@STYLES@`` standing for that folder (for the
    images the sheet uses)."""
    folder = RESOURCES / "styles"
    return (folder / f"{name}.qss").read_text(encoding="utf-8").replace("@STYLES@", folder.as_posix())


def icon(name: str, color: str = TEXT) -> QIcon:
    """A Material Design icon (``"mdi6.<name>"``, the names of qtawesome's mdi6 set).

    Drawn from qtawesome's bundled font by a small icon engine of our own: importing
    qtawesome (through qtpy) costs about half a second, too much for start-up.
    """
    prefix, _, glyph = name.partition(".")
    if prefix != "mdi6":
        raise KeyError(f"unknown icon set {prefix!r}: use mdi6.<name>")
    family, charmap = _mdi_font()
    if glyph not in charmap:
        raise KeyError(f"no icon named {name!r}")
    return QIcon(_GlyphIconEngine(family, chr(charmap[glyph]), QColor(color)))


@cache
def _mdi_font() -> tuple[str, dict[str, int]]:
    import importlib.util
    import json

    from PySide6.QtGui import QFontDatabase

    spec = importlib.util.find_spec("qtawesome")
    assert spec is not None and spec.submodule_search_locations
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    ttf = sorted(fonts.glob("materialdesignicons6-webfont-[0-9]*.ttf"))[-1]
    charmap_file = sorted(fonts.glob("materialdesignicons6-webfont-charmap-*.json"))[-1]
    font_id = QFontDatabase.addApplicationFont(str(ttf))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise RuntimeError(f"cannot load the icon font {ttf}")
    charmap = {k: int(v, 16) for k, v in json.loads(charmap_file.read_text(encoding="utf-8")).items()}
    return families[0], charmap


class _GlyphIconEngine(QIconEngine):
    """Paints one glyph of the icon font, at any size, greyed out when disabled."""

    def __init__(self, family: str, char: str, color: QColor) -> None:
        super().__init__()
        self.family = family
        self.char = char
        self.color = color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        color = QColor(self.color)
        if mode == QIcon.Mode.Disabled:
            color.setAlphaF(0.45)
        painter.setPen(color)
        font = QFont(self.family)
        font.setPixelSize(max(1, round(0.875 * rect.height())))  # as qtawesome: room for the bearing
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pm

    def clone(self) -> QIconEngine:
        return _GlyphIconEngine(self.family, self.char, self.color)
