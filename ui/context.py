"""The application context every page gets: the open database, the assembly, one
signal that carries ``Changes`` to every page and the projector, and the status line.

``changed(changes, result)``: what changed, and what the service call that changed it
returned (None when unknown: a change from another thread or process). The screens'
own writes are broadcast by ``ui.operations``; every other commit of the database – a
worker thread, the phone server, another process – arrives through ``db.subscribe``
and is queued onto the GUI thread here.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from app.changes import ChangeEvent, Changes
from app.db import Database
from ui import operations

if TYPE_CHECKING:
    from ui.projector.window import ProjectorController

T = TypeVar("T")


class AppContext(QObject):
    changed = Signal(object, object)  # Changes, what the call returned (or None)
    status_message = Signal(str)
    _arrived = Signal(object)  # Changes committed elsewhere, queued to the GUI thread

    def __init__(self, db: Database, assembly_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assembly_id = assembly_id
        self.projector: ProjectorController | None = None
        self._arrived.connect(self.notify, Qt.ConnectionType.QueuedConnection)
        committed = weakref.WeakMethod(self._committed)  # the database does not keep a closed window alive

        def forward(event: ChangeEvent) -> None:
            method = committed()
            if method is not None:
                method(event)

        self.unsubscribe = db.subscribe(forward)

    def _committed(self, event: ChangeEvent) -> None:
        """From the database, in the committing thread: queue it for the GUI thread
        (a screen's own write is broadcast by its operation, with its result)."""
        if not event.recorded:
            with contextlib.suppress(RuntimeError):  # the window is already gone
                self._arrived.emit(event.changes)

    def notify(self, changes: Changes, result: object = None) -> None:
        """Tell every page (and the projector) what changed."""
        if changes:
            self.changed.emit(changes, result)

    def apply(self, call: Callable[[], T], message: str = "") -> T:
        """Run one service call (one transaction) on the GUI thread, then broadcast what
        it committed (``ui.operations.apply``)."""
        return operations.apply(self, call, message)

    def status(self, message: str) -> None:
        self.status_message.emit(message)
