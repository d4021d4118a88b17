"""The event's date of an incident told of as just happened or claimed on a day (`Ngày D, A cho biết, trên địa bàn
vừa xảy ra …`, `X ngày D thừa nhận đã …`): the incident is dated by its own day when the story gives it in the next
sentences, a few days before the telling. One written sentence per shape."""

from __future__ import annotations

from tests.conftest import event_kind_and_date
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text


def test_an_incident_told_of_is_dated_by_its_own_earlier_day() -> None:
    text = (
        "Nhiều học sinh nhập viện\n\n"
        "Chiều 16/5, ông Trần Văn Bình – Chủ tịch UBND xã Hòa Phú - cho biết, trên địa bàn vừa xảy ra một vụ ngộ "
        "độc thực phẩm khiến 20 học sinh phải nhập viện. Trước đó, khoảng 11h ngày 15/5, các em ăn bữa trưa tại "
        "bếp ăn của trường."
    )
    assert event_kind_and_date(text) == ("other", "2024-05-15")


def test_a_titles_incident_claimed_on_a_day_is_dated_by_its_own_day() -> None:
    text = (
        "Nhóm phiến quân nhận tiến hành vụ tấn công đồn cảnh sát\n\n"
        "Một nhóm phiến quân ở miền bắc nước này ngày 21/3 thừa nhận đã tiến hành vụ tấn công nhằm vào một đồn "
        "cảnh sát ở ngoại ô thủ đô. Theo nhà chức trách, tối 20/3, các tay súng đã nổ súng vào đồn cảnh sát."
    )
    assert event_kind_and_date(text) == ("other", "2024-03-20")


def test_a_day_after_sau_khi_is_not_the_incidents_own() -> None:
    # the day in the `sau khi` clause dates a check that came before; the night named after it is the fire's
    text = (
        "Cháy chợ Cát Hải\n\n"
        "Sáng 9/8, ông Lê Văn Tâm, Chủ tịch UBND huyện Cát Hải cho biết, trên địa bàn vừa xảy ra vụ cháy chợ "
        "Cát Hải. Sau khi đoàn kiểm tra phòng cháy đến chợ hôm 6/8, ban quản lý đã thay hệ thống điện. Đêm 7/8, "
        "ngọn lửa bùng lên từ một ki-ốt bán vải."
    )
    assert event_kind_and_date(text) == ("other", "2024-08-07")


def test_a_step_told_of_keeps_the_day_of_telling() -> None:
    # no `vừa xảy ra`: the story is the step told on the day, not the earlier capsizing
    text = (
        "Tìm thấy thi thể nạn nhân mất tích\n\n"
        "Chiều 16/5, ông Trần Văn Bình, Chủ tịch UBND xã Hòa Phú cho biết lực lượng chức năng đã tìm được thi thể "
        "nạn nhân cuối cùng trong vụ lật thuyền. Trước đó, tối 14/5, một chiếc thuyền chở 6 người bị lật trên sông."
    )
    assert event_kind_and_date(text) == ("other", "2024-05-16")


def test_a_day_more_than_a_week_before_the_telling_is_not_the_incidents() -> None:
    text = (
        "Nhiều học sinh nhập viện\n\n"
        "Chiều 16/5, ông Trần Văn Bình, Chủ tịch UBND xã Hòa Phú cho biết, trên địa bàn vừa xảy ra một vụ ngộ độc "
        "thực phẩm khiến 20 học sinh phải nhập viện. Trước đó, ngày 5/5, nhiều phụ huynh đã phản ánh về chất lượng "
        "bữa ăn."
    )
    assert event_kind_and_date(text) == ("other", "2024-05-16")


def test_a_claim_with_no_earlier_day_keeps_the_day_of_the_claim() -> None:
    # the day after the claim is a later happening, not the attack's
    text = (
        "Nhóm phiến quân nhận tiến hành vụ tấn công đồn cảnh sát\n\n"
        "Một nhóm phiến quân ở miền bắc nước này ngày 21/3 thừa nhận đã tiến hành vụ tấn công nhằm vào một đồn "
        "cảnh sát ở ngoại ô thủ đô. Tối 23/3, nhóm này tiếp tục đe dọa các đồn khác."
    )
    assert event_kind_and_date(text) == ("other", "2024-03-21")


def test_an_outlets_report_day_is_not_the_incidents() -> None:
    # the main date loop drops the day a news outlet reported something; so does the incident's own day
    text = (
        "Sạt lở đất\n\n"
        "Sáng 10/6, ông Lê Văn Tâm, Chủ tịch UBND xã An Phú cho biết, trên địa bàn vừa xảy ra vụ sạt lở đất làm "
        "sập 2 nhà dân. Báo Lao Động ngày 8/6 đã đưa tin về nguy cơ sạt lở tại khu vực này."
    )
    assert event_kind_and_date(text) == ("other", "2024-06-10")


def test_an_incident_on_new_years_eve_told_in_january() -> None:
    # `31/12` after a telling on `2/1`: the last day of the year before, not of the telling's year
    text = (
        "Cháy nhà dân\n\n"
        "Sáng 2/1, ông Lê Văn Tâm, Chủ tịch UBND xã An Phú cho biết, trên địa bàn vừa xảy ra vụ cháy làm thiệt hại "
        "2 nhà dân. Trước đó, tối 31/12, người dân phát hiện lửa bùng lên từ một căn nhà."
    )
    assert event_kind_and_date(text) == ("other", "2023-12-31")


