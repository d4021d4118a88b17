"""Titles given by the clause rather than beside the name (issue #12):

- appointments, elections, transfers: `ông C được điều động, bổ nhiệm giữ chức Phó Ban Dân vận Tỉnh ủy`,
  `A và B giữ chức Phó Thủ tướng`; the title goes to the person the clause is about (the nearest person
  before the cue, with those joined to them by `và` or a comma);
- the same with the person after `đối với`: `phê chuẩn … chức vụ Chủ tịch UBND tỉnh … đối với ông D`,
  `thăng cấp bậc hàm từ Trung tướng lên Thượng tướng đối với các Thứ trưởng …: A, B, C`;
- posts held over a time the sentence is about, before the person it names after them: `trong thời gian giữ
  các cương vị A, B, bà H tham gia …` (not current);
- former posts: `thôi giữ chức`, `cách chức`, `miễn nhiệm`, `từng giữ chức`, `đã kinh qua các chức vụ:`,
  `khi đó là` give titles that are not current (career lists, `current: false`).
Cues are data (`officials_clause_cues.tsv`); a cue gives titles only when a title phrase follows it
(after `chức`, `chức vụ`, `làm`, `các chức vụ …:`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import NamedTuple

from vnreport.extract.names import anchor_matcher, foreign_name_length, name_length
from vnreport.extract.officials.anchoring import after_parenthesis
from vnreport.extract.officials.lexicon import copula_times
from vnreport.extract.officials.titles import NEW_WORDS, TitlePhrase, detail_matcher, modified_start
from vnreport.lexicon import PASSIVE_MARKS, PhraseMatcher, list_matcher, load_rows, load_words
from vnreport.segment.tokens import Token


class ClauseCueRow(NamedTuple):
    cue: str
    current: str  # yes / no / ended / original (held unless the sentence goes on to a later post or its end)
    who: str  # subject / object / after


@cache
def clause_cues() -> PhraseMatcher[ClauseCueRow]:
    matcher: PhraseMatcher[ClauseCueRow] = PhraseMatcher("lower")
    for row in load_rows("officials_clause_cues.tsv", ClauseCueRow):
        matcher.add(row.cue, row)
    return matcher


_LINKS = frozenset(
    {
        "chức",
        "vụ",
        "danh",
        "làm",
        "giữ",
        "các",
        "những",
        "là",
        "vị",
        "trí",
        "cương",
        "đảm",
        "nhiệm",
        "có",
        "thời",
        "hạn",
        "cấp",
    }
)
_NEW = "tân"  # `được bầu làm tân Chủ tịch`: newly in post; in lower case only, not the name `Tân`


def _post_link(tok: Token) -> bool:
    """A word between a clause's cue and the post it gives (`giữ chức vụ`, `làm các`), or `tân` before the post
    (`làm tân Thủ tướng`, `giữ chức tân Giám đốc`), which the title phrase leaves outside it."""
    return tok.lower in _LINKS or tok.text == _NEW


_LIST_SEPARATORS = frozenset({",", ";", "kiêm", "và", "-", "rồi"})
_LOOK_FOR_COLON = 14  # tokens from the cue to the colon of a career list (`các chức vụ ở Kiên Giang như:`)


class _Sentence:
    """What every cue of a sentence asks, found once (issue #12): a cue per lookup must not rescan the sentence
    or its mentions, or a hostile run of cues and names grows with their product."""

    def __init__(self, toks: Sequence[Token], mentions: Sequence[tuple[int, int, int]]) -> None:
        self.toks = toks
        self.order = sorted(range(len(mentions)), key=lambda n: mentions[n][0])
        self.firsts = [mentions[n][0] for n in self.order]

    def between(self, after: int, stop: int) -> list[int]:
        """The mentions that start after token `after` and before `stop`, in the order they were named."""
        lo, hi = bisect_right(self.firsts, after), bisect_left(self.firsts, stop)
        return sorted(self.order[lo:hi])

    def latest_before(self, cue: int) -> int:
        """The last named of the mentions that start before the cue; -1 when none does."""
        k = bisect_left(self.firsts, cue)
        return self._latest[k - 1] if k else -1

    @cached_property
    def _latest(self) -> list[int]:
        latest, best = [], -1
        for n in self.order:
            best = max(best, n)
            latest.append(best)
        return latest

    def someone_between(self, start: int, cue: int) -> bool:
        """A name the sentence does not tie to a title stands between the person and the cue (`… Tướng Joseph
        Dunford tiếp tục đảm nhiệm …`): the clause is about that one."""
        k = bisect_left(self._names, start)
        return k < len(self._names) and self._names[k] < cue

    @cached_property
    def _names(self) -> list[int]:
        toks = self.toks
        return [
            k
            for k in range(len(toks))
            if toks[k].is_cap_word and (name_length(toks, k) or foreign_name_length(toks, k))
        ]

    def later_post(self, k: int) -> bool:
        """From toks[k] on the sentence tells of a later post or of the post's end (`…, vừa được bổ nhiệm làm Y`,
        `… trước khi nghỉ hưu`: officials_appointed_cues.txt, officials_later_post_cues.txt)."""
        return self._last_later > k

    @cached_property
    def _last_later(self) -> int:
        """One past the start of the sentence's last cue of a later post; -1 when none."""
        appointed, later = list_matcher("officials_appointed_cues.txt"), list_matcher("officials_later_post_cues.txt")
        last = -1
        for j, tok in enumerate(self.toks):
            if (tok.lower in later.openers and later.length(self.toks, j, whole_words=True)) or (
                tok.lower in appointed.openers and _cue_length(appointed, self.toks, j)
            ):
                last = j + 1
        return last

    def close_bracket(self, k: int, cue: int) -> int | None:
        """The first `)` from toks[k] on before the cue, or None."""
        close = self._closes[k] if k < len(self.toks) else len(self.toks)
        return close if close < cue else None

    @cached_property
    def _closes(self) -> list[int]:
        closes = [len(self.toks)] * (len(self.toks) + 1)
        for j in range(len(self.toks) - 1, -1, -1):
            closes[j] = j if self.toks[j].text == ")" else closes[j + 1]
        return closes

    def group_between(self, start: int, cue: int) -> bool:
        """A group word (`các`, `những`) or a bracket stands in toks[start:cue]."""
        return start < cue and self._groups[cue] > self._groups[start]

    @cached_property
    def _groups(self) -> list[int]:
        counts = [0]
        for tok in self.toks:
            counts.append(counts[-1] + (tok.lower in _GROUP_WORDS))
        return counts

    def list_end(self, k: int) -> int:
        """The end of the people after `đối với` at toks[k]: the next `;` (`… đối với ông A; bầu …`), unless a
        colon opens a list whose items `;` separates (`đối với các đồng chí: A; B`); and in any case the next
        `đối với`, which opens a list of its own (`bầu A đối với ông B, bầu C đối với bà D`)."""
        return self._list_ends[k] if k < len(self.toks) else len(self.toks)

    @cached_property
    def _list_ends(self) -> list[int]:
        """`list_end` of every token, from the sentence's end back: one pass, not one scan per cue."""
        toks, size = self.toks, len(self.toks)
        ends = [size] * (size + 1)
        next_object = size  # the next `đối với`
        for j in range(size - 1, -1, -1):
            if toks[j].lower == "đối" and j + 1 < size and toks[j + 1].lower == "với":
                next_object = ends[j] = j
            elif toks[j].text == ":":
                ends[j] = next_object
            elif toks[j].text == ";":
                ends[j] = j
            else:
                ends[j] = ends[j + 1]
        return ends


