"""The Tables page through qtbot: board, moves (drop API and keyboard), round selector,
planning in a worker, and the find-your-table projector view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.changes import Changes
from app.services import tables as ts
from tests.ui.helpers import show_active
from ui.context import AppContext
from ui.projector.find_table import ROWS, FindTableView
from ui.tables.board import MEMBER_ROLE, table_label
from ui.tables.page import TablesPage


def _page(qtbot, ctx: AppContext) -> TablesPage:  # type: ignore[no-untyped-def]
    page = TablesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page


def test_board_shows_a_card_per_table_and_moves_update_figures(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    b = page.model.board
    assert len(page.cards) == len(b.tables) > 0
    rid = page.model.round_id
    assert rid is not None
    seats = b.seating[rid]
    member_id, from_table = next(iter(seats.items()))
    to_table = next(t.id for t in b.tables if t.id != from_table)
    # a drop calls the model's move API
    assert page.model.move(member_id, to_table)
    assert ts.board(ctx.db, ctx.assembly_id).seating[rid][member_id] == to_table
    chips = page.cards[to_table].chips
    assert member_id in [chips.item(i).data(MEMBER_ROLE) for i in range(chips.count())]
    assert "pairs sit together again" in page.figures.text()
    assert "unavoidable" in page.figures.text()
    # moving a second member from the same table makes the sizes differ by two: a warning
    second = next(m for m, t in ts.board(ctx.db, ctx.assembly_id).seating[rid].items() if t == from_table)
    page.model.move(second, to_table)
    assert "differ by more than one" in page.warning_label.text()


def test_round_selector_and_keyboard_move(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    b = page.model.board
    assert page.round_combo.count() == len(b.rounds) > 1
    page.round_combo.setFocus()
    qtbot.keyClick(page.round_combo, Qt.Key.Key_End)
    assert page.model.round_id == b.rounds[-1].id
    rid = b.rounds[-1].id
    table = b.tables[0]
    chips = page.cards[table.id].chips
    chips.setFocus()
    chips.setCurrentRow(0)
    member_id = chips.item(0).data(MEMBER_ROLE)
    target = next(t for t in b.tables if t.id != table.id and t.number < 10)
    qtbot.keyClick(chips, str(target.number))
    assert ts.board(ctx.db, ctx.assembly_id).seating[rid][member_id] == target.id
    # F fixes the seat of the selected member
    moved = page.cards[target.id].chips
    row = next(i for i in range(moved.count()) if moved.item(i).data(MEMBER_ROLE) == member_id)
    moved.setFocus()
    moved.setCurrentRow(row)
    qtbot.keyClick(moved, Qt.Key.Key_F)
    assert (rid, member_id) in ts.board(ctx.db, ctx.assembly_id).pinned
    assert any("(fixed)" in moved.item(i).text() for i in range(moved.count()))


def test_colour_by_category_has_letters(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    names = [page.colour_combo.itemText(i) for i in range(page.colour_combo.count())]
    assert len(names) >= 2
    page.colour_combo.setCurrentIndex(1)
    assert page.model.colour_category == names[1]
    legend = page.model.legend()
    letters = [letter for _v, letter, _c in legend]
    assert len(set(letters)) == len(letters)
    chips = next(iter(page.cards.values())).chips
    assert any(chips.item(0).text().startswith(letter + " · ") for letter in letters)


def test_plan_all_rounds_in_a_worker(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    real = ts.plan_seating

    def quick(*args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["max_iterations"] = 4000
        return real(*args, **kwargs)

    monkeypatch.setattr(ts, "plan_seating", quick)
    page.tables_spin.setValue(5)
    page.rounds_spin.setValue(2)
    show_active(qtbot, page)
    page.round_combo.setFocus()
    qtbot.keyClick(
        page.round_combo, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert page.progress.isVisible()
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert not page.progress.isVisible()
    b = ts.board(ctx.db, ctx.assembly_id)
    r1 = b.rounds[0]
    used = set(b.seating[r1.id].values())
    assert len(used) == 5
    assert not any("differ by more than one" in w for w in ts.warnings(b, r1.id))
    assert "planned" in page.window().statusTip() or page.task is None


def test_find_your_table_pages_and_shows_first_names(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    view = FindTableView(ctx)
    qtbot.addWidget(view)
    full_names = {m.display_name for m in ts.board(ctx.db, ctx.assembly_id).members}
    assert len({e.first_name for e in view.entries}) == len(view.entries)  # the demo has two Charlottes
    for size in ((1920, 1080), (1280, 720), (1024, 768)):
        view.setFixedSize(*size)
        view.show()
        assert view.width() == size[0]
        view.apply_scale()
        assert view.rows <= ROWS
        assert view.page_count * view.rows * view.columns >= len(view.entries)
        texts = [name.text() for name, _n in view.labels]
        assert texts == [e.first_name for e in view.entries][: len(texts)]
        assert texts == sorted(texts, key=str.casefold)
        assert not set(texts) & full_names  # first names, with a last-name initial where two share one
    view.setFixedSize(1024, 768)
    view.apply_scale()
    if view.page_count > 1:
        first = [n.text() for n, _ in view.labels]
        view.next_page()
        assert [n.text() for n, _ in view.labels] != first
        assert view.pager.text() == f"2 / {view.page_count}"
    view.close()


def test_find_your_table_names_the_tables_when_that_takes_no_more_pages(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    b = ts.board(ctx.db, ctx.assembly_id)
    view = FindTableView(ctx)
    qtbot.addWidget(view)
    view.setFixedSize(1920, 1080)
    view.show()
    view.apply_scale()
    pages = view.page_count
    for t in b.tables:
        ts.set_host(ctx.db, t.id, t.host_name, name=chr(ord("A") + t.number - 1))
    ctx.notify(Changes.SEATING)
    numbers = [n.text() for _name, n in view.labels]
    assert numbers and all(" · " in n for n in numbers)
    entry = view.entries[0]
    assert numbers[0] == f"{entry.table_number} · {chr(ord('A') + entry.table_number - 1)}"
    assert view.page_count == pages
    for t in b.tables:
        ts.set_host(ctx.db, t.id, t.host_name, name=f"Det lange bord nummer {t.number} ved vinduet")
    ctx.notify(Changes.SEATING)
    assert view.page_count == pages
    assert all(n.text().isdigit() for _name, n in view.labels)  # numbers alone rather than more pages
    view.close()


def test_a_card_shows_the_table_number_beside_its_name(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    b = page.model.board
    named = next(t for t in b.tables if t.name)
    assert page.cards[named.id].title.text().startswith(f"Table {named.number} · {named.name} · ")


def test_table_lists_and_place_cards(ctx: AppContext, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from app.reports.table_lists import write_place_cards, write_table_lists

    b = ts.board(ctx.db, ctx.assembly_id)
    path = write_table_lists(ctx.db, ctx.assembly_id, tmp_path / "lists.pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(path)).pages)
    first = b.members_at(b.rounds[0].id, b.tables[0].id)[0]
    assert first.display_name in text
    assert b.tables[0].host_name in text
    cards = write_place_cards(ctx.db, ctx.assembly_id, b.rounds[0].id, tmp_path / "cards.pdf")
    reader = PdfReader(str(cards))
    seated = len(b.seating[b.rounds[0].id])
    assert len(reader.pages) == -(-seated // 4)
    assert first.first_name in "".join(p.extract_text() for p in reader.pages)


def test_rebalance_today_after_three_absent(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.models import Attendance

    page = _page(qtbot, ctx)
    b = page.model.board
    r1 = b.rounds[0]
    page.round_combo.setCurrentIndex(0)
    assert r1.day_id is not None
    absent = [m.id for m in b.members[:3]]
    with ctx.db.session() as s:
        s.query(Attendance).filter(Attendance.day_id == r1.day_id).delete()
        for m in b.members:
            s.add(Attendance(member_id=m.id, day_id=r1.day_id, status="absent" if m.id in absent else "present"))
    real = ts.rebalance

    def quick(*args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["max_iterations"] = 6000
        return real(*args, **kwargs)

    monkeypatch.setattr(ts, "rebalance", quick)
    qtbot.mouseClick(page.rebalance_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    after = ts.board(ctx.db, ctx.assembly_id)
    seats = after.seating[r1.id]
    assert not set(absent) & set(seats)
    assert len(seats) == len(b.members) - 3
    assert not any("differ by more than one" in w for w in ts.warnings(after, r1.id))
    # the cards show it: nobody absent on the board
    shown = {card.chips.item(i).data(MEMBER_ROLE) for card in page.cards.values() for i in range(card.chips.count())}
    assert shown == set(seats)


def test_a_drop_on_another_table_moves_the_member(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    import warnings

    from PySide6.QtCore import QMimeData, QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from ui.tables.board import MIME

    page = _page(qtbot, ctx)
    b = page.model.board
    rid = page.model.round_id
    source, target = b.tables[0], b.tables[1]
    chips = page.cards[source.id].chips
    member_id = chips.item(0).data(MEMBER_ROLE)
    # what a drag from the source list carries
    data = chips.mimeData([chips.item(0)])
    assert data.hasFormat(MIME)
    mime = QMimeData()
    mime.setData(MIME, data.data(MIME))
    drop_list = page.cards[target.id].chips
    with warnings.catch_warnings():  # PySide marks the QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.MoveAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(drop_list.viewport(), enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(drop_list.viewport(), event)
    assert ts.board(ctx.db, ctx.assembly_id).seating[rid][member_id] == target.id
    assert member_id in [
        page.cards[target.id].chips.item(i).data(MEMBER_ROLE) for i in range(page.cards[target.id].chips.count())
    ]


# ------------------------------------------------------------------------------ undo


def _chip_row(page: TablesPage, table_id: int, member_id: int) -> int:
    chips = page.cards[table_id].chips
    return next(i for i in range(chips.count()) if chips.item(i).data(MEMBER_ROLE) == member_id)


def test_ctrl_z_undoes_moves_and_fixed_seats_step_by_step(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    show_active(qtbot, page)
    said: list[str] = []
    ctx.status_message.connect(said.append)
    b = page.model.board
    rid = page.model.round_id
    assert rid is not None and not page.undo_action.isEnabled() and not page.undo_button.isEnabled()
    assert "Ctrl+Z" in page.undo_button.toolTip() and "rebalancing clears" in page.undo_button.toolTip()
    home, second, third = b.tables[0], b.tables[1], b.tables[2]
    chips = page.cards[home.id].chips
    chips.setFocus()
    chips.setCurrentRow(0)
    member = b.member(chips.item(0).data(MEMBER_ROLE))
    figures = page.figures.text()
    # 1: a keyboard move, 2: F fixes the seat there, 3: a drop on a third table
    qtbot.keyClick(chips, str(second.number))
    moved = page.cards[second.id].chips
    moved.setFocus()
    moved.setCurrentRow(_chip_row(page, second.id, member.id))
    qtbot.keyClick(moved, Qt.Key.Key_F)
    assert page.model.move(member.id, third.id)
    stored = ts.board(ctx.db, ctx.assembly_id)
    assert stored.seating[rid][member.id] == third.id and (rid, member.id) in stored.pinned
    assert page.undo_button.isEnabled()
    assert page.undo_button.toolTip().startswith(f"Undo: {member.display_name} moved to {table_label(third)}")

    page.round_combo.setFocus()
    qtbot.keyClick(page.round_combo, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    stored = ts.board(ctx.db, ctx.assembly_id)
    assert stored.seating[rid][member.id] == second.id and (rid, member.id) in stored.pinned
    assert said[-1] == f"Undone: {member.display_name} moved back to {table_label(second)}"
    # the board shows it, with the member selected where they are back
    assert page.cards[second.id].chips.currentItem().data(MEMBER_ROLE) == member.id

    # again from the board itself: the chip list that now has the focus
    back = page.cards[second.id].chips
    assert back.hasFocus()
    qtbot.keyClick(back, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (rid, member.id) not in ts.board(ctx.db, ctx.assembly_id).pinned
    assert said[-1] == f"Undone: {member.display_name}'s seat is free again"

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    stored = ts.board(ctx.db, ctx.assembly_id)
    assert stored.seating[rid][member.id] == home.id and (rid, member.id) not in stored.pinned
    assert stored.seating == b.seating and stored.pinned == b.pinned  # as it was before the first move
    assert said[-1] == f"Undone: {member.display_name} moved back to {table_label(home)}"
    assert page.figures.text() == figures
    assert not page.undo_action.isEnabled() and not page.undo_button.isEnabled()
    # nothing left: Ctrl+Z changes nothing
    qtbot.keyClick(page.round_combo, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ts.board(ctx.db, ctx.assembly_id).seating == b.seating


def test_undo_goes_back_to_the_round_and_unseats_who_had_no_seat(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    show_active(qtbot, page)
    said: list[str] = []
    ctx.status_message.connect(said.append)
    b = page.model.board
    first, last = b.rounds[0], b.rounds[-1]
    page.round_combo.setCurrentIndex(0)
    member = b.members[0]
    ts.unseat_member(ctx.db, first.id, member.id)
    page.model.reload()
    assert page.model.move(member.id, b.tables[2].id)
    page.round_combo.setCurrentIndex(page.round_combo.count() - 1)
    assert page.model.round_id == last.id
    qtbot.keyClick(page.round_combo, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert member.id not in ts.board(ctx.db, ctx.assembly_id).seating[first.id]
    assert said[-1] == f"Undone: {member.display_name} has no seat again"
    assert page.model.round_id == first.id and page.round_combo.currentData() == first.id


def test_planning_clears_what_can_be_undone(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    real = ts.plan_seating
    monkeypatch.setattr(ts, "plan_seating", lambda *a, **k: real(*a, **{**k, "max_iterations": 2000}))
    b = page.model.board
    rid = page.model.round_id
    member_id, table_id = next(iter(b.seating[rid].items()))
    assert page.model.move(member_id, next(t.id for t in b.tables if t.id != table_id))
    assert page.undo_button.isEnabled()
    page.tables_spin.setValue(len(b.tables))
    page.rounds_spin.setValue(2)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert page.history == []
    assert not page.undo_button.isEnabled()
    assert page.undo_button.toolTip().startswith("Nothing to undo.")


def test_the_figures_use_the_ui_locale(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("da_DK"))
    try:
        page = _page(qtbot, ctx)
        q = page.model.quality
        assert q is not None
        assert q.diversity_deviation < 1000  # no thousands separator to think of
        comma = f"deviation {q.diversity_deviation:.1f}, worst {q.worst_deviation:.2f}".replace(".", ",")
        assert comma in page.figures.toolTip()
    finally:
        QLocale.setDefault(before)


def test_undo_does_not_seat_a_member_withdrawn_meanwhile(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from app.services.members import withdraw_member

    page = _page(qtbot, ctx)
    said: list[str] = []
    ctx.status_message.connect(said.append)
    b = page.model.board
    rid = page.model.round_id
    member = b.members[0]
    start = b.seating[rid][member.id]
    assert page.model.move(member.id, next(t.id for t in b.tables if t.id != start))
    ctx.apply(lambda: withdraw_member(ctx.db, member.id, on=dt.date.today(), reason="moved away"))
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert said[-1] == f"Not undone: {member.display_name} is no longer an active member"
    assert not page.undo_button.isEnabled()


def test_the_rules_dialog_opens_again_after_closing(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent

    page = _page(qtbot, ctx)
    first = page.open_rules()
    assert page.open_rules() is first  # one at a time
    first.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    again = page.open_rules()
    assert again.isVisible() and page.rules_dialog is again
    again.close()


def test_rebalancing_clears_what_can_be_undone(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    b = page.model.board
    rid = page.model.round_id
    member_id, table_id = next(iter(b.seating[rid].items()))
    assert page.model.move(member_id, next(t.id for t in b.tables if t.id != table_id))
    assert page.history and page.undo_button.isEnabled()
    calls = []

    def rebalance(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        return ts.RebalanceReport([1], len(b.members), 0, 0, ts.quality(ts.board(ctx.db, ctx.assembly_id)))

    monkeypatch.setattr(ts, "rebalance", rebalance)
    qtbot.mouseClick(page.rebalance_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert calls
    assert page.history == [] and not page.undo_button.isEnabled()
