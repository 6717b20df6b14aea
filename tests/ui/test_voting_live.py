"""The ballot on the projector, kept current from what each committed vote added."""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import select

from app.changes import Changes
from app.models import Member, MemberStatus
from app.services import voting
from ui.context import AppContext
from ui.projector.ballot import BallotView


def shown(view: BallotView) -> dict[str, tuple[str, str, float, bool]]:
    """What each line of the view shows: value text, verdict, bar target, bar visible."""
    return {k: (r.value.text(), r.verdict.text(), r.bar.target, r.bar.isVisibleTo(view)) for k, r in view.rows.items()}


def texts(view: BallotView) -> tuple[str, ...]:
    return (view.heading.text(), view.turnout.text(), view.footer.text(), view.legend.text(), view.options_line.text())


@pytest.mark.parametrize("method", ["support_scale", "yes_no_abstain", "approval"])
def test_projector_numbers_follow_each_vote_and_match_a_fresh_view(
    qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, method: str
) -> None:
    rng = random.Random(method)
    recs = [r.id for r in voting.recommendation_choices(ctx.db, ctx.assembly_id)[: 1 if method != "approval" else 4]]
    if method == "support_scale":
        recs = [r.id for r in voting.recommendation_choices(ctx.db, ctx.assembly_id)[:5]]
    b = voting.create_ballot(ctx.db, ctx.assembly_id, "Live", method, recommendation_ids=recs, threshold=0.6,
                             show_live=True, double_entry=True)  # fmt: skip
    voting.open_ballot(ctx.db, b.id)
    with ctx.db.read() as s:
        members = s.scalars(
            select(Member.id).where(Member.assembly_id == ctx.assembly_id, Member.status == MemberStatus.ACTIVE)
        ).all()[:5]
    view = BallotView(ctx, b.id)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    reads: list[int] = []
    real_live_count = voting.live_count
    monkeypatch.setattr(
        voting, "live_count", lambda db, ballot_id: reads.append(ballot_id) or real_live_count(db, ballot_id)
    )
    items = [str(i.id) for i in b.items]
    quiet = AppContext(ctx.db, ctx.assembly_id)
    keys: list[Any] = [o.key for o in b.options] + [None] if method != "approval" else [True, False]

    def apply(call: Any) -> Any:
        return ctx.apply(call)

    for number in range(1, 16):
        choices = {i: rng.choice(keys) for i in items}
        spoilt = number % 6 == 0
        if number % 5 == 0:
            apply(lambda c=choices, m=members[number // 5]: voting.cast_vote(ctx.db, b.id, m, c))
        else:
            apply(lambda n=number, c=choices, x=spoilt: voting.enter_paper(ctx.db, b.id, n, c, entry=1, spoilt=x))
            before = shown(view)
            typo = {i: rng.choice(keys) for i in items} if number % 4 == 0 else choices
            saved = apply(lambda n=number, c=typo, x=spoilt: voting.enter_paper(ctx.db, b.id, n, c, entry=2, spoilt=x))
            if saved.outcome == "mismatch":
                assert shown(view) == before  # nothing counted yet
                apply(lambda n=number, c=choices, x=spoilt: voting.enter_paper(ctx.db, b.id, n, c, entry=0, spoilt=x))
        assert view.result == voting.live_tally(ctx.db, b.id).result
        fresh = BallotView(quiet, b.id)  # read afresh; hears no changes
        qtbot.addWidget(fresh)
        fresh.resize(1280, 720)
        fresh.show()
        assert shown(view) == shown(fresh) and texts(view) == texts(fresh)
        fresh.close()
    assert reads.count(b.id) == 15  # only the fresh views read the votes; the live one added them
    assert view.result is not None and view.result.cast == 15 and any(i.spoilt for i in view.result.items)
    assert view.result.items[0].counts != {o.key: 0 for o in b.options}

    # anything but votes that carry what they added: the view reads the ballot again
    reads.clear()
    voting.enter_paper(ctx.db, b.id, 99, {}, entry=1, spoilt=True)
    voting.enter_paper(ctx.db, b.id, 99, {}, entry=2, spoilt=True)
    ctx.notify(Changes.VOTES)
    assert reads == [b.id] and view.result.cast == 16
    apply(lambda: voting.set_revealed(ctx.db, b.id, True))
    assert reads == [b.id, b.id]


def test_votes_into_another_ballot_leave_the_view_alone(qtbot: Any, ctx: AppContext) -> None:
    recs = [r.id for r in voting.recommendation_choices(ctx.db, ctx.assembly_id)[:2]]
    shown_ballot = voting.create_ballot(ctx.db, ctx.assembly_id, "Vist", "yes_no_abstain", recommendation_ids=recs,
                                        double_entry=False)  # fmt: skip
    other = voting.create_ballot(ctx.db, ctx.assembly_id, "Anden", "yes_no_abstain", recommendation_ids=recs,
                                 double_entry=False)  # fmt: skip
    voting.open_ballot(ctx.db, shown_ballot.id)
    voting.open_ballot(ctx.db, other.id)
    view = BallotView(ctx, shown_ballot.id)
    qtbot.addWidget(view)
    ctx.apply(lambda: voting.enter_paper(ctx.db, other.id, 1, {str(other.items[0].id): "yes"}))
    assert view.result is not None and view.result.cast == 0 and "0 of" in view.turnout.text()
    ctx.apply(lambda: voting.enter_paper(ctx.db, shown_ballot.id, 1, {}, spoilt=True))
    assert view.result.cast == 1 and "1 of" in view.turnout.text()
    assert view.result == voting.live_tally(ctx.db, shown_ballot.id).result


def test_hidden_voting_page_refreshes_when_shown_again(qtbot: Any, ctx: AppContext) -> None:
    from ui.voting.page import VotingPage

    recs = [r.id for r in voting.recommendation_choices(ctx.db, ctx.assembly_id)[:1]]
    b = voting.create_ballot(ctx.db, ctx.assembly_id, "Skjult", "yes_no_abstain", recommendation_ids=recs,
                             double_entry=False)  # fmt: skip
    voting.open_ballot(ctx.db, b.id)
    page = VotingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    ctx.notify(Changes.BALLOTS)
    page.list.selectRow(page.model.row_of(b.id))
    page.hide()  # the facilitator is on another page while votes come in
    ctx.apply(lambda: voting.enter_paper(ctx.db, b.id, 1, {str(b.items[0].id): "yes"}))
    assert not page._votes_timer.isActive() and page.model.cast[b.id] == 0
    page.show()
    assert page.model.cast[b.id] == 1 and "Counted: 1" in page.papers.status.text()
    page.close()


def test_projector_paints_the_new_count_before_the_committing_handler_goes_on(qtbot: Any, ctx: AppContext) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    recs = [r.id for r in voting.recommendation_choices(ctx.db, ctx.assembly_id)[:3]]
    b = voting.create_ballot(ctx.db, ctx.assembly_id, "Nu", "support_scale", recommendation_ids=recs,
                             show_live=True, double_entry=False)  # fmt: skip
    voting.open_ballot(ctx.db, b.id)
    view = BallotView(ctx, b.id)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    painted: list[str] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window() is view:
                painted.append(obj.text() if hasattr(obj, "text") else type(obj).__name__)
            return False

    watch = Watch()
    QApplication.instance().installEventFilter(watch)  # type: ignore[union-attr]
    try:
        items = [str(i.id) for i in b.items]
        ctx.apply(lambda: voting.enter_paper(ctx.db, b.id, 1, dict.fromkeys(items, "5")))
        seen_in_apply = list(painted)
    finally:
        QApplication.instance().removeEventFilter(watch)  # type: ignore[union-attr]
    assert "100 %" in seen_in_apply  # painted during the broadcast, not at some later turn of the loop
    assert any("1 of" in text for text in seen_in_apply)  # the turnout line too
