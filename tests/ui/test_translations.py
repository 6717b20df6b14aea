"""Every string the screens translate has a Danish, Swedish, Norwegian and Finnish translation
that Qt will find, with the same placeholders, and every plural has its forms.

Reads ui/ with ``ast`` (no Qt): each ``self.tr("…")`` inside class ``C`` is looked up in
context ``C``, each ``QCoreApplication.translate("ctx", "…")`` in ``ctx``, as
``pyside6-lupdate`` files them and as Qt looks them up at run time. A call whose context or
text lupdate cannot see (a variable, ``other.tr(…)``) would stay English in the Danish UI,
so it is refused too. After adding strings: ``make translations`` (lupdate + lrelease),
translate the new entries in ``resources/translations/tingsted_da.ts``, and run it again.
Swedish, Norwegian and Finnish: ``scripts/sync_translations.py --missing todo.json`` lists what
is missing; fill it in and run ``scripts/sync_translations.py --drafts todo.json``.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "tingsted_da.ts"
LANGUAGES = ("da", "sv", "nb", "fi")  # English is the source text
# {0}, %1 (Qt style), %n (a count) and %p (a progress bar's percentage)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|%n|%p")
# plural forms per language in Qt's rules (Danish, Swedish, Bokmål, Finnish: one, other)
PLURAL_FORMS = {"da": 2, "sv": 2, "nb": 2, "fi": 2}


def _translated(ts: Path = TS) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
            if any(t.strip() for t in texts):
                found.add((name, message.findtext("source") or ""))
    return found


def _calls() -> tuple[list[tuple[str, str, str]], list[str]]:
    """(context, text, where) of every translated string in ui/, and the calls lupdate can't read."""
    wanted: list[tuple[str, str, str]] = []
    unreadable: list[str] = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(ROOT)

        def visit(node: ast.AST, cls: str | None, rel: Path = rel) -> None:
            for child in ast.iter_child_nodes(node):
                inner = child.name if isinstance(child, ast.ClassDef) else cls
                if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                    where = f"{rel}:{child.lineno}"
                    args = child.args
                    if child.func.attr == "tr" and args:
                        owner = child.func.value
                        if not (isinstance(owner, ast.Name) and owner.id == "self" and cls):
                            unreadable.append(f"{where}: {ast.unparse(child)[:80]} (use self.tr in the class)")
                        elif isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                            wanted.append((cls, args[0].value, where))
                        else:
                            unreadable.append(f"{where}: {ast.unparse(child)[:80]} (text is not a literal)")
                    elif child.func.attr == "translate" and len(args) >= 2:
                        ctx, text = args[0], args[1]
                        literal = all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (ctx, text))
                        if literal:
                            wanted.append((ctx.value, text.value, where))  # type: ignore[attr-defined]
                        else:
                            unreadable.append(f"{where}: {ast.unparse(child)[:80]} (context and text must be literals)")
                visit(child, inner)

        visit(tree, None)
    return wanted, unreadable


def test_every_translated_call_is_readable_by_lupdate() -> None:
    _, unreadable = _calls()
    assert not unreadable, "lupdate cannot file these, so they stay English:\n" + "\n".join(unreadable)


