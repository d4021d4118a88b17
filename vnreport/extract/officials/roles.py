"""An official's role in the event, from the constructions around each mention (cues are data:
`officials_role_cues.tsv`, matched on whole segmenter words):

- `after`: the person is the subject of a verb that follows the name and its titles (`A chủ trì hội nghị`,
  `A, Phó Giám đốc Sở Y tế, cho biết`, `A dẫn đầu đoàn`, `A tiếp Đại sứ B`, `A dự lễ`, `A ký quyết định`);
  a quotation after a colon (`A hỏi: “…”`) is speech;
- `of`: the person follows a noun phrase or preposition that gives the role (`dưới sự chủ trì của A`,
  `với sự tham dự của A`, `Theo A, …`, `hội đàm với A`, `trao quyết định cho A`);
- `before`: the sentence opens with the cue before its first person (`Dự hội nghị có các đồng chí: A; B`
  makes every listed person an attendee; `Phát biểu tại …, A` names one speaker);
- `object`: a verb that makes the person its object (`giao cho ông A chủ trì, phối hợp …`): the verb after
  the name is not the person's own;
- `none`: phrases that read like a cue but give no role (`chủ trì, phối hợp` of a task assignment).

People named one after another with only `,`, `;`, `và`, `cùng` between them share the verb that follows the
last of them (`A, B và C đồng chủ trì`); those after `cùng` accompany the subject, so they attended what the
subject chaired (`Bí thư A cùng Phó Chủ tịch B làm việc với …`). A negated cue (`không chủ trì`) gives nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from vnreport.datafiles import prebuilt
from vnreport.extract.names import anchor_matcher, title_matcher
from vnreport.extract.officials.anchoring import after_parenthesis
from vnreport.extract.officials.lexicon import RoleCueRow
from vnreport.lexicon import (
    PASSIVE_MARKS,
    PhraseMatcher,
    RolePhraseRow,
    list_matcher,
    load_list,
    load_rows,
    phrase_matcher,
)
from vnreport.numbers import number_words
from vnreport.report.model import Role
from vnreport.segment.dictionary import is_word
from vnreport.segment.tokens import Token
from vnreport.text import DASHES

# The single `role` is the most telling one: whoever chaired and also spoke is the chair.
ROLE_ORDER: tuple[Role, ...] = ("chaired", "signed", "spoke", "attended")

_AFTER_WINDOW = 25  # tokens after a mention and its titles (up to the next person) in which a verb counts
_INTRO_WINDOW = 6  # tokens of the sentence's opening that may hold a `before` cue of one speaker or chair
_GAP_WINDOW = 8  # tokens a gapped cue (`trao … cho`) may span
_NEGATION = frozenset({"không", "chưa", "chẳng", "chả"})
_JOINERS = frozenset({",", ";", "và", "cùng", "với"})
_ACCOMPANY = frozenset({"cùng", "với"})
_LIST_OPENERS = frozenset({"có", "gồm", ":"})  # end a list header: `Chủ tọa kỳ họp có các đồng chí:`
_PREPOSITIONS = frozenset({"của", "với"})  # a person right after them is a preposition's object
_OCCASIONS = frozenset({"tại", "trong", "khi", "với"})  # `kết luận của A tại buổi làm việc`: his own meeting
_PLURALS = frozenset({"các", "những"})
_COORDINATION = frozenset({"và", "cùng"})
_REST_WINDOW = 10  # words of the rest of a title between a mention and its verb
_REST_LOWER = 3  # lower-case words outside the organisations' vocabulary in the rest of a title
_APPOSITION_WINDOW = 20  # words of an apposition (`A, Tổ trưởng Tổ công tác … vốn đầu tư công, đã chủ trì`)
_YEAR_END = re.compile(r"[/.-]\d{4}$")  # `8/2016`, `1.6.2016`: a date written with its year
_PHRASE_WINDOW = 24  # tokens of a parenthesis or a prepositional phrase between a person and the verb


@dataclass(frozen=True)
class Span:
    """A person's mention in a sentence: `pre` its first token (titles, honorifics and anchor before the
    name included), `first` the name's first token, `last` one past the name and the titles after it."""

    pre: int
    first: int
    last: int
    titled: bool = False  # titles follow the name (`A, Giám đốc Sở Y tế`): their rest may run on


@dataclass(frozen=True)
class _Cue:
    role: str
    where: str
    gap: int  # 0 for a plain cue; else the number of words before the `…` of a gapped cue


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    role: str
    where: str
    paper: bool = False  # a `paper` cue (`có văn bản`), read as `after`: its subject is bound more strictly


@cache
def _reported() -> frozenset[str]:
    """What follows is the person's words, not their acts: a quote, `;`, and the told openers of the words
    said (the `words` told_opener rows of summary_cues.tsv)."""
    rows = load_rows("summary_cues.tsv", RolePhraseRow)
    return frozenset({"“", '"', ";"} | {r.phrase for r in rows if r.role == "told_opener" and r.value == "words"})


@prebuilt("role-cue-matchers")
def _matchers() -> tuple[PhraseMatcher[tuple[_Cue, ...]], PhraseMatcher[tuple[_Cue, ...]]]:
    """The cues (plain phrases and the head of gapped ones), and the tails of gapped cues; a phrase may
    be a cue in several places (`chủ trì` after the name or opening the sentence)."""
    rows: dict[tuple[bool, str], list[_Cue]] = {}
    for row in load_rows("officials_role_cues.tsv", RoleCueRow):
        if "…" in row.cue:
            head, tail = (part.strip() for part in row.cue.split("…", 1))
            rows.setdefault((True, head), []).append(_Cue(row.role, row.where, 1))
            rows.setdefault((False, tail), []).append(_Cue(row.role, row.where, 0))
        else:
            rows.setdefault((True, row.cue), []).append(_Cue(row.role, row.where, 0))
    heads: PhraseMatcher[tuple[_Cue, ...]] = PhraseMatcher("lower")
    tails: PhraseMatcher[tuple[_Cue, ...]] = PhraseMatcher("lower")
    for (is_head, phrase), cues in rows.items():
        (heads if is_head else tails).add(phrase, tuple(cues))
    return heads, tails


def role_adverb_matcher() -> PhraseMatcher[bool]:
    return list_matcher("officials_role_adverbs.txt")


def opener_matcher() -> PhraseMatcher[bool]:
    return list_matcher("officials_role_openers.txt")


def welcome_matcher() -> PhraseMatcher[bool]:
    """`Đón`, `Tiễn`: a welcome opening a sentence, its welcomers listed after `có` (officials_role_welcomes.txt)."""
    return list_matcher("officials_role_welcomes.txt")


def background_matcher() -> PhraseMatcher[bool]:
    """`Trước đó`, `Khi`: a sentence opening in a time told as background (officials_role_background.txt)."""
    return list_matcher("officials_role_background.txt")


