"""A title before a list of bare names joined by `,` or `và` and closed by `;` or the sentence's end is every
name's, as a list header's is (`nguyên Chủ tịch Quốc hội A, B; …`, `Thứ trưởng C và D.`)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials.lists import shared_names
from vnreport.extract.officials.titles import TitlePhrase
from vnreport.segment.document import segment
from vnreport.segment.tokens import Token


@pytest.mark.parametrize(
    ("text", "title", "names"),
    [
        (
            "Dự lễ có nguyên Tổng Bí thư Lê Văn Khải, Đỗ Minh Tuấn; nguyên Chủ tịch nước Trần Văn Lương.",
            "Tổng Bí thư",
            ["Lê Văn Khải", "Đỗ Minh Tuấn"],
        ),
        (
            "Bị kỷ luật là nguyên Bộ trưởng Phạm Văn Hòa, Thứ trưởng Bùi Văn Tuyến và Nguyễn Thành Lai.",
            "Thứ trưởng",
            ["Bùi Văn Tuyến", "Nguyễn Thành Lai"],
        ),
        (
            "Tham dự có Phó Chánh án TANDTC Nguyễn Hữu Sơn, Nguyễn Văn Thuận; Phó Viện trưởng Lê Minh Trí.",
            "Phó Chánh án TANDTC",
            ["Nguyễn Hữu Sơn", "Nguyễn Văn Thuận"],
        ),
    ],
)
def test_a_title_before_a_closed_list_of_names_is_each_names(text: str, title: str, names: list[str]) -> None:
    officials, people = people_of(text)
    for name in names:
        assert title in officials.get(name, []), (name, officials)
        assert name not in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the list runs on into the sentence: who holds the title is not said
        ("Giám đốc Sở Nguyễn Văn An, Trần Văn Bình và Lê Văn Cường cùng dự.", "Trần Văn Bình"),
        # the list runs into a clause, the sentence ends at `.` after it
        ("Thứ trưởng Nguyễn Văn An, Trần Văn Bình cho biết, Lê Văn Cường đã dự.", "Trần Văn Bình"),
    ],
)
def test_a_list_that_runs_on_shares_no_title(text: str, name: str) -> None:
    officials, _ = people_of(text)
    assert name not in officials


def test_the_next_name_with_its_own_title_keeps_it() -> None:
    officials, _ = people_of("Thủ tướng Nguyễn Văn An và Trần Văn Bình, Giám đốc Sở Tài chính, đã dự.")
    assert officials["Trần Văn Bình"] == ["Giám đốc Sở Tài chính"]


_GIVEN = ("An", "Bình", "Cường", "Dũng", "Hùng", "Lan", "Minh", "Nam", "Phúc", "Tâm")


def _list_of(size: int) -> tuple[list[Token], TitlePhrase]:
    names = ", ".join(f"Nguyễn Văn {_GIVEN[k % len(_GIVEN)]}" for k in range(size))
    toks = segment(f"Dự có Thứ trưởng {names}.", words=True).tokens
    first = next(k for k, tok in enumerate(toks) if tok.text == "Nguyễn")
    return toks, TitlePhrase(first=2, last=first, head_last=first)


def test_the_timed_list_is_read_whole() -> None:
    toks, phrase = _list_of(30)
    assert len(shared_names(toks, phrase, set())) == 29


def _list_seconds(size: int) -> float:
    toks, phrase = _list_of(size)
    return best_cpu_seconds(lambda: shared_names(toks, phrase, set()), 3)


def test_reading_a_shared_list_takes_linear_time() -> None:
    """One pass over the list's items: twice the names take twice the time, not four."""
    assert doubling_ratio(_list_seconds, 200) < 2.5
