"""The open-name complement of an organisation: capitalised words and vocabulary words after a head
(`Bệnh viện Bạch Mai`, `Ban Quản lý dự án đầu tư xây dựng`), ending before a place, a title word, another
head or the person after it (`Tập đoàn Vingroup Phạm Nhật Vượng`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vnreport.extract.locations.lexicon import counted_opener, ends_with_phrase, person_cue_trie
from vnreport.extract.names import capitalised_run, country_matcher, has_foreign_shape, middle_names, surnames
from vnreport.extract.organizations.lexicon import DOMAIN_JOINERS, is_acronym
from vnreport.extract.organizations.scan import Scan, Tokens, central_at, head_at
from vnreport.lexicon import list_matcher, load_words, treebank_verbs
from vnreport.numbers import scan_amount
from vnreport.segment.dictionary import is_view_word
from vnreport.text import DASHES, fold

MAX_NAME = 8  # tokens of an open name (`Học viện Chính trị quốc gia Hồ Chí Minh` is 7)


def compounds(tokens: Tokens) -> dict[int, int]:
    """Start → end of each capitalised word of several syllables whose later syllables are lower case
    (`Thống kê`, `Lý luận`), from underthesea's word list (no need to run the segmentation model)."""
    found: dict[int, int] = {}
    items = tokens.items
    copulas = load_words("orgs_compound_not_tails.txt")
    for k, tok in enumerate(items):
        if not tok.is_cap_word:
            continue
        run = k + 1
        while run < len(items) and run - k < 3 and items[run].gap == 1 and items[run].kind == "word":
            if not items[run].text.islower():
                break
            run += 1
        for size in (3, 2):
            if any(t.lower in copulas for t in items[k + 1 : k + size]):
                continue  # `Âu là` of `… Á - Âu là nền tảng`: the sentence's copula, no syllable of a name
            if run - k >= size and is_view_word(" ".join(t.lower for t in items[k : k + size])):
                found[tok.start] = items[k + size - 1].end
                break
    return found


def domain(s: Scan, k: int) -> int:
    """Tokens of a domain at k, capitalised or an acronym (`Tài chính`, `GD&ĐT`), or of several written
    in lower case (`Vụ tổ chức cán bộ`); domains joined by a comma or `và` are one (`Vụ Kế hoạch, Tài
    chính và Tổng hợp`)."""
    end = k + _one_domain(s, k)
    if end == k:
        return 0
    tokens = s.tokens
    closed = end  # a chain with commas is one domain only when `và` (`&`, `-`) closes it
    lower = False  # a domain in lower case after the first: the chain is one only before a country
    joiners = 0  # fields after the first, up to _MAX_FIELDS: a chain of dashes ends there however long it runs
    while joiners < _MAX_FIELDS and end + 1 < len(tokens) and tokens.texts[end] in DOMAIN_JOINERS and s.joined(end):
        following = _one_domain(s, end + 1)
        if not following and tokens.texts[end] in DASHES:
            following = _dashed_field(s, end + 1)  # `Phòng Kế hoạch - Điều độ`, `Vụ Pháp chế - Thanh tra`
        elif not following and tokens.texts[end] == "và" and not lower:
            following = _dashed_field(s, end + 1)  # `Ủy ban Thương mại và Đầu tư`: a second field, capitalised
            if following and s.joined(end + 1 + following) and head_at(s, end + 1 + following)[0]:
                following = 0  # `Bộ Y tế và Phân hiệu Trường …`: a unit of another body, named by its head
        if not following:
            break
        if tokens.texts[end] in {",", "và"} and head_at(s, end + 1)[0]:
            break  # `Sở Nội vụ và Công an tỉnh`: two bodies, the second named by its own head
        lower = lower or not tokens.is_cap(end + 1)
        comma = tokens.texts[end] == ","
        end += 1 + following
        joiners += 1
        if not comma and not lower:
            closed = end
    if closed < end and s.joined(end) and country_matcher().length(tokens.items, end):
        closed = end  # `Bộ Y tế, Lao động và phúc lợi Nhật Bản`: before its country, one ministry abroad
    return closed - k


def _dashed_field(s: Scan, k: int) -> int:
    """Syllables of a second field that a dash or `và` joins to a body's first (`Phòng Kế hoạch` + `- Điều độ`,
    `Vụ Pháp chế` + `- Thanh tra`, `Ủy ban Thương mại` + `và Đầu tư`): one word of the dictionary written as the
    field before it, its first syllable capitalised and the rest in lower case; no place, person, title or
    function word, and a head only when it names no body of its own (`Thanh tra` + `,`; not `- Thanh tra Bộ …`,
    `- Bộ Tư pháp`: the parent). The caller reads the joiner (a dash, or `và` before a capitalised field)."""
    tokens = s.tokens
    if not (s.joined(k) and tokens.is_cap_word(k)) or is_acronym(tokens.texts[k]):
        return 0
    if k in s.place_at or s.inside_place[k] or _a_person(s, k) or s.lex.stops.match(tokens.items, k)[0]:
        return 0
    if s.lex.name_stops.match(tokens.items, k)[0]:
        return 0
    if list_matcher("officials_titles.txt", "lower").match(tokens.items, k)[0]:
        return 0  # `Sở Nội vụ - Trưởng ban …`: the holder's next post
    for size in _FIELD_SYLLABLES:
        end = k + size
        if end > len(tokens) or not all(s.joined(m) and tokens.texts[m].islower() for m in range(k + 1, end)):
            continue
        if not is_view_word(" ".join(tokens.lowers[k:end])):
            continue
        head = head_at(s, k)[0]
        if head and (head != size or (s.joined(end) and tokens.is_cap(end))):
            return 0  # `- Thanh tra Bộ Xây dựng`, `- Sở Y tế`: a body of its own after the dash
        return size
    return 0


_FIELD_JOINERS = DOMAIN_JOINERS - DASHES  # a dash joins a field only through _dashed_field
# the marks a list of fields (or a name's tail) opens with: such a tail is the name's only when an `&` closes its list
_TAIL_LIST_MARKS = frozenset({",", "&"})
_FIELD_CLOSERS = frozenset({"và", "&"})
_MAX_FIELDS = 6  # fields listed after a body's first (`Bộ Giáo dục, văn hóa, thể thao, khoa học và công nghệ`)
_FIELD_SYLLABLES = (3, 2)  # a field is one word of several syllables (`hộ tịch`, `tái định cư`)


