from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.changes import Changes
from app.db import Database
from app.services import recommendations as rs
from app.services.assembly import AssemblyInfo
from tests.ui.helpers import show_active
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.recommendations.compare import CompareDialog
from ui.recommendations.dialogs import AmendmentDialog, MergeDialog, RecommendationDialog
from ui.recommendations.models import RecommendationListModel
from ui.recommendations.page import RecommendationsPage

TEXT = "Kommunen skal etablere et ungeråd med egen pulje."


@pytest.fixture
def own_ctx(db: Database, assembly: AssemblyInfo) -> AppContext:
    """A context on an assembly with no recommendations (whatever the demo holds)."""
    return AppContext(db, assembly.id)


@pytest.fixture
def page(qtbot: Any, own_ctx: AppContext) -> Iterator[RecommendationsPage]:
    p = RecommendationsPage(own_ctx)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    show_active(qtbot, p)
    yield p
    if p.dialog is not None:
        p.dialog.close()
    if p.compare_dialog is not None:
        p.compare_dialog.close()
    if p.import_box is not None:
        p.import_box.close()


def click(qtbot: Any, button: QPushButton) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def make(ctx: AppContext, code: str = "A1", text: str = TEXT, **kw: Any) -> rs.RecommendationDetail:
    detail = rs.create_recommendation(ctx.db, ctx.assembly_id, code, kw.pop("title", f"Titel {code}"), text, **kw)
    ctx.notify(Changes.RECOMMENDATIONS)
    return detail


def test_empty_state_offers_the_first_recommendation(qtbot: Any, page: RecommendationsPage) -> None:
    assert page.stack.currentIndex() == 0
    button = next(b for b in page.empty_state.findChildren(QPushButton) if "New recommendation" in b.text())
    click(qtbot, button)
    dialog = page.dialog
    assert isinstance(dialog, RecommendationDialog)
    assert dialog.code.text() == "A1"
    qtbot.keyClicks(dialog.title_edit, "Et ungeråd")
    dialog.theme.setCurrentText("Unge")
    assert dialog.text is not None and dialog.initiatives is not None and dialog.author is not None
    qtbot.keyClicks(dialog.text, TEXT)
    qtbot.keyClicks(dialog.initiatives, "Valg på skolerne")
    qtbot.keyClicks(dialog.author, "Mette")
    click(qtbot, dialog.ok_button)
    assert page.dialog is None
    assert page.stack.currentIndex() == 1
    assert [r.code for r in page.model.items] == ["A1"]
    assert page.heading.text() == "A1  Et ungeråd"
    assert page.editor.toPlainText() == TEXT
    assert page.initiative_list.count() == 1
    assert "Version 1 · Mette" in page.version_line.text()


def test_new_recommendation_refused_stays_open_with_the_reason(
    qtbot: Any, page: RecommendationsPage, own_ctx: AppContext
) -> None:
    make(own_ctx, "A1")
    page.new_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, RecommendationDialog)
    dialog.code.setText("a1")
    qtbot.keyClicks(dialog.title_edit, "Dublet")
    assert dialog.text is not None
    qtbot.keyClicks(dialog.text, "Tekst")
    click(qtbot, dialog.ok_button)
    assert page.dialog is dialog and dialog.isVisible()
    assert "already used" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    dialog.reject()
    assert len(page.model.items) == 1


def test_ctrl_n_in_the_page_means_a_new_recommendation(
    qtbot: Any, own_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append("new assembly"), ("", ""))[1])
    make(own_ctx, "A1")
    window = MainWindow(own_ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    page = window.show_area("recommendations")
    assert isinstance(page, RecommendationsPage)
    assert "Ctrl+N" in window.primary_button.toolTip()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, RecommendationDialog)
    assert asked == []
    page.dialog.reject()
    window.close()