@dataclass
class ClauseTitle:
    person: int  # index into the sentence's mentions
    phrase: TitlePhrase
    ended: bool = False  # the clause ends the post (`thôi giữ chức`, `miễn nhiệm`): no writing of it is current


def clause_titles(
    toks: Sequence[Token],
    by_first: dict[int, TitlePhrase],
    mentions: Sequence[tuple[int, int, int]],
    used: set[int],
) -> list[ClauseTitle]:
    """Titles the clauses of a sentence give: `mentions` are (first token, one past the name and its
    titles, one past the name) of each person named; `used` the first tokens of title phrases already tied
    to a name."""
    found: list[ClauseTitle] = []
    matcher = clause_cues()
    openers, lower = matcher.openers, matcher.reads_lower
    first_mention: dict[int, int] = {}  # once a sentence: a cue per mention must not rescan them (issue #11)
    for n, (first, _, _) in enumerate(mentions):
        first_mention.setdefault(first, n)
    sentence = _Sentence(toks, mentions)
    by_last = {phrase.last: phrase for phrase in by_first.values()}
    i = 0
    last_cue: ClauseCueRow | None = None  # an object's cue whose clause a `;` may go on (`bầu X đối với A; Y đối
    # với B`: the verb is shared)
    while i < len(toks):
        cue: ClauseCueRow | None
        if last_cue is not None and toks[i].text == ";" and i + 1 in by_first:
            length, cue = 1, last_cue
        elif (toks[i].lower if lower else toks[i].text) not in openers:
            i += 1
            continue
        else:
            length, cue = matcher.match(toks, i)
        if not length or cue is None:
            i += 1
            continue
        phrases = _titles_after(toks, i + length, by_first, used)
        if not phrases:
            i += length
            continue
        end = phrases[-1].last
        subject = cue.who in {"subject", "after"}
        named = _named_after_la(toks, end, mentions, first_mention) if cue.who == "object" else []
        if cue.who == "after":
            targets = _named_after_list(toks, end, first_mention, by_first)
        elif named:
            targets = named
        elif cue.cue in _RIGHT_AFTER_CUES:
            targets = []
        else:
            targets = _objects(toks, end, sentence, first_mention, single=not subject, clause=subject)
        if not targets and subject:
            targets = _subjects(toks, i, mentions, sentence)
            if targets and cue.current == "yes":  # a post taken now may have an agent (`do B bổ nhiệm`); a career's
                # cue (`từng là`) tells the person's own past, never one given by another
                targets = _patients(toks, i, targets, mentions, by_last, sentence)
            if targets and cue.cue in _CLOSE_CUES and not _close(toks, mentions[targets[-1]], i, sentence):
                targets = []  # `làm`: about the person unless a group comes between
            if targets and cue.cue in _RIGHT_AFTER_CUES:  # `là`: the one person right before it (`người phụ
                # trách là Chủ tịch …` is no one's; `ông A và ông B là Giám đốc …` is B's)
                nearest = mentions[targets[-1]]
                right = _right_after(toks, nearest, i, sentence) or _after_own_titles(toks, nearest, i)
                targets = targets[-1:] if right else []
        if not targets:
            i = end if cue.current == "ended" else i + length  # `cho thôi giữ chức X`: not `giữ chức X`
            continue
        last_cue = cue if cue.who == "object" else None
        held = cue.current == "yes" or (cue.current == "original" and not sentence.later_post(end))
        if cue.cue in _RIGHT_AFTER_CUES and "no" in (
            _time_before(toks, _adverbs_start(toks, i), i),
            _time_before_person(toks, mentions[targets[-1]][0]),
        ):
            held = False  # `ông A, lúc đó đã là Thứ trưởng …`, `khi đó ông đang là …`: the post held then
        for phrase in phrases:
            given = phrase if held else replace(phrase, current=False)
            for person in targets:
                found.append(ClauseTitle(person, given, ended=cue.current == "ended"))
            used.add(phrase.first)
        i = end
    return found


