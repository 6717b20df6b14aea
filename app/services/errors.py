"""Errors the services raise; their messages are written for the facilitator.

Raise with a template and named parameters, so the GUI can show the message in the
user's language: ``raise NotFound("No member with id {id}.", id=member_id)``. ``str(exc)``
is the English text; ``exc.localised("da")`` the Danish one (``app/locale/da.json``).
Every template needs a Danish entry there (``tests/app/test_error_messages.py`` checks).
"""

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.i18n import LocalisedError

T = TypeVar("T")


class ServiceError(LocalisedError):
    """A request a service refuses (bad input, wrong state). Nothing was changed."""


class NotFound(ServiceError):
    """The thing asked for does not exist."""


def get_or_raise(s: Session, model: type[T], ident: Any, missing: NotFound) -> T:
    """The row of ``model`` with primary key ``ident``, or ``missing`` raised:
    ``get_or_raise(s, Member, member_id, NotFound("No member with id {id}.", id=member_id))``."""
    found = s.get(model, ident)
    if found is None:
        raise missing
    return found
