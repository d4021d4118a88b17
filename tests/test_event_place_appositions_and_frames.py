"""The event's place, round 16: an apposition after the place ends it — a spaced dash before a description
(`tỉnh Bắc Nam – thủ phủ của …`, `Hà Nội - tờ … cho biết`), a comma before an administrative word that only
describes the place (`tại Hải Phòng, thành phố cảng lớn nhất miền Bắc`); an address after the comma goes on
(`xã …, huyện …`). One written sentence per construction, analysed whole."""

from __future__ import annotations

import pytest

from tests.conftest import found_event_kind_and


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Sáng 12/4, hội nghị phát triển ngành lúa gạo đã được tổ chức tại tỉnh An Giang – thủ phủ lúa gạo "
            "của cả nước, với sự tham dự của Phó Thủ tướng Lê Văn Thành.",
            "tỉnh An Giang",
        ),
        (
            "Ngày 12/4, tại Hà Nội - nơi đặt trụ sở của nhiều bộ ngành, Bộ Công Thương tổ chức hội nghị "
            "tổng kết công tác năm.",
            "Hà Nội",
        ),
        (
            "Sáng 12/4, tại Hải Phòng, thành phố cảng lớn nhất miền Bắc, Bộ Giao thông vận tải tổ chức hội "
            "nghị về logistics.",
            "Hải Phòng",
        ),
    ],
)
def test_an_apposition_after_the_place_ends_it(sentence: str, place: str) -> None:
    text = "Hội nghị ngành năm nay\n\n" + sentence + " Hội nghị kết thúc vào buổi chiều."
    assert found_event_kind_and(text, "location")[1] == place


def test_an_address_after_the_comma_goes_on() -> None:
    text = (
        "Hội nghị ngành năm nay\n\n"
        "Sáng 12/4, tại xã Tân Phú, huyện Đồng Xuân, Sở Nông nghiệp tổ chức hội nghị tổng kết vụ lúa. "
        "Hội nghị kết thúc vào buổi chiều."
    )
    assert found_event_kind_and(text, "location")[1] == "xã Tân Phú, huyện Đồng Xuân"


# --- an event that frames its sentence: a later `tại` is the place of what was said -----------------------


def test_a_tai_past_the_frame_of_the_event_is_the_matter_place() -> None:
    text = (
        "Chủ tịch thành phố yêu cầu làm rõ vụ việc\n\n"
        "Tại cuộc họp giao ban sáng 12/4, Chủ tịch UBND tỉnh Lê Văn Tâm yêu cầu Sở Y tế kiểm tra các bếp ăn "
        "tại trường tiểu học Bình Minh. Sở Y tế sẽ báo cáo trong tuần."
    )
    assert found_event_kind_and(text, "location")[1] is None


def test_talks_framing_what_the_sides_agreed_give_no_place() -> None:
    text = (
        "Hai nước tăng cường hợp tác quốc phòng\n\n"
        "Trong cuộc hội đàm ngày 12/4, Bộ trưởng Quốc phòng Lê Văn Tâm và Bộ trưởng Quốc phòng Nhật Bản Kenji "
        "Sato nhất trí tăng cường tập trận chung tại Biển Đông. Hai bên sẽ gặp lại vào năm sau."
    )
    assert found_event_kind_and(text, "location")[1] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Tại hội nghị sáng 12/4, tại thành phố Tuy Hòa, Bộ trưởng Lê Văn Tâm yêu cầu các tỉnh đẩy nhanh tiến độ.",
        "Tại hội nghị được tổ chức sáng 12/4, tại thành phố Tuy Hòa, Bộ trưởng Lê Văn Tâm yêu cầu các tỉnh đẩy "
        "nhanh tiến độ.",
        "Tại hội nghị tại thành phố Tuy Hòa sáng 12/4, Bộ trưởng Lê Văn Tâm yêu cầu các tỉnh đẩy nhanh tiến độ.",
    ],
)
def test_the_venue_of_the_frame_itself_stays(sentence: str) -> None:
    text = "Đẩy nhanh tiến độ các dự án giao thông\n\n" + sentence + " Các tỉnh cam kết hoàn thành trong năm."
    assert found_event_kind_and(text, "location")[1] == "thành phố Tuy Hòa"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng 15/9, Phó Chủ tịch Quốc hội Trần Minh Khoa đã có bài phát biểu tại lễ khánh thành bệnh viện đa khoa "
        "Sông Lam, diễn ra tại xã Hưng Lộc, huyện Nghi Xuân.",
        "Phó Chủ tịch Quốc hội Trần Minh Khoa sáng 15/9 đã dự và phát biểu tại lễ khánh thành bệnh viện đa khoa "
        "Sông Lam, được tổ chức tại xã Hưng Lộc, huyện Nghi Xuân.",
    ],
)
def test_a_verb_of_holding_right_after_the_frame_keeps_its_venue(sentence: str) -> None:
    text = "Khánh thành bệnh viện đa khoa Sông Lam\n\n" + sentence + " Bệnh viện có 300 giường."
    assert found_event_kind_and(text, "location")[1] == "xã Hưng Lộc, huyện Nghi Xuân"


def test_a_comma_inside_the_event_name_does_not_close_its_frame() -> None:
    text = (
        "Nhiều hộ dân được tư vấn miễn phí\n\n"
        "Số liệu trên được nêu tại buổi mít tinh hưởng ứng Ngày Quốc tế phòng, chống ma túy do Sở Y tế "
        "tổ chức sáng 20/6 tại xã An Bình, huyện Thuận Thành. Nhiều hộ dân đã được tư vấn miễn phí."
    )
    assert found_event_kind_and(text, "location")[1] == "xã An Bình, huyện Thuận Thành"


def test_a_hyphen_inside_a_transcribed_name_is_no_apposition() -> None:
    text = (
        "Hội nghị ngành năm nay\n\n"
        "Sáng 12/4, hội nghị về thương mại nông sản đã được tổ chức tại thành phố Xa-ra-gô-xa - nơi đặt trụ sở "
        "của nhiều hãng xuất khẩu. Hội nghị kết thúc vào buổi chiều."
    )
    assert found_event_kind_and(text, "location")[1] == "thành phố Xa-ra-gô-xa"
