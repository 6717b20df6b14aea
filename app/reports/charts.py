"""Charts for the reports: matplotlib figures, drawn as vector graphics into the PDF.

A matplotlib figure is drawn by ``VectorRenderer``, a small matplotlib renderer that
turns every path and text into reportlab graphics shapes. The result is a reportlab
``Drawing`` – a flowable that stays sharp at any print resolution, uses the report's
own font (DejaVu Sans, so Danish characters are right) and needs no temporary files
and no rasterising. ``png_bytes`` renders the same figure with the Agg backend for the
screen (the Reports page's evaluation view).

Colours are Okabe–Ito (colour-blind safe); every chart also carries words and numbers,
never colour alone.

matplotlib is imported lazily (inside the functions) so that importing this module,
and reports without charts, stay fast.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from reportlab.graphics.shapes import Drawing, Group, Path, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from app.reports.pdf import fonts

if TYPE_CHECKING:
    from matplotlib.figure import Figure

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILLION, PURPLE, BLACK = OKABE_ITO
GREY = "#BBBBBB"
# Five-step Likert scale, disagree → agree.
LIKERT5 = [VERMILLION, ORANGE, GREY, SKY, BLUE]
TEXT = "#22272b"
WIDTH_CM = 16.5  # the text width of the A4 page (170 mm) minus a little air

Translate = Callable[[str], str]


# ------------------------------------------------------------------ renderer


def _figure_class() -> type[Figure]:
    import matplotlib

    matplotlib.rcParams.update(
        {
            "font.family": "DejaVu Sans",
            "font.size": 8,
            "axes.edgecolor": "#5b636a",
            "axes.labelcolor": TEXT,
            "xtick.color": "#3b4148",
            "ytick.color": "#3b4148",
            "text.color": TEXT,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "text.parse_math": False,
            "svg.fonttype": "none",
        }
    )
    from matplotlib.figure import Figure

    return Figure


def new_figure(width_cm: float = WIDTH_CM, height_cm: float = 5.0) -> Figure:
    """An empty figure of the given size (1 figure unit = 1 pt, so sizes are exact)."""
    figure_class = _figure_class()
    return figure_class(figsize=(width_cm / 2.54, height_cm / 2.54), dpi=72)


def _rl_color(rgb: Sequence[float] | None, alpha: float | None = None) -> colors.Color | None:
    if rgb is None:
        return None
    a = rgb[3] if len(rgb) > 3 and alpha is None else (1.0 if alpha is None else alpha)
    if a <= 0:
        return None
    return colors.Color(float(rgb[0]), float(rgb[1]), float(rgb[2]), alpha=float(a))


class _Metrics:
    """Text metrics of the PDF fonts, shared by the renderer and layout."""

    @staticmethod
    def font_for(prop: Any) -> str:
        regular, bold = fonts()
        weight = prop.get_weight()
        is_bold = weight in ("bold", "heavy", "extra bold", "black", "semibold", "demibold") or (
            isinstance(weight, int | float) and weight >= 600
        )
        return bold if is_bold else regular

    @staticmethod
    def extent(text: str, font: str, size: float) -> tuple[float, float, float]:
        face = getFont(font).face
        ascent = getattr(face, "ascent", 760) / 1000
        descent = abs(getattr(face, "descent", -240)) / 1000
        return stringWidth(text, font, size), ascent * size, descent * size


def _make_renderer_class() -> type:
    from matplotlib.backend_bases import GraphicsContextBase, RendererBase
    from matplotlib.path import Path as MplPath

    class VectorRenderer(RendererBase):
        """Draws a matplotlib figure into a reportlab ``Drawing`` (72 dpi: 1 unit = 1 pt)."""

        def __init__(self, width: float, height: float) -> None:
            super().__init__()
            self.width = width
            self.height = height
            self.drawing = Drawing(width, height)

        # -- what matplotlib asks
        def flipy(self) -> bool:
            return False

        def get_canvas_width_height(self) -> tuple[float, float]:
            return self.width, self.height

        def points_to_pixels(self, points: Any) -> Any:
            return points

        def new_gc(self) -> GraphicsContextBase:
            return GraphicsContextBase()

        def option_image_nocomposite(self) -> bool:
            return True

        def get_text_width_height_descent(self, s: str, prop: Any, ismath: Any) -> tuple[float, float, float]:
            size = prop.get_size_in_points()
            width, ascent, descent = _Metrics.extent(s, _Metrics.font_for(prop), size)
            return width, ascent + descent, descent

        # -- drawing
        def draw_path(self, gc: Any, path: Any, transform: Any, rgbFace: Any = None) -> None:  # noqa: N803
            shape = Path()
            current = (0.0, 0.0)
            start = (0.0, 0.0)
            for vertices, code in path.iter_segments(transform, remove_nans=True, simplify=False, curves=True):
                if code == MplPath.MOVETO:
                    current = start = (vertices[0], vertices[1])
                    shape.moveTo(*current)
                elif code == MplPath.LINETO:
                    current = (vertices[0], vertices[1])
                    shape.lineTo(*current)
                elif code == MplPath.CURVE3:
                    cx, cy, x, y = vertices
                    x0, y0 = current
                    shape.curveTo(
                        x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0), x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y), x, y
                    )
                    current = (x, y)
                elif code == MplPath.CURVE4:
                    shape.curveTo(*vertices)
                    current = (vertices[4], vertices[5])
                elif code == MplPath.CLOSEPOLY:
                    shape.closePath()
                    current = start
            alpha = gc.get_alpha() if gc.get_forced_alpha() else None
            fill = _rl_color(rgbFace, alpha) if rgbFace is not None else None
            linewidth = gc.get_linewidth()
            stroke = _rl_color(gc.get_rgb(), alpha) if linewidth > 0 else None
            shape.fillColor = fill
            shape.strokeColor = stroke
            shape.strokeWidth = linewidth
            shape.strokeLineCap = {"butt": 0, "round": 1, "projecting": 2}.get(gc.get_capstyle(), 0)
            shape.strokeLineJoin = {"miter": 0, "round": 1, "bevel": 2}.get(gc.get_joinstyle(), 0)
            offset, dashes = gc.get_dashes()
            if dashes:
                shape.strokeDashArray = [float(d) for d in dashes]
            if fill is None and stroke is None:
                return
            self.drawing.add(shape)

        def draw_text(
            self, gc: Any, x: float, y: float, s: str, prop: Any, angle: float, ismath: Any = False, mtext: Any = None
        ) -> None:
            font = _Metrics.font_for(prop)
            size = prop.get_size_in_points()
            text = String(0, 0, s, fontName=font, fontSize=size, fillColor=_rl_color(gc.get_rgb()))
            group = Group(text)
            group.translate(x, y)
            if angle:
                group.rotate(angle)
            self.drawing.add(group)

        def draw_image(self, gc: Any, x: float, y: float, im: Any, transform: Any = None) -> None:
            pass  # the report's charts hold no images

    return VectorRenderer


_renderer_class: type | None = None


def _renderer(width: float, height: float) -> Any:
    global _renderer_class
    if _renderer_class is None:
        _renderer_class = _make_renderer_class()
    return _renderer_class(width, height)


def to_drawing(fig: Figure) -> Drawing:
    """The figure as a reportlab ``Drawing`` (vector, for the PDF)."""
    width, height = fig.get_size_inches() * 72
    renderer = _renderer(float(width), float(height))
    fig.canvas.get_renderer = lambda: renderer  # type: ignore[attr-defined]  # layout uses our metrics
    fig.set_dpi(72)
    fig.draw(renderer)
    drawing: Drawing = renderer.drawing
    return drawing


def png_bytes(fig: Figure, dpi: int = 150) -> bytes:
    """The figure as a PNG (Agg backend), for the screen."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


