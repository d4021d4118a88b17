"""Quality warnings a careful reader wants before trusting the article.

- `repeated_paragraph`: a body paragraph the source has more than once — usually a photo caption that
  a scraper kept, sometimes a copied lead.
- `inconsistent_ordinal`: one event numbered two ways. Only events held once per term (`Đại hội`,
  flagged in `data/summary_events.tsv`) are checked, so the article's `Hội nghị lần thứ 24` and
  `lần thứ 25` of the same term are not an error: the same name and the same term (`nhiệm kỳ 2025 -
  2030`) with two ordinals is one, and so is the same name and ordinal with two terms.
- `weekday_mismatch`: a weekday written next to a date (`Thứ Hai, 15/7/2024`) that the date does not
  fall on — not an ordinal (`lần thứ năm, ngày 10/5`), not a code's letters (`số 152/TTg-CN, ngày …`), and
  not when the date's year is only our guess (then the weekday questions the guess, not the article).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import NamedTuple

from vnreport import regexes
from vnreport.lexicon import load_rows, load_words
from vnreport.report.model import DateMention, Mention, Report, Warning
from vnreport.segment.document import Document
from vnreport.summary.tokens import Token, body_sentences, is_mark, match_length, repeated_paragraphs, sentence_tokens
from vnreport.summary.vocabulary import event_trie, event_words
from vnreport.text import fold

_MAX_NAME_TOKENS = 15
_NAME_BREAK = frozenset({",", ";", ".", ":", "(", ")", "“", "”", '"', "!", "?"})
_ORDINAL_CUE = regexes.compile(r"lần\s+thứ", re.IGNORECASE)  # tokenise only the sentences that can match
_ROMAN = regexes.compile(r"^[IVXLC]+$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_TERM_WORDS = ("nhiệm kỳ", "khóa")
_EXCERPT = 70


@dataclass(frozen=True)
class Numbered:
    name: str  # as written
    key: str  # the name folded for comparison
    ordinal: int | str
    term: str | None  # normalised: `2025-2030`, `khóa xix`
    mention: Mention


def quality_warnings(doc: Document, report: Report) -> list[Warning]:
    return repeated_paragraph_warnings(doc) + ordinal_warnings(doc) + weekday_warnings(doc, report)


def excerpt(text: str, limit: int = _EXCERPT) -> str:
    """The start of `text`, cut at a space so no word is broken."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit] + " …"


# --- repeated paragraphs --------------------------------------------------------------------------


def repeated_paragraph_warnings(doc: Document) -> list[Warning]:
    warnings = []
    for group in repeated_paragraphs(doc):
        first = doc.text[group[0].start : group[0].end]
        why = " (likely a scraped photo caption)" if len(group[0].sentences) == 1 else ""
        warnings.append(
            Warning(
                kind="repeated_paragraph",
                message=f"paragraph appears {len(group)} times in the source{why}: “{excerpt(first)}”",
                mentions=[Mention(text=doc.text[p.start : p.end], start=p.start, end=p.end) for p in group],
            )
        )
    return warnings


# --- ordinals ---------------------------------------------------------------------------------------


def ordinal_warnings(doc: Document) -> list[Warning]:
    found = [
        item
        for sentence in body_sentences(doc)
        if _ORDINAL_CUE.search(doc.view, sentence.start, sentence.end)
        for item in _numbered(doc, sentence_tokens(doc, sentence))
    ]
    warnings = []
    by_term: dict[tuple[str, str], list[Numbered]] = defaultdict(list)
    by_ordinal: dict[tuple[str, int | str], list[Numbered]] = defaultdict(list)
    for item in found:
        if item.term is not None:
            by_term[(item.key, item.term)].append(item)
            by_ordinal[(item.key, item.ordinal)].append(item)
    for items in by_term.values():
        if len({i.ordinal for i in items}) > 1:
            warnings.append(_ordinal_warning(items, "numbered differently"))
    for items in by_ordinal.values():
        if len({i.term for i in items}) > 1:
            warnings.append(_ordinal_warning(items, "given different terms"))
    return warnings


def _ordinal_warning(items: list[Numbered], what: str) -> Warning:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.mention.text] = counts.get(item.mention.text, 0) + 1
    variants = " vs ".join(f"“{text}” ({n}×)" for text, n in counts.items())
    return Warning(
        kind="inconsistent_ordinal",
        message=f"the same event is {what}: {variants}",
        mentions=[item.mention for item in items],
    )


def _numbered(doc: Document, toks: list[Token]) -> list[Numbered]:
    """`<Đại hội …> lần thứ <n>[, nhiệm kỳ <term>]` of once-per-term events in one sentence."""
    found = []
    words = event_words()
    for k in range(len(toks) - 2):
        if toks[k].lower != "lần" or toks[k + 1].lower != "thứ":
            continue
        ordinal = _ordinal(doc.text[toks[k + 2].start : toks[k + 2].end])
        head = _head_before(toks, k)
        if ordinal is None or head is None:
            continue
        length = match_length(event_trie(), toks, head)
        if not words[" ".join(t.lower for t in toks[head : head + length])].once_per_term:
            continue
        term, end = _term_after(doc, toks, k + 3)
        name = doc.text[toks[head].start : toks[k - 1].end]
        span = (toks[head].start, toks[end - 1].end)
        mention = Mention(text=doc.text[span[0] : span[1]], start=span[0], end=span[1])
        found.append(Numbered(name, fold(name).lower(), ordinal, term, mention))
    return found


