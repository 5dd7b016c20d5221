"""Static SVG charts for the audit report, written out as text.

No chart library and no script: the SVG goes inline into one HTML file that must open from a
USB stick years later, and WeasyPrint draws the same markup into the PDF. Every label is
XML-escaped (agent ids and item titles come from outside), fonts are the system's DejaVu
Sans, and colours come in pairs that stay apart in greyscale print.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from markupsafe import Markup

FONT = "DejaVu Sans, Verdana, sans-serif"
SERIES_COLOURS = ("#1f5fa8", "#c2410c", "#15803d", "#7c3aed", "#a16207", "#be185d", "#0f766e")
SENTIMENT_COLOURS = {"negative": "#b91c1c", "neutral": "#9ca3af", "positive": "#15803d"}


def _text(x: float, y: float, label: str, *, size: float = 11, anchor: str = "start",
          weight: str = "normal", fill: str = "#111827", extra: str = "") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'font-weight="{weight}" fill="{fill}"{extra}>{escape(label)}</text>'
    )


def _svg(width: float, height: float, body: list[str], title: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'font-family="{FONT}"><title>{escape(title)}</title>' + "".join(body) + "</svg>"
    )


def _truncate(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # 0..1
    low: float | None
    high: float | None
    note: str  # e.g. "41/50"
    critical: bool = False


def bar_chart(bars: Sequence[Bar], title: str, percent: Callable[[float], str],
              width: int = 720) -> Markup:
    """Horizontal bars of rates with their 95 % interval as a whisker, on a 0–100 % axis."""
    label_width, note_width, row = 300, 90, 24
    plot = width - label_width - note_width
    height = 28 + row * len(bars) + 22
    body = []
    for tick in range(0, 101, 25):
        x = label_width + plot * tick / 100
        body.append(f'<line x1="{x:.1f}" y1="20" x2="{x:.1f}" y2="{height - 20}" '
                    f'stroke="#e5e7eb"/>')
        body.append(_text(x, height - 6, percent(tick / 100), size=10, anchor="middle",
                          fill="#6b7280"))
    for index, bar in enumerate(bars):
        y = 24 + index * row
        label = ("● " if bar.critical else "") + _truncate(bar.label, 40)
        body.append(_text(label_width - 8, y + 14, label, anchor="end",
                          weight="bold" if bar.critical else "normal"))
        if bar.value is not None:
            colour = "#b91c1c" if bar.critical else SERIES_COLOURS[0]
            body.append(f'<rect x="{label_width}" y="{y + 3}" width="{plot * bar.value:.1f}" '
                        f'height="{row - 8}" fill="{colour}" fill-opacity="0.75"/>')
            if bar.low is not None and bar.high is not None:
                x1, x2 = label_width + plot * bar.low, label_width + plot * bar.high
                mid = y + row / 2 - 1
                body.append(
                    f'<path d="M{x1:.1f},{mid:.1f}H{x2:.1f}M{x1:.1f},{mid - 5:.1f}V{mid + 5:.1f}'
                    f'M{x2:.1f},{mid - 5:.1f}V{mid + 5:.1f}" stroke="#111827" '
                    f'stroke-width="1.5" fill="none" class="whisker"/>'
                )
        body.append(_text(width - note_width + 8, y + 14, bar.note, size=10, fill="#374151"))
    return _svg(width, height, body, title)


@dataclass(frozen=True)
class Series:
    name: str
    points: Sequence[tuple[str, float | None]]  # (x label, value 0..1)
    colour: str | None = None  # default: the next of SERIES_COLOURS


def line_chart(series: Sequence[Series], title: str, percent: Callable[[float], str],
               x_label: Callable[[str], str], width: int = 720, height: int = 260) -> Markup:
    """Weekly trend lines on a 0–100 % axis; a gap where a week had no data."""
    left, right, top = 48, 16, 16
    legend_rows = (len(series) + 2) // 3
    bottom = 40 + 18 * legend_rows
    xs = sorted({x for line in series for x, _ in line.points})
    plot_w, plot_h = width - left - right, height - top - bottom
    body = []
    for tick in range(0, 101, 25):
        y = top + plot_h * (1 - tick / 100)
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" '
                    f'stroke="#e5e7eb"/>')
        body.append(_text(left - 6, y + 4, percent(tick / 100), size=10, anchor="end",
                          fill="#6b7280"))

    def x_of(label: str) -> float:
        if len(xs) == 1:
            return left + plot_w / 2
        return left + plot_w * xs.index(label) / (len(xs) - 1)

    step = max(1, len(xs) // 8)
    for index, label in enumerate(xs):
        if index % step == 0:
            body.append(_text(x_of(label), top + plot_h + 14, x_label(label), size=9,
                              anchor="middle", fill="#6b7280"))
    for number, line in enumerate(series):
        colour = line.colour or SERIES_COLOURS[number % len(SERIES_COLOURS)]
        dash = ' stroke-dasharray="6 3"' if number >= len(SERIES_COLOURS) else ""
        segments, current = [], []
        for x, value in sorted(line.points, key=lambda p: xs.index(p[0])):
            if value is None:
                if current:
                    segments.append(current)
                current = []
                continue
            current.append((x_of(x), top + plot_h * (1 - value)))
        if current:
            segments.append(current)
        for segment in segments:
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in segment)
            body.append(f'<polyline points="{points}" fill="none" stroke="{colour}" '
                        f'stroke-width="2"{dash} class="series"/>')
            body.extend(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}"/>'
                        for x, y in segment)
        lx = left + (number % 3) * (plot_w / 3)
        ly = height - bottom + 34 + 18 * (number // 3)
        body.append(f'<rect x="{lx:.1f}" y="{ly - 9:.1f}" width="12" height="4" '
                    f'fill="{colour}"/>')
        body.append(_text(lx + 16, ly - 3, _truncate(line.name, 34), size=10))
    return _svg(width, height, body, title)


@dataclass(frozen=True)
class Cell:
    value: float | None
    note: str  # shown on hover and in print: "passed/judged"


def heatmap(rows: Sequence[str], columns: Sequence[str], cells: dict[tuple[str, str], Cell],
            title: str, percent: Callable[[float], str], width: int = 720) -> Markup:
    """Agents × items, coloured from red (0 %) to green (100 %), the rate written inside."""
    label_width, top, overhang = 130, 120, 120  # rotated column labels run to the right
    cell_w = min(80.0, (width - label_width - overhang) / max(1, len(columns)))
    cell_h = 20
    height = top + cell_h * len(rows) + 10
    body = []
    for index, column in enumerate(columns):
        x = label_width + cell_w * index + cell_w / 2
        body.append(_text(x, top - 6, _truncate(column, 26), size=10,
                          extra=f' transform="rotate(-40 {x:.1f} {top - 6:.1f})"'))
    for row_index, row in enumerate(rows):
        y = top + cell_h * row_index
        body.append(_text(label_width - 6, y + 14, _truncate(row, 18), size=10, anchor="end"))
        for index, column in enumerate(columns):
            cell = cells.get((row, column))
            x = label_width + cell_w * index
            if cell is None or cell.value is None:
                fill, label = "#f3f4f6", "–"
            else:
                fill, label = _red_to_green(cell.value), percent(cell.value)
            note = escape(cell.note) if cell is not None else ""
            body.append(f'<rect x="{x:.1f}" y="{y}" width="{cell_w - 1:.1f}" '
                        f'height="{cell_h - 1}" fill="{fill}"><title>{note}</title></rect>')
            body.append(_text(x + cell_w / 2, y + 14, label, size=9, anchor="middle"))
    return _svg(width, height, body, title)


def _red_to_green(value: float) -> str:
    """A light red-amber-green ramp, light enough that black text stays readable."""
    stops = [(0.0, (248, 113, 113)), (0.7, (253, 224, 71)), (1.0, (134, 239, 172))]
    for (p0, c0), (p1, c1) in itertools.pairwise(stops):
        if value <= p1:
            t = 0.0 if p1 == p0 else (value - p0) / (p1 - p0)
            rgb = tuple(round(a + (b - a) * max(0.0, t)) for a, b in zip(c0, c1, strict=True))
            return "#{:02x}{:02x}{:02x}".format(*rgb)
    return "#{:02x}{:02x}{:02x}".format(*stops[-1][1])


def stacked_bar(parts: Sequence[tuple[str, str, int]], title: str,
                percent: Callable[[float], str], width: int = 720) -> Markup:
    """One bar split into shares: (key for colour, label, count)."""
    total = sum(count for _, _, count in parts) or 1
    height, x, body = 64, 0.0, []
    for key, _label, count in parts:
        share = count / total
        w = (width - 2) * share
        body.append(f'<rect x="{x + 1:.1f}" y="4" width="{w:.1f}" height="28" '
                    f'fill="{SENTIMENT_COLOURS.get(key, "#6b7280")}"/>')
        if share >= 0.08:
            body.append(_text(x + w / 2, 23, percent(share), size=11, anchor="middle",
                              fill="#ffffff", weight="bold"))
        x += w
    x = 0.0
    for key, label, count in parts:
        body.append(f'<rect x="{x + 1:.1f}" y="44" width="12" height="12" '
                    f'fill="{SENTIMENT_COLOURS.get(key, "#6b7280")}"/>')
        body.append(_text(x + 18, 54, f"{label}: {count}", size=11))
        x += width / max(1, len(parts))
    return _svg(width, height, body, title)
