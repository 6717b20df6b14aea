"""The window's Language menu: five languages, remembered, Qt's own strings follow."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.db import Database
from ui.launcher import LANGUAGE_SETTING, install_translations, open_window, switch_language, ui_language
from ui.main_window import LANGUAGE_NAMES, MainWindow


@pytest.fixture
def back_to_english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("TINGSTED_LANG", raising=False)
    before = QLocale()
    yield
    QSettings().remove(LANGUAGE_SETTING)
    install_translations(qapp, "en")
    QLocale.setDefault(before)


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_the_language_menu_switches_the_window_and_remembers_it(
    qapp: QApplication, demo_db: Database, back_to_english: None, qtbot
) -> None:
    install_translations(qapp, "en")
    window = open_window(demo_db, backups=False)
    qtbot.addWidget(window)
    window.show()
    window.go_to_row(2)
    names = [a.text() for a in window.language_menu.actions()]
    assert names == ["System language", *LANGUAGE_NAMES.values()]
    assert window.language_menu.actions()[0].isChecked()  # the system's language by default

    asked: list[str] = []
    window.language_requested.connect(asked.append)
    suomi = next(a for a in window.language_menu.actions() if a.text() == "Suomi")
    suomi.trigger()
    assert asked == ["fi"]

    finnish = switch_language(window, "fi")
    qtbot.addWidget(finnish)
    assert QSettings().value(LANGUAGE_SETTING) == "fi" and ui_language() == "fi"
    assert _menu_titles(finnish)[:2] == ["&Tiedosto", "&Siirry"]
    assert finnish.nav.currentRow() == 2 and not window.isVisible()
    assert QLocale().name() == "fi_FI"
    # Qt's own strings follow: a standard button in Finnish
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peru"  # Qt's own Finnish
    checked = [a.text() for a in finnish.language_menu.actions() if a.isChecked()]
    assert checked == ["Suomi"]

    # the environment still overrides the remembered choice
    import os

    os.environ["TINGSTED_LANG"] = "sv"
    try:
        assert ui_language() == "sv"
    finally:
        del os.environ["TINGSTED_LANG"]

    back = switch_language(finnish, "")
    qtbot.addWidget(back)
    assert QSettings().value(LANGUAGE_SETTING) == ""
    back.close()


@pytest.mark.parametrize(
    ("lang", "file_menu", "cancel"),
    [("sv", "&Arkiv", "Avbryt"), ("nb", "&Fil", "Avbryt"), ("da", "&Filer", "Annuller")],
)
def test_each_language_loads_its_catalogue_and_qts_own(
    qapp: QApplication, lang: str, file_menu: str, cancel: str, back_to_english: None
) -> None:
    assert install_translations(qapp, lang) == lang
    assert QApplication.translate("MainWindow", "&File") == file_menu
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
