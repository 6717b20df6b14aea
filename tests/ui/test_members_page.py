"""The Members page through qtbot: check-in by keyboard, undo, roster, import, replace."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.db import Database
from app.models import Attendance, Member
from app.services.assembly import AssemblyInfo
from app.services.members import list_members
from tests.app.test_members_fixtures import Built, build
from tests.ui.helpers import show_active
from ui.context import AppContext
from ui.members.models import MembersTableModel
from ui.members.page import MembersPage

DATA = Path(__file__).resolve().parent.parent / "data" / "members"
RESERVES = [("Rasmus", "Holm", "60+", "Mand"), ("Sofie", "Lund", "16-24", "Kvinde"), ("Tove", "Berg", "25-39", "Mand")]


@pytest.fixture
def built(db: Database, assembly: AssemblyInfo) -> Built:
    return build(db, assembly.id, members=50, days=2, reserves=RESERVES)


@pytest.fixture
def page(qtbot: Any, db: Database, assembly: AssemblyInfo, built: Built) -> MembersPage:
    ctx = AppContext(db, assembly.id)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    show_active(qtbot, page)
    return page


def _attendance(db: Database) -> dict[int, tuple[str, str]]:
    with db.read() as s:
        return {a.member_id: (a.status, a.reason) for a in s.scalars(select(Attendance))}


def _checkin(qtbot: Any, page: MembersPage) -> None:
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert page.stack.currentWidget() is page.checkin
    assert page.checkin.input.hasFocus()


def test_check_in_40_members_by_keyboard(qtbot: Any, page: MembersPage, db: Database, built: Built) -> None:
    _checkin(qtbot, page)
    view = page.checkin
    assert view.day_id == built.days[0] or view.day_id == built.days[1]
    view.day_box.setCurrentIndex(view.day_box.findData(built.days[0]))
    view.input.setFocus()
    for number in range(1, 41):
        if number == 6:
            qtbot.keyClicks(view.input, "freja ær")  # by name: Freja Ærø is no. 6
        else:
            qtbot.keyClicks(view.input, str(number))
        qtbot.keyClick(view.input, Qt.Key.Key_Return)
        assert view.feedback_kind == "ok"
        assert view.input.text() == ""
    att = _attendance(db)
    assert len(att) == 40 and {s for s, _ in att.values()} == {"present"}
    assert set(att) == set(built.members[:40])
    assert view.total.text() == "40 / 50"
    assert "checked in" in view.feedback_text() and "Table" in view.feedback_text()


def test_enter_checks_in_the_chosen_match_and_shows_the_table(
    qtbot: Any, page: MembersPage, db: Database, built: Built
) -> None:
    _checkin(qtbot, page)
    view = page.checkin
    view.day_box.setCurrentIndex(view.day_box.findData(built.days[0]))
    view.input.setFocus()
    qtbot.keyClicks(view.input, "gus")  # Gustav Østergård (7) and Gustav Sørensen (19) …
    names = [m.name for m in view.matches]
    assert names[0].startswith("Gustav") and names[1].startswith("Gustav")
    assert view.current_match() is None  # several: nobody is highlighted until chosen
    qtbot.keyClick(view.input, Qt.Key.Key_Down)  # the first …
    qtbot.keyClick(view.input, Qt.Key.Key_Down)  # … the second
    chosen = view.matches[1]
    qtbot.keyClick(view.input, Qt.Key.Key_Return)
    assert _attendance(db) == {chosen.member_id: ("present", "")}
    text = view.feedback_text()
    assert chosen.name in text and f"Table {chosen.table}" in text
    # again: already checked in, nothing changes
    qtbot.keyClicks(view.input, str(chosen.number))
    qtbot.keyClick(view.input, Qt.Key.Key_Return)
    assert view.feedback_kind == "warning" and "already checked in" in view.feedback_text()
    assert len(_attendance(db)) == 1
    qtbot.keyClicks(view.input, "xyz")
    qtbot.keyClick(view.input, Qt.Key.Key_Return)
    assert view.feedback_kind == "error" and "No member matches" in view.feedback_text()


def test_ctrl_z_undoes_the_last_check_in(qtbot: Any, page: MembersPage, db: Database, built: Built) -> None:
    _checkin(qtbot, page)
    view = page.checkin
    for number in ("3", "4"):
        qtbot.keyClicks(view.input, number)
        qtbot.keyClick(view.input, Qt.Key.Key_Return)
    assert len(_attendance(db)) == 2
    qtbot.keyClick(view.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(_attendance(db)) == {built.members[2]}
    assert "Check-in of Dorte Pedersen (no. 4) undone" in view.feedback_text()
    qtbot.keyClick(view.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _attendance(db) == {}
    qtbot.keyClick(view.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing to undo" in view.feedback_text()


def test_f_keys_for_late_left_early_absent(qtbot: Any, page: MembersPage, db: Database, built: Built) -> None:
    _checkin(qtbot, page)
    view = page.checkin
    for number, key, reason in (("5", Qt.Key.Key_F4, "syg"), ("8", Qt.Key.Key_F2, "bus"), ("9", Qt.Key.Key_F3, "")):
        qtbot.keyClicks(view.input, number)
        qtbot.keyClick(view.input, key)
        assert view.reason.hasFocus() and view.reason_row.isVisible()
        qtbot.keyClicks(view.reason, reason)
        qtbot.keyClick(view.reason, Qt.Key.Key_Return)
        assert view.input.hasFocus() and not view.reason_row.isVisible()
    assert _attendance(db) == {
        built.members[4]: ("absent", "syg"),
        built.members[7]: ("late", "bus"),
        built.members[8]: ("left_early", ""),
    }
    # Esc cancels a pending status without writing
    qtbot.keyClicks(view.input, "10")
    qtbot.keyClick(view.input, Qt.Key.Key_F4)
    qtbot.keyClick(view.reason, Qt.Key.Key_Escape)
    assert built.members[9] not in _attendance(db)
    assert "present 0 · late 1 · left early 1 · absent 1" in view.breakdown.text()
    assert view.total.text() == "1 / 50"


def test_roster_search_filters_and_model(qtbot: Any, qtmodeltester: Any, page: MembersPage, built: Built) -> None:
    roster = page.roster
    qtmodeltester.check(roster.model)
    assert roster.proxy.rowCount() == 50
    qtbot.keyClick(roster, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert roster.search.hasFocus()
    qtbot.keyClicks(roster.search, "øst")
    names = {roster.proxy.index(r, 2).data() for r in range(roster.proxy.rowCount())}
    assert names == {"Østergård"}
    roster.search.clear()
    qtbot.keyClicks(roster.search, "4")
    assert [roster.proxy.index(r, 0).data() for r in range(roster.proxy.rowCount())] == [
        "4",
        "40",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "47",
        "48",
        "49",
    ]
    roster.search.clear()
    roster.value_filter.setCurrentIndex(roster.value_filter.findText("Alder: 60+"))
    assert roster.proxy.rowCount() == 12
    roster.status_filter.setCurrentIndex(roster.status_filter.findData("withdrawn"))
    assert roster.proxy.rowCount() == 0
    roster.status_filter.setCurrentIndex(0)
    roster.value_filter.setCurrentIndex(0)
    roster.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert roster.proxy.index(0, 2).data() == "Andersen"


def test_model_tester_on_an_empty_model(qtmodeltester: Any) -> None:
    qtmodeltester.check(MembersTableModel())


def test_edit_form_and_new_member(qtbot: Any, page: MembersPage, db: Database, assembly: AssemblyInfo) -> None:
    roster = page.roster
    roster.select_member(list_members(db, assembly.id)[2].id)
    form = roster.form
    assert form.first_name.text() == "Carl"
    form.phone.setText("12 34 56 78")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert list_members(db, assembly.id)[2].first_name == "Carl"
    from app.services.members import get_member

    assert get_member(db, list_members(db, assembly.id)[2].id).contact.phone == "12 34 56 78"
    form.phone.setText("12")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible() and "phone" in form.error.text()
    # a new member gets the next number automatically
    roster.table.setFocus()
    qtbot.keyClick(roster.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert form.member_id is None and "51" in form.number.text()
    qtbot.keyClicks(form.first_name, "Åse")
    qtbot.keyClicks(form.last_name, "Ørsted")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    last = list_members(db, assembly.id)[-1]
    assert (last.number, last.name) == (51, "Åse Ørsted")
    assert roster.selected_member_id() == last.id


def test_import_dialog_messy_file(qtbot: Any, db: Database, assembly: AssemblyInfo) -> None:
    build(db, assembly.id, members=0, days=1)
    page = MembersPage(AppContext(db, assembly.id))
    qtbot.addWidget(page)
    assert page.roster.stack.currentWidget() is page.roster.empty  # the empty state offers the import
    dialog = page.open_import(DATA / "messy_danish.xlsx")
    try:
        # the unknown values are offered with their likely meaning, the rest are problems
        assert [(c, t) for c, t, _ in dialog.value_boxes] == [(c, "K") for c, _, _ in dialog.value_boxes[:1]] + [
            (dialog.value_boxes[1][0], "M")
        ]
        assert [box.currentText() for _, _, box in dialog.value_boxes] == ["Kvinde", "Mand"]
        cells = [
            (dialog.problems.item(r, 0).text(), dialog.problems.item(r, 1).text())
            for r in range(dialog.problems.rowCount())
        ]
        assert cells == [("3", "Mail"), ("4", "Tlf"), ("5", "Fornavn"), ("6", "Mail"), ("7", "Alder"), ("8", "Alder")]
        assert not dialog.import_button.isEnabled()
        # un-mapping "K" brings its problems back
        dialog.value_boxes[0][2].setCurrentIndex(0)
        assert dialog.problems.rowCount() == 8
        dialog.value_boxes[0][2].setCurrentIndex(dialog.value_boxes[0][2].findText("Kvinde"))
        dialog.skip.setFocus()
        qtbot.keyClick(dialog.skip, Qt.Key.Key_Space)  # the explicit choice to skip the bad rows
        assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 2 members"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.result_info is not None and dialog.result_info.imported == 2
    finally:
        dialog.close()
    assert [m.name for m in list_members(db, assembly.id)] == ["Mette Frederiksen", "Ida Auken"]
    assert page.roster.stack.currentWidget() is page.roster.body


def test_import_dialog_column_correction(qtbot: Any, db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    b = build(db, assembly.id, members=0, days=1)
    path = tmp_path / "roster.csv"
    path.write_text("Person;Kvinde/Mand\nAnna Jensen;Kvinde\nBo Berg;Mand\n", encoding="cp1252")
    page = MembersPage(AppContext(db, assembly.id))
    qtbot.addWidget(page)
    dialog = page.open_import(path)
    try:
        assert "no column with the members' names" in dialog.problems.item(0, 2).text()
        assert not dialog.import_button.isEnabled()
        dialog.mapping_boxes["Person"].setCurrentIndex(dialog.mapping_boxes["Person"].findData("name"))
        gender = f"category:{b.gender}"
        dialog.mapping_boxes["Kvinde/Mand"].setCurrentIndex(dialog.mapping_boxes["Kvinde/Mand"].findData(gender))
        assert dialog.problems.rowCount() == 0 and dialog.import_button.text() == "Import 2 members"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    finally:
        dialog.close()
    assert [m.value_names[b.gender] for m in list_members(db, assembly.id)] == ["Kvinde", "Mand"]


def test_withdraw_and_replace_dialog(qtbot: Any, page: MembersPage, db: Database, built: Built) -> None:
    page.roster.select_member(built.members[0])  # no. 1: 16-24, Kvinde
    dialog = page.open_withdraw(built.members[0])
    try:
        assert dialog.table.item(0, 0).text() == "Sofie Lund"  # same values first
        assert dialog.table.item(0, 3).text() == "2 of 2"
        qtbot.keyClicks(dialog.reason, "flyttet")
        qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
        assert dialog.result_number == 51
    finally:
        dialog.close()
    with db.read() as s:
        old = s.get(Member, built.members[0])
        assert old is not None and old.status == "replaced" and old.withdrawn_reason == "flyttet"
        assert s.scalar(select(func.count()).select_from(Member).where(Member.replaces_id == old.id)) == 1
    page.roster.select_member(built.members[0])
    assert "Replaced by member 51" in page.roster.form.history.text()


def test_forget_export_and_print(qtbot: Any, page: MembersPage, db: Database, built: Built, tmp_path: Path) -> None:
    page.roster.select_member(built.members[1])
    page.roster.forget_selected(confirm=False)
    assert page.roster.form.first_name.placeholderText() == "(forgotten)"
    assert not page.roster.form.contact_box.isEnabled()
    out = tmp_path / "m.xlsx"
    page.export(out, with_contacts=False)
    frame = pd.read_excel(out, sheet_name="Members")
    assert "first_name" not in frame.columns and len(frame) == 50
    pdf = tmp_path / "badges.pdf"
    task = page.print_pdf("badges", pdf, open_after=False)
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Anna Jensen" in text and "Bo Nielsen" not in text  # no. 2 (Bo Nielsen) was forgotten


def _lones(db: Database, built: Built) -> tuple[int, int]:
    """Two members called Lone (nos. 13 and 44) – a desk's everyday ambiguity."""
    from app.services.members import update_member

    one, two = built.members[12], built.members[43]
    update_member(db, one, first_name="Lone", last_name="Hussein")
    update_member(db, two, first_name="Lone", last_name="Pedersen")
    return one, two