def then_matcher() -> PhraseMatcher[bool]:
    """`khi đó`, `lúc ấy`: a past time told as background (officials_role_then.txt)."""
    return list_matcher("officials_role_then.txt")


@prebuilt("officials-title-rest-matcher")
def title_rest_matcher() -> PhraseMatcher[bool]:
    """Lower-case words of organisation names (the officials' and the organisations' vocabularies)."""
    names = ("officials_org_words.txt", "orgs_vocab.txt", "officials_title_rest.txt")
    return phrase_matcher([phrase for name in names for phrase in load_list(name)])


def _word_start(toks: Sequence[Token], i: int) -> bool:
    """A segmenter word starts here, or the dictionary glued this syllable to the capitalised one before it
    (`Trần Đại Quang dẫn đầu` is segmented `Quang dẫn`)."""
    if toks[i].first:
        return True
    glued = i > 0 and toks[i - 1].is_cap_word and toks[i].is_word and not toks[i].is_cap
    return glued and not is_word(f"{toks[i - 1].lower} {toks[i].lower}")  # not the `ký` of `Thư ký`, `Đăng ký`


def _match(matcher: PhraseMatcher[tuple[_Cue, ...]], toks: Sequence[Token], i: int) -> tuple[int, tuple[_Cue, ...]]:
    """The longest cue at toks[i]. A cue of one syllable must be a whole word (`ký`, not the `ký` of `đăng
    ký`; `dự`, not `dự kiến`); a longer one is matched on syllables, as the dictionary segmenter may split
    it wrongly (`sự chủ` `trì`)."""
    if not matcher.starts(toks[i]):
        return 0, ()
    length, cues = matcher.match(toks, i)
    if length == 1 and not (_word_start(toks, i) and toks[i].last):
        return 0, ()
    return (length, cues) if length and cues else (0, ())


def cue_hits(toks: Sequence[Token]) -> list[_Hit]:
    """Every cue of the sentence on whole words, a negated one left out (a gapped one too); a gapped cue (`trao …
    cho`) spans from its head to the end of its tail."""
    heads, tails = _matchers()
    hits: list[_Hit] = []
    background = _background_opening(toks)
    i = 0
    while i < len(toks):
        length, cues = _match(heads, toks, i)
        if not length:
            i += 1
            continue
        before = toks[i - 1].lower if i > 0 else ""
        negated = before in _NEGATION | PASSIVE_MARKS
        unheld = toks[i].lower == _HAVE and _unheld(toks, i)
        met_with = False  # `A có cuộc gặp với B`: the one met attends; its holder is left to other cues
        for cue in sorted(cues, key=lambda c: -c.gap):
            if cue.gap:
                # `không có cuộc gặp nào với A`: a denied meeting; `sẽ có cuộc gặp với A`: one not held yet; a
                # passive mark stays (`được trao … cho A`)
                tail = 0 if before in _NEGATION or unheld else _tail(toks, i + length, cue, tails)
                if tail:
                    hits.append(_Hit(i, tail, cue.role, cue.where))
                    met_with = met_with or (cue.where == "of" and toks[tail - 1].lower == _WITH)
            elif cue.role == "attended" and _plain_meeting_unheld(toks, i, before, met_with=met_with):
                continue
            elif cue.where == "paper":  # `A đã có văn bản …`: the subject's act, unless told as background
                # nor announced (`sẽ có văn bản gửi …`, `sắp có công văn`: officials_role_unheld.txt)
                if not negated and not background and not _unheld(toks, i):
                    hits.append(_Hit(i, i + length, cue.role, "after", paper=True))
            elif not negated and not (cue.role == "chaired" and unseated(toks, i, length)):
                hits.append(_Hit(i, i + length, cue.role, cue.where))
        i += length
    return hits


def _background_opening(toks: Sequence[Token]) -> bool:
    """The sentence opens with a time told as background (`Trước đó, …`, `Khi công dân khiếu nại, …`), perhaps after
    a bracketed photo credit the page glued before it (`(Ảnh: X) Khi …`)."""
    start = 0
    if toks and toks[0].text == "(":
        close = _closing(toks, 0, len(toks))
        start = close + 1 if close is not None else 0
    return bool(background_matcher().length(toks, start, whole_words=True))


# the first words of the plain cues of a meeting (`gặp`, `có cuộc gặp`) that a plan right before leaves unheld
_MEETING_HEADS = frozenset({"có", "gặp"})
_WITH = "với"  # the tail of `có cuộc gặp … với B`
_MEETING_NOUNS = frozenset({"cuộc", "buổi"})  # `A trong một cuộc gặp ở B`: the meeting named, no verb of A

# opens the gapped cues of a meeting had (`có cuộc gặp … với`, `có buổi gặp mặt … với`): the ones a plan or an
# occasion (officials_role_unheld.txt) right before leaves unheld; not `trao … cho`, `tặng … cho`
_HAVE = "có"


def _plain_meeting_unheld(toks: Sequence[Token], i: int, before: str, *, met_with: bool) -> bool:
    """A plain meeting cue at toks[i] (`gặp`, `có cuộc gặp`) that gives no attendance: the gapped `có cuộc gặp …
    với` read there already (`met_with`: the one met attends, its holder is left to other cues); a noun after
    `cuộc`, `buổi` (`trong một cuộc gặp ở B`: no verb of A); a meeting only planned (`A sẽ gặp B`, `dự kiến có
    cuộc gặp`)."""
    if toks[i].lower not in _MEETING_HEADS:
        return False
    return met_with or before in _MEETING_NOUNS or _unheld(toks, i)


def _unheld(toks: Sequence[Token], i: int) -> bool:
    """A marker of officials_role_unheld.txt ends right before toks[i] (`sẽ`, `dự kiến`, `sau khi`): the meeting
    that starts there is planned or proposed, or the occasion of another act, not held in the sentence."""
    markers, longest = _unheld_markers()
    return any(" ".join(t.lower for t in toks[i - n : i]) in markers for n in range(1, min(i, longest) + 1))


@cache
def _unheld_markers() -> tuple[frozenset[str], int]:
    """The markers, and the tokens of the longest (`dự kiến`, `sau khi`): read from the data so a longer marker
    added there is looked for."""
    markers = frozenset(load_list("officials_role_unheld.txt"))
    return markers, max((len(m.split()) for m in markers), default=0)


def _tail(toks: Sequence[Token], k: int, cue: _Cue, tails: PhraseMatcher[tuple[_Cue, ...]]) -> int:
    """One past the tail of a gapped cue within `_GAP_WINDOW` tokens after its head; 0 when none."""
    for j in range(k, min(len(toks), k + _GAP_WINDOW)):
        if toks[j].lower in _reported() or toks[j].text == ".":
            break
        length, cues = _match(tails, toks, j)
        if length and any(c.role == cue.role and c.where == cue.where for c in cues):
            return j + length if cue.role != "signed" or _agreement_between(toks, k, j) else 0
    return 0


