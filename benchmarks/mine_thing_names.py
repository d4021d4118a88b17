"""`vnreport/data/names_thing_runs.tsv`: capitalised runs that the news names as things, not people — ships,
schools, companies, books, films, places (`tàu X Y`, `trường X Y`, `công ty X Y`, `tại X Y`) — counted over the
corpus, for the people's extractor to leave out when it reads such a run as a person with no cue of its own.

    python benchmarks/mine_thing_names.py CORPUS-SEEN/news --exclude ids.txt [--min-things 2]

A candidate is a run of two to four capitalised words (a name of one word is too often a given name standing
alone), or the rest of a longer run after a kind in capitals (`USS`, `BV`). Each article counts once per run and
per side: the run follows a person's cue (`_PERSON`: `ông`, `bà`, `anh`, `chị`, `vua`, a title ending in a
lower-case syllable, `Tổng thống`, `Thủ tướng` …; every tail of the run counts then) or a thing's (`_THING`:
`công ty`, `hãng`, `trường`, `tàu`, `cuốn`, `phim`, `tại`, `ở` …), written right before it in lower case (a
capital would make the cue part of the run). A run is listed when it follows a thing's cue in at least
`--min-things` articles and a person's cue in none: a name a person bears anywhere in the corpus is never left
out. A run opening with a Vietnamese surname, with a strong middle name inside, or made of Vietnamese syllables only
is never listed: shaped as a person's name, it is a street or a school named after someone (`đường Lê Văn
Lương`, `trường Tố Hữu`) that the news also cites as the person, bare, in a list of comrades or of authors; the
text's own `đường A` decides those (`_site_names`). A date word glued after a run (`Ngày`, `Chiều`) is cut off.
`--exclude` lists article ids (file names without `.txt`) never read: the unseen sets.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict

from corpus_texts import add_arguments, corpus_texts, excluded_ids

from vnreport.extract.names import middle_names, surnames
from vnreport.segment.syllables import has_foreign_shape

_TOKEN = re.compile(r"[\w.'-]*\w|[^\w\s]")
_PERSON = (
    "ông",
    "bà",
    "anh",
    "chị",
    "ngài",
    "cô",
    "chú",
    "cụ",
    "em",
    "bác",
    "đồng chí",
    "cháu",
    "tên",
    "bị can",
    "bị cáo",
    "đối tượng",
    "nghi phạm",
    "tổng thống",
    "thủ tướng",
    "bộ trưởng",
    "ngoại trưởng",
    "chủ tịch",
    "giám đốc",
    "tổng bí thư",
    "bí thư",
    "phó thủ tướng",
    "tổng giám đốc",
    "thượng nghị sĩ",
    "nghị sĩ",
    "luật sư",
    "giáo sư",
    "tiến sĩ",
    "phát ngôn viên",
    "người phát ngôn",
    "đại sứ",
    "ca sĩ",
    "diễn viên",
    "cầu thủ",
    "huấn luyện viên",
    "nhà văn",
    "nhà báo",
    "phóng viên",
    "của ông",
    "của bà",
    "vua",
    "tướng",
    "đại tướng",
    "nhà thơ",
    "nhạc sĩ",
    "danh nhân",
    "anh hùng",
    "liệt sĩ",
    "cố",
    "thầy",
    "mẹ",
    "bố",
    "cha",
    "vợ",
    "chồng",
    "con",
    "tác giả",
    "thẩm phán",
    "nữ",
)
# compounds that end in a thing's word but name no thing (`liên bang`: federal; `thị trường`: market)
_NOT_THING = frozenset(
    {("liên", "bang"), ("thị", "trường"), ("môi", "trường"), ("lập", "trường"), ("hiện", "trường")}
    | {("lôi", "cuốn"), ("hòa", "giải"), ("lý", "giải"), ("bị", "giải"), ("yêu", "cầu"), ("nhu", "cầu")}
)
_THING = (
    "công ty",
    "hãng",
    "tập đoàn",
    "ngân hàng",
    "trường",
    "đại học",
    "tàu",
    "tàu sân bay",
    "cuốn",
    "cuốn sách",
    "phim",
    "bộ phim",
    "tác phẩm",
    "bài hát",
    "ca khúc",
    "thương hiệu",
    "nhãn hiệu",
    "tờ",
    "tạp chí",
    "khách sạn",
    "nhà hàng",
    "sân bay",
    "sân vận động",
    "bệnh viện",
    "tại",
    "ở",
    "thành phố",
    "tỉnh",
    "thủ đô",
    "đảo",
    "vịnh",
    "sông",
    "núi",
    "đường",
    "phố",
    "cây cầu",
    "chùa",
    "đền",
    "khu",
    "chợ",
    "câu lạc bộ",
    "đội",
    "giải",
    "chiến dịch",
    "dự án",
    "truyện",
    "bộ truyện",
    "tiểu thuyết",
    "series",
    "bãi",
    "hồ",
    "tàu ngầm",
    "tuần dương hạm",
    "khu trục hạm",
    "chiến hạm",
)


# capitalised words that open the next sentence or clause glued to a run (`… tàu X Y Ngày 5/3`): no part of it
_DATE_WORDS = frozenset({"Ngày", "Chiều", "Sáng", "Tối", "Trưa", "Đêm", "Sau", "Hôm", "Trước", "Tháng", "Năm"})


def _listed(run: str) -> bool:
    """Whether a mined run may be listed: never one opening with a Vietnamese surname, one with a strong middle
    name inside (`Đồng Văn Cống`, `Phó Đức Chính`: a person's name, whatever its first word), nor one whose
    words are all Vietnamese syllables (`Tố Hữu`, `Hùng Vương`, `Hai Bà Trưng`: the list is for foreign-shaped
    things, ships, books, schools; a Vietnamese-shaped run is as often a person's name, which the text's own
    `đường A` decides)."""
    words = run.split()
    if words[0] in surnames() or any(w in middle_names(strong_only=True) for w in words[1:-1]):
        return False
    return any(has_foreign_shape(w) for w in words)


def _ending_at(lowered: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `phrases` (as lower-case words) ends right before token `k`."""
    return any(k >= len(words) and tuple(lowered[k - len(words) : k]) == words for words in phrases)


def _capital(token: str) -> bool:
    return token[:1].isupper() and token[:1].isalpha()


def _tails(tokens: list[str], k: int, end: int, *, every: bool) -> list[str]:
    """The runs counted for the capitalised run tokens[k:end], of two to four words: the run itself and, after
    words in capitals (`USS`, `BV`, `TNHH`: a kind, no name), the rest of it (`tàu sân bay USS X Y` counts `X Y`
    too); with `every`, each tail (`Tổng thống Mỹ X Y` names `X Y` a person)."""
    runs = []
    for start in range(k, end - 1):
        if end - start <= 4 and (start == k or every or all(t.isupper() for t in tokens[k:start])):
            runs.append(" ".join(tokens[start:end]))
    return runs


def mine(texts: list[tuple[str, str]], min_things: int) -> list[tuple[str, int]]:
    """(run, articles after a thing's cue) of the runs kept, most frequent first."""
    person_cues = tuple(tuple(p.split()) for p in _PERSON)
    thing_cues = tuple(tuple(t.split()) for t in _THING)
    things: dict[str, set[str]] = defaultdict(set)
    persons: dict[str, set[str]] = defaultdict(set)
    for article, text in texts:
        tokens = _TOKEN.findall(text)
        lowered = [t.lower() for t in tokens]
        k = 1
        while k < len(tokens):
            if not _capital(tokens[k]) or _capital(tokens[k - 1]):
                k += 1
                continue
            end = k
            while end < len(tokens) and end - k < 5 and _capital(tokens[end]):
                end += 1
            while end > k + 1 and tokens[end - 1] in _DATE_WORDS:
                end -= 1  # `tàu X Y Ngày 5/3 …`: the date opens the next sentence
            lower_before = tokens[k - 1].islower()
            person = lower_before and _ending_at(lowered, k, person_cues)
            thing = lower_before and not person and _ending_at(lowered, k, thing_cues)
            thing = thing and tuple(lowered[max(0, k - 2) : k]) not in _NOT_THING
            if person or thing:
                for run in _tails(tokens, k, end, every=person):
                    (persons if person else things)[run].add(article)
            k = end
    kept = [
        (run, len(found))
        for run, found in things.items()
        if len(found) >= min_things and run not in persons and _listed(run)
    ]
    return sorted(kept, key=lambda item: (-item[1], item[0]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser, several=True)
    parser.add_argument("--min-things", type=int, default=2)
    args = parser.parse_args(argv)
    texts = list(corpus_texts(args.folders, excluded_ids(args.exclude)))
    print(f"# mined by benchmarks/mine_thing_names.py from {len(texts)} articles: --min-things {args.min_things}")
    print("# runs the news writes after a thing's word and never after a person's; `articles`: after a thing's word")
    print("run\tarticles")
    for run, count in mine(texts, args.min_things):
        print(f"{run}\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
