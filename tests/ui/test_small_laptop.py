"""A 1366×768 venue laptop with a 1024×768 projector beside it (``tests/qt/laptop-1366.json``):
the window fits the screen, the projector opens full screen on the second screen without
taking the keyboard, and the projector control panel leaves every page its full width.

Qt's offscreen platform reads the screens only when the application starts, so the
scenario runs in a fresh Python process and reports what it saw as JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "tests" / "qt" / "laptop-1366.json"

SCENARIO = r"""
import json, sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
app = QApplication(["laptop"])
from app.db import create_database
from app.services.assembly import create_assembly
from ui.context import AppContext
from ui.main_window import MainWindow

db = create_database(sys.argv[1])
info = create_assembly(db, "Laptoptinget")
ctx = AppContext(db, info.id)
window = MainWindow(ctx)
window.show()
window.activateWindow()
for _ in range(20):
    app.processEvents()
seen = {"available": list(window.screen().availableGeometry().getRect())}

def snap(name):
    for _ in range(10):
        app.processEvents()
    g = window.frameGeometry()
    panel = window.projector_panel
    p = controller.window
    seen[name] = {
        "window": [g.x(), g.y(), g.width(), g.height()],
        "maximized": window.isMaximized(),
        "page_width": window.stack.width(),
        "panel_visible": panel.isVisible(),
        "panel_height": panel.height(),
        "panel_needs": panel.widget().minimumSizeHint().width(),
        "panel_width": panel.width(),
        "active": QGuiApplication.focusWindow() is window.windowHandle(),
        "focus": str(QGuiApplication.focusWindow() and QGuiApplication.focusWindow().objectName()),
        "projector": None if p is None or not p.isVisible() else [p.screen().name(), p.isFullScreen()],
    }

controller = window.projector
snap("start")
controller.open()
snap("projector")
controller.close()
snap("closed")
window.close()
db.dispose()
print(json.dumps(seen))
"""


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    db = tmp_path_factory.mktemp("laptop") / "laptop.tingsted"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={CONFIG}", PYTHONPATH=str(ROOT))
    env["XDG_CONFIG_HOME"] = str(db.parent / "config")
    done = subprocess.run(
        [sys.executable, "-c", SCENARIO, str(db)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_window_fits_the_small_screen_maximised(seen: dict) -> None:  # type: ignore[type-arg]
    assert seen["available"] == [0, 0, 1366, 768]
    start = seen["start"]
    assert start["maximized"]
    x, y, w, h = start["window"]
    assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768


def test_the_projector_opens_on_the_second_screen_and_leaves_the_keyboard(seen: dict) -> None:  # type: ignore[type-arg]
    assert seen["start"]["active"]
    state = seen["projector"]
    assert state["projector"] == ["projector", True]
    assert state["active"], "the projector window took the keyboard"


def test_the_panel_never_squeezes_the_page(seen: dict) -> None:  # type: ignore[type-arg]
    start, state = seen["start"], seen["projector"]
    assert not start["panel_visible"]
    assert state["panel_visible"]
    assert state["page_width"] == start["page_width"]  # a bar along the bottom, not beside the page
    assert state["panel_needs"] <= state["panel_width"]  # nothing in the bar is cut off at 1366 px
    assert state["panel_height"] <= 96


def test_the_panel_goes_when_the_projector_goes(seen: dict) -> None:  # type: ignore[type-arg]
    closed = seen["closed"]
    assert closed["projector"] is None and not closed["panel_visible"]
    assert closed["active"]
    assert closed["page_width"] == seen["start"]["page_width"]
