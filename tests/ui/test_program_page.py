from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from app.services import experts, program, questions
from tests.ui.helpers import show_active
from ui.context import AppContext
from ui.program.models import AgendaModel, ExpertsModel, QuestionsModel
from ui.program.page import ProgramPage
from ui.projector.window import ProjectorController


def _day(ctx: AppContext) -> program.Day:
    day = program.create_day(
        ctx.db, ctx.assembly_id, dt.date(2031, 1, 4), title="Testdag", start_time=dt.time(9), end_time=dt.time(10)
    )
    program.add_item(ctx.db, day.id, "Welcome", duration_min=15)
    program.add_item(ctx.db, day.id, "Talk", kind="presentation", duration_min=30)
    program.add_item(ctx.db, day.id, "Coffee", kind="break", duration_min=15)
    return day


def _page(qtbot, ctx: AppContext, day: program.Day | None = None) -> ProgramPage:  # type: ignore[no-untyped-def]
    ProjectorController(ctx)
    page = ProgramPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    show_active(qtbot, page)
    if day is not None:
        page.day_combo.setCurrentIndex(page.day_combo.findData(day.id))
    return page


def _titles(page: ProgramPage) -> list[str]:
    return [page.agenda_model.index(r, 1).data() for r in range(page.agenda_model.rowCount())]


