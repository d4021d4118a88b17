"""Charts as inline SVG, drawn here in Python: no chart library, no script, nothing fetched.

Each chart is a complete `<svg>` element with a `<title>` for the whole and one per bar or dot (the
browser shows it on hover), and the numbers on `data-label` / `data-value` attributes so that a test
or a script can read them back. Every label passes through escape.py.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from vnreport.render.html import escape

WIDTH = 960
_FONT = 12
_CHAR = 6.6  # average advance of a 12 px sans-serif character: enough to size label columns


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    note: str = ""  # more for the tooltip (`kind`, `mentions`)


def _t(value: str) -> str:
    return escape.text(value)


def _a(value: str) -> str:
    return escape.attribute(value)


def _fit(label: str, chars: int) -> str:
    """A label cut to `chars` characters (with …); the whole label stays in the tooltip."""
    return label if len(label) <= chars else label[: max(1, chars - 1)] + "…"


def _svg(kind: str, title: str, width: float, height: float, body: list[str]) -> str:
    return (
        f'<svg class="chart" data-chart="{_a(kind)}" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'width="{width:g}" height="{height:g}" viewBox="0 0 {width:g} {height:g}" font-size="{_FONT}">'
        f"<title>{_t(title)}</title>" + "".join(body) + "</svg>"
    )


def _axis_labels(labels: list[tuple[float, str, bool]], y: float) -> list[str]:
    """Labels under a time axis, `(x, text, always)`: the `always` ones (the first, the last, the
    `before`/`after`/`unknown` columns) first, then the others where they do not touch one placed."""
    placed: list[tuple[float, float]] = []
    out = []
    for x, text, _ in sorted(labels, key=lambda item: not item[2]):
        half = len(text) * _CHAR / 2 + 4
        if any(x - half < right and x + half > left for left, right in placed):
            continue
        placed.append((x - half, x + half))
        out.append(f'<text x="{x:.1f}" y="{y:g}" text-anchor="middle" class="axis">{_t(text)}</text>')
    return out


def _short(label: str) -> str:
    return label.replace("before ", "< ").replace("after ", "> ")


def _ticks(top: int) -> list[int]:
    """Round values for a count axis from 0 to at least `top`: 1, 2 or 5 times a power of ten apart."""
    if top <= 0:
        return [0, 1]
    raw = top / 4
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(1, int(step))
    return list(range(0, top + step, step)) if top % step else list(range(0, top + 1, step))


def horizontal_bars(kind: str, title: str, bars: Sequence[Bar], *, unit: str) -> str:
    """One bar per row, longest first as given: documents, organisations."""
    if not bars:
        return _svg(kind, f"{title}: none", WIDTH, 30, ['<text x="0" y="20" class="empty">none found</text>'])
    label_chars = min(48, max(len(b.label) for b in bars))
    left = label_chars * _CHAR + 12
    right = 60
    row = 24
    top = max(b.value for b in bars)
    scale = (WIDTH - left - right) / top
    body = []
    for k, bar in enumerate(bars):
        y = k * row
        length = max(1.0, bar.value * scale)
        tip = f"{bar.label}: {bar.value} {unit}" + (f" ({bar.note})" if bar.note else "")
        body.append(
            f'<g class="bar" data-label="{_a(bar.label)}" data-value="{bar.value}"><title>{_t(tip)}</title>'
            f'<text x="{left - 8:g}" y="{y + 16}" text-anchor="end">{_t(_fit(bar.label, label_chars))}</text>'
            f'<rect x="{left:g}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" rx="2"/>'
            f'<text x="{left + length + 6:.1f}" y="{y + 16}" class="value">{bar.value}</text></g>'
        )
    return _svg(kind, title, WIDTH, len(bars) * row + 4, body)


_MONTHS = frozenset(f"{m:02d}" for m in range(1, 13))


def is_month(value: str) -> bool:
    return len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:] in _MONTHS


def month_range(months: Sequence[str]) -> list[str]:
    """Every month from the first to the last given (YYYY-MM), gaps included: a time axis."""
    known = sorted(m for m in months if is_month(m))
    if not known:
        return []
    year, month = int(known[0][:4]), int(known[0][5:])
    end = (int(known[-1][:4]), int(known[-1][5:]))
    out: list[str] = []
    while (year, month) <= end and len(out) < 1200:  # a hundred years at most: a bad date cannot stretch it
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


_TAIL = 0.05  # at most this share of the dated articles, at each end, goes to "before"/"after"
_MAX_MONTHS = 60  # a longer window is drawn a column per year


class TimeAxis:
    """The columns of a time chart. An article's month can be a stray date (an event of 1945 that a
    history piece reports): the axis spans the months that hold the bulk of the articles, and the few
    earlier or later ones are counted in a `before …` and an `after …` column, so that one odd date
    does not squeeze the corpus into a sliver. Over five years, a column stands for a year."""

    def __init__(self, counts: dict[str, int]) -> None:
        dated = sorted((m, n) for m, n in counts.items() if is_month(m) and n > 0)
        total = sum(n for _, n in dated)
        low, high = 0, len(dated)
        dropped = 0
        while low < high - 1 and dropped + dated[low][1] <= _TAIL * total:
            dropped += dated[low][1]
            low += 1
        dropped = 0
        while high - 1 > low and dropped + dated[high - 1][1] <= _TAIL * total:
            dropped += dated[high - 1][1]
            high -= 1
        window = month_range([dated[low][0], dated[high - 1][0]]) if dated else []
        self.by_year = len(window) > _MAX_MONTHS
        units = sorted({m[:4] for m in window}) if self.by_year else window
        self.first, self.last = (window[0], window[-1]) if window else ("", "")
        self.before = bool(dated) and dated[0][0] < self.first
        self.after = bool(dated) and dated[-1][0] > self.last
        self.columns = (
            ([f"before {self.first}"] if self.before else []) + units + ([f"after {self.last}"] if self.after else [])
        )
        self._unit = {unit: k + self.before for k, unit in enumerate(units)}

    def index(self, month: str) -> int | None:
        """The column of a month, None for one that is no month."""
        if not is_month(month) or not self.columns:
            return None
        if month < self.first:
            return 0
        if month > self.last:
            return len(self.columns) - 1
        return self._unit[month[:4] if self.by_year else month]

    def totals(self, counts: dict[str, int]) -> list[int]:
        out = [0] * len(self.columns)
        for month, n in counts.items():
            k = self.index(month)
            if k is not None:
                out[k] += n
        return out


def month_columns(kind: str, title: str, axis: TimeAxis, counts: dict[str, int], *, unknown: int = 0) -> str:
    """Articles per month (or year): a column per unit of the axis, empty ones too, the stray dates in
    the `before`/`after` columns, and one apart for the articles with no known month."""
    columns = list(zip(axis.columns, axis.totals(counts), strict=True)) + ([("unknown", unknown)] if unknown else [])
    if not columns:
        return _svg(kind, f"{title}: none", WIDTH, 30, ['<text x="0" y="20" class="empty">none found</text>'])
    left, bottom, height = 40, 40, 220
    top = max(v for _, v in columns) or 1
    ticks = _ticks(top)
    scale = height / ticks[-1]
    step = (WIDTH - left - 10) / len(columns)
    body = []
    labels: list[tuple[float, str, bool]] = []
    for value in ticks:
        y = 10 + height - value * scale
        body.append(f'<line class="grid" x1="{left}" x2="{WIDTH - 10}" y1="{y:.1f}" y2="{y:.1f}"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="axis">{value}</text>')
    for k, (label, value) in enumerate(columns):
        x = left + k * step
        h = value * scale
        edge = label == "unknown" or label.startswith(("before ", "after "))
        cls = "bar unknown" if edge else "bar"
        shown = "no known month" if label == "unknown" else label
        body.append(
            f'<g class="{cls}" data-label="{_a(label)}" data-value="{value}">'
            f"<title>{_t(shown)}: {value} articles</title>"
            f'<rect x="{x + step * 0.12:.1f}" y="{10 + height - h:.1f}" width="{max(1.0, step * 0.76):.1f}" '
            f'height="{h:.1f}" rx="1"/></g>'
        )
        labels.append((x + step / 2, "?" if label == "unknown" else _short(label), edge or k == 0))
    body += _axis_labels(labels, 10 + height + 16)
    return _svg(kind, title, WIDTH, height + bottom + 10, body)


@dataclass(frozen=True, slots=True)
class TitleLine:
    title: str
    articles: int
    months: dict[str, int]  # month → articles with this title that month


@dataclass(frozen=True, slots=True)
class OfficialRow:
    name: str
    articles: int
    titles: list[TitleLine]


_TITLES_SHOWN = 6  # per official, the most frequent; the numbers table below the chart has every one


def titles_over_time(kind: str, title: str, axis: TimeAxis, officials: Sequence[OfficialRow]) -> str:
    """Officials and their titles over time: a row per title under each official, a line from the first
    column the title is seen in to the last, and a dot for each (bigger for more articles)."""
    if not officials:
        return _svg(kind, f"{title}: none", WIDTH, 30, ['<text x="0" y="20" class="empty">none found</text>'])
    label_chars = 46
    left = label_chars * _CHAR + 16
    right = 20
    row = 20
    step = (WIDTH - left - right) / max(1, len(axis.columns))

    def where(month: str) -> float | None:
        k = axis.index(month)
        return None if k is None else left + (k + 0.5) * step

    body: list[str] = []
    y = 0
    for official in officials:
        y += row
        body.append(
            f'<text x="0" y="{y - 5}" class="name" data-label="{_a(official.name)}" data-value="{official.articles}">'
            f"{_t(_fit(official.name, label_chars - 8))} ({official.articles})</text>"
        )
        lines = official.titles or [TitleLine("(no title)", official.articles, {})]
        shown = sorted(lines, key=lambda t: -t.articles)[:_TITLES_SHOWN]
        for line in [t for t in lines if t in shown]:  # in the given order: by first month
            y += row
            seen = sorted(m for m in line.months if where(m) is not None)
            tip = f"{official.name} — {line.title}: {line.articles} articles"
            if seen:
                tip += f", {seen[0]} → {seen[-1]}"
            parts = [
                f"<title>{_t(tip)}</title>",
                f'<text x="12" y="{y - 5}">{_t(_fit(line.title, label_chars - 2))}</text>',
            ]
            if seen:
                x1, x2 = where(seen[0]) or 0.0, where(seen[-1]) or 0.0
                parts.append(f'<line class="span" x1="{x1:.1f}" x2="{x2:.1f}" y1="{y - 9}" y2="{y - 9}"/>')
                for month in seen:
                    r = 2.5 + 1.5 * math.sqrt(line.months[month])
                    parts.append(
                        f'<circle cx="{where(month) or 0.0:.1f}" cy="{y - 9}" r="{r:.1f}" data-month="{_a(month)}" '
                        f'data-value="{line.months[month]}"/>'
                    )
            else:
                parts.append(f'<text x="{left}" y="{y - 5}" class="axis">no known month</text>')
            body.append(
                f'<g class="title" data-label="{_a(line.title)}" data-value="{line.articles}">{"".join(parts)}</g>'
            )
        if len(lines) > len(shown):
            y += row
            more = f"… {len(lines) - len(shown)} more titles (see the numbers)"
            body.append(f'<text x="12" y="{y - 5}" class="axis">{_t(more)}</text>')
    y += 8
    last = len(axis.columns) - 1
    body += _axis_labels(
        [(left + (k + 0.5) * step, _short(label), k in (0, last)) for k, label in enumerate(axis.columns)], y + 12
    )
    body.insert(0, f'<line class="grid" x1="{left}" x2="{WIDTH - right}" y1="{y}" y2="{y}"/>')
    return _svg(kind, title, WIDTH, y + 20, body)