def field_list(s: Scan, k: int, capitalised: bool = False) -> int:
    """Tokens of the fields a body's name lists after its first one, from the comma (or `&`) at k: words joined
    by commas and closed by `và` or `&` (`Cục Quốc tịch` + `, hộ tịch và chứng thực`; `Ủy ban Văn hóa, giáo dục`
    + `& thanh niên`), none of them a head, a place,
    a person or a phrase (`Cục Viễn thông, sẽ rà soát và đánh giá`: the sentence goes on). At least one of
    them is no domain of the lexicon, whose own chains `domain` reads (`Bộ Tài chính, Kế hoạch và Đầu tư`
    lists two ministries). A school's or company's fields are capitalised (`Trường Cao đẳng Công nghệ, Kinh tế
    và Thủy lợi`): `capitalised` asks it, as their lower-case lists are of people (`, giảng viên và học viên`).
    0 when the list is not closed by `và` or `&`."""
    tokens = s.tokens
    if k >= len(tokens) or tokens.texts[k] not in _TAIL_LIST_MARKS:
        return 0  # `Phòng Kế hoạch tài chính và nghiêm khắc …`: `và` alone joins no field to a name (`&` does)
    j, fields, known = k, 0, 0
    while fields < _MAX_FIELDS and tokens.texts[j] in _FIELD_JOINERS and s.joined(j) and s.joined(j + 1):
        width = _field(s, j + 1)
        if not width or (capitalised and not s.tokens.is_cap_word(j + 1)):
            return 0
        fields += 1
        known += bool(_one_domain(s, j + 1))
        # `…, khoa học và công nghệ`; `…, giáo dục & thanh niên`: `&` closes a list as `và` does
        last = tokens.texts[j] in _FIELD_CLOSERS or "và" in tokens.texts[j + 2 : j + width]
        j += 1 + width
        if last:
            return j - k if known < fields else 0
    return 0


def _field(s: Scan, k: int) -> int:
    """Syllables of one field word at k: a word of the dictionary or a domain, in lower case or with its first
    syllable capitalised (`Kinh tế`), that opens no body, place or person."""
    tokens = s.tokens
    if k in s.place_at or head_at(s, k)[0] or _a_person(s, k):
        return 0
    width = _one_domain(s, k)
    for size in _FIELD_SYLLABLES:
        if width or k + size > len(tokens) or not all(s.joined(m) for m in range(k + 1, k + size)):
            continue
        if all(tokens.texts[m].islower() for m in range(k + 1, k + size)) and (
            tokens.texts[k].islower() or tokens.is_cap_word(k)
        ):
            word = " ".join(tokens.lowers[k : k + size])
            width = size if is_view_word(word) and word not in load_words(_COUNTED_NOUNS) else 0
    return width


_COUNTED_NOUNS = "figures_noun_lists.txt"  # people and units listed after a body (`, cán bộ, chiến sĩ`): no field


def _one_domain(s: Scan, k: int) -> int:
    if k >= len(s.tokens) or not s.joined(k):
        return 0
    width, _ = s.lex.domains.match(s.tokens.items, k)
    if not width:
        return 0
    if s.tokens.is_cap(k) or is_acronym(s.tokens.texts[k]):
        return width
    return width if width >= 2 and all(s.tokens.texts[m].islower() for m in range(k, k + width)) else 0


@dataclass(frozen=True, slots=True)
class NameMode:
    """How an open name reads (spec letters N, L, M, B of orgs_heads.tsv)."""

    through_heads: bool = False  # M, B: `Công ty cổ phần Tập đoàn Hòa Phát`, `Quân khu 4`
    central_follows: bool = False  # the head takes `Trung ương` after its name: the name stops there
    vocab_start: bool = False  # L: may open with a vocabulary word (`Ban Quản lý dự án …`)
    lower_words: bool = False  # B: lower-case words of a business line (`Công ty TNHH xây dựng và thương mại …`)
    nested: Callable[[int], bool] = lambda _k: True  # whether a head inside the name starts an organisation
    # `và` joins two bodies after a number or plural (`hai đảng Dân chủ và Cộng hòa`) and after a party's head
    # (parties are named by one word: `Đảng Cộng hòa và Dân chủ` are two)
    counted: bool = False
    # the head stands right after a title (`Giám đốc Trung tâm …`, `Trưởng ban …`): a name in sentence case
    # runs on to the punctuation that closes the title's phrase (`Trưởng phòng Cấp phép xây dựng, Sở …`)
    titled: bool = False


_MAX_LOWER = 8  # lower-case words in a row in a business name (`… Bảo trợ người khuyết tật và trẻ mồ côi …`)
_JOINERS = frozenset({",", "và"})
_PROPER = 2  # capitalised words in a row that make a proper name: lower case after it is no longer the name