def _agreement_between(toks: Sequence[Token], k: int, j: int) -> bool:
    """Nothing, or what two sides sign together (officials_role_agreements.txt: `thỏa thuận`, `bản ghi nhớ`), stands
    in toks[k:j], the gap of a signing cue (`ký một thỏa thuận với B`; not `ký quyết định, sau đó họp với B`)."""
    agreements = list_matcher("officials_role_agreements.txt")
    return k == j or any(agreements.length(toks, t) for t in range(k, j))


# a clause's end right after a sitting cue: its object is the sitting told before (`Phó Chủ tịch A điều hành.`,
# `A sẽ tiếp tục điều hành, chỉ đạo hết Đại hội`)
_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?", ")"})


@cache
def _sitting_matchers() -> tuple[frozenset[str], PhraseMatcher[bool]]:
    """The sitting cues (summary_cues.tsv `sitting_cue`: `điều hành`) and the sittings they chair (`sitting`)."""
    rows = load_rows("summary_cues.tsv", RolePhraseRow)
    cues = frozenset(r.phrase for r in rows if r.role == "sitting_cue")
    return cues, phrase_matcher([r.phrase for r in rows if r.role == "sitting"])


def unseated(toks: Sequence[Token], i: int, length: int) -> bool:
    """The chair cue toks[i : i + length] is a sitting cue (`điều hành`) with neither a sitting (`phiên họp`,
    `hội nghị`, `buổi …`) nor the clause's end after it: it runs a country, a firm, prices or a policy
    (`điều hành đất nước`, `điều hành Công ty X`, `điều hành giá`), or names a title or a board (`Phó Chủ tịch
    điều hành Tập đoàn X`, `ban điều hành đề án`) — not the chair of the event."""
    cues, sittings = _sitting_matchers()
    if " ".join(t.lower for t in toks[i : i + length]) not in cues:
        return False
    k = i + length
    return k < len(toks) and toks[k].text not in _CLAUSE_ENDS and not sittings.length(toks, k)


def sentence_roles(toks: Sequence[Token], spans: Sequence[Span]) -> list[list[Role]]:
    """The roles of each person mentioned in a sentence (`spans` in the order of the text)."""
    roles: list[list[Role]] = [[] for _ in spans]
    if not spans:
        return roles
    hits = cue_hits(toks)
    ends = {h.end: h for h in hits if h.where in ("of", "object")}
    verbs = _VerbIndex([h for h in hits if h.where == "after"])
    guest_end = _guest_verb_end(verbs.hits, spans[0].last)
    groups = _groups(toks, spans, verbs)
    for group in groups:
        members = [k for k, _ in group]
        head = spans[members[0]]
        before = ends.get(head.pre)
        if before is None and head.pre > 0 and toks[head.pre - 1].text == ",":
            before = ends.get(head.pre - 1)  # `Theo Giám đốc Sở, ông A,`
        object_of = before is not None and before.where == "object"
        if before is not None and before.where == "of" and before.role != "none":
            guest_from = _reception_guest(toks, spans, members, before)
            for n, (k, _) in enumerate(group):  # `buổi tiếp của A với Đại sứ B`: B is A's guest, not a second host
                _add(roles[k], "attended" if n >= guest_from else before.role)  # type: ignore[arg-type]
        if object_of or _prepositional_object(toks, head, len(members)):
            continue
        last = spans[members[-1]]
        if _possessor_set_off(toks, head, last):
            continue
        next_pre = spans[members[-1] + 1].pre if members[-1] + 1 < len(spans) else len(toks)
        guest = _led_guest(toks, guest_end, head.pre)
        for role in _after(toks, verbs, last.last, next_pre, titled=last.titled):
            role = _meeting_role(group) if role == "met" else role
            for k, accompanies in group:
                _add(roles[k], "attended" if (accompanies or guest) and role == "chaired" else role)  # type: ignore[arg-type]
    _intro_roles(toks, hits, spans, roles)
    pres = [span.pre for span in spans]
    _welcome_roles(toks, pres, roles)
    _reception_roles(toks, spans, pres, roles)
    return roles


@cache
def _receptions_of() -> frozenset[str]:
    """The of-cues that name a reception by its host (`buổi tiếp của`, `cuộc tiếp của`): the chaired of-cues of
    officials_role_cues.tsv that hold the word of receiving (`tiếp`), read from the table the cues come from."""
    rows = load_rows("officials_role_cues.tsv", RoleCueRow)
    return frozenset(r.cue for r in rows if r.role == "chaired" and r.where == "of" and _RECEIVE in r.cue.split())


def _reception_guest(toks: Sequence[Token], spans: Sequence[Span], members: list[int], before: _Hit) -> int:
    """Where a reception's guests start in a group after `buổi tiếp của` / `cuộc tiếp của` (`buổi tiếp của A với
    Đại sứ B`): the first member joined by `với`; those after it attended A's reception. Any other of-cue (`dưới sự
    chủ trì của A cùng B`) gives its role to every member: len(members). Reads the joiners between the members
    once."""
    if before.role != "chaired" or " ".join(t.lower for t in toks[before.start : before.end]) not in _receptions_of():
        return len(members)
    for n in range(1, len(members)):
        if any(t.lower == "với" for t in toks[spans[members[n - 1]].last : spans[members[n]].pre]):
            return n
    return len(members)


_RECEIVE = "tiếp"
_GUEST_GAP = 3  # tokens between `tiếp` and the guest's mention (`tiếp ông A`, `tiếp Thống đốc tỉnh X - ông A`)
_GUEST_WINDOW = 40  # tokens from `tiếp` to the comma that closes the guest's phrase


def _reception_roles(
    toks: Sequence[Token], spans: Sequence[Span], pres: Sequence[int], roles: list[list[Role]]
) -> None:
    """`Tiếp Chủ tịch Thượng viện X, Thủ tướng A khẳng định …` (`Chiều 20/6, tại Phủ Chủ tịch, tiếp …`): a reception
    told before its host's name. The sentence's opening clause, before any person, is `tiếp` (a whole word, the
    clause's first) and the guest right after it; after the comma that closes the guest's phrase come more guests
    and the host (see `_reception_host`), who is the subject of the sentence's verb (a role read already): the
    host chaired, the guests named before him attended (and only that: the commas joined them to the host's verb).
    One pass over the opening; `pres` the mentions' first tokens, in order."""
    if not spans or spans[0].pre == 0:
        return
    t = spans[0].pre - 1
    while t > 0 and spans[0].pre - t <= _GUEST_GAP and toks[t].lower != _RECEIVE:
        t -= 1
    tok = toks[t]
    if tok.lower != _RECEIVE or not (tok.first and tok.last) or (t > 0 and toks[t - 1].text != ","):
        return
    comma = next(
        (k for k in range(spans[0].last, min(len(toks), t + _GUEST_WINDOW)) if toks[k].text in {",", ".", ";", ":"}),
        None,
    )
    if comma is None or toks[comma].text != ",":
        return
    host = _reception_host(toks, spans, pres, comma)
    if host is None or not roles[host]:
        return
    _add(roles[host], "chaired")
    for k in range(host):
        roles[k][:] = ["attended"]  # the verb after the host is his, not the guests' the list rules joined to him


