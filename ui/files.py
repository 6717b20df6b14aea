"""Where file dialogs open: beside the assembly file (a facilitator keeps an assembly's
exports, printouts and report in its folder), not in whatever folder the app was started
from. A database without a file (a PostgreSQL URL) falls back to the home folder."""

from __future__ import annotations

from pathlib import Path

from ui.context import AppContext


def assembly_folder(ctx: AppContext) -> Path:
    path = ctx.db.path
    if path is not None and path.parent.is_dir():
        return path.parent
    return Path.home()


def beside_assembly(ctx: AppContext, file_name: str = "") -> str:
    """The folder of the assembly file, or a file of that name in it (a save dialog's
    proposal: ``beside_assembly(ctx, "medlemmer.xlsx")``)."""
    folder = assembly_folder(ctx)
    return str(folder / file_name) if file_name else str(folder)
