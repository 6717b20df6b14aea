"""The one way the screens run a service call that writes (Anki's operations).

``apply(ctx, call, message)`` runs the call (one service call, one transaction) inside
``db.recording()``, then broadcasts on ``AppContext.changed`` what it committed – the
``Changes`` come from the tables the commit wrote (``app.changes``), together with what
the call returned (e.g. the votes a paper added, so the projector adds them to its
tally instead of reading every vote again). A call that fails broadcasts nothing and
raises; ``run`` says the failure in words instead (``ui.errors``) and returns None.

Commits made elsewhere – a worker thread (a draw, a table plan), the phone server,
another laptop – reach ``AppContext.changed`` through the database's change feed
(``Database.subscribe``), queued onto the GUI thread; see ``ui.context``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import ServiceError
from ui.errors import error_text

if TYPE_CHECKING:
    from ui.context import AppContext

T = TypeVar("T")


def apply(ctx: AppContext, call: Callable[[], T], message: str = "") -> T:
    """Run ``call`` on the GUI thread; when it has committed, broadcast what it changed
    (with its result) and show ``message`` on the status line. Quick writes only (a
    check-in, a vote): what the screen shows next has been stored."""
    if not isinstance(message, str):
        raise TypeError("apply(call, message): the change feed says what changed; do not pass Changes")
    with ctx.db.recording() as recording:
        result = call()
    ctx.notify(recording.changes, result)
    if message:
        ctx.status(message)
    return result


def show_failure(parent: QWidget | None, text: str, title: str = "") -> None:
    """Say in a dialog why a call was refused."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("Operations", "Not done"), text)


def run(
    ctx: AppContext,
    call: Callable[[], T],
    message: str = "",
    *,
    parent: QWidget | None = None,
    on_error: Callable[[str], None] | None = None,
) -> T | None:
    """``apply``, and a refusal (``ServiceError``) said in words – to ``on_error`` when
    given, else in a dialog – instead of raised. None when it was refused."""
    try:
        return apply(ctx, call, message)
    except ServiceError as exc:
        text = error_text(exc)
        if on_error is not None:
            on_error(text)
        else:
            show_failure(parent, text)
        return None