_GUEST_JOINERS = frozenset({",", "và"})  # between the mentions of the guests and the host after `tiếp X,`


def _reception_host(toks: Sequence[Token], spans: Sequence[Span], pres: Sequence[int], comma: int) -> int | None:
    """The host of `tiếp X, Y, Chủ tịch nước A khẳng định`: after the comma closing the first guest's phrase, the
    mentions joined by `,` or `và` run up to the first lower-case word outside them (the host's verb); the host is
    the last of them, with a comma right before him (`tiếp X, Y và Z khẳng định` names no host); those before
    him are guests. None when anything else comes first. Each token read once, each mention skipped whole."""
    j = bisect_left(pres, comma + 1)
    k = comma + 1
    last: int | None = None
    while k < len(toks):
        if j < len(spans) and pres[j] == k:
            last, k = j, max(spans[j].last, k + 1)
            j += 1
            while j < len(spans) and pres[j] < k:
                j += 1  # a mention inside the one skipped
        elif toks[k].lower in _GUEST_JOINERS:
            k += 1
        else:
            break
    if last is None or k == len(toks) or toks[spans[last].pre - 1].text != ",":
        return None
    verb = toks[k]
    return last if verb.text[:1].isalpha() and not verb.is_cap else None


_WELCOME_WINDOW = 40  # tokens from a welcome verb to the `có` of its welcomers (the guest, their party, the place)
_NOT_HELD = frozenset({"sẽ", "không", "chưa", "chẳng"})  # `Đón tiếp ông A sẽ có …`: a welcome only planned


def _welcome_roles(toks: Sequence[Token], pres: Sequence[int], roles: list[list[Role]]) -> None:
    """`Đón Thủ tướng A và Phu nhân tại sân bay có Đại sứ B; Thứ trưởng C; về phía Việt Nam, có D`: a sentence
    opening with a welcome or a send-off (officials_role_welcomes.txt) lists after its first `có` (a whole word,
    within `_WELCOME_WINDOW` tokens, no full stop before) who welcomed the guest: each person named after it
    attended. The guest named before the `có` gets nothing from it, nor from a `có` right after a group noun
    (officials_role_groups.txt: `Đón đoàn có Bộ trưởng A tại sân bay có …`, the delegation includes A), which is
    skipped. One pass over the sentence's opening; `pres` the mentions' first tokens, in order."""
    length = welcome_matcher().length(toks, 0, whole_words=True) if toks else 0
    if not length or not toks[0].is_cap:
        return
    for k in range(length, min(len(toks), length + _WELCOME_WINDOW)):
        tok = toks[k]
        if tok.text in {".", "!", "?", ":"} or tok.lower in _NOT_HELD or tok.lower in _reported():
            return
        if tok.lower == _HAVE and tok.first and tok.last and not _after_group(toks, k):
            for j in range(bisect_left(pres, k + 1), len(pres)):
                _add(roles[j], "attended")
            return


def _after_group(toks: Sequence[Token], k: int) -> bool:
    """A group noun (officials_role_groups.txt: `đoàn`, `đoàn đại biểu`) ends right before toks[k], in lower case
    (not a name's last syllable, `Lê Văn Đoàn`)."""
    return k > 0 and not toks[k - 1].is_cap and _group_matcher().ending_at(toks, k)[0] > 0


def _group_matcher() -> PhraseMatcher[bool]:
    return list_matcher("officials_role_groups.txt", reverse=True)


def _prepositional_object(toks: Sequence[Token], head: Span, size: int) -> bool:
    """`… thân thiện với Tổng thống A nhưng vẫn lên án …`, `chuyến thăm của Tổng thống A đã chỉ rõ …`: one
    person named alone after `với` or `của` is the object of a preposition inside another subject's clause;
    the verb after is that subject's. People joined to him (`của A, B vừa …`) are left to the list rules.
    Words quoted after `của A:` (`báo cáo của ông A: “…”`) are still his own, and so is the occasion of what
    he owns (`kết luận của Thủ tướng A tại buổi làm việc với …`: his working session)."""
    if size != 1 or head.pre == 0 or toks[head.pre - 1].lower not in _PREPOSITIONS:
        return False
    if toks[head.pre - 1].lower == "của" and head.last < len(toks):
        return toks[head.last].text != ":" and toks[head.last].lower not in _OCCASIONS
    return True


def _possessor_set_off(toks: Sequence[Token], head: Span, last: Span) -> bool:
    """`Sau khi nhận đơn của Bộ trưởng A, Bộ đã trả lời …`: a person named after `của` owns a noun of a phrase
    that a comma closes; the verb after the comma is the next subject's, not theirs. A possessor's head right
    before the name (officials_role_possessors.txt: `Gia đình Chủ tịch UBND huyện A đã có văn bản …`) makes the
    head the subject: the person is its possessor."""
    if head.pre > 0 and possessor_matcher().ending_at(toks, head.pre, whole_words=True)[0]:
        return True
    return head.pre > 0 and toks[head.pre - 1].lower == "của" and last.last < len(toks) and toks[last.last].text == ","


@cache
def possessor_matcher() -> PhraseMatcher[bool]:
    """The heads of officials_role_possessors.txt, last word first, to test what ends right before a mention."""
    matcher: PhraseMatcher[bool] = PhraseMatcher("lower", reverse=True)
    for phrase in load_list("officials_role_possessors.txt"):
        matcher.add(phrase, True)
    return matcher


_JOINT = frozenset({",", "và"})  # a capitalised word after these, before a paper cue, is another subject


def _another_subject(toks: Sequence[Token], start: int, cue: int) -> bool:
    """Between a mention's end and a paper cue (`có văn bản`), outside brackets, the subject of another clause or a
    co-subject: a capitalised word that opens no title, right after a comma (`…, UBND tỉnh đã có văn bản`; not `ông
    A, Giám đốc Sở X đã có văn bản`), after `và` (`A và UBND huyện đã có văn bản`), or after a `cùng` (`cùng với`)
    that joins it to the mention (right after its end or a comma: `Chủ tịch A cùng Sở Y tế đã có văn bản`, a joint
    paper, the body's). Not any capitalised word: one inside a prepositional phrase the predicate allows (`A, tại
    buổi làm việc với Sở X, đã có văn bản`) leaves the paper A's. The read sets' gold has no paper of a subject
    joined any other way. Reads the few tokens of the window between them once."""
    depth = 0
    for k in range(start, cue):
        text = toks[k].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and toks[k].is_cap_word and k > start and _joined_subject(toks, start, k):
            return not title_matcher().length(toks, k)
    return False


