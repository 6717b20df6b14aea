"""Every page of the window (and each tab of it), and the projector's views, as PNGs in one
language at a laptop's size, to look at whether the longest translation still fits.

    .venv/bin/python scripts/screenshots.py fi out/ [--size 1366x768]

It opens a fresh copy of the demo assembly, switches the window to the language, visits
every area (Ctrl+1 … Ctrl+8) and every tab in it, then shows each generic projector view
at 1024×768. It also lists widgets whose text is cut (a label or button narrower than its
text needs), which is what to look for first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang")
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    # an offscreen laptop screen with a projector beside it (Qt's offscreen default is 800×600)
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={ROOT / 'tests' / 'qt' / 'laptop-1366.json'}")

    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget

    from app.db import open_database
    from app.demo import as_recorded, build_demo
    from ui.launcher import install_translations, make_application, open_window
    from ui.projector import generic

    app: QApplication = make_application(["screenshots"])
    install_translations(app, args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    build_demo(work / "template.tingsted", today=as_recorded()).dispose()
    shutil.copyfile(work / "template.tingsted", work / "demo.tingsted")
    db = open_database(work / "demo.tingsted")
    window = open_window(db, backups=False)
    window.resize(width, height)
    window.show()

    def settle() -> None:
        for _ in range(15):
            app.processEvents()

    cut: list[str] = []

    def look(name: str) -> None:
        settle()
        window.grab().save(str(args.out / f"{name}.png"))
        for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            if not widget.isVisible() or not widget.text():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            button = isinstance(widget, QAbstractButton)
            need = widget.sizeHint().width() if button else widget.minimumSizeHint().width()
            if widget.width() + 2 < need:
                what = f"{type(widget).__name__} {widget.text()[:60]!r}"
                cut.append(f"{name}: {what} is {widget.width()} px, needs {need}")

    for row in range(window.nav.count()):
        window.go_to_row(row)
        settle()
        page = window.stack.currentWidget()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()] if page else []
        if not tabs:
            look(f"{row + 1:02d}")
            continue
        for tab in tabs[:1]:
            for index in range(tab.count()):
                tab.setCurrentIndex(index)
                look(f"{row + 1:02d}-{index + 1}")

    window.projector.toggle()
    settle()
    projector = window.projector.window
    if projector is not None:
        projector.resize(1024, 768)
        for view in generic.generic_views():
            generic.show(window.ctx, view.key)
            settle()
            projector.grab().save(str(args.out / f"projector-{view.key}.png"))
        window.projector.toggle()
    (args.out / "cut.txt").write_text("\n".join(cut) + "\n", encoding="utf-8")
    print(f"{len(list(args.out.glob('*.png')))} pictures in {args.out}; {len(cut)} widgets with cut text")
    for line in cut[:40]:
        print(" ", line)
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