def appointed(
    toks: Sequence[Token], mentions: Sequence[tuple[int, int, int]], by_first: dict[int, TitlePhrase]
) -> list[int]:
    """The people a sentence says are appointed, elected or kept in a post, whether or not the post is read after
    the cue (`officials_appointed_cues.txt`, whole words: not `giữ chức năng`, `điều động làm việc`): the person
    named right before the cue, with only adverbs between, and those joined to them by `và` or a comma (`Các ông
    A, B được chỉ định làm Phó`, cut there); `mentions` and `by_first` as for clause_titles. A cue ending in
    `làm`, `giữ`, `là` or `vào` names a post only when one follows it (`_post_follows`): not a task (`được chỉ
    định làm xét nghiệm`, `được bầu vào top 10`). Each cue's person is found by a bisect over the names' ends:
    linear in the sentence."""
    matcher = list_matcher("officials_appointed_cues.txt")
    openers = matcher.openers
    ends = sorted((name_end, n) for n, (_, _, name_end) in enumerate(mentions))
    keys = [end for end, _ in ends]
    found: list[int] = []
    for i, tok in enumerate(toks):
        length = _cue_length(matcher, toks, i) if tok.lower in openers else 0
        if not length or (
            toks[i + length - 1].lower in _OPEN_CUE_ENDS and not _post_follows(toks, i + length, by_first)
        ):
            continue
        j = i
        while j > 0 and toks[j - 1].lower in _APPOINTED_ADVERBS and i - j < _MAX_ADVERBS:
            j -= 1
        k = bisect_right(keys, j) - 1
        if k < 0 or keys[k] != j:
            continue  # no name ends right before the cue: the clause is about someone else, or a group
        chosen = [ends[k][1]]
        first = mentions[chosen[0]][0]
        while k > 0:
            k -= 1
            end, n = ends[k]
            between = {t.lower for t in toks[end:first]}
            if end >= first or not between or not between <= _joiners_and_anchors():
                break
            chosen.append(n)
            first = mentions[n][0]
        found.extend(chosen)
    return found


