"""`analyze --format html`: one page, an article per input, each entity marked where it stands.

Per article, in order: the title and source; the summary card (the official document when the text is
one, the event, key facts, documents cited, tasks, highlights, warnings — the same blocks as the
terminal and Markdown views, from render/sections.py); the officials table; the text with its marks
beside a side panel; the other entity tables, folded. A sticky legend at the top names the kinds and
hides any of them (CSS alone); the panel needs the page's one inline script.
"""

from __future__ import annotations

from dataclasses import dataclass

from vnreport.pages import is_url
from vnreport.render.html import escape
from vnreport.render.html.document import asset, page
from vnreport.render.html.entities import KIND_LABELS, Entity, collect
from vnreport.render.html.marks import KINDS, Close, Mark, Open, marked_pieces
from vnreport.render.sections import Block, FieldList, ItemList, SectionTable, report_blocks, source_line, year_hint
from vnreport.report.model import Report


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    message: str


def _h(value: str) -> str:
    return escape.text(value)


def _a(value: str) -> str:
    return escape.attribute(value)


# --- blocks (the summary card and the tables) ------------------------------------------------------

_NUMERIC = frozenset({"Mentions", "Value", "Articles"})
_NOWRAP = frozenset({"Date", "Kind", "Verb", "Role", "Value", "Mentions", "Level"})


def _wrap(block: Block, inner: str) -> str:
    return f'<div class="block" data-block="{_a(block.key)}">{inner}</div>'


_NONE = '<p class="none">none found</p>'


def _block(block: Block) -> str:
    if isinstance(block, FieldList):
        heading = f"<h4>{_h(block.title)}</h4>"
        if not block.fields:
            return _wrap(block, heading + _NONE)
        # A field without a label is the block's whole content (an official document's brief): a paragraph.
        prose = "".join(f"<p>{_h(line)}</p>" for label, lines in block.fields if not label for line in lines)
        rows = "".join(
            f"<dt>{_h(label)}</dt><dd>{'<br>'.join(_h(line) for line in lines)}</dd>"
            for label, lines in block.fields
            if label
        )
        return _wrap(block, heading + prose + (f'<dl class="fields">{rows}</dl>' if rows else ""))
    if isinstance(block, ItemList):
        heading = f"<h4>{_h(block.title)} ({len(block.items)})</h4>"
        if not block.items:
            return _wrap(block, heading + _NONE)
        tag = "ol" if block.numbered else "ul"
        extra = " warnings" if block.key == "summary.warnings" else ""
        items = "".join(f"<li>{_h(item)}</li>" for item in block.items)
        return _wrap(block, f'{heading}<{tag} class="items{extra}">{items}</{tag}>')
    return _table(block)


def _cell(tag: str, value: str, style: str) -> str:
    return f'<{tag} class="{style}">{_h(value)}</{tag}>' if style else f"<{tag}>{_h(value)}</{tag}>"


def _table(table: SectionTable) -> str:
    if not table.rows:
        return _wrap(table, f'<p class="none">{_h(table.title)}: none found</p>')
    caption = f"<caption>{_h(table.title)} ({len(table.rows)})</caption>"
    styles = [" ".join(c for c, on in (("num", h in _NUMERIC), ("nowrap", h in _NOWRAP)) if on) for h in table.headers]
    head = "".join(_cell("th", h, style) for h, style in zip(table.headers, styles, strict=True))
    body = "".join(
        "<tr>" + "".join(_cell("td", c, style) for c, style in zip(row, styles, strict=True)) + "</tr>"
        for row in table.rows
    )
    note = f'<p class="note">{_h(table.note)}</p>' if table.note else ""
    return _wrap(table, f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}")


# --- the marked text ---------------------------------------------------------------------------------


def _open_tag(mark: Mark, entity: Entity) -> str:
    span = mark.span
    classes = f"m k-{span.kind}" + (f" {span.role}" if span.role else "")
    crossing = f' data-x="{" ".join(str(s.entity) for s in mark.crossing)}"' if mark.crossing else ""
    tip = entity.tooltip()
    if span.role == "title":
        tip = f"title of {tip}"
    if mark.crossing:
        tip += " · overlaps " + ", ".join(f"{s.kind} {s.start}–{s.end}" for s in mark.crossing)
    return (
        f'<mark class="{classes}" data-id="{span.entity}" data-start="{span.start}" data-end="{span.end}"'
        f'{crossing} title="{_a(tip)}">'
    )


def marked_text(text: str, report: Report) -> tuple[str, list[Entity]]:
    """The text as HTML with every entity mention marked, and the entities the marks point to."""
    entities, spans = collect(report)
    parts: list[str | Mark] = []
    for piece in marked_pieces(text, spans):
        if isinstance(piece, Open):
            parts.append(piece.mark)  # its tag is written at the end: crossing spans are known only then
        elif isinstance(piece, Close):
            parts.append("</mark>")
        else:
            parts.append(_h(piece))
    html = "".join(_open_tag(p, entities[p.span.entity]) if isinstance(p, Mark) else p for p in parts)
    return html, entities


