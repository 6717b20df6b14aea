"""End-to-end scenarios use the same Qt fixtures as the UI tests."""

from tests.ui.conftest import _english_plurals, _no_dangling_windows, _qt_settings, ctx, qapp_args  # noqa: F401
