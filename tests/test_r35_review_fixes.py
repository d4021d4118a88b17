"""Round 35 (r35-f6): fixes of the review of r35-e9 (account owners) and r35-f3 (whose a speech cue is, the
foreign chain of titles). Sentences written for the tests in the shapes of news.

- `trên` after a speech cue refers back only when it ends the clause (`A nêu trên,`), not `phát biểu trên hội
  trường`, `nêu trên diễn đàn`;
- `mà` before a name is a relative only after a noun (not `Không chỉ vậy mà …`); `như` before a name is a
  back-reference only with `đã` before the cue (`như A đã nêu`) or a clause-final `trên`;
- `họp`, `họp báo` are speech nouns only after `dự` (`dự họp báo công bố`), not `chủ trì họp báo công bố`;
- a foreign chain of titles names its country right after the title (an optional `nước` between);
- a page or group on a platform (`Trang Facebook Tin Tức`, `Facebook Hội Phượt`) is no person; the platform word
  is no part of its owner's name (`Ảnh: Facebook Ngọc Trinh`)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from tests.orghelp import names
from vnreport.pipeline import analyze_text

_OPENING = (
    "Quốc hội thảo luận dự án đường cao tốc\n\nSáng 12/6/2024, Quốc hội thảo luận tại hội trường về chủ trương đầu tư "
    "dự án đường cao tốc ven biển. "
)


def _roles(text: str, opening: str = _OPENING) -> dict[str, list[str]]:
    summary = analyze_text(opening + text + "\n", year=2024).summary
    assert summary is not None and summary.event is not None
    return {p.name: list(p.roles) for p in summary.event.participants}


@pytest.mark.parametrize(
    "sentence",
    [
        "Đại biểu Trịnh Văn Lâm phát biểu trên hội trường về tiến độ dự án.",
        "Đại biểu Trịnh Văn Lâm nêu trên diễn đàn Quốc hội rằng tiến độ còn chậm.",
        "Không chỉ vậy mà đại biểu Trịnh Văn Lâm còn nêu rõ tiến độ còn chậm.",
    ],
)
def test_a_speaker_before_tren_mid_clause_or_after_a_conjunction_ma_speaks(sentence: str) -> None:
    assert "spoke" in _roles(sentence).get("Trịnh Văn Lâm", [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Như đại biểu Trịnh Văn Lâm đã nêu, tiến độ còn chậm.",
        "Như đại biểu Trịnh Văn Lâm nêu trên, tiến độ còn chậm.",
        "Tiến độ còn chậm như đại biểu Trịnh Văn Lâm nêu trên.",
        "Các giải pháp mà đại biểu Trịnh Văn Lâm nêu chưa khả thi.",
    ],
)
def test_a_back_reference_still_is_no_speaker(sentence: str) -> None:
    assert "spoke" not in _roles(sentence).get("Trịnh Văn Lâm", [])


def test_nhu_with_a_speech_verb_of_telling_speaks() -> None:
    roles = _roles("Như Bộ trưởng Đỗ Minh Khôi cho biết, tiến độ giải phóng mặt bằng còn chậm.")
    assert "spoke" in roles.get("Đỗ Minh Khôi", [])


_PRESS = "Bộ Y tế họp báo công bố kết quả\n\nSáng 12/6/2024, Bộ Y tế tổ chức họp báo tại Hà Nội. "


def test_a_chair_of_a_press_conference_that_announces_speaks() -> None:
    roles = _roles("Bộ trưởng Đỗ Minh Khôi chủ trì họp báo công bố kết quả kiểm tra.", _PRESS)
    assert "spoke" in roles.get("Đỗ Minh Khôi", [])


def test_org_nested_party_after_a_chain_whose_title_names_a_home_body() -> None:
    text = "Ông Trần Văn B, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Hội Hữu Nghị Lào - Việt Nam, phát biểu."
    assert "Trung ương Đảng" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trang Facebook Tin Tức đăng tải đoạn video ghi lại vụ việc.",
        "Nhóm Facebook Yêu Bếp chia sẻ nhiều công thức nấu ăn.",
        "Fanpage Facebook Phương Nam thông báo lịch nghỉ.",
        "Người dân dọn bùn sau lũ. Ảnh: Facebook Hội Phượt",
    ],
)
def test_a_page_or_group_on_a_platform_is_no_person(text: str) -> None:
    _, people = people_of(text)
    assert people == []


def test_the_platform_word_is_no_part_of_its_owners_name() -> None:
    _, people = people_of("Người dân dọn bùn sau lũ. Ảnh: Facebook Ngọc Trinh")
    assert people == ["Ngọc Trinh"]