def test_enter_on_a_name_of_several_members_asks_which_one(
    qtbot: Any, page: MembersPage, db: Database, built: Built
) -> None:
    first, second = _lones(db, built)
    _checkin(qtbot, page)
    view = page.checkin
    view.reload()
    qtbot.keyClicks(view.input, "lone")
    assert {m.member_id for m in view.matches} == {first, second}
    qtbot.keyClick(view.input, Qt.Key.Key_Return)
    assert _attendance(db) == {}, "Enter on an ambiguous name checked somebody in"
    assert view.feedback_kind == "warning" and "2 members match “lone” – which one?" in view.feedback_text()
    assert view.input.text() == "lone" and view.input.hasFocus()
    qtbot.keyClick(view.input, Qt.Key.Key_F4)  # F4 asks too, it does not pick the first
    assert not view.reason_row.isVisible() and "which one?" in view.feedback_text()
    qtbot.keyClick(view.input, Qt.Key.Key_Return)  # a second Enter still checks in nobody
    assert _attendance(db) == {}
    qtbot.keyClick(view.input, Qt.Key.Key_Up)  # Up: the last one; Enter checks in that one
    chosen = view.matches[-1]
    qtbot.keyClick(view.input, Qt.Key.Key_Return)
    assert _attendance(db) == {chosen.member_id: ("present", "")}
    # more letters make it one member: Enter checks in at once
    other = first if chosen.member_id == second else second
    other_name = "lone hussein" if other == first else "lone pedersen"
    qtbot.keyClicks(view.input, other_name[:6])
    assert view.current_match() is not None and view.current_match().member_id == other  # type: ignore[union-attr]
    qtbot.keyClick(view.input, Qt.Key.Key_Return)
    assert set(_attendance(db)) == {first, second}


