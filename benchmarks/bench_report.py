"""How long the full demo report takes, from the command to the closed PDF, and its memory.

Each run is a fresh process, ``python -m app report DEMO OUT.pdf --lang …``, exactly what a
facilitator types; its wall time is measured around the process and its peak memory
(``ru_maxrss``) and CPU time come from ``os.wait4``. Baselines in the same run: an empty
Python start, and ``tingsted --help`` (interpreter + every area's CLI module).

Targets (issue 7): under 2 s, under 250 MB. On a busy machine the wall time follows the
load; the CPU time (user + system) is the steadier figure and is printed beside it.

    .venv/bin/python benchmarks/bench_report.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 2.0
TARGET_MB = 250.0


def measure(args: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak MB) of one child process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        error = child.stderr.read().decode() if child.stderr else ""
        raise SystemExit(f"{' '.join(args)} failed: {error.strip()}")
    if child.stderr:
        child.stderr.close()
    peak_mb = usage.ru_maxrss / 1024  # Linux: kilobytes
    return wall, usage.ru_utime + usage.ru_stime, peak_mb


BREAKDOWN = """
import sys, time
T = time.process_time
t0 = T()
from app.db import open_database
t1 = T()
from app.reports.recommendation_report import ReportOptions, SECTIONS, _ReportDocTemplate, _Writer, gather
t2 = T()
db = open_database(sys.argv[1])
from app.services.assembly import current_assembly
assembly_id = current_assembly(db).id
t3 = T()
data = gather(db, assembly_id)
t4 = T()
story = _Writer(data, ReportOptions(lang="da"), None).story(list(SECTIONS))
t5 = T()
_ReportDocTemplate(sys.argv[2], assembly_name=data.name, title="x").multiBuild(story)
t6 = T()
print(f"import app.db (SQLAlchemy, models) {t1 - t0:.2f}  import report (reportlab) {t2 - t1:.2f}  "
      f"open {t3 - t2:.2f}  gather {t4 - t3:.2f}  story {t5 - t4:.2f}  layout+write {t6 - t5:.2f}")
"""


def line(name: str, results: list[tuple[float, float, float]]) -> tuple[float, float]:
    walls = [r[0] for r in results]
    cpus = [r[1] for r in results]
    peak = max(r[2] for r in results)
    print(
        f"{name:<34} wall median {statistics.median(walls):5.2f} s (min {min(walls):4.2f})"
        f"   cpu median {statistics.median(cpus):5.2f} s   peak {peak:6.1f} MB"
    )
    return statistics.median(walls), peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from app.demo import build_demo

    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.tingsted"
        print("building the demo assembly …")
        build_demo(demo).dispose()
        python = sys.executable
        print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; {options.runs} runs each\n")
        line("baseline: python -c pass", [measure([python, "-c", "pass"]) for _ in range(options.runs)])
        line("baseline: tingsted --help", [measure([python, "-m", "app", "--help"]) for _ in range(options.runs)])
        worst_wall, worst_peak = 0.0, 0.0
        for lang in ("da", "en"):
            out = Path(folder) / f"report-{lang}.pdf"
            runs = [
                measure([python, "-m", "app", "report", str(demo), str(out), "--lang", lang])
                for _ in range(options.runs)
            ]
            wall, peak = line(f"full demo report ({lang})", runs)
            worst_wall, worst_peak = max(worst_wall, wall), max(worst_peak, peak)
            from pypdf import PdfReader

            pages = len(PdfReader(str(out)).pages)
            print(f"{'':<34} {pages} pages, {out.stat().st_size / 1024:.0f} KB")
        phases = subprocess.run(
            [python, "-c", BREAKDOWN, str(demo), str(Path(folder) / "breakdown.pdf")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        print(f"\nCPU seconds by phase (one run, in-process):\n  {phases.stdout.strip()}")
        print()
        print(
            f"target: under {TARGET_SECONDS:.0f} s  → median {worst_wall:.2f} s: "
            + ("met" if worst_wall < TARGET_SECONDS else "NOT met")
        )
        print(
            f"target: under {TARGET_MB:.0f} MB → peak {worst_peak:.0f} MB: "
            + ("met" if worst_peak < TARGET_MB else "NOT met")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
