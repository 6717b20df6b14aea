"""Voting benchmarks (issue 6). Run: ``.venv/bin/python benchmarks/bench_voting.py``.

1. **Vote committed → projector repainted** (the issue's figure). The real windows, offscreen
   on two 1920×1080 screens: the facilitator's main window on the Voting page (the ballot
   chosen, the Papers tab), and the projector window full screen on the second screen
   with the ballot on it (opened by the page's "Project" button; counts shown live, six
   items). 1,000 votes, once as typed papers (the paper form's Enter: ``PaperForm.save``)
   and once as device votes (``ctx.apply(cast_vote)``, as phone votes will arrive).

   - **headline – committed → projector repainted**: the clock starts when the service
     call that stores the vote has returned (committed, ``synchronous=FULL``: the vote is
     durable) and stops when the projector window has been repainted with the new tally
     (``ProjectorClock``: at the end of the projector's last paint). In between: the
     broadcast of ``Changes.VOTES`` with what the call added (``ctx.detail``) to every
     listener – the main window, the Voting page (schedules its refresh for after the
     burst), the projector view (adds the vote to its running tally, sets its labels
     and bar targets and paints what changed right away) – then the rest of the form's
     Enter handler and the posted layout and paint requests of both windows
     (``QCoreApplication.sendPostedEvents()``: what the event loop does next; a
     projector paint there would still count). Target: p99 < 16 ms (60 Hz frame).
   - **committed → both windows repainted**: the same clock, stopped only when the
     facilitator's window has been repainted as well (the form's feedback line etc.).
   - **end to end – Enter → both repainted**: with the form's checks and the commit itself
     (``synchronous=FULL`` fsyncs: this is mostly the disk).
   - Baselines in the same run: a bare SQLite commit (WAL, ``synchronous=FULL``) in the
     same folder, ``enter_paper`` alone, a synchronous full ``repaint()`` of the 1920×1080
     projector window, the old path after a vote – the ballot read again in full
     (``live_count``) – at 1,000 votes, and (not on the path, but the GUI thread is
     busy meanwhile) the projector panel's thumbnail, taken once a second.

   Between votes (outside the clock) the event loop runs: bars glide, and every 25 votes
   a pause lets the Voting page's refresh after a burst run, as it does between papers.
   A shorter run shows the count hidden (the default while voting): only the turnout
   line changes, but at 79 px it is past Qt's 64 px glyph cache and drawn as paths.
   Wall and CPU time (``time.process_time``) are printed; the machine is shared, so the
   load average is printed too, with a fixed pure-Python calibration loop.
2. **Import of 5,000 paper ballots** (CSV, six recommendations, support scale) through
   ``app.io.paper_ballots.import_paper_ballots``: read, check every cell, store. Target < 2 s.
   Baseline: reading the file with ``read_table`` alone.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

_SCREENS = Path(tempfile.mkdtemp(prefix="tingsted-bench-")) / "screens.json"
_SCREENS.write_text(
    json.dumps(
        {
            "synchronousWindowSystemEvents": False,
            "windowFrameMargins": False,
            "screens": [
                {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpiX": 96,
                 "logicalDpiY": 96, "dpr": 1},
                {"name": "projector", "x": 1920, "y": 0, "width": 1920, "height": 1080, "logicalDpiX": 96,
                 "logicalDpiY": 96, "dpr": 1},
            ],
        }
    )
)  # fmt: skip
# The bench needs its two 1920×1080 screens: a plain "offscreen" already exported (as `make
# bench` and CI do) gives one 800×800 screen, so it is replaced; a platform that names its
# own screens (a configfile, or a real display such as xcb) is kept.
_platform = os.environ.get("QT_QPA_PLATFORM", "")
if _platform in ("", "offscreen") or (_platform.startswith("offscreen") and "configfile" not in _platform):
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREENS}"
os.environ["XDG_CONFIG_HOME"] = str(_SCREENS.parent)  # QSettings of the bench's windows stay here
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.db import Database, create_database  # noqa: E402
from app.io.paper_ballots import import_paper_ballots  # noqa: E402
from app.io.tabular import read_table  # noqa: E402
from app.models import Member, Recommendation  # noqa: E402
from app.services import voting  # noqa: E402
from app.services.assembly import create_assembly  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.launcher import make_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.projector.ballot import BallotView  # noqa: E402
from ui.voting.page import VotingPage  # noqa: E402

VOTES = int(os.environ.get("BENCH_VOTES", 1_000))  # fewer for a quick look
PAPERS = 5_000
ITEMS = 6
PAUSE_EVERY = 25  # votes between two pauses in which the Voting page's deferred refresh runs


def setup(folder: Path, name: str, members: int = 1_200) -> tuple[Database, int, list[int], list[int]]:
    db = create_database(folder / f"{name}.tingsted")
    assembly = create_assembly(db, "Benchmark")
    with db.session() as s:
        ms = [Member(assembly_id=assembly.id, number=n + 1) for n in range(members)]
        recs = [
            Recommendation(assembly_id=assembly.id, code=f"A{n + 1}", title=f"Anbefaling nummer {n + 1}", position=n)
            for n in range(ITEMS)
        ]
        s.add_all(ms + recs)
        s.flush()
        return db, assembly.id, [m.id for m in ms], [r.id for r in recs]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def show(label: str, times: list[float]) -> float:
    ms = [t * 1000 for t in times]
    p99 = percentile(ms, 99)
    print(f"  {label:<46} median {statistics.median(ms):6.2f} ms   p99 {p99:6.2f} ms   max {max(ms):6.2f} ms")
    return p99


class ProjectorClock(QObject):
    """Watches the events Qt delivers while the posted layout and paint requests are
    processed, to tell when the projector window's repaint has finished: at the first
    event for anything else after its last paint event (Qt paints and flushes a window in
    one go), else when the processing ends. Also counts the projector's paint events, to
    check that the clock stops after a real repaint, not before one."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.handle = window.windowHandle()
        self.paints = 0
        self.armed = False
        self.done: float | None = None  # wall clock (perf_counter) when the repaint ended
        self.done_cpu = 0.0  # CPU time of this process (process_time) then
        self._painting = False

    def arm(self) -> None:
        self.armed, self.done, self._painting = True, None, False

    def stop(self) -> tuple[float, float]:
        self.armed = False
        if self.done is None:
            return time.perf_counter(), time.process_time()
        return self.done, self.done_cpu

    def _ours(self, obj: QObject) -> bool:
        return obj is self.handle or (isinstance(obj, QWidget) and obj.window() is self.window)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.armed:
            return False
        if self._ours(obj):
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
                self._painting, self.done = True, None
        elif self._painting and self.done is None:
            self.done, self.done_cpu = time.perf_counter(), time.process_time()
        return False


