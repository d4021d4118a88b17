"""Round 34 (officials, issue #12): a title written before its holder's name with its portfolio between (`Phó
Thủ tướng X phụ trách công nghiệp quốc phòng A B cho biết`, `Phó Chủ tịch phụ trách chuyên môn ABC Nguyễn Văn C
nói`): the portfolio runs to the capitalised run that closes it and the holder's name ends that run. Not a name
that follows `phụ trách` with no portfolio (`Phó Chủ tịch phụ trách Lê Văn A`), not a place after a unit word,
not the name of a school or a hospital, not a Vietnamese reading that runs into foreign words. Sentences written
for the tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials.titles import title_phrases
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phó Thủ tướng Ba Lan phụ trách năng lượng hạt nhân Peter Walsh cho biết dự án sẽ tiếp tục.",
            {"Peter Walsh": ["Phó Thủ tướng Ba Lan phụ trách năng lượng hạt nhân"]},
        ),
        (
            "Phó Chủ tịch phụ trách tài chính VBA Nguyễn Văn Hòa nói giải đấu sẽ khởi tranh vào tháng tới.",
            {"Nguyễn Văn Hòa": ["Phó Chủ tịch phụ trách tài chính VBA"]},
        ),
        (
            "Bộ trưởng phụ trách thương mại của nước Bỉ Greta Bauer thông báo kế hoạch mới.",
            {"Greta Bauer": ["Bộ trưởng phụ trách thương mại của nước Bỉ"]},
        ),
        (
            "Phó Giám đốc phụ trách kỹ thuật Trần Minh Đức cho biết nhà máy đã vận hành.",
            {"Trần Minh Đức": ["Phó Giám đốc phụ trách kỹ thuật"]},
        ),
    ],
)
def test_a_portfolio_before_the_holders_name(text: str, expected: dict[str, list[str]]) -> None:
    officials, people = people_of(text)
    assert officials == expected
    assert not set(expected) & set(people)


def test_a_place_name_in_the_portfolio_gives_the_foreign_name_after_it() -> None:
    """`phụ trách Đông Á và Thái Bình Dương A B`: no Vietnamese reading of `Dương A B` runs into foreign words."""
    officials, _ = people_of(
        "Trợ lý Ngoại trưởng Canada phụ trách Đông Á và Thái Bình Dương Susan Walters nói rõ như vậy."
    )
    assert "Susan Walters" in officials
    assert not any(name.startswith("Dương") for name in officials)


@pytest.mark.parametrize(
    "text",
    [
        "Phó Chủ tịch phụ trách Lê Văn Nam cho biết sẽ kiểm tra.",
        "Phó Trưởng phòng phụ trách địa bàn phường Trung Hòa cho biết sẽ kiểm tra.",
        "Hiệu phó phụ trách chuyên môn Trường THPT Chu Văn An cho biết sẽ kiểm tra.",
        "Phó Giám đốc phụ trách chuyên môn Bệnh viện Bạch Mai cho biết sẽ kiểm tra.",
    ],
)
def test_no_portfolio_or_a_place_names_no_holder(text: str) -> None:
    officials, _ = people_of(text)
    assert not any("phụ trách" in title for titles in officials.values() for title in titles)


def _phrases_seconds(count: int) -> float:
    """The time to read the title phrases of one long sentence of posts with their portfolios and holders."""
    toks = segment(
        "Tin\n\n"
        + "Phó Thủ tướng Ba Lan phụ trách năng lượng hạt nhân Peter Walsh và Phó Chủ tịch phụ trách tài chính "
        "VBA Nguyễn Văn Hòa, " * count + "đã gặp nhau."
    ).tokens
    return best_cpu_seconds(lambda: title_phrases(toks, {}), 3)


def test_the_reach_to_a_portfolios_holder_is_linear() -> None:
    """Each `phụ trách` reads a bounded window: twice the posts take twice the time (2.5 allowed), not four."""
    assert doubling_ratio(_phrases_seconds, 200) < 2.5