def _joined_subject(toks: Sequence[Token], start: int, k: int) -> bool:
    """toks[k] follows a comma, `và`, or a `cùng` (`cùng với`) written right after the mention's end at `start`
    or after a comma."""
    before = toks[k - 1].lower
    if before in _JOINT:
        return True
    j = k - 2 if before == "với" and k - 2 >= start and toks[k - 2].lower == "cùng" else k - 1
    return toks[j].lower == "cùng" and (j == start or toks[j - 1].text in {",", ")"})


def _meeting_role(group: list[tuple[int, bool]]) -> str:
    """`A có buổi làm việc` chairs a meeting; `A và B có buổi làm việc` with no `với` after is a meeting of the
    two sides with each other, where no one of them is the chair: each attended."""
    return "attended" if sum(1 for _, accompanies in group if not accompanies) > 1 else "chaired"


class _VerbIndex:
    """The `after` cues of a sentence in the order of the text, so each mention reads the few within its
    window by bisection: a sentence of thousands of mentions (`Theo ông A, ` repeated) stays linear."""

    def __init__(self, hits: list[_Hit]) -> None:
        self.hits = hits  # cue_hits yields them by start
        self._starts = [h.start for h in hits]

    def between(self, start: int, end: int) -> dict[int, _Hit]:
        """The cues that start in [start, end), by start."""
        found: dict[int, _Hit] = {}
        k = bisect_left(self._starts, start)
        while k < len(self.hits) and self.hits[k].start < end:
            found[self.hits[k].start] = self.hits[k]  # the last of several cues at one start, as before
            k += 1
        return found


def _guest_verb_end(verbs: list[_Hit], first_end: int) -> int | None:
    """The earliest end of a verb of chairing, meeting or speaking after the sentence's first person: a
    delegation led by someone named after it stands inside that person's clause (see `_led_guest`)."""
    ends = [h.end for h in verbs if h.role in ("chaired", "met", "spoke") and first_end <= h.start]
    return min(ends, default=None)


def _led_guest(toks: Sequence[Token], guest_end: int | None, pre: int) -> bool:
    """`A tiếp đoàn … do B dẫn đầu`: B leads a delegation that stands inside another person's clause (the
    guests a host received, the visit a speaker talks of), so B is the guest of A's reception, not its chair.
    The verb must follow a person named before B: `Đoàn … do B dẫn đầu` alone, or after a noun (`theo đề nghị
    của Sở, đoàn do B dẫn đầu`), is B's own delegation."""
    if pre == 0 or toks[pre - 1].lower != "do":
        return False
    return guest_end is not None and guest_end < pre


def _groups(toks: Sequence[Token], spans: Sequence[Span], verbs: _VerbIndex) -> list[list[tuple[int, bool]]]:
    """Mentions joined by `,`, `;`, `và`, `cùng` (and anchors such as `đồng chí`): (index, accompanies)."""
    groups: list[list[tuple[int, bool]]] = [[(0, False)]]
    for k in range(1, len(spans)):
        start, end = spans[k - 1].last, spans[k].pre
        if spans[k - 1].titled and end - start > 4:
            start = _rest_of_titles_end(toks, start, end, verbs)
        start = _aside_end(toks, start, end, verbs)
        joined, accompanies = _joined(toks[start:end], groups[-1][-1][1])
        if joined and end - start <= 4:
            groups[-1].append((k, accompanies))
        else:
            groups.append([(k, False)])
    return groups


_ASIDE_REACH = 9  # tokens of a short parenthesis between two listed people, brackets included (`(bìa trái)`)
_ASIDE_STOPS = frozenset({".", "(", ":"})


def _aside_end(toks: Sequence[Token], start: int, end: int, verbs: _VerbIndex) -> int:
    """Past a short parenthesis right after a listed person (`A (bìa phải) và B (bìa trái)`, a caption's places in
    the picture; `đại biểu A (Thái Bình), B (Hà Nội)`, their constituencies): an aside on that person, which leaves
    the list going on to the next one. Closed within `_ASIDE_REACH` tokens before the next person, with no full
    stop, colon nor verb cue inside; else `start`."""
    closed = after_parenthesis(toks, start, reach=_ASIDE_REACH, stops=_ASIDE_STOPS, end=end)
    return closed if closed > start and not verbs.between(start, closed - 1) else start


def _joined(between: Sequence[Token], accompanies: bool) -> tuple[bool, bool]:
    """Only joiners and anchors stand between two mentions; and whether one of them is `cùng`/`với`."""
    anchors = anchor_matcher()
    j = 0
    while j < len(between):
        tok = between[j]
        if tok.lower in _JOINERS:
            accompanies = accompanies or tok.lower in _ACCOMPANY
            j += 1
            continue
        if (tok.lower in _PLURALS or _count(tok)) and j > 0 and between[j - 1].lower in _JOINERS:
            j += 1  # `A và các phó chủ tịch B, C đã đến dự`, `A cùng hai ĐBQH B, C`: the next people's shared title
            continue
        length = anchors.length(between, j)
        if not length:
            return False, accompanies
        j += length
    return True, accompanies


def _count(tok: Token) -> bool:
    """A small count (`hai`, `3`) of the people named next, their shared title after it (`cùng hai ĐBQH B, C`)."""
    numeral = number_words().numerals.get(tok.lower)
    return (numeral is not None and numeral[1] == "start" and numeral[0] >= 2) or (
        tok.kind == "number" and tok.text.isdigit() and len(tok.text) == 1 and int(tok.text) >= 2
    )


def _rest_of_titles_end(toks: Sequence[Token], start: int, end: int, verbs: _VerbIndex) -> int:
    """Past the `;` that closes the rest of a person's titles the title rules did not read, before the next
    person of a list (`đồng chí A, Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội khóa XV đơn vị thành phố;
    đồng chí B, …; đồng chí C, … đồng chủ trì`): no verb nor full stop in it, at most `_APPOSITION_WINDOW`
    tokens; else `start`."""
    limit = min(end, start + _APPOSITION_WINDOW + 1)
    for k in range(start, limit):
        if toks[k].text in {".", ":"} or toks[k].lower in _reported() - {";"}:
            return start
        if toks[k].text == ";":
            return k if not verbs.between(start, k) else start
    return start


OPEN_QUOTES = frozenset({"“", '"'})


