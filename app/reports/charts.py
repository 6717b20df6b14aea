"""Charts for the PDF reports, drawn as vector graphics with reportlab's graphics shapes.

Every chart is a reportlab ``Drawing`` – a flowable that stays sharp at any print
resolution, uses the report's own font (DejaVu Sans, so Danish characters are right)
and costs a millisecond to make. (matplotlib draws the same charts for the screen, see
``app.reports.figures``; importing it would cost a report more than its whole budget.)

Colours are Okabe–Ito (colour-blind safe); every chart also carries words and numbers,
never colour alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.pdf import fonts

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILLION, PURPLE, BLACK = OKABE_ITO
GREY = "#BBBBBB"
# Five-step Likert scale, disagree → agree.
LIKERT5 = [VERMILLION, ORANGE, GREY, SKY, BLUE]
TEXT = "#22272b"
AXIS = "#5b636a"
GRID = "#e3e7ea"
WIDTH_CM = 16.5  # the text width of the A4 page (170 mm) minus a little air
WIDTH = WIDTH_CM * cm

Translate = Callable[[str], str]


def pct(share: float) -> str:
    return f"{share * 100:.0f} %"


def _c(colour: str) -> colors.Color:
    return colors.HexColor(colour)


def _text(
    d: Drawing,
    x: float,
    y: float,
    text: str,
    size: float = 7.5,
    anchor: str = "start",
    bold: bool = False,
    colour: str = TEXT,
) -> None:
    regular, heavy = fonts()
    d.add(
        String(x, y, text, fontName=heavy if bold else regular, fontSize=size, textAnchor=anchor, fillColor=_c(colour))
    )


def _width(text: str, size: float = 7.5, bold: bool = False) -> float:
    regular, heavy = fonts()
    return float(stringWidth(text, heavy if bold else regular, size))


def _fit(text: str, width: float, size: float = 7.5) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    text = " ".join(text.split())
    if _width(text, size) <= width:
        return text
    while text and _width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _ink_on(colour: str) -> str:
    """Black or white text, whichever reads better on ``colour``."""
    value = colour.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return "#000000" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 else "#ffffff"


def _legend(d: Drawing, x: float, y: float, entries: Sequence[tuple[str, str]], size: float = 7.5) -> float:
    """Colour keys in a row from (x, y); returns the x after the last one."""
    for colour, label in entries:
        d.add(Rect(x, y, 9, 7, fillColor=_c(colour), strokeColor=None))
        _text(d, x + 12, y + 0.6, label, size)
        x += 12 + _width(label, size) + 14
    return x


def _legend_width(entries: Sequence[tuple[str, str]], size: float = 7.5) -> float:
    return sum(12 + _width(label, size) + 14 for _c, label in entries) - 14


def _share_axis(d: Drawing, x0: float, y0: float, y1: float, width: float, top: float) -> None:
    """Vertical grid lines and percent labels under a horizontal-bar plot of 0…``top``."""
    step = 0.1 if top <= 0.6 else 0.2
    ticks = int(round(top / step))
    for i in range(ticks + 1):
        value = i * step
        x = x0 + width * value / top
        d.add(Line(x, y0, x, y1, strokeColor=_c(GRID if i else AXIS), strokeWidth=0.5 if i else 0.8))
        _text(d, x, y0 - 10, pct(value), 7, "middle", colour=AXIS)


def _nice_top(value: float) -> tuple[float, float]:
    """A round axis maximum ≥ ``value`` and its tick step."""
    if value <= 0:
        return 1.0, 1.0
    exponent = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * exponent / 2
        top = math.ceil(value / step) * step
        if top / step <= 6:
            return top, step
    return value, value


# -------------------------------------------------------------------- charts


def composition_chart(
    values: Sequence[str],
    target: Sequence[float | None],
    members: Sequence[float],
    _: Translate,
    *,
    counts: Sequence[int] | None = None,
    width: float = WIDTH,
) -> Drawing:
    """Members' share per value (dark) beside the population's (light): one category."""
    n = len(values)
    row = 26.0
    label_w = min(max([_width(v) for v in values] + [40]) + 8, 150)
    plot_x, plot_w = label_w, width - label_w - 62
    top_share = max([t or 0 for t in target] + list(members) + [0.05])
    top = min(1.0, math.ceil(top_share * 1.1 / 0.1) * 0.1)
    height = 34 + n * row + 16
    d = Drawing(width, height)
    y_plot0 = 20.0
    y_plot1 = y_plot0 + n * row
    _share_axis(d, plot_x, y_plot0, y_plot1, plot_w, top)
    for i, name in enumerate(values):
        y = y_plot1 - (i + 1) * row + 4
        _text(d, plot_x - 6, y + 7, _fit(name, label_w - 10), 7.5, "end")
        share_t = target[i]
        if share_t is not None:
            w = plot_w * share_t / top
            d.add(Rect(plot_x, y + 9, w, 8, fillColor=_c(SKY), strokeColor=None))
            _text(d, plot_x + w + 3, y + 10.5, pct(share_t), 7)
        w = plot_w * members[i] / top
        d.add(Rect(plot_x, y + 1, w, 8, fillColor=_c(BLUE), strokeColor=None))
        label = pct(members[i]) if counts is None else f"{pct(members[i])} ({counts[i]})"
        _text(d, plot_x + w + 3, y + 2.5, label, 7, bold=True)
    entries = [(SKY, _("Population")), (BLUE, _("Members"))]
    _legend(d, width - _legend_width(entries) - 4, height - 10, entries)
    return d


def attendance_chart(
    days: Sequence[str], series: Sequence[tuple[str, Sequence[int], str]], _: Translate, *, width: float = WIDTH
) -> Drawing:
    """Stacked columns per day: present, late, left early, absent, not recorded."""
    height = 190.0
    d = Drawing(width, height)
    legend_w = max([_width(label) for label, _n, _c2 in series] + [40]) + 24
    x0, y0 = 34.0, 22.0
    plot_w, plot_h = width - x0 - legend_w - 8, height - y0 - 10
    totals = [sum(s[1][i] for s in series) for i in range(len(days))]
    top, step = _nice_top(max(totals + [1]))
    value = 0.0
    while value <= top + 1e-9:
        y = y0 + plot_h * value / top
        d.add(Line(x0, y, x0 + plot_w, y, strokeColor=_c(GRID if value else AXIS), strokeWidth=0.5 if value else 0.8))
        _text(d, x0 - 4, y - 2.5, f"{value:g}", 7, "end", colour=AXIS)
        value += step
    slot = plot_w / max(len(days), 1)
    bar = min(slot * 0.6, 60)
    for i, day in enumerate(days):
        x = x0 + slot * i + (slot - bar) / 2
        base = 0.0
        for _label, numbers, colour in series:
            v = numbers[i]
            if v <= 0:
                continue
            h = plot_h * v / top
            y = y0 + plot_h * base / top
            d.add(Rect(x, y, bar, h, fillColor=_c(colour), strokeColor=colors.white, strokeWidth=0.5))
            if h >= 10:
                _text(d, x + bar / 2, y + h / 2 - 2.5, str(v), 7, "middle", colour=_ink_on(colour))
            base += v
        _text(d, x + bar / 2, y0 - 11, day, 7.5, "middle")
    ly = y0 + plot_h - 8
    for label, _numbers, colour in series:
        _legend(d, x0 + plot_w + 14, ly, [(colour, label)])
        ly -= 13
    return d


def items_chart(
    labels: Sequence[str],
    values: Sequence[float],
    threshold: float | None,
    _: Translate,
    *,
    as_share: bool = True,
    width: float = WIDTH,
) -> Drawing:
    """A bar per item (support share, or points for dots/ranking) and the threshold line."""
    n = len(labels)
    row = 17.0
    label_w = min(max([_width(x) for x in labels] + [40]) + 8, 190)
    plot_x, plot_w = label_w, width - label_w - 34
    top = 1.0 if as_share else max([*values, 1.0]) * 1.1
    height = 22 + n * row + 16
    d = Drawing(width, height)
    y0, y1 = 20.0, 20.0 + n * row
    if as_share:
        _share_axis(d, plot_x, y0, y1, plot_w, top)
    else:
        d.add(Line(plot_x, y0, plot_x, y1, strokeColor=_c(AXIS), strokeWidth=0.8))
    for i, (label, v) in enumerate(zip(labels, values, strict=False)):
        y = y1 - (i + 1) * row + 3
        passed = threshold is None or v >= threshold
        w = plot_w * v / top
        d.add(Rect(plot_x, y, w, row - 6, fillColor=_c(BLUE if passed else ORANGE), strokeColor=None))
        _text(d, plot_x - 6, y + 3, _fit(label, label_w - 10), 7.5, "end")
        _text(d, plot_x + w + 3, y + 3, pct(v) if as_share else f"{v:g}", 7)
    if threshold is not None:
        x = plot_x + plot_w * threshold / top
        d.add(Line(x, y0 - 2, x, y1 + 3, strokeColor=colors.black, strokeWidth=1.3))
        _text(d, x, y1 + 6, f"{_('Threshold')} {pct(threshold)}", 7, "middle")
    return d


def likert_chart(
    rows: Sequence[tuple[str, Sequence[int]]], scale_labels: Sequence[str], _: Translate, *, width: float = WIDTH
) -> Drawing:
    """100 % stacked bars, one per Likert question (disagree → agree), legend below."""
    n = len(rows)
    steps = len(scale_labels)
    palette = LIKERT5 if steps == 5 else spread(steps)
    row = 20.0
    label_w = min(max([_width(label) for label, _c2 in rows] + [40]) + 8, 200)
    plot_x, plot_w = label_w, width - label_w - 6
    height = 44 + n * row
    d = Drawing(width, height)
    y0, y1 = 34.0, 34.0 + n * row
    _share_axis(d, plot_x, y0, y1, plot_w, 1.0)
    for i, (label, counts) in enumerate(rows):
        y = y1 - (i + 1) * row + 3
        total = max(sum(counts), 1)
        x = plot_x
        for step, count in enumerate(counts):
            share = count / total
            w = plot_w * share
            if w > 0:
                d.add(Rect(x, y, w, row - 6, fillColor=_c(palette[step]), strokeColor=colors.white, strokeWidth=0.5))
                if share >= 0.07:
                    _text(d, x + w / 2, y + 4, pct(share), 6.5, "middle", colour=_ink_on(palette[step]))
            x += w
        _text(d, plot_x - 6, y + 4, _fit(label, label_w - 10), 7.5, "end")
    entries = [(palette[i], scale_labels[i]) for i in range(steps)]
    _legend(d, max((width - _legend_width(entries, 7)) / 2, 0), 4, entries, 7)
    return d


def spread(steps: int) -> list[str]:
    """``steps`` Okabe–Ito colours from "against" (vermillion) to "for" (blue)."""
    base = [VERMILLION, ORANGE, YELLOW, GREY, SKY, GREEN, BLUE, PURPLE]
    if steps <= len(base):
        idx = [round(i * (len(base) - 1) / max(steps - 1, 1)) for i in range(steps)]
        return [base[i] for i in idx]
    return [base[i % len(base)] for i in range(steps)]


# ------------------------------------------- one item's support (reportlab graphics)


def support_drawing(
    options: Sequence[tuple[str, int, bool, bool]],
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
    ``options`` are (label, count, counts as support, is blank), in the ballot's order.
    """
    regular, bold = fonts()
    height = 66.0
    d = Drawing(width, height)
    bar_y, bar_h = 26.0, 16.0
    total = max(base, 1)
    support_colours = iter([BLUE, SKY, GREEN, PURPLE])
    opposed = [o for o in options if not o[2] and not o[3]]
    # the most opposed option (the last) gets the strongest colour
    opposed_colours = dict(zip([o[0] for o in reversed(opposed)], [VERMILLION, ORANGE, YELLOW, BLACK], strict=False))
    x = 0.0
    legend: list[tuple[str, str]] = []
    for label, count, supports, is_blank in options:
        share = count / total
        if supports:
            colour = next(support_colours, BLUE)
        elif is_blank:
            colour = GREY
        else:
            colour = opposed_colours.get(label, GREY)
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
