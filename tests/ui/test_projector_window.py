from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from ui.context import AppContext
from ui.projector.find_table import FindTableView
from ui.projector.window import ProjectorController


def test_views_laid_out_for_a_big_projector_do_not_hold_a_small_one_wider(qtbot: Any, ctx: AppContext) -> None:
    controller = ProjectorController(ctx, None)
    try:
        controller.open()
        window = controller.window
        assert window is not None
        window.resize(1920, 1080)
        controller.show_view("find", lambda: FindTableView(ctx))
        QApplication.processEvents()
        controller.show_view("welcome")
        window.resize(1024, 768)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (1024, 768)
        controller.show_view("find")
        QApplication.processEvents()
        assert window.width() == 1024
    finally:
        controller.close()
