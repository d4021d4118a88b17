"""Documents cited by a title and no number: a Quốc hội resolution named by what it is about (`Nghị
quyết về cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV`, `Nghị quyết phê chuẩn …`, `Nghị quyết
bầu Chủ tịch nước …`), a treaty (`Công ước Liên hợp quốc về Luật Biển năm 1982`, `Nghị định thư về đường
biên giới và mốc quốc giới giữa … và …`).

The title runs to the end of its clause: punctuation (a comma only inside an enumeration of short
items: `bồi thường, hỗ trợ, tái định cư`), `và` before another document, a word that starts the rest
of the sentence (documents_title_stops.txt), or a number and symbol (which then belongs to it). A title
that runs on for too long is no title. Which type words open a titled document, what opens and ends
their titles, and which of them are treaties, is data (documents_titled_kinds.tsv).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import NamedTuple

from vnreport import regexes
from vnreport.extract.documents.candidates import RANK_NAMED, Cand, fold_key
from vnreport.extract.documents.context import date_after, line_end
from vnreport.extract.documents.lexicon import ISSUER_COMPOUNDS, KINDS
from vnreport.extract.documents.named import NAME_TAIL_YEAR, opens_sentence
from vnreport.extract.locations.lexicon import gazetteer
from vnreport.lexicon import PhraseMatcher, list_matcher, load_rows, load_words, phrase_matcher
from vnreport.segment.document import Document
from vnreport.segment.tokens import Token


class TitledKindRow(NamedTuple):
    word: str
    kind: str
    opens: str
    ends: str
    abbrev: str
    drafts: str
    lower: str
    treaty: str  # `1`: a treaty or an agreement, its short name linked to a fuller one (`link_shortened_titles`)


_ROWS = load_rows("documents_titled_kinds.tsv", TitledKindRow)
_MAX_TITLE = 64  # tokens: a longer run without an end is a sentence, not a title
_MAX_ITEM = 4  # syllables of an item of an enumeration inside a title (`hỗ trợ`, `tái định cư`)
_DASHES = frozenset({"-", "–", "—"})
_MAX_PARTY_GAP = 2  # lower-case words between two parties' capitalised words (`với Liên minh kinh tế Á-Âu`)


class _Titled(NamedTuple):
    kind: str
    opens: PhraseMatcher[bool] | None
    ends: PhraseMatcher[bool] | None
    abbrev: bool
    drafts: tuple[str, ...] | None  # the words a draft's sentence must hold (None: drafts are cited)
    lower: str | None  # the word a title must hold after a lower-case type word (None: capitalised only)


def _phrases(cell: str) -> PhraseMatcher[bool] | None:
    """The phrases of a table cell: `-` none, `@name` those of a list file, else |-separated."""
    if cell == "-":
        return None
    return list_matcher(cell[1:]) if cell.startswith("@") else phrase_matcher(cell.split("|"))


def _heads() -> PhraseMatcher[_Titled]:
    heads: PhraseMatcher[_Titled] = PhraseMatcher("text")
    for row in _ROWS:
        opens = phrase_matcher(row.opens.split("|")) if row.opens != "-" else None
        ends = _phrases(row.ends)
        drafts = tuple(row.drafts.lower().split()) if row.drafts != "-" else None
        lower = row.lower if row.lower != "-" else None
        titled = _Titled(row.kind, opens, ends, row.abbrev == "1", drafts, lower)
        heads.add(row.word, titled)
        if lower is not None or row.treaty == "1":
            heads.add(row.word.lower(), titled)  # a treaty in lower case: by its parties or its city
    return heads


_HEADS = _heads()
_KIND_WORDS = phrase_matcher([*KINDS, *(r.word for r in _ROWS)])


def titled_candidates(doc: Document) -> list[Cand]:
    """Every titled document, nested ones included (`Nghị quyết phê chuẩn Hiệp ước bổ sung Hiệp ước …`:
    the resolution and each treaty)."""
    tokens = doc.tokens
    cands = []
    named: dict[tuple[str, ...], set[int]] = {}
    for i, token in enumerate(tokens):
        if not _HEADS.starts(token):
            continue
        n, titled = _HEADS.match(tokens, i)
        if not n or titled is None or not _one_document(doc, i, n, titled, named):
            continue
        if _HEADS.match(tokens, i + n)[1] is titled:
            continue  # `Hiệp định Hiệp định vay …`: a type word written twice; the title opens at the second
        city_end = _city_end(doc, i + n) if titled.kind in _TREATY_KINDS else None
        if city_end is None or (token.is_cap_word and titled.opens is None):
            if not token.is_cap_word and titled.lower is None:
                continue  # a lower-case head is a title only before a city or its parties: no window to read
            end = _title_end(doc, i + n, titled)
            if end is not None and not token.is_cap_word:
                end = _parties_end(doc, i + n, end, titled)
        else:
            end = _city_subject_end(doc, i + n, titled, city_end)
        if end is None or _generic_title(doc, i + n, end, treaty=titled.kind in _TREATY_KINDS):
            continue
        start = token.start
        key = fold_key(doc.view[start:end])
        about = None if titled.kind in _TREATY_KINDS else _body_about_at(tokens[i + n : i + n + _BODY_WORDS + 2])
        if about is not None:  # `Nghị quyết của Quốc hội về X` is the `Nghị quyết về X` the text may also write
            key = fold_key(f"{doc.view[start : tokens[i + n - 1].end]} {doc.view[tokens[i + n + about].start : end]}")
        cands.append(
            Cand(
                start=start,
                end=end,
                flavor="named",
                rank=RANK_NAMED,
                kind=titled.kind,
                key=key,
                name=doc.text[start:end],
                base=("name", key),
                date=_own_date(doc, end),
            )
        )
    return cands


class TitleAnaphorRow(NamedTuple):
    word: str
    where: str  # `any`: anywhere in a title; `end`: as its last words


_GENERIC_SYLLABLES = 3  # a lower-case title this short says what a document is about, not which one it is


@cache
def _anaphors() -> tuple[frozenset[str], PhraseMatcher[bool]]:
    """The demonstratives that point back from anywhere in a title, and the words that do so at its end."""
    rows = load_rows("documents_title_anaphors.tsv", TitleAnaphorRow)
    anywhere = frozenset(r.word for r in rows if r.where == "any")
    return anywhere, phrase_matcher([r.word for r in rows], reverse=True)


def _generic_title(doc: Document, i: int, end: int, *, treaty: bool = False) -> bool:
    """The title from tokens[i] to `end` describes a document rather than names one: it points back
    (`Hiệp định thương mại này`, `Nghị quyết về vấn đề này`), or it is a few lower-case syllables with no
    name, number or abbreviation in them (`Nghị quyết về phương hướng`, `Hiệp định tài trợ vốn`). Counted
    over the ten read sets and a corpus sample, such titles were the titled documents' most frequent error:
    a generic mention or a title cut short by a stop word."""
    tokens = doc.tokens
    subject = None if treaty else _body_about_at(tokens[i : i + _BODY_WORDS + 2])
    if subject is not None:  # `Nghị quyết của Quốc hội về phương hướng`: the issuer names no document, the subject
        i += subject  # does (a treaty's body does: `Công ước của Liên hợp quốc về …` is the UN's one convention)
    last = i
    while last < len(tokens) and tokens[last].end <= end:
        last += 1
    anywhere, at_end = _anaphors()
    if last > i and (at_end.ending_at(tokens, last)[0] or any(t.lower in anywhere for t in tokens[i:last])):
        return True
    about = load_words("documents_title_about_words.txt")
    words = [t for t in tokens[i:last] if t.lower not in about]
    if not words or any(not (t.is_word and t.text.islower()) for t in words):
        return False
    return sum(len(t.text.split()) for t in words) <= _GENERIC_SYLLABLES


# treaties and agreements (the `treaty` column)
_TREATY_KINDS = frozenset(row.kind for row in _ROWS if row.treaty == "1")
# how a treaty's name goes on when the text writes it in full: its subject, its year, its abbreviation
_FULLER_BY = regexes.compile(r"ve |nam \d|\(")  # on folded keys: `về …`, `năm 1987` (not `Nam`), `(…)`
_FULLER_LOOK = 8  # longer names sharing a short name's words, looked at for one that goes on so


def link_shortened_titles(cands: list[Cand]) -> None:
    """`Hiệp định Paris` … `Hiệp định Paris về chống biến đổi khí hậu`, `Nghị định thư Montreal năm 1987`: a
    treaty's name that the text also writes with its subject, year or abbreviation after it is that treaty
    (not `Luật Giáo dục` / `Luật Giáo dục đại học`: laws are not linked so)."""
    treaties = [c for c in cands if c.flavor == "named" and c.kind in _TREATY_KINDS]
    if len(treaties) < 2:
        return
    fuller = sorted((c.key, c.kind, c.base) for c in treaties)
    keys = [key for key, _, _ in fuller]
    for cand in treaties:
        prefix = cand.key + " "
        k = bisect_left(keys, prefix)
        fits = set()
        for key, kind, base in fuller[k : k + _FULLER_LOOK]:
            if not key.startswith(prefix):
                break
            if kind == cand.kind and _FULLER_BY.match(key, len(prefix)):
                fits.add((key, base))
        if len(fits) == 1:  # `Công ước Liên hợp quốc` beside two conventions of the UN: which one is not said
            cand.key, cand.base = next(iter(fits))


def _parties_end(doc: Document, i: int, end: int, titled: _Titled) -> int | None:
    """A title after a lower-case type word names one document when it says what it is and then names its
    parties (`thương mại tự do giữa Việt Nam với Liên minh kinh tế Á-Âu`, `an ninh Mỹ - Nhật`; not `giữa cơ
    quan, …`, `giữa hai nước …`); it ends with the last party (`… giữa Mỹ và Nhật Bản không nên …`). None
    when it does not."""
    tokens = doc.tokens
    first, last, lower = i, None, 0
    while i < len(tokens) and tokens[i].end <= end:
        tok = tokens[i]
        if last is None:
            if tok.lower == titled.lower and i > first:
                if i + 1 >= len(tokens) or not tokens[i + 1].is_cap_word:
                    return None
                last = i
            elif i > first and _party_pair_at(tokens, i):
                last = i  # `hiệp ước hữu nghị và hợp tác Việt Nam - Lào`: the parties joined by a dash
        elif tok.is_cap_word or (tok.text in _DASHES and lower == 0):
            last, lower = i, 0
        else:
            lower += 1
            if lower > _MAX_PARTY_GAP:
                break
        i += 1
    return tokens[last].end if last is not None and tokens[last].lower != titled.lower else None


def _party_pair_at(tokens: list[Token], i: int) -> bool:
    """tokens[i] is a capitalised name that a dash joins to another (`Nam - Lào`, `Mỹ-Nhật`); not a region
    (`châu Á - Thái Bình Dương`)."""
    return (
        tokens[i].is_cap_word
        and (i == 0 or tokens[i - 1].lower != "châu")
        and i + 2 < len(tokens)
        and tokens[i + 1].text in _DASHES
        and tokens[i + 2].is_cap_word
    )


def _own_date(doc: Document, end: int) -> str | None:
    """The date written right after the title (`… Quản lý nước (ký năm 2010)`); not after a comma, where
    a date more often opens the next clause."""
    view = doc.view
    limit = line_end(view, end)
    if view[end:limit].lstrip().startswith(","):
        return None
    dated = date_after(view, end, limit, doc.year)
    return dated[0] if dated else None


def _city_end(doc: Document, i: int) -> int | None:
    """End of the name of a treaty named after the city it was signed in (`thỏa thuận Minsk`, `hiệp định
    Paris`, `Hiệp ước Lisbon năm 2007`) when tokens[i] opens a city abroad of the gazetteer (level
    `other`; not a name that is also a common word or a person's, flag `strict` or `medium`, nor a phrase of
    places_not_places.txt, flag `not_place`), with the year written right after it on its line; else
    None. Counted over the corpus, a brand or an acronym after the type word (`thỏa thuận IPO`, `thỏa
    thuận Brexit`) is no treaty: a city is."""
    tokens = doc.tokens
    if i >= len(tokens) or not tokens[i].is_cap_word:
        return None
    n, entry = gazetteer().names.match(tokens, i, whole_words=True)
    if not n or entry is None or entry.level != "other" or entry.flags & _SHARED_NAME:
        return None
    if i + n < len(tokens) and tokens[i + n].is_cap_word and tokens[i + n].joined:
        return None  # `… Paris Saint-Germain`: the city opens a longer name
    end = tokens[i + n - 1].end
    year = NAME_TAIL_YEAR.match(doc.view, end, line_end(doc.view, end))  # on the city's line
    return year.end() if year else end


_SUBJECT = regexes.compile(r"[^\S\n]+về[^\S\n]")  # the treaty's subject after its city
_MAX_SUBJECT = 40  # characters of a subject after the city (`về chống biến đổi khí hậu`); a longer run is the sentence


def _city_subject_end(doc: Document, i: int, titled: _Titled, city_end: int) -> int:
    """End of a treaty's name that opens with its city at tokens[i]: with the subject that follows it when
    the title ends soon after (`thỏa thuận Paris về chống biến đổi khí hậu`), else at the city (`thỏa thuận
    Minsk`, `Thỏa thuận Paris cung cấp …`, `… về biến đổi khí hậu bất chấp động thái …`)."""
    if not _SUBJECT.match(doc.view, city_end):
        return city_end
    end = _title_end(doc, i, titled, by_city=True)
    return end if end is not None and city_end < end <= city_end + _MAX_SUBJECT else city_end


_SHARED_NAME = frozenset({"strict", "medium", "not_place"})


_DRAFT = phrase_matcher(["dự thảo"], reverse=True)


def _one_document(doc: Document, i: int, n: int, titled: _Titled, named: dict[tuple[str, ...], set[int]]) -> bool:
    """The type word at tokens[i] (`n` tokens) names one document: not a plural (`các Hiệp định`, `các dự thảo
    Nghị quyết`), not the name of an organisation (`Tổ chức Hiệp ước …`), and not a draft of a body
    other than the one whose drafts are cited. `named`: the sentences that hold each body's name,
    filled once per name."""
    tokens = doc.tokens
    j = i
    draft = _DRAFT.ending_at(tokens, j)[0]
    j -= draft
    if j > 0 and list_matcher("documents_plural_words.txt", reverse=True).ending_at(tokens, j)[0]:
        # `các thỏa thuận Minsk`: the accords of one city are cited as one document; other plurals are not one
        return not draft and titled.kind in _TREATY_KINDS and _city_end(doc, i + n) is not None
    if i > 0 and list_matcher("documents_titled_blockers.txt", "text", reverse=True).ending_at(tokens, i)[0]:
        return False  # `Tổ chức Hiệp ước Bắc Đại Tây Dương`: an organisation named after its treaty
    if not draft or titled.drafts is None:
        return True
    if titled.drafts not in named:
        body = phrase_matcher([" ".join(titled.drafts)])
        named[titled.drafts] = {t.sentence for k, t in enumerate(tokens) if body.starts(t) and body.length(tokens, k)}
    return tokens[i].sentence in named[titled.drafts]


def _title_end(doc: Document, i: int, titled: _Titled, *, by_city: bool = False) -> int | None:
    """End of the title that starts at tokens[i], or None when none does. `by_city`: the title opens with
    the city a treaty is named after, which opens any treaty's title (`Thỏa thuận Paris về …`)."""
    tokens = doc.tokens
    toks = tokens[i : i + _MAX_TITLE + 1]
    if not toks or not toks[0].is_word or not toks[0].joined:
        return None
    issuer_first = _issuer_first(toks, titled)  # `Nghị quyết của Chính phủ về …`: the issuer, then the opening word
    if titled.opens is not None and not by_city and not titled.opens.length(toks, 0) and not issuer_first:
        return None
    stops = list_matcher("documents_title_stops.txt")
    if stops.length(toks, 0) and not issuer_first:
        return None
    if list_matcher("documents_title_not_first.txt").length(toks, 0) and not (
        issuer_first or _of_body_about(toks, titled)
    ):
        return None
    if titled.ends is not None and titled.ends.length(toks, 0):
        return None  # `… trong Hiệp định khi không có …`: the type word stands for a document named before
    last = -1
    item = 0  # words since the last comma of an enumeration; -1 outside one
    enumerating = False
    k = 0
    while k < len(toks):
        tok = toks[k]
        if k and not tok.joined:
            break
        if tok.kind == "punct":
            if tok.text == "," and (enumerating or _enumeration(toks, k)):
                enumerating, item = True, 0
                k += 1
                continue
            if (
                tok.text in _DASHES
                and k + 1 < len(toks)
                and toks[k + 1].is_wordlike
                and last == k - 1
                and not _apposition_after_year(toks, k)
            ):
                k += 1  # `Việt Nam – Lào`, `2021 -2026`
                continue
            break
        if tok.kind in ("document", "url", "email"):
            break
        if tok.kind == "dot" and toks[k - 1].text.islower():
            break  # `… về xử lý nợ xấu.Đồng thời …`: a sentence run on without its space
        if k and tok.lower == _DAY and k + 1 < len(toks) and toks[k + 1].kind in _DAY_VALUES:
            break  # `… mũi nhọn ngày 16/1/2017`: the document's own date, not its title
        if k and tok.is_word and tok.text.islower() and _word_opens(toks, k) and _ends_here(toks, k, stops, titled):
            break
        if k > 1 and tok.is_word and tok.text.islower() and _after_its_year(toks, k):
            break
        if k and opens_sentence(toks, k):
            break  # `… Việt Nam – Tây Ban Nha Tại Diễn đàn, …`: a caption run on into the next sentence
        item += 1
        if item > _MAX_ITEM:
            enumerating = False
        last = k
        k += 1
    if last < 0 or k > _MAX_TITLE:
        return None
    if (
        toks[last].lower == "số"
        and last + 1 < len(toks)
        and (toks[last + 1].kind in ("document", "number") or toks[last + 1].text == ":")
    ):
        last -= 1  # `Nghị quyết về … số 36/2017/QH14`: the number is read with the title; not `chuyển đổi số`
    while last > 0 and toks[last].lower in _OPEN_ENDED:
        last -= 1  # `Hiệp định hợp tác hải quan với| một số nước`: a title cut by an end word before its party
    if last < 0:
        return None
    end = toks[last].end
    if titled.abbrev:
        end = _abbreviation_after(toks, last, end)
    return end