def open_name(s: Scan, k: int, mode: NameMode) -> int:
    """Tokens of an open name starting at k: capitalised words and vocabulary words, no person; a head
    inside ends it where it starts an organisation of its own (`Ban Dân vận Thành ủy`), else is a word of
    it (`Trung tâm Quỹ đất`). A business name (`lower_words`) may hold lower-case words but ends on a
    capitalised word or code, or right before its place (`Công ty cổ phần phát triển nhà tỉnh …`)."""
    tokens = s.tokens
    if k >= len(tokens) or not s.joined(k):
        return 0
    if not mode.through_heads and _a_person(s, k):
        return 0  # `Vụ Phạm Công Danh đã đưa ra xét xử`: the case of a person, no department
    opens = tokens.is_cap_word(k) or (mode.through_heads and tokens.texts[k].isdigit())
    vocab_opens = mode.vocab_start and s.lex.vocab.match(tokens.items, k)[0]
    plural = tokens.lowers[k] == "các"  # `Hiệp hội các nhà thầu xây dựng Việt Nam`
    if plural and mode.vocab_start and s.joined(k + 1) and s.lex.vocab.match(tokens.items, k + 1)[0]:
        vocab_opens = True  # `Ban Quản lý các khu công nghiệp tỉnh …`
    if not (opens or vocab_opens or (mode.lower_words and (_business_word(s, k) or plural))):
        return 0
    j, proper, going = k, 0, True  # proper: capitalised words in a row, a proper name (`Lâm nghiệp Tiền Phong`)
    solid = k  # end of the last capitalised word, code or head: where a business name may end
    lower = 0
    limit = MAX_NAME + (_MAX_LOWER if mode.lower_words or mode.vocab_start else 0)
    joiners = 0  # commas and `và` read into the name (`Phòng, chống … và Tìm kiếm cứu nạn`): no words of its length
    while going and j < len(tokens) and (j == k or tokens.joined[j]) and j - k - joiners < limit:
        if j > k and _glued_sentence(s, j):
            break
        step = _name_step(s, k, j, proper, mode)
        business = mode.lower_words and lower < _MAX_LOWER and (proper < _PROPER or _before_its_place(s, j))
        if step is None and business and (_business_word(s, j) or (j == k and plural)):
            j, lower = j + 1, lower + 1
            continue
        if step is None:
            break
        lower = 0
        joiners += sum(tokens.texts[m] in _JOINERS for m in range(j, step[0]))
        if not tokens.texts[j].islower():
            solid = step[0]  # a capitalised word, a head, a code: not a vocabulary word in lower case
        j, proper, going = step
    if mode.lower_words and j > solid and not (j in s.place_at and s.joined(j)):
        j = solid  # `Công ty Hòa Phát sản xuất …`: the business name ends on its proper name
    while j > k and tokens.texts[j - 1] in {"&", "-", "và"}:
        j -= 1  # `Cục Di sản văn hóa - Bộ …`
    if j > k + 2 and _tail_opens_a_word(s, j):
        j -= 1  # `Công ty Luật Minh Tâm tư vấn`: `tư` of `tư vấn`, not of `Tâm tư`
    if j > k and central_at(s, k) == j - k and not mode.through_heads:
        return 0  # `Đảng Trung ương`: `Trung ương` alone names no party (`Bệnh viện Trung ương Huế` does)
    if j <= k:
        return 0
    j = _cut_person(s, k, j, business=mode.lower_words)
    while j > k and tokens.texts[j - 1] in {"&", "-", "và"}:
        j -= 1  # `Ban Tổ chức Trung ương và Lê Văn A`: the person cut off, the joiner goes too
    if not mode.lower_words:
        j = _lower_tail(s, k, j, mode)
    return j - k


_MAX_TAIL = 8  # lower-case words of a name written in sentence case after its capitalised first word
_TAIL_JOINERS = frozenset({",", "và", "&", "-"})


def _lower_tail(s: Scan, k: int, j: int, mode: NameMode) -> int:
    """End of a name [k, j) written in sentence case, its first word capitalised and the rest in lower case
    (`Viện Phát triển` + `sáng tạo`, `Cục Quản lý chất lượng` + `nông, lâm, thủy sản`): lower-case words the
    vocabulary does not know run on after it only up to what closes a body's name: its country, parent body or
    place in parentheses (`… sáng tạo (Nga)`), or a place written with its unit word or a country (`Viện
    Nghiên cứu phát triển bền vững` + `Việt Nam`); or up to the field after an `&`, which joins no clauses, only
    the fields of one name (`Viện Sức khỏe nghề nghiệp` + `& môi trường`, `Ủy ban Khoa học` + `, công nghệ &
    môi trường`); a run opened by `và` and a field of the domain lexicon joins a second field to the name only so
    closed (`Cơ quan Mạng` + `và an ninh` + `Hàn Quốc`; not `Bộ Ngoại giao` + `và nhân dân Việt Nam`, people).
    Every word of the run is a content word: no function word or
    verb (orgs_name_stops.txt, the treebank's verbs), no place, head or title. Another body after the words
    closes nothing: it may be the object of a verb the treebank does not tag as one (`Tổng cục Thuế nghiên cứu
    vấn đề` + `Báo …`)."""
    tokens = s.tokens
    if j <= k or not tokens.is_cap_word(k) or is_acronym(tokens.texts[k]):
        return j
    m = end = j
    words = 0
    listed = 0  # end of the field right after an `&`: the list it closes is the name's (`… nghề nghiệp & môi trường`)
    while m < len(tokens) and s.joined(m) and words < _MAX_TAIL:
        text = tokens.texts[m]
        if text in _TAIL_JOINERS and end == m and (m > j or text in _TAIL_LIST_MARKS or _field_after_va(s, m)):
            m += 1
            continue
        width = _tail_word(s, m)
        if not width:
            break
        m = end = m + width
        words += 1
        if tokens.texts[m - width - 1] == "&" and not listed:
            listed = end
    if end == j:
        return j
    if mode.titled and _closed_after_title(s, j, end):
        return _before_office_qualifier(s, j, end)
    if m != end and not listed:
        return j
    if tokens.texts[j] not in _TAIL_LIST_MARKS and _closes_a_name(s, k, j, end, mode):
        return end
    return listed or j  # `Trung tâm Y tế, trạm xá xã …`: after a comma, only an `&` makes the words the name's


_TITLE_PHRASE_ENDS = frozenset({",", ";", ".", "(", ")"})  # not `:`: `Trưởng phòng X thẳng thắn: …` speaks


def _closed_after_title(s: Scan, j: int, end: int) -> bool:
    """The lower-case words [j, end) of a name after a title end where the title's phrase does: a punctuation
    mark or the line's end right after them (`Giám đốc Trung tâm Giám định` + `bảo hiểm y tế` + `,`), after a name
    in sentence case (its last word before them in lower case), with no comma among them (`Giám đốc Trung tâm Y
    tế, trạm xá …` lists two bodies)."""
    tokens = s.tokens
    if not tokens.texts[j - 1].islower():
        return False  # `Viện Nghiên cứu Hán Nôm` + `đương nhiệm`: a proper name ends it, only sentence case runs on
    if any(tokens.texts[m] in _TAIL_LIST_MARKS for m in range(j, end)):
        return False
    return end >= len(tokens) or not s.joined(end) or tokens.texts[end] in _TITLE_PHRASE_ENDS


