"""The Voting page and the ballot projector views, driven through qtbot."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.changes import Changes
from app.services import voting
from ui.context import AppContext
from ui.projector.ballot import BallotView, ResultsOverviewView
from ui.projector.window import ProjectorController
from ui.voting import page as page_module
from ui.voting.models import BallotsModel, ResultModel
from ui.voting.page import VotingPage


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Confirmations say yes; errors are collected instead of shown in a dialog."""
    seen: dict[str, list[str]] = {"confirm": [], "error": []}

    def confirm(_parent: Any, title: str, text: str) -> bool:
        seen["confirm"].append(f"{title}: {text}")
        return True

    monkeypatch.setattr(page_module, "confirm", confirm)
    monkeypatch.setattr(page_module, "show_error", lambda _p, text: seen["error"].append(text))
    return seen


@pytest.fixture
def projector(ctx: AppContext) -> Iterator[ProjectorController]:
    controller = ProjectorController(ctx, None)
    yield controller
    controller.close()


@pytest.fixture
def page(qtbot: Any, ctx: AppContext) -> Iterator[VotingPage]:
    widget = VotingPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    yield widget
    widget.close()


def type_paper(qtbot: Any, page: VotingPage, number: int, keys: str) -> None:
    form = page.papers
    form.paper.setFocus()
    form.paper.selectAll()
    qtbot.keyClicks(form.paper, str(number))
    qtbot.keyClick(form.paper, Qt.Key.Key_Return)
    qtbot.keyClicks(form.keys, keys)
    qtbot.keyClick(form.keys, Qt.Key.Key_Return)