def _head_before(toks: list[Token], k: int) -> int | None:
    """The nearest event word before toks[k] in the same phrase."""
    for j in range(k - 1, max(-1, k - _MAX_NAME_TOKENS), -1):
        if is_mark(toks[j], _NAME_BREAK):
            return None
        if toks[j].is_cap and match_length(event_trie(), toks, j):
            return j
    return None


def _ordinal(text: str) -> int | str | None:
    if text.isdigit():
        return int(text)
    if _ROMAN.match(text):
        return _roman(text)
    return text.lower() if text.isalpha() and text.islower() else None


def _roman(text: str) -> int:
    total = 0
    for k, ch in enumerate(text):
        value = _ROMAN_VALUES[ch]
        total += -value if k + 1 < len(text) and _ROMAN_VALUES[text[k + 1]] > value else value
    return total


def _term_after(doc: Document, toks: list[Token], i: int) -> tuple[str | None, int]:
    """(`2025-2030` or `khóa xix`, one past the term's last token) after an ordinal at toks[i-1]."""
    j = i + 1 if i < len(toks) and toks[i].lower == "," else i
    for phrase in _TERM_WORDS:
        words = phrase.split()
        if [t.lower for t in toks[j : j + len(words)]] == words:
            end = j + len(words)
            while end < len(toks) and (toks[end].lower[:1].isalnum() or toks[end].lower == "-"):
                if end > j + len(words) and toks[end].lower[:1].isalpha() and toks[end].lower.islower():
                    break
                end += 1
            if end == j + len(words):
                break
            value = "".join(doc.view[t.start : t.end] for t in toks[j + len(words) : end]).lower()
            return f"{phrase} {value}", end
    return None, i


class WeekdayRow(NamedTuple):
    phrase: str
    weekday: str


# --- weekdays ---------------------------------------------------------------------------------------


@cache
def _weekdays() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, int]]:
    rows = load_rows("summary_weekdays.tsv", WeekdayRow)
    table = {" ".join(row.phrase.lower().split()): int(row.weekday) for row in rows}
    names = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(table, key=lambda p: (-len(p), p)))
    # not inside a code (`số 152/TTg-CN, ngày …`: `CN` is a unit's code there, not Sunday)
    before = regexes.compile(rf"(?<![\w/-])({names})\s*[,(]?\s*(?:ngày\s+)?$", re.IGNORECASE)
    after = regexes.compile(rf"\s*[,(]\s*({names})(?!\w)", re.IGNORECASE)
    inside = regexes.compile(rf"(?<![\w/-])({names})(?!\w)", re.IGNORECASE)
    return before, after, inside, table


_WEEKDAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# A year inferred from these sources is the article's own (a given year, its dateline, a full date of the
# same happening, a year named as the present); a weekday that disagrees with another guess (`past_date`)
# questions the guess, not the article.
_TRUSTED_YEAR_SOURCES = frozenset({"given", "dateline", "same_day", "present"})
_ORDINAL_LOOKBACK = 16  # characters before `thứ …` read for the word it numbers


def _year_is_a_guess(mention: DateMention) -> bool:
    return mention.inferred and mention.year_source not in _TRUSTED_YEAR_SOURCES


def _is_ordinal(doc: Document, start: int) -> bool:
    """`lần thứ năm, ngày 10/5`, `Hội nghị Trung ương thứ hai`: `thứ …` after a word it numbers is an ordinal."""
    words = doc.view[max(0, start - _ORDINAL_LOOKBACK) : start].lower().split()
    heads = load_words("summary_ordinal_heads.txt")
    return bool(words) and (words[-1] in heads or " ".join(words[-2:]) in heads)


def weekday_warnings(doc: Document, report: Report) -> list[Warning]:
    before, after, inside, table = _weekdays()
    warnings = []
    for mention in report.dates:
        if len(mention.value) != 10:
            continue
        try:
            actual = date.fromisoformat(mention.value).isoweekday()
        except ValueError:
            continue
        written = (
            inside.search(doc.view, mention.start, mention.end)
            or before.search(doc.view, max(0, mention.start - 25), mention.start)
            or after.match(doc.view, mention.end, min(len(doc.view), mention.end + 20))
        )
        if written is None or _is_ordinal(doc, written.start(1)) or _year_is_a_guess(mention):
            continue
        stated = table[" ".join(written.group(1).lower().split())]
        if stated != actual:
            day, real = _WEEKDAY_NAMES[stated], _WEEKDAY_NAMES[actual]
            warnings.append(
                Warning(
                    kind="weekday_mismatch",
                    message=f"“{mention.text}” is written as a {day}, but {mention.value} is a {real}",
                    mentions=[Mention(text=mention.text, start=mention.start, end=mention.end)],
                )
            )
    return warnings
