"""``python -m app VERB …``: the headless commands only (the window is ``python -m tingsted``)."""

from app.cli import run

run()
