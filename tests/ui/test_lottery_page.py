"""The Lottery page through qtbot: import, quotas, draw in a worker, cancel, members."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from sqlalchemy import func, select

from app.db import Database
from app.models import Draw, Member
from app.services import quotas, sortition
from app.services.assembly import create_assembly
from tests.app.test_lottery import write_pool, write_quotas
from ui.context import AppContext
from ui.lottery.page import LotteryPage


@pytest.fixture
def lottery_ctx(db: Database) -> AppContext:
    a = create_assembly(db, "Lodtrækningstinget")
    return AppContext(db, a.id)


@pytest.fixture
def page(qtbot: Any, lottery_ctx: AppContext) -> Iterator[LotteryPage]:
    p = LotteryPage(lottery_ctx)
    qtbot.addWidget(p)
    p.resize(1300, 900)
    p.show()
    yield p
    p.close()


def test_empty_state_then_import_and_quota_table(
    qtbot: Any, page: LotteryPage, tmp_path: Path, qtmodeltester: Any
) -> None:
    assert page.stack.currentIndex() == 0  # the empty state offers the import
    assert page.import_pool_file(str(write_pool(tmp_path / "pool.csv")))
    assert page.stack.currentIndex() == 1
    assert "60" in page.pool_label.text()
    assert page.import_quota_file(str(write_quotas(tmp_path / "q.csv")))
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 7
    qtbot.wait(20)  # let the broadcast refresh settle
    # edit a quota in the table with the keyboard
    index = page.model.index(3, 5)  # Køn = Kvinde, Max
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.index(3, 5).data() == "5")
    value = next(c for c in quotas.list_categories(page.ctx.db, page.ctx.assembly_id) if c.name == "Køn").values[0]
    assert value.max_quota == 5


def test_draw_in_a_worker_and_make_members(
    qtbot: Any, page: LotteryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.import_pool_file(str(write_pool(tmp_path / "pool.csv")))
    page.import_quota_file(str(write_quotas(tmp_path / "q.csv")))
    page.size_spin.setValue(8)
    page.reserves_spin.setValue(3)
    page.seed_edit.setText("2024")
    page.number_edit.setText("042")
    qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
    assert not page.draw_button.isEnabled()
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    assert "Draw 1" in page.draw_label.text() and "number 042" in page.draw_label.text()
    assert "Lowest chance" in page.fairness_label.text()
    assert "Legacy greedy" in page.fairness_label.text()
    with page.ctx.db.read() as s:
        d = s.scalars(select(Draw)).one()
        assert d.seed == "2024" and d.transparent_number == 42
    # reproduce the recorded draw from its seed, in a worker
    assert page.reproduce_button.isVisible() and page.reproduce_button.isEnabled()
    qtbot.mouseClick(page.reproduce_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    assert page.reproduce_result.isVisible()
    assert "✓ Reproduced" in page.reproduce_result.text() and "2024" in page.reproduce_result.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.members_button.isEnabled()
    qtbot.mouseClick(page.members_button, Qt.MouseButton.LeftButton)
    with page.ctx.db.read() as s:
        assert s.scalar(select(func.count(Member.id))) == 8
    assert not page.members_button.isEnabled()
    # no new draw once members were made: said at once, nothing computed
    qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
    assert page.task is None
    assert "already made" in page.message.text()


def test_reproduce_notices_a_tampered_record(qtbot: Any, page: LotteryPage, tmp_path: Path) -> None:
    page.import_pool_file(str(write_pool(tmp_path / "pool.csv")))
    page.import_quota_file(str(write_quotas(tmp_path / "q.csv")))
    page.size_spin.setValue(8)
    page.reserves_spin.setValue(5)
    page.seed_edit.setText("77")
    page.draw_action.trigger()
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    with page.ctx.db.session() as s:  # someone edits the recorded seed afterwards
        d = s.scalars(select(Draw)).one()
        d.seed = "78"
    page.refresh()
    page.reproduce_action.trigger()
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    assert "✗ Not reproduced" in page.reproduce_result.text()


def test_cancel_leaves_everything_unchanged(
    qtbot: Any, page: LotteryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.import_pool_file(str(write_pool(tmp_path / "pool.csv")))
    page.import_quota_file(str(write_quotas(tmp_path / "q.csv")))

    def slow(*_a: Any, progress: Any = None, **_k: Any) -> Any:
        for i in range(2000):
            progress(i / 2000, "working")
            time.sleep(0.005)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(sortition, "compute_lottery", slow)
    page.size_spin.setValue(8)
    page.draw_action.trigger()
    qtbot.waitUntil(lambda: page.progress.isVisible() and page.cancel_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert "cancelled" in page.message.text()
    with page.ctx.db.read() as s:
        assert s.scalar(select(func.count(Draw.id))) == 0


def test_infeasible_quotas_show_the_conflict(qtbot: Any, page: LotteryPage, tmp_path: Path) -> None:
    page.import_pool_file(str(write_pool(tmp_path / "pool.csv")))
    page.import_quota_file(str(write_quotas(tmp_path / "q.csv")))
    page.size_spin.setValue(6)
    qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert "Køn" in page.message.text() and "cannot be met" in page.message.text()
    with page.ctx.db.read() as s:
        assert s.scalar(select(func.count(Draw.id))) == 0


def test_demo_page_shows_the_recorded_draw(qtbot: Any, ctx: AppContext) -> None:
    p = LotteryPage(ctx)
    qtbot.addWidget(p)
    p.show()
    latest = sortition.latest_draw(ctx.db, ctx.assembly_id)
    assert latest is not None
    assert f"Draw {latest.id}" in p.draw_label.text() and "number 742" in p.draw_label.text()
    # the form starts from the settings the recorded draw used: 50 + 10, one per household
    assert (p.size_spin.value(), p.reserves_spin.value()) == (50, 10)
    assert p.household_check.isChecked()
    p.close()
