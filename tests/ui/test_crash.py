"""An uncaught exception is logged (without personal data) and shown in a dialog in the
user's language; the window stays (issue 14.7)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.settings import Settings
from ui import crash


@pytest.fixture
def installed(tmp_path: Path) -> Iterator[Path]:
    hooks = sys.excepthook, threading.excepthook
    path = crash.install(Settings(data_dir=tmp_path))
    yield path
    crash.uninstall()
    sys.excepthook, threading.excepthook = hooks


def _raise_with_a_name() -> None:
    raise ValueError("Anna Berg Ørnekær has no table")


def _dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _uncaught(func) -> tuple[type[BaseException], BaseException, object]:  # type: ignore[no-untyped-def]
    try:
        func()
    except Exception as exc:  # noqa: BLE001 - the test stands in for an uncaught one
        return type(exc), exc, exc.__traceback__
    raise AssertionError("did not raise")


def test_an_uncaught_error_is_logged_without_its_message_and_shown(qtbot, installed: Path) -> None:  # type: ignore[no-untyped-def]
    exc_type, exc, tb = _uncaught(_raise_with_a_name)
    sys.excepthook(exc_type, exc, tb)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(_dialogs()))
    box = _dialogs()[0]
    assert "ValueError" in box.text()
    assert str(installed) in box.informativeText()
    assert "Nothing that Tingsted had confirmed is lost" in box.informativeText()
    log = installed.read_text(encoding="utf-8")
    assert "builtins.ValueError" in log and "_raise_with_a_name" in log and "test_crash.py" in log
    assert "Anna" not in log and "Ørnekær" not in log
    # a second error while the dialog is up: logged, one dialog
    sys.excepthook(exc_type, exc, tb)  # type: ignore[arg-type]
    qtbot.wait(50)
    assert len(_dialogs()) == 1 and installed.read_text(encoding="utf-8").count("Unexpected error") == 2
    box.close()


def test_an_error_in_a_worker_thread_reaches_the_gui_thread(qtbot, installed: Path) -> None:  # type: ignore[no-untyped-def]
    worker = threading.Thread(target=_raise_with_a_name)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(_dialogs()))
    _dialogs()[0].close()
    assert "Anna" not in installed.read_text(encoding="utf-8")
    assert (installed.parent / "faults.log").exists()


def test_the_dialog_speaks_danish(qtbot, installed: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.launcher import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, "da")
    try:
        box = crash.show_dialog("ValueError", str(installed))
        assert "uventet fejl" in box.text() and "Intet" in box.informativeText()
        box.close()
    finally:
        install_translations(app, "en")
