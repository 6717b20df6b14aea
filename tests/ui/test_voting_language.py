"""The Voting page shows the voting service's refusals in the UI's language (ui.errors)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.services import voting
from app.services.assembly import AssemblyInfo
from tests.app.test_voting import make_members, make_recommendations
from tests.ui.helpers import show_active
from ui.context import AppContext
from ui.voting import page as page_module
from ui.voting.page import VotingPage


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """What the page would show in its dialogs (confirmations say yes)."""
    seen: dict[str, list[str]] = {"confirm": [], "error": []}

    def confirm(_parent: Any, _title: str, text: str) -> bool:
        seen["confirm"].append(text)
        return True

    monkeypatch.setattr(page_module, "confirm", confirm)
    monkeypatch.setattr(page_module, "show_error", lambda _parent, text: seen["error"].append(text))
    return seen


def test_a_paper_for_a_ballot_closed_meanwhile_is_refused_in_danish(
    qtbot: Any, db: Database, assembly: AssemblyInfo, danish: None, shown: dict[str, list[str]]
) -> None:
    make_members(db, assembly.id, 6)
    recs = make_recommendations(db, assembly.id, 2)
    b = voting.create_ballot(db, assembly.id, "Cykelstier", "yes_no_abstain", recommendation_ids=recs[:1])
    voting.open_ballot(db, b.id)
    page = VotingPage(AppContext(db, assembly.id))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    show_active(qtbot, page)
    page.go_to_papers()
    form = page.papers
    assert form.info is not None and form.info.state == "open"
    # another window closes the ballot while the helper is typing papers
    voting.close_ballot(db, b.id, actor="other window")
    qtbot.keyClicks(form.paper, "1")
    qtbot.keyClick(form.paper, Qt.Key.Key_Return)
    qtbot.keyClicks(form.keys, "j")
    qtbot.keyClick(form.keys, Qt.Key.Key_Return)
    assert form.feedback.objectName() == "error"
    assert form.feedback.text() == (
        "Der kan ikke tastes stemmesedler ind i afstemningen «Cykelstier»: den er lukket (den skal være åben)."
    )
    assert voting.ballot_result(db, b.id).cast == 0
    page.close()


def test_opening_a_ballot_without_items_is_refused_in_danish(
    qtbot: Any, db: Database, assembly: AssemblyInfo, danish: None, shown: dict[str, list[str]]
) -> None:
    make_members(db, assembly.id, 3)
    voting.create_ballot(db, assembly.id, "Tom afstemning", "yes_no_abstain")
    page = VotingPage(AppContext(db, assembly.id))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    show_active(qtbot, page)
    assert page.open_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert shown["error"] == ["Afstemningen «Tom afstemning» har intet at stemme om: tilføj anbefalinger først."]
    assert voting.list_ballots(db, assembly.id)[0].state == "draft"
    page.close()


def test_too_many_hand_counted_votes_are_asked_about_in_danish(
    qtbot: Any, db: Database, assembly: AssemblyInfo, danish: None, shown: dict[str, list[str]]
) -> None:
    make_members(db, assembly.id, 2)
    recs = make_recommendations(db, assembly.id, 1)
    b = voting.create_ballot(db, assembly.id, "Hænder", "yes_no_abstain", recommendation_ids=recs)
    voting.open_ballot(db, b.id)
    page = VotingPage(AppContext(db, assembly.id))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    show_active(qtbot, page)
    page.tabs.setCurrentWidget(page.hand)
    hand = page.hand
    item = b.items[0].id
    hand.spins[(item, "yes")].setValue(2)
    hand.spins[(item, "no")].setValue(1)
    qtbot.mouseClick(hand.save_button, Qt.MouseButton.LeftButton)
    assert shown["confirm"] == [
        "Optællingen giver 3 stemmer på «Anbefaling 1», men der er kun 2 fremmødte medlemmer."
        " Kontrollér tallene (eller gem alligevel)."
    ]
    assert shown["error"] == []
    assert voting.hand_counts(db, b.id) == {item: {"yes": 2, "no": 1}}  # saved anyway
    page.close()
