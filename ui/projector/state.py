"""What the generic projector views show, shared by the control panel, the Program page
and the views: the live day, the free message, the countdown, and the clock.

The clocks are injectable (``ProjectorState(clock=…, now=…)`` or the attributes) so tests
advance time by hand: nothing here sleeps or reads the wall clock directly.
"""

from __future__ import annotations

import datetime as dt
import math
import struct
import tempfile
import time
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

Clock = Callable[[], float]  # seconds, monotonic
Now = Callable[[], dt.datetime]

DEFAULT_COUNTDOWN_S = 5 * 60


class Countdown(QObject):
    """A countdown with start, pause, ±1 minute and reset.

    ``remaining()`` goes below zero once time is up (the view shows "+0:12 over").
    ``phase()`` is ``normal``, then ``amber`` (the last 20 %, at most 2 minutes), then
    ``red`` (the last 10 %, at most 1 minute), then ``over``.
    """

    changed = Signal()  # state or duration changed (not every tick)
    ticked = Signal()  # time passed while running
    finished = Signal()  # reached zero (once per run)

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.duration_s = float(DEFAULT_COUNTDOWN_S)
        self._set_s = self.duration_s  # what reset() goes back to (±1 minute is for this run)
        self.label = ""
        self.sound = False
        self._elapsed = 0.0  # before the current run
        self._started_at: float | None = None
        self._finished_sent = False
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.tick)

    # -- state ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def elapsed(self) -> float:
        if self._started_at is None:
            return self._elapsed
        return self._elapsed + (self.clock() - self._started_at)

    def remaining(self) -> float:
        return self.duration_s - self.elapsed()

    def phase(self) -> str:
        left = self.remaining()
        if left <= 0:
            return "over"
        if left <= min(60.0, self.duration_s * 0.1):
            return "red"
        if left <= min(120.0, self.duration_s * 0.2):
            return "amber"
        return "normal"

    def text(self) -> str:
        """``MM:SS`` (``H:MM:SS`` from an hour); after zero ``+M:SS``."""
        left = self.remaining()
        if left > 0:
            total = int(left + 0.999)  # 4:59.2 shows as 5:00 until a full second passed
            sign = ""
        else:
            total = int(-left)
            sign = "+" if total else ""
        h, rest = divmod(total, 3600)
        m, s = divmod(rest, 60)
        return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m:02d}:{s:02d}"

    # -- controls ---------------------------------------------------------------------

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self.clock()
            self.timer.start()
            self.changed.emit()

    def pause(self) -> None:
        if self._started_at is not None:
            self._elapsed = self.elapsed()
            self._started_at = None
            self.timer.stop()
            self.changed.emit()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self, seconds: float | None = None, label: str | None = None) -> None:
        """Back to the time that was set (or a new one), paused."""
        if seconds is not None:
            self._set_s = max(1.0, float(seconds))
        self.duration_s = self._set_s
        if label is not None:
            self.label = label
        self._elapsed = 0.0
        self._started_at = None
        self._finished_sent = False
        self.timer.stop()
        self.changed.emit()

    def adjust(self, seconds: float) -> None:
        """Add (or with a negative number take away) time, e.g. ±60 for ±1 minute."""
        self.duration_s = max(1.0, self.duration_s + seconds)
        if self.remaining() > 0:
            self._finished_sent = False
        self.changed.emit()
        self.tick()

    def tick(self) -> None:
        """Called by the timer (tests call it after moving the fake clock)."""
        if self.remaining() <= 0 and not self._finished_sent and self.elapsed() > 0:
            self._finished_sent = True
            self.finished.emit()
            if self.sound:
                self._beep()
        self.ticked.emit()

    def _beep(self) -> None:
        """A short chime through Qt Multimedia when it is there, else the system beep."""
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # Qt Multimedia (or its audio libraries) missing
            QApplication.beep()
            return
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(_chime())))
        effect.setVolume(0.8)
        effect.play()
        self._effect = effect  # keep it alive while it plays


def _chime() -> Path:
    """A two-tone chime as a WAV file in the temp folder (made once)."""
    path = Path(tempfile.gettempdir()) / "tingsted-chime.wav"
    if not path.exists():
        rate = 22050
        frames = bytearray()
        for freq, seconds in ((880.0, 0.25), (660.0, 0.4)):
            n = int(rate * seconds)
            for i in range(n):
                fade = min(1.0, (n - i) / (rate * 0.05))
                value = int(12000 * fade * math.sin(2 * math.pi * freq * i / rate))
                frames += struct.pack("<h", value)
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(bytes(frames))
    return path


class ProjectorState(QObject):
    """The live day, the message, and the countdown; ``changed`` when any of them does."""

    changed = Signal()

    def __init__(self, clock: Clock = time.monotonic, now: Now = dt.datetime.now, parent: QObject | None = None):
        super().__init__(parent)
        self.now: Now = now
        self.countdown = Countdown(clock, self)
        self.day_id: int | None = None
        self.day_started_at: dt.datetime | None = None
        self.message = ""

    @property
    def clock(self) -> Clock:
        return self.countdown.clock

    @clock.setter
    def clock(self, value: Clock) -> None:
        self.countdown.clock = value

    def set_day(self, day_id: int | None) -> None:
        if day_id != self.day_id:
            self.day_id = day_id
            self.day_started_at = None
            self.changed.emit()

    def start_day(self, day_id: int) -> None:
        """The facilitator starts the day: it becomes the live day on the agenda view."""
        self.day_id = day_id
        self.day_started_at = self.now()
        self.changed.emit()

    def set_message(self, text: str) -> None:
        text = text.strip()
        if text != self.message:
            self.message = text
            self.changed.emit()
