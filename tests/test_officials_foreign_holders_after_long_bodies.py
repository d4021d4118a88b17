"""Round 31 (officials, issue #12): foreign holders after a long body. A title's body closed by its acronym in
brackets (`Tổng Giám đốc Tổ chức A quốc tế (XYZ) John Doe`) or a country head's lower-case body closed by a place
(`lãnh đạo phe thiểu số tại hạ viện Mỹ John Doe`) ends right before its holder's foreign name; a word of time
between a title and a comma (`Đại sứ Anh tại EU lúc đó, John Doe`) sets the name off as the bare comma does; a
foreign-shaped run closed by a business word (`Viet Lotus Airways`) is a company, never an official. Sentences
written for the tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import extract_people
from vnreport.extract.officials.titles import title_phrases
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tổng Giám đốc Tổ chức Bảo tồn thiên nhiên quốc tế (IUCN) Peter Walsh đã đến thăm vườn quốc gia.",
            {"Peter Walsh": ["Tổng Giám đốc Tổ chức Bảo tồn thiên nhiên quốc tế (IUCN)"]},
        ),
        (
            "Chủ tịch đảng cực tả Mặt trận Xanh (MX) Đức Greta Bauer cho biết đảng sẽ tranh cử.",
            {"Greta Bauer": ["Chủ tịch đảng cực tả Mặt trận Xanh (MX) Đức"]},
        ),
    ],
)
def test_a_bracketed_acronym_closes_the_body_before_its_holder(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = people_of(text)
    assert officials == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lãnh đạo phe thiểu số tại hạ viện Mỹ Nancy Walters đã phản đối dự luật.",
            {"Nancy Walters": ["Lãnh đạo phe thiểu số tại hạ viện Mỹ"]},
        ),
        (
            "Cảnh sát đã bắt giữ cựu lãnh đạo vùng thủ đô Lisbon Paulo Ferreira hôm qua.",
            {"Paulo Ferreira": ["lãnh đạo vùng thủ đô Lisbon"]},
        ),
    ],
)
def test_a_leaders_lower_case_body_closed_by_a_place(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = people_of(text)
    assert officials == expected


def test_a_group_of_leaders_takes_no_holder() -> None:
    """`các nhà lãnh đạo thế giới tại Paris A B và C D`: the words name a group, not one post."""
    officials, _ = people_of("Các nhà lãnh đạo thế giới tại Paris Peter Walsh và Greta Bauer đã gặp nhau.")
    assert officials == {}


def test_a_word_of_time_before_the_comma() -> None:
    """`Đại sứ Anh tại EU lúc đó, A nói`: the name set off after the word of time holds the post, then held."""
    officials, _ = people_of("Năm 2012, Đại sứ Anh tại EU lúc đó, Robert Hayes đã tuyên bố ủng hộ hiệp định.")
    assert officials == {"Robert Hayes": ["Đại sứ Anh tại EU"]}
    found = _currents("Năm 2012, Đại sứ Anh tại EU lúc đó, Robert Hayes đã tuyên bố ủng hộ hiệp định.")
    assert found == {"Robert Hayes": [False]}


def test_a_title_after_bracketed_acronyms_stops_a_leaders_body() -> None:
    """`lãnh đạo phe đa số (A) (B) (C) Thủ tướng Mỹ D E`: acronyms take the scan past a fixed window of tokens, a
    title that starts there still ends the leader's body; the name is the second title's holder."""
    officials, _ = people_of("Hôm qua, lãnh đạo phe đa số (ABC) (DEF) (GHI) Thủ tướng Mỹ John Smith đã phát biểu.")
    assert officials == {"John Smith": ["Thủ tướng Mỹ"]}


def test_a_word_of_a_post_held_now_before_the_comma() -> None:
    """`Đại sứ Anh tại ASEAN hiện nay, A nói`: the name set off after `hiện nay` holds the post now."""
    found = _currents("Đại sứ Anh tại ASEAN hiện nay, David Moore cho biết sẽ ủng hộ đề nghị này.")
    assert found == {"David Moore": [True]}


def test_a_word_of_time_with_no_comma() -> None:
    """`Đại sứ Anh tại ASEAN lúc đó A nói`: the qualifier path reads the word of time with no comma too."""
    found = _currents("Năm 2012, Đại sứ Anh tại ASEAN lúc đó David Moore đã bác bỏ đề nghị này.")
    assert found == {"David Moore": [False]}


def test_a_business_word_closes_a_company_not_a_person() -> None:
    """`Tổng giám đốc Viet Lotus Airways là ông A`: the foreign-shaped run is the company the post is of."""
    officials, _ = people_of("Người đứng tên Tổng giám đốc Viet Lotus Airways là ông Trần Văn Bình, doanh nhân.")
    assert "Viet Lotus Airways" not in officials


@pytest.mark.parametrize(
    "text",
    [
        "Giám đốc điều hành Peter Walsh Cty Lotus cho biết số đơn hàng đã tăng.",
        "Giám đốc điều hành Peter Walsh Cty cho biết số đơn hàng đã tăng.",
    ],
)
def test_cty_after_a_foreign_name_opens_the_company(text: str) -> None:
    """`Giám đốc A B Cty C`: `Cty` opens the company after the holder's name; it is no word of business closing a
    company's name (orgs_business_last_words.txt), nor a part of the name."""
    officials, _ = people_of(text)
    assert officials == {"Peter Walsh": ["Giám đốc điều hành"]}


