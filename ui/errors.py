"""Errors from app/ in the user's language.

Services raise ``ServiceError``/``NotFound`` and importers report ``ImportProblem``s with
an English template and named parameters (``app.i18n.LocalisedError``, ``Message``); the
screens show them through ``error_text`` / ``problem_text`` / ``message_text`` here, in the
language of the UI, which ``ui.launcher.install_translations`` records on the application.
``str(exc)`` would be English: never show that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # not at run time: app.io.tabular imports pandas, and the launcher imports this
    from app.io.tabular import ImportProblem

LANGUAGE_PROPERTY = "tingstedLanguage"


def set_language(app: QCoreApplication, lang: str) -> None:
    """Remember the UI language (called when its translations are installed)."""
    app.setProperty(LANGUAGE_PROPERTY, lang)


def language() -> str:
    """The UI language: the one whose translations are installed; English otherwise."""
    app = QCoreApplication.instance()
    lang = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return lang if isinstance(lang, str) and lang else "en"


def message_text(message: object) -> str:
    """Any text from app/ in the UI language: an error (``LocalisedError``, ``ImportFailed``),
    a ``Message`` (a note), an ``ImportProblem``; anything else as ``str()``."""
    localised = getattr(message, "localised", None)
    if callable(localised):
        return str(localised(language()))
    return str(message)


def error_text(exc: object) -> str:
    """What to show for ``exc``: its message in the UI language (never a traceback)."""
    return message_text(exc)


def problem_text(problem: ImportProblem) -> str:
    """One import problem as a line, with row and column, in the UI language."""
    return problem.localised(language())


def problem_message(problem: ImportProblem) -> str:
    """An import problem's message alone (for a table with row and column columns)."""
    return problem.text(language())
