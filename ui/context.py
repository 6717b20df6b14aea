"""The application context every page gets: the open database, the assembly, one
signal that carries ``Changes`` to every page and the projector, and the status line."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from app.changes import Changes
from app.db import Database

if TYPE_CHECKING:
    from ui.projector.window import ProjectorController

T = TypeVar("T")


class AppContext(QObject):
    changed = Signal(object)  # Changes
    status_message = Signal(str)

    def __init__(self, db: Database, assembly_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assembly_id = assembly_id
        self.projector: ProjectorController | None = None
        # While ``changed`` is being emitted by ``apply``: what the service call returned
        # (e.g. the votes a paper added, so the projector can add them to its tally
        # instead of reading every vote again); None otherwise.
        self.detail: object = None

    def notify(self, changes: Changes, detail: object = None) -> None:
        """Tell every page (and the projector) what changed."""
        if changes:
            self.detail = detail
            try:
                self.changed.emit(changes)
            finally:
                self.detail = None

    def apply(self, call: Callable[[], T], changes: Changes, message: str = "") -> T:
        """Run one service call (one transaction) on the GUI thread, then broadcast.

        For quick writes (a check-in, a vote): the call has committed when this returns,
        so what the screen shows next has been stored.
        """
        result = call()
        self.notify(changes, result)
        if message:
            self.status(message)
        return result

    def status(self, message: str) -> None:
        self.status_message.emit(message)
