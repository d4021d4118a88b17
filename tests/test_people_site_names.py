"""Round 32, people (issue #12): a name the text itself writes after a facility's head in lower case (`đường A`,
`bán đảo B`, `hồ C`) is a street's, a site's or a lake's name; written elsewhere without an anchor (a list after a
colon, `vụ B`) it names no person. After `ông`, `bà`, a title or a degree it stays a person."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import _site_names, extract_people
from vnreport.segment.document import segment


def people(text: str) -> list[str]:
    return [p.name for p in extract_people(segment(text, words="dictionary"))[1]]


def test_a_list_of_streets_after_a_colon_is_no_one() -> None:
    text = (
        "Xe tải ra vào kho hàng gây áp lực lên các tuyến đường: Trần Văn Giàu, Lê Minh Xuân, Phạm Hùng Dũng. "
        "Thành phố sẽ mở rộng đường Trần Văn Giàu và đường Lê Minh Xuân, nối với đường Phạm Hùng Dũng."
    )
    assert people(text) == []


def test_a_case_named_after_a_site_is_no_one() -> None:
    text = "Lãnh đạo tỉnh yêu cầu báo cáo sớm vụ Hòn Ngọc Xanh. Dự án trên bán đảo Hòn Ngọc Xanh bị dừng."
    assert people(text) == []


def test_a_person_anchored_by_ong_stays_a_person_beside_a_street_of_the_name() -> None:
    text = "Ông Trần Văn Giàu sống trên đường Lê Minh Xuân. Nhà của ông Lê Minh Xuân ở đường Trần Văn Giàu."
    assert people(text) == ["Trần Văn Giàu", "Lê Minh Xuân"]


@pytest.mark.parametrize(
    "text",
    [
        "Trần Văn Giàu (SN 1990, trú quận 8) bị bắt. Vụ việc xảy ra trên đường Trần Văn Giàu.",
        "Vụ việc xảy ra trên đường Trần Văn Giàu. Trần Văn Giàu (SN 1990, trú quận 8) bị bắt.",
    ],
)
def test_a_person_anchored_by_details_stays_a_person_beside_a_street_of_the_name(text: str) -> None:
    # any anchor but a list's or `vụ`'s (`(SN …)`, an address, an act) names the person the street is named after too
    assert people(text) == ["Trần Văn Giàu"]


def test_a_name_after_a_word_ending_in_a_head_syllable_is_no_site() -> None:
    # `cầu` ends `yêu cầu`: no bridge's head, so the name after it stays the person's
    text = "Công an yêu cầu Nguyễn Văn Khoa (SN 1990) có mặt. Nguyễn Văn Khoa (SN 1990) đã đến trụ sở."
    assert people(text) == ["Nguyễn Văn Khoa"]


def test_site_names_are_read_in_linear_time() -> None:
    unit = "Xe đi qua đường Trần Văn Giàu và hồ Lê Minh Xuân rồi tới bán đảo Sơn Hải. "

    def seconds(n: int) -> float:
        doc = segment(unit * n, words="dictionary")
        return best_cpu_seconds(lambda: _site_names(doc))

    assert doubling_ratio(seconds, 200) < 2.5
