"""The Reports page, driven through qtbot on a copy of the demo (plus test data)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLineEdit, QSpinBox

from app.services import evaluation as ev
from ui.context import AppContext
from ui.reports.page import ReportsPage


@pytest.fixture
def page(qtbot, ctx: AppContext) -> ReportsPage:  # type: ignore[no-untyped-def]
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_build_report_with_chosen_sections_shows_preview(qtbot, page: ReportsPage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = page.report_tab
    assert page.primary_action().shortcut().toString() == "Ctrl+B"
    out = tmp_path / "rapport.pdf"
    tab.output.setText(str(out))
    for key in ("contents", "members", "attendance", "evaluation", "ballots"):
        box = tab.section_boxes[key]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert tab.sections() == ["preface", "process", "recommendations", "minority"]
    tab.language.setCurrentIndex(tab.language.findData("en"))
    qtbot.keyClicks(tab.preface, "Dear council")
    with qtbot.waitSignal(page.ctx.status_message, timeout=60000):
        qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    assert out.exists() and tab.task is None
    text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Dear council" in text and "The process" in text and "Attendance" not in text
    assert len(tab.preview_labels) >= 2 and not tab.preview_empty.isVisible()
    assert tab.progress.value() == 100 and "✓" in tab.message.text()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert tab.open_button.isEnabled()
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]


def test_cancel_leaves_no_file_and_errors_are_shown(qtbot, page: ReportsPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab = page.report_tab
    out = tmp_path / "cancelled.pdf"
    tab.output.setText(str(out))
    qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    assert tab.cancel_button.isEnabled()
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.task is None, timeout=60000)
    # cancelled in time, or finished before the click arrived: never half a file
    assert not list(tmp_path.glob(".report-*"))
    if not out.exists():
        assert "Cancelled" in tab.message.text()
    tab.output.setText(str(tmp_path / "no" / "such" / "r.pdf"))
    qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.task is None, timeout=60000)
    assert "no such folder" in tab.message.text() and tab.message.objectName() == "error"


def test_evaluation_tab_create_survey_enter_and_import(qtbot, page: ReportsPage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert not page.evaluation_tab.loaded  # nothing (no matplotlib) until the tab is shown
    page.tabs.setCurrentWidget(page.evaluation_tab)
    tab = page.evaluation_tab
    assert tab.loaded
    qtbot.keyClicks(tab.new_title, "Testdagen")
    qtbot.keyClick(tab.new_title, Qt.Key.Key_Return)
    survey_id = tab.current_survey_id()
    assert survey_id is not None and ev.get_survey(page.ctx.db, survey_id).title == "Testdagen"
    qtbot.keyClicks(tab.question_text, "Jeg følte mig hørt")
    qtbot.keyClick(tab.question_text, Qt.Key.Key_Return)
    tab.question_kind.setCurrentIndex(tab.question_kind.findData("text"))
    qtbot.keyClicks(tab.question_text, "Kommentar")
    qtbot.keyClick(tab.question_text, Qt.Key.Key_Return)
    codes = [q.code for q in ev.get_survey(page.ctx.db, survey_id).questions]
    assert codes == ["jeg_foelte_mig_hoert", "kommentar"]
    spin = tab.findChild(QSpinBox, "answer_jeg_foelte_mig_hoert")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "4")
    qtbot.keyClicks(tab.findChild(QLineEdit, "answer_kommentar"), "Godt forløb")
    qtbot.mouseClick(tab.save_answer, Qt.MouseButton.LeftButton)
    result = ev.survey_results(page.ctx.db, survey_id)
    assert result.survey.responses == 1 and result.questions[0].counts[4] == 1
    assert result.questions[1].texts == ["Godt forløb"]
    assert "1 response<" in tab.results_text.text() and not tab.chart.pixmap().isNull()
    bad = tmp_path / "svar.csv"
    bad.write_text(f"{codes[0]},{codes[1]}\n9,hej\n3,\nx,\n", encoding="utf-8")
    asked: list[int] = []
    monkeypatch.setattr(tab, "ask_replace", lambda existing: asked.append(existing) or False)  # add to them
    tab.import_file(bad)
    assert tab.problems.isVisible() and "row 2" in tab.problems.toPlainText() and "row 4" in tab.problems.toPlainText()
    assert ev.get_survey(page.ctx.db, survey_id).responses == 1
    good = tmp_path / "svar2.csv"
    good.write_text(f"{codes[0]},{codes[1]}\n5,hej\n3,\n", encoding="utf-8")
    tab.import_file(good)
    assert asked == [1, 1]
    assert not tab.problems.isVisible() and ev.get_survey(page.ctx.db, survey_id).responses == 3
    assert tab.survey.currentText() == "Testdagen (whole assembly, 3 responses)"
    monkeypatch.setattr(tab, "ask_replace", lambda existing: True)  # the corrected file replaces them
    tab.import_file(good)
    assert ev.get_survey(page.ctx.db, survey_id).responses == 2
    monkeypatch.setattr(tab, "ask_replace", lambda existing: None)  # cancelled: nothing changes
    tab.import_file(good)
    assert ev.get_survey(page.ctx.db, survey_id).responses == 2


def test_export_tab_writes_files(qtbot, page: ReportsPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.export_tab)
    tab = page.export_tab
    tab.folder.setText(str(tmp_path / "data"))
    qtbot.mouseClick(tab.xlsx, Qt.MouseButton.LeftButton, pos=QPoint(8, tab.xlsx.height() // 2))
    assert not tab.contacts_warning.isVisible()
    qtbot.mouseClick(tab.with_contacts, Qt.MouseButton.LeftButton, pos=QPoint(8, tab.with_contacts.height() // 2))
    assert tab.contacts_warning.isVisible()
    assert tab.xlsx.isChecked()
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "data" / "tingsted-data.xlsx").exists()
    assert "with personal data" in tab.message.text()
    tab.folder.setText(str(tmp_path / "x" / "y"))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert "no such folder" in tab.message.text() and tab.message.objectName() == "error"
