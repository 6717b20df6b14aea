from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.helpers import show_active
from ui.context import AppContext
from ui.main_window import MainWindow


def test_navigate_to_every_page(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    for row, area in enumerate(window.areas, start=1):
        qtbot.keyClick(window, Qt.Key.Key_0 + row, Qt.KeyboardModifier.ControlModifier)
        assert window.page_title.text() == area.title
        assert window.stack.currentWidget() is window.pages[area.key]
    assert "Borgertinget" in window.assembly_name.text()


def test_projector_toggles_with_f5(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.projector.is_open
    assert window.projector_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.projector.is_open
    assert not window.projector_action.isChecked()


def test_overview_shows_the_remit(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    page = window.pages["overview"]
    assert "bæredygtigt" in page.remit.text()  # type: ignore[attr-defined]