def _before_office_qualifier(s: Scan, j: int, end: int) -> int:
    """Where the lower-case words [j, end) of a name after a title stop short of an office qualifier that ends them
    (orgs_office_qualifiers.txt: `Trưởng Ban Công tác đặc biệt` + `đương nhiệm` + `,`): the qualifier is the title
    holder's, not the body's; `end` when none ends them. One match per word of the bounded tail."""
    qualifiers = list_matcher("orgs_office_qualifiers.txt", "lower")
    for m in range(j, end):
        if qualifiers.match(s.tokens.items, m)[0] == end - m:
            return m
    return end


def _field_after_va(s: Scan, m: int) -> bool:
    """`và` at m and a field of the domain lexicon in lower case right after it (`và an ninh`, `và công nghiệp`)."""
    tokens = s.tokens
    if tokens.texts[m] != "và" or not s.joined(m + 1) or not tokens.texts[m + 1].islower():
        return False
    return bool(s.lex.domains.match(tokens.items, m + 1)[0])


def field_tail(s: Scan, k: int, j: int, nested: Callable[[int], bool]) -> int:
    """Tokens of a second field in lower case that `và` at j joins to a body named by its domain [k, j) (`Phòng
    Thương mại` + `và công nghiệp` + `Việt Nam`), up to what closes a body's name (its country, a place written
    with its unit word, its parent in parentheses); 0 when nothing closes it, or no field of the domain lexicon
    follows `và` (`Bộ Ngoại giao và nhân dân Việt Nam`)."""
    if j >= len(s.tokens) or s.tokens.texts[j] != "và" or not s.joined(j):
        return 0
    return _lower_tail(s, k, j, NameMode(nested=nested)) - j


_MAX_UNIT_WORDS = 4  # lower-case words of a unit's field between its name and its parent (`đường bộ đường sắt`)


def field_words(s: Scan, k: int, limit: int = _MAX_UNIT_WORDS) -> int:
    """Tokens of the lower-case content words at k that go on a unit's capitalised name before its parent body
    (`Phòng Cảnh sát giao thông` + `đường bộ đường sắt` + `Công an TPHCM`, `Đội Cảnh sát điều tra` + `tổng hợp`):
    at most four words, none a function word, verb, title, place or head; 0 when none. The caller asks that a
    body with its place follow them."""
    m, words = k, 0
    while words < limit and s.joined(m):
        width = _tail_word(s, m, unit_field=True)
        if not width:
            break
        m, words = m + width, words + 1
    return m - k


def _unit_word_in_a_word(s: Scan, m: int) -> bool:
    """A place's unit word at m that opens a lower-case word of the dictionary with the syllable after it
    (`đường bộ`, not the `đường` of `đường Lê Lợi`): a word of a field, no place."""
    tokens = s.tokens
    if not (s.joined(m + 1) and tokens.texts[m + 1].islower()):
        return False
    return is_view_word(f"{tokens.lowers[m]} {tokens.lowers[m + 1]}")


def _tail_word(s: Scan, m: int, *, unit_field: bool = False) -> int:
    """Syllables of a content word in lower case at m that a sentence-case name may hold (the longest word of
    the dictionary or the name vocabulary there: `sáng tạo` is one word, not the verb `tạo`); 0 when none: a
    function word, a verb, a title, a place, or a word that is or holds another body's head."""
    tokens = s.tokens
    if not (tokens.is_word(m) and tokens.texts[m].islower()) or tokens.texts[m] in _TAIL_JOINERS:
        return 0
    if m in s.place_at or s.inside_place[m] or head_at(s, m)[0]:
        return 0
    if s.lex.units.length(tokens.items, m) and not (unit_field and _unit_word_in_a_word(s, m)):
        return 0  # `tỉnh`, `đường` before a place's name (a unit's field may open with one: `đường bộ`)
    if s.lex.name_stops.match(tokens.items, m)[0] or s.lex.stops.match(tokens.items, m)[0]:
        return 0
    width = max(1, s.lex.vocab.match(tokens.items, m)[0])
    for size in _FIELD_SYLLABLES:
        lower = all(s.joined(n) and tokens.texts[n].islower() for n in range(m + 1, m + size))
        if size > width and m + size <= len(tokens) and lower and is_view_word(" ".join(tokens.lowers[m : m + size])):
            width = size
            break
    if fold(" ".join(tokens.lowers[m : m + width])) in treebank_verbs():
        return 0
    if list_matcher("officials_titles.txt", "lower").match(tokens.items, m)[0]:
        return 0  # `báo X đưa tin, trưởng phòng …`: a title opens the next phrase
    heads = s.lex.heads_lower
    if unit_field and s.lex.vocab.match(tokens.items, m)[0] == width > 1:
        return width  # `đường bộ`: a word of the name vocabulary, though it holds a head's syllable (`bộ`)
    if heads.match(tokens.items, m)[0] >= width or any(
        heads.match(tokens.items, n)[0] for n in range(m + 1, m + width)
    ):
        return 0  # `ủy ban`, `trưởng phòng`: another body's head, in lower case (not `khoa học`)
    return width


def _closes_a_name(s: Scan, k: int, j: int, e: int, mode: NameMode) -> bool:
    """What may follow a body's name at e and close it: its country, place or parent body in parentheses, a
    place written with its unit word, or a country. An acronym in parentheses is no closer: the words before it
    may be a verb and its object, whose acronym it is (`Chi cục Thú y cấp giấy chứng nhận an toàn (GCN)`); the
    body's own acronym is read by the grammar (`_on_to_own_acronym`). Nor is a body in parentheses that repeats
    the capitalised words [k, j) after its head (`Cục Thú y cấp giấy chứng nhận an toàn (Cục Thú y)`): it is the
    name itself, no parent, and the words before it are the clause's."""
    tokens = s.tokens
    if e >= len(tokens) or not s.joined(e):
        return False
    if tokens.texts[e] == "(":
        inner = e + 1
        if not (s.joined(inner) and tokens.is_cap(inner)):
            return False
        span = s.place_at.get(inner)
        if span is not None:
            return span.last < len(tokens) and tokens.texts[span.last] == ")"
        width = head_at(s, inner)[0]
        if not width or _repeats_name(s, k, j, inner + width):
            return False
        return mode.nested(inner)  # not an acronym: the verb's object may own it
    span = s.place_at.get(e)
    return span is not None and (span.from_unit or span.level == "country")


