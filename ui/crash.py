"""Unexpected errors do not vanish (issue 14.7), in the manner of qutebrowser's crash handler.

``install`` is called once when the window starts:

- a rotating log file ``<data folder>/logs/tingsted.log`` (1 MB, three old files kept);
- ``faulthandler`` writes a hard crash (a segfault in Qt, a stuck process on SIGABRT) to
  ``<data folder>/logs/faults.log``;
- ``sys.excepthook`` and ``threading.excepthook``: an exception that no code caught – in a
  slot, a timer, a worker thread – is logged and shown in a dialog in the user's language that
  says what happened, that everything Tingsted confirmed is stored, and where the log is. The
  window stays open; a click that failed no longer silently does nothing.

No personal data goes into the log: it holds the exception's type and where it happened
(files, lines, functions), never the exception's message or any variable, which could hold a
member's name.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.settings import Settings

LOG_NAME = "tingsted"
_state: dict[str, object] = {}


def log_dir(settings: Settings | None = None) -> Path:
    return (settings or Settings()).data_dir / "logs"


def log_path(settings: Settings | None = None) -> Path:
    return log_dir(settings) / "tingsted.log"


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The exception's type and its frames, without its message (which may name a member)."""
    frames = traceback.extract_tb(tb)
    lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join([f"{exc_type.__module__}.{exc_type.__qualname__}", *lines])


class _Reporter(QObject):
    """Carries a report from any thread to the GUI thread, where the dialog is shown."""

    report = Signal(str, str)


def install(settings: Settings | None = None) -> Path:
    """Set up the log, faulthandler and the hooks; returns the log file's path."""
    folder = log_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    path = log_path(settings)
    uninstall()
    logger = logging.getLogger(LOG_NAME)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _state["handler"] = handler
    faults: IO[str] = (folder / "faults.log").open("a", encoding="utf-8")
    faulthandler.enable(file=faults)
    _state["faults"] = faults  # kept open for faulthandler
    _state["path"] = path
    reporter = _Reporter()
    reporter.report.connect(show_dialog, Qt.ConnectionType.QueuedConnection)
    _state["reporter"] = reporter
    sys.excepthook = handle
    threading.excepthook = lambda args: handle(args.exc_type, args.exc_value, args.exc_traceback)
    logger.info("Tingsted started")
    return path


def uninstall() -> None:
    """Undo ``install`` (the hooks back to Python's own, the log file closed)."""
    handler = _state.pop("handler", None)
    if isinstance(handler, logging.Handler):
        logging.getLogger(LOG_NAME).removeHandler(handler)
        handler.close()
    faults = _state.pop("faults", None)
    if faults is not None:
        faulthandler.enable(file=sys.__stderr__ or sys.stderr)
        faults.close()  # type: ignore[attr-defined]
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    _state.pop("reporter", None)


def handle(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
    """Log an uncaught exception and tell the user (the dialog comes in the GUI thread)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc or exc_type(), tb)
        return
    summary = describe(exc_type, tb)
    logging.getLogger(LOG_NAME).error("Unexpected error: %s", summary)
    path = str(_state.get("path") or log_path())
    reporter = _state.get("reporter")
    app = QApplication.instance()
    if app is None:
        sys.__excepthook__(exc_type, exc or exc_type(), tb)
        return
    if isinstance(reporter, _Reporter) and QThread.currentThread() is not app.thread():
        reporter.report.emit(exc_type.__name__, path)
    else:
        QTimer.singleShot(0, lambda: show_dialog(exc_type.__name__, path))


def show_dialog(kind: str, path: str, parent: QWidget | None = None) -> QMessageBox:
    """The crash dialog: what happened, that nothing confirmed is lost, where the log is.
    Not modal to the event loop (``open``), so a burst of errors gives one dialog at a time."""
    shown = _state.get("dialog")
    if isinstance(shown, QMessageBox) and shiboken6.isValid(shown) and shown.isVisible():
        return shown
    parent = parent or QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Crash", "Something went wrong"))
    box.setText(
        QApplication.translate(
            "Crash", "Tingsted met an unexpected error ({0}), and what you just did may not have happened."
        ).format(kind)
    )
    box.setInformativeText(
        QApplication.translate(
            "Crash",
            "Nothing that Tingsted had confirmed is lost: every saved check-in, vote and change is in the "
            "assembly file. Check what you just did and try again; if it happens again, restart Tingsted.\n\n"
            "A report is in the log (no personal data): {0}",
        ).format(path)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _state["dialog"] = box
    box.open()
    return box