def quote_follows(toks: Sequence[Token], k: int, end: int) -> bool:
    """A colon at toks[k] and an opening quotation mark right after it, before `end` (`A phấn khởi: “…”`): the words
    quoted are those of the person before (here, and summary/people.py `_colon_speakers`)."""
    return k + 1 < end and toks[k].text == ":" and toks[k + 1].text in OPEN_QUOTES


def _after(toks: Sequence[Token], verbs: _VerbIndex, start: int, next_pre: int, *, titled: bool) -> list[str]:
    """Roles of the verb the person is the subject of: the first cue after the mention, with only adverbs
    (`đã`, `cũng`, `sáng nay`), commas, a parenthesis or a prepositional phrase up to a comma (`tại buổi
    làm việc,`) between; and the cues coordinated with it (`dự và phát biểu`, `trao quyết định và phát
    biểu`). A colon and a quotation after the mention are the person's words (`Ông X phấn khởi: “…”`)."""
    end = min(next_pre, start + _AFTER_WINDOW, len(toks))
    after = verbs.between(start, end)
    found: list[str] = []
    j = _predicate(toks, start, end, after, titled=titled)
    if j is None and titled:
        j = _speech_past_titles(toks, start, end, after)
    if j is not None and toks[j].is_cap:
        j = None  # `ĐB A (Đông Anh) Tiếp câu hỏi này, …`: a caption glued to the next sentence, which opens here
    if j is not None and after[j].paper and _another_subject(toks, start, j):
        j = None  # `… kỷ luật Chủ tịch UBND huyện A, UBND tỉnh đã có văn bản …`: the paper is the body's
    if j is not None:
        hit = after[j]
        if hit.role != "none":
            found.append(_with_party(toks, hit))
        if found and found[-1] == "spoke" and _own_session(toks, hit.end, end, next_pre):
            found.append("chaired")  # `A nhấn mạnh như trên tại buổi làm việc với Sở X`: A's working session
        k = hit.end
        while k < end and toks[k].lower not in _reported():
            if toks[k].text == "," and found and found[-1] == "spoke":
                break  # `A cho biết, chuyến làm việc …`: after a verb of saying, a comma opens the words said
            nxt = after.get(k + 1)
            if toks[k].lower in {"và", ","} and nxt is not None and nxt.role != "none":
                found.append(_with_party(toks, nxt))
            k += 1
    for k in range(start, end - 1):
        if quote_follows(toks, k, end):
            found.append("spoke")  # `Ông X, Trưởng buôn …, phấn khởi: “…”`: a quotation follows
            break
    colon = start
    if colon < end and toks[colon].text == ")":
        colon += 1  # `A (nguyên Vụ trưởng Vụ X): Nếu …`: the titles in brackets closed, the words follow
    if colon < end and toks[colon].text == "(":  # `ĐB A (Bến Tre): Tôi cho rằng …`: the details, then the words
        close = _closing(toks, colon, end)
        colon = close + 1 if close is not None else colon
    if colon + 1 < end and toks[colon].text == ":" and toks[colon + 1].is_cap_word:
        found.append("spoke")  # `- Đại biểu Quốc hội A: Trước hết …`: an interview's answer
    return found


def rest_break_matcher() -> PhraseMatcher[bool]:
    """`bị`, `mà`, `sau khi`: words that end a title's lower-case rest before a verb (officials_role_rest_breaks)."""
    return list_matcher("officials_role_rest_breaks.txt")


_SENTENCE_BREAKS = frozenset({".", "!", "?", ":", ";"})


def _speech_past_titles(toks: Sequence[Token], start: int, end: int, after: dict[int, _Hit]) -> int | None:
    """`Ông A, chủ tịch đảng cực tả X cảnh báo …`, `ông A - Bí thư Đảng ủy, nguyên Tổng giám đốc Cty bùi ngùi nhớ
    lại`, `A, giám đốc chương trình … thuộc Liên minh … (UCS), nhận định rằng`: after a titled mention whose title
    runs on in words the title rules and `_predicate` do not read (descriptions, a long body's name, a parenthesis),
    the first cue of the clause is still the person's when it is a verb of saying. The words between hold no cue of
    another kind, no sentence break or reported words, no word that opens another clause (officials_role_openers.txt,
    officials_role_rest_breaks.txt), a comma only right before the verb (an apposition's close) and adverbs (`đã`,
    `vừa`) only right before it (after them a predicate opens, which must be the verb). As in `_predicate`, a date
    or a time is passed and a past time (`hồi đó`, `lúc ấy`) gives no verb unless it closes the apposition. Each
    token of the window read once."""
    openers, breaks, adverbs, then = opener_matcher(), rest_break_matcher(), role_adverb_matcher(), then_matcher()
    j = start
    while j < end:
        hit = after.get(j)
        if hit is not None:
            return j if hit.role == "spoke" else None
        tok = toks[j]
        if tok.kind in ("date", "time"):
            j += 1  # `A, chủ tịch đảng X ngày 5/12 cảnh báo`: a date before the verb, as `_predicate` reads it
            continue
        length = then.length(toks, j)
        if length and j + length < end and (toks[j + length].text in {",", ")"} or toks[j + length].text in DASHES):
            j += length  # `A, chủ tịch đảng X khi đó, cho biết`: the past time closes a then-title (`_predicate`)
            continue
        if length:
            return None  # `A, chủ tịch đảng X hồi đó cảnh báo`: a past time told as background (`_predicate`)
        if tok.text == "(":
            close = _closing(toks, j, end)
            if close is None:
                return None
            j = close + 1
            continue
        if tok.text == ",":
            return j + 1 if j + 1 in after and after[j + 1].role == "spoke" else None
        length = adverbs.length(toks, j)
        if length:  # `A, Giám đốc Trung tâm X đã đi kiểm tra …`: a tense opens a predicate, which must be the verb
            while length:
                j += length
                while j < end and toks[j].kind in ("date", "time"):
                    j += 1  # `… ngày 5/12 cảnh báo`: the date an adverb opens (`ngày`), then the verb
                length = adverbs.length(toks, j) if j < end else 0
            return j if j in after and after[j].role == "spoke" else None
        if (
            tok.text in _SENTENCE_BREAKS
            or tok.lower in _reported()
            or openers.length(toks, j, whole_words=True)
            or breaks.length(toks, j, whole_words=True)
        ):
            return None
        j += 1
    return None


def _session_matcher() -> PhraseMatcher[bool]:
    """`tại buổi làm việc với`, `trong buổi họp với`: a working session with a body (officials_role_sessions.txt)."""
    return list_matcher("officials_role_sessions.txt")


@cache
def _delegation_matcher() -> PhraseMatcher[bool]:
    """`đoàn`, `phái đoàn` (summary_cues.tsv `frame_delegation`): a visiting delegation the session is held with,
    matched as a phrase (a row may be more than one word)."""
    rows = load_rows("summary_cues.tsv", RolePhraseRow)
    return phrase_matcher([r.phrase for r in rows if r.role == "frame_delegation"])