_APPOINTED_ADVERBS = frozenset({"đã", "vừa", "mới", "cũng", "đều", "chính", "thức", "sẽ", "lại"})
_MAX_ADVERBS = 3
_OPEN_CUE_ENDS = frozenset({"làm", "giữ", "là", "vào"})  # a cue ending so may go on to a task, not a post
_MAX_POST_LINKS = 6  # link words between such a cue and its post (`giữ chức vụ`, `làm các chức vụ`)


def _cue_length(matcher: PhraseMatcher[bool], toks: Sequence[Token], i: int) -> int:
    """The tokens of an appointment cue at toks[i], in whole words (not `giữ chức` of `giữ chức năng`). The
    segmenter may join a cue's last `làm`, `giữ`, `là` or `vào` to the next word (`làm người | đứng đầu`): such a
    cue is taken from a word's start, since a post must follow it (`_post_follows`)."""
    length = matcher.length(toks, i, whole_words=True)
    if length or not toks[i].first:
        return length
    length = matcher.length(toks, i)
    return length if length and toks[i + length - 1].lower in _OPEN_CUE_ENDS else 0


def _post_follows(toks: Sequence[Token], k: int, by_first: dict[int, TitlePhrase]) -> bool:
    """A post follows a cue that ends at toks[k] (`làm Phó Giám đốc`, `giữ chức vụ Chủ tịch`, `vào Ban Chấp
    hành`), past the link words of a post (`chức vụ`, `các`): a title phrase, a capitalised word or a post in
    lower case (`officials_appointed_posts.txt`: `người đứng đầu`); or nothing does, the excerpt cut at the
    cue. Not a task (`làm xét nghiệm`, `giữ xe máy`, `là gương mặt`, `vào top 10`)."""
    start = k
    while k < len(toks) and k not in by_first and _post_link(toks[k]) and k - start < _MAX_POST_LINKS:
        k += 1
    if k >= len(toks) or k in by_first or toks[k].is_cap_word or toks[k].text in _CUT_MARKS:
        return True
    return bool(list_matcher("officials_appointed_posts.txt").length(toks, k))


_CUT_MARKS = frozenset({"…", "..."})  # an excerpt cut right after the cue (`được chỉ định làm …`)


@cache
def _joiners_and_anchors() -> frozenset[str]:
    """What may stand between the names of a list (`và`, a comma) and the anchors before a name (`ông`, `bà`)."""
    return _JOINERS | load_words("officials_anchors.txt")


def _titles_after(toks: Sequence[Token], k: int, by_first: dict[int, TitlePhrase], used: set[int]) -> list[TitlePhrase]:
    start = k
    while k < len(toks) and k not in by_first and _post_link(toks[k]) and k - start < 6:
        k += 1
    listed = False  # the titles follow a colon: a career list (`trải qua các vị trí như: giảng viên, …`)
    if k not in by_first:
        colon = _after_colon(toks, k)
        listed, k = colon != k, colon
    phrases: list[TitlePhrase] = []
    while k < len(toks):
        if listed and k not in by_first:
            k = _past_plain_item(toks, k, by_first)  # `giảng viên,`: a job that is no title, the list goes on
        phrase = by_first.get(k)
        if phrase is None or phrase.first in used:
            break
        phrases.append(phrase)
        k = phrase.last
        if listed and k in by_first:
            continue  # `Bí thư Đảng ủy Giám đốc Học viện …`: a list's comma left out between two posts
        if k < len(toks) and toks[k].lower in _LIST_SEPARATORS:
            k += 1
            k += _connector_length(toks, k)
            continue
        term_end = _term_end(toks, k)
        if term_end < len(toks) - 1 and toks[term_end].text == ";" and term_end + 1 in by_first:
            k = term_end + 1  # `là Ủy viên Trung ương Đảng khóa III, IV; Đại biểu Quốc hội …`: the list goes on
            continue
        if term_end > k and toks[term_end - 1].text == "," and term_end in by_first:
            k = term_end  # `Ủy viên Trung ương Đảng khóa XII, Phó Tổng Biên tập …`: the comma read with the term
            continue
        if k + 1 < len(toks) and toks[k].lower == "lên":  # `từ Trung tướng lên Thượng tướng`
            nxt = by_first.get(k + 1)
            if nxt is not None and phrases:
                phrases[-1] = replace(phrases[-1], current=False)
                phrases.append(nxt)
            break
        break
    return phrases


