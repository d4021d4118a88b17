"""The event's place, round 31: an incident a commune's or a district's official tells as just happened `trên địa
bàn` (`ông A, Chủ tịch UBND xã X cho biết, trên địa bàn vừa xảy ra một vụ …`) happened in the teller's unit (`xã
X`); a telling of the past (`năm 2016 trên địa bàn quận xảy ra …`) places nothing. One written text per
construction, analysed whole."""

from __future__ import annotations

from tests.conftest import event_kind_and
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text


def test_an_incident_told_just_happened_in_the_tellers_commune() -> None:
    text = (
        "Phát hiện thi thể người đàn ông trong lán canh rẫy\n\n"
        "Sáng 14/3, ông Lê Văn Bình, Chủ tịch UBND xã Tân Lập (huyện Ea Khăn) cho biết, trên địa bàn vừa xảy ra "
        "một trường hợp tử vong bất thường. Cơ quan chức năng đang khám nghiệm hiện trường."
    )
    assert event_kind_and(text, "location") == ("other", "xã Tân Lập")


def test_the_unit_word_after_the_territory_names_the_same_unit() -> None:
    text = (
        "Một người chết đuối khi đi câu cá\n\n"
        "Chiều 14/3, ông Lê Văn Bình, Chủ tịch UBND xã Tân Lập, huyện Ea Khăn xác nhận trên địa bàn xã vừa xảy ra "
        "một vụ đuối nước. Lực lượng cứu hộ đang tìm kiếm nạn nhân."
    )
    assert event_kind_and(text, "location") == ("other", "xã Tân Lập")


def test_a_count_of_past_incidents_in_the_territory_places_nothing() -> None:
    text = (
        "Một người chết đuối khi đi câu cá\n\n"
        "Chiều 14/3, ông Lê Văn Bình, Chủ tịch UBND xã Tân Lập cho biết năm ngoái trên địa bàn xã xảy ra 3 vụ "
        "đuối nước. Lực lượng cứu hộ đang tìm kiếm nạn nhân."
    )
    assert event_kind_and(text, "location") == ("other", None)


def test_the_tellers_body_may_end_before_a_bracketed_address_and_a_comma() -> None:
    text = (
        "Một người chết đuối khi đi câu cá\n\n"
        "Chiều 14/3, ông Lê Văn Bình, Chủ tịch UBND xã Tân Lập (huyện Ea Khăn, tỉnh Đắk Lắk), xác nhận trên địa "
        "bàn xã vừa xảy ra một vụ đuối nước. Lực lượng cứu hộ đang tìm kiếm nạn nhân."
    )
    assert event_kind_and(text, "location") == ("other", "xã Tân Lập")


def test_a_body_outside_the_tellers_title_places_nothing() -> None:
    """Review r31, finding 7: the unit is the teller's only when its body sits in his title phrase (`Chủ tịch` +
    body) right before the verb; a body the sentence names earlier (`Theo UBND xã X, …`) is no teller's."""
    text = (
        "Một người chết đuối khi đi câu cá\n\n"
        "Chiều 14/3, theo UBND xã Tân Lập, ông Lê Văn Hùng, trưởng thôn 3 cho biết trên địa bàn vừa xảy ra một vụ "
        "đuối nước. Lực lượng cứu hộ đang tìm kiếm nạn nhân."
    )
    found = event_kind_and(text, "location")
    assert found is None or found[1] != "xã Tân Lập"


def _seconds(n: int) -> float:
    teller = "ông Lê Văn Bình, Chủ tịch UBND xã Tân Lập cho biết, trên địa bàn vừa xảy ra một vụ đuối nước, "
    text = "Một người chết đuối khi đi câu cá\n\nChiều 14/3, " + teller * n + "nạn nhân chưa được tìm thấy."
    # processor time, least of three: wall time on a loaded machine read a linear ×2 as ×2.59 once
    return best_cpu_seconds(lambda: analyze_text(text))


def test_the_territory_is_read_in_linear_time() -> None:
    # every telling of a long sentence once, and the teller's body looked up once per sentence
    ratio = doubling_ratio(_seconds, 40)
    assert ratio <= 2.5, f"the teller's territory grows faster than linearly: ×{ratio:.1f} for ×2"