def _own_session(toks: Sequence[Token], k: int, end: int, next_pre: int) -> bool:
    """A working session with a body follows a verb of saying in its clause (`A nhấn mạnh như trên tại buổi làm việc
    với Sở X`, `A phát biểu tại buổi làm việc với Bộ Y`): the speaker's own session, which they chaired (README,
    rounds 28 and 30). Only words of the clause between (no comma, colon, quote or full stop: `A cho biết, tại buổi
    làm việc với …` opens the words said); not when a person (`với Phó Thủ tướng A`) or a delegation (`với đoàn
    công tác …`) is the one worked with: that one leads. At most the mention's window, each token read once."""
    sessions = _session_matcher()
    while k < end:
        tok = toks[k]
        if tok.text in _CLAUSE_ENDS or tok.lower in _reported():
            return False
        length = sessions.length(toks, k)
        if length:
            after = k + length
            if after >= len(toks) or after == next_pre:
                return False
            return not _delegation_matcher().length(toks, after) and not _dated_by_year(toks, after)
        k += 1
    return False


def _dated_by_year(toks: Sequence[Token], k: int) -> bool:
    """The session's clause from toks[k] dates it with a year (`… tại buổi làm việc với VNPT vào tháng 8/2016`,
    `năm 2016`): a session told as background, where the news's own is dated by its day alone (`chiều 1/6`).
    At most `_AFTER_WINDOW` tokens, up to the sentence's end or a `;`."""
    for j in range(k, min(len(toks), k + _AFTER_WINDOW)):
        tok = toks[j]
        if tok.text in {".", ";", "!", "?"}:
            return False
        if tok.kind == "date" and _YEAR_END.search(tok.text):
            return True
        if tok.lower == "năm" and j + 1 < len(toks) and toks[j + 1].kind == "number" and len(toks[j + 1].text) == 4:
            return True
    return False


def _with_party(toks: Sequence[Token], hit: _Hit) -> str:
    """A meeting held `với` a body or `tại` a place (`A và B có buổi làm việc với Sở`) is chaired by its
    subjects; any other meeting cue stays `met` for the subjects' number to decide."""
    if hit.role == "met" and hit.end < len(toks) and toks[hit.end].lower in {"với", "tại"}:
        return "chaired"
    return hit.role


def _predicate(toks: Sequence[Token], start: int, end: int, after: dict[int, _Hit], *, titled: bool) -> int | None:
    """Where the verb of the person's clause starts, when it is a cue. Between the mention and the verb may
    stand: adverbs (`đã`, `cũng`, `sáng nay`), commas, a parenthesis or a pair of dashes (`bà A - khi đó là
    …  - đã ký`), a prepositional phrase up to a comma or the verb (`tại buổi làm việc,`, `thay mặt Đoàn
    Chủ tịch báo cáo`), the rest of a coordinated subject (`A và các đồng chí lãnh đạo … dự kỳ họp`), and
    twice at most the rest of a title the title rules did not read (`ông A - Phó Chủ tịch Hiệp hội các nhà
    thầu xây dựng Việt Nam thẳng thắn nói`, `…, quận 1 chia sẻ`). Any other word ends the search; a past time
    (`khi đó`) ends it with no verb, unless it closes an apposition (a comma, a bracket or a dash follows: `A, Chủ
    tịch UBND tỉnh X khi đó, cho biết` is a then-title, and the verb after it is of the present)."""
    adverbs, openers, then = role_adverb_matcher(), opener_matcher(), then_matcher()
    rests = 0
    j = start
    while j < end:
        if j in after:
            return j
        tok = toks[j]
        if tok.text == "(" or tok.text in DASHES:
            close = _closing(toks, j, end)
            if close is not None:
                j = close + 1
                continue
        if tok.text in {",", ")"} or (tok.text in DASHES and (j == start or titled)):
            j += 1  # a dash with no pair after titles closes their apposition (`A - Giám đốc Sở … - cho biết`)
            continue
        length = then.length(toks, j)
        if length and j + length < end and (toks[j + length].text in {",", ")"} or toks[j + length].text in DASHES):
            j += length  # `A, Chủ tịch UBND tỉnh X khi đó, cho biết`: the past time closes a then-title
            continue
        if length:
            return None  # `A và B khi đó đã đưa ra tuyên bố`: the verb is of a past time told as background
        length = adverbs.length(toks, j)
        if length or tok.kind in ("date", "time"):
            j += length or 1
            continue
        length = openers.length(toks, j, whole_words=True)  # `theo`, not the `theo` of `theo dõi`
        if length:
            coordinated = toks[j].lower in _COORDINATION
            k = j + length
            while k < end and k not in after and (coordinated or toks[k].text != ",") and toks[k].text != ".":
                k += 1
            if k >= end or toks[k].text == ".":
                return None
            j = k
            continue
        if tok.lower == _WHO and toks[j - 1].text == ",":
            close = _relative_end(toks, j, end)
            if close is not None:
                j = close + 1  # `A, người đang dẫn đầu các cuộc thăm dò, nói rằng`: the clause describes A
                continue
        rest = _title_rest(toks, j, end, after) if rests < 2 else j
        if rest == j and rests < 2 and ((j == start and titled) or toks[j - 1].text == ","):
            rest = _apposition(toks, j, end, after, long=titled or toks[j].is_cap_word)  # `A, Hiệu trưởng …, cho biết`
        if rest == j:
            return None
        rests += 1
        j = rest
    return None


_WHO = "người"  # opens a relative clause set off by commas after a person (`A, người từng …, cho biết`)


def _relative_end(toks: Sequence[Token], j: int, end: int) -> int | None:
    """The comma closing a relative clause `, người …,` at toks[j], at most `_APPOSITION_WINDOW` tokens on, with no
    full stop, bracket, colon or reported words inside; its verbs describe the person (a background act, `người
    từng chủ trì …`, `người đang dẫn đầu các cuộc thăm dò`), not the verb of the sentence they are the subject of."""
    for k in range(j + 1, min(end, j + _APPOSITION_WINDOW)):
        tok = toks[k]
        if tok.text == ",":
            return k
        if tok.text in {".", "(", ")", ":"} or tok.lower in _reported():
            return None
    return None