def test_draft_amend_accept_and_compare(qtbot: Any, page: RecommendationsPage, own_ctx: AppContext) -> None:
    rec = make(own_ctx, "A1", author="Mette")
    assert page.heading.text().startswith("A1")

    # A new version, typed in the editor.
    page.editor.setFocus()
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.editor, " Rådet mødes fire gange om året.")
    page.author.clear()
    qtbot.keyClicks(page.author, "Ali")
    click(qtbot, page.save_button)
    detail = rs.get_recommendation(own_ctx.db, rec.id)
    assert [v.number for v in detail.versions] == [1, 2]
    assert detail.versions[1].author == "Ali" and detail.text.endswith("fire gange om året.")
    assert page.model.items[0].versions == 2

    # An amendment against version 2, proposed in the dialog and accepted.
    page.tabs.setCurrentIndex(2)
    click(qtbot, page.propose_button)
    dialog = page.dialog
    assert isinstance(dialog, AmendmentDialog)
    dialog.text.setPlainText(detail.text.replace("egen pulje", "en pulje på 500.000 kr."))
    qtbot.keyClicks(dialog.proposed_by, "Bord 3")
    assert "500.000" in dialog.preview.new_browser.toHtml()
    click(qtbot, dialog.ok_button)
    assert page.amendment_list.topLevelItemCount() == 1
    assert "Proposed" in page.amendment_list.topLevelItem(0).text(3)
    assert "1 open" in page.tabs.tabText(2)
    assert "line-through" in page.amendment_compare.old_browser.toHtml()  # "egen" is struck
    click(qtbot, page.accept_button)
    detail = rs.get_recommendation(own_ctx.db, rec.id)
    assert [v.number for v in detail.versions] == [1, 2, 3]
    assert "500.000 kr." in detail.text and page.editor.toPlainText() == detail.text
    assert "Accepted" in page.amendment_list.topLevelItem(0).text(3)

    # Compare version 3 with version 2 from the history.
    page.tabs.setCurrentIndex(3)
    assert page.version_list.topLevelItemCount() == 3
    page.version_list.topLevelItem(0).setSelected(True)  # newest first
    click(qtbot, page.compare_button)
    compare = page.compare_dialog
    assert isinstance(compare, CompareDialog) and compare.isVisible()
    assert compare.view.old_heading.text().startswith("Version 2")
    assert compare.view.new_heading.text().startswith("Version 3")
    old_html, new_html = compare.view.old_browser.toHtml(), compare.view.new_browser.toHtml()
    assert "line-through" in old_html and "egen" in old_html
    assert "underline" in new_html and "500.000" in new_html
    assert "added" in compare.view.summary.text() and "removed" in compare.view.summary.text()
    compare.close()

    # Two chosen versions: the older on the left.
    page.version_list.clearSelection()
    page.version_list.topLevelItem(0).setSelected(True)
    page.version_list.topLevelItem(2).setSelected(True)
    click(qtbot, page.compare_button)
    assert page.compare_dialog is not None
    assert page.compare_dialog.view.old_heading.text().startswith("Version 1")
    page.compare_dialog.close()