_BODY_WORDS = 6  # words of the body a treaty is `của` before its subject (`Liên hợp quốc`)


def _of_body_about(toks: list[Token], titled: _Titled) -> bool:
    """`Công ước của Liên hợp quốc về quyền trẻ em`: a treaty's title may open with the body that adopted it,
    `của` then a capitalised name, when its subject (`về …`) follows (not `Công ước của Liên hợp quốc cũng
    xác định …`, where the body closes a mention of a treaty named before)."""
    return titled.kind in _TREATY_KINDS and _body_about_at(toks) is not None


def _issuer_first(toks: list[Token], titled: _Titled) -> bool:
    """A title with opening words (a resolution's `về …`) that opens with its issuer before them: `của Quốc hội
    về Kế hoạch …`, `của Tỉnh ủy về phát triển …` (a treaty's body is read by `_of_body_about`)."""
    if titled.opens is None or titled.kind in _TREATY_KINDS:
        return False
    about = _body_about_at(toks)
    if about is None or any(t.lower == "và" for t in toks[1:about]):
        return False  # `Nghị quyết của Quốc hội và Chính phủ về …`: two bodies' resolutions, not one document
    if about + 1 < len(toks) and toks[about + 1].lower == "việc":
        return False  # `Nghị quyết của HĐQT về việc rút tên …`: a decision told by what it does
    return bool(titled.opens.length(toks, about))


