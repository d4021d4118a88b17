"""The event's place, round 33: a happening of kind `other` or `investigation` whose own sentence names no place takes
the place a lead sentence binds to `xảy ra` after an incident noun (`Vụ việc xảy ra vào khoảng 7 giờ, tại xã A`), past
a spot word between `tại` and it (`tại khu vực gần tượng đài B`); not one a clause framing the news by a background
happening tells (`Liên quan đến vụ việc xảy ra tại xã A, …`). Written sentences, analysed whole."""

from __future__ import annotations

from tests.conftest import event_kind_and
from tests.timing import best_cpu_seconds, doubling_ratio

_TITLE = "Xe tải lao vào nhóm công nhân đang sửa đường\n\n"
_LEAD = "Sáng 5/3, một xe tải chở cát đã lao vào nhóm công nhân đang sửa đường khiến 2 người bị thương. "


def test_the_place_where_the_lead_tells_the_happening_took_place() -> None:
    text = (
        _TITLE + _LEAD + "Vụ việc xảy ra vào khoảng 7 giờ, tại xã Tân Hòa, huyện Bình Minh. Hai người đã được cấp cứu."
    )
    assert event_kind_and(text, "location") == ("other", "xã Tân Hòa, huyện Bình Minh")


def test_a_spot_word_between_tai_and_the_place() -> None:
    text = (
        _TITLE
        + _LEAD
        + "Vụ việc xảy ra vào khoảng 7 giờ, tại khu vực gần tượng đài Bác Hồ, xã Tân Hòa. Hai người đã về."
    )
    assert event_kind_and(text, "location") == ("other", "tượng đài Bác Hồ, xã Tân Hòa")


def test_a_background_happening_framing_the_news_gives_no_place() -> None:
    text = (
        "Khởi tố vụ án gây rối trật tự công cộng\n\n"
        "Liên quan đến vụ việc xảy ra tại xã Tân Hòa, huyện Bình Minh hồi tháng 1, chiều 5/3, Công an huyện Bình Minh "
        "đã khởi tố vụ án gây rối trật tự công cộng. Hai người đã bị tạm giữ."
    )
    assert event_kind_and(text, "location") == ("investigation", None)


def test_a_place_in_brackets_after_the_happening_is_no_place() -> None:
    text = _TITLE + _LEAD + "Vụ việc xảy ra khiến anh Nguyễn Văn An (trú ở xã Tân Hòa) bị thương nặng. Hai người đã về."
    assert event_kind_and(text, "location") == ("other", None)


def test_a_place_in_a_time_clause_after_the_happening_is_no_place() -> None:
    text = _TITLE + _LEAD + "Vụ việc xảy ra khi anh An đang đi làm tại Công ty Bình Minh. Hai người đã về."
    assert event_kind_and(text, "location") == ("other", None)


def test_a_spot_word_with_no_comma_before_tai() -> None:
    text = _TITLE + _LEAD + "Vụ việc xảy ra tại khu vực gần cầu Rạch Miễu, xã Tân Hòa. Hai người đã về."
    assert event_kind_and(text, "location") == ("other", "cầu Rạch Miễu, xã Tân Hòa")


def test_a_spot_word_and_a_landmark_head_after_o() -> None:
    text = _TITLE + _LEAD + "Vụ việc xảy ra ở ngay trước cổng chợ Bình Minh. Hai người đã về."
    assert event_kind_and(text, "location") == ("other", "cổng chợ Bình Minh")


def test_a_home_named_by_its_owner_after_a_spot_word_is_no_place() -> None:
    text = _TITLE + _LEAD + "Vụ việc xảy ra vào khoảng 7 giờ, tại khu vực gần nhà ông Nguyễn Văn An. Hai người đã về."
    assert event_kind_and(text, "location") == ("other", None)


def test_a_frame_word_inside_a_clause_does_not_frame_it() -> None:
    text = (
        _TITLE
        + _LEAD
        + "Công an đang làm rõ các tình tiết liên quan đến vụ việc xảy ra tại xã Tân Hòa. Hai người đã về."
    )
    assert event_kind_and(text, "location") == ("other", "xã Tân Hòa")


def _told_seconds(n: int) -> float:
    """A lead sentence of n spots with no named place after `xảy ra`, read by the happening's place."""
    from vnreport.pipeline import analyze_text

    lead = "Vụ việc " + "xảy ra vào khoảng 7 giờ, tại khu vực gần tượng đài " * n + "."
    text = _TITLE + _LEAD + lead
    return best_cpu_seconds(lambda: analyze_text(text, year=2024))


def test_the_happened_scan_grows_linearly() -> None:
    assert doubling_ratio(_told_seconds, 200) < 2.5


def test_su_viec_is_an_incident_noun_before_xay_ra() -> None:
    # round 35: `sự việc` tells the happening as `vụ việc` does
    text = _TITLE + _LEAD + "Sự việc xảy ra vào khoảng 7 giờ, tại xã Tân Hòa, huyện Bình Minh. Hai người đã về."
    assert event_kind_and(text, "location") == ("other", "xã Tân Hòa, huyện Bình Minh")