_PLAIN_ITEM = 3  # lower-case words of an item of a career list that is no title (`giảng viên`, `chuyên viên`)


def _past_plain_item(toks: Sequence[Token], k: int, by_first: dict[int, TitlePhrase]) -> int:
    """Where the next title of a career list starts past an item in lower case that is no title (`giảng viên,
    Phó Trưởng khoa …`); k when toks[k] opens no such item."""
    j = k
    while j < len(toks) and j - k < _PLAIN_ITEM and toks[j].is_word and not toks[j].is_cap:
        j += 1
    if j > k and j + 1 < len(toks) and toks[j].text in {",", ";"} and j + 1 in by_first:
        return j + 1
    return k


_CONNECTORS = (("sau", "đó"), ("đồng", "thời"), ("rồi",))
_TERM_WORDS = frozenset({"khóa", "khoá", "nhiệm", "kỳ", "từ", "đến", "năm", "tháng", "-", ",", "và"})
_ROMAN = frozenset("IVXL")
_MAX_TERM = 10  # tokens of a term after a post (`từ khóa II đến khóa VI`, `nhiệm kỳ 2015 - 2020`)


def _term_end(toks: Sequence[Token], k: int) -> int:
    """One past the term written after a post at toks[k] (`khóa III, IV`, `nhiệm kỳ 2015 - 2020`), or k."""
    j = k
    while j < len(toks) and j - k < _MAX_TERM:
        tok = toks[j]
        if not (tok.lower in _TERM_WORDS or tok.kind in {"number", "date"} or (tok.text and set(tok.text) <= _ROMAN)):
            break
        j += 1
    return j if j > k and toks[k].lower in {"khóa", "khoá", "nhiệm", "từ"} else k


def _connector_length(toks: Sequence[Token], k: int) -> int:
    words = tuple(t.lower for t in toks[k : k + 2])
    for connector in _CONNECTORS:
        if words[: len(connector)] == connector:
            return len(connector)
    return 0


def _after_colon(toks: Sequence[Token], k: int) -> int:
    for j in range(k, min(len(toks), k + _LOOK_FOR_COLON)):
        if toks[j].text == ":":
            return j + 1
        if toks[j].text in {".", ";"}:
            break
    return k


def _objects(
    toks: Sequence[Token],
    end: int,
    sentence: _Sentence,
    starts: dict[int, int],
    *,
    single: bool = False,
    clause: bool = False,
) -> list[int]:
    """The people after `đối với` (a list of them): `… đối với ông Thái Thanh Quý`; the one person right after
    `cho` or `với` (`… cho bà Phan Thị H`); `starts`: the first mention starting at each token."""
    for j in range(end, min(len(toks) - 1, end + 40)):
        if toks[j].text in {".", ";"} or toks[j].lower == "để" or (clause and toks[j].text == ","):
            return []  # `để`: a purpose clause, about someone else; after a subject's cue, the clause's end
        if toks[j].lower == "đối" and toks[j + 1].lower == "với":
            return sentence.between(j + 1, sentence.list_end(j + 2))
        linked = single and toks[j].lower in {"cho", "với"} and toks[j - 1].lower != "thay"  # not `thay cho`
        after = j + 1 + anchor_matcher().length(toks, j + 1) if linked else -1
        if after in starts:
            return [starts[after]]  # `bổ nhiệm chức vụ Vụ trưởng … cho bà H`, `cho thôi nhiệm vụ … với ông K`
    return []