def _body_about_at(toks: list[Token]) -> int | None:
    """Where `về` stands after `của` and a capitalised body of at most `_BODY_WORDS` words that open the title
    (`của Liên hợp quốc về …`, `của Tỉnh ủy về …`); None when the title does not open so. A resolution's
    title opens so as a treaty's does (`Nghị quyết của Quốc hội về Kế hoạch …`): its opening word then
    follows the body."""
    if len(toks) < 3 or toks[0].lower != "của" or not toks[1].is_cap_word:
        return None
    for k in range(2, min(len(toks), 2 + _BODY_WORDS)):
        if toks[k].lower == "về":
            return k
        if not _goes_on_a_body(toks, k):
            return None  # `Nghị quyết của Quốc hội cũng nói rõ về …`: a clause, not a body, before `về`
    return None


@cache
def _body_words() -> frozenset[str]:
    return ISSUER_COMPOUNDS | frozenset(w.lower() for w in load_words("documents_body_tails.txt"))


def _goes_on_a_body(toks: list[Token], k: int) -> bool:
    """toks[k] goes on a body's name: a capitalised word, or a lower-case one that is an issuer's word itself
    (`tỉnh`) or ends one with the word before (`Quốc hội`, `Liên hợp quốc`, `Đại hội đồng cổ đông`)."""
    tok = toks[k]
    if tok.is_cap_word:
        return True
    words = _body_words()
    return tok.is_word and (tok.lower in words or f"{toks[k - 1].lower} {tok.lower}" in words)


