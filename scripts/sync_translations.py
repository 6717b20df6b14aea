"""Keep the Swedish, Norwegian and Finnish window catalogues in step with the Danish one.

The Danish catalogue ``resources/translations/tingsted_da.ts`` is the one every helper edits
by hand (lupdate rewrites whole files and breaks merges). This script reads its contexts and
source texts and writes ``tingsted_{sv,nb,fi}.ts`` with exactly the same messages:

- a translation already in a language's .ts is kept (so Qt Linguist edits survive);
- else one from ``--drafts FILE.json`` is used: ``{"source": {"sv": …, "nb": …, "fi": …}}``,
  a key ``"Context|source"`` wins over the bare source (for words that translate differently
  by place); a plural (``%n``) gives its forms separated by `` ## ``;
- else the message is written ``type="unfinished"`` (tests/ui/test_translations.py fails on it).

``--missing FILE.json`` writes the messages still untranslated (with the Danish beside them) in
the drafts format, to fill in and feed back with ``--drafts``. Then every .ts is compiled to
.qm with pyside6-lrelease. Run by ``make translations``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
# English is the source language; its catalogue holds only the plural forms ("%n member(s)"
# → "1 member" / "2 members"), as Qt's plural handling wants
LANGUAGES = {"sv": "sv_SE", "nb": "nb_NO", "fi": "fi_FI", "en": "en_GB"}
PLURAL_SEPARATOR = " ## "


def _text(translation: ET.Element | None) -> str | list[str] | None:
    """A finished translation: its text, or its plural forms; None when unfinished."""
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    if forms:
        return forms if all(f.strip() for f in forms) else None
    return translation.text if (translation.text or "").strip() else None


def read_catalogue(path: Path) -> dict[tuple[str, str], str | list[str]]:
    found: dict[tuple[str, str], str | list[str]] = {}
    if not path.exists():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = _text(message.find("translation"))
            if text is not None:
                found[(name, message.findtext("source") or "")] = text
    return found


def _same_edges(source: str, text: str) -> str:
    """The translation with the source's leading and trailing spaces (" · table {0}")."""
    lead = source[: len(source) - len(source.lstrip())]
    trail = source[len(source.rstrip()) :]
    return lead + text.strip() + trail


def _draft(drafts: dict[str, dict[str, str]], context: str, source: str, lang: str) -> str | list[str] | None:
    for key in (f"{context}|{source}", source):
        if key in drafts and drafts[key].get(lang, "").strip():
            text = drafts[key][lang]
            return text.split(PLURAL_SEPARATOR) if PLURAL_SEPARATOR in text else text
    return None


def write_catalogue(
    lang: str, drafts: dict[str, dict[str, str]], *, replace: bool = False
) -> list[tuple[str, str, str]]:
    """Write tingsted_<lang>.ts shaped like the Danish one; returns what is still untranslated."""
    danish = ET.parse(FOLDER / "tingsted_da.ts").getroot()
    have = read_catalogue(FOLDER / f"tingsted_{lang}.ts")
    root = ET.Element("TS", version="2.1", language=LANGUAGES[lang])
    missing = []
    for context in danish.iter("context"):
        name = context.findtext("name") or ""
        out_ctx = ET.SubElement(root, "context")
        ET.SubElement(out_ctx, "name").text = name
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if lang == "en" and message.get("numerus") != "yes":
                continue
            out = ET.SubElement(out_ctx, "message", dict(message.attrib))
            for loc in message.iter("location"):
                ET.SubElement(out, "location", dict(loc.attrib))
            ET.SubElement(out, "source").text = source
            for tag in ("comment", "extracomment"):
                if message.find(tag) is not None:
                    ET.SubElement(out, tag).text = message.findtext(tag)
            kept, drafted = have.get((name, source)), _draft(drafts, name, source, lang)
            text = (drafted or kept) if replace else (kept or drafted)
            translation = ET.SubElement(out, "translation")
            plural = message.get("numerus") == "yes"
            if text is None or (plural and isinstance(text, str)):
                translation.set("type", "unfinished")
                da = message.find("translation")
                missing.append(
                    (
                        name,
                        source,
                        " ## ".join(f.text or "" for f in da.iter("numerusform"))
                        if da is not None and plural
                        else (da.text or "")
                        if da is not None
                        else "",
                    )
                )
                if plural:
                    for _ in range(2):
                        ET.SubElement(translation, "numerusform")
            elif isinstance(text, list):
                for form in text:
                    ET.SubElement(translation, "numerusform").text = _same_edges(source, form)
            else:
                translation.text = _same_edges(source, text)
    for empty in [c for c in root if c.find("message") is None]:
        root.remove(empty)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    (FOLDER / f"tingsted_{lang}.ts").write_text(
        "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n" + body + "\n", encoding="utf-8"
    )
    return missing


def compile_all() -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    for ts in sorted(FOLDER.glob("tingsted_*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=Path, action="append", default=[], help="translations to add (JSON)")
    parser.add_argument("--missing", type=Path, help="write the untranslated messages here (JSON)")
    parser.add_argument("--replace", action="store_true", help="the drafts win over translations already there")
    parser.add_argument("--no-compile", action="store_true")
    args = parser.parse_args(argv)
    drafts: dict[str, dict[str, str]] = {}
    for path in args.drafts:
        drafts.update(json.loads(path.read_text(encoding="utf-8")))
    todo: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        for context, source, danish in write_catalogue(lang, drafts, replace=args.replace):
            entry = todo.setdefault(f"{context}|{source}", {"da": danish})
            entry[lang] = ""
    if args.missing:
        args.missing.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
    if not args.no_compile:
        compile_all()
    print(f"{len(todo)} messages still untranslated in some language" if todo else "every message is translated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
