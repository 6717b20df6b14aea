"""One gettext-style function for text that app/ produces (reports, CLI messages).

Catalogs are JSON files ``app/locale/<lang>.json`` mapping the English text to the
translation. English is the source language; a missing entry falls back to English.
The GUI translates its own strings with Qt (``self.tr``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
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


# ------------------------------------------------------------ messages with parameters

# Languages that write 0,8 where English writes 0.8 (and 1.234 for 1,234).
DECIMAL_COMMA = frozenset({"da", "sv", "nb", "fi"})
# How a date is written (English messages use ISO dates, 2026-03-07).
DATE_FORMATS = {"da": "%d.%m.%Y", "nb": "%d.%m.%Y", "fi": "%d.%m.%Y", "sv": "%Y-%m-%d"}


def N_(text: str) -> str:
    """Mark ``text`` as a message template where it is defined; it is translated where it
    is shown (e.g. a template handed to a helper that raises it). Returns it unchanged."""
    return text


class Term(str):
    """A word inside a message that is itself translated: a status, a kind.

    ``ServiceError("Member {number} is {status}", number=7, status=Term(m.status))`` reads
    "Medlem nr. 7 er udtrådt" in Danish. In English it is the plain string. A ``context``
    tells apart words that translate differently ("withdrawn" member / recommendation):
    the catalog's ``"context|word"`` entry is used when there is one.
    """

    context: str

    def __new__(cls, text: object, context: str = "") -> Term:
        term = super().__new__(cls, text)
        term.context = context
        return term

    def translated(self, lang: str) -> str:
        if self.context and lang != "en":
            found = _catalog(lang).get(f"{self.context}|{self}")
            if found is not None:
                return found
        return gettext(str(self), lang)


class Message(str):
    """A message template with named parameters, translated when it is shown.

    It *is* its English text (a ``str``), so it goes wherever text went before; the screen
    asks for ``localised(lang)``. For a part of a message
    (``ServiceError("{problem}.", problem=Message(...))``), a note, or an import problem
    made from it. ``capitalised()`` starts it with a capital letter in every language.
    """

    template: str
    params: dict[str, object]
    capital: bool

    def __new__(cls, template: str, /, **params: object) -> Message:
        return cls._make(template, params, capital=False)

    @classmethod
    def _make(cls, template: str, params: dict[str, object], *, capital: bool) -> Message:
        english = format_message(template, params)
        message = super().__new__(cls, english[:1].upper() + english[1:] if capital else english)
        message.template, message.params, message.capital = template, params, capital
        return message

    def capitalised(self) -> Message:
        return Message._make(self.template, self.params, capital=True)

    def localised(self, lang: str = "en") -> str:
        text = format_message(self.template, self.params, lang)
        return text[:1].upper() + text[1:] if self.capital else text

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_message, (self.template, self.params, self.capital))


def joined(parts: Sequence[str]) -> Message | str:
    """Several messages as one, each translated where it is shown: ``a; b; c``."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0] if isinstance(parts[0], Message) else Message("{part}", part=parts[0])
    return Message("{first}; {rest}", first=parts[0], rest=joined(parts[1:]))


def _rebuild_message(template: str, params: dict[str, object], capital: bool) -> Message:
    return Message._make(template, params, capital=capital)


class _CommaFloat(float):
    """A float that formats with a decimal comma (and a point between thousands)."""

    def __format__(self, spec: str) -> str:
        text = float(self).__format__(spec)
        return text.translate(str.maketrans(".,", ",."))

    def __str__(self) -> str:
        return format(self, "")


class _LocalDate(dt.date):
    """A date that, without a format spec, is written the way ``DATE_FORMATS`` says."""

    date_format = "%Y-%m-%d"

    def __format__(self, spec: str) -> str:
        return self.strftime(spec or self.date_format)

    def __str__(self) -> str:
        return format(self, "")


def _value(value: object, lang: str) -> object:
    if lang == "en":
        return value
    if isinstance(value, Term):
        return value.translated(lang)
    if isinstance(value, LocalisedError | Message):
        return value.localised(lang)
    if isinstance(value, float) and lang in DECIMAL_COMMA:
        return _CommaFloat(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime) and lang in DATE_FORMATS:
        local = _LocalDate(value.year, value.month, value.day)
        local.date_format = DATE_FORMATS[lang]
        return local
    return value


def format_message(template: str, params: Mapping[str, object], lang: str = "en") -> str:
    """``template`` in ``lang`` with ``params`` filled in (``str.format`` fields).

    Without params the text is used as it is (so a plain message may contain braces).
    Terms and nested errors among the params are translated too, and floats get a
    decimal comma where the language writes one. A translation whose fields do not match
    falls back to English rather than hide the message.
    """
    text = gettext(template, lang)
    if not params:
        return text
    try:
        return text.format(**{key: _value(v, lang) for key, v in params.items()})
    except (KeyError, IndexError, ValueError, AttributeError):
        if text == template:
            # the English template itself does not fit its params: say everything we know
            return template + " (" + ", ".join(f"{k}={v}" for k, v in params.items()) + ")"
        return format_message(template, params, "en")


class LocalisedError(Exception):
    """An error whose message is a template with named parameters.

    ``str(exc)`` is the English text (for the CLI, logs and tests); ``exc.localised("da")``
    is the same message in Danish, through ``app/locale/da.json``. Raising with a plain
    string keeps working (it is then its own template).
    """

    def __init__(self, template: str = "", /, **params: object) -> None:
        self.template = template
        self.params: dict[str, object] = params
        super().__init__(format_message(template, params))

    def localised(self, lang: str = "en") -> str:
        return format_message(self.template, self.params, lang)

    def __reduce__(self) -> tuple[object, ...]:
        # keep the template and params when the error crosses a process boundary
        return (_rebuild_error, (type(self), self.template, self.params))


def _rebuild_error(cls: type[LocalisedError], template: str, params: dict[str, object]) -> LocalisedError:
    return cls(template, **params)
