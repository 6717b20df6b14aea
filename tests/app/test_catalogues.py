"""app/'s gettext catalogues: every message that is printed or shown is translated into Danish,
Swedish, Norwegian and Finnish, with the same fields, every plural with all its forms, and the
compiled .mo files say what the .po files say. Dates and numbers follow the language."""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from app.i18n import LOCALE_DIR, Message, format_date, format_message, format_number, gettext, translations

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("da", "sv", "nb", "fi")
# the callables whose (first) argument is a message template (as in the Makefile's BABEL_KEYWORDS)
KEYWORDS = {
    name: None
    for name in (
        "_", "N_", "gettext", "Message", "ServiceError", "NotFound", "OutdatedAmendment", "TooManyVotes",
        "PapersAlreadyTyped", "TableReadError", "DatabaseError", "LocalisedError",
    )
} | {"ImportProblem": (3,), "plural": (1, 2), "n_": (1, 2)}  # fmt: skip


def _po(lang: str) -> Catalog:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "tingsted.po").open("rb") as fp:
        return read_po(fp, locale=lang)


def _fields(text: str) -> set[str]:
    try:
        return {f.split(".")[0].split("[")[0].split("!")[0] for _, f, _, _ in string.Formatter().parse(text) if f}
    except ValueError:
        return {"<broken braces>"}


@pytest.fixture(scope="module")
def extracted() -> list[str]:
    found = []
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT / "app"), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        found.append(message[0] if isinstance(message, tuple) else message)
    return sorted(set(found))


def test_extraction_finds_the_messages(extracted: list[str]) -> None:
    assert "The assembly worked out {n} recommendations." in extracted or len(extracted) > 300


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_extracted_message_is_translated(lang: str, extracted: list[str]) -> None:
    catalog = _po(lang)
    have = {m.id[0] if isinstance(m.id, tuple) else m.id for m in catalog if m.id and _done(m.string)}
    missing = [m for m in extracted if m and m not in have]
    assert not missing, (
        f"{len(missing)} messages have no {lang} translation (make translations; "
        "scripts/sync_catalogues.py --missing todo.json):\n" + "\n".join(missing[:40])
    )


def _done(text: object) -> bool:
    if isinstance(text, tuple | list):
        return all(str(t).strip() for t in text)
    return bool(str(text or "").strip())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_danish_message_exists_in_the_language_with_the_same_fields(lang: str) -> None:
    danish = _po("da")
    catalog = _po(lang)
    wrong = []
    for m in danish:
        if not m.id:
            continue
        other = catalog.get(m.id, context=m.context)
        if other is None or not _done(other.string):
            wrong.append(f"{m.id!r}: not translated")
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        texts = other.string if isinstance(other.string, tuple) else (other.string,)
        for text in texts:
            if _fields(text) != _fields(ids[-1]):
                wrong.append(f"{m.id!r} → {text!r}: fields differ")
        if isinstance(m.id, tuple) and len(texts) != catalog.num_plurals:
            wrong.append(f"{m.id!r}: {len(texts)} plural forms, {lang} has {catalog.num_plurals}")
    assert not wrong, f"{len(wrong)} problems in {lang}:\n" + "\n".join(wrong[:40])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogue_matches_its_po(lang: str) -> None:
    stale = [
        m.id
        for m in _po(lang)
        if m.id and not isinstance(m.id, tuple) and not m.context and m.string
        and translations(lang).gettext(m.id) != m.string
    ]  # fmt: skip
    assert not stale, f"recompile: .venv/bin/python scripts/sync_catalogues.py\n{stale[:10]}"


def test_plurals_follow_each_language() -> None:
    import pickle

    one = Message.plural("{n} member is active.", "{n} members are active.", n=1)
    many = Message.plural("{n} member is active.", "{n} members are active.", n=3)
    assert (str(one), str(many)) == ("1 member is active.", "3 members are active.")
    assert many.localised("da") == "3 medlemmer er aktive." and one.localised("da") == "1 medlem er aktivt."
    assert many.localised("fi") == "3 jäsentä on aktiivisina." and one.localised("fi") == "1 jäsen on aktiivinen."
    assert many.localised("sv") == "3 deltagare är aktiva." and many.localised("nb") == "3 medlemmer er aktive."
    assert pickle.loads(pickle.dumps(many)).localised("fi") == "3 jäsentä on aktiivisina."


def test_dates_and_numbers_are_written_as_each_language_writes_them() -> None:
    day = dt.date(2027, 3, 6)
    assert [format_date(day, lang) for lang in ("en", "da", "sv", "nb", "fi")] == [
        "2027-03-06", "06.03.2027", "2027-03-06", "06.03.2027", "6.3.2027",
    ]  # fmt: skip
    assert format_date(day, "fi", "long") == "6. maaliskuuta 2027"
    assert format_date(day, "sv", "long") == "6 mars 2027"
    assert format_number(1234.5, "da", 1) == "1.234,5"
    assert format_number(1234.5, "sv", 1).replace("\xa0", " ") == "1 234,5"
    assert format_message("{x:.1f} %", {"x": 12.25}, "fi") == "12,2 %"
    assert gettext("Votes", "fi") != "Votes"
