"""Officials' titles, round 26: one post written short beside its full writing is given once, in full (README:
"When the same position is written several ways, give its fullest form once"): a rank written short (`Tướng`
beside `Thiếu tướng`), a post written with its other word (`Ngoại trưởng`, `Bộ trưởng Ngoại giao`), a country
written two ways (`Mỹ`, `Hoa Kỳ`), words inserted and a country after them."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials.merging import merge_titles
from vnreport.report.model import OfficialTitle


def _merged(*titles: str) -> list[str]:
    return [t.text for t in merge_titles([OfficialTitle(text=t) for t in titles])]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        # a rank written short: the person's one rank, written in full elsewhere
        ("Tướng", "Thiếu tướng"),
        ("Tướng", "Trung tướng Không quân Mỹ"),
        ("Đô đốc", "Phó Đô đốc"),
        # a post written with its other words: the longer writing is kept
        ("Ngoại trưởng", "Bộ trưởng Ngoại giao Trung Quốc"),
        ("Ngoại trưởng Trung Quốc", "Bộ trưởng Ngoại giao Trung Quốc"),
        ("Người phát ngôn Bộ Ngoại giao", "Phát ngôn viên Bộ Ngoại giao Nhật Bản"),
        ("Thượng nghị sỹ", "Thượng nghị sĩ Mỹ"),
        # one country written two ways
        ("Ngoại trưởng Mỹ", "Ngoại trưởng Hoa Kỳ"),
        ("Bộ trưởng Quốc phòng Mỹ", "Bộ trưởng Quốc phòng Hoa Kỳ"),
        # words inserted inside the post, and the country after it
        ("Phó Chủ tịch Quốc hội", "Phó Chủ tịch thường trực Quốc hội Việt Nam"),
    ],
)
def test_a_short_writing_of_one_post_is_given_in_full(short: str, full: str) -> None:
    assert _merged(short, full) == [full]
    assert _merged(full, short) == [full]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Đại tá", "Thiếu tá"),  # two ranks: neither is the other written short
        ("Tổng thống Nga", "Tổng thống Mỹ"),  # two countries
        ("Đại sứ Mỹ tại Việt Nam", "Đại sứ Việt Nam tại Mỹ"),
        ("Ngoại trưởng", "Bộ trưởng Quốc phòng"),
        ("Phó Chủ tịch Quốc hội", "Phó Chủ tịch Ủy ban Đối ngoại của Quốc hội Lào"),  # another body of it
    ],
)
def test_other_posts_stay_apart(a: str, b: str) -> None:
    assert len(_merged(a, b)) == 2


def test_a_general_named_short_in_the_headline() -> None:
    officials, _ = people_of(
        "Tướng Trần Văn Hải kể chuyện phá án\n\nThiếu tướng Trần Văn Hải, Phó Giám đốc Công an tỉnh, cho biết vụ án đã"
        " được khám phá."
    )
    assert officials["Trần Văn Hải"] == ["Thiếu tướng", "Phó Giám đốc Công an tỉnh"]


def test_a_foreign_minister_written_both_ways() -> None:
    officials, _ = people_of(
        "Bộ trưởng Ngoại giao Hàn Quốc Kang Kyung-wha đã đến Hà Nội. Ngoại trưởng Kang Kyung-wha cho biết hai bên"
        " nhất trí tăng cường hợp tác."
    )
    assert officials["Kang Kyung-wha"] == ["Bộ trưởng Ngoại giao Hàn Quốc"]
