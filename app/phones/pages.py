"""The phone pages (HTML). Owned by phones-pages; this stub mounts nothing yet."""

from __future__ import annotations

from typing import Any


def routes(ctx: Any) -> list[Any]:
    return []
