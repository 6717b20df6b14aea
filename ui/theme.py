"""Style sheets and icons from resources/; one icon set (qtawesome's Material Design)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QColor, QIcon

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

ACCENT = "#1f6f8b"
# Okabe–Ito, colour-blind safe, for chips and charts.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]


@cache
def stylesheet(name: str) -> str:
    """``resources/styles/<name>.qss``."""
    return (RESOURCES / "styles" / f"{name}.qss").read_text(encoding="utf-8")


def icon(name: str, color: str = "#3b4148") -> QIcon:
    import qtawesome

    result: QIcon = qtawesome.icon(name, color=QColor(color))
    return result
