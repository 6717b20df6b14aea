"""UI tests: offscreen Qt; Qt warnings fail a test; no top-level window may be left open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from app.db import Database
from app.services.assembly import current_assembly
from ui.context import AppContext
from ui.launcher import TRANSLATIONS, install_translations
from ui.theme import stylesheet


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["tingsted-tests"]


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> None:
    """As the application does at start (ui.launcher.install_translations): the English plural
    forms ("%n member(s)" → "1 member", "2 members"), under any language a test installs."""
    translator = QTranslator(qapp)
    assert translator.load(str(TRANSLATIONS / "tingsted_en.qm"))
    qapp.installTranslator(translator)


@pytest.fixture(autouse=True)
def _qt_settings(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> None:
    qapp.setOrganizationName("TingstedTests")
    qapp.setApplicationName("TingstedTests")
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings"))
    )
    qapp.setStyleSheet(stylesheet("facilitator"))


@pytest.fixture(autouse=True)
def _no_dangling_windows(qapp: QApplication) -> Iterator[None]:
    before = {id(w) for w in qapp.topLevelWidgets() if w.isVisible()}
    yield
    qapp.processEvents()
    left = [w for w in qapp.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for w in left:
        w.close()
    assert not left, f"top-level windows left open: {[type(w).__name__ for w in left]}"


@pytest.fixture
def ctx(demo_db: Database) -> AppContext:
    """An application context on a fresh copy of the demo assembly."""
    return AppContext(demo_db, current_assembly(demo_db).id)


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    """The UI in Danish for one test (Qt translations, app errors, the locale)."""
    before = QLocale()
    assert install_translations(qapp, "da") == "da"
    yield
    install_translations(qapp, "en")
    QLocale.setDefault(before)