def test_one_placeholder_style() -> None:
    """{0} with str.format for values; %n only where Qt picks a plural form (issue 20)."""
    wanted, _ = _calls()
    qt_style = sorted({f"{where}: {text!r}" for _, text, where in wanted if re.search(r"%\d", text)})
    assert not qt_style, "write {0}, {1} … instead of %1, %2 …:\n" + "\n".join(qt_style)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_on_screen_has_a_translation(lang: str) -> None:
    ts = FOLDER / f"tingsted_{lang}.ts"
    wanted, _ = _calls()
    have = _translated(ts)
    missing = sorted({f"{where}: [{ctx}] {text!r}" for ctx, text, where in wanted if (ctx, text) not in have})
    assert not missing, f"{len(missing)} strings have no translation in {ts.name}:\n" + "\n".join(missing[:60])


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    return [(c.findtext("name") or "", m) for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_and_accelerators_match_the_source(lang: str) -> None:
    wrong = []
    for ctx, message in _messages(FOLDER / f"tingsted_{lang}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"[{ctx}] {source!r} → {text!r}: placeholders differ")
            # an accelerator (&File) keeps one in the translation; '&' alone is text
            if len(re.findall(r"&\w", source)) != len(re.findall(r"&\w", text)):
                wrong.append(f"[{ctx}] {source!r} → {text!r}: the & shortcut is lost or doubled")
    assert not wrong, "\n".join(wrong[:60])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_plural_has_all_its_forms(lang: str) -> None:
    """A count shown with ``self.tr("%n members", "", n)`` is a plural (numerus) message:
    each language gives every form its rules need (Finnish: 1 jäsen, 2 jäsentä)."""
    wrong = []
    plurals = 0
    for ctx, message in _messages(FOLDER / f"tingsted_{lang}.ts"):
        source = message.findtext("source") or ""
        forms = [f.text or "" for f in message.iter("numerusform")]
        if message.get("numerus") == "yes":
            plurals += 1
            if len(forms) != PLURAL_FORMS[lang] or not all(f.strip() for f in forms):
                wrong.append(
                    f"[{ctx}] {source!r}: {len([f for f in forms if f.strip()])} of {PLURAL_FORMS[lang]} forms"
                )
        elif "%n" in source:
            wrong.append(f"[{ctx}] {source!r} has %n but is not a plural (give tr() the count)")
    assert plurals, "no plural messages at all?"
    assert not wrong, "\n".join(wrong)


def test_the_other_catalogues_have_the_same_messages_as_the_danish() -> None:
    """sv/nb/fi are made from the Danish catalogue by scripts/sync_translations.py."""
    danish = {(ctx, m.findtext("source")) for ctx, m in _messages(TS)}
    for lang in LANGUAGES[1:]:
        other = {(ctx, m.findtext("source")) for ctx, m in _messages(FOLDER / f"tingsted_{lang}.ts")}
        assert other == danish, f"run scripts/sync_translations.py: tingsted_{lang}.ts differs from the Danish"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_catalogue_is_compiled_and_loads(lang: str) -> None:
    from PySide6.QtCore import QTranslator

    qm = FOLDER / f"tingsted_{lang}.qm"
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm.name} is missing"
    stale = [
        f"[{ctx}] {m.findtext('source')!r}"
        for ctx, m in _messages(FOLDER / f"tingsted_{lang}.ts")
        if m.get("numerus") != "yes"
        and (m.find("translation") is not None and m.find("translation").text)  # type: ignore[union-attr]
        and translator.translate(ctx, m.findtext("source") or "") != m.findtext("translation")
    ]
    assert not stale, (
        f"{qm.name} is older than {qm.stem}.ts: pyside6-lrelease {qm.stem}.ts -qm {qm.name}\n" + "\n".join(stale[:20])
    )


def test_english_has_every_plural_in_its_forms() -> None:
    """English is the source, but "%n member(s)" needs "1 member" and "2 members": the English
    catalogue holds the plural messages only."""
    from PySide6.QtCore import QTranslator

    plurals = {(ctx, m.findtext("source")) for ctx, m in _messages(TS) if m.get("numerus") == "yes"}
    english = {
        (ctx, m.findtext("source")): [f.text or "" for f in m.iter("numerusform")]
        for ctx, m in _messages(FOLDER / "tingsted_en.ts")
    }
    assert set(english) == plurals
    assert all(len(forms) == 2 and all(f.strip() for f in forms) for forms in english.values())
    translator = QTranslator()
    assert translator.load(str(FOLDER / "tingsted_en.qm"))
    assert translator.translate("RecommendationsPage", "%n recommendation(s)", "", 1) == "%n recommendation"
