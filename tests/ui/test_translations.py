"""Every string the screens translate has a Danish translation that Qt will find.

Reads ui/ with ``ast`` (no Qt): each ``self.tr("…")`` inside class ``C`` is looked up in
context ``C``, each ``QCoreApplication.translate("ctx", "…")`` in ``ctx``, as
``pyside6-lupdate`` files them and as Qt looks them up at run time. A call whose context or
text lupdate cannot see (a variable, ``other.tr(…)``) would stay English in the Danish UI,
so it is refused too. After adding strings: ``make translations`` (lupdate + lrelease),
translate the new entries in ``resources/translations/tingsted_da.ts``, and run it again.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "tingsted_da.ts"


def _translated() -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(TS).getroot().iter("context"):
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


def test_every_string_on_screen_has_danish() -> None:
    wanted, _ = _calls()
    have = _translated()
    missing = sorted({f"{where}: [{ctx}] {text!r}" for ctx, text, where in wanted if (ctx, text) not in have})
    assert not missing, f"{len(missing)} strings have no Danish in {TS.name}:\n" + "\n".join(missing[:60])
