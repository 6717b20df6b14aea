"""The projector follows the screens: full screen on the second one, back to the
facilitator's screen when it is unplugged, out again when it is plugged in.

Qt's offscreen platform reads the screens from ``tests/qt/two-screens.json`` (a
1920×1080 laptop and a 1024×768 projector) only when the application starts, so the
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
CONFIG = ROOT / "tests" / "qt" / "two-screens.json"

SCENARIO = r"""
import json, sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
app = QApplication(["screens"])
from app.db import create_database
from app.services.assembly import create_assembly
from ui.context import AppContext
from ui.main_window import MainWindow

db = create_database(sys.argv[1])
info = create_assembly(db, "Skærmtinget")
ctx = AppContext(db, info.id)
window = MainWindow(ctx)
window.setGeometry(100, 100, 1280, 800)
window.show()
app.processEvents()
controller = window.projector
seen = {"screens": [s.name() for s in QGuiApplication.screens()]}

def snap(name):
    app.processEvents()
    w = controller.window
    g = w.geometry()
    seen[name] = {"screen": w.screen().name(), "full": w.isFullScreen(), "visible": w.isVisible(),
                  "geometry": [g.x(), g.y(), g.width(), g.height()],
                  "view": type(w.stack.currentWidget()).__name__,
                  "panel": window.projector_panel.where.text()}

controller.open()
snap("opened")
projector = next(s for s in QGuiApplication.screens() if s.name() == "projector")
app.screenRemoved.emit(projector)   # unplugged
app.processEvents()
snap("unplugged")
app.screenAdded.emit(projector)     # plugged in again
snap("plugged")
controller.close()
window.close()
db.dispose()
print(json.dumps(seen))
"""


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    db = tmp_path_factory.mktemp("screens") / "screens.tingsted"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={CONFIG}", PYTHONPATH=str(ROOT))
    env["XDG_CONFIG_HOME"] = str(db.parent / "config")
    done = subprocess.run(
        [sys.executable, "-c", SCENARIO, str(db)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_two_screens_are_seen(seen: dict[str, object]) -> None:
    assert seen["screens"] == ["laptop", "projector"]


def test_projector_opens_full_screen_on_the_second_screen(seen: dict[str, object]) -> None:
    assert seen["opened"] == {
        "screen": "projector",
        "full": True,
        "visible": True,
        "geometry": [1920, 0, 1024, 768],
        "view": "WelcomeView",
        "panel": "Second screen found: projector (1024×768), full screen",
    }


def test_unplugged_projector_comes_back_to_the_laptop(seen: dict[str, object]) -> None:
    state = seen["unplugged"]
    assert isinstance(state, dict)
    assert state["screen"] == "laptop" and not state["full"] and state["visible"]
    x, y, w, h = state["geometry"]
    assert 0 <= x < 1920 and w <= 1280 and h <= 720
    assert state["panel"].startswith("No second screen")


def test_plugged_in_again_it_goes_full_screen_there(seen: dict[str, object]) -> None:
    state = seen["plugged"]
    assert isinstance(state, dict)
    assert state["screen"] == "projector" and state["full"] and state["geometry"] == [1920, 0, 1024, 768]
