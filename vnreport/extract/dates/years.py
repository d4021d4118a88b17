"""The year of a date written without one, and the article's own year."""

from __future__ import annotations

from vnreport.extract.dates.cores import Found, window
from vnreport.extract.dates.lexicon import patterns

_LEAD = 500  # characters: title and lead, where the article's own time is stated


_ANCHOR_REACH = 300  # characters: an earlier full date lends its year only to dates this close


def _reads_as_other_time(view: str, f: Found) -> bool:
    """A horizon, comparison, anniversary, birth or law name (`đến năm 2030`, `cùng kỳ năm 2023`, `(1954`)."""
    return view[f.start - 1 : f.start] == "(" or bool(patterns().vote_skip.search(view, window(f.start, 40), f.start))


def _vote_weight(view: str, f: Found) -> float:
    """How much a mention says about the publication year; the lead (first `_LEAD` characters) counts more."""
    if not f.explicit or f.year_range or f.doc_date or f.horizon or f.cue == "year-chain":
        return 0.0
    if f.lo[0] is None or not 1900 <= f.lo[0] <= 2100:
        return 0.0
    if f.partial_year:
        weight = 3.0
    elif f.precision == "interval" or _reads_as_other_time(view, f):
        return 0.0
    else:
        weight = 1.0 if f.precision == "year" or f.fuzzy else 2.0
    return weight * 1.5 if f.start < _LEAD else weight


def article_year_from(view: str, found: list[Found]) -> int | None:
    votes: dict[int, float] = {}
    for f in found:
        weight = _vote_weight(view, f)
        if weight and f.lo[0] is not None:
            votes[f.lo[0]] = votes.get(f.lo[0], 0.0) + weight
    if not votes:
        return None
    return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _anchor_year(found: list[Found], index: int, view: str) -> int | None:
    """The year of the nearest earlier full date (day or month, not a document's date) within reach."""
    here = found[index].start
    for f in reversed(found[:index]):
        if here - f.end > _ANCHOR_REACH:
            return None
        if f.explicit and f.precision in ("day", "month") and not f.doc_date and "\n" not in view[f.end : here]:
            return f.lo[0]
    return None


def _is_future(view: str, f: Found) -> bool:
    """`vào tháng 9 tới`, `dự kiến ngày 5/10`: the event is ahead of the article, whatever was dated before."""
    p = patterns()
    return bool(p.future_after.match(view, f.end) or p.future_before.search(view, window(f.start, 80), f.start))


def inferred_year(found: list[Found], index: int, view: str, article: int | None) -> int | None:
    f = found[index]
    if f.rel is not None:
        return article + f.rel if article is not None else None
    if _is_future(view, f):
        return article
    return _anchor_year(found, index, view) or article
