"""Text that app/ produces (reports, printouts, errors, import problems) in five languages.

The catalogues are GNU gettext ones: ``app/locale/<lang>/LC_MESSAGES/tingsted.po`` (edit
these, e.g. in Poedit), compiled to ``tingsted.mo`` beside them, which is what is read here
(through the standard library's ``gettext``). English is the source language; a missing
entry falls back to English. ``make translations`` extracts the templates with Babel
(``pybabel extract``, babel.cfg), updates the .po files and compiles them
(scripts/sync_catalogues.py). Words that translate differently by place use a gettext
context (``msgctxt``), counts use plural forms (``Message.plural``), and dates and numbers
are written the way each language writes them (Babel's CLDR data).

Until every helper's branch is merged, entries may still be added to the old
``app/locale/da.json``; they are read as a fallback behind the Danish .mo and folded into
da.po by ``scripts/sync_catalogues.py``.

The GUI translates its own strings with Qt (``self.tr``).
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import json
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "tingsted"
LANGUAGES = ("da", "en", "sv", "nb", "fi")
# the languages of the assembly, each named in itself (report and printout choices)
LANGUAGE_NAMES = {"da": "Dansk", "en": "English", "sv": "Svenska", "nb": "Norsk bokmål", "fi": "Suomi"}
CONTEXT_SEPARATOR = "|"  # "context|word" in the old JSON; msgctxt in the .po


def supported(lang: str | None, default: str = "en") -> str:
    """``lang`` when Tingsted speaks it (``"sv_FI"`` → ``"sv"``), else ``default``."""
    code = (lang or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else default


class _JsonFallback(_gettext.NullTranslations):
    """Entries still in the old ``<lang>.json`` (until they are folded into the .po)."""

    def __init__(self, data: dict[str, str]) -> None:
        super().__init__()
        self.data = data

    def gettext(self, message: str) -> str:
        return self.data.get(message, message)

    def pgettext(self, context: str, message: str) -> str:
        return self.data.get(f"{context}{CONTEXT_SEPARATOR}{message}", message)


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The gettext catalogue of ``lang`` (a NullTranslations for English or an unknown one)."""
    mo = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    catalogue: _gettext.NullTranslations
    if lang != "en" and mo.exists():
        with mo.open("rb") as fp:
            catalogue = _gettext.GNUTranslations(fp)
    else:
        catalogue = _gettext.NullTranslations()
    old = LOCALE_DIR / f"{lang}.json"
    if lang != "en" and old.exists():
        catalogue.add_fallback(_JsonFallback(json.loads(old.read_text(encoding="utf-8"))))
    return catalogue


def gettext(text: str, lang: str = "en") -> str:
    """``text`` (English) in ``lang``; English when there is no translation."""
    if lang == "en" or not text:
        return text
    return translations(lang).gettext(text)


def pgettext(context: str, text: str, lang: str = "en") -> str:
    """``text`` in ``lang`` as it reads in ``context`` (gettext's msgctxt)."""
    if lang == "en":
        return text
    found = translations(lang).pgettext(context, text)
    return found if found != text else gettext(text, lang)


def ngettext(singular: str, plural: str, n: int, lang: str = "en") -> str:
    """The form of a counted message for ``n`` in ``lang`` (Finnish 1 jäsen, 2 jäsentä)."""
    if lang == "en":
        return singular if n == 1 else plural
    return translations(lang).ngettext(singular, plural, n)


def translator(lang: str) -> Callable[[str], str]:
    """A ``_`` function bound to one language: ``_ = translator("da")``."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lambda text: gettext(text, lang)


def plural_translator(lang: str) -> Callable[[str, str, int], str]:
    """An ``n_`` bound to one language: ``n_("{n} member", "{n} members", n).format(n=n)``."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lambda singular, plural, n: ngettext(singular, plural, n, lang)


# ------------------------------------------------------------ messages with parameters

# English messages keep ISO dates (2026-03-07) and a decimal point, as before; the other
# languages write dates and numbers as their locale does (Babel's CLDR data).
LOCALES = {"da": "da_DK", "en": "en_GB", "sv": "sv_SE", "nb": "nb_NO", "fi": "fi_FI"}


def format_date(value: dt.date, lang: str, format: str = "short") -> str:  # noqa: A002 (Babel's name)
    """``value`` as ``lang`` writes it: "short" 06.03.2027 / 2027-03-06 / 6.3.2027, "long"
    6. marts 2027 / 6 mars 2027 / 6. maaliskuuta 2027, "full" with the weekday."""
    from babel.dates import format_date as babel_date

    if lang == "en" and format == "short":
        return value.isoformat()
    return str(babel_date(value, format=format, locale=LOCALES.get(lang, "en_GB")))


