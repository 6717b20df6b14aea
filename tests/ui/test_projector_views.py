from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.changes import Changes
from app.services import experts, program, questions
from tests.ui.helpers import show_active
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.projector import generic
from ui.projector.agenda import AgendaView
from ui.projector.base import ProjectorView
from ui.projector.countdown import DIGITS_PX, CountdownView
from ui.projector.questions import QuestionsView
from ui.projector.state import Countdown
from ui.projector.window import ProjectorController


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def test_countdown_with_a_fake_clock(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    c = Countdown(clock)
    c.reset(5 * 60)
    assert c.text() == "05:00" and c.phase() == "normal" and not c.running
    c.start()
    clock.advance(61)
    assert c.text() == "03:59"
    c.pause()
    clock.advance(600)  # paused: time does not run
    assert c.text() == "03:59" and not c.running
    c.adjust(60)
    assert c.text() == "04:59"
    c.adjust(-120)
    assert c.text() == "02:59"
    c.start()
    # 4 minutes in all now: amber in the last 20 % (48 s), red in the last 10 % (24 s)
    clock.advance(179 - 50)  # 50 s left
    assert c.phase() == "normal"
    clock.advance(3)
    assert c.phase() == "amber"
    clock.advance(24)  # 23 s left
    assert c.phase() == "red"
    beeps: list[int] = []
    monkeypatch.setattr(Countdown, "_beep", lambda self: beeps.append(1))
    c.sound = True
    with qtbot.waitSignal(c.finished, timeout=100):
        clock.advance(23)
        c.tick()
    assert c.phase() == "over" and c.text() == "00:00"
    clock.advance(12)
    c.tick()
    assert c.text() == "+00:12"
    assert beeps == [1]  # once, not on every tick
    c.reset()
    assert c.text() == "05:00" and c.phase() == "normal"


def test_countdown_view_shows_phases_in_colour_and_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    c = Countdown(clock)
    c.reset(10 * 60, "Borddialog")
    view = CountdownView(c)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.apply_scale()
    assert view.digits.font().pixelSize() >= 300 and DIGITS_PX >= 300
    assert view.title.text() == "Borddialog" and view.status.text() == "Ready"
    c.start()
    clock.advance(8 * 60 + 30)
    c.tick()  # what the timer does
    assert view.digits.text() == "01:30" and view.digits.property("phase") == "amber"
    assert view.status.text() == "2 minutes left"
    clock.advance(35)
    c.tick()
    assert view.digits.property("phase") == "red" and view.status.text() == "Last minute"
    c.pause()
    assert view.status.text() == "Paused"
    c.start()
    clock.advance(70)
    c.tick()
    assert view.digits.text() == "+00:15" and view.status.text() == "Time is up"
    c.reset(2 * 3600)  # a long countdown still fits the width
    view.apply_scale()
    from PySide6.QtGui import QFontMetrics

    assert QFontMetrics(view.digits.font()).horizontalAdvance(view.digits.text()) <= view.width()


def test_agenda_view_now_and_next(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    controller = ProjectorController(ctx)
    day = program.create_day(ctx.db, ctx.assembly_id, dt.date(2031, 1, 4), title="Testdag")
    for title, minutes in (("Welcome", 15), ("Talk", 45), ("Coffee", 20), ("Dialogue", 60)):
        program.add_item(ctx.db, day.id, title, duration_min=minutes)
    state = controller.state
    state.now = lambda: dt.datetime(2031, 1, 4, 9, 20)
    view = AgendaView(ctx, state)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    state.start_day(day.id)
    assert view.heading.text() == "Testdag"
    assert (view.tags[0].text(), view.titles[0].text()) == ("NOW", "Talk")
    assert (view.tags[1].text(), view.titles[1].text()) == ("NEXT", "Coffee")
    assert view.titles[2].text() == "Dialogue"
    assert "40 min left" in view.footer.text()
    assert view.titles[0].font().pixelSize() >= 40 and view.heading.font().pixelSize() == 72
    # a change to the program reaches the projector
    program.add_item(ctx.db, day.id, "Vote", kind="vote", duration_min=10, position=2)
    ctx.notify(Changes.PROGRAM)
    assert view.titles[1].text() == "Vote"
    state.now = lambda: dt.datetime(2031, 1, 4, 8, 0)
    view.refresh()
    assert (view.tags[0].text(), view.titles[0].text()) == ("NEXT", "Welcome")
    assert "we start at 09:00" in view.footer.text()


def test_questions_view_shows_the_chosen_questions(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    questions.clear_projector(ctx.db, ctx.assembly_id)
    e = experts.create_expert(ctx.db, ctx.assembly_id, "Jens Hansen")
    a = questions.submit(ctx.db, ctx.assembly_id, "Hvad koster det?", expert_id=e.id)
    b = questions.submit(ctx.db, ctx.assembly_id, "Hvem betaler?", expert_id=e.id)
    view = QuestionsView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    assert view.empty.text() != ""
    questions.set_on_projector(ctx.db, [a.id, b.id])
    ctx.notify(Changes.PROGRAM)
    assert view.heading.text() == "Questions for Jens Hansen"
    assert [t.text() for t in view.texts[:2]] == ["Hvad koster det?", "Hvem betaler?"]
    assert view.empty.text() == ""
    view.resize(1920, 1080)
    assert min(t.font().pixelSize() for t in view.texts[:2]) >= 40


def test_facilitator_switches_views_with_f_keys(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    panel = window.projector_panel
    controller = window.projector
    assert not panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert panel.isVisible() and not controller.is_open
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert not panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.is_open and panel.isVisible() and panel.power.isChecked()
    assert controller.current_key == "welcome" and panel.view_actions["welcome"].isChecked()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key, view in generic_keys():
        qtbot.keyClick(window, key)
        assert controller.current_key == view
        assert panel.view_actions[view].isChecked()
        assert controller.window is not None
        assert controller.window.stack.currentWidget() is controller.view(view)
    assert panel.showing.text() == "Showing: Blank"

    # the countdown runs from the panel
    qtbot.mouseClick(panel.view_buttons["countdown"], Qt.MouseButton.LeftButton)
    assert controller.current_key == "countdown"
    panel.minutes.setValue(3)
    qtbot.mouseClick(panel.set_button, Qt.MouseButton.LeftButton)
    assert panel.remaining.text() == "03:00"
    qtbot.mouseClick(panel.plus, Qt.MouseButton.LeftButton)
    assert panel.remaining.text() == "04:00"
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert controller.state.countdown.running and panel.start_button.text() == "Pause"
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert not controller.state.countdown.running

    # a free message
    panel.message.setText("Frokost – vi fortsætter kl. 13")
    qtbot.keyClick(panel.message, Qt.Key.Key_Return)
    assert controller.current_key == "message"
    assert controller.view("message").text.text() == "Frokost – vi fortsætter kl. 13"  # type: ignore[union-attr]

    # the live thumbnail is a small picture of what the projector shows: the message's
    # light text on the dark background, at the projector's proportions
    panel.refresh_thumbnail()
    image = panel.thumbnail.pixmap().toImage()
    projector = controller.window
    assert projector is not None
    assert abs(image.width() / image.height() - projector.width() / projector.height()) < 0.02
    lightness = [
        image.pixelColor(x, y).lightness() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    ]
    assert min(lightness) < 40 and max(lightness) > 180

    # a view shown by another area is reflected; no generic button stays checked
    controller.show_view("find_table", lambda: ProjectorView())
    assert panel.group.checkedAction() is None
    assert panel.showing.text() == "Showing: Find table"

    # the theme
    panel.theme.setCurrentIndex(panel.theme.findData("light"))
    assert controller.theme == "light" and "#fbfbf8" in controller.window.styleSheet()  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not controller.is_open and not panel.power.isChecked()
    assert "off" in panel.thumbnail.text()


def generic_keys() -> list[tuple[Qt.Key, str]]:
    keys = {"F6": Qt.Key.Key_F6, "F7": Qt.Key.Key_F7, "F8": Qt.Key.Key_F8, "F9": Qt.Key.Key_F9}
    keys |= {"F10": Qt.Key.Key_F10, "F11": Qt.Key.Key_F11}
    return [(keys[v.shortcut], v.key) for v in generic.generic_views()]


def test_the_chime_is_a_short_wav() -> None:
    import wave

    from ui.projector.state import _chime

    with wave.open(str(_chime())) as chime:
        assert chime.getnchannels() == 1 and 0.3 < chime.getnframes() / chime.getframerate() < 1.0