@pytest.mark.parametrize("last", ["Holdings", "Inc", "Group", "Electronics"])
def test_business_last_words_close_a_company(last: str) -> None:
    officials, _ = people_of(f"Người đứng tên Tổng giám đốc Viet Lotus {last} là ông Trần Văn Bình, doanh nhân.")
    assert not any("Viet Lotus" in name for name in officials)


def _currents(text: str) -> dict[str, list[bool]]:
    """Whether each official's titles are held now, by name."""
    officials, _ = extract_people(segment(text))
    return {o.name: [t.current for t in o.titles] for o in officials}


def _phrases_seconds(count: int) -> float:
    """The time to read the title phrases of one long sentence of leaders' posts and bracketed bodies."""
    toks = segment(
        "Tin\n\n" + "lãnh đạo phe thiểu số tại hạ viện Mỹ Nancy Walters, Tổng Giám đốc Tổ chức Bảo tồn quốc tế (IUCN) "
        "Peter Walsh, " * count + "đã gặp nhau."
    ).tokens
    return best_cpu_seconds(lambda: title_phrases(toks, {}), 3)


def test_the_reach_to_a_holder_is_linear() -> None:
    """Each head reads a bounded window of words: twice the posts take twice the time (2.5 allowed), not four."""
    assert doubling_ratio(_phrases_seconds, 200) < 2.5


def test_a_word_of_time_before_of_stays_in_a_chained_title() -> None:
    """`cựu Thủ tướng Hà Lan, Chủ tịch hiện tại của NATO, A B`: `hiện tại của` opens the second title's body."""
    officials, _ = people_of("Vì thế, cựu Thủ tướng Hà Lan, Chủ tịch hiện tại của NATO, Pieter Janssen đã viết thư.")
    assert officials == {"Pieter Janssen": ["Thủ tướng Hà Lan", "Chủ tịch hiện tại của NATO"]}


def test_a_word_of_time_without_of_is_no_part_of_the_head() -> None:
    """`Chủ tịch hiện tại Nguyễn Văn A`: with no `của` after it the word of time stays out of the title."""
    officials, _ = people_of("Chủ tịch hiện tại Nguyễn Văn Bình đã ký quyết định.")
    assert all("hiện tại" not in t for titles in officials.values() for t in titles)
