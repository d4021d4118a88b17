"""`stats --format html`: a batch output as one page of charts (inline SVG), each with its numbers in a
table below it. No script: the page is static, styled inline and fetches nothing."""

from __future__ import annotations

from typing import Any

from vnreport.batch.stats import UNKNOWN_MONTH
from vnreport.render.html import escape
from vnreport.render.html.charts import (
    Bar,
    OfficialRow,
    TimeAxis,
    TitleLine,
    horizontal_bars,
    month_columns,
    titles_over_time,
)
from vnreport.render.html.document import asset, page


def _h(value: object) -> str:
    return escape.text(str(value))


def _numbers(headers: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    """The chart's numbers as a table (folded): for reading exact values, copying, screen readers."""
    if not rows:
        return ""
    head = "".join(f"<th>{_h(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>" for row in rows)
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return f"<details><summary>Numbers</summary>{table}</details>"


def _section(key: str, title: str, chart: str, numbers: str) -> str:
    figure = f'<div class="figure">{chart}</div>'
    return f'<section class="chart-card" id="{key}"><h2>{_h(title)}</h2>{figure}{numbers}</section>'


def _period(first: str | None, last: str | None) -> str:
    if first is None:
        return ""
    return first if first == last else f"{first} → {last}"


def stats_page(data: dict[str, Any], name: str) -> str:
    """The page for `CorpusStats.to_dict()` of the batch output called `name`."""
    months = {m["month"]: int(m["articles"]) for m in data["months"] if m["month"] != UNKNOWN_MONTH}
    unknown = sum(int(m["articles"]) for m in data["months"] if m["month"] == UNKNOWN_MONTH)
    axis = TimeAxis(months)
    month_chart = month_columns("months", "Articles per month", axis, months, unknown=unknown)
    month_rows: list[tuple[object, ...]] = [(m["month"], m["articles"]) for m in data["months"]]

    # A numbered document by its key (`57-NQ/TW`), an unnumbered one by its name as written, not its
    # folded key (`luat dat dai 2013`).
    documents = [
        Bar(
            d.get("name") or d["key"],
            int(d["articles"]),
            " · ".join(str(d[k]) for k in ("kind", "issuer", "date") if d.get(k)),
        )
        for d in data["documents"]
    ]
    document_chart = horizontal_bars("documents", "Most cited documents", documents, unit="articles")
    document_rows: list[tuple[object, ...]] = [
        (d.get("name") or d["key"], d.get("kind") or "", d.get("issuer") or "", d["articles"])
        for d in data["documents"]
    ]

    officials = [
        OfficialRow(
            o["name"],
            int(o["articles"]),
            [TitleLine(t["title"], int(t["articles"]), dict(t.get("months") or {})) for t in o["titles"]],
        )
        for o in data["officials"]
    ]
    official_chart = titles_over_time("officials", "Officials and their titles over time", axis, officials)
    official_rows: list[tuple[object, ...]] = [
        (o["name"], t["title"], _period(t.get("first"), t.get("last")), t["articles"])
        for o in data["officials"]
        for t in o["titles"] or [{"title": "", "first": None, "last": None, "articles": o["articles"]}]
    ]

    organizations = [Bar(o["name"], int(o["articles"]), f"{o['mentions']} mentions") for o in data["organizations"]]
    organization_chart = horizontal_bars("organizations", "Organisations", organizations, unit="articles")
    organization_rows: list[tuple[object, ...]] = [
        (o["name"], o["articles"], o["mentions"]) for o in data["organizations"]
    ]

    summary = (
        f"{data['articles']:,} articles · {data['words']:,} words · {data['errors']:,} inputs that could not be read"
    )
    body = "\n".join(
        [
            f'<header class="page"><h1>vnreport stats</h1><p class="source">{_h(name)}</p>'
            f'<p class="totals" data-articles="{data["articles"]}" data-words="{data["words"]}" '
            f'data-errors="{data["errors"]}">{_h(summary)}</p>'
            "<p class=\"note\">An article's month is its page's publication date, else the date of the event it "
            "reports.</p></header>",
            "<main>",
            _section("months", "Articles per month", month_chart, _numbers(("month", "articles"), month_rows)),
            _section(
                "documents",
                "Most cited documents (articles citing each)",
                document_chart,
                _numbers(("document", "kind", "issuer", "articles"), document_rows),
            ),
            _section(
                "officials",
                "Officials and their titles over time (articles per month)",
                official_chart,
                _numbers(("official", "title", "months", "articles"), official_rows),
            ),
            _section(
                "organizations",
                "Organisations (articles naming each)",
                organization_chart,
                _numbers(("organisation", "articles", "mentions"), organization_rows),
            ),
            "</main>",
        ]
    )
    return page(f"vnreport stats: {name}", body, style=asset("stats.css"))
