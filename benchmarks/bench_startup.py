"""Start-up: from process start to the main window shown with the demo (`tingsted --demo`).

    .venv/bin/python benchmarks/bench_startup.py [runs]

Each run starts a new process with ``TINGSTED_EXIT_AFTER_SHOWN=1``: the launcher prints the
wall-clock time at which the main window was shown, and quits. The first run builds the
demo template in a fresh data folder (a newcomer's first start); the others copy it (every
later start). Baselines in the same run: a bare Python interpreter, and Python importing
PySide6.QtWidgets. Target: median under 1.5 s.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 1.5


def _env(data_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
            "TINGSTED_DATA_DIR": data_dir,
            "XDG_CONFIG_HOME": str(Path(data_dir) / "config"),
            "TINGSTED_EXIT_AFTER_SHOWN": "1",
        }
    )
    return env


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def start_once(data_dir: str) -> tuple[float, float, list[str]]:
    """Wall-clock seconds to the window shown, CPU seconds of the whole run, heavy modules."""
    cpu0 = _child_cpu()
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "app", "--demo"],
        cwd=ROOT,
        env=_env(data_dir),
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in out.stdout.splitlines() if x.startswith("{"))
    report = json.loads(line)
    return report["shown_at"] - t0, _child_cpu() - cpu0, report["heavy_modules"]


def baseline(code: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=_env(tempfile.gettempdir()))
    return time.perf_counter() - t0


def _fmt(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s, min {min(values):.3f} s, max {max(values):.3f} s"


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as data_dir:
        first, _cpu, heavy = start_once(data_dir)
        times, cpus = [], []
        for _ in range(runs):
            seconds, cpu, heavy = start_once(data_dir)
            times.append(seconds)
            cpus.append(cpu)
    python = [baseline("pass") for _ in range(3)]
    qt = [baseline("import PySide6.QtWidgets") for _ in range(3)]
    print("start-up to the main window shown, `tingsted --demo` (offscreen)")
    print(f"  first start (builds the demo template): {first:.3f} s")
    print(f"  later starts, {runs} runs: {_fmt(times)}")
    print(f"  CPU time of a whole start-and-quit (less sensitive to other load): {_fmt(cpus)}")
    print(f"  load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    print(f"  baseline: bare python {_fmt(python)}")
    print(f"  baseline: python + import PySide6.QtWidgets {_fmt(qt)}")
    print(f"  heavy modules loaded at start-up: {', '.join(heavy) or 'none'}")
    verdict = "OK" if statistics.median(times) < TARGET_S else "SLOWER THAN TARGET"
    print(f"  target < {TARGET_S} s: {verdict}")


if __name__ == "__main__":
    main()
