from __future__ import annotations

from PySide6.QtCore import QObject

from ui import tasks


def test_a_task_that_finishes_at_once_still_reaches_its_slots(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    results: list[object] = []
    task = tasks.start(lambda control: 42, owner)
    task.finished.connect(results.append)  # connected after start() returned
    qtbot.waitUntil(lambda: results == [42])


def test_progress_then_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    owner = QObject()
    go_on = threading.Event()
    seen: list[float] = []

    def work(control: tasks.TaskControl) -> int:
        control.progress(1, 2, "half")
        go_on.wait(5)
        control.progress(2, 2, "done")  # raises Cancelled: the task was cancelled meanwhile
        return 1

    task = tasks.start(work, owner)
    task.progressed.connect(lambda done, total, text: seen.append(done))
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        qtbot.waitUntil(lambda: seen == [1.0])
        task.cancel()
        go_on.set()
    assert task.done