# -------------------------------------------------------------------- charts


def pct(share: float) -> str:
    return f"{share * 100:.0f} %"


def composition_figure(
    category: str,
    values: Sequence[str],
    target: Sequence[float | None],
    members: Sequence[float],
    _: Translate,
    *,
    counts: Sequence[int] | None = None,
) -> Figure:
    """Members' share per value beside the population's (the target), one category."""
    n = len(values)
    height = 1.6 + 0.75 * n
    fig = new_figure(WIDTH_CM, height)
    ax = fig.add_axes((0.24, 0.72 / height * 1.6, 0.7, 1 - 1.6 / height))
    positions = list(range(n))
    bar = 0.38
    target_values = [t if t is not None else 0.0 for t in target]
    ax.barh([p - bar / 2 for p in positions], target_values, height=bar, color=SKY, label=_("Population"))
    ax.barh([p + bar / 2 for p in positions], members, height=bar, color=BLUE, label=_("Members"))
    top = max([*target_values, *members, 0.05])
    for p, t, m, i in zip(positions, target, members, range(n), strict=False):
        if t is not None:
            ax.text(t + top * 0.01, p - bar / 2, pct(t), va="center", fontsize=7, color=TEXT)
        label = pct(m) if counts is None else f"{pct(m)} ({counts[i]})"
        ax.text(m + top * 0.01, p + bar / 2, label, va="center", fontsize=7, color=TEXT)
    ax.set_yticks(positions, list(values))
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.22)
    ax.xaxis.set_major_formatter(_percent_formatter())
    ax.legend(loc="lower right", fontsize=7, frameon=False, ncols=2, bbox_to_anchor=(1.0, 1.0))
    return fig


