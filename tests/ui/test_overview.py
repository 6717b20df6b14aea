"""The Overview page and the projector's welcome view on the demo assembly."""

from __future__ import annotations

import datetime as dt

from app.services.assembly import update_assembly
from ui.context import AppContext
from ui.overview.page import OverviewPage
from ui.projector.welcome import WelcomeView

# the demo fixtures keep the data files' calendar (day 1 on Saturday 6 February 2027): a fixed
# clock a few days before it, never the real one
BEFORE_DAY_1 = dt.datetime(2027, 2, 1, 9, 0)


def test_overview_shows_the_demo_in_figures_days_and_next(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.refresh(now=BEFORE_DAY_1)
    figures = {key: label.text() for key, label in page.figures.items()}
    assert figures == {
        "members": "50",
        "pool": "600",
        "days": "5",
        "tables": "8",
        "recommendations": "12",
        "ballots": "1",
    }
    days = page.days.text()
    assert days.count("Day ") == 5 and "Velkommen til borgertinget" in days and "Sundby Kulturhus" in days
    assert "next" in days and "held" not in days  # all five days are still ahead
    assert "Velkomst og morgenkaffe" in page.next.text()
    assert page.commissioner.text() == "Commissioned by Sundby Byråd"


def test_overview_marks_held_days(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.refresh(now=dt.datetime(2027, 3, 20, 12, 0))
    rows = page.days.text().split("<tr>")[1:]
    assert "held" in rows[0] and "held" in rows[1]
    assert "next" in rows[2] and "held" not in rows[2]
    assert "next" not in rows[3]


def test_overview_on_a_meeting_day(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.refresh(now=dt.datetime(2027, 2, 6, 10, 20))
    rows = page.days.text().split("<tr>")[1:]
    assert "today" in rows[0] and "next" in rows[1]
    items = page.next.text().split("<tr>")[1:]
    assert "Lær hinanden at kende ved bordene" in items[0] and "now ·" in items[0]
    assert "Pause" in items[1] and "now ·" not in items[1]


def test_overview_follows_changes(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    ctx.apply(lambda: update_assembly(ctx.db, ctx.assembly_id, remit="Hvad skal vi med havnen?"))
    assert page.remit.text() == "Hvad skal vi med havnen?"


def test_welcome_view_shows_name_remit_and_the_next_day(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    view = WelcomeView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.refresh(today=BEFORE_DAY_1.date())
    assert view.name.text() == "Borgertinget i Sundby"
    assert view.remit.text().startswith("»Hvordan skaber vi") and view.remit.text().endswith("«")
    assert "Day 1" in view.body.text() and "Sundby Byråd" in view.body.text()
    view.refresh(today=dt.date(2027, 4, 11))
    assert "Day 4" in view.body.text()
    view.refresh(today=dt.date(2027, 6, 1))
    assert view.body.text() == "Sundby Byråd"
    # type is scaled with the projector's height: body text 40 px at 1080 p
    view.resize(1920, 1080)
    view.apply_scale()
    assert view.remit.font().pixelSize() == 48


def test_the_empty_overview_offers_to_write_the_remit_and_settings_save_it(qtbot, db, assembly, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.assembly import assembly_logo, get_assembly, update_assembly
    from ui.overview.settings import AssemblySettingsDialog

    update_assembly(db, assembly.id, remit="")
    ctx = AppContext(db, assembly.id)
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.write_remit.isVisible() and page.primary_action() is page.settings_action
    page.write_remit.click()
    dialog = page.settings_dialog
    assert isinstance(dialog, AssemblySettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.remit.hasFocus)  # the button puts the keyboard where the remit is written
    qtbot.keyClicks(dialog.remit, "Hvordan bliver Testby CO2-neutral?")
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.threshold.setValue(75)
    dialog.name.setText("   ")  # refused: says why, changes nothing, stays open
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog) and "name" in dialog.error.text()
    assert get_assembly(db, assembly.id).remit == ""
    dialog.name.setText("Klimatinget")
    from PySide6.QtGui import QColor, QPixmap

    picture = QPixmap(120, 40)
    picture.fill(QColor("#0f3f50"))
    logo = tmp_path / "logo.png"
    assert picture.save(str(logo))
    dialog.choose_logo(logo)
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    dialog.save()
    assert not dialog.isVisible()
    info = get_assembly(db, assembly.id)
    assert (info.name, info.remit, info.language, info.support_threshold) == (
        "Klimatinget",
        "Hvordan bliver Testby CO2-neutral?",
        "sv",
        0.75,
    )
    assert assembly_logo(db, assembly.id) == logo.read_bytes()
    assert page.remit.text() == info.remit and not page.write_remit.isVisible()