def _title_rest(toks: Sequence[Token], j: int, end: int, after: dict[int, _Hit]) -> int:
    """One past the rest of a title at toks[j] (`các nhà thầu xây dựng Việt Nam`, `khóa XV`, `quận 1`): up
    to `_REST_WINDOW` capitalised words, numbers and words of organisation names, followed by a comma, a
    dash, an adverb, an opener or a cue; else j."""
    k = j
    vocabulary = title_rest_matcher()
    while k < end and k - j < _REST_WINDOW and k not in after:
        tok = toks[k]
        if tok.is_cap_word or tok.kind in ("number", "dot") or (tok.text in DASHES and _tight(toks, k)):
            k += 1
            continue
        if k > j and _ends_capitalised_word(toks, k):
            k += 1  # `Bộ Xây dựng`, `Ban Tuyên giáo`: the word the capital opened goes on in lower case
            continue
        length = vocabulary.length(toks, k)
        if not length:
            break
        k += length
    if k > j and _leads_on(toks, k, end, after):
        return k
    last = None  # else the last capitalised word within the window (`tham mưu Công an Hà Nội`)
    stop = j
    for stop in range(j, min(end, j + _REST_WINDOW)):
        if stop in after or toks[stop].text in {",", ".", "(", ")"} or toks[stop].lower in _reported():
            break
        if stop > j and role_adverb_matcher().length(toks, stop):
            break
        if toks[stop].is_cap_word or toks[stop].kind == "number":
            last = stop
    if last is None:
        # `Giám đốc Trung tâm Kiểm định xe cơ giới (Cục Đăng kiểm) cho biết`: a few lower-case words end the body's
        # name right before its parent in brackets, which the predicate then steps over
        words = stop - j
        bracketed = stop < end and toks[stop].text == "(" and toks[stop - 1].gap >= 0
        return stop if bracketed and 0 < words <= _REST_LOWER and all(t.is_word for t in toks[j:stop]) else j
    lower, m = 0, j
    while m <= last:
        length = vocabulary.length(toks, m)
        lower += int(not length and toks[m].is_word and not toks[m].is_cap)
        m += length or 1
    if lower > _REST_LOWER:
        return j
    k = last + 1
    while k < end and k - j < _REST_WINDOW and k not in after and vocabulary.length(toks, k):
        k += vocabulary.length(toks, k)  # `Kho bạc Nhà nước`
    return k if _leads_on(toks, k, end, after) else j


def _apposition(toks: Sequence[Token], j: int, end: int, after: dict[int, _Hit], *, long: bool) -> int:
    """The comma (or dash) closing an apposition right after the mention (`PGS.TS A, Hiệu trưởng nhà trường,
    cho biết`, `A - Chủ tịch Công ty … chuyên thi công cầu đường - cho biết`): with no cue, adverb or reported
    words, at most `_REST_WINDOW` words, or `_APPOSITION_WINDOW` when it is `long`: it opens with a title or
    continues the titles after the name (a career, a remit), where a clause of someone else's words (`A, tuổi
    trẻ … là cơ hội, …`) is not; else j."""
    window = _APPOSITION_WINDOW if long else _REST_WINDOW
    for k in range(j, min(end, j + window)):
        tok = toks[k]
        if tok.text == "," or tok.text in DASHES:  # a dash closes an apposition a dash opened
            return k if k > j else j
        if (
            k in after
            or tok.text in {".", "(", ")"}
            or tok.lower in _reported()
            or role_adverb_matcher().length(toks, k)
        ):
            return j
    return j


def _ends_capitalised_word(toks: Sequence[Token], k: int) -> bool:
    """toks[k] is a lower-case syllable of the segmenter word a capitalised syllable opened (`dựng` of `Xây
    dựng`)."""
    glued = not toks[k].first and toks[k].is_word and not toks[k].is_cap and toks[k - 1].is_cap_word
    return glued and not title_matcher().length(toks, k - 1)  # `…, Thủ tướng cho biết`: another subject


def _leads_on(toks: Sequence[Token], k: int, end: int, after: dict[int, _Hit]) -> bool:
    """The rest of a title ends here: what follows is a cue, a comma, a bracket, a dash, an adverb or an
    opener (or the window's end)."""
    return k >= end or bool(
        k in after
        or toks[k].text in {",", "(", ")"} | DASHES
        or role_adverb_matcher().length(toks, k)
        or opener_matcher().length(toks, k)
    )


def _tight(toks: Sequence[Token], k: int) -> bool:
    """A dash written tight inside a name or code (`Yên Bái-trả lời` is not: it has letters on both sides
    but a lower-case word after)."""
    return 0 < k + 1 < len(toks) and toks[k].gap == 0 and toks[k + 1].gap == 0 and toks[k + 1].is_cap


def _closing(toks: Sequence[Token], j: int, end: int) -> int | None:
    """The `)` closing the parenthesis at toks[j], or the dash closing a dash at toks[j]."""
    closers = {")"} if toks[j].text == "(" else DASHES
    return next((k for k in range(j + 1, min(end, j + _PHRASE_WINDOW)) if toks[k].text in closers), None)


def _intro_roles(toks: Sequence[Token], hits: list[_Hit], spans: Sequence[Span], roles: list[list[Role]]) -> None:
    """`Dự hội nghị có …`: an attendance cue opening the sentence gives every person named in it; so does any
    cue of a list header (`Chủ tọa kỳ họp có các đồng chí: A; B`); a speaking or chairing cue otherwise
    (`Phát biểu tại hội nghị, A …`) names the first person only."""
    intro_end = spans[0].pre
    header = any(t.lower in _LIST_OPENERS for t in toks[max(0, intro_end - 4) : intro_end])
    everyone: list[Role] = []  # each role once, so a run of cues before a long list stays linear
    for hit in hits:
        if hit.where != "before" or hit.end > intro_end or hit.role == "none":
            continue
        if hit.role == "attended" or header:
            _add(everyone, hit.role)  # type: ignore[arg-type]
        if hit.role == "attended" or header or hit.start < _INTRO_WINDOW:
            _add(roles[0], hit.role)  # type: ignore[arg-type]
    for role in everyone:
        for k in range(1, len(spans)):
            _add(roles[k], role)
    _glued_header_roles(toks, hits, spans, roles)


def _glued_header_roles(
    toks: Sequence[Token], hits: list[_Hit], spans: Sequence[Span], roles: list[list[Role]]
) -> None:
    """`… báo cáo tổng kết Tham dự Đại hội có đồng chí A; đồng chí B`: a capitalised attendance header after
    the first person opens a sentence glued to the one before (a caption without its full stop); the people
    its list opener (`có`, `gồm`, `:`) introduces attended."""
    starts = [span.pre for span in spans]
    for hit in hits:
        if hit.where != "before" or hit.role != "attended" or hit.start <= starts[0] or not toks[hit.start].is_cap:
            continue
        k = bisect_left(starts, hit.end)
        if k == len(spans) or not any(t.lower in _LIST_OPENERS for t in toks[max(hit.end, starts[k] - 4) : starts[k]]):
            continue
        for j in range(k, len(spans)):
            _add(roles[j], "attended")
        return


def _add(roles: list[Role], role: Role) -> None:
    if role not in roles:
        roles.append(role)