def test_reorder_with_keys_and_drag_and_drop(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    day = _day(ctx)
    page = _page(qtbot, ctx, day)
    assert _titles(page) == ["Welcome", "Talk", "Coffee"]
    assert page.agenda_model.index(1, 0).data() == "09:15–09:45"

    page.agenda.setCurrentIndex(page.agenda_model.index(2, 1))
    page.agenda.setFocus()
    qtbot.keyClick(page.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _titles(page) == ["Welcome", "Coffee", "Talk"]
    assert page.agenda_model.index(2, 0).data() == "09:30–10:00"  # times recomputed
    assert page.current_entry() is not None and page.current_entry().title == "Coffee"  # type: ignore[union-attr]
    qtbot.keyClick(page.agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _titles(page) == ["Welcome", "Talk", "Coffee"]

    # a drop is what the view does at the end of a drag: "Coffee" before "Welcome"
    model = page.agenda_model
    mime = model.mimeData([model.index(2, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: _titles(page) == ["Coffee", "Welcome", "Talk"])
    # dropped onto the last row's end
    mime = model.mimeData([model.index(0, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: _titles(page) == ["Welcome", "Talk", "Coffee"])
    assert [e.title for e in program.day_program(ctx.db, day.id).items] == ["Welcome", "Talk", "Coffee"]


def test_edit_an_item_and_see_the_overrun(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    day = _day(ctx)
    page = _page(qtbot, ctx, day)
    assert "fits" in page.summary.text()
    page.agenda.setCurrentIndex(page.agenda_model.index(1, 1))
    page.title_edit.setText("Expert talk: heat pumps")
    page.duration.setValue(45)
    page.room.setText("Sal B")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    items = program.day_program(ctx.db, day.id).items
    assert (items[1].title, items[1].duration_min, items[1].room) == ("Expert talk: heat pumps", 45, "Sal B")
    assert page.summary.objectName() == "warning"
    assert "does not fit" in page.summary.text() and "15 min" in page.summary.text()
    assert page.agenda_model.index(2, 5).data() == "After the day's end"

    # bad input is refused and changes nothing
    page.title_edit.setText("   ")
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    orig = QMessageBox.warning
    QMessageBox.warning = staticmethod(lambda *a, **k: shown.append(a[2]))  # type: ignore[method-assign]
    try:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    finally:
        QMessageBox.warning = orig  # type: ignore[method-assign]
    assert shown and "needs a title" in shown[0]
    assert program.day_program(ctx.db, day.id).items[1].title == "Expert talk: heat pumps"

    n = len(program.day_program(ctx.db, day.id).items)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(program.day_program(ctx.db, day.id).items) == n + 1
    assert page.title_edit.text() == "New item"


def test_start_the_day_tracks_now_and_shows_the_agenda(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    day = _day(ctx)
    page = _page(qtbot, ctx, day)
    assert ctx.projector is not None
    state = ctx.projector.state
    state.now = lambda: dt.datetime(2031, 1, 4, 9, 20)
    shown: list[str] = []
    ctx.projector.view_changed.connect(shown.append)
    qtbot.mouseClick(page.start_day_button, Qt.MouseButton.LeftButton)
    assert shown == ["agenda"] and state.day_id == day.id
    assert "NOW: Talk – 25 min left" in page.now_label.text()
    assert page.agenda_model.index(1, 5).data() == "Now"

    page.agenda.setCurrentIndex(page.agenda_model.index(2, 1))
    qtbot.mouseClick(page.countdown_button, Qt.MouseButton.LeftButton)
    assert shown[-1] == "countdown"
    assert state.countdown.duration_s == 15 * 60 and state.countdown.label == "Coffee"


def test_experts_and_materials(qtbot, ctx: AppContext, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    day = _day(ctx)
    e = experts.create_expert(ctx.db, ctx.assembly_id, "Aaron Aagaard", role="Planner")
    talk = program.day_program(ctx.db, day.id).items[1]
    experts.create_presentation(ctx.db, e.id, "Heat pumps", agenda_item_id=talk.id)
    page = _page(qtbot, ctx, day)
    page.tabs.setCurrentIndex(1)
    page._load_experts(select_id=e.id)
    assert page.current_expert() is not None and page.current_expert().name == "Aaron Aagaard"  # type: ignore[union-attr]
    assert page.presentations.count() == 1 and "Heat pumps" in page.presentations.item(0).text()

    page.expert_fields["organisation"].setText("Sundby Kommune")
    page.expert_fields["email"].setText("aa@example.dk")
    qtbot.keyClick(page.expert_fields["organisation"], Qt.Key.Key_Return)
    assert experts.get_expert(ctx.db, e.id).organisation == "Sundby Kommune"

    src = tmp_path / "slides.pdf"
    src.write_bytes(b"%PDF-1.4 slides")
    page.attach_material(src)
    assert page.materials.count() == 1
    opened: list[Path] = []
    monkeypatch.setattr("ui.program.page.open_file", lambda p: opened.append(p) or True)
    path = page.open_material()
    assert path is not None and opened == [path] and path.read_bytes() == b"%PDF-1.4 slides"


def test_questions_tab_pushes_questions_to_the_projector(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    before = {q.id for q in questions.projected_questions(ctx.db, ctx.assembly_id)}
    questions.clear_projector(ctx.db, ctx.assembly_id)
    q1 = questions.submit(ctx.db, ctx.assembly_id, "Hvad koster det?")
    q2 = questions.submit(ctx.db, ctx.assembly_id, "Hvem betaler?")
    page.reload()
    page.tabs.setCurrentIndex(2)
    model = page.questions_model
    rows = [r for r, q in enumerate(model.items) if q.id in (q1.id, q2.id)]
    selection = page.questions_view.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    for r in rows:
        selection.select(
            model.index(r, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    assert set(page.selected_question_ids()) == {q1.id, q2.id}
    page._project(True)
    assert [q.id for q in questions.projected_questions(ctx.db, ctx.assembly_id)] == [q1.id, q2.id]
    assert "2 of at most 3" in page.questions_hint.text()
    del before


def test_models(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    day = _day(ctx)
    agenda = AgendaModel()
    agenda.load(program.day_program(ctx.db, day.id))
    qtmodeltester.check(agenda)
    ex = ExpertsModel()
    experts.create_expert(ctx.db, ctx.assembly_id, "Bo Berg")
    ex.load(experts.list_experts(ctx.db, ctx.assembly_id))
    qtmodeltester.check(ex)
    qm = QuestionsModel()
    questions.submit(ctx.db, ctx.assembly_id, "Why?")
    qm.load(questions.list_questions(ctx.db, ctx.assembly_id))
    qtmodeltester.check(qm)


def test_delete_and_undo_and_the_day_dialogs(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, QTime, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.program.page import DayDialog

    day = _day(ctx)
    page = _page(qtbot, ctx, day)
    page.agenda.setCurrentIndex(page.agenda_model.index(1, 1))
    page.notes.setPlainText("Projector on HDMI 2")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert _titles(page) == ["Welcome", "Coffee"]
    page.agenda.setFocus()
    qtbot.keyClick(page.agenda, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(page) == ["Welcome", "Talk", "Coffee"]
    assert program.day_program(ctx.db, day.id).items[1].notes == "Projector on HDMI 2"
    assert not page.undo_action.isEnabled()

    def answer(date: QDate, title: str) -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DayDialog) and w.isVisible())
        dialog.date.setDate(date)
        dialog.title_edit.setText(title)
        dialog.start.setTime(QTime(10, 0))
        dialog.end.setTime(QTime(12, 0))
        dialog.accept()

    QTimer.singleShot(0, lambda: answer(QDate(2031, 2, 1), "Kopi"))
    page.copy_day()
    copy = program.find_day(ctx.db, ctx.assembly_id, "2031-02-01")
    assert copy.title == "Kopi" and copy.start_time == dt.time(10, 0)
    assert page.day_id == copy.id and _titles(page) == ["Welcome", "Talk", "Coffee"]
    assert page.agenda_model.index(0, 0).data() == "10:00–10:15"

    QTimer.singleShot(0, lambda: answer(QDate(2031, 3, 1), "Ny dag"))
    page.new_day()
    fresh = program.find_day(ctx.db, ctx.assembly_id, "2031-03-01")
    assert page.day_id == fresh.id and page.agenda_model.rowCount() == 0