_DAY = "ngày"
_DAY_VALUES = frozenset({"date", "number"})

# Words that cannot end a title: they wait for what the end word cut off (`… với`, `… giữa`, `… về`)
_OPEN_ENDED = frozenset({"với", "và", "của", "giữa", "về", "cho"})


def _ends_here(toks: list[Token], k: int, stops: PhraseMatcher[bool], titled: _Titled) -> bool:
    if stops.length(toks, k):
        return True
    if titled.ends is not None and titled.ends.length(toks, k):
        return True
    # `… khóa XV và Nghị quyết về …`: `và` before another document ends this one
    return toks[k].lower == "và" and k + 1 < len(toks) and _KIND_WORDS.length(toks, k + 1) > 0


def _word_opens(toks: list[Token], k: int) -> bool:
    """toks[k] opens a word of the sentence: it opens a segmenter word, or the segmenter joined it to the last
    syllable of a name of several before it (`… Á - Âu| là nền tảng`: `Âu là` read as one word), which a
    lower-case word of the clause after a name is not part of (`công trình` keeps its `trình`; a title's
    capitalised first word keeps its syllables: `Hiệp định Tự do thương mại …`)."""
    if toks[k].first:
        return True
    return k >= 2 and toks[k - 1].is_cap_word and (toks[k - 2].is_cap_word or toks[k - 2].text in _DASHES)