def attendance_figure(days: Sequence[str], series: Sequence[tuple[str, Sequence[int], str]], _: Translate) -> Figure:
    """Stacked bars per day: present, late, left early, absent, not recorded."""
    fig = new_figure(WIDTH_CM, 6.0)
    ax = fig.add_axes((0.08, 0.16, 0.66, 0.76))
    positions = list(range(len(days)))
    bottom = [0] * len(days)
    for label, numbers, color in series:
        ax.bar(positions, numbers, bottom=bottom, color=color, label=label, width=0.6)
        for p, b, v in zip(positions, bottom, numbers, strict=False):
            if v >= 3:
                ax.text(p, b + v / 2, str(v), ha="center", va="center", fontsize=7, color=_ink_on(color))
        bottom = [b + v for b, v in zip(bottom, numbers, strict=False)]
    ax.set_xticks(positions, list(days))
    ax.set_ylabel(_("Members"))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    return fig


def items_figure(
    labels: Sequence[str], values: Sequence[float], threshold: float | None, _: Translate, *, as_share: bool = True
) -> Figure:
    """A bar per item (support share, or points for dots/ranking), the threshold as a line."""
    n = len(labels)
    height = 1.4 + 0.55 * n
    fig = new_figure(WIDTH_CM, height)
    ax = fig.add_axes((0.36, 0.9 / height, 0.58, 1 - 1.4 / height))
    positions = list(range(n))
    colours = [BLUE if (threshold is None or v >= threshold) else ORANGE for v in values]
    ax.barh(positions, values, color=colours, height=0.62)
    top = 1.0 if as_share else max([*values, 1.0]) * 1.15
    for p, v in zip(positions, values, strict=False):
        ax.text(v + top * 0.01, p, pct(v) if as_share else f"{v:g}", va="center", fontsize=7)
    ax.set_yticks(positions, [_shorten(x, 48) for x in labels])
    ax.invert_yaxis()
    ax.set_xlim(0, top * (1.08 if as_share else 1.0))
    if as_share:
        ax.xaxis.set_major_formatter(_percent_formatter())
    if threshold is not None:
        ax.axvline(threshold, color=BLACK, linewidth=1.2)
        ax.text(threshold, -0.75, f"{_('Threshold')} {pct(threshold)}", ha="center", va="bottom", fontsize=7)
    return fig


def likert_figure(rows: Sequence[tuple[str, Sequence[int]]], scale_labels: Sequence[str], _: Translate) -> Figure:
    """100 % stacked bars, one per Likert question (disagree → agree)."""
    n = len(rows)
    steps = len(scale_labels)
    height = 1.9 + 0.62 * n
    fig = new_figure(WIDTH_CM, height)
    ax = fig.add_axes((0.36, 1.2 / height, 0.6, 1 - 1.5 / height))
    palette = LIKERT5 if steps == 5 else _spread(steps)
    for row, (_label, counts) in enumerate(rows):
        total = max(sum(counts), 1)
        left = 0.0
        for step, count in enumerate(counts):
            share = count / total
            ax.barh([row], [share], left=left, color=palette[step], height=0.7, edgecolor="white", linewidth=0.5)
            if share >= 0.07:
                ax.text(
                    left + share / 2,
                    row,
                    pct(share),
                    ha="center",
                    va="center",
                    fontsize=6.5,
                    color=_ink_on(palette[step]),
                )
            left += share
    ax.set_yticks(list(range(n)), [_shorten(label, 52) for label, _c in rows])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(_percent_formatter())
    handles = [_patch(palette[i], scale_labels[i]) for i in range(steps)]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.3, -0.9 / n if n else -0.3),
        ncols=min(steps, 5),
        fontsize=6.5,
        frameon=False,
    )
    return fig


# ------------------------------------------------------------------ helpers


