"""The operation helper and the change feed in the window: a screen's write broadcasts
what it committed with its result, a refused one broadcasts nothing, and a commit from
another thread reaches the pages on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from app.changes import Changes
from app.services import voting
from app.services.assembly import get_assembly, update_assembly
from app.services.errors import ServiceError
from ui import operations
from ui.context import AppContext
from ui.overview.page import OverviewPage


def _record(ctx: AppContext) -> list[tuple[Changes, object, bool]]:
    seen: list[tuple[Changes, object, bool]] = []
    gui = QThread.currentThread()
    ctx.changed.connect(lambda changes, result: seen.append((changes, result, QThread.currentThread() is gui)))
    return seen


def test_a_write_broadcasts_what_it_committed_with_its_result(ctx: AppContext) -> None:
    seen = _record(ctx)
    info = ctx.apply(lambda: update_assembly(ctx.db, ctx.assembly_id, remit="Havnen"), "Saved")
    assert len(seen) == 1
    changes, result, on_gui = seen[0]
    assert changes & ~Changes.AUDIT == Changes.ASSEMBLY
    assert result is info and on_gui


def test_a_refused_call_broadcasts_nothing(qtbot: Any, ctx: AppContext) -> None:
    seen = _record(ctx)
    with pytest.raises(ServiceError):
        ctx.apply(lambda: update_assembly(ctx.db, ctx.assembly_id, name=""))
    said: list[str] = []
    assert operations.run(ctx, lambda: update_assembly(ctx.db, ctx.assembly_id, name=""), on_error=said.append) is None
    QCoreApplication.processEvents()  # nothing queued either
    assert seen == []
    assert said and "name" in said[0].lower()


def test_a_paper_arrives_with_the_votes_it_added(ctx: AppContext) -> None:
    b = next(b for b in voting.list_ballots(ctx.db, ctx.assembly_id) if b.state == "open")
    info = voting.get_ballot(ctx.db, b.id)
    seen = _record(ctx)
    choices = {str(i.id): info.options[0].key for i in info.items}
    saved = ctx.apply(lambda: voting.enter_paper(ctx.db, info.id, 900, choices))
    assert [s[1] for s in seen] == [saved]
    assert seen[0][0] & ~Changes.AUDIT == Changes.VOTES


def test_a_write_from_a_worker_thread_reaches_a_page(qtbot: Any, ctx: AppContext) -> None:
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    seen = _record(ctx)
    worker = threading.Thread(target=lambda: update_assembly(ctx.db, ctx.assembly_id, remit="Fra telefonen"))
    worker.start()
    worker.join()
    assert page.remit.text() != "Fra telefonen"  # queued: it arrives on the GUI thread
    qtbot.waitUntil(lambda: page.remit.text() == "Fra telefonen")
    changes, result, on_gui = seen[0]
    assert changes & Changes.ASSEMBLY and result is None and on_gui
    assert get_assembly(ctx.db, ctx.assembly_id).remit == "Fra telefonen"


def test_passing_changes_by_hand_is_refused(ctx: AppContext) -> None:
    with pytest.raises(TypeError):
        ctx.apply(lambda: None, Changes.VOTES)  # type: ignore[arg-type]