def test_a_written_year_is_not_moved_back() -> None:
    text = (
        "Cháy nhà dân\n\n"
        "Sáng 2/1/2024, ông Lê Văn Tâm, Chủ tịch UBND xã An Phú cho biết, trên địa bàn vừa xảy ra vụ cháy làm thiệt "
        "hại 2 nhà dân. Trước đó, tối 31/12/2024, người dân phát hiện lửa bùng lên từ một căn nhà."
    )
    assert event_kind_and_date(text) == ("other", "2024-01-02")


def test_an_incident_whose_told_clause_writes_its_own_earlier_day_is_dated_by_it() -> None:
    # no `vừa xảy ra`: the told clause itself writes the incident's day, the day before the body confirmed it; the
    # teller is a body with a bracketed place (`UBND xã A (huyện B, tỉnh C) xác nhận`)
    text = (
        "Lũ quét tràn qua bản vùng cao\n\n"
        "Ngày 9/8, UBND xã Nậm Cang (huyện Sa Pa, tỉnh Lào Cai) xác nhận, lũ quét bất ngờ tràn qua bản Nậm "
        "Cang đêm 8/8 khiến hai ngôi nhà bị vùi lấp, không có thiệt hại về người."
    )
    assert event_kind_and_date(text) == ("other", "2024-08-08")


def test_a_told_clause_day_after_the_telling_keeps_the_day_of_telling() -> None:
    # a later day in the told clause is a plan of the matter, no incident's own day
    text = (
        "Lũ quét tràn qua bản vùng cao\n\n"
        "Ngày 9/8, UBND xã Nậm Cang (huyện Sa Pa, tỉnh Lào Cai) xác nhận, lũ quét tràn qua bản "
        "Nậm Cang, các hộ dân sẽ được di dời trước ngày 15/8."
    )
    assert event_kind_and_date(text) == ("other", "2024-08-09")


def _long_told_clause_seconds(n: int) -> float:
    # one told clause with a day every few words: the clause's days are read once, in one pass
    clause = " ".join(f"đợt {i} ngày {1 + i % 28}/{1 + i % 12}" for i in range(n))
    text = (
        "Lũ quét tràn qua bản vùng cao\n\n"
        f"Ngày 9/8, UBND xã Nậm Cang (huyện Sa Pa, tỉnh Lào Cai) xác nhận, lũ quét bất ngờ tràn qua bản {clause}."
    )
    return best_cpu_seconds(lambda: analyze_text(text, year=2024), 1)


def test_reading_a_long_told_clause_takes_linear_time() -> None:
    """Twice the days in the told clause, twice the time (the whole analysis)."""
    assert doubling_ratio(_long_told_clause_seconds, 200) < 2.5


def _flood_told(clause: str, day: str = "9/8") -> str:
    lead = f"Ngày {day}, UBND xã An Phú xác nhận, lũ quét tràn qua bản Khe Lim{clause}."
    return f"Lũ quét tràn qua bản vùng cao\n\n{lead}"


def test_a_day_after_the_told_clause_is_of_another_happening() -> None:
    # only a day inside the incident's own clause (up to its first comma) dates it; after the comma, the day of an
    # earlier flood, a warning or a flood it is compared with
    for rest in (
        ", lớn hơn trận lũ ngày 5/8",
        ", đây là trận thứ hai sau trận lũ đêm 5/8",
        ", các hộ dân đã được cảnh báo hôm 7/8",
        ", như trận lũ ngày 4/8",
    ):
        assert event_kind_and_date(_flood_told(rest)) == ("other", "2024-08-09"), rest


def test_a_day_after_a_word_of_another_happening_in_the_clause_is_not_the_incidents() -> None:
    assert event_kind_and_date(_flood_told(" lớn hơn trận lũ ngày 5/8")) == ("other", "2024-08-09")


def test_a_told_clause_day_on_new_years_eve_is_of_the_year_before() -> None:
    text = _flood_told(" đêm 31/12 khiến hai ngôi nhà bị vùi lấp", day="2/1")
    assert event_kind_and_date(text) == ("other", "2023-12-31")


def test_a_step_told_with_its_own_earlier_day_keeps_the_day_of_telling() -> None:
    # the told clause is a step taken on the incident (`told_step`), dated in the clause: the story is that step
    text = (
        "Tìm thấy thi thể nạn nhân mất tích\n\n"
        "Chiều 16/5, UBND xã Hòa Phú xác nhận, lực lượng chức năng đã tìm được thi thể nạn nhân cuối cùng chiều "
        "15/5 trong vụ lật thuyền."
    )
    assert event_kind_and_date(text) == ("other", "2024-05-16")


def test_a_word_of_another_happening_far_before_the_day_keeps_the_incidents_own_day() -> None:
    # `hơn`, `sau`, `như` well before the day qualify other words (a count, the rain, the water), not the day
    for clause in (
        " làm sập hơn 20 ngôi nhà ở bản Khe Lim chiều 8/8 khiến 3 người mất tích",
        " sau mưa lớn chiều 8/8",
        " như thác đổ chiều 8/8",
    ):
        assert event_kind_and_date(_flood_told(clause)) == ("other", "2024-08-08"), clause
