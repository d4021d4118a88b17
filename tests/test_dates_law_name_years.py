"""Round 19 (dates): years in the names of laws. Sentences written for the tests, one per construction."""

from __future__ import annotations

import pytest

from tests.test_dates_statistics_cut_off import value_of  # a text's date value, read with no year given
from vnreport.extract.dates import extract_dates
from vnreport.segment.document import segment


def _values(text: str) -> list[str]:
    return [m.value for m in extract_dates(segment(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Việc bồi thường được tính theo Bộ luật Dân sự 2027 và các văn bản hướng dẫn.",
        "Theo Luật Quy hoạch đô thị 2027, dự án phải được lấy ý kiến người dân.",
        "Quyền này được ghi trong Hiến pháp 2027.",
    ],
)
def test_a_bare_year_after_a_law_name_is_a_date(sentence: str) -> None:
    # the name's words are lowercase after its first: no capitalised word stands right before the year
    assert _values(sentence) == ["2027"]


def test_a_clause_after_a_law_is_no_name() -> None:
    # `này … có hiệu lực từ`: the words between the law and the year are a clause, not its name
    assert _values("Luật này có hiệu lực từ 2027 trở đi.") == []


def test_a_law_year_fixes_no_partial_date() -> None:
    # a year in a law's name is no year of the story (as `Luật … năm 2027` is not)
    text = "Tin ngắn\n\nSáng 8/7, sở đã họp về việc thi hành Bộ luật Lao động 2027 tại địa phương."
    assert value_of(text, "Sáng 8/7") == "XXXX-07-08"


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Bộ đã trình chiến lược phát triển ngành đến 2035 để Chính phủ xem xét.", "2035"),
        ("Từ nay đến 2030, thành phố sẽ xây thêm ba tuyến đường sắt đô thị.", "2030"),
        ("Hai bên thảo luận định hướng hợp tác tới 2040 và tầm nhìn xa hơn.", "2040"),
    ],
)
def test_a_bare_year_a_span_runs_up_to_is_a_date(sentence: str, year: str) -> None:
    # as `đến năm 2035` is: the horizon the sentence names
    assert _values(sentence) == [year]


def test_a_count_up_to_a_number_is_no_year() -> None:
    # after a number, `đến 2000` ends a range of counts
    assert _values("Mỗi ngày có từ 1.500 đến 2000 người đến tham quan.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Nhà thi đấu mới của huyện chứa được lên tới 2000 chỗ ngồi.",
        "Công suất của cụm điện gió đạt tới 2000 MW sau khi mở rộng.",
        "Giá một suất ăn ở khu nghỉ dưỡng lên tới 2000 USD mỗi người.",
        "Số ca sốt phát ban ghi nhận trong tuần tăng tới 2000 ca.",
    ],
)
def test_a_number_up_to_which_a_count_runs_is_no_year(sentence: str) -> None:
    # a unit or a counted noun after `tới 2000` makes it a count, not the year a span runs up to
    assert _values(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kế hoạch phát triển nghề gốm của huyện định hướng tới 2031, có tính tới chuyện nắng hạn.",
        "Theo lộ trình của tỉnh, từ nay đến 2031 sẽ xây thêm hai cây cầu qua sông.",
        "Đề án của thị trấn nhắm đến 2031 hoàn tất việc nâng cấp các trạm bơm.",
    ],
)
def test_the_year_a_span_runs_up_to_stays_a_year(sentence: str) -> None:
    assert _values(sentence) == ["2031"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mức phạt được tính theo Luật Xử lý vi phạm hành chính 2027 hiện hành.",
        "Dự thảo được soạn theo Luật Ban hành văn bản quy phạm pháp luật 2027 và các nghị định.",
        "Ngân hàng phải tuân thủ Luật Các tổ chức tín dụng 2027 khi cho vay.",
    ],
)
def test_a_law_name_holding_a_word_of_a_stop_is_still_a_name(sentence: str) -> None:
    # `hành` alone (of `ban hành`) is no stop, and a capitalised word is the name's own
    assert _values(sentence) == ["2027"]
