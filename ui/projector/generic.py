"""The generic projector views (contract 6), their keys, names and shortcuts.

``show(ctx, key)`` shows one of them; other areas show their own views with
``ctx.projector.show_view(key, factory)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.context import AppContext
from ui.projector.base import ProjectorView


@dataclass(frozen=True)
class GenericView:
    key: str
    title: str
    icon: str
    shortcut: str


def generic_views() -> list[GenericView]:
    return [
        GenericView("welcome", QCoreApplication.translate("ProjectorViews", "Welcome"), "mdi6.home-outline", "F6"),
        GenericView(
            "agenda", QCoreApplication.translate("ProjectorViews", "Agenda"), "mdi6.format-list-bulleted", "F7"
        ),
        GenericView("countdown", QCoreApplication.translate("ProjectorViews", "Countdown"), "mdi6.timer-outline", "F8"),
        GenericView(
            "questions",
            QCoreApplication.translate("ProjectorViews", "Questions"),
            "mdi6.comment-question-outline",
            "F9",
        ),
        GenericView(
            "message", QCoreApplication.translate("ProjectorViews", "Message"), "mdi6.message-text-outline", "F10"
        ),
        GenericView("blank", QCoreApplication.translate("ProjectorViews", "Blank"), "mdi6.monitor-off", "F11"),
    ]


def view_title(key: str) -> str:
    for v in generic_views():
        if v.key == key:
            return v.title
    return key.replace("_", " ").replace("-", " ").capitalize()


def factory(ctx: AppContext, key: str) -> Callable[[], ProjectorView]:
    """A factory for the generic view ``key`` (views share the controller's state)."""
    assert ctx.projector is not None
    state = ctx.projector.state

    def make() -> ProjectorView:
        if key == "welcome":
            from ui.projector.welcome import WelcomeView

            return WelcomeView(ctx)
        if key == "agenda":
            from ui.projector.agenda import AgendaView

            return AgendaView(ctx, state)
        if key == "countdown":
            from ui.projector.countdown import CountdownView

            return CountdownView(state.countdown)
        if key == "questions":
            from ui.projector.questions import QuestionsView

            return QuestionsView(ctx)
        if key == "message":
            from ui.projector.message import MessageView

            return MessageView(state)
        if key == "blank":
            from ui.projector.message import BlankView

            return BlankView()
        raise KeyError(f"no generic projector view {key!r}")

    return make


def show(ctx: AppContext, key: str) -> None:
    assert ctx.projector is not None
    ctx.projector.show_view(key, factory(ctx, key))
