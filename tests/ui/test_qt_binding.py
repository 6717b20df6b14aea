"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did:
each void call dropped one, and a long session aborted with "none_dealloc")."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.update()
    assert sys.getrefcount(None) - before > -50