# --- an article and the page -------------------------------------------------------------------------


def _source(report: Report) -> str:
    line = _h(source_line(report))
    path = report.source.path or ""
    if is_url(path):  # the article's address: a link to leave by, never a resource the page loads
        line += f' · <a href="{_a(path)}" rel="noopener noreferrer">original page</a>'
    if report.source.published:
        line += f" · published {_h(report.source.published)}"
    return line


# Parts that run long (whole sentences, every document cited, a law's articles): folded under the overview
# so that the text starts on the first screen; one click opens each.
_FOLDED = ("summary.highlights", "summary.tasks", "summary.documents", "document.structure")


def _folded(block: Block) -> str:
    count = len(block.items) if isinstance(block, ItemList) else len(getattr(block, "rows", ()))
    return f"<details><summary>{_h(block.title)} ({count})</summary>{_block(block)}</details>"


def article_html(number: int, report: Report, text: str, *, only: frozenset[str] | None) -> str:
    """One article: the header, the summary card (the event, key facts and warnings beside the officials
    table; highlights, tasks and documents cited folded below), the marked text beside its panel, and the
    other entity tables folded at the end."""
    blocks = report_blocks(report, only, lead_officials=True)
    overview = [b for b in blocks if b.key == "document" or (b.key.startswith("summary.") and b.key not in _FOLDED)]
    officials = [b for b in blocks if b.key == "officials"]
    folded = [b for b in blocks if b.key in _FOLDED]
    rest = [b for b in blocks if b not in overview and b not in officials and b not in folded]
    marked, entities = marked_text(text, report)
    hint = year_hint(report)
    parts = [
        f'<article class="report" id="a{number}">',
        f"<header><h2>{_h(report.title or report.source.path or '(no title)')}</h2>",
        f'<p class="source">{_source(report)}</p>',
        f'<p class="hint">{_h(hint)}</p>' if hint else "",
        "</header>",
    ]
    if overview or officials or folded:
        parts.append('<section class="card summary"><h3>Summary</h3><div class="overview">')
        parts.append('<div class="column">' + "".join(_block(b) for b in overview) + "</div>" if overview else "")
        parts.append('<div class="column">' + "".join(_block(b) for b in officials) + "</div>" if officials else "")
        parts.append("</div>" + "".join(_folded(b) for b in folded) + "</section>")
    parts += [
        '<div class="reader">',
        f'<div class="text" lang="vi">{marked}</div>',
        '<aside class="panel" aria-live="polite"><p class="none">Hover over a marked word to see what it was read '
        "as; click to pin it.</p></aside>",
        "</div>",
    ]
    if rest:
        parts.append('<details class="tables"><summary>Entity tables</summary>' + "".join(_block(b) for b in rest))
        parts.append("</details>")
    data = escape.script_json([e.to_json() for e in entities])
    parts.append(f'<script type="application/json" class="entities">{data}</script>')
    parts.append("</article>")
    return "\n".join(part for part in parts if part)


def _legend() -> str:
    boxes = "".join(
        f'<label><input type="checkbox" id="show-{kind}" checked>'
        f'<span class="swatch k-{kind}">{_h(KIND_LABELS[kind][1])}</span> '
        f'<span class="n" data-kind="{kind}"></span></label>'
        for kind in KINDS
    )
    return f'<fieldset class="legend"><legend>Show</legend>{boxes}</fieldset>'


def report_page(articles: list[str], titles: list[str], failures: list[Failure]) -> str:
    """The page around the articles (`article_html` each), with contents when there are several, and the
    inputs that could not be read."""
    count = f"{len(articles)} article" + ("s" if len(articles) != 1 else "")
    if failures:
        count += f" · {len(failures)} input(s) could not be read"
    body = [
        '<header class="page"><h1>vnreport</h1>',
        f'<span class="count">{_h(count)}</span>',
        _legend(),
        "</header>",
    ]
    if len(articles) > 1:
        links = "".join(f'<li><a href="#a{k}">{_h(title)}</a></li>' for k, title in enumerate(titles, 1))
        body.append(f'<nav class="toc"><ol>{links}</ol></nav>')
    if failures:
        items = "".join(f"<li><code>{_h(f.path)}</code>: {_h(f.message)}</li>" for f in failures)
        body.append(f'<section class="failures"><h2>Could not be read</h2><ul>{items}</ul></section>')
    body.append("<main>")
    body.extend(articles)
    body.append("</main>")
    body.append('<footer class="page">vnreport · the JSON report (--format json) has every field</footer>')
    kinds = escape.script_json({kind: KIND_LABELS[kind][0] for kind in KINDS})
    head = f'<script type="application/json" id="kinds">{kinds}</script>\n'
    title = titles[0] if len(titles) == 1 else f"vnreport: {count}"
    return page(title, "\n".join(body), style=asset("report.css"), script=asset("report.js"), head=head)