def _patch(colour: str, label: str) -> Any:
    from matplotlib.patches import Patch

    return Patch(facecolor=colour, label=label)


def _percent_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _pos: f"{v * 100:.0f} %")


def _spread(steps: int) -> list[str]:
    base = [VERMILLION, ORANGE, YELLOW, GREY, SKY, GREEN, BLUE, PURPLE]
    if steps <= len(base):
        idx = [round(i * (len(base) - 1) / max(steps - 1, 1)) for i in range(steps)]
        return [base[i] for i in idx]
    return [base[i % len(base)] for i in range(steps)]


def _ink_on(colour: str) -> str:
    """Black or white text, whichever reads better on ``colour``."""
    c = colours_rgb(colour)
    luminance = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    return "#000000" if luminance > 0.45 else "#ffffff"


def colours_rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    return int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def scaled(drawing: Drawing, max_width: float = WIDTH_CM * cm) -> Drawing:
    """The drawing shrunk to ``max_width`` if it is wider."""
    if drawing.width <= max_width or math.isclose(drawing.width, max_width):
        return drawing
    factor = max_width / drawing.width
    drawing.scale(factor, factor)
    drawing.width *= factor
    drawing.height *= factor
    return drawing


# ------------------------------------------- one item's support (reportlab graphics)


def support_drawing(
    options: Sequence[tuple[str, int, bool]],
    base: int,
    threshold: float | None,
    support_share: float | None,
    adopted: bool | None,
    _: Translate,
    width: float = WIDTH_CM * cm,
) -> Drawing:
    """One item's votes as a 100 % bar of its options with the threshold as a line.

    Drawn straight with reportlab graphics (the same look as the matplotlib charts):
    a report has one per recommendation, and this keeps a long report fast.
    ``options`` are (label, count, counts as support), in the ballot's order.
    """
    from reportlab.graphics.shapes import Line, Rect

    regular, bold = fonts()
    height = 66.0
    d = Drawing(width, height)
    bar_y, bar_h = 26.0, 16.0
    total = max(base, 1)
    support_colours = iter([BLUE, SKY, GREEN, PURPLE])
    other_colours = iter([VERMILLION, ORANGE, YELLOW, BLACK])
    x = 0.0
    legend: list[tuple[str, str]] = []
    for label, count, supports in options:
        share = count / total
        if supports:
            colour = next(support_colours, BLUE)
        elif label.lower() in ("blank", "abstain", "blankt", "hverken", "undlader", "ved ikke", "neutral"):
            colour = GREY
        else:
            colour = next(other_colours, GREY)
        w = share * width
        if w > 0:
            d.add(
                Rect(x, bar_y, w, bar_h, fillColor=colors.HexColor(colour), strokeColor=colors.white, strokeWidth=0.6)
            )
            if share >= 0.06:
                d.add(
                    String(
                        x + w / 2,
                        bar_y + 5,
                        pct(share),
                        fontName=regular,
                        fontSize=7,
                        textAnchor="middle",
                        fillColor=colors.HexColor(_ink_on(colour)),
                    )
                )
        legend.append((colour, f"{label} ({count})"))
        x += w
    if x < width:  # the rest of the base (absent, not voted): an outline
        d.add(Rect(x, bar_y, width - x, bar_h, fillColor=None, strokeColor=colors.HexColor(GREY), strokeWidth=0.6))
    if threshold is not None:
        tx = threshold * width
        d.add(Line(tx, bar_y - 4, tx, bar_y + bar_h + 4, strokeColor=colors.black, strokeWidth=1.4))
        d.add(
            String(
                tx,
                bar_y + bar_h + 6,
                f"{_('Threshold')} {pct(threshold)}",
                fontName=regular,
                fontSize=7,
                textAnchor="end" if threshold > 0.85 else "middle",
            )
        )
    if support_share is not None:
        verdict = ""
        if adopted is True:
            verdict = " – " + _("adopted")
        elif adopted is False:
            verdict = " – " + _("not adopted")
        d.add(
            String(0, height - 9, f"{_('Support level')}: {pct(support_share)}{verdict}", fontName=bold, fontSize=8.5)
        )
    lx = 0.0
    for colour, text in legend:
        d.add(Rect(lx, 8, 9, 7, fillColor=colors.HexColor(colour), strokeColor=None))
        d.add(String(lx + 12, 8.6, text, fontName=regular, fontSize=7))
        lx += 12 + stringWidth(text, regular, 7) + 14
    return d
