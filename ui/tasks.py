"""One helper for background work (lottery draws, table plans, reports).

The worker runs a plain function ``fn(control)`` in Qt's thread pool. It must open its
own short-lived sessions (the services do that when handed the ``Database``) and never
touch widgets. ``control.progress(done, total, text)`` reports progress and
``control.cancelled`` tells it to stop; results and errors arrive on the GUI thread
through the ``Task`` signals.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


class Cancelled(Exception):
    """Raised inside a worker that noticed ``control.cancelled``."""


class TaskControl:
    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: float, total: float = 100, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._task.progressed.emit(float(done), float(total), text)


class Task(QObject):
    progressed = Signal(float, float, str)
    finished = Signal(object)  # the function's result
    failed = Signal(object, str)  # the exception, and its traceback text
    cancelled = Signal()

    def __init__(self, fn: Callable[[TaskControl], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.control = TaskControl(self)
        self.done = False

    def cancel(self) -> None:
        self.control.cancel()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task
        try:
            result = task.fn(task.control)
        except Cancelled:
            task.done = True
            task.cancelled.emit()
            return
        except Exception as exc:  # handed to the GUI thread, shown in words
            task.done = True
            task.failed.emit(exc, traceback.format_exc())
            return
        task.done = True
        if task.control.cancelled:
            task.cancelled.emit()
        else:
            task.finished.emit(result)


def start(fn: Callable[[TaskControl], Any], parent: QObject | None = None) -> Task:
    """Start ``fn`` in the background; connect to the returned task's signals.

    The work is handed to the thread pool when the event loop next runs, so the caller
    has connected its slots by then even if ``fn`` finishes at once (a signal emitted
    before a slot is connected would be lost).
    """
    task = Task(fn, parent)
    QTimer.singleShot(0, task, lambda: QThreadPool.globalInstance().start(_Runner(task)))
    return task