def _repeats_name(s: Scan, k: int, j: int, m: int) -> bool:
    """The tokens from m repeat the name's words [k, j) and close the parenthesis right after them."""
    texts = s.tokens.texts
    n = m + j - k
    return n < len(texts) and texts[n] == ")" and [t.lower() for t in texts[m:n]] == [t.lower() for t in texts[k:j]]


def _tail_opens_a_word(s: Scan, j: int) -> bool:
    """The name's last token is a lower-case syllable read as the tail of a capitalised word (`Tâm tư`),
    and makes a word with the lower-case syllable after it (`tư vấn`): the name ends before it."""
    tokens = s.tokens
    last = j - 1
    if not (tokens.texts[last].islower() and tokens.is_cap_word(last - 1) and s.joined(j) and tokens.is_word(j)):
        return False
    if not tokens.is_cap_word(last - 2):
        return False  # `đảng Bảo thủ`: the compound is the whole name, not the end of a proper name
    if not tokens.texts[j].islower() or s.compounds.get(tokens.starts[last - 1], -1) < tokens.ends[last]:
        return False
    return is_view_word(f"{tokens.lowers[last]} {tokens.lowers[j]}")


def _glued_sentence(s: Scan, j: int) -> bool:
    """`Nguồn: Radio New Zealand Cũng trong ngày …`: a capitalised function word after a name in Latin
    letters opens the next sentence (a line break lost), it is no word of the name."""
    tokens = s.tokens
    if not tokens.texts[j][:1].isupper() or not tokens.texts[j - 1].isascii():
        return False
    return bool(s.lex.name_stops.match(tokens.items, j)[0])


def _a_person(s: Scan, k: int) -> bool:
    """A personal name of three or four syllables at k, with no head or place inside (`Phạm Công Danh`; not
    the `Y Trường ĐH Tân Tạo` of `khoa Y Trường ĐH Tân Tạo`)."""
    tokens = s.tokens
    if tokens.texts[k] not in surnames():
        return False
    run = capitalised_run(tokens.items, k, limit=6)
    if not 3 <= run <= 4:
        return False
    return not any(m in s.place_at or s.inside_place[m] or head_at(s, m)[0] for m in range(k + 1, k + run))


def _before_its_place(s: Scan, k: int) -> bool:
    """One lower-case word right before a place (`Công ty TNHH MTV Thảo Cầm viên Sài Gòn`)."""
    return s.joined(k + 1) and (k + 1) in s.place_at and s.tokens.texts[k].islower()


def _business_word(s: Scan, k: int) -> bool:
    """A lower-case word of a business name: not a function word or verb (orgs_name_stops.txt)."""
    tokens = s.tokens
    if k >= len(tokens) or not tokens.is_word(k) or not tokens.texts[k].islower():
        return False
    if k in s.place_at or s.inside_place[k]:
        return False  # `… phát triển nhà tỉnh Bà Rịa - Vũng Tàu`: the place ends the name
    if tokens.texts[k] == "và" and head_at(s, k + 1)[0]:
        return False  # `Công ty Tuấn Tú và Công ty Châu Á`: two companies
    return not s.lex.name_stops.match(tokens.items, k)[0]


def _title_stop(s: Scan, j: int) -> bool:
    """A word of orgs_title_stops.txt at j ends the name, unless it opens a longer word of the name's
    vocabulary (`Tối cao` of `Hội đồng An ninh Quốc gia Tối cao`, not the evening's `Tối 5/6`), or is a form of
    address that also ends given names (orgs_address_name_ends.txt) with no person after it (`… Việt Anh cho`)."""
    stop = s.lex.stops.match(s.tokens.items, j)[0]
    if not stop or s.lex.vocab.match(s.tokens.items, j)[0] > stop:
        return False
    tokens = s.tokens
    if stop == 1 and tokens.texts[j] in load_words("orgs_address_name_ends.txt") and _given_syllable_before(s, j):
        person = s.joined(j + 1) and tokens.is_cap_word(j + 1) and (j + 1) not in s.place_at
        return person  # `Công ty Việt Anh cho biết`, `Hoàng Anh Gia Lai`: the name's word, no one addressed
    return True


def _given_syllable_before(s: Scan, j: int) -> bool:
    """A capitalised syllable, no acronym, right before j: a given name goes on there (`Việt Anh`); after a
    lower-case word or an acronym `Anh` is the country (`Đảng Bảo thủ Anh`, `Bộ Ngoại giao Anh`)."""
    tokens = s.tokens
    return j > 0 and tokens.joined[j] and tokens.is_cap_word(j - 1) and not is_acronym(tokens.texts[j - 1])


