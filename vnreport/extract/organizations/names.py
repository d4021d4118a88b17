"""The open-name complement of an organisation: capitalised words and vocabulary words after a head
(`Bệnh viện Bạch Mai`, `Ban Quản lý dự án đầu tư xây dựng`), ending before a place, a title word, another
head or the person after it (`Tập đoàn Vingroup Phạm Nhật Vượng`)."""

from __future__ import annotations

from vnreport.extract.names import surnames
from vnreport.extract.organizations.lexicon import is_acronym
from vnreport.extract.organizations.scan import Scan, Tokens, central_at, head_at
from vnreport.segment.dictionary import is_word

MAX_NAME = 8  # tokens of an open name (`Học viện Chính trị quốc gia Hồ Chí Minh` is 7)


def compounds(tokens: Tokens) -> dict[int, int]:
    """Start → end of each capitalised word of several syllables whose later syllables are lower case
    (`Thống kê`, `Lý luận`), from underthesea's word list (no need to run the segmentation model)."""
    found: dict[int, int] = {}
    items = tokens.items
    for k, tok in enumerate(items):
        if not tok.is_cap_word:
            continue
        run = k + 1
        while run < len(items) and run - k < 3 and items[run].gap == 1 and items[run].kind == "word":
            if not items[run].text.islower():
                break
            run += 1
        for size in (3, 2):
            if run - k >= size and is_word(" ".join(t.text for t in items[k : k + size])):
                found[tok.start] = items[k + size - 1].end
                break
    return found


def domain(s: Scan, k: int) -> int:
    """Tokens of a domain (`Tài chính`) at k, capitalised or an acronym."""
    if k >= len(s.tokens) or not s.joined(k):
        return 0
    width, _ = s.lex.domains.match(s.tokens.items, k)
    return width if width and (s.tokens.is_cap(k) or is_acronym(s.tokens.texts[k])) else 0


def open_name(s: Scan, k: int, *, through_heads: bool, central_follows: bool, vocab_start: bool = False) -> int:
    """Tokens of an open name starting at k: capitalised words and vocabulary words, no person.
    With `vocab_start`, the name may open with a vocabulary word (`Ban Quản lý dự án …`)."""
    tokens = s.tokens
    if k >= len(tokens) or not s.joined(k):
        return 0
    opens = tokens.is_cap_word(k) or (through_heads and tokens.texts[k].isdigit())
    if not opens and not (vocab_start and s.lex.vocab.match(tokens.items, k)[0]):
        return 0
    j, proper, going = k, 0, True  # proper: capitalised words in a row, a proper name (`Lâm nghiệp Tiền Phong`)
    while going and j < len(tokens) and (j == k or tokens.joined[j]) and j - k < MAX_NAME:
        step = _name_step(s, k, j, proper, through_heads=through_heads, central_follows=central_follows)
        if step is None:
            break
        j, proper, going = step
    while j > k and tokens.texts[j - 1] in {"&", "-"}:
        j -= 1  # `Cục Di sản văn hóa - Bộ …`
    return _cut_person(s, k, j) - k


def _name_step(
    s: Scan, k: int, j: int, proper: int, *, through_heads: bool, central_follows: bool
) -> tuple[int, int, bool] | None:
    """(next token, capitalised words in a row, whether the name may go on) after the name's token j, or
    None where the name ends before j."""
    tokens = s.tokens
    span = s.place_at.get(j)
    if through_heads and span is not None and _name_goes_on(s, span.last):
        return span.last, proper, True  # `Báo Sài Gòn Giải Phóng`: the place is inside the name
    if span is not None or s.inside_place[j]:
        return None
    central = central_at(s, j)
    if central:
        return None if central_follows else (j + central, proper, True)  # `Bệnh viện Nhi Trung ương`
    if s.lex.stops.match(tokens.items, j)[0]:
        return None
    head_width = head_at(s, j)[0]
    if head_width:
        return (j + head_width, proper, True) if through_heads else None  # `Công ty cổ phần Tập đoàn Hòa Phát`
    width = _domain_at(s, j) if tokens.is_cap(j) else 0
    width = width or s.lex.vocab.match(tokens.items, j)[0]
    if width:
        if proper >= 2 and not tokens.is_cap(j):
            return None  # `Công ty … Lâm nghiệp Tiền Phong quản lý`: lower case after a proper name is the verb
        return j + width, 0, True
    text = tokens.texts[j]
    if tokens.is_cap_word(j):
        after = _compound_end(s, j)
        return after, (proper + 1 if after == j + 1 else 0), True
    if through_heads and text.isdigit():
        return j + 1, proper, s.joined(j + 1) and tokens.is_cap_word(j + 1)  # `Quân khu 7 giám sát`
    if text in {"&", "-"} and j > k and s.joined(j + 1) and tokens.is_cap_word(j + 1):
        return j + 1, proper, True
    return None


def _domain_at(s: Scan, j: int) -> int:
    width, _ = s.lex.domains.match(s.tokens.items, j)
    return width


def _compound_end(s: Scan, j: int) -> int:
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


def _cut_person(s: Scan, k: int, j: int) -> int:
    """End of a name [k, j) without a trailing personal name (`Vingroup Phạm Nhật Vượng`)."""
    tokens = s.tokens
    run = j
    while run > k and tokens.is_cap_word(run - 1):
        run -= 1
    for split in range(max(run, k + 2), j - 2):
        if tokens.texts[split] in surnames() and 3 <= j - split <= 4:
            return split
    if run <= k + 1 < j - 2 and tokens.texts[k + 1] in surnames() and j - (k + 1) <= 4:
        return k + 1
    return j
