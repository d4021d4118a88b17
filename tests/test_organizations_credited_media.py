"""A known medium that closes a photo credit is read in whatever case the credit writes it (`Ảnh: REUTERS`,
`Ảnh: GETTY IMAGES`, `Ảnh: reuters`), but a lower-case phrase that goes on after `Ảnh:` is the caption's
own words."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Hai nhà lãnh đạo bắt tay sau cuộc gặp. Ảnh: reuters Cuộc đàm phán kéo dài ba giờ.", "reuters"),
        ("Đoàn xe rời khỏi thủ đô chiều qua. Ảnh: GETTY IMAGES Nhiều người đứng xem bên đường.", "GETTY IMAGES"),
        ("Người dân xếp hàng chờ mua vé. (Ảnh: yonhap)", "yonhap"),
        ("Khu chợ mới được khánh thành. Ảnh: vietnamnet. Chợ có hơn 300 gian hàng.", "vietnamnet"),
    ],
)
def test_a_known_medium_closing_a_credit_is_read_in_any_case(text: str, outlet: str) -> None:
    assert outlet in names(text)


def test_a_lower_case_caption_that_goes_on_is_no_medium() -> None:
    found = names("Buổi lễ diễn ra trang trọng. Ảnh: thanh niên tình nguyện dọn vệ sinh bãi biển.")
    assert not any(n.lower() == "thanh niên" for n in found), found


def test_a_lower_case_medium_without_a_credit_is_no_outlet() -> None:
    found = names("Nhiều người tìm đọc tin tức trên mạng mỗi sáng.")
    assert not any(n.lower() == "tin tức" for n in found), found


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Phong trào lan rộng khắp xã. Ảnh: thanh niên Phú Lạc trồng cây bên đường.", "thanh niên"),
        ("Đoàn công tác về thăm vùng lũ. Ảnh: nhân dân Bình Hòa đón đoàn.", "nhân dân"),
        ("Hội chợ mở cửa sáng nay. Ảnh: lao động, việc làm là mối quan tâm của nhiều người.", "lao động"),
        ("Giá lúa tăng nhẹ trong tuần. Nguồn: tin tức.", "tin tức"),
    ],
)
def test_a_medium_that_is_also_a_common_phrase_is_no_outlet_in_lower_case(text: str, phrase: str) -> None:
    found = names(text)
    assert not any(n.lower() == phrase for n in found), found


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Em bé đã được xuất viện sau hai tuần điều trị. Ảnh: GĐCC Gia đình cảm ơn các bác sĩ.", "GĐCC"),
        ("Ca phẫu thuật kéo dài sáu giờ. (Ảnh: BVCC)", "BVCC"),
        ("Nam ca sĩ xin lỗi khán giả. Ảnh: FBNV. Anh hứa sẽ không tái phạm.", "FBNV"),
    ],
)
def test_a_credit_saying_who_gave_the_photo_is_no_agency(text: str, credit: str) -> None:
    assert credit not in names(text)