def _name_step(s: Scan, k: int, j: int, proper: int, mode: NameMode) -> tuple[int, int, bool] | None:
    """(next token, capitalised words in a row, whether the name may go on) after the name's token j, or
    None where the name ends before j."""
    tokens = s.tokens
    span = s.place_at.get(j)
    if mode.through_heads and span is not None and _name_goes_on(s, span.last):
        return span.last, proper, True  # `Báo Sài Gòn Giải Phóng`: the place is inside the name
    opens = mode.through_heads and j == k and not s.lex.units.length(tokens.items, j)
    if opens and span is not None and span.level not in {"country", "province", "region"}:
        return span.last, proper + 1, True  # `Trường Mầm non Hợp Lý, huyện Lập Thạch`: a commune's name
    dashed = j > k and tokens.texts[j - 1] in {"-", "–"} and tokens.items[j].gap >= 0
    if mode.through_heads and dashed and span is not None and span.level == "country":
        return span.last, proper + 1, True  # `Tập đoàn Việt - Úc`, `Trường Đại học Việt - Đức`
    if span is not None or s.inside_place[j]:
        return None
    central = central_at(s, j)
    if central:
        return None if mode.central_follows else (j + central, proper, True)  # `Bệnh viện Nhi Trung ương`
    if _title_stop(s, j) or _ends_here(s, j):
        return None
    head_width, head = head_at(s, j)
    if head_width and tokens.is_cap(j) and _domain_at(s, j) > head_width:
        head_width = 0  # `Trung tâm Quỹ đất`: a domain that opens with a head
    if head_width and _field_pair(s, j) > head_width:
        head_width = 0  # `Ban Chỉ huy Phòng, chống thiên tai …`: `Phòng` opens a field pair, not a department
    if head_width and head is not None:
        if mode.through_heads or head.media or not mode.nested(j):
            return j + head_width, proper + 1, True  # `Công ty cổ phần Tập đoàn …`; `Trung tâm Quỹ đất`
        return None  # `Ban Dân vận Thành ủy`: the nested organisation follows
    tail = list_matcher("orgs_name_tails.txt", "lower").match(tokens.items, j)[0] if j > k else 0
    if tail and tokens.texts[j] == "và":
        return j + tail, 0, True  # `… Nghi Sơn và các khu công nghiệp`: the name goes on
    lowers = mode.vocab_start and j > k and tokens.texts[j] == "và" and tokens.texts[j - 1].islower()
    if lowers and s.joined(j + 1) and tokens.texts[j + 1].islower() and s.lex.vocab.match(tokens.items, j + 1)[0]:
        return j + 1, 0, True  # `Ban Quản lý dự án … các công trình dân dụng và công nghiệp tỉnh …`
    if lowers or (tokens.texts[j] == "và" and j > k and tokens.texts[j - 1].islower()):
        after = s.lex.vocab.match(tokens.items, j + 1)[0] if s.joined(j + 1) else 0
        if after and s.joined(j + 1 + after) and (j + 1 + after) in s.place_at:
            return j + 1, 0, True  # `Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh …`: up to its place
    plural = mode.vocab_start and tokens.lowers[j] == "các" and s.joined(j + 1) and tokens.texts[j + 1].islower()
    if plural and s.lex.vocab.match(tokens.items, j + 1)[0]:
        return j + 1, 0, True  # `Ban Quản lý dự án đầu tư xây dựng các công trình giao thông …`
    width = _domain_at(s, j)
    if width and not tokens.is_cap(j) and not _listed_domain(s, j, width):
        width = 0  # a domain in lower case continues a name only as a listed phrase (`phòng cháy, chữa cháy`)
    width = max(width, s.lex.vocab.match(tokens.items, j)[0])  # the longest: `Giáo dục thường xuyên`
    if width and tokens.is_cap_word(j):
        width = max(width, compound_end(s, j) - j)  # `Chính trị học`: the dictionary's longer word holds the field
    if width:
        if proper >= _PROPER and not tokens.is_cap(j):
            return None  # `Công ty … Lâm nghiệp Tiền Phong quản lý`: lower case after a proper name is the verb
        brand = j > k and not tokens.is_cap(j) and _foreign_brand(tokens.texts[j - 1])
        if brand and not (s.joined(j + width) and tokens.is_cap_word(j + width)):
            return None  # `Báo Vnexpress thông tin, …` (not `… Vinmec quốc tế Times City`): the verb after a brand
        return j + width, 0, True
    text = tokens.texts[j]
    if tokens.is_cap_word(j) and s.joined(j + 1) and (tokens.lowers[j], tokens.lowers[j + 1]) in s.lex.events:
        return j + 2, 0, True  # `Ban Quản lý Hội xuân Yên Tử`: the festival it manages
    if j > k and counted_opener(tokens, j):
        return None  # `Báo Người Lao Động Thời điểm đó …`: a heading that lost its full stop, then the text
    if tokens.is_cap_word(j):
        after = compound_end(s, j)
        return after, (proper + 1 if after == j + 1 else 0), True
    if mode.through_heads and text.isdigit():
        amount = scan_amount(tokens.view, tokens.starts[j], "vi")
        if amount is not None and amount.end > tokens.ends[j]:
            return None  # `… Công ty TDS 40 triệu đồng`: an amount, no number of the name
        return j + 1, proper, s.joined(j + 1) and tokens.is_cap_word(j + 1)  # `Quân khu 7 giám sát`
    if text in {"&", "-"} and j > k and s.joined(j + 1) and tokens.is_cap_word(j + 1):
        if _branch_follows(s, j + 1):
            return None  # `Ngân hàng Ngoại thương - Chi nhánh Bình Định`: the branch of the bank named so far
        named = any(tokens.is_cap(m) for m in range(k, j))  # not `Công ty mẹ - Tổng công ty …`, one unit
        if text == "-" and named and _another_after_dash(s, j + 1):
            return None  # `Công ty Constrexim - Bộ Xây dựng`: its parent, a person or a country after the dash
        return j + 1, proper, True
    if text == "/" and j > k and _acronyms_slashed(s, j):
        return j + 2, proper, True  # `Cục Phòng, chống HIV/AIDS`: two acronyms joined by a slash
    joins = text == "và" and j > k and s.joined(j + 1) and tokens.is_cap_word(j + 1) and not mode.counted
    if joins and _capitalised_before(s, k, j) and not head_at(s, j + 1)[0]:
        return j + 1, proper, True  # `Hội Hồi sức - Cấp cứu và Chống độc …` (not `… và Công ty …`)
    if joins and _sentence_case_field_after(s, k, j) and not head_at(s, j + 1)[0]:
        return j + 1, proper, True  # `Cục Kiểm định an toàn và Môi trường …`: a second field, capitalised
    return None


def _sentence_case_field_after(s: Scan, k: int, j: int) -> bool:
    """A name written in sentence case up to `và` at j (its first word capitalised, the word before `và` in lower
    case: `Cục Kiểm định an toàn`) goes on to a capitalised word of several syllables the dictionary or the domain
    lexicon knows (`Môi trường`, `Công nghệ`): a second field of the body, as official names capitalise each
    field's first word; no proper name (a person, a place) nor a body of its own, whose head is asked apart."""
    tokens = s.tokens
    if not (tokens.is_cap_word(k) and tokens.texts[j - 1].islower() and tokens.is_word(j - 1)):
        return False
    return compound_end(s, j + 1) > j + 2 or _domain_at(s, j + 1) > 1


