"""The "Rules and hosts" dialog of the Tables page through qtbot: hosts and names edited in
place, rules picked by searching members, planning keeping them, broken rules shown."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services import tables as ts
from tests.ui.helpers import show_active
from ui.context import AppContext
from ui.tables.page import TablesPage
from ui.tables.rules import RuleDialog, RulesDialog


@pytest.fixture
def page(qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> TablesPage:
    real = ts.plan_seating
    monkeypatch.setattr(ts, "plan_seating", lambda *a, **k: real(*a, **{**k, "max_iterations": 3000}))
    page = TablesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    show_active(qtbot, page)
    return page


def _open(qtbot: Any, page: TablesPage) -> RulesDialog:
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    dialog = page.rules_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _pick(qtbot: Any, rules: RulesDialog, button: Any, names: list[str], label: str) -> RuleDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    picker = rules.rule_dialog
    assert picker is not None and picker.isVisible()
    assert not picker.ok_button.isEnabled()
    qtbot.keyClicks(picker.label, label)
    for name in names:
        picker.search.setFocus()
        qtbot.keyClicks(picker.search, name)
        assert [i.text() for i in picker.items() if not i.isHidden()][0].split("  ")[1].startswith(name)
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # ticks the first match
        assert picker.search.text() == ""
    assert picker.ok_button.isEnabled()
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    return picker


def _plan(qtbot: Any, page: TablesPage, tables: int, rounds: int) -> ts.Board:
    page.tables_spin.setValue(tables)
    page.rounds_spin.setValue(rounds)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    return ts.board(page.ctx.db, page.ctx.assembly_id)


def _unique(b: ts.Board, member: ts.MemberCard) -> bool:
    return sum(1 for m in b.members if m.display_name.startswith(member.display_name)) == 1


def test_rules_added_in_the_dialog_are_kept_by_planning(qtbot: Any, page: TablesPage) -> None:
    b = page.model.board
    rid = page.model.round_id
    assert rid is not None
    seats = b.seating[rid]
    # two members who share a table now (the apart rule is broken until planned again)
    a, c = next(
        (x, y)
        for x in b.members
        for y in b.members
        if x.id < y.id and seats.get(x.id) == seats.get(y.id) is not None and _unique(b, x) and _unique(b, y)
    )
    rules = _open(qtbot, page)
    try:
        picker = _pick(qtbot, rules, rules.add_apart_button, [a.display_name, c.display_name], "Søskende")
        assert not picker.isVisible()
        stored = ts.list_rules(page.ctx.db, page.ctx.assembly_id)
        assert [(r.kind, r.label, {m.id for m in r.members}) for r in stored] == [("apart", "Søskende", {a.id, c.id})]
        assert rules.rules.rowCount() == 1
        assert rules.rules.item(0, 0).text() == "Keep apart"
        assert rules.rules.item(0, 3).text().startswith("⚠ broken in round")
        assert "Members to be kept apart sit at one table: Søskende." in page.warning_label.text()

        after = _plan(qtbot, page, tables=len(b.tables), rounds=len(b.rounds))
        assert len(after.rounds) == len(b.rounds) > 1
        for r in after.rounds:
            assert after.seating[r.id][a.id] != after.seating[r.id][c.id]
        assert rules.rules.item(0, 3).text() == "✓ kept in every round"

        # members at different tables now, to be kept together
        first = after.seating[after.rounds[0].id]
        d, e = next(
            (x, y)
            for x in after.members
            for y in after.members
            if x.id < y.id
            and first[x.id] != first[y.id]
            and {x.id, y.id}.isdisjoint({a.id, c.id})
            and _unique(after, x)
            and _unique(after, y)
        )
        _pick(qtbot, rules, rules.add_together_button, [d.display_name, e.display_name], "Tegnsprogstolk")
        assert rules.rules.rowCount() == 2
        assert rules.rules.item(1, 0).text() == "Keep together"
        assert rules.rules.item(1, 3).text().startswith(("⚠ broken in round 1", "⚠ broken in rounds 1,"))
        again = _plan(qtbot, page, tables=len(b.tables), rounds=len(b.rounds))
        for r in again.rounds:
            assert again.seating[r.id][d.id] == again.seating[r.id][e.id]
            assert again.seating[r.id][a.id] != again.seating[r.id][c.id]

        # a rule that contradicts another is refused inside the picker, which stays open
        qtbot.mouseClick(rules.add_apart_button, Qt.MouseButton.LeftButton)
        picker = rules.rule_dialog
        assert picker is not None
        for item in picker.items():
            if item.data(Qt.ItemDataRole.UserRole + 1) in (d.id, e.id):
                item.setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
        assert picker.isVisible()
        assert picker.error.text().startswith("Not added: Members no. ")
        qtbot.keyClick(picker, Qt.Key.Key_Escape)
        assert not picker.isVisible()
        assert len(ts.list_rules(page.ctx.db, page.ctx.assembly_id)) == 2

        # Delete removes the selected rule
        rules.rules.setFocus()
        rules.rules.selectRow(0)
        qtbot.keyClick(rules.rules, Qt.Key.Key_Delete)
        assert [r.label for r in ts.list_rules(page.ctx.db, page.ctx.assembly_id)] == ["Tegnsprogstolk"]
        assert rules.rules.rowCount() == 1
    finally:
        rules.close()


def test_the_picker_finds_members_by_number_and_need(qtbot: Any, page: TablesPage) -> None:
    rules = _open(qtbot, page)
    try:
        qtbot.mouseClick(rules.add_together_button, Qt.MouseButton.LeftButton)
        picker = rules.rule_dialog
        assert picker is not None
        member = page.model.board.members[11]
        qtbot.keyClicks(picker.search, f"#{member.number} ")
        visible = [i for i in picker.items() if not i.isHidden()]
        assert [i.data(Qt.ItemDataRole.UserRole + 1) for i in visible] == [member.id]
        needing = [m for m in page.model.board.members if m.needs]
        if needing:
            picker.search.clear()
            word = needing[0].needs.split()[0]
            qtbot.keyClicks(picker.search, word)
            shown = {i.data(Qt.ItemDataRole.UserRole + 1) for i in picker.items() if not i.isHidden()}
            assert needing[0].id in shown
        picker.search.clear()
        qtbot.keyClick(picker.search, Qt.Key.Key_Down)
        assert picker.focusWidget() is picker.members
        qtbot.keyClick(picker.members, Qt.Key.Key_Space)
        assert picker.chosen.text().startswith("1 chosen: ")
        assert not picker.ok_button.isEnabled()
        picker.reject()
    finally:
        rules.close()


def _edit(qtbot: Any, dialog: RulesDialog, row: int, column: int, text: str) -> None:
    dialog.tables.setFocus()
    dialog.tables.setCurrentCell(row, column)
    qtbot.keyClick(dialog.tables, Qt.Key.Key_F2)
    editor = dialog.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits in a queued call


def test_hosts_and_names_are_edited_in_place(qtbot: Any, page: TablesPage) -> None:
    b = page.model.board
    first, second = b.tables[0], b.tables[1]
    assert first.name  # the demo names its tables
    dialog = _open(qtbot, page)
    try:
        assert [dialog.tables.item(r, 2).text() for r in range(dialog.tables.rowCount())] == [
            t.host_name for t in b.tables
        ]
        _edit(qtbot, dialog, 0, 2, "  Grethe   Vært ")
        assert ts.board(page.ctx.db, page.ctx.assembly_id).tables[0].host_name == "Grethe Vært"
        assert dialog.tables.item(0, 2).text() == "Grethe Vært"
        assert page.cards[first.id].host.text() == "Host: Grethe Vært"
        _edit(qtbot, dialog, 1, 1, "Kastanjen")
        assert ts.board(page.ctx.db, page.ctx.assembly_id).tables[1].name == "Kastanjen"
        assert page.cards[second.id].title.text().startswith("Table 2 · Kastanjen · ")
        # a name another table has is refused, and the cell shows what is stored
        _edit(qtbot, dialog, 1, 1, first.name)
        assert dialog.error.isVisible()
        assert dialog.error.text() == f"Not saved: Table {first.number} is already called “{first.name}”."
        assert dialog.tables.item(1, 1).text() == "Kastanjen"
        assert ts.board(page.ctx.db, page.ctx.assembly_id).tables[1].name == "Kastanjen"
        # no name: the table is called by its number
        _edit(qtbot, dialog, 1, 1, "")
        assert ts.board(page.ctx.db, page.ctx.assembly_id).tables[1].name == ""
        assert page.cards[second.id].title.text().startswith(f"Table {second.number} · ")
        assert dialog.error.isHidden()
    finally:
        dialog.close()


def test_ctrl_z_puts_back_names_hosts_and_removed_rules_step_by_step(qtbot: Any, page: TablesPage) -> None:
    db, aid = page.ctx.db, page.ctx.assembly_id
    b = page.model.board
    first, second = b.tables[0], b.tables[1]
    a, c, d = b.members[0], b.members[1], b.members[2]
    ts.add_constraint(db, aid, ts.APART, [a.id, c.id], "Søskende")
    dialog = _open(qtbot, page)
    try:
        assert not dialog.undo_button.isEnabled()
        _edit(qtbot, dialog, 0, 2, "Grethe Vært")
        _edit(qtbot, dialog, 1, 1, "Kastanjen")
        dialog.rules.setFocus()
        dialog.rules.selectRow(0)
        qtbot.keyClick(dialog.rules, Qt.Key.Key_Delete)
        assert ts.list_rules(db, aid) == []
        assert dialog.undo_button.isEnabled()

        qtbot.keyClick(dialog.rules, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        back = ts.list_rules(db, aid)
        assert [(r.kind, r.label, {m.id for m in r.members}) for r in back] == [("apart", "Søskende", {a.id, c.id})]
        assert dialog.rules.rowCount() == 1
        qtbot.keyClick(dialog.rules, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert ts.board(db, aid).tables[1].name == second.name
        assert dialog.tables.item(1, 1).text() == second.name
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        assert ts.board(db, aid).tables[0].host_name == first.host_name
        assert page.cards[first.id].host.text() == f"Host: {first.host_name}"
        assert not dialog.undo_button.isEnabled()

        # a removed rule that now contradicts another is not put back, and says why
        dialog.rules.selectRow(0)
        qtbot.keyClick(dialog.rules, Qt.Key.Key_Delete)
        ts.add_constraint(db, aid, ts.TOGETHER, [a.id, c.id, d.id], "Tolk")
        qtbot.keyClick(dialog.rules, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert dialog.error.isVisible() and dialog.error.text().startswith("Not undone: ")
        assert [r.label for r in ts.list_rules(db, aid)] == ["Tolk"]
    finally:
        dialog.close()
