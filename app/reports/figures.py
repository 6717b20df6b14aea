"""matplotlib (Agg) versions of the report's charts, for the screen: the Reports page
shows the evaluation results with them. matplotlib is imported inside the functions, so
importing this module costs nothing."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.reports.charts import LIKERT5, TEXT, Translate, pct, spread

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def _figure(width_cm: float, height_cm: float) -> Figure:
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams.update(
        {
            "font.family": "DejaVu Sans",
            "font.size": 8,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "text.color": TEXT,
            "text.parse_math": False,
        }
    )
    from matplotlib.figure import Figure

    return Figure(figsize=(width_cm / 2.54, height_cm / 2.54))


def likert_figure(rows: Sequence[tuple[str, Sequence[int]]], scale_labels: Sequence[str], _: Translate) -> Figure:
    """100 % stacked bars, one per Likert question (disagree → agree)."""
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter

    n = len(rows)
    steps = len(scale_labels)
    height = 2.0 + 0.65 * n
    fig = _figure(17.0, height)
    ax = fig.add_axes((0.34, 1.25 / height, 0.62, 1 - 1.5 / height))
    palette = LIKERT5 if steps == 5 else spread(steps)
    for row, (_label, counts) in enumerate(rows):
        total = max(sum(counts), 1)
        left = 0.0
        for step, count in enumerate(counts):
            share = count / total
            ax.barh([row], [share], left=left, color=palette[step], height=0.7, edgecolor="white", linewidth=0.5)
            if share >= 0.07:
                ax.text(left + share / 2, row, pct(share), ha="center", va="center", fontsize=6.5)
            left += share
    labels = [label if len(label) <= 48 else label[:47] + "…" for label, _c in rows]
    ax.set_yticks(list(range(n)), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v * 100:.0f} %"))
    ax.legend(
        handles=[Patch(facecolor=palette[i], label=scale_labels[i]) for i in range(steps)],
        loc="upper center",
        bbox_to_anchor=(0.35, -0.9 / max(n, 1)),
        ncols=min(steps, 5),
        fontsize=7,
        frameon=False,
    )
    return fig


def png_bytes(fig: Figure, dpi: int = 150) -> bytes:
    """The figure as a PNG (Agg backend)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", pad_inches=0.08)
    return buffer.getvalue()