def test_outdated_amendment_is_flagged_and_cannot_be_accepted(
    qtbot: Any, page: RecommendationsPage, own_ctx: AppContext
) -> None:
    rec = make(own_ctx, "A1")
    first = rs.propose_amendment(own_ctx.db, rec.id, TEXT + " Første.")
    rs.propose_amendment(own_ctx.db, rec.id, TEXT + " Anden.", proposed_by="Bord 2")
    rs.accept_amendment(own_ctx.db, first.id)
    own_ctx.notify(Changes.RECOMMENDATIONS)
    page.tabs.setCurrentIndex(2)
    page.amendment_list.setCurrentItem(page.amendment_list.topLevelItem(1))
    assert "Outdated" in page.amendment_list.topLevelItem(1).text(3)
    assert not page.accept_button.isEnabled()
    assert "outdated" in page.amendment_note.text().lower()
    assert page.repropose_button.isVisible()
    click(qtbot, page.repropose_button)
    dialog = page.dialog
    assert isinstance(dialog, AmendmentDialog) and dialog.version.number == 2
    assert dialog.text.toPlainText() == TEXT + " Anden."
    click(qtbot, dialog.ok_button)
    page.amendment_list.setCurrentItem(page.amendment_list.topLevelItem(1))
    click(qtbot, page.reject_button)
    statuses = [a.status for a in rs.get_recommendation(own_ctx.db, rec.id).amendments]
    assert statuses == ["accepted", "rejected", "proposed"]
    page.amendment_list.setCurrentItem(page.amendment_list.topLevelItem(1))
    assert page.reject_button.text() == "Undo reject"
    click(qtbot, page.reject_button)
    statuses = [a.status for a in rs.get_recommendation(own_ctx.db, rec.id).amendments]
    assert statuses == ["accepted", "proposed", "proposed"]


def test_save_over_a_newer_version_is_refused_and_the_edit_kept(
    qtbot: Any, page: RecommendationsPage, own_ctx: AppContext
) -> None:
    rec = make(own_ctx, "A1")
    page.editor.setFocus()
    page.editor.selectAll()
    qtbot.keyClicks(page.editor, "Min ændring.")
    rs.save_version(own_ctx.db, rec.id, "En anden bærbars ændring.")  # another laptop
    own_ctx.notify(Changes.RECOMMENDATIONS)
    assert page.editor.toPlainText() == "Min ændring."
    assert "newer version" in page.version_line.text()
    click(qtbot, page.save_button)
    assert page.message.isVisible() and "changed meanwhile" in page.message.text()
    assert len(rs.get_recommendation(own_ctx.db, rec.id).versions) == 2


def test_initiatives_add_move_remove_undo(qtbot: Any, page: RecommendationsPage, own_ctx: AppContext) -> None:
    rec = make(own_ctx, "A1", initiatives=["Første", "Anden"])
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.new_initiative, "Tredje")
    qtbot.keyClick(page.new_initiative, Qt.Key.Key_Return)

    def texts() -> list[str]:
        return [i.text for i in rs.get_recommendation(own_ctx.db, rec.id).initiatives]

    assert texts() == ["Første", "Anden", "Tredje"]
    assert page.initiative_list.currentRow() == 2 and page.new_initiative.text() == ""
    click(qtbot, page.up_button)
    assert texts() == ["Første", "Tredje", "Anden"]
    page.initiative_list.setCurrentRow(0)
    click(qtbot, page.remove_button)
    assert texts() == ["Tredje", "Anden"]
    click(qtbot, page.undo_remove)
    assert texts() == ["Første", "Tredje", "Anden"]
    item = page.initiative_list.item(2)
    item.setText("Anden, skærpet")  # as if edited in place
    assert texts() == ["Første", "Tredje", "Anden, skærpet"]


def test_merge_two_drafts(qtbot: Any, page: RecommendationsPage, own_ctx: AppContext) -> None:
    keep = make(own_ctx, "A1", initiatives=["Valg"])
    other = make(own_ctx, "A2", text="Et ungdomshus.", initiatives=["Find en bygning"])
    page.table.selectRow(0)
    click(qtbot, page.merge_button)
    dialog = page.dialog
    assert isinstance(dialog, MergeDialog)
    assert dialog.other.currentData() == other.id
    assert dialog.merged.toPlainText() == f"{TEXT}\n\nEt ungdomshus."
    dialog.merged.setPlainText("Et ungeråd og et ungdomshus.")
    click(qtbot, dialog.ok_button)
    rows = {r.code: r for r in page.model.items}
    assert rows["A2"].status == "merged" and rows["A2"].merged_into_code == "A1"
    assert "Merged into A1" in page.model.index(1, RecommendationListModel.STATUS).data()
    d = rs.get_recommendation(own_ctx.db, keep.id)
    assert d.text == "Et ungeråd og et ungdomshus." and [i.text for i in d.initiatives] == ["Valg", "Find en bygning"]
    page.table.selectRow(1)
    assert page.editor.isReadOnly() and not page.merge_button.isEnabled()
    assert 'href="code:A1"' in page.facts.text()
    page.facts.linkActivated.emit("code:A1")  # the link to where it went
    assert page.heading.text().startswith("A1") and "merged from" in page.facts.text()