def _named_after_list(
    toks: Sequence[Token], end: int, first_mention: dict[int, int], by_first: dict[int, TitlePhrase]
) -> list[int]:
    """The person named right after the titles of the clause and a comma, the one the sentence is about (`trong
    thời gian giữ các cương vị A, B, bà H tham gia …`, `…, ông đã ký …`), past a bracket that dates the posts
    (`… Chủ tịch HĐQT Công ty X (giai đoạn 2004-2010), Thứ trưởng H đã …`), not a bracket naming someone (`…
    Giám đốc Sở Y tế (ông B thay), Thứ trưởng H …`); `first_mention`: the first mention starting at each token."""
    closed = after_parenthesis(toks, end)
    if closed > end and not _dated_bracket(toks, end, closed, first_mention):
        return []
    end = closed
    k = end + int(end < len(toks) and toks[end].text == ",")
    for _ in range(_MAX_CHAIN):  # `…, Thứ trưởng H đã …`: the person's own titles before the name
        phrase = by_first.get(k)
        if phrase is None or phrase.last <= k:
            break
        k = phrase.last
    found = [first_mention[n] for n in (k, k + anchor_matcher().length(toks, k)) if n in first_mention]
    return [min(found)] if found else []  # the mention of a name starts after its anchor


def _dated_bracket(toks: Sequence[Token], opened: int, closed: int, first_mention: dict[int, int]) -> bool:
    """The bracket toks[opened:closed] dates the posts before it (`(giai đoạn 2004-2010)`, `(từ tháng 1/2004)`): a
    number or a date in it and no one named."""
    inside = range(opened + 1, closed - 1)
    if any(k in first_mention or name_length(toks, k) or foreign_name_length(toks, k) for k in inside):
        return False
    return any(toks[k].text[:1].isdigit() for k in inside)


def _named_after_la(
    toks: Sequence[Token], end: int, mentions: Sequence[tuple[int, int, int]], starts: dict[int, int]
) -> list[int]:
    """The people named right after the post and `là` (`bầu Chủ tịch mới là bà C`, `bổ nhiệm Phó Giám đốc là ông A
    và ông B`): the post is theirs. A name after a comma joins them only when a `và` closes the list (`…, ông D
    cho biết` is the speaker), and one with titles of its own ends it (`…, bà E, Phó Chủ tịch …, cho biết`).
    A counted post (`bổ nhiệm 2 Phó Chủ tịch mới là ông A và ông B`) is the list headers' (`lists.py`);
    `starts`: the first mention starting at each token."""
    k = end + int(end < len(toks) and toks[end].lower in NEW_WORDS)
    if k >= len(toks) or toks[k].lower != "là":
        return []
    k += 1
    k += anchor_matcher().length(toks, k)
    chosen: list[int] = []
    pending: list[int] = []  # names after a comma, theirs only if a `và` closes the list
    joined_by_and = True  # the first name after `là`
    while k in starts:
        n = starts[k]
        _, last, name_end = mentions[n]
        if chosen and last > name_end:
            break  # a name with titles of its own: a person the sentence tells apart, not one of the list
        if joined_by_and:
            chosen += [*pending, n]
            pending = []
        else:
            pending.append(n)
        k = name_end
        joined_by_and = False
        while k < len(toks) and toks[k].lower in _JOINERS:
            joined_by_and = joined_by_and or toks[k].lower == "và"
            k += 1
        k += anchor_matcher().length(toks, k)
    return chosen


def _subjects(
    toks: Sequence[Token], cue: int, mentions: Sequence[tuple[int, int, int]], sentence: _Sentence
) -> list[int]:
    """The nearest person before the cue, and those joined to them (`bà A và ông B được … giữ chức`); when
    the nearest one is named with titles of their own (`A, Giám đốc …, và bà B, nguyên Chủ tịch … (hiện là
    …)`, `của bà H, ông T, nguyên Vụ trưởng …, được bổ nhiệm`) the clause is about that one alone."""
    nearest = sentence.latest_before(cue)
    if nearest < 0 or sentence.someone_between(mentions[nearest][1], cue):
        return []
    chosen = [nearest]
    _, nearest_last, nearest_name_end = mentions[nearest]
    if nearest_last > nearest_name_end:
        return chosen
    for n in range(nearest - 1, -1, -1):
        first, last, _ = mentions[n]
        if first >= cue:
            continue  # named earlier but starting past the cue: not before it
        words = {t.lower for t in toks[last : mentions[chosen[0]][0]]}
        if words <= _joiners_and_anchors():
            chosen.insert(0, n)
        else:
            break
    return chosen