def format_time(value: dt.time | dt.datetime, lang: str) -> str:
    """A clock time as ``lang`` writes it (13:05, 13.05 in Finnish)."""
    from babel.dates import format_time as babel_time

    return str(babel_time(value, format="short", locale=LOCALES.get(lang, "en_GB")))


def format_number(value: float, lang: str, digits: int | None = None) -> str:
    """A number as ``lang`` writes it (0,8 and 1.234 in Danish, 1 234,5 in Swedish)."""
    from babel.numbers import format_decimal

    pattern = None if digits is None else "#,##0." + "0" * digits if digits else "#,##0"
    return str(format_decimal(value, format=pattern, locale=LOCALES.get(lang, "en_GB")))


@cache
def _symbols(lang: str) -> tuple[str, str]:
    """(decimal sign, group sign) of ``lang``."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locale = LOCALES.get(lang, "en_GB")
    return str(get_decimal_symbol(locale)), str(get_group_symbol(locale))


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
        if self.context:
            return pgettext(self.context, str(self), lang)
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

    @staticmethod
    def plural(singular: str, plural: str, /, n: int, **params: object) -> Message:
        """A counted message: ``Message.plural("{n} member", "{n} members", n=3)``; each
        language picks its form for ``n`` from its catalogue's plural rule."""
        return Counted(singular, plural, n, params)

    def localised(self, lang: str = "en") -> str:
        text = format_message(self.template, self.params, lang)
        return text[:1].upper() + text[1:] if self.capital else text

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_message, (self.template, self.params, self.capital))


class Counted(Message):
    """A ``Message`` in the singular and the plural (``Message.plural``), chosen by ``n``."""

    plural_template: str

    def __new__(cls, singular: str, plural: str, n: int, params: dict[str, object]) -> Counted:
        fields = {"n": n, **params}
        english = format_message(singular if n == 1 else plural, fields, "en")
        message = str.__new__(cls, english)
        message.template, message.params, message.capital = singular, fields, False
        message.plural_template = plural
        return message

    def localised(self, lang: str = "en") -> str:
        n = self.params["n"]
        count = n if isinstance(n, int) else 0
        text = ngettext(self.template, self.plural_template, count, lang)
        english = self.template if count == 1 else self.plural_template
        return format_message(english, self.params, lang, translated=text)

    def __reduce__(self) -> tuple[object, ...]:
        params = {k: v for k, v in self.params.items() if k != "n"}
        return (Counted, (self.template, self.plural_template, self.params["n"], params))


def joined(parts: Sequence[str]) -> Message | str:
    """Several messages as one, each translated where it is shown: ``a; b; c``."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0] if isinstance(parts[0], Message) else Message("{part}", part=parts[0])
    return Message("{first}; {rest}", first=parts[0], rest=joined(parts[1:]))


def _rebuild_message(template: str, params: dict[str, object], capital: bool) -> Message:
    return Message._make(template, params, capital=capital)


class _LocalFloat(float):
    """A float that formats (``{x:.1f}``) with its language's decimal and group signs."""

    lang = "en"

    def __format__(self, spec: str) -> str:
        text = float(self).__format__(spec)
        decimal, group = _symbols(self.lang)
        return text.translate({ord("."): decimal, ord(","): group})

    def __str__(self) -> str:
        return format(self, "")


class _LocalDate(dt.date):
    """A date that, without a format spec, is written the way its language writes it."""

    lang = "en"

    def __format__(self, spec: str) -> str:
        return self.strftime(spec) if spec else format_date(self, self.lang)

    def __str__(self) -> str:
        return format(self, "")


def _value(value: object, lang: str) -> object:
    if lang == "en":
        return value
    if isinstance(value, Term):
        return value.translated(lang)
    if isinstance(value, LocalisedError | Message):
        return value.localised(lang)
    if isinstance(value, float) and lang in LOCALES:
        number = _LocalFloat(value)
        number.lang = lang
        return number
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime) and lang in LOCALES:
        local = _LocalDate(value.year, value.month, value.day)
        local.lang = lang
        return local
    return value


def format_message(
    template: str, params: Mapping[str, object], lang: str = "en", *, translated: str | None = None
) -> str:
    """``template`` in ``lang`` with ``params`` filled in (``str.format`` fields).

    Without params the text is used as it is (so a plain message may contain braces).
    Terms and nested errors among the params are translated too, and floats get a
    decimal comma where the language writes one. A translation whose fields do not match
    falls back to English rather than hide the message.
    """
    text = gettext(template, lang) if translated is None else translated
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
