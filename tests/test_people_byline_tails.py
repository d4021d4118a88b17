"""Bylines closing the body with a prefix, a suffix, a source note or an outlet in brackets, and photo credits
that run into the next sentence (issue #12). Sentences written for the tests, one construction each."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment

_HEAD = "Xử lý lấn chiếm vỉa hè\n\nSáng 5/6, quận 1 tiếp tục ra quân lập lại trật tự đô thị trên nhiều tuyến phố."


def _people(text: str) -> list[str]:
    _, people = extract_people(segment(text))
    return [p.name for p in people]


@pytest.mark.parametrize(
    ("tail", "people"),
    [
        ("Tổng hợp Minh Châu", ["Minh Châu"]),  # a prefix in lower case before the name
        ("Đ.HÙNG ghi", ["Đ.HÙNG"]),  # who wrote the interview down
        ("Thanh Tâm - Quốc Bảo thực hiện", ["Thanh Tâm", "Quốc Bảo"]),
        ("Thu Hà - Văn Long - Nguồn clip: VTV", ["Thu Hà", "Văn Long"]),  # a source note after the authors
        ("QT (TTXVN)", ["QT"]),  # initials in capitals, closed by an outlet in brackets
    ],
)
def test_byline_closing_the_body(tail: str, people: list[str]) -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. {tail}"
    assert _people(text) == people


def test_capitals_closed_by_a_bracket_that_is_no_outlet() -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. QT (tổng hợp)"
    assert _people(text) == []


def test_credit_initials_before_a_time_of_day() -> None:
    text = f"{_HEAD}\n\nNgười dân ăn bánh kẹo do người lạ phát. Ảnh: HK Chiều 12.5, xã đã báo cáo sự việc."
    assert _people(text) == ["HK"]


def test_credit_stops_before_the_paper_of_the_next_sentence() -> None:
    text = f"{_HEAD}\n\nBinh sĩ diễn tập. Ảnh: Cankao Tờ Asahi Shimbun ngày 9/6 cho hay kế hoạch đã được duyệt."
    assert _people(text) == []


def test_a_lower_case_prefix_before_a_place_names_no_one() -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. Tổng hợp Hà Nội"
    assert _people(text) == []


@pytest.mark.parametrize(
    ("tail", "people"),
    [
        # a related clip's title without its full stop, then the author
        ("Clip: Người dân dọn dẹp vỉa hè sau đợt ra quân Thu Trang", ["Thu Trang"]),
        # a caption ending in a proper name of its own (a ship's), then an author with a surname
        ("Tàu cứu hộ neo tại cầu cảng Ba Son Lê Hoàng Vân -", ["Lê Hoàng Vân"]),
        # two authors joined by a dash after the caption
        ("Các tuyến phố được trả lại cho người đi bộ Minh Khang – Hải Yến", ["Minh Khang", "Hải Yến"]),
        # a caption that ends with a place names no author
        ("Người dân đi bộ trên vỉa hè tại quận Tân Bình", []),
        # the body ends naming someone after an anchor or a title: no byline
        ("Buổi ra quân có sự tham gia của anh Văn Thành", ["Văn Thành"]),
        ("Buổi ra quân có sự tham gia của Phó Chủ tịch Nguyễn Văn Thành", []),
    ],
)
def test_byline_after_a_caption_without_its_full_stop(tail: str, people: list[str]) -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. {tail}"
    assert _people(text) == people


def test_captioned_tail_named_before_is_no_byline() -> None:
    # the body named the person before: the words closing a caption are the caption's, no author
    text = (
        f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại, chị Hải Yến cho biết. "
        "Người dân vui mừng khi vỉa hè được trả lại Hải Yến"
    )
    _, people = extract_people(segment(text))
    assert [(p.name, p.kind) for p in people] == [("Hải Yến", "person")]


@pytest.mark.parametrize(
    ("tail", "people"),
    [
        ("Nhiều tuyến phố đã thông thoáng trở lại.... Nguyên Vũ", ["Nguyên Vũ"]),  # dots written four times
        ("Theo Báo X http://example.vn/bai-viet-123.htm Quang Minh (ghi) -", ["Quang Minh"]),  # after a link
        ("Nhiều tuyến phố đã thông thoáng trở lại./. Thái Bình/VOV-Miền Trung", ["Thái Bình"]),  # a place's name
    ],
)
def test_byline_after_other_ends_of_the_body(tail: str, people: list[str]) -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. {tail}"
    assert _people(text) == people


def test_a_sentence_closing_the_body_with_its_full_stop_has_no_captioned_byline() -> None:
    # the name and its details in brackets end a sentence: no caption, no author
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại, người dân khen ngợi Lê Thu Hà (45 tuổi)."
    _, people = extract_people(segment(text))
    assert all(p.kind != "byline" for p in people)


@pytest.mark.parametrize(
    ("tail", "official"),
    [
        # a title ending in lower case, then a body and its place: the last name is the official's, no byline
        ("Đoàn công tác làm việc với Bí thư Thành ủy Hà Nội Đinh Tiến Dũng", "Đinh Tiến Dũng"),
    ],
)
def test_a_caption_closing_on_a_titled_name_keeps_the_official(tail: str, official: str) -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. {tail}"
    officials, people = extract_people(segment(text))
    assert [o.name for o in officials] == [official]
    assert all(p.kind != "byline" for p in people)


@pytest.mark.parametrize(
    "tail",
    [
        "Đoàn công tác làm việc với lãnh đạo tỉnh Quảng Nam Lê Trí Thanh",  # the run opens after a unit word
        "Người dân mua sắm tại chợ Bến Thành",  # a facility's name
    ],
)
def test_a_caption_closing_on_a_place_or_a_facility_has_no_byline(tail: str) -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. {tail}"
    _, people = extract_people(segment(text))
    assert all(p.kind != "byline" for p in people)


def test_a_name_written_before_only_inside_a_longer_word_is_still_a_byline() -> None:
    # `Hải Yến` is written before only as the start of `Hải Yếnn`: no word of its own, the caption's author stays
    text = (
        f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại, cửa hàng Hải Yếnn cho biết. "
        "Người dân vui mừng khi vỉa hè được trả lại Hải Yến"
    )
    assert _people(text) == ["Hải Yến"]


@pytest.mark.parametrize(
    ("tail", "byline"),
    [
        # the run after the title names its holder in full before the last two words: those are the author's
        ("Buổi làm việc có sự tham gia của Bộ trưởng Bộ Công Thương Trần Văn Minh Thu Trang", "Thu Trang"),
        # `cầu` ends the word `yêu cầu`, no facility's head (`cầu`, a bridge)
        ("Người dân tiếp tục yêu cầu Minh Khang", "Minh Khang"),
    ],
)
def test_a_caption_byline_after_a_named_official_or_a_compound(tail: str, byline: str) -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. {tail}"
    _, people = extract_people(segment(text))
    assert (byline, "byline") in [(p.name, p.kind) for p in people]


@pytest.mark.parametrize(
    ("tail", "people"),
    [
        ("Quốc Bảo - Theo Tuổi Trẻ", ["Quốc Bảo"]),  # the outlet the story was taken from, after a dash
        ("Thu Hà - Theo Sài Gòn Giải Phóng", ["Thu Hà"]),
        ("Minh Châu – Theo Dân trí", ["Minh Châu"]),  # an en dash, the outlet's second word in lower case
    ],
)
def test_byline_closed_by_a_source_without_colon(tail: str, people: list[str]) -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. {tail}"
    assert _people(text) == people


def test_a_sentence_before_a_source_note_names_no_one() -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân - Theo Tuổi Trẻ"
    assert _people(text) == []