_AGENT_MARKS = PASSIVE_MARKS | {"do"}  # `A được / do Bộ trưởng B bổ nhiệm làm …`: B is the agent
_MAX_CHAIN = 4  # titles chained before an agent's name (`tân Tổng thống nước Cộng hòa Pháp Emmanuel Macron`)


def _agent_mark(toks: Sequence[Token], name_first: int, by_last: dict[int, TitlePhrase]) -> int:
    """The passive mark (`được`, `bị`, `do`) written right before a person's name and the titles set before it
    (`được cựu Tổng thống Barack Obama`), or -1: that person is the agent of the clause, not the one it is about."""
    k = name_first
    for _ in range(_MAX_CHAIN):
        phrase = by_last.get(k)
        if phrase is None:
            break
        k = modified_start(toks, phrase)
    return k - 1 if k > 0 and toks[k - 1].lower in _AGENT_MARKS else -1


def _patients(
    toks: Sequence[Token],
    cue: int,
    targets: list[int],
    mentions: Sequence[tuple[int, int, int]],
    by_last: dict[int, TitlePhrase],
    sentence: _Sentence,
) -> list[int]:
    """The people a subject's cue is about when the nearest person before it is the agent of a passive (`ông A được
    Tổng thống B chỉ định làm Thủ tướng`, `A do Thứ trưởng B bổ nhiệm làm …`): those named right before the mark
    (with only adverbs, or their own titles and a comma, between), or no one (`người được Tổng thống B đề cử làm
    …`); otherwise `targets` unchanged. An agent right before the cue holds the post (`do B làm trưởng đoàn`)."""
    agent = mentions[targets[-1]]
    if _right_after(toks, agent, cue, sentence) or _after_own_titles(toks, agent, cue):
        return targets  # `đoàn do Phó Thủ tướng B làm trưởng đoàn`: the agent holds the post himself
    mark = _agent_mark(toks, agent[0], by_last)
    if mark < 0:
        return targets
    before = _subjects(toks, mark, mentions, sentence)
    if not before:
        return []
    nearest = mentions[before[-1]]
    if _right_after(toks, nearest, mark, sentence) or _after_own_titles(toks, nearest, mark):
        return before
    return []


_JOINERS = frozenset({"và", ",", "cùng"})
_CLOSE_CUES = frozenset({"làm", "còn làm"})  # cues that follow the person's name or titles directly
_RIGHT_AFTER_CUES = frozenset({"là"})
# `chính` stresses the copula (`ông A cũng chính là trưởng đoàn`): the clause is still about A; `hiện`, `đang`,
# `nay`, `tiếp tục` tell the post is held now (`ông A hiện đang là …`, `ông B vẫn tiếp tục là …`).
_ADVERBS = frozenset(
    {"đã", "cũng", "vẫn", "từng", "đều", "lúc", "này", "khi", "ấy", "đó", "chính", "hiện", "đang", "nay", "tiếp", "tục"}
)
_DETAIL_REACH = 8  # tokens of a person's details before the comma (`sinh năm 1963,`)


def _right_after(toks: Sequence[Token], mention: tuple[int, int, int], cue: int, sentence: _Sentence) -> bool:
    """Only adverbs (`đã`, `cũng`) stand between the person's name and the cue, past the person's details in
    brackets and a comma that sets off a word of time (`_set_off_time`)."""
    _, last, name_end = mention
    if name_end < cue and toks[name_end].text == "(":  # `A (45 tuổi, trú …) là Giám đốc …`: the details first
        close = sentence.close_bracket(name_end, cue)
        name_end = close + 1 if close is not None else name_end
    adverbs = _adverbs_start(toks, cue)
    return adverbs <= _set_off_time(toks, name_end, cue, adverbs) and last <= cue