def _apposition_after_year(toks: list[Token], k: int) -> bool:
    """The dash at toks[k] follows the title's year and opens an apposition (`… năm 2015 - một thỏa thuận
    …`): after `năm YYYY` only a range's second year goes on with the title (`2021 -2026`)."""
    return (
        k >= 2
        and toks[k - 2].lower == "năm"
        and len(toks[k - 1].text) == 4
        and toks[k - 1].text.isdigit()
        and not toks[k + 1].text.isdigit()
    )


# What may follow a title's year and still be its name (`Công ước … năm 1982 về …`, `Hiệp định … năm 1954
# giữa …`); any other lower-case word opens the rest of the sentence (`Hiệp định Paris năm 1973 tự nó …`).
_AFTER_YEAR = frozenset({"về", "giữa", "của", "và"})


def _after_its_year(toks: list[Token], k: int) -> bool:
    """toks[k] follows `năm YYYY` (a title's year) and does not go on with the title."""
    year, word = toks[k - 1].text, toks[k - 2].lower
    return word == "năm" and len(year) == 4 and year.isdigit() and toks[k].lower not in _AFTER_YEAR


def _enumeration(toks: list[Token], k: int) -> bool:
    """The comma at toks[k] separates short lower-case items (`bồi thường, hỗ trợ, tái định cư`): the
    word before it is lower-case and the item after it, of at most four syllables, ends at a comma or `và`."""
    if k == 0 or not toks[k - 1].is_word or not toks[k - 1].text.islower():
        return False
    for j in range(k + 1, min(len(toks), k + 2 + _MAX_ITEM)):
        tok = toks[j]
        if tok.text == "," or tok.lower == "và":
            return j > k + 1
        if not tok.is_word or not tok.text.islower():
            return False
    return False


def _abbreviation_after(toks: list[Token], last: int, end: int) -> int:
    """`Hiệp định … (EVIPA)`: an abbreviation in brackets right after the title is part of its name."""
    j = last + 1
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
        abbr = toks[j + 1]
        if abbr.is_word and abbr.text.isupper() and len(abbr.text) >= 2:
            return toks[j + 2].end
    return end
