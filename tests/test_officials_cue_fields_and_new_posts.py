"""Round 31 (sentences written for the tests; issue #12, Vietnamese officials):

- a ministry's field written without `Bộ` whose first words are also a speech cue (`Bộ trưởng Thông tin và
  Truyền thông A`: `thông tin` is a cue like `cho biết`): the field is the title's organisation and A its holder,
  where the person was lost; a cue after the title is still a cue (`Thứ trưởng Thông tin thêm, …`);
- `tân` (newly in post) between a clause's cue and the post it gives (`được bầu làm tân Chủ tịch …`, `giữ chức
  tân Giám đốc …`), where the post was lost; `Tân` with a capital is a name or a place, not the word."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def titles(text: str) -> dict[str, list[str]]:
    found, _ = extract_people(segment(text))
    return {o.name: [t.text for t in o.titles] for o in found}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Chiều nay, Bộ trưởng Thông tin và Truyền thông Hoàng Minh Khôi phát biểu tại hội nghị.",
            "Bộ trưởng Thông tin và Truyền thông",
        ),
        (
            "Chiều nay, Thứ trưởng Thông tin - Truyền thông Hoàng Minh Khôi cho biết dự thảo đã xong.",
            "Thứ trưởng Thông tin - Truyền thông",
        ),
        (
            "Chiều nay, Giám đốc Sở Thông tin và Truyền thông Hoàng Minh Khôi phát biểu tại hội nghị.",
            "Giám đốc Sở Thông tin và Truyền thông",
        ),
    ],
)
def test_a_field_that_opens_with_a_speech_cue_is_the_titles_organisation(text: str, title: str) -> None:
    assert titles(text) == {"Hoàng Minh Khôi": [title]}


def test_the_cue_after_a_title_stays_a_cue() -> None:
    assert titles("Ông Hoàng Minh Khôi, Thứ trưởng Thông tin thêm, dự án sẽ xong trong năm.") == {
        "Hoàng Minh Khôi": ["Thứ trưởng"]
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ông Hoàng Minh Khôi được bầu làm tân Chủ tịch UBND tỉnh Quảng Trị.",
        "Hội đồng đã bổ nhiệm ông Hoàng Minh Khôi làm tân Chủ tịch UBND tỉnh Quảng Trị.",
        "Ông Hoàng Minh Khôi được bổ nhiệm giữ chức tân Chủ tịch UBND tỉnh Quảng Trị.",
    ],
)
def test_tan_before_the_post_a_clause_gives(text: str) -> None:
    assert titles(text) == {"Hoàng Minh Khôi": ["Chủ tịch UBND tỉnh Quảng Trị"]}


def test_tan_with_a_capital_is_no_word_before_a_post() -> None:
    assert titles("Ông Hoàng Minh Khôi được điều động làm Tân Lập.") == {}