def test_support_scale_ballot_double_entry_reveal_publish(
    qtbot: Any, ctx: AppContext, page: VotingPage, projector: ProjectorController, answers: dict[str, list[str]]
) -> None:
    before = len(page.model.ballots)
    # a new ballot: support scale with 80 % is the default
    qtbot.mouseClick(next(b for b in page.findChildren(type(page.open_button)) if b.text() == "New ballot"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert len(page.model.ballots) == before + 1
    editor = page.editor
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Endelig afstemning")
    assert editor.method.currentData() == "support_scale" and editor.threshold.value() == 80
    # tick the first six recommendations with the keyboard
    editor.items.setFocus()
    for row in range(6):
        editor.items.setCurrentRow(row)
        qtbot.keyClick(editor.items, Qt.Key.Key_Space)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    info = voting.get_ballot(ctx.db, page.current_id)  # type: ignore[arg-type]
    assert info.title == "Endelig afstemning" and len(info.items) == 6 and info.threshold == pytest.approx(0.8)
    assert [o.counts_as_support for o in info.options] == [True, True, True, False, False]

    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert voting.get_ballot(ctx.db, info.id).state == "open"
    assert answers["confirm"] and answers["error"] == []

    # entry 1 of five papers, typed with the keyboard only
    page.go_to_papers()
    papers = {1: "555554", 2: "444421", 3: "543211", 4: "553322", 5: "545454"}
    for number, keys in papers.items():
        type_paper(qtbot, page, number, keys)
    assert "saved" in page.papers.feedback.text()
    # entry 2: the same stack, with one typo on paper 3
    qtbot.mouseClick(page.papers.entry2, Qt.MouseButton.LeftButton)
    assert page.papers.paper.text() == "1"
    for number, keys in papers.items():
        type_paper(qtbot, page, number, "543221" if number == 3 else keys)
    status = voting.paper_status(ctx.db, info.id)
    assert status.agreed == 4 and [m.paper_number for m in status.mismatches] == [3]
    # the list follows a moment after the last paper (the projector repaints first)
    qtbot.waitUntil(lambda: "Paper 3" in page.papers.mismatches.item(0).text(), timeout=3000)
    assert page.papers.mismatches.count() == 1
    # resolve it: look at the paper itself and type what it says
    qtbot.mouseClick(page.papers.resolve_button, Qt.MouseButton.LeftButton)
    assert page.papers.entry == 0 and page.papers.paper.text() == "3"
    qtbot.keyClicks(page.papers.keys, "543211")
    qtbot.keyClick(page.papers.keys, Qt.Key.Key_Return)
    status = voting.paper_status(ctx.db, info.id)
    assert (status.agreed, status.mismatches, status.waiting) == (5, [], [])
    qtbot.waitUntil(lambda: "None" in page.papers.mismatches.item(0).text(), timeout=3000)

    # the projector shows the ballot, results hidden until revealed
    qtbot.mouseClick(page.project_button, Qt.MouseButton.LeftButton)
    view = projector.view("ballot")
    assert isinstance(view, BallotView) and view.ballot_id == info.id
    assert not view.results_visible
    assert all(not row.value.isVisible() for row in view.rows.values())
    assert "5 of" in view.turnout.text()
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert view.results_visible
    first = view.rows[str(info.items[0].id)]
    assert first.value.text() == "100 %"  # A1: 5,4,5,5,5 – all support
    assert first.bar.target == pytest.approx(1.0)

    # close (sealed) and publish
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    result = voting.ballot_result(ctx.db, info.id)
    assert result.state == "closed" and result.checksum and voting.verify_seal(ctx.db, info.id).ok
    assert "✓" in first.verdict.text()
    last = view.rows[str(info.items[5].id)]  # A6: 4,1,1,2,4 – two of five support
    assert "✗" in last.verdict.text() and last.value.text() == "40 %"
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert voting.get_ballot(ctx.db, info.id).state == "published"
    assert result.checksum in page.result_panel.seal.text()
    assert answers["error"] == []
    # the results overview lists the published ballot
    page.show_overview()
    overview = projector.view("ballot_results")
    assert isinstance(overview, ResultsOverviewView)
    assert any(line.text == "Endelig afstemning" for line in overview.lines)


def test_wrong_keys_are_ignored_and_papers_need_every_item(
    qtbot: Any, ctx: AppContext, page: VotingPage, answers: dict[str, list[str]]
) -> None:
    recs = [r.id for r in voting.recommendation_choices(ctx.db, ctx.assembly_id)[:2]]
    b = voting.create_ballot(ctx.db, ctx.assembly_id, "JN", "yes_no_abstain", recommendation_ids=recs,
                             double_entry=False)  # fmt: skip
    voting.open_ballot(ctx.db, b.id)
    ctx.notify(Changes.BALLOTS)
    page.list.selectRow(page.model.row_of(b.id))
    assert page.current_id == b.id
    page.go_to_papers()
    form = page.papers
    assert not form.entry2.isEnabled()
    qtbot.keyClicks(form.paper, "7")
    qtbot.keyClick(form.paper, Qt.Key.Key_Return)
    qtbot.keyClicks(form.keys, "jq")  # q is not a key
    assert form.keys.text() == "j" and "not a key" in form.feedback.text()
    qtbot.keyClick(form.keys, Qt.Key.Key_Return)
    assert "one key for each" in form.feedback.text()
    assert voting.paper_status(ctx.db, b.id).agreed == 0
    qtbot.keyClicks(form.keys, "n")
    assert "Nej" in form.preview.text() or "No" in form.preview.text()
    qtbot.keyClick(form.keys, Qt.Key.Key_Return)
    assert "counted" in form.feedback.text() and form.paper.text() == "8"
    # a spoilt paper: Alt+S ticks the box, Enter saves
    form.spoilt.setChecked(True)
    qtbot.keyClick(form.keys, Qt.Key.Key_Return)
    status = voting.paper_status(ctx.db, b.id)
    assert (status.agreed, status.spoilt) == (2, 1)
    r = voting.ballot_result(ctx.db, b.id)
    assert r.items[0].counts["yes"] == 1 and r.items[1].counts["no"] == 1 and r.items[0].spoilt == 1


def test_hand_count_warns_when_more_votes_than_present(
    qtbot: Any, ctx: AppContext, page: VotingPage, answers: dict[str, list[str]]
) -> None:
    recs = [r.id for r in voting.recommendation_choices(ctx.db, ctx.assembly_id)[:1]]
    b = voting.create_ballot(ctx.db, ctx.assembly_id, "Hånd", "yes_no_abstain", recommendation_ids=recs)
    voting.open_ballot(ctx.db, b.id)
    ctx.notify(Changes.BALLOTS)
    page.list.selectRow(page.model.row_of(b.id))
    page.tabs.setCurrentWidget(page.hand)
    present = page.hand.present
    item = b.items[0].id
    page.hand.spins[(item, "yes")].setValue(present - 2)
    page.hand.spins[(item, "no")].setValue(1)
    assert "present" in page.hand.check.text() and "⚠" not in page.hand.check.text()
    qtbot.mouseClick(page.hand.save_button, Qt.MouseButton.LeftButton)
    assert voting.ballot_result(ctx.db, b.id).items[0].counts["yes"] == present - 2
    page.hand.spins[(item, "no")].setValue(5)
    assert "⚠" in page.hand.check.text()
    answers["confirm"].clear()
    qtbot.mouseClick(page.hand.save_button, Qt.MouseButton.LeftButton)  # confirm says "save anyway"
    assert answers["confirm"] and "members are present" in answers["confirm"][0]
    assert voting.ballot_result(ctx.db, b.id).items[0].counts["no"] == 5


def test_closed_ballot_cannot_take_papers_and_editor_is_read_only(
    qtbot: Any, ctx: AppContext, page: VotingPage, answers: dict[str, list[str]]
) -> None:
    recs = [r.id for r in voting.recommendation_choices(ctx.db, ctx.assembly_id)[:2]]
    b = voting.create_ballot(ctx.db, ctx.assembly_id, "Lukket", "approval", recommendation_ids=recs)
    voting.open_ballot(ctx.db, b.id)
    voting.close_ballot(ctx.db, b.id)
    ctx.notify(Changes.BALLOTS)
    page.list.selectRow(page.model.row_of(b.id))
    assert not page.papers.keys.isEnabled() and not page.hand.save_button.isEnabled()
    assert not page.editor.title_edit.isEnabled() and not page.editor.save_button.isVisibleTo(page.editor)
    assert not page.open_button.isEnabled() and page.publish_button.isEnabled()


def test_projector_view_updates_in_place_without_new_widgets(qtbot: Any, ctx: AppContext) -> None:
    recs = [r.id for r in voting.recommendation_choices(ctx.db, ctx.assembly_id)[:3]]
    b = voting.create_ballot(ctx.db, ctx.assembly_id, "Live", "support_scale", recommendation_ids=recs,
                             threshold=0.8, show_live=True, double_entry=False)  # fmt: skip
    voting.open_ballot(ctx.db, b.id)
    view = BallotView(ctx, b.id)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    rows_before = {k: (id(r.bar), id(r.value)) for k, r in view.rows.items()}
    children_before = len(view.findChildren(object))
    ids = [str(i.id) for i in b.items]
    for n in range(1, 6):
        voting.enter_paper(ctx.db, b.id, n, dict(zip(ids, ["5", "2", "4" if n < 5 else "1"], strict=True)))
        ctx.notify(Changes.VOTES)
    assert {k: (id(r.bar), id(r.value)) for k, r in view.rows.items()} == rows_before
    assert len(view.findChildren(object)) == children_before
    third = view.rows[ids[2]]
    assert third.value.text() == "80 %" and third.bar.target == pytest.approx(0.8)
    assert third.bar.threshold == pytest.approx(0.8)
    qtbot.waitUntil(lambda: abs(third.bar.shown - 0.8) < 1e-6, timeout=2000)  # the bar glides there
    assert "5 of" in view.footer.text()
    view.set_ballot(None)
    assert view.rows == {}


def test_single_item_yes_no_shows_each_option(qtbot: Any, ctx: AppContext) -> None:
    recs = [r.id for r in voting.recommendation_choices(ctx.db, ctx.assembly_id)[:1]]
    b = voting.create_ballot(ctx.db, ctx.assembly_id, "Ja/nej", "yes_no_abstain", recommendation_ids=recs,
                             threshold=0.5)  # fmt: skip
    voting.open_ballot(ctx.db, b.id)
    voting.import_papers(
        ctx.db, b.id, [(n, {str(b.items[0].id): "yes" if n < 4 else "no"}, False) for n in range(1, 6)]
    )
    voting.set_revealed(ctx.db, b.id, True)
    voting.close_ballot(ctx.db, b.id)
    view = BallotView(ctx, b.id)
    qtbot.addWidget(view)
    assert list(view.rows) == ["yes", "no", "abstain"]
    assert view.rows["yes"].value.text().startswith("3")
    assert "60 %" in view.legend.text() and "✓" in view.legend.text()


def test_item_models(qtmodeltester: Any, ctx: AppContext) -> None:
    ballots = voting.list_ballots(ctx.db, ctx.assembly_id)
    model = BallotsModel()
    model.load(ballots, {b.id: 3 for b in ballots})
    qtmodeltester.check(model)
    result_model = ResultModel()
    if ballots:
        result_model.load(voting.ballot_result(ctx.db, ballots[0].id))
    qtmodeltester.check(result_model)


def test_empty_state_offers_a_new_ballot(qtbot: Any, tmp_path: Any) -> None:
    from app.db import create_database
    from app.services.assembly import create_assembly

    db = create_database(tmp_path / "empty.tingsted")
    try:
        info = create_assembly(db, "Tom")
        widget = VotingPage(AppContext(db, info.id))
        qtbot.addWidget(widget)
        assert widget.stack.currentWidget() is widget.empty
        widget.new_action.trigger()
        assert widget.stack.currentWidget() is widget.main and len(widget.model.ballots) == 1
        QApplication.processEvents()
    finally:
        db.dispose()