def test_mark_final_and_reopen(qtbot: Any, page: RecommendationsPage, own_ctx: AppContext) -> None:
    rec = make(own_ctx, "A1")
    click(qtbot, page.final_button)
    assert rs.get_recommendation(own_ctx.db, rec.id).status == "final"
    assert page.editor.isReadOnly() and not page.save_button.isVisible()
    assert page.final_button.text() == "Reopen"
    assert "Final" in page.facts.text() and "final wording: version 1" in page.facts.text()
    click(qtbot, page.final_button)
    assert rs.get_recommendation(own_ctx.db, rec.id).status == "draft"
    assert not page.editor.isReadOnly()


def test_mark_final_refused_while_amendments_are_open(
    qtbot: Any, page: RecommendationsPage, own_ctx: AppContext
) -> None:
    rec = make(own_ctx, "A1")
    rs.propose_amendment(own_ctx.db, rec.id, "Noget andet.")
    own_ctx.notify(Changes.RECOMMENDATIONS)
    click(qtbot, page.final_button)
    assert page.message.isVisible() and "open amendment" in page.message.text()
    assert rs.get_recommendation(own_ctx.db, rec.id).status == "draft"


def test_search_and_theme_filter(qtbot: Any, page: RecommendationsPage, own_ctx: AppContext) -> None:
    make(own_ctx, "A1", theme="Unge")
    make(own_ctx, "K1", text="Alle nye tage skal være grønne.", theme="Klima")
    make(own_ctx, "K2", text="Flere cykelstier.", theme="Klima")
    assert len(page.model.items) == 3
    page.search.setFocus()
    qtbot.keyClicks(page.search, "grønne")
    assert [r.code for r in page.model.items] == ["K1"]
    assert page.heading.text().startswith("K1")
    assert "1 of 3" in page.count_label.text()
    page.search.clear()
    page.theme_filter.setCurrentIndex(page.theme_filter.findText("Klima"))
    assert [r.code for r in page.model.items] == ["K1", "K2"]
    page.search.setText("zzz")
    assert page.model.items == [] and page.stack.currentIndex() == 1  # no match is not "empty"


def test_list_model(qtmodeltester: Any, own_ctx: AppContext) -> None:
    make(own_ctx, "A1")
    make(own_ctx, "A2")
    model = RecommendationListModel()
    model.load(rs.list_recommendations(own_ctx.db, own_ctx.assembly_id))
    qtmodeltester.check(model)
    assert model.index(0, RecommendationListModel.VERSIONS).data() == "1"