def settle(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def bench_live(
    app: QApplication, folder: Path, source: str, *, show_live: bool = True, votes: int = VOTES
) -> dict[str, list[float]]:
    db, assembly_id, members, recs = setup(folder, f"live_{source}_{show_live}")
    b = voting.create_ballot(db, assembly_id, "Live", "support_scale", recommendation_ids=recs, threshold=0.8,
                             show_live=show_live, double_entry=False)  # fmt: skip
    voting.open_ballot(db, b.id)
    ctx = AppContext(db, assembly_id)
    window = MainWindow(ctx)
    window.resize(1600, 1000)
    window.show()
    page = window.show_area("voting")
    assert isinstance(page, VotingPage)
    page.list.selectRow(page.model.row_of(b.id))
    page.go_to_papers()
    page.show_on_projector()  # the projector opens full screen on the second screen
    assert ctx.projector is not None and ctx.projector.window is not None
    projector = ctx.projector.window
    view = ctx.projector.view("ballot")
    assert isinstance(view, BallotView) and view.ballot_id == b.id
    settle(app, 0.5)
    assert projector.width() == 1920 and projector.isFullScreen(), projector.size()
    clock = ProjectorClock(projector)
    app.installEventFilter(clock)

    # the clock of the headline starts when the service call that stores the vote returns
    committed: list[float] = [0.0, 0.0]

    def timed(call):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            result = call(*args, **kwargs)
            committed[0], committed[1] = time.perf_counter(), time.process_time()
            return result

        return wrapper

    real_enter, real_cast = voting.enter_paper, voting.cast_vote
    voting.enter_paper, voting.cast_vote = timed(real_enter), timed(real_cast)
    form = page.papers
    items = [str(i.id) for i in b.items]
    rng = random.Random(1)
    out: dict[str, list[float]] = {
        k: [] for k in ("after", "after_cpu", "both", "both_cpu", "e2e", "e2e_cpu", "commit")
    }
    try:
        for n in range(votes):
            keys = "".join(rng.choice("54321") for _ in items)
            before_paint = clock.paints
            clock.arm()  # no paint of the projector before the commit: nothing has changed yet
            start, start_cpu = time.perf_counter(), time.process_time()
            if source == "paper":
                form.paper.setText(str(n + 1))
                form.keys.setText(keys)
                form.save()  # Enter in the paper form: check, commit, broadcast, feedback
            else:
                choices = dict(zip(items, keys, strict=True))
                ctx.apply(lambda n=n, c=choices: voting.cast_vote(db, b.id, members[n], c))
            QCoreApplication.sendPostedEvents()  # lay out and repaint what changed, both windows
            end, end_cpu = time.perf_counter(), time.process_time()
            painted, painted_cpu = clock.stop()
            assert painted <= time.perf_counter(), "the clock stops after the repaint"
            out["after"].append(painted - committed[0])
            out["after_cpu"].append(painted_cpu - committed[1])
            out["both"].append(end - committed[0])
            out["both_cpu"].append(end_cpu - committed[1])
            out["e2e"].append(end - start)
            out["e2e_cpu"].append(end_cpu - start_cpu)
            out["commit"].append(committed[0] - start)
            assert view.result is not None and view.result.cast == n + 1, "the projector missed a vote"
            assert clock.paints > before_paint, "the projector was not repainted"
            app.processEvents()  # bars glide between votes (outside the clock)
            if (n + 1) % PAUSE_EVERY == 0:
                settle(app, 0.2)  # the Voting page's refresh after a burst runs here
    finally:
        voting.enter_paper, voting.cast_vote = real_enter, real_cast
        app.removeEventFilter(clock)
    settle(app, 0.5)
    assert f"Counted: {votes} " in form.status.text() or source != "paper", form.status.text()
    # baselines in the same state: a full synchronous repaint, and the old path (read it all)
    for _ in range(100):
        t0, c0 = time.perf_counter(), time.process_time()
        projector.repaint()
        out.setdefault("repaint", []).append(time.perf_counter() - t0)
        out.setdefault("repaint_cpu", []).append(time.process_time() - c0)
    panel = window.projector_panel  # the facilitator's thumbnail of the projector, once a second
    for _ in range(20):
        t0, c0 = time.perf_counter(), time.process_time()
        panel.refresh_thumbnail()
        out.setdefault("thumbnail", []).append(time.perf_counter() - t0)
        out.setdefault("thumbnail_cpu", []).append(time.process_time() - c0)
    for _ in range(100):
        t0 = time.perf_counter()
        voting.live_count(db, b.id).result  # noqa: B018 (the result is computed on access)
        out.setdefault("reread", []).append(time.perf_counter() - t0)
    # the commit alone, same database (votes into a second ballot, no window listening)
    b2 = voting.create_ballot(db, assembly_id, "Plain", "support_scale", recommendation_ids=recs, double_entry=False)
    voting.open_ballot(db, b2.id)
    items2 = [str(i.id) for i in b2.items]
    for n in range(200):
        t0 = time.perf_counter()
        voting.enter_paper(db, b2.id, n + 1, dict.fromkeys(items2, "5"))
        out.setdefault("commit_alone", []).append(time.perf_counter() - t0)
    window.close()
    ctx.projector.close()
    app.processEvents()
    db.dispose()
    return out


def report_live(source: str, out: dict[str, list[float]]) -> float:
    what = "typed papers (paper form, Enter)" if source == "paper" else "device votes (ctx.apply(cast_vote))"
    print(f"{VOTES} {what}; facilitator window + projector 1920×1080, six items, counts shown live:")
    p99 = show("HEADLINE committed → projector repainted", out["after"])
    show("  the same, CPU time of this process", out["after_cpu"])
    show("committed → both windows repainted", out["both"])
    show("  the same, CPU time of this process", out["both_cpu"])
    show("end to end: Enter/call → both repainted", out["e2e"])
    show("  the same, CPU time", out["e2e_cpu"])
    show("  of which the call up to its commit", out["commit"])
    show("baseline: commit alone (enter_paper)", out["commit_alone"])
    show("baseline: full repaint() of the projector", out["repaint"])
    show("  the same, CPU time", out["repaint_cpu"])
    show("old path: the ballot read again (live_count)", out["reread"])
    show("(not on the path) projector panel thumbnail", out["thumbnail"])
    show("  the same, CPU time", out["thumbnail_cpu"])
    return p99


def calibration() -> float:
    """A fixed pure-Python workload (ms): about 20–30 ms on an idle laptop core of 2024;
    scale the figures below by it when the machine is busy."""
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        total = 0
        for n in range(1_000_000):
            total += n * n % 7
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def bench_fsync(folder: Path) -> None:
    """The floor: a bare one-row SQLite commit (WAL, synchronous=FULL) in the same folder."""
    import sqlite3

    con = sqlite3.connect(str(folder / "floor.db"), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (x)")
    times = []
    for n in range(300):
        t0 = time.perf_counter()
        con.execute("BEGIN")
        con.execute("INSERT INTO t VALUES (?)", (n,))
        con.execute("COMMIT")
        times.append(time.perf_counter() - t0)
    con.close()
    print("Floor of this disk:")
    show("bare SQLite commit (WAL, synchronous=FULL)", times)


def bench_import(folder: Path) -> float:
    db, assembly_id, _members, recs = setup(folder, "import", members=10)
    b = voting.create_ballot(db, assembly_id, "Import", "support_scale", recommendation_ids=recs)
    voting.open_ballot(db, b.id)
    rng = random.Random(2)
    path = folder / "papers.csv"
    lines = ["paper," + ",".join(f"A{n + 1}" for n in range(ITEMS))]
    for n in range(PAPERS):
        lines.append(f"{n + 1}," + ",".join(rng.choice(["5", "4", "3", "2", "1", ""]) for _ in range(ITEMS)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    t0 = time.perf_counter()
    read_table(path)
    read_only = time.perf_counter() - t0
    t0 = time.perf_counter()
    c0 = time.process_time()
    n = import_paper_ballots(db, b.id, path)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    t0 = time.perf_counter()
    result = voting.ballot_result(db, b.id)
    tally_time = time.perf_counter() - t0
    assert n == PAPERS and result.cast == PAPERS
    print(f"Import of {PAPERS} paper ballots ({ITEMS} items each, {PAPERS * ITEMS} votes):")
    print(f"  import (read + check + store)                {elapsed:6.3f} s   (target < 2 s)")
    print(f"  the same, CPU time of this process           {cpu:6.3f} s")
    print(f"  baseline: read_table alone                    {read_only:6.3f} s")
    print(f"  tally of the {PAPERS} papers afterwards             {tally_time * 1000:6.1f} ms")
    db.dispose()
    return elapsed


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1, 5, 15 min)"


def main() -> int:
    app = make_application()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {load()}")
    print(f"Calibration (fixed pure-Python loop, best of 5): {calibration():.1f} ms")
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as tmp:
        folder = Path(tmp)
        bench_fsync(folder)
        p99 = {}
        for source in ("paper", "device"):
            out = bench_live(app, folder, source)
            p99[source] = report_live(source, out)
            print(f"  ({load()})")
        hidden = bench_live(app, folder, "device", show_live=False, votes=min(VOTES, 300))
        print(f"{min(VOTES, 300)} device votes, the count hidden (the default while voting: turnout only):")
        show("committed → projector repainted", hidden["after"])
        show("  the same, CPU time of this process", hidden["after_cpu"])
        seconds = bench_import(folder)
    ok = p99["paper"] < 16 and p99["device"] < 16 and seconds < 2
    print(f"Targets: p99 committed → repainted < 16 ms ({p99['paper']:.2f} / {p99['device']:.2f} ms), "
          f"import < 2 s ({seconds:.2f} s): " + ("met" if ok else "NOT met"))  # fmt: skip
    print(f"Calibration again: {calibration():.1f} ms, {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