def _set_off_time(toks: Sequence[Token], k: int, cue: int, adverbs: int) -> int:
    """Past a comma after the person's name, and past the details before it (officials_detail_cues.txt), when a
    word of time follows it before the cue (officials_copula_times.tsv: `ông A, lúc đó đã là Thứ trưởng …`, `ông B
    sinh năm 1963, hiện đang là Chủ tịch …`): the clause is still about the person. Else k: a comma alone sets off
    another clause (`Theo ông A, đó là …`). `adverbs`: where the run of adverbs before the cue starts."""
    j = k
    if j < cue and detail_matcher().length(toks, j):
        stop = min(cue, j + _DETAIL_REACH)
        while j < stop and toks[j].text != ",":
            j += 1
    # only adverbs may stand between the comma and the cue: checked first, so the word of time is looked for in
    # that short run, never back to a comma anywhere earlier in the sentence (once per cue, quadratic)
    if j >= cue or toks[j].text != "," or adverbs > j + 1:
        return k
    return j + 1 if _time_before(toks, j + 1, cue) else k


_ADVERB_RUN = 8  # the longest run of adverbs read before a cue (`ông A, lúc đó cũng đã từng là …`)


def _adverbs_start(toks: Sequence[Token], cue: int) -> int:
    """Where the run of adverbs and words of time right before the cue starts: a word of time may hold words that
    are no adverbs (`thời điểm đó`, `lúc bấy giờ`, `hiện tại`, `đương nhiệm`: officials_copula_times.tsv)."""
    times = copula_times()
    k = cue
    while k > 0 and cue - k < _ADVERB_RUN:
        length, _ = times.ending_at(toks, k)  # first: `đó` ends `thời điểm đó` as well as standing alone
        if length and cue - (k - length) <= _ADVERB_RUN:
            k -= length
        elif toks[k - 1].lower in _ADVERBS:
            k -= 1
        else:
            break
    return k


def _time_before_person(toks: Sequence[Token], first: int) -> str | None:
    """The word of time written right before the person the copula is about, or before the word of address that
    opens their mention (`Lúc đó ông A đang là …`, `khi đó ông đang là …`): whether it says held now or then."""
    for end in (first, first - 1):
        length, held = copula_times().ending_at(toks, end)
        if length:
            return held
    return None


def _time_before(toks: Sequence[Token], start: int, cue: int) -> str | None:
    """Whether the word of time among the adverbs toks[start:cue] says the post is held now (`yes`: `hiện`) or was
    then (`no`: `lúc đó`); None when there is none."""
    times = copula_times()
    for end in range(cue, start, -1):
        length, held = times.ending_at(toks, end)
        if length and end - length >= start:
            return held
    return None


def _after_own_titles(toks: Sequence[Token], mention: tuple[int, int, int], cue: int) -> bool:
    """The cue follows the titles set beside the person's name, with only adverbs or a comma between (`ông A -
    Phó Chánh Thanh tra TP là trưởng đoàn`, `bà B, Giám đốc Sở C, là Tổ trưởng …`): the clause is still about
    that person."""
    _, last, name_end = mention
    return name_end < last <= cue and all(t.lower in _ADVERBS or t.text == "," for t in toks[last:cue])


_GROUP_WORDS = frozenset({"các", "những", "(", ")"})


def _close(toks: Sequence[Token], mention: tuple[int, int, int], cue: int, sentence: _Sentence) -> bool:
    """No group (`các chuyên gia`) nor bracket stands between a person and `làm`: `A được đưa về làm …`, `ông
    A cho biết ông công tác tại Sở từ năm 1995, làm chuyên viên …`; not `bé A (…), Hội đồng gồm các chuyên
    gia tham gia làm Chủ tịch …`, nor the agent of a passive (`A được Tổng thống B chỉ định làm Thủ tướng`)."""
    first, last, name_end = mention
    if any(t.lower in PASSIVE_MARKS for t in toks[max(0, first - 4) : first]):
        return False
    if last < cue and toks[last].text == "(":  # `A, Cục trưởng … (bộ Y tế) làm trưởng đoàn`: a bracket of A's
        close = sentence.close_bracket(last, cue)
        last = (close if close is not None else cue) + 1
    elif name_end < last < cue and toks[last].text == ")" and any(t.text == "(" for t in toks[name_end:last]):
        # `ông A (Ủy viên …, Trưởng ban …) đến nhận nhiệm vụ mới làm …`: the bracket of A's own titles, opened
        # after the name (not one the name stands in: `Tổ giúp việc (ông A, Ủy viên …) được cử làm …`)
        last += 1
    return not sentence.group_between(last, cue)
