"""The year of a date written without one (samples/gold/README.md, "The year of a partial date").

The year comes only from evidence, in this order:

1. `given`: the caller's year (`--year`, a saved page's date);
2. `dateline`: the page's own publication date (`Đăng ngày 12 - 03 - 2024`, `09:37 10/07/2025` on a line of
   its own, a document's `Hà Nội, ngày 31 tháng 7 năm 2025`); the partial date is placed in the months
   around it;
3. `same_day`: a full date of the same happening (`Sáng 13/1` beside `ngày 13/1/2025`);
4. `present`: a year the text names as the present (`nhiệm vụ năm 2017`, `Từ đầu năm 2025 đến nay` opening its
   sentence, a plan
   of it adjusted `điều chỉnh kế hoạch … năm 2017`, a
   period reported on `6 tháng đầu năm 2024`; in the title and lead also `Đầu năm 2017`, `Xuân Đinh Dậu
   2017`; a year planned after one reported as past: `Năm 2016, quận đã …` … `năm 2017 … sẽ …`, or with no
   later year reported and no full date of another year: `Năm 2017, sở sẽ tập trung …`; a spring named by its
   cycle alone, `đầu Xuân Đinh Dậu`, placed by a year the text writes);
5. the latest full date of the story: `past_date` when the text reports it as past (a decision the story
   carries out, an earlier step of the case), the partial date placed in the twelve months that follow
   it; `future_date` when it is a deadline or effective date (`trước ngày 10/02/2017`, `có hiệu lực từ
   ngày 1/7/2025`), the partial date placed in the twelve months before it. A date within two months on
   the other side stays in the anchor's year (`1/7` beside `(3/7/1957-3/7/2017)`). A start `từ ngày
   1/7/2025` is read by its sentence: past when told as begun (`Kể từ ngày 1/7/2025, xã đã …`, `Sau 3
   tháng vận hành từ ngày …`, `từ ngày … đến nay`), ahead when told as to come (`sẽ`, `áp dụng`), and
   when told neither way the partial date is put nearest to it. A month told as planned (`sẽ tổ chức … vào
   tháng 9/2017`) is neither past nor a deadline: it places nothing; a schedule listed after a colon that its
   sentence plans (`đề nghị thanh toán theo lộ trình: Cuối tháng 6-2017 …`) is read as a deadline. A date in a
   clause opened by `kể từ khi` starts a span up to now, like `từ tháng 4/2014`: it places nothing.

A year-end conference that reviews one year and sets the tasks of the next (`tổng kết năm 2025, triển
khai nhiệm vụ năm 2026`) is held, from October on, in the year it reviews.

A Tết named by its cycle and told as past (`dịp Tết Đinh Dậu`) places a partial date nearest to it, when
no later full date does.

Dates of other stories fix nothing: a biography and the career lines after it, a birth date, the founding
date of an anniversary celebrated (`được thành lập … (27/6/1977)`), the basis of
a comparison, the cut-off of a statistic (`tính đến ngày 30/11/2016`: past, but no step of the story; a
partial date an older anchor would put before it stays unknown), quoted speech, a document cited deep in
the body. A year so placed that falls before a year the text reports as past (`năm 2016`), or a deadline
years ahead of it, is dropped. Terms (`nhiệm kỳ 2025-2030`) and bare years (`Năm 2016`) are no full
dates. With no evidence the year stays unknown (`XXXX`), never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal, NamedTuple

from vnreport import regexes
from vnreport.extract.dates.cores import Found, Point, window
from vnreport.extract.dates.lexicon import patterns, tet_dates, year_cues
from vnreport.report.model import DateMention, DocumentRef, Paragraph, Sentence
from vnreport.spans import covers

YearSource = Literal["given", "dateline", "same_day", "present", "past_date", "future_date", "relative"]
ArticleYearSource = Literal["given", "dateline", "text", "lead_date", "none"]
# why a partial date's year stays unknown: no article year for `năm ngoái`, no day or month to place (`hôm qua`
# is the article's day), no evidence at all, or an anchor set aside (a later cut-off, a later year the text
# reports as past, a deadline far past the years the text tells)
UnknownWhy = Literal["no_article_year", "no_day", "no_evidence", "cutoff", "older_anchor", "far_horizon"]

_DATELINE_PARAGRAPHS = 8  # the page's date is written in its head
_DATELINE_REACH = 700  # characters
_DATELINE_LINE = 70  # a line this short that holds a full date and a clock time is a dateline
_CAREER_REACH = 3  # sentences after a biography that may still tell the career
_LEAD_PARAGRAPHS = 3
_DATELINE_AHEAD = 2.0  # months: a partial date further after the dateline is of the year before
_PRESENT_REACH = 700  # characters
_TARGET_REACH = 60  # characters: a target verb this close before `trong năm 2017`
_DOCUMENT_REACH = 1000  # characters: a document dated in the opening is the object of the story
_EFFECT_REACH = 100  # characters: the appointment (`giữ chức vụ …`) before the day it takes effect
_REVIEW_MONTH = 10  # a review of a year with the tasks of the next is held from October on
_ORIGIN_REACH = 100  # characters: a founding told this far before its date
_SINCE_REACH = 100  # characters: the words either side of `từ ngày …` that tell whether the start is past
_NEAR = 2.0  # months: a partial date this close to the anchor, on the other side, is of the anchor's year
_CARRIED_REACH = 120  # characters: `tổ chức thực hiện Chỉ thị số 15-CT/TU ngày 16/12/2016` (the cue before the kind)


Day = tuple[int, int, int]  # year, month, day (day 1 for a month)


@dataclass(slots=True)
class YearEvidence:
    """What the text says about the year, gathered once per document."""

    given: int | None = None
    dateline: Day | None = None
    present: int | None = None
    reviewed: int | None = None  # `công tác năm 2016, triển khai công tác năm 2017`: the year reviewed
    anchor: Day | None = None  # the latest full date of the story: reported as past, or a deadline
    anchor_ahead: bool = False  # the anchor is a deadline or an effective date
    anchor_open: bool = False  # the anchor starts a state the text tells neither as past nor ahead
    anchor_due: bool = False  # the anchor is a day the story sets as a deadline (`trước ngày 15/8/2017`)
    cutoff: Day | None = None  # the latest cut-off of a statistic (`tính đến ngày 30/11/2016`): no anchor
    # the latest span ahead whose start writes its year (`từ 1/12/2018 đến 28/2/2019`): (start, end), one stretch
    window: tuple[Day, Day] | None = None
    latest_past: int = 0  # the latest year the text reports as past, in any form (`năm 2016` too)
    latest_past_month: int = 12  # the last month of it that the text reports (`quý đầu năm 2017` → 3)
    latest_sure: int = 0  # the same, a bare year only when its clause tells it past (not `… vào năm 2018`)
    latest_told: int = 0  # the same, documents' own dates left out (`Quyết định … ngày 10/5/2007` is cited)
    latest_dated: int = 0  # the same, of a day or a month only, documents' own dates left out
    named_year: int = 0  # the latest year the text writes (for a sexagenary Tết: its cycle is 60 years)
    school_year: int | None = None  # the first year of a school year named as the present (`năm học 2016-2017`)
    tet: Day | None = None  # a Tết the text names by its sexagenary year (`dịp Tết Đinh Dậu`), as past
    same_day: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) → year
    same_month: dict[int, int] = field(default_factory=dict)  # month → year (month-precise dates)
    other_story: set[int] = field(default_factory=set)  # starts of the dates of other stories
    # the years of the story each sentence writes, by the sentence's start: [(position, year)], -1 for a
    # year compared with or counted from (`so với năm 2016`) or a span of years
    sentence_years: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)

    def article_year(self) -> tuple[int | None, ArticleYearSource]:
        """The year of the article itself and where it comes from (for `Report.year`)."""
        if self.given is not None:
            return self.given, "given"
        if self.dateline is not None:
            return self.dateline[0], "dateline"
        if self.present is not None:
            return self.present, "text"
        return None, "none"


def _day(point: Point) -> Day | None:
    if point[0] is None or point[1] is None:
        return None
    return (point[0], point[1], point[2] or 1)


# --- gathering the evidence ---------------------------------------------------------------------------


def gather(view: str, found: list[Found], paragraphs: list[Paragraph], given: int | None) -> YearEvidence:
    evidence = YearEvidence(given=given)
    sentences = [s for p in paragraphs for s in p.sentences]
    members = [part for f in found for part in (f.parts or (f,))]  # a span's two ends count as two dates
    periods = {id(part) for f in found if f.parts for part in f.parts if part.precision != "day"}
    # the end of a span whose start writes its own year (`(từ 24/4/2017 đến 24/4/2018)`): one stretch, anchored by
    # its start (not `từ ngày 10/6 đến ngày 25/6/2018`, whose start borrows the end's year)
    span_ends = {
        id(f.parts[-1]): f.parts[0]
        for f in found
        if f.parts and len(f.parts) > 1 and _WRITTEN_YEAR.search(view, f.parts[0].start, f.parts[0].end)
    }
    evidence.other_story = _biography_dates(view, members, sentences) | _quoted(view, members, paragraphs)
    evidence.other_story |= _origins(view, members)
    evidence.dateline = _dateline(view, found, paragraphs)
    lead_end = _lead_end(view, paragraphs)
    present_at, evidence.present = _present_year(view, found, lead_end) or (None, None)
    present_from_lead = present_at is not None and present_at == _lead_cue_at(view, lead_end)
    if evidence.present is not None and _names_next(view, evidence.present):
        evidence.reviewed, evidence.present = evidence.present, evidence.present + 1
    elif evidence.present is not None and _plans_year(view, evidence.present):
        evidence.reviewed = evidence.present - 1  # `tổng kết năm 2025, triển khai nhiệm vụ năm 2026` in December
    elif evidence.present is None and (review := year_cues().review.search(view)) is not None:
        evidence.reviewed = int(review.group("y"))  # `kiểm điểm … năm 2016`: a year-end review of it
        evidence.present = evidence.reviewed + 1
    latest_past, latest_month = 0, 12
    acted: dict[int, bool] = {}  # per sentence: does it say the story acts on its documents
    latest_dated = 0  # the latest year of a day or a month reported as past (a bare year is less sure)
    starts = [s.start for s in sentences]
    plans = _planned_years(view)
    for f in members:
        if f.explicit and not f.horizon and f.lo[0] is not None:
            evidence.named_year = max(evidence.named_year, f.lo[0])
        if not f.explicit or f.start in evidence.other_story or _not_of_story(view, f) or f.start in plans:
            continue
        ahead = _is_ahead(view, f)
        reading = _since_reading(view, f, sentences, starts)
        if reading == "past":
            ahead = False  # `Kể từ ngày 1/7/2025, xã đã đi vào hoạt động`: a start told as past
        record = _is_record_since(view, f)
        ahead = ahead and not record  # `mức cao nhất kể từ ngày 9/11/2016`: a record's basis is past
        scheduled = _scheduled(view, f, sentences, starts) if f.precision == "month" else None
        planned = scheduled == "planned"
        ahead = ahead or scheduled is not None
        if not (ahead or f.horizon or f.year_range or f.partial_year) and f.lo[0] is not None:
            end = (f.lo[0], _last_month(f))
            latest_past, latest_month = max((latest_past, latest_month), end)
            if f.precision != "year" or _opens_clause(view, f.start) or _clause_told_past(view, f):
                evidence.latest_sure = max(evidence.latest_sure, f.lo[0])
            if not f.doc_date:
                evidence.latest_told = max(evidence.latest_told, f.lo[0])
            if f.precision in ("day", "month") and not f.doc_date:
                latest_dated = max(latest_dated, f.lo[0])
        if f.precision not in ("day", "month", "interval") or f.lo[1] is None or f.partial_year or id(f) in periods:
            continue  # a span of months (`từ tháng 9/2014 tới tháng 12/2016`) is a period, not a happening
        lo, hi = _day(f.lo), _day(f.hi) if f.hi is not None else None
        if lo is None or (hi is not None and f.lo[2] is None):
            continue  # `tháng 3-5/2017`: a span of months fixes nothing
        if f.precision == "day":
            _agree(evidence.same_day, (lo[1], lo[2]), lo[0])
        elif f.precision == "month":
            _agree(evidence.same_month, lo[1], lo[0])
        if record:
            continue  # a record's basis (`… cao nhất kể từ ngày 9/11/2016`) is compared with, no step of the story
        if planned:
            continue  # `Hội nghị … sẽ được tổ chức vào tháng 11/2017`: a month planned is neither past nor a deadline
        if not ahead and reading is None and (_is_since(view, f) or _since_clause(view, f)):
            continue  # `từ tháng 4/2014` (đến nay): a span up to the present starts there, the present is later
        if f.doc_date and f.start > _DOCUMENT_REACH and not _acted_on(view, f, sentences, starts, acted):
            continue  # a document cited deep in the body is as often an old regulation as the story's own
        if _is_cutoff(view, f):
            # `tính đến ngày 30/4/2024, toàn tỉnh có …`: a count's cut-off, not a step of the story
            evidence.cutoff = max(evidence.cutoff or lo, lo)
            continue
        if ahead and id(f) in span_ends:
            # a span's end ahead is no deadline of the story: the span is a window placing the partial days
            start = _day(span_ends[id(f)].lo)
            if start is not None and start <= lo and (evidence.window is None or lo > evidence.window[1]):
                evidence.window = (start, lo)
            continue
        anchor = lo if ahead else (hi or lo)
        if evidence.anchor is None or anchor > evidence.anchor:
            evidence.anchor, evidence.anchor_ahead = anchor, ahead and reading != "open"
            evidence.anchor_open = reading == "open"
            evidence.anchor_due = ahead and (_is_due(view, f) or scheduled == "listed")  # a schedule's month is due
    _days_beside(members, evidence)
    evidence.latest_past, evidence.latest_past_month = latest_past, latest_month
    evidence.latest_dated = latest_dated
    if present_from_lead and evidence.reviewed is None and latest_dated > (evidence.present or 0):
        # `… sát hại … vào đầu năm 2015` in a lead that reports `cuối tháng 6-2017` as past: a year the lead
        # names (`đầu năm`) before a month or day already past is a past one, not the present
        evidence.present = None
    evidence.tet = _named_tet(view, found, evidence)
    evidence.school_year = _school_year(view)
    evidence.sentence_years = _sentence_years(view, members, sentences, evidence.other_story)
    evidence.sentence_starts = starts
    if evidence.present is None:
        evidence.present = _reviewed_half_year(view, found, evidence)
    if evidence.present is None and latest_past and latest_past + 1 in plans.values():
        # `Năm 2016, quận đã …` … `Làm sao năm 2017, tội phạm … giảm`: a year reported, the next one planned
        evidence.reviewed, evidence.present = latest_past, latest_past + 1
    if evidence.present is None:
        evidence.present = _planned_present(view, found, plans, evidence)
    if evidence.present is None:
        evidence.present = _spring_present(view, found, evidence)
    return evidence


_SPRING = regexes.compile(r"xuân(?!\w)", re.IGNORECASE)


def _spring_present(view: str, found: list[Found], evidence: YearEvidence) -> int | None:
    """`phiên giao dịch … đầu Xuân Đinh Dậu`: a lunar year's spring named by its cycle alone names the present as
    `Xuân Đinh Dậu 2017` does (samples/gold/README.md, round 15), once a year the text writes places the cycle
    (the one of that name in or beside that year: 2017 for a text that writes 2017); not one before a year the
    text reports as past (`xuân Bính Thân` recalled in a text of 2017)."""
    reference = (evidence.anchor[0] if evidence.anchor else 0) or evidence.latest_past or evidence.named_year
    if not reference:
        return None
    for f in found:
        if f.cycle is None or f.tet is not None or f.explicit or not _SPRING.match(view, f.start):
            continue
        year = cycle_year(reference, f.cycle)
        if abs(year - reference) <= 1 and year >= evidence.latest_past:
            return year
    return None


def _planned_present(view: str, found: list[Found], plans: dict[int, int], evidence: YearEvidence) -> int | None:
    """`năm 2017, Bộ … sẽ tập trung …`, `làm sao năm 2017, tội phạm … giảm`: the year the text plans or sets a
    target for, with no year reported as past but the one before it, is the present (a plan of `nhiệm vụ năm
    2017`'s kind) — the earliest such year, when no later year is reported as past, no full date of the story
    lies in another year, and the story is no year-end one that plans the next year (`_plans_next_year`). A year
    the text also writes as a horizon (`đến năm 2030 dừng hoạt động xe máy` … `Năm 2030 sẽ có …`) is one ahead,
    not the present."""
    if not plans:
        return None
    year = min(plans.values())
    if year < evidence.latest_sure or _plans_next_year(view, found):
        return None
    if evidence.latest_sure and evidence.latest_sure < year - 1:
        return None  # `Năm 2012, sở đã kiểm tra … Năm 2020, sở sẽ …`: years apart from the past told, a horizon
    if evidence.anchor is not None and evidence.anchor[0] != year:
        return None
    future = year_cues().future_before
    for f in found:
        if f.explicit and f.lo[0] == year and future.search(view, window(f.start, 30), f.start):
            return None
    return year


_SCHOOL_START = 9  # a school year opens in September
# the words before a year that make it a year compared with or counted from, not the sentence's own
_COMPARED_BEFORE = regexes.compile(
    r"(?<!\w)(?:so[^\S\n]+với|cùng[^\S\n]+kỳ|kể[^\S\n]+từ|từ|sau|trước|đến|tới)"
    r"(?:[^\S\n]+(?:cuối|đầu|hết|cả|các|những))?[^\S\n]*\Z",
    re.IGNORECASE,
)


def _sentence_years(
    view: str, found: list[Found], sentences: list[Sentence], other_story: set[int]
) -> dict[int, list[tuple[int, int]]]:
    """The years of the story each sentence writes (see `YearEvidence.sentence_years`)."""
    years: dict[int, list[tuple[int, int]]] = {}
    starts = [s.start for s in sentences]
    for f in found:
        if not f.explicit or f.lo[0] is None or f.horizon or f.start in other_story:
            continue
        k = bisect_right(starts, f.start) - 1
        if k < 0 or f.start >= sentences[k].end:
            continue
        compared = _COMPARED_BEFORE.search(view, window(f.start, 30), f.start) is not None
        spans = f.hi is not None and f.hi[0] != f.lo[0]
        years.setdefault(starts[k], []).append((f.start, -1 if compared or spans else f.lo[0]))
    return years


_YEAR_REACH = 200  # characters between a partial year and the year its sentence writes
_STOP = regexes.compile(r"[.;!?][^\S\n]")  # a sentence the splitter left joined (`… HĐND TP. Theo …`)


def _sentence_year(view: str, f: Found, evidence: YearEvidence) -> int | None:
    """`hội nghị … năm 2017, sơ kết … sáu tháng đầu năm và … sáu tháng cuối năm`: the one year of the story
    written near `f` in its sentence (none compared with: `so với năm 2016`), or None."""
    k = bisect_right(evidence.sentence_starts, f.start) - 1
    if k < 0:
        return None
    near = set()
    for pos, year in evidence.sentence_years.get(evidence.sentence_starts[k], []):
        lo, hi = min(pos, f.start), max(pos, f.end)
        if hi - lo <= _YEAR_REACH and _STOP.search(view, lo, hi) is None:
            near.add(year)
    return near.pop() if len(near) == 1 and -1 not in near else None


def _reviewed_half_year(view: str, found: list[Found], evidence: YearEvidence) -> int | None:
    """`hội nghị … năm 2017, sơ kết công tác sáu tháng đầu năm`: the first months of a year reported on, whose
    year only its sentence writes, name that year as the present (as `6 tháng đầu năm 2017` does)."""
    for f in found:
        first_months = f.partial_year and f.rel is None and f.lo[1] == 1
        if not first_months or f.explicit or f.start in evidence.other_story or _is_ahead(view, f):
            continue
        year = _sentence_year(view, f, evidence)
        if year is not None:
            return year
    return None


def _school_year(view: str) -> int | None:
    """The first year of the first school year the text names as the present (`thực hiện kế hoạch năm học
    2016-2017`, `tổng kết năm học 2016-2017`)."""
    for m in year_cues().school_year.finditer(view):
        y, y2 = int(m.group("y")), m.group("y2")
        if (y // 100 * 100 + int(y2) if len(y2) == 2 else int(y2)) == y + 1:
            return y
    return None


def cycle_year(reference: int, cycle: int) -> int:
    """The year of a sexagenary name (`Đinh Dậu`: cycle 33) nearest to `reference`."""
    base = reference - (reference - 4 - cycle) % 60  # the cycle's year at or before the reference
    return base + 60 if reference - base > 30 else base


def _named_tet(view: str, found: list[Found], evidence: YearEvidence) -> Day | None:
    """The first day of the first Tết named by its sexagenary year that the text tells as past (`dịp Tết
    Đinh Dậu, ngành … phải triển khai …`): a full date of the story, whatever year the text also writes."""
    if not evidence.named_year:
        return None
    for f in found:
        if f.cycle is None or f.explicit or f.tet != 0 or f.start in evidence.other_story or _is_ahead(view, f):
            continue
        first = tet_dates().get(cycle_year(evidence.named_year, f.cycle))
        return (first.year, first.month, first.day) if first else None
    return None


def _nearest(day: Day, md: tuple[int, int]) -> int:
    """The year that puts (month, day) nearest to `day` (`8/2` after Tết 28/1/2017, `20/12` before it)."""
    gap = _gap(day, md)
    return day[0] + (1 if gap < -6 else -1 if gap > 6 else 0)


def _planned_years(view: str) -> dict[int, int]:
    """Where `năm` of a year the text plans or sets a target for starts → that year (`Năm 2017, thành phố
    sẽ khởi công …`, `Làm sao năm 2017, …`; a quarter's start for `Cuối quý I-2017, các ý kiến … sẽ …`)."""
    out: dict[int, int] = {}
    for m in year_cues().plan.finditer(view):
        nam = next(name for name in ("nam", "nam2", "nam3") if m.group(name) is not None)
        if nam == "nam3" and year_cues().plan_quarter_not_before.search(view, window(m.start(nam), 20), m.start(nam)):
            continue  # `Dự kiến, quý II/2018 dự án sẽ …`: a forecast, a horizon
        out[m.start(nam)] = int(m.group("y") or m.group("y2") or m.group("y3"))
    return out


def _last_month(f: Found) -> int:
    """The last month a past mention reports (a quarter's third, a month; 12 for a year)."""
    if f.quarter:
        return 3 * f.quarter
    if f.hi is not None and f.hi[0] == f.lo[0] and f.hi[1] is not None:
        return f.hi[1]
    return f.lo[1] or 12


def _sentence_of(starts: list[int], at: int) -> int:
    return bisect_right(starts, at) - 1


def _since_reading(
    view: str, f: Found, sentences: list[Sentence], starts: list[int]
) -> Literal["ahead", "past", "open"] | None:
    """How the text tells a state that starts on a day (`từ ngày 1/7/2025`, `kể từ ngày …`): `past` when
    it runs up to now (`từ ngày 1/7/2025 đến nay`, also from a month) or its sentence says it has begun
    (`đã`, `đi vào hoạt động`, `Sau 3 tháng vận hành`, `thành lập`), `ahead` when it says it is to come
    (`sẽ`, `áp dụng`), `open` when it says neither; None for a date that is no such start (a deadline
    `trước ngày …`, an effective date `có hiệu lực từ ngày …`, the start of a range `từ ngày … đến ngày …`)."""
    cues = year_cues()
    lo = window(f.start, 30)
    if not cues.future_day_before.search(view, lo, f.start):
        return None
    if cues.until.match(view, f.end):
        return "past" if cues.until_now.match(view, f.end) else None
    k = _sentence_of(starts, f.start)
    if (
        f.lo[2] is None
        or k < 0
        or cues.future_before.search(view, lo, f.start)
        or patterns().future_before.search(view, window(f.start, 80), f.start)
    ):
        return None
    sentence = sentences[k]
    a, b = max(sentence.start, window(f.start, _SINCE_REACH)), min(sentence.end, f.end + _SINCE_REACH)
    if cues.since_ahead.search(view, a, b):
        return "ahead"
    return "past" if cues.since_past.search(view, a, b) else "open"


_SCHEDULED_REACH = 250  # characters of its sentence before a month that may hold the cue of its plan
_CLAUSE_STOP = regexes.compile(r"[,;:()“”\"\n.!?]")


def _scheduled(
    view: str, f: Found, sentences: list[Sentence], starts: list[int]
) -> Literal["planned", "listed"] | None:
    """The clause of a month with its year tells it as planned (`… sẽ tổ chức Đối thoại … vào tháng 9/2017`,
    `… để trình Hội nghị Trung ương 6 vào tháng 10-2017`): `planned`, not a step of the story reported as past —
    unless told as begun or past after the cue (`sẽ … đình trệ từ tháng 4/2014`, `để … đã tạm cấp … tháng 1`).
    In the 2017 news corpus it fires 85 times, 29 of 30 read right. A month in a list after a colon whose sentence
    plans it before the colon (`… sẽ là trung tâm của các sự kiện, như: …; Chương trình … vào tháng 6-2017, …`, `đề
    nghị thanh toán theo lộ trình: Cuối tháng 6-2017 thanh toán …`) is `listed`: a schedule the story sets, read as
    a deadline is (the dev10 and dev16 precedents, samples/gold/README.md round 28)."""
    k = _sentence_of(starts, f.start)
    opening = sentences[k].start if k >= 0 else 0
    lo, colon = max(opening, window(f.start, _SCHEDULED_REACH)), None
    for stop in _CLAUSE_STOP.finditer(view, lo, f.start):
        lo = stop.end()
        colon = stop.start() if stop.group() == ":" else None if stop.group() not in ",;" else colon
    cues = [m.end() for m in year_cues().scheduled.finditer(view, lo, f.start)]
    told: Literal["planned", "listed"] = "planned"
    if not cues and colon is not None:
        # `… sẽ là trung tâm của các sự kiện, như: Lễ hội … vào quý I-2017, …; Chương trình … vào tháng 6-2017, …`,
        # `đề nghị thanh toán theo lộ trình: Cuối tháng 6-2017 thanh toán …`: a list after a colon that its sentence
        # plans before the colon is a schedule of the story: its months lie ahead as a deadline's do; not after `để`
        # (`Để làm rõ vụ việc, cơ quan điều tra công bố diễn biến: tháng 8-2016 …` tells a past story)
        cues = [
            m.end()
            for m in year_cues().scheduled_list.finditer(view, max(opening, window(colon, _SCHEDULED_REACH)), colon)
        ]
        told = "listed"
    if cues and year_cues().scheduled_not.search(view, cues[-1], f.start) is None:
        return told
    return None


def _acted_on(view: str, f: Found, sentences: list[Sentence], starts: list[int], acted: dict[int, bool]) -> bool:
    """The sentence of a dated document says the story acts on it (`… cũng được công bố`). `acted` keeps the
    answer per sentence: a sentence of thousands of dated documents is searched once (issue #11)."""
    k = _sentence_of(starts, f.start)
    if k < 0:
        return False
    if k not in acted:
        acted[k] = year_cues().document_object.search(view, sentences[k].start, sentences[k].end) is not None
    return acted[k]


_BESIDE_DAYS = 7  # days: `ngày hôm sau (20/6)` after `Tối 19/6/2014` is that day's year's 20/6


def _days_beside(members: list[Found], evidence: YearEvidence) -> None:
    """`Tối 19/6/2014, … bắt …, ngày hôm sau (20/6), tỉnh ủy họp …`: a day named by its relation to the day told
    just before it (`beside_day`) is of that day's story, so a full day written before it within a week gives it its
    year, as a full date of the same happening does (`same_day`): the year before, of or after that day's, whichever
    lies within the week (`31/12/2014 … ngày hôm sau (1/1)` is of 2015). Two such days that disagree on a year fix
    none (`_agree`), and a full date of the same day written in the text keeps its year. One pass over the dates in
    text order."""
    beside: dict[tuple[int, int], int] = {}
    last: Day | None = None
    for f in sorted(members, key=lambda f: f.start):
        day = _day(f.lo) if f.lo[2] is not None else None
        if f.beside_day and not f.explicit and last is not None and f.lo[1] is not None and f.lo[2] is not None:
            year = _year_beside(last, f.lo[1], f.lo[2])
            if year is not None:
                _agree(beside, (f.lo[1], f.lo[2]), year)
        if f.precision == "day" and f.explicit and day is not None:
            last = day
    for key, year in beside.items():
        if year:
            evidence.same_day.setdefault(key, year)


def _year_beside(last: Day, month: int, day: int) -> int | None:
    """The year of `day`/`month` within `_BESIDE_DAYS` of the full day `last` (the nearest of the year before, of
    or after it), or None."""
    best: tuple[int, int] | None = None
    for year in (last[0] - 1, last[0], last[0] + 1):
        try:
            gap = abs((dt.date(year, month, day) - dt.date(*last)).days)
        except ValueError:  # `29/2` in a year without it
            continue
        if gap <= _BESIDE_DAYS and (best is None or gap < best[0]):
            best = (gap, year)
    return best[1] if best is not None else None


def _agree(table: dict, key: object, year: int) -> None:
    """Keep a year per key only when the text never gives that key another year."""
    if table.get(key, year) != year:
        table[key] = 0
    else:
        table[key] = year


def _dateline(view: str, found: list[Found], paragraphs: list[Paragraph]) -> Day | None:
    """A full day date at the head of the page: after `Đăng ngày`/`Cập nhật`, or alone on a short line
    with a clock time (`09:37 10/07/2025`, `13:33 | 30/06/2025`), or a document's `<Place>, ngày …`."""
    cues = year_cues()
    head = paragraphs[:_DATELINE_PARAGRAPHS]
    for f in found:
        if f.start > _DATELINE_REACH:
            break
        if not f.explicit or f.precision != "day":
            continue
        day = _day(f.lo)
        paragraph = next((p for p in head if p.start <= f.start < p.end), None)
        if day is None or paragraph is None:
            continue
        line_start = max(paragraph.start, view.rfind("\n", 0, f.start) + 1, view.rfind("|", 0, f.start) + 1)
        if cues.dateline_before.search(view, max(line_start, window(f.start, 40)), f.start):
            return day
        line = view[paragraph.start : paragraph.end].strip()
        if len(line) <= _DATELINE_LINE and (cues.clock.search(line) or line == view[f.start : f.end].strip()):
            return day
        if len(line) <= _DATELINE_LINE and _is_byline_stamp(view, line_start, f):
            return day
        if _is_document_dateline(view, line_start, f.start):
            return day
    return None


_BYLINE_STAMP = regexes.compile(r"[^\W\d_][^\W\d_. ]*(?:[ .]+[^\W\d_]+){0,5}\.?[^\S\n]*[-–|•·][^\S\n]*\Z")


def _is_byline_stamp(view: str, line_start: int, f: Found) -> bool:
    """`Thanh Hà - 04/04/2025`, `PV • 4/4/2025`: a reporter's name and the page's date, alone on a line."""
    end = view.find("\n", f.end)
    rest = view[f.end : len(view) if end < 0 else end]
    return not rest.strip() and _BYLINE_STAMP.match(view, line_start, f.start) is not None


_PLACE_COMMA = regexes.compile(r"[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]*,[^\S\n]*\Z")


def _is_document_dateline(view: str, line_start: int, at: int) -> bool:
    """`Hà Nội, ngày 31 tháng 7 năm 2025` opening a line (or a table cell) of a document's header."""
    m = _PLACE_COMMA.match(view, line_start, at)
    return m is not None and view[line_start : line_start + 1].isupper()


def _lead_end(view: str, paragraphs: list[Paragraph]) -> int:
    """Where the title and the lead end: the present is named there; later years are often background."""
    body = [p for p in paragraphs if p.kind == "body"]
    end = body[1].end if len(body) > 1 else len(view)
    return min(end, _PRESENT_REACH)


def _lead_cue_at(view: str, lead_end: int) -> int | None:
    """Where the lead's own cue of the present stands (`Đầu năm 2017`, `Xuân Đinh Dậu 2017`): a weaker cue."""
    for m in year_cues().present_lead.finditer(view, 0, lead_end):
        if all(word[:1].isupper() for word in m.group("names").split()) and not _is_compared(view, m.start()):
            return m.start()
    return None


def _present_year(view: str, found: list[Found], lead_end: int) -> tuple[int, int] | None:
    """The first year the text names as the present: `nhiệm vụ năm 2017`, `Từ đầu năm 2025 đến nay` opening its
    sentence, a target or a plan for it (`phải giảm … trong năm 2017`, `kế hoạch công tác trong năm 2017`), a plan
    of it adjusted (`điều chỉnh Chương trình xây dựng luật, pháp lệnh năm 2017`), a period of the year reported on
    (`6 tháng đầu năm 2024, …`, `những tháng đầu năm 2017`; a quarter in the title and lead: `Kinh tế quý I/2025
    tăng …`), in the lead also `Đầu năm 2017` and `Xuân Đinh Dậu 2017`; else the year an anniversary falls in
    (`(3/7/1957-3/7/2017)`). (Where the cue stands, -1 for the last two, and the year.)"""
    cues = year_cues()
    named: list[tuple[int, int]] = []
    # `Theo cơ quan điều tra, từ đầu năm 2016 đến nay, …`: a span counted up to now, not the present
    counted = [(m.start(), m.end()) for m in cues.present_since.finditer(view) if not _opens_sentence(view, m.start())]
    for pattern, end in ((cues.present, len(view)), (cues.present_since, len(view)), (cues.present_lead, lead_end)):
        for m in pattern.finditer(view, 0, end):
            names = m.group("names").split()
            if covers(counted, m.start()):
                continue  # nor is its `đầu năm 2016` one of the lead's
            if all(word[:1].isupper() for word in names) and not _is_compared(view, m.start()):
                named.append((m.start(), int(m.group("y"))))
                break
    for m in cues.present_adjusted.finditer(view):  # `điều chỉnh Chương trình … năm 2017`: the year under way
        if not _is_compared(view, m.start()):
            named.append((m.start(), int(m.group("y"))))
            break
    for m in cues.in_year.finditer(view):
        target = cues.target_before.search(view, window(m.start(), _TARGET_REACH), m.start())
        if target is not None and _inside_name(view, target.start()):
            target = None  # `Bộ Kế hoạch và Đầu tư cho thấy, trong năm 2016 …`: a ministry's name, no plan
        planned = cues.planned_after.match(view, m.end()) is not None and not _plans_next_year(view, found)
        if target or planned or cues.ongoing_after.match(view, m.end()):
            # `đề nghị trong năm 2017 quận phải giảm …`; `trong năm 2017, hai nước đang tổ chức …` (going on)
            named.append((m.start(), int(m.group("y"))))
            break
    # `Từ những tháng cuối năm 2016 đến nay, …`: any span counted up to now, where a period's year is its start
    since_now = [(m.start(), m.end()) for m in cues.counted_since.finditer(view)]
    recalled = _Recalled(
        [m.start() for m in cues.recalled_now.finditer(view)], [m.start() for m in _BREAK.finditer(view)]
    )
    for f in found:
        # `quý I/2025` in the lead; `những tháng đầu năm 2017` as `6 tháng đầu năm 2017`
        reported = f.partial_year or f.reported or (f.quarter is not None and f.start < lead_end)
        if reported and f.explicit and f.lo[0] is not None and not _is_compared(view, f.start):
            if _is_ahead(view, f) or covers(since_now, f.start) or recalled.after(f.end):
                continue
            named.append((f.start, f.lo[0]))
            break
    held = _held_event_year(view, found)
    if held is not None:
        named.append(held)
    next_named = _named_next_year(view)
    if next_named is not None:
        named.append(next_named)
    if named:
        return min(named)
    for a, b in pairwise(found):
        joined = view[a.end : b.start].strip() in ("-", "–", "đến")
        if joined and a.explicit and b.explicit and a.precision == b.precision == "day" and a.lo[1:] == b.lo[1:]:
            return (-1, b.lo[0]) if a.lo[0] != b.lo[0] and b.lo[0] is not None else None
    event_year = _named_event_this_year(view, found)
    return None if event_year is None else (-1, event_year)


_NEXT_CLAUSE_REACH = 60  # characters before `sang năm 2018` read for another year of its clause
_CLAUSE_BREAK = regexes.compile(r"[.,;:!?\n]")
_WRITTEN_YEAR = regexes.compile(r"(?<!\d)(?:1\d{3}|20\d\d)(?!\d)")


def _named_next_year(view: str) -> tuple[int, int] | None:
    """`Thủ tướng hy vọng sang năm 2018, khi …`, `có thể phải sang năm 2018 mới …`: a year the text names as the next
    one names the year before it as the present (samples/gold/README.md, round 28). Not a carry-over, a delay or
    an entry into the year (`chuyển nguồn sang năm 2017`, `lùi sang năm 2020`, `Bước sang năm 2017`; the word
    anywhere in the clause before: `bị hoãn lại sang năm 2021`, `lùi thời hạn sang năm 2021`), nor a
    sentence that opens with it (`Sang năm 2017, thị trường …` is as often the present), nor a year moved on from
    another of its clause (`từ năm 2015 sang năm 2016`, `của năm 2016 sang năm 2017`). (Where, and the year.)"""
    for m in year_cues().next_named.finditer(view):
        if m.group("before") is not None or _opens_sentence(view, m.start()):
            continue
        lo = window(m.start(), _NEXT_CLAUSE_REACH)
        clause = max((b.end() for b in _CLAUSE_BREAK.finditer(view, lo, m.start())), default=lo)
        if year_cues().next_named_not.search(view, clause, m.start()) is not None:
            continue  # `dự án bị hoãn lại sang năm 2021`, `lùi thời hạn sang năm 2021`: a delay, wherever in the clause
        if _WRITTEN_YEAR.search(view, clause, m.start()) is None:
            return m.start(), int(m.group("y")) - 1
    return None


_YEAR_END_MONTHS = (11, 12)  # a story dated in these months plans the next year


def _plans_next_year(view: str, found: list[Found]) -> bool:
    """A plan told in the present tense names the year after the story's: the story's first date without its
    year falls in November or December (`Ngày 20/12, Sở họp báo tổng kết. Trong năm 2018, thành phố sẽ …`), or
    the text says so (`trong năm tới`)."""
    first = next((f for f in found if not f.explicit and f.lo[1] is not None), None)
    if first is not None and first.lo[1] in _YEAR_END_MONTHS:
        return True
    return year_cues().next_year.search(view) is not None


def _inside_name(view: str, at: int) -> bool:
    """A capitalised word after a capitalised word continues a name (`Bộ Kế hoạch …`), not a clause."""
    return view[at : at + 1].isupper() and bool(_name_before(view, at))


_SENTENCE_START = regexes.compile(r"(?:\A|[.!?…\n])[^\S\n]*\Z")
_SENTENCE_START_REACH = 8  # characters: the spaces between the last sentence's stop and the cue


def _opens_sentence(view: str, at: int) -> bool:
    """`Từ đầu năm 2017 đến nay, …` opening its sentence tells the reporting year; the same span written inside
    a clause (`Theo cơ quan điều tra, từ đầu năm 2016 đến nay, băng nhóm …`, `tính từ đầu năm 2016 tới nay`) counts
    a period up to now that began a year or more before as often as in the present one (the corpus of 2017
    news: 5 of 5 sentence-opening spans name 2017, 5 of 11 others do)."""
    return _SENTENCE_START.search(view, window(at, _SENTENCE_START_REACH), at) is not None


_SENTENCE_OPENING = regexes.compile(r"(?:\A|[.!?\n])[^\S\n]*(?:[^\W\d_]+[^\S\n]+){0,2}\(?[^\S\n]*\Z")


def _held_event_year(view: str, found: list[Found]) -> tuple[int, int] | None:
    """`Sáng 10/6, lễ tuyên dương … năm 2017`, `Ngày 27/5, UBND tỉnh tổ chức Hội nghị xúc tiến … năm 2017`:
    a sentence that opens on a day without its year and holds an event named with its year dates that day
    by it (the same happening), and names that year as the present. (Its position and year.)"""
    for f in found:
        if f.explicit or f.precision != "day" or f.lo[1] is None:
            continue
        if not _SENTENCE_OPENING.search(view, window(f.start, 30), f.start):
            continue
        m = year_cues().held.match(view, f.end)
        if m is not None:
            return f.start, int(m.group("y"))
    return None


_EVENT_NAME_WORDS = 5  # capitalised words of an event's name before its year (`Festival Biển Nha Trang-Khánh Hòa 2017`)
_EVENTS_TRIED = 6
_WITHIN_REACH = 120  # characters: `trong khuôn khổ <event's name> 2017`
_NAME_WORD = regexes.compile(r"(?:^|(?<=\s))[^\W\d_][^\s]*[^\S\n]+\Z")
_THIS_YEAR_AFTER = regexes.compile(r"(?:[^\S\n]+[^\W\d_]+){0,2}?[^\S\n]+năm[^\S\n]+nay(?!\w)", re.IGNORECASE)


def _named_event_this_year(view: str, found: list[Found]) -> int | None:
    """`Festival Biển Nha Trang-Khánh Hòa 2017` … `Festival Biển năm nay`, `Hội Lim 2017` … `Hội Lim năm nay`:
    an event named by its year that the text also calls this year's names that year as the present; so
    does one the story's happening is told to be part of (`nằm trong chuỗi các hoạt động Festival … 2017`,
    `vòng đấu loại Lễ hội … 2017`)."""
    tried = 0
    for f in found:
        if not (f.horizon and f.explicit and f.precision == "year" and f.lo[0] is not None):
            continue
        tried += 1
        if tried > _EVENTS_TRIED:
            break
        if year_cues().within.search(view, window(f.start, _WITHIN_REACH), f.start):
            return f.lo[0]  # `nằm trong chuỗi các hoạt động Festival … 2017`: the story is part of that edition
        words = _name_before(view, f.start)
        for k in range(len(words), 0, -1):
            if k == 1 and len(words) > 1:
                break  # one word of a longer name (`Festival`, `Hội`) names no event of its own
            if _called_this_year(view, " ".join(words[:k])):
                return f.lo[0]
    return None


def _name_before(view: str, at: int) -> list[str]:
    """The capitalised words right before `at` on its line, in order (at most `_EVENT_NAME_WORDS`)."""
    words: list[str] = []
    end = at
    while len(words) < _EVENT_NAME_WORDS:
        m = _NAME_WORD.search(view, window(end, 40), end)
        if m is None or not view[m.start()].isupper():
            break
        words.insert(0, view[m.start() : end].strip())
        end = m.start()
    return words


def _called_this_year(view: str, name: str) -> bool:
    """`name` is written somewhere followed (within two words) by `năm nay`."""
    at = view.find(name)
    while at >= 0:
        if _THIS_YEAR_AFTER.match(view, at + len(name)):
            return True
        at = view.find(name, at + len(name))
    return False


def _names_next(view: str, year: int) -> bool:
    """The text names the year after `year` as the present too (`rút kinh nghiệm công tác năm 2016, triển
    khai công tác năm 2017`): a review of one year and the tasks of the next."""
    return any(int(m.group("y")) == year + 1 for m in year_cues().present.finditer(view))


def _plans_year(view: str, year: int) -> bool:
    """The text reviews the year before `year` (`tổng kết năm 2025`) or sets out the tasks of `year` as a
    plan (`triển khai nhiệm vụ năm 2026`, `phương hướng nhiệm vụ năm 2026`): a year-end conference, held
    in the year before the one it plans from October on."""
    cues = year_cues()
    if any(int(m.group("y")) == year for m in cues.plan_next.finditer(view)):
        return True
    return any(int(m.group("y")) == year - 1 for m in cues.review.finditer(view))


_BREAK = regexes.compile(r"[.;!?\n]")


class _Recalled(NamedTuple):
    """`Trong những tháng đầu năm 2016, số xe vi phạm rất cao, nay đã giảm`: where the text sets a period against
    now (`recalled_now` rows after a comma) and where its sentences break, in order."""

    cues: list[int]
    breaks: list[int]

    def after(self, end: int) -> bool:
        """A cue follows `end` in its sentence: the period before it is a past year, not the present."""
        i = bisect_left(self.cues, end)
        if i == len(self.cues):
            return False
        j = bisect_left(self.breaks, end)
        return j == len(self.breaks) or self.breaks[j] > self.cues[i]


def _is_compared(view: str, start: int) -> bool:
    return bool(year_cues().not_anchor_before.search(view, window(start, 20), start))


def _not_of_story(view: str, f: Found) -> bool:
    """A comparison basis or a birth date (`so với cùng kỳ ngày …`, `sinh ngày 21/1/1964`)."""
    lo = window(f.start, 20)
    if year_cues().not_anchor_before.search(view, lo, f.start):
        return True
    return bool(year_cues().biography.search(view, lo, f.start + 8))


_MID_CLAUSE = frozenset({"đến"})
_CLAUSE_OPEN = regexes.compile(r"(?:\A|[.;:!?\n,(]|\s[-–]|(?<!\w)(?:và|nhưng|rồi))\s*\Z", re.IGNORECASE)


def _is_record_since(view: str, f: Found) -> bool:
    """`giá vàng chạm mức cao nhất kể từ tháng 8/2016`, `lần đầu tiên kể từ ngày …`: the date is the basis of a
    record that runs up to now, a time the story is compared with (samples/gold/README.md: a date compared with
    fixes no year). A month after `kể từ` was already a span up to now (`_is_since`); a day told with a past verb
    (`đã chạm mức cao nhất kể từ ngày 9/11/2016`) was read as a state's past start and anchored the story's days.
    Over the 4,918 news and current/c001-c030 (round 37) the cue stands before a full day or month 5 times; it
    changed one article (a gold-price report whose June days stay `XXXX`, as dev26's gold has them)."""
    return year_cues().record_since_before.search(view, window(f.start, 30), f.start) is not None


def _is_cutoff(view: str, f: Found) -> bool:
    return year_cues().cutoff_before.search(view, window(f.start, 30), f.start) is not None


def _opens_clause(view: str, at: int) -> bool:
    return _CLAUSE_OPEN.search(view, window(at, 4), at) is not None


def _is_since(view: str, f: Found) -> bool:
    return bool(year_cues().future_day_before.search(view, window(f.start, 12), f.start))


_SINCE_CLAUSE = regexes.compile(
    r"(?<!\w)(?:kể[^\S\n]+)?từ[^\S\n]+(?:sau[^\S\n]+)?khi(?!\w)[^.,;:!?\n]*\Z", re.IGNORECASE
)
_SINCE_CLAUSE_REACH = 160  # characters: `kể từ khi Bình Nhưỡng thử hạt nhân lần thứ 4 vào tháng 1/2016`


def _since_clause(view: str, f: Found) -> bool:
    """`Seoul đã đình chỉ … kể từ khi Bình Nhưỡng thử hạt nhân lần thứ 4 vào tháng 1/2016`, `… ở mức báo động cao, kể
    từ sau khi IS … đánh bom … hồi tháng 3/2016`: a date in a clause opened by `(kể) từ (sau) khi` starts a span that
    runs up to the present, as `từ tháng 4/2014` does: the happening it dates opened the span, the story is later."""
    return _SINCE_CLAUSE.search(view, window(f.start, _SINCE_CLAUSE_REACH), f.start) is not None


def _is_due(view: str, f: Found) -> bool:
    """A day the story sets as a deadline (`báo cáo … trước ngày 15/8/2017`, `chậm nhất ngày …`), not a month or
    an expiry (`kiểm định đến ngày …`): in the 5,008 news and current/c001-c030 the far-horizon drop it lifts
    fired on 6 dates of 3 articles, 6 right (the year of the story's days before the deadline)."""
    return f.lo[2] is not None and year_cues().due_before.search(view, window(f.start, 30), f.start) is not None


def _is_ahead(view: str, f: Found) -> bool:
    """A deadline or effective date (`trước ngày 10/02/2017`, `từ ngày 1/7/2025`, `sẽ … ngày …`) — but
    not the start of a span that runs to the present (`từ ngày 16/1 đến nay`)."""
    cues = year_cues()
    lo = window(f.start, 30)
    if cues.not_future_before.search(view, lo, f.start):
        return False
    future = cues.future_before.search(view, lo, f.start)
    if future and future.group().strip().lower() in _MID_CLAUSE and _opens_clause(view, future.start()):
        future = None  # `Đến tháng 11/2016, ông đã …`: "by then", a past step
    if future or (f.lo[2] is not None and cues.future_day_before.search(view, lo, f.start)):
        return not cues.until.match(view, f.end)
    if cues.target_ahead_before.search(view, window(f.start, _TARGET_REACH), f.start):
        return True  # `phấn đấu hoàn tất xây dựng, mua sắm, lắp đặt trong tháng 10/2020`: a goal, not a past day
    return bool(patterns().future_before.search(view, window(f.start, 80), f.start))


def _biography_dates(view: str, found: list[Found], sentences: list[Sentence]) -> set[int]:
    """Starts of the dates told in a biography: a sentence with a biography cue and the career lines
    right after it (`Ngày 8/4/2021, … bà được bầu giữ chức …`, `Ngày 28/2/2025: Ông được …`)."""
    spans = biography_spans(view, sentences)
    starts: set[int] = set()
    k = 0
    for f in found:
        while k < len(spans) and spans[k][1] <= f.start:
            k += 1
        if k < len(spans) and spans[k][0] <= f.start and not _takes_effect(view, f):
            starts.add(f.start)
    return starts


def biography_spans(view: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The sentences of a biography, in order: one with a biography cue (`sinh ngày`, `vào Đảng`) and the
    career lines right after it."""
    cues = year_cues()
    spans: list[tuple[int, int]] = []
    reach = 0
    for sentence in sentences:
        if cues.biography.search(view, sentence.start, sentence.end):
            spans.append((sentence.start, sentence.end))
            reach = _CAREER_REACH
        elif reach > 0:
            reach -= 1
            if cues.career.search(view, sentence.start, sentence.end) or _opens_with_date_colon(view, sentence):
                spans.append((sentence.start, sentence.end))
                reach = _CAREER_REACH
    return spans


def _takes_effect(view: str, f: Found) -> bool:
    """`… sinh ngày 24/4/1975, … giữ chức vụ Giám đốc Sở từ ngày 01/7/2017`: the day an appointment takes
    effect is the story's, not the biography's (a career line runs `từ … đến …`)."""
    cues = year_cues()
    return (
        f.precision == "day"
        and f.explicit
        and cues.future_day_before.search(view, window(f.start, 12), f.start) is not None
        and cues.until.match(view, f.end) is None
        and cues.career.search(view, window(f.start, _EFFECT_REACH), f.start) is not None
    )


def _origins(view: str, found: list[Found]) -> set[int]:
    """Starts of the founding dates of a text that celebrates an anniversary (`kỷ niệm 40 năm ngày thành
    lập` … `Cty được thành lập … (27/6/1977)`): the origin is not the celebration of the same day and month."""
    cues = year_cues()
    if cues.anniversary.search(view) is None:
        return set()
    starts: set[int] = set()
    for f in found:
        if not f.explicit or f.precision != "day":
            continue
        lo = _clause_start(view, f.start)
        if cues.anniversary.search(view, lo, f.start):
            continue  # `lễ kỷ niệm 10 năm thành lập … ngày 26/5/2017`: the celebration's own date
        if cues.origin.search(view, lo, f.start):
            starts.add(f.start)
    return starts


_CLAUSE_END = regexes.compile(r"[.;!?\n]")


def _clause_start(view: str, at: int) -> int:
    """Where the sentence holding `at` starts, looking back at most `_ORIGIN_REACH` characters."""
    lo = window(at, _ORIGIN_REACH)
    last = lo
    for m in _CLAUSE_END.finditer(view, lo, at):
        last = m.end()
    return last


_QUOTES = regexes.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")


def _quoted(view: str, found: list[Found], paragraphs: list[Paragraph]) -> set[int]:
    """Starts of the dates inside quoted speech (`“Từ 2013 đến nay, … ngày 5/8/2014 …”`): what a speaker
    recalls is not the time of the story."""
    spans = [(m.start(), m.end()) for m in _QUOTES.finditer(view)]
    starts: set[int] = set()
    k = 0
    for f in found:
        while k < len(spans) and spans[k][1] <= f.start:
            k += 1
        if k < len(spans) and spans[k][0] < f.start and f.end <= spans[k][1]:
            starts.add(f.start)
    return starts


_DATE_COLON = regexes.compile(r"[^\S\n]*(?:[^\W\d_]+[^\S\n]+)?[\d/.-]+[^\S\n]*:")


def _opens_with_date_colon(view: str, sentence: Sentence) -> bool:
    return _DATE_COLON.match(view, sentence.start, min(sentence.end, sentence.start + 24)) is not None


# --- placing a partial date ---------------------------------------------------------------------------


def _month_of(f: Found) -> tuple[int, int] | None:
    """(month, day) a partial date is placed by: its day, a month's first day, a quarter's first month."""
    if f.lo[1] is not None:
        return f.lo[1], f.lo[2] or 1
    if f.quarter:
        return 3 * f.quarter - 2, 1
    return None


def _end_of(f: Found) -> tuple[int, int] | None:
    """(month, day) a quarter or a span of months ends on: placed after a past day, `quý I` reported on 4/4
    is the quarter just ended, not the next year's."""
    if f.quarter:
        return 3 * f.quarter, 28
    if f.hi is not None and f.hi[1] is not None:
        return f.hi[1], f.hi[2] or 28
    return None


def _gap(anchor: Day, md: tuple[int, int]) -> float:
    """Months from `anchor` to (month, day) in the anchor's year (negative: before it)."""
    return (md[0] - anchor[1]) + (md[1] - anchor[2]) / 31


def _after(anchor: Day, md: tuple[int, int]) -> int:
    """The year that puts (month, day) in the twelve months from `anchor` on — or in the anchor's year when
    it falls shortly before it (`1/7` beside an anniversary `3/7/2017` of the same days)."""
    return anchor[0] if _gap(anchor, md) >= -_NEAR else anchor[0] + 1


def _in_window(window: tuple[Day, Day], md: tuple[int, int]) -> int | None:
    """The one year that puts (month, day) between a span's start and its end (`từ 1/12/2018 đến 28/2/2019`: 15/1
    is of 2019); None when no year or several do (`từ 1/1/2016 đến 31/12/2020` says nothing of which year a `15/3`
    is: the span is no evidence, and the date goes on to the other anchors or stays unplaced)."""
    start, end = window
    years = [y for y in range(start[0], end[0] + 1) if start <= (y, *md) <= end]
    return years[0] if len(years) == 1 else None


def _before(anchor: Day, md: tuple[int, int]) -> int:
    """The year that puts (month, day) in the twelve months up to `anchor` — or in the anchor's year when
    it falls shortly after it (`8/2` after `từ ngày 1/1/2017`)."""
    return anchor[0] if _gap(anchor, md) <= _NEAR else anchor[0] - 1


def _around(dateline: Day, md: tuple[int, int], ahead: bool) -> int:
    """The dateline's year, or the one before for a date well after the dateline (`28/12` on a January
    page), or the one after for a date announced ahead and well before it."""
    months = (md[0] - dateline[1]) + (md[1] - dateline[2]) / 31
    if months > _DATELINE_AHEAD and not ahead:
        return dateline[0] - 1
    if months < -_DATELINE_AHEAD and ahead and months < -6:
        return dateline[0] + 1
    return dateline[0]


def resolve(view: str, f: Found, evidence: YearEvidence) -> tuple[int | None, YearSource | None]:
    """The year of a date written without one, and the evidence that fixed it (None, None: unknown)."""
    year, source, _ = resolve_why(view, f, evidence)
    return year, source


def resolve_why(view: str, f: Found, evidence: YearEvidence) -> tuple[int | None, YearSource | None, UnknownWhy | None]:
    """`resolve`, and for a year left unknown which step left it so (`benchmarks/year_sources.py` counts how
    often each is right: a step that drops a year is a rule to weigh like one that places it)."""
    if f.rel is not None:
        year, _ = evidence.article_year()
        return (year + f.rel, "relative", None) if year is not None else (None, None, "no_article_year")
    if evidence.given is not None:
        return evidence.given, "given", None
    md = _month_of(f)
    ahead = _is_ahead(view, f)
    if evidence.dateline is not None:
        if md and (f.partial_year or f.quarter) and not _clause_told_past(view, f):
            return evidence.dateline[0], "dateline", None  # `phấn đấu 6 tháng cuối năm`, `quý III` on an April page
        return (_around(evidence.dateline, md, ahead) if md else evidence.dateline[0]), "dateline", None
    is_day = f.precision == "day" or (f.precision == "interval" and f.lo[2] is not None)
    if md is not None and is_day:
        year = evidence.same_day.get(md)
        if year:
            return year, "same_day", None
    elif md is not None and f.precision == "month":
        year = evidence.same_month.get(md[0])
        if year:
            return year, "same_day", None
    if evidence.present is not None:
        if evidence.reviewed is not None and md is not None and md[0] >= _REVIEW_MONTH:
            return evidence.reviewed, "present", None  # a year-end review is held in the year reviewed
        return evidence.present, "present", None
    if f.partial_year and (year := _sentence_year(view, f, evidence)) is not None:
        return year, "present", None  # `… năm 2017, sơ kết … sáu tháng đầu năm`: the sentence's own year
    if md is None or f.today:
        return None, None, "no_day"  # `hôm qua 7/6` is the article's day: a past story's date does not place it
    if evidence.school_year is not None:  # `Sáng 9.5, … kế hoạch năm học 2016-2017`: May of its second year
        return evidence.school_year + (md[0] < _SCHOOL_START), "present", None
    if evidence.tet is not None and (evidence.anchor is None or evidence.anchor < evidence.tet):
        return _nearest(evidence.tet, md), "past_date", None  # around a Tết the text names and tells as past
    window = evidence.window
    windowed = None
    if window is not None and (evidence.anchor is None or evidence.anchor < window[1]):
        windowed = _in_window(window, md)
    source: YearSource
    if windowed is not None:
        source = "past_date"
        year = windowed
    elif evidence.anchor is None:
        return None, None, "no_evidence"
    elif evidence.anchor_open:  # `từ ngày 1/7/2025, xã mới …`: the partial date is the one nearest to it
        source = "future_date"
        year = _nearest(evidence.anchor, md)
    elif evidence.anchor_ahead:
        source = "future_date"
        year = _before(evidence.anchor, md)
    elif ahead:  # a deadline of a story dated by a past day lies after that day (`trước ngày 30/9`)
        source = "past_date"
        year = evidence.anchor[0] if _gap(evidence.anchor, md) >= 0 else evidence.anchor[0] + 1
    else:
        source = "past_date"
        year = _after(evidence.anchor, _end_of(f) or md)
    if source == "past_date" and evidence.cutoff is not None and (year, *md) < evidence.cutoff:
        return None, None, "cutoff"  # placed before a count's cut-off the text reports: the anchor is of an older story
    if year < evidence.latest_past:
        if not ahead and md[0] > evidence.latest_past_month:
            return evidence.latest_past, "past_date", None  # after `quý đầu năm 2017`, the text reports as past
        if year < evidence.latest_sure:
            return None, None, "older_anchor"  # the text knows of later times: the anchor is of another story
    far = year > evidence.latest_told + 1 and not evidence.anchor_due  # a deadline set is no horizon
    if (evidence.anchor_ahead or evidence.anchor_open) and evidence.latest_told and far:
        return None, None, "far_horizon"  # a far horizon (`rời EU vào tháng 3/2019`), not a deadline of the story
    return year, source, None


def settle_issued_days(
    evidence: YearEvidence, documents: list[DocumentRef], dates: list[DateMention], sentences: list[Sentence]
) -> bool:
    """`Ngày 8-2, Thủ tướng đã ký ban hành Nghị định số 08/2017/NĐ-CP`: a document issued on a day of its own
    sentence, whose year the text does not write, carries that year in its number or its name (`Luật … năm
    2024`), as a full date of the same happening would. (A vote told without a day, dated by the day the
    story is at, may be an earlier session's: it fixes nothing.) Adds those days to `evidence.same_day`;
    True when one was added (the dates are then to be read again)."""
    starts = [s.start for s in sentences]
    added = False
    for ref in documents:
        date = ref.date
        if ref.year is None or date is None or not date.startswith("XXXX-") or len(date) != len("XXXX-MM-DD"):
            continue
        key = (int(date[5:7]), int(date[8:10]))
        if key in evidence.same_day or not _dated_in_its_sentence(ref, date, dates, starts):
            continue
        evidence.same_day[key] = ref.year
        added = True
    return added


def _dated_in_its_sentence(ref: DocumentRef, value: str, dates: list[DateMention], starts: list[int]) -> bool:
    """A day of value `value` is written in the sentence of one of the document's mentions."""
    sentences = {_sentence_of(starts, m.start) for m in ref.mentions}
    return any(d.value == value and _sentence_of(starts, d.start) in sentences for d in dates)


_CLAUSE_REACH = 120  # characters either side of a date: its clause, for the tense


def _clause_told_past(view: str, f: Found) -> bool:
    """The clause of `f` tells it as past (`6 tháng cuối năm, tỉnh đã …`)."""
    lo = _clause_start(view, f.start)
    end = _CLAUSE_END.search(view, f.end, f.end + _CLAUSE_REACH)
    return year_cues().told_past.search(view, lo, end.start() if end else f.end + _CLAUSE_REACH) is not None


def carried_out(view: str, found: list[Found]) -> set[int]:
    """Starts of the documents' own dates whose clause carries the document out or applies it (`tổ chức thực hiện
    Chỉ thị số 15-CT/TU ngày 16/12/2016`, `theo quy định tại Quyết định số 64/2014/QĐ-UBND, ngày 25/9/2014`): the
    story comes after such a document, often a year or more, so its date bounds no article's year. One bounded
    search per dated document."""
    cue = year_cues().carried_out_before
    return {f.start for f in found if f.doc_date and cue.search(view, window(f.start, _CARRIED_REACH), f.start)}


def lead_year(mentions: list[DateMention], paragraphs: list[Paragraph], cited: set[int] | None = None) -> int | None:
    """The latest year of the lead's (first body paragraphs') day-precise dates whose year is fixed.

    An article is written after the days its lead reports: the latest of them bounds its year from below
    better than the first, which is as often a day recalled (`ngày 24/4/1975`, a decision of 2016 the story
    carries out) as the story's own. None when the lead's first day has no year (`XXXX`): the story's day is
    then unknown, and a later day of the lead is as often another story's. A deadline the lead sets counts too
    (`… hoàn thành trước ngày 31/12/2018` makes 2018): leaving the days set ahead out was right once on dev3 and
    wrong once on the unseen dev8, where the deadline of the same year was the only day of the article's year.
    Tried and taken back in round 37: reading every lead day the text sets ahead (`gather`'s deadlines and effective
    dates, `có hiệu lực từ ngày 1/1/2018`, `trước ngày 15/6/2017`, `thực hiện từ 01/01/2018`) as a bound left out
    of the max. Over dev … dev26 article_year went from 241 right / 56 wrong to 234 / 54: 3 wrong years of a
    deadline a year ahead taken back, 6 right years of a same-year deadline or effective date lost (a lead whose
    only days are set ahead: 6 of its 9 articles were right), 1 new wrong year where an old document's day was left
    as the max. Over news1000, 16 years changed: 6 better (2 to the right year, 4 wrong ones dropped), 9 worse (7
    right ones dropped, 2 to an old document's year). Most regulation news are written in the year their rule
    takes effect; the wrong cases need another cue (a request `xin … đến ngày 30/6/2018`, a partial day placed
    by that deadline) rather than leaving the deadline out.
    The dates in `cited` (a document the story carries out, `carried_out`) are left out: over dev … dev24 (round 34)
    leaving them out took back 7 wrong years of 184 and no right one."""
    lead = [p for p in paragraphs if p.kind == "body"][:_LEAD_PARAGRAPHS]
    cited = cited or set()
    days = [
        m.value[:4]
        for m in mentions
        if m.precision == "day" and m.start not in cited and any(p.start <= m.start < p.end for p in lead)
    ]
    if not days or not days[0].isdigit():
        return None
    return max(int(year) for year in days if year.isdigit())