def _acronyms_slashed(s: Scan, j: int) -> bool:
    """The slash at j joins two acronyms written without spaces (`HIV/AIDS`)."""
    tokens = s.tokens
    if not (s.joined(j + 1) and tokens.items[j].gap == 0 and tokens.items[j + 1].gap == 0):
        return False
    return tokens.texts[j - 1].isupper() and tokens.texts[j + 1].isupper() and tokens.is_word(j + 1)


def _another_after_dash(s: Scan, k: int) -> bool:
    """After a dash in a name, what is no word of it: another body by its head (`Công ty Constrexim - Bộ Xây
    dựng`, `Công ty … Cần Giờ - Công ty Cổ phần …`), a person of three or four syllables, or a country in its
    state form (`Trường Đại học Kỹ thuật Magdeburg - Cộng hòa Liên bang Đức`)."""
    width = head_at(s, k)[0]
    if width:  # a bare head closing the name is its last word (`Viện Công nhân - Công đoàn`)
        return s.joined(k + width) and s.tokens.is_word(k + width)
    if _a_person(s, k) or _two_syllable_person(s, k) or _verb_after_dash(s, k) or _state_named(s, k):
        return True
    span = s.place_at.get(k)
    return span is not None and span.level == "country" and span.last - k >= _STATE_FORM  # not `Việt - Úc`


def _two_syllable_person(s: Scan, k: int) -> bool:
    """A surname and one capitalised syllable at k that make no word (`Vũ Bằng`), no place, and end the capitalised
    run before a lower-case word or punctuation: the holder named after his body and a dash (`Chủ tịch Ủy ban
    Chứng khoán Nhà nước - Vũ Bằng đưa ra …`)."""
    tokens = s.tokens
    if tokens.texts[k] not in surnames() or not (s.joined(k + 1) and tokens.is_cap_word(k + 1)):
        return False
    if k in s.place_at or s.inside_place[k + 1] or (k + 1) in s.place_at or head_at(s, k)[0]:
        return False
    if is_view_word(f"{tokens.lowers[k]} {tokens.lowers[k + 1]}"):
        return False  # `Hồi sức`, `Văn hóa`: a field's word
    after = k + 2
    return after >= len(tokens) or not tokens.joined[after] or not tokens.texts[after][:1].isupper()


def _verb_after_dash(s: Scan, k: int) -> bool:
    """A capitalised verb of one syllable at k that makes no word with the lower-case syllable after it, and the
    clause goes on in lower case (`Chuyển` of `- Chuyển tiền từ nước ngoài`): the next item of a list, no field
    of the name (`Cấp cứu`, `Du lịch` are words; `Dạy nghề - …` stops at the dash)."""
    tokens = s.tokens
    if not tokens.is_cap_word(k) or fold(tokens.lowers[k]) not in treebank_verbs():
        return False
    if not all(s.joined(m) and tokens.texts[m].islower() and tokens.is_word(m) for m in (k + 1, k + 2)):
        return False  # `- Dạy nghề - Hướng thiện`: a field of two syllables between dashes, no clause
    return not is_view_word(f"{tokens.lowers[k]} {tokens.lowers[k + 1]}")


# the first words of the country words (orgs_country_words.txt) that qualify a body before its country, no state's
# official name: `Hải quân Hoàng gia Anh`, `Ngân hàng Nhà nước Việt Nam`
_NO_STATE_FORM = frozenset({"nhà", "hoàng"})
_MAX_STATE_NAME = 4  # syllables between a state form's word and its country (`Cộng hòa Dân chủ` + `Đức`)


def _state_named(s: Scan, k: int) -> bool:
    """A state's official name at k, no country of the gazetteer: a word of a state form (`Cộng hòa`, `Vương
    quốc`, `Liên bang`: orgs_country_words.txt) and a few words up to a country (`Cộng hòa Dân chủ Đức`)."""
    tokens = s.tokens
    width = list_matcher("orgs_country_words.txt", "text").match(tokens.items, k)[0]
    if not width or not tokens.is_cap_word(k) or tokens.lowers[k] in _NO_STATE_FORM:
        return False
    m = k + width
    while m < len(tokens) and m - k - width < _MAX_STATE_NAME and s.joined(m) and tokens.is_word(m):
        span = s.place_at.get(m)
        if span is not None:
            return span.level == "country"
        m += 1
    return False


_STATE_FORM = 3  # tokens of a country written in its state form after a dash (`Cộng hòa Liên bang Đức`)


def _foreign_brand(text: str) -> bool:
    """A capitalised word in Latin letters shaped unlike Vietnamese, no acronym (`Vnexpress`, `Vingroup`)."""
    if not (text[:1].isupper() and text.isascii() and text.isalpha()) or text.isupper():
        return False
    return not is_view_word(text.lower()) and has_foreign_shape(text)


def _capitalised_before(s: Scan, k: int, j: int) -> bool:
    """The name's word before token j is capitalised: its token, or the capitalised word of several
    syllables it ends (`Đô thị` of `Viện Quy hoạch Đô thị và Nông thôn …`)."""
    tokens = s.tokens
    if tokens.is_cap(j - 1):
        return True
    for first in (j - 2, j - 3):
        if first >= k and tokens.is_cap_word(first):
            return s.compounds.get(tokens.starts[first], -1) >= tokens.ends[j - 1]
    return False


def _branch_follows(s: Scan, k: int) -> bool:
    """`Chi nhánh` at k (after a dash): a branch of the body named before it."""
    tokens = s.tokens
    return tokens.lowers[k] == "chi" and s.joined(k + 1) and tokens.lowers[k + 1] == "nhánh"


def _ends_here(s: Scan, j: int) -> bool:
    """A name ends before a capitalised function word that opens the next sentence (`… Minh Phú Để con
    tôm …`) and before a caption's `Ảnh:` (`Công đoàn TP Ảnh: Hồng Đào`)."""
    tokens = s.tokens
    if opens_sentence(s, j):
        return True
    caption = j + 1 < len(tokens) and tokens.texts[j + 1] == ":" and tokens.is_cap(j)
    return caption and bool(list_matcher("orgs_credit_cues.txt", "lower").match(tokens.items, j)[0])


