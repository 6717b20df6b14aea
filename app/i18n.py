"""One gettext-style function for text that app/ produces (reports, CLI messages).

Catalogs are JSON files ``app/locale/<lang>.json`` mapping the English text to the
translation. English is the source language; a missing entry falls back to English.
The GUI translates its own strings with Qt (``self.tr``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("da", "en")


@cache
def _catalog(lang: str) -> dict[str, str]:
    path = LOCALE_DIR / f"{lang}.json"
    if not path.exists():
        return {}
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


def gettext(text: str, lang: str = "en") -> str:
    """``text`` (English) in ``lang``; English when there is no translation."""
    if lang == "en":
        return text
    return _catalog(lang).get(text, text)


def translator(lang: str) -> Callable[[str], str]:
    """A ``_`` function bound to one language: ``_ = translator("da")``."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lambda text: gettext(text, lang)
