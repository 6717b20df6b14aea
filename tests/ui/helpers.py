"""Helpers for UI tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def show_active(qtbot: Any, window: QWidget) -> None:
    """Show a window and wait until it is active, so its shortcuts receive keys."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
