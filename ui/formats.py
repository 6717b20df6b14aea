"""Python dates and times as Qt's, so QLocale writes them in the window's language.

PySide6 converts ``datetime.date`` by itself at run time, but its type stubs know only
``QDate``; these say what is meant and keep mypy's checks on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute, value.second)
