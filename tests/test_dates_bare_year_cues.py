"""Round 27 (dates, issue #14): bare years without `năm` after a comparison or a bound, and a year alone in
parentheses. Sentences written for the tests, one per construction."""

from __future__ import annotations

import pytest

from tests.test_dates_statistics_cut_off import value_of  # a text's date value, read with no year given
from vnreport.extract.dates import extract_dates
from vnreport.segment.document import segment


def _values(text: str) -> list[str]:
    return [m.value for m in extract_dates(segment(text))]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Doanh thu của công ty tăng 5,2% so với 2024; lợi nhuận giảm nhẹ.", "2024"),
        ("Sản lượng lúa gấp hai lần cùng kỳ 2024. Đây là mức cao nhất.", "2024"),
        ("Giá đất nền tăng 20% so với cùng kỳ 2024, theo khảo sát của công ty.", "2024"),
        ("Hội đồng rà soát những bài hát sáng tác trước 1975 có nội dung chưa phù hợp.", "1975"),
        ("Dự án chia hai giai đoạn, giai đoạn hai (sau 2030) sẽ mở rộng thêm làn xe.", "2030"),
    ],
)
def test_a_bare_year_after_a_comparison_or_a_bound_is_a_date(sentence: str, year: str) -> None:
    assert _values(sentence) == [year]


def test_a_count_after_a_bound_is_no_year() -> None:
    # a counted noun after the number: `trước 2000 khán giả` is a crowd
    assert _values("Ca sĩ biểu diễn trước 2000 khán giả tại nhà văn hóa.") == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Ngôi nhà được xây mới (2009) nhờ hội nông dân góp sức.", "2009"),
        ("Ông từng tham gia Chiến dịch Biên giới (1950) khi mới mười tám tuổi.", "1950"),
        ("Từ khi làm Thứ trưởng (2011), ông chưa nhận thêm khoản phụ cấp nào.", "2011"),
    ],
)
def test_a_year_alone_in_parentheses_is_a_date(sentence: str, year: str) -> None:
    assert _values(sentence) == [year]


@pytest.mark.parametrize(
    "sentence",
    [
        "Đi cùng có chị gái Nguyễn Thị Hoa (1990) và em trai.",
        # a capitalised word of address, degree or honour, or a head of state, before the name (review r27b #2)
        "Bà Nguyễn Thị Hoa (1990) là giáo viên dạy văn.",
        "Ông Nguyễn Văn An (1960) trồng cà phê đã lâu.",
        "PGS.TS Trần Văn Nam (1965) nhận giải thưởng.",
        "NSND Trần Hiếu (1938) biểu diễn tại nhà hát.",
        "Bác Hồ (1890) sinh ra ở Nghệ An.",
        "Tổng thống Barack Obama (1961) đến thăm trường.",
    ],
)
def test_a_year_in_parentheses_after_a_persons_name_is_a_birth_year(sentence: str) -> None:
    # `Nguyễn Thị Hoa (1990)`: a birth year, not a date
    assert _values(sentence) == []


def test_a_compared_year_fixes_no_partial_date() -> None:
    # a statistics year compared with is of another time: it does not place the story's days
    text = "Tin ngắn\n\nSáng 8/7, sở cho biết doanh thu tăng 10% so với 2024."
    assert value_of(text, "Sáng 8/7") == "XXXX-07-08"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Giá cà phê 14.3: Tiếp tục giảm nhẹ\n\nGiá cà phê hôm nay giảm ở nhiều nơi.", "14.3"),
        ("Tin thế giới 21/4: Bão lớn đổ bộ\n\nMột cơn bão lớn đã đổ bộ vào bờ biển.", "21/4"),
    ],
)
def test_a_day_before_a_colon_in_the_title_is_a_date(text: str, mention: str) -> None:
    # `Giá nông sản 31.5: …`: the day the piece is of, written without a cue word
    assert value_of(text, mention) == f"XXXX-{mention[-1].zfill(2)}-{mention[:2]}"


def test_a_ratio_before_a_colon_in_the_body_is_no_date() -> None:
    # only the title's opening words: deeper in the text `tỷ lệ 2/3:` is a ratio
    assert _values("Tin ngắn\n\nĐạt tỷ lệ 2/3: cao hơn năm trước.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kết quả 2/1: Việt Nam thắng Thái Lan\n\nTrận đấu diễn ra tối qua.",
        "Việt Nam thắng Thái Lan 2/1: Chiến thắng lịch sử\n\nTrận đấu diễn ra tối qua.",
        "Tỷ lệ 3/4: Con số ấn tượng\n\nBa phần tư số hộ đã có nước sạch.",
    ],
)
def test_a_score_or_a_ratio_before_a_colon_in_the_title_is_no_date(text: str) -> None:
    # review r27b #3: a score or a ratio in the title, not the day the piece is of
    assert _values(text) == []