def test_import_from_a_spreadsheet(qtbot: Any, page: RecommendationsPage, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("code,title,theme,text,initiatives\nA1,Ungeråd,Unge,,\nA1,Igen,,Tekst,\n", encoding="utf-8")
    problems = page.import_file(bad)
    assert problems == [
        "row 2, column text: the text is empty",
        "row 3, column code: the code A1 is also on row 2",
    ]
    assert page.import_box is not None and "nothing was imported" in page.import_box.text()
    page.import_box.close()
    assert page.stack.currentIndex() == 0  # still empty
    good = tmp_path / "good.csv"
    good.write_text("code,title,theme,text,initiatives\nA1,Ungeråd,Unge,Et ungeråd.,Valg|Pulje\n", encoding="utf-8")
    assert page.import_file(good) is None
    assert page.stack.currentIndex() == 1 and [r.code for r in page.model.items] == ["A1"]
    assert page.initiative_list.count() == 2


def test_ctrl_s_saves_and_switching_keeps_an_unsaved_edit(
    qtbot: Any, page: RecommendationsPage, own_ctx: AppContext
) -> None:
    a1 = make(own_ctx, "A1")
    make(own_ctx, "A2", text="Anden tekst.")
    page.table.selectRow(0)
    page.editor.setFocus()
    page.editor.selectAll()
    qtbot.keyClicks(page.editor, "Halvfærdig tekst")
    assert "Not saved yet" in page.unsaved_label.text()
    page.table.selectRow(1)
    assert page.editor.toPlainText() == "Anden tekst." and page.unsaved_label.text() == ""
    page.table.selectRow(0)
    assert page.editor.toPlainText() == "Halvfærdig tekst"
    assert "not saved yet" in page.version_line.text()
    page.editor.setFocus()
    qtbot.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    detail = rs.get_recommendation(own_ctx.db, a1.id)
    assert [v.text for v in detail.versions] == [TEXT, "Halvfærdig tekst"]
    assert page.unsaved_label.text() == "" and "Version 2" in page.version_line.text()


def test_edit_details(qtbot: Any, page: RecommendationsPage, own_ctx: AppContext) -> None:
    rec = make(own_ctx, "A1", theme="Unge")
    click(qtbot, page.details_button)
    dialog = page.dialog
    assert isinstance(dialog, RecommendationDialog) and dialog.text is None
    dialog.code.setText("U1")
    dialog.title_edit.setText("Ungerådet")
    dialog.theme.setCurrentText("Unge og demokrati")
    click(qtbot, dialog.ok_button)
    d = rs.get_recommendation(own_ctx.db, rec.id)
    assert (d.code, d.title, d.theme) == ("U1", "Ungerådet", "Unge og demokrati")
    assert page.heading.text() == "U1  Ungerådet"
    assert page.theme_filter.findText("Unge og demokrati") >= 0 and page.theme_filter.findText("Unge") < 0


def test_withdraw_and_restore(qtbot: Any, page: RecommendationsPage, own_ctx: AppContext) -> None:
    rec = make(own_ctx, "A1")
    click(qtbot, page.withdraw_button)
    assert rs.get_recommendation(own_ctx.db, rec.id).status == "withdrawn"
    assert page.withdraw_button.text() == "Restore" and "Withdrawn" in page.facts.text()
    assert not page.propose_button.isEnabled() and not page.new_initiative.isEnabled()
    click(qtbot, page.withdraw_button)
    assert rs.get_recommendation(own_ctx.db, rec.id).status == "draft"


def test_page_on_the_demo_shows_what_the_service_lists(qtbot: Any, ctx: AppContext) -> None:
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    expected = rs.list_recommendations(ctx.db, ctx.assembly_id)
    assert [r.code for r in page.model.items] == [r.code for r in expected]
    assert page.stack.currentIndex() == (1 if expected else 0)


def test_unsaved_minority_statement_survives_switching(
    qtbot: Any, page: RecommendationsPage, own_ctx: AppContext
) -> None:
    make(own_ctx, "A1", title="<b>Fed</b> titel")
    make(own_ctx, "A2")
    page.table.selectRow(0)
    assert page.heading.text() == "A1  <b>Fed</b> titel"  # shown as typed, not as markup
    page.tabs.setCurrentIndex(4)
    page.minority.setFocus()
    qtbot.keyClicks(page.minority, "Et mindretal er imod.")
    page.table.selectRow(1)
    assert page.minority.toPlainText() == ""
    page.table.selectRow(0)
    assert page.minority.toPlainText() == "Et mindretal er imod."
    click(qtbot, page.minority_button)
    assert rs.find_by_code(own_ctx.db, own_ctx.assembly_id, "A1").minority_statement == "Et mindretal er imod."