def opens_sentence(s: Scan, j: int) -> bool:
    """A capitalised function word at j that opens the next sentence (orgs_sentence_openers.txt)."""
    return j < len(s.tokens) and bool(list_matcher("orgs_sentence_openers.txt", "text").match(s.tokens.items, j)[0])


def _listed_domain(s: Scan, j: int, width: int) -> bool:
    """A domain phrase of several words joined by commas (`khám, chữa bệnh`; `phòng cháy, chữa cháy và cứu
    nạn, cứu hộ`): one name, though written in lower case."""
    return any(s.tokens.texts[m] == "," for m in range(j, j + width))


def _field_pair(s: Scan, j: int) -> int:
    """Tokens of a pair of fields joined by a comma at j, of the name vocabulary (`phòng, chống`), else 0."""
    width = s.lex.vocab.match(s.tokens.items, j)[0]
    return width if _listed_domain(s, j, width) else 0


def _domain_at(s: Scan, j: int) -> int:
    width, _ = s.lex.domains.match(s.tokens.items, j)
    return width


def compound_end(s: Scan, j: int) -> int:
    """Past the word starting at token j: `Thống kê` in `Tổng cục Thống kê` is one word (the word
    segmenter says so), though its second syllable is lower case."""
    end = s.compounds.get(s.tokens.starts[j])
    k = j + 1
    if end is None:
        return k
    while k < len(s.tokens) and s.tokens.joined[k] and s.tokens.ends[k] <= end:
        k += 1
    return k


def _name_goes_on(s: Scan, k: int) -> bool:
    tokens = s.tokens
    if not s.joined(k) or not tokens.is_cap_word(k) or k in s.place_at:
        return False
    if s.lex.stops.match(tokens.items, k)[0] or head_at(s, k)[0]:
        return False
    return not (tokens.texts[k] in surnames() and s.joined(k + 1) and tokens.is_cap_word(k + 1))


def _cut_person(s: Scan, k: int, j: int, *, business: bool = False) -> int:
    """End of a name [k, j) without a trailing personal name (`Vingroup Phạm Nhật Vượng`). A business name
    (`business`) whose lower-case business line runs straight into the capitalised words keeps them: they are
    its proper name, which the line needs (`Công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Phát`)."""
    tokens = s.tokens
    j_name = j
    j = _without_compound_tail(s, k, j)  # `Tổng cục Du lịch Hà Văn Siêu dẫn đầu`: `Siêu dẫn` read as a word
    run = j
    while run > k and tokens.is_cap_word(run - 1):
        run -= 1
    if run < j and s.lex.eponyms.match(tokens.items, run)[0] == j - run:
        return j_name  # `Học viện Chính trị quốc gia Hồ Chí Minh`: the name it bears, not a person after it
    for split in range(max(run, k + 2), j - 2):
        if tokens.texts[split] in surnames() and 3 <= j - split <= 4 and not _code_in(tokens, split + 1, j):
            if business and split == run and _names_the_business(s, split):
                return j_name
            return split  # not `… Bình Dương TNHH MTV`: a legal form in capitals is no given name
    if run <= k + 1 < j - 2 and tokens.texts[k + 1] in surnames() and j - (k + 1) <= 4:
        return k + 1
    return j_name


def _names_the_business(s: Scan, split: int) -> bool:
    """The capitalised words at split, right after a lower-case word of a business line (not `và`, which joins
    a person, nor a person's cue: `đồng chí`), are the company's name: unless a strong middle name marks them a
    person's (`Nguyễn Văn Thanh`)."""
    tokens = s.tokens
    if tokens.texts[split - 1] == "và" or not _business_word(s, split - 1):
        return False
    if ends_with_phrase(person_cue_trie(), tokens, split):
        return False  # `Tổng công ty và đồng chí Phùng Lê Dũng`: a person's cue, no business line
    return tokens.texts[split + 1] not in middle_names(strong_only=True)


def _code_in(tokens: Tokens, first: int, last: int) -> bool:
    """A word in capitals of several letters among tokens [first, last) (`TNHH`, `MTV`)."""
    return any(len(tokens.texts[m]) > 1 and tokens.texts[m].isupper() for m in range(first, last))


def _without_compound_tail(s: Scan, k: int, j: int) -> int:
    """End of the name [k, j) without lower-case syllables it took as the tail of a capitalised word."""
    tokens = s.tokens
    end = j
    while end > k + 1 and tokens.texts[end - 1].islower() and tokens.is_cap_word(end - 2):
        reach = s.compounds.get(tokens.starts[end - 2])
        if reach is None or reach < tokens.ends[end - 1]:
            break
        end -= 1
    return end


_MAX_BEFORE_ACRONYM = 10  # syllables between a business name's end and the acronym that proves them its own


def _ends_a_business_word(s: Scan, j: int, m: int) -> bool:
    """A lower-case syllable that ends a dictionary word with the one before it (`không` of `hàng không`),
    though alone it is a function word: a word of the business line, not the sentence's."""
    tokens = s.tokens
    if m <= j or not tokens.texts[m].islower() or not tokens.texts[m - 1].islower():
        return False
    return is_view_word(f"{tokens.lowers[m - 1]} {tokens.lowers[m]}")


def words_to_acronym(s: Scan, j: int) -> int:
    """End of the words after a business name that run straight to a parenthesis (`Tổng công ty Đầu tư và
    Kinh doanh` + `vốn nhà nước (SCIC)`): lower-case business words or capitalised words, no head, no
    function word or verb; j when none or when no parenthesis follows them. The caller checks the acronym."""
    tokens = s.tokens
    m = j
    while m - j < _MAX_BEFORE_ACRONYM and s.joined(m) and tokens.is_word(m) and not head_at(s, m)[0]:
        word = tokens.is_cap_word(m) or _business_word(s, m) or _ends_a_business_word(s, j, m)
        if not (word or (m in s.place_at or s.inside_place[m])):
            return j
        m += 1
    return m if m > j and m < len(tokens) and tokens.texts[m] == "(" else j
