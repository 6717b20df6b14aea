"""A whole scenario across the areas (DESIGN.md): the facilitator opens a ballot, the
projector shows the tally as votes come in and, once revealed, the result; after the vote
is closed and published, the report carries it with its checksum."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt

from app.changes import Changes
from app.models import Member
from app.reports.recommendation_report import ReportOptions, build_report
from app.services import voting
from tests.ui.helpers import show_active
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.projector.ballot import BallotView
from ui.voting import page as voting_page


def test_open_ballot_project_tally_publish_and_report(
    qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(voting_page, "confirm", lambda *_args: True)
    errors: list[str] = []
    monkeypatch.setattr(voting_page, "show_error", lambda _parent, text: errors.append(text))

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the projector
    assert window.projector.is_open

    # a yes/no/abstain ballot on one recommendation, opened from the Voting page
    recommendation = voting.recommendation_choices(ctx.db, ctx.assembly_id)[6]
    ballot = voting.create_ballot(
        ctx.db, ctx.assembly_id, "Cykelstier", "yes_no_abstain",
        recommendation_ids=[recommendation.id], threshold=0.5, secret=True, double_entry=False,
    )  # fmt: skip
    ctx.notify(Changes.BALLOTS)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["voting"]
    assert isinstance(page, voting_page.VotingPage)
    row = next(i for i, b in enumerate(page.model.ballots) if b.id == ballot.id)
    page.list.selectRow(row)
    assert page.current_id == ballot.id
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.project_button, Qt.MouseButton.LeftButton)
    assert window.projector.current_key == "ballot"
    view = window.projector.view("ballot")
    assert isinstance(view, BallotView) and view.ballot_id == ballot.id
    assert not view.results_visible

    # members vote from devices; each vote is committed, then the projector follows
    with ctx.db.read() as s:
        member_ids = [m.id for m in s.query(Member).filter_by(assembly_id=ctx.assembly_id).limit(5)]
    item = str(voting.get_ballot(ctx.db, ballot.id).items[0].id)
    for member_id, choice in zip(member_ids, ["yes", "yes", "no", "yes", "abstain"], strict=True):
        ctx.apply(lambda m=member_id, c=choice: voting.cast_vote(ctx.db, ballot.id, m, {item: c}))
    assert "5 of" in view.turnout.text()

    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert view.results_visible
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    result = voting.ballot_result(ctx.db, ballot.id)
    assert result.state == "published" and result.checksum
    assert result.items[0].counts["yes"] == 3 and result.items[0].adopted is True
    assert errors == []

    # the report carries the published result and its checksum
    summary = build_report(ctx.db, ctx.assembly_id, tmp_path / "report.pdf", ReportOptions(lang="en"))
    text = "".join(page.extract_text() for page in pypdf.PdfReader(summary.path).pages)
    assert "Cykelstier" in text
    assert result.checksum[:16] in text.replace(" ", "").replace("\n", "")
    window.close()
