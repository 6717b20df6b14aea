"""Keyboard first: after Ctrl+1…8 the page has the keyboard, so its own shortcuts work at
once (Ctrl+2 then Alt+C is the check-in desk; Ctrl+7 then Ctrl+E is paper entry), and the
check-in desk and both entries of paper ballots never need the mouse."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.services import voting
from tests.ui.helpers import show_active
from ui.context import AppContext
from ui.main_window import MainWindow


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the facilitator presses it: to whatever has the keyboard."""
    qtbot.keyClick(focused(), key, modifier)


def test_ctrl_2_then_alt_c_opens_the_check_in_desk_ready_to_type(qtbot: Any, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    members = window.pages["members"]
    assert members.isAncestorOf(focused()), "the keyboard stayed on the navigation rail"
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    checkin = members.checkin  # type: ignore[attr-defined]
    assert members.stack.currentWidget() is checkin  # type: ignore[attr-defined]
    assert focused() is checkin.input
    # Alt+R back to the roster: the keyboard is in its search field
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert focused() is members.roster.search  # type: ignore[attr-defined]


def test_ctrl_7_then_ctrl_e_types_both_entries_of_a_paper(qtbot: Any, ctx: AppContext) -> None:
    ballot = voting.create_ballot(
        ctx.db, ctx.assembly_id, "To gange", "yes_no_abstain", labels=["A", "B"], double_entry=True
    )
    voting.open_ballot(ctx.db, ballot.id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    press(qtbot, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["voting"]
    assert page.isAncestorOf(focused())
    page.list.selectRow(next(i for i, b in enumerate(page.model.ballots) if b.id == ballot.id))  # type: ignore[attr-defined]
    page.list.setFocus()  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    form = page.papers  # type: ignore[attr-defined]
    assert focused() is form.paper
    before = voting.next_paper_number(ctx.db, ballot.id, 1)
    # entry 1: the number is proposed, Enter, the keys, Enter saves
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "j" * len(ballot.items))
    press(qtbot, Qt.Key.Key_Return)
    assert voting.next_paper_number(ctx.db, ballot.id, 1) == before + 1
    # Alt+2: the second helper types the same paper; the keyboard is in the number field
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(form.entry2.isChecked)  # a mnemonic clicks the button (Qt animates the click)
    assert focused() is form.paper, "Alt+2 left the keyboard on the radio button"
    form.paper.selectAll()
    qtbot.keyClicks(focused(), str(before))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "j" * len(ballot.items))
    press(qtbot, Qt.Key.Key_Return)
    assert voting.next_paper_number(ctx.db, ballot.id, 2) == before + 1
