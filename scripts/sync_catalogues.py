"""Keep app/'s gettext catalogues (da, sv, nb, fi) in step, and compile them to .mo.

``app/locale/<lang>/LC_MESSAGES/tingsted.po`` are the catalogues (Babel reads and writes
them). This script

1. folds entries still added to the old ``app/locale/da.json`` into ``da.po`` (a key
   ``"context|word"`` becomes a ``msgctxt``), so helpers who add Danish there keep working;
   with ``--drop-json`` the JSON file is removed once it is folded in;
2. adds every message of the extracted template ``app/locale/tingsted.pot`` (``make
   translations`` runs ``pybabel extract`` first) and every Danish message to the Swedish,
   Norwegian and Finnish catalogues, keeping the translations they have;
3. takes translations from ``--drafts FILE.json`` (``{"msgid": {"sv": …, "nb": …, "fi": …}}``,
   a context as ``"context|msgid"``; a plural's forms separated by `` ## ``);
4. writes the still untranslated messages to ``--missing FILE.json`` (same format, with the
   Danish beside them) and compiles every catalogue to ``tingsted.mo``.

The .mo files are committed (built from the .po by this script; tests/app/test_catalogues.py
fails when one is stale), so an installed or freshly cloned Tingsted needs no build step.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "app" / "locale"
DOMAIN = "tingsted"
LANGUAGES = ("da", "sv", "nb", "fi")
PLURAL_SEPARATOR = " ## "
CONTEXT_KEY = re.compile(r"^([a-z][a-z ]*)\|(.+)$", re.DOTALL)


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def load(lang: str) -> Catalog:
    path = po_path(lang)
    if path.exists():
        with path.open("rb") as fp:
            return read_po(fp, locale=lang, domain=DOMAIN)
    return Catalog(locale=lang, domain=DOMAIN, project="Tingsted", charset="utf-8")


def save(catalog: Catalog, lang: str) -> None:
    path = po_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog.fuzzy = False
    with path.open("wb") as fp:
        write_po(fp, catalog, width=0, sort_output=True, omit_header=False, no_location=True)
    with path.with_suffix(".mo").open("wb") as fp:
        write_mo(fp, catalog)


def key_of(message: Message) -> str:
    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
    return f"{message.context}|{msgid}" if message.context else str(msgid)


def split_key(key: str) -> tuple[str | None, str]:
    found = CONTEXT_KEY.match(key)
    return (found.group(1), found.group(2)) if found else (None, key)


def put(catalog: Catalog, msgid: str | tuple[str, ...], string: object, context: str | None) -> None:
    """Set a translation (Babel's ``add`` keeps an existing entry's old string)."""
    found = catalog.get(msgid, context=context)
    if found is not None:
        found.string = string
    else:
        catalog.add(msgid, string, context=context)


def fold_json(danish: Catalog) -> int:
    """Danish entries still in da.json → da.po; returns how many were new or changed."""
    path = LOCALE / "da.json"
    if not path.exists():
        return 0
    changed = 0
    for key, text in json.loads(path.read_text(encoding="utf-8")).items():
        context, msgid = split_key(key)
        old = danish.get(msgid, context=context)
        if old is None or old.string != text:
            put(danish, msgid, text, context)
            changed += 1
    return changed


def _draft(drafts: dict[str, dict[str, str]], key: str, lang: str) -> str | list[str] | None:
    text = drafts.get(key, {}).get(lang, "")
    if not text.strip():
        return None
    return text.split(PLURAL_SEPARATOR) if PLURAL_SEPARATOR in text else text


def sync(drafts: dict[str, dict[str, str]], *, drop_json: bool = False) -> dict[str, dict[str, str]]:
    danish = load("da")
    folded = fold_json(danish)
    template: list[Message] = []
    pot = LOCALE / f"{DOMAIN}.pot"
    if pot.exists():
        with pot.open("rb") as fp:
            template = [m for m in read_po(fp) if m.id]
    # the Danish catalogue gets the extracted messages too (untranslated until someone does)
    for message in template:
        if danish.get(message.id, context=message.context) is None:
            danish.add(message.id, "" if not message.pluralizable else ("", ""), context=message.context)
    missing: dict[str, dict[str, str]] = {}
    for message in danish:
        if message.id and not _done(message.string):
            draft = _draft(drafts, key_of(message), "da")
            if draft is not None:
                message.string = tuple(draft) if isinstance(draft, list) else draft
            else:
                missing.setdefault(key_of(message), {})["da"] = ""
    save(danish, "da")
    for lang in LANGUAGES[1:]:
        catalog = load(lang)
        for message in danish:
            if not message.id:
                continue
            have = catalog.get(message.id, context=message.context)
            if have is not None and _done(have.string):
                continue
            draft = _draft(drafts, key_of(message), lang)
            string: str | tuple[str, ...] = ""
            if draft is not None:
                string = tuple(draft) if isinstance(draft, list) else draft
            elif message.pluralizable:
                string = ("", "")
            put(catalog, message.id, string, message.context)
            if draft is None:
                entry = missing.setdefault(key_of(message), {})
                entry.setdefault("da", _flat(message.string))
                entry[lang] = ""
        for message in list(catalog):  # a message Danish no longer has is dropped
            if message.id and danish.get(message.id, context=message.context) is None:
                catalog.delete(message.id, context=message.context)
        save(catalog, lang)
    if drop_json and (LOCALE / "da.json").exists():
        (LOCALE / "da.json").unlink()
    print(f"{folded} entries folded from da.json" if folded else "da.json adds nothing new")
    return missing


def _done(string: object) -> bool:
    if isinstance(string, tuple | list):
        return all(str(s).strip() for s in string)
    return bool(str(string or "").strip())


def _flat(string: object) -> str:
    return PLURAL_SEPARATOR.join(string) if isinstance(string, tuple | list) else str(string or "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=Path, action="append", default=[], help="translations to add (JSON)")
    parser.add_argument("--missing", type=Path, help="write the untranslated messages here (JSON)")
    parser.add_argument("--drop-json", action="store_true", help="remove da.json once folded into da.po")
    args = parser.parse_args(argv)
    drafts: dict[str, dict[str, str]] = {}
    for path in args.drafts:
        drafts.update(json.loads(path.read_text(encoding="utf-8")))
    missing = sync(drafts, drop_json=args.drop_json)
    if args.missing:
        args.missing.write_text(json.dumps(missing, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(missing)} messages still untranslated in some language" if missing else "every message translated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
