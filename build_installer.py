"""Build a PyInstaller one-folder bundle of Tingsted for venue laptops.

    .venv/bin/pip install -e '.[installer]'
    .venv/bin/python build_installer.py            # -> dist/tingsted/tingsted(.exe)
    .venv/bin/python build_installer.py --check    # build, then start the bundle once offscreen

The bundle carries everything the app reads from files at run time: the demo assembly
(``data/``), style sheets and translations (``resources/``), the Alembic revisions
(``app/migrations``, loaded by path), the report catalogues (``app/locale``) and the icon
font (qtawesome's ``fonts/``). The areas' CLI modules and the GUI are imported by name at
run time, so both packages are collected whole. A one-folder bundle starts faster than a
one-file one (nothing to unpack) and can be copied onto a USB stick as it is.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NAME = "tingsted"
ENTRY = ROOT / "tingsted" / "__main__.py"


def pyinstaller_args(dist: Path, work: Path) -> list[str]:
    sep = os.pathsep
    data = [
        (ROOT / "data", "data"),
        (ROOT / "resources", "resources"),
        (ROOT / "app" / "migrations", "app/migrations"),
        (ROOT / "app" / "locale", "app/locale"),
    ]
    args = [
        str(ENTRY),
        "--name",
        NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
        "--paths",
        str(ROOT),
        # imported by name at run time (app.cli loads the areas; the GUI is ui.launcher)
        "--collect-submodules",
        "app",
        "--collect-submodules",
        "ui",
        "--hidden-import",
        "ui.launcher",
        "--collect-data",
        "qtawesome",
        "--collect-submodules",
        "alembic",
    ]
    # not needed on a venue laptop (other GUI toolkits and test tools that hooks drag in)
    for module in ("tkinter", "pytest", "IPython", "PyQt5", "PyQt6", "gi"):
        args += ["--exclude-module", module]
    for source, target in data:
        args += ["--add-data", f"{source}{sep}{target}"]
    if sys.platform == "win32":
        args.append("--windowed")  # no console window next to the app
    return args


def build(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller.__main__
    except ImportError:
        sys.exit("build_installer: PyInstaller is not installed; run: .venv/bin/pip install -e '.[installer]'")
    PyInstaller.__main__.run(pyinstaller_args(dist, work))
    exe = dist / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    if not exe.exists():
        sys.exit(f"build_installer: the bundle was not made ({exe} is missing)")
    return exe


def check(exe: Path) -> None:
    """Start the bundle once on the demo, offscreen, and wait for its main window."""
    with tempfile.TemporaryDirectory() as data_dir:
        env = dict(os.environ)
        env.update(
            {
                "QT_QPA_PLATFORM": "offscreen",
                "TINGSTED_DATA_DIR": data_dir,
                "XDG_CONFIG_HOME": str(Path(data_dir) / "config"),
                "TINGSTED_EXIT_AFTER_SHOWN": "1",
            }
        )
        t0 = time.time()
        out = subprocess.run([str(exe), "--demo"], env=env, capture_output=True, text=True, timeout=300)
        if out.returncode != 0:
            sys.exit(f"build_installer: the bundle did not start:\n{out.stderr}")
        report = json.loads(next(line for line in out.stdout.splitlines() if line.startswith("{")))
        print(f"bundle check: {report['title']!r} shown after {report['shown_at'] - t0:.2f} s (first start)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    parser.add_argument("--check", action="store_true", help="start the bundle once offscreen after building")
    args = parser.parse_args()
    t0 = time.perf_counter()
    exe = build(args.dist.resolve(), args.work.resolve())
    size = sum(f.stat().st_size for f in exe.parent.rglob("*") if f.is_file())
    print(f"built {exe} in {time.perf_counter() - t0:.0f} s; the folder holds {size / 1e6:.0f} MB")
    if args.check:
        check(exe)


if __name__ == "__main__":
    main()
