"""Spreadsheet formula injection: the one place every CSV/XLSX export passes its cells through.

A spreadsheet runs a cell whose text starts with ``=``, ``+``, ``-`` or ``@`` (and Excel
also one that starts with a tab or carriage return) as a formula: a member named
``=HYPERLINK("http://x","y")`` or ``=cmd|' /C calc'!A0`` would become a live link or a
DDE command in the facilitator's Excel. OWASP's advice ("CSV Injection") is followed:
such a text cell gets a single quote in front, so the spreadsheet shows it as text.

Ordinary data is left alone: numbers stay numbers (they are not text), and a text that is
only a number — ``-12``, ``+45 12 34 56 78``, ``-3,5`` — cannot run anything and keeps its
form (a phone number must stay dialable).

``unneutralise`` undoes it on import, so Tingsted's own export can be read back unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pandas as pd

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Only digits, spaces and number punctuation after an optional sign: nothing a spreadsheet could run.
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9][0-9 .,()/]*")


def neutralise(value: Any) -> Any:
    """``value`` as it may be written to a spreadsheet cell (texts that would run get a ``'``)."""
    if not isinstance(value, str) or not value or not value.startswith(TRIGGERS):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def unneutralise(value: str) -> str:
    """The text a neutralised cell stood for (``'=1+1`` → ``=1+1``); other texts unchanged."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(TRIGGERS):
        return value[1:]
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    """A row for ``csv.writer``: every cell neutralised."""
    return [neutralise(v) for v in values]


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells (and headers) are neutralised; numbers untouched."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column].dtype):
            out[column] = out[column].map(neutralise)
    out.columns = [neutralise(c) if isinstance(c, str) else c for c in out.columns]
    out.attrs = dict(frame.attrs)
    return out