def test_absence_banner_and_undo_say_what_happened(
    qtbot: Any, page: MembersPage, db: Database, built: Built
) -> None:
    _checkin(qtbot, page)
    view = page.checkin
    qtbot.keyClicks(view.input, "3")
    qtbot.keyClick(view.input, Qt.Key.Key_Return)
    three = view.undo_stack[-1].name
    assert three in view.feedback_text()
    qtbot.keyClicks(view.input, "4")
    qtbot.keyClick(view.input, Qt.Key.Key_F4)
    four = view.pending[0].name  # type: ignore[index]
    assert three not in view.feedback_text() and four in view.feedback_text()  # the banner follows
    assert view.reason_row.isVisible() and view.reason.width() > 400  # the reason has room
    qtbot.keyClicks(view.reason, "syg")
    qtbot.keyClick(view.reason, Qt.Key.Key_Return)
    assert three not in view.feedback_text() and four in view.feedback_text() and "absent" in view.feedback_text()
    qtbot.keyClick(view.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    text = view.feedback_text()
    assert f"Absence of {four} (no. 4) undone" in text and "Now: not checked in" in text
    assert "Check-in" not in text
    assert built.members[3] not in _attendance(db)
    qtbot.keyClick(view.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert f"Check-in of {three} (no. 3) undone" in view.feedback_text()


def test_the_keys_are_on_the_buttons(page: MembersPage) -> None:
    from PySide6.QtWidgets import QToolButton

    texts = [b.text() for b in page.checkin.findChildren(QToolButton)]
    for word, key in (("Late", "F2"), ("Left early", "F3"), ("Absent", "F4"), ("Check in", "Enter")):
        assert f"{word}  {key}" in texts, texts


def test_enter_on_absent_checks_in_but_left_early_is_kept(
    qtbot: Any, page: MembersPage, db: Database, built: Built
) -> None:
    _checkin(qtbot, page)
    view = page.checkin
    for number, key in (("11", Qt.Key.Key_F4), ("12", Qt.Key.Key_F3)):
        qtbot.keyClicks(view.input, number)
        qtbot.keyClick(view.input, key)
        qtbot.keyClick(view.reason, Qt.Key.Key_Return)
    qtbot.keyClicks(view.input, "11")  # marked absent, then turned up after all
    qtbot.keyClick(view.input, Qt.Key.Key_Return)
    qtbot.keyClicks(view.input, "12")  # left early: Enter does not undo that by accident
    qtbot.keyClick(view.input, Qt.Key.Key_Return)
    assert "left early" in view.feedback_text()
    assert _attendance(db) == {built.members[10]: ("present", ""), built.members[11]: ("left_early", "")}


def test_import_dialog_fix_the_file_and_read_it_again(
    qtbot: Any, db: Database, assembly: AssemblyInfo, tmp_path: Path
) -> None:
    build(db, assembly.id, members=0, days=1)
    path = tmp_path / "roster.csv"
    path.write_text("Fornavn;Efternavn;Mail;Køn\nAnna;Berg;anna@example;K\nBo;Holm;bo@example.dk;M\n", "cp1252")
    page = MembersPage(AppContext(db, assembly.id))
    qtbot.addWidget(page)
    dialog = page.open_import(path)
    try:
        assert [dialog.problems.item(r, 2).text() for r in range(dialog.problems.rowCount())] == [
            "'anna@example' is not an e-mail address"
        ]
        dialog.value_boxes[1][2].setCurrentIndex(0)  # the user does not accept "M" → Mand
        assert dialog.problems.rowCount() == 2
        path.write_text("Fornavn;Efternavn;Mail;Køn\nAnna;Berg;anna@example.dk;K\nBo;Holm;bo@example.dk;M\n", "cp1252")
        qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
        assert dialog.problems.rowCount() == 1  # the e-mail is fixed; "M" is still not chosen
        box = dialog.value_boxes[1][2]
        box.setCurrentIndex(box.findText("Mand"))
        assert dialog.problems.rowCount() == 0 and dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    finally:
        dialog.close()
    assert [m.name for m in list_members(db, assembly.id)] == ["Anna Berg", "Bo Holm"]
