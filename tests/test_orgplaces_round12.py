"""Organisation and place constructions of round 12, one written example each in the shape of real news
text: a building that names the body it houses (`Nhà Trắng`), a place where a place is meant and the body
elsewhere."""

from __future__ import annotations

import pytest

from tests.orghelp import names
from vnreport.extract import run_extractors
from vnreport.segment.document import segment


def places(text: str) -> list[str]:
    doc = segment(text, words="dictionary")
    return [location.name for location in run_extractors(doc).locations]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống đã tiếp vị khách châu Á tại Nhà Trắng vào chiều thứ Hai.",
        "Đây là lần đầu tiên ông tới Nhà Trắng kể từ khi nhậm chức.",
        "Ông chủ mới của Nhà Trắng muốn thay đổi chính sách thương mại.",
        "Tổng thống Nga sẽ đón người đồng cấp ở Điện Kremlin trong tuần tới.",
    ],
)
def test_a_seat_where_a_place_is_meant_is_a_place_not_a_body(text: str) -> None:
    building = "Nhà Trắng" if "Nhà Trắng" in text else "Điện Kremlin"
    assert building in places(text)
    assert building not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nhà Trắng cho biết cuộc gặp sẽ diễn ra vào tháng tới.",
        "Thông cáo của Nhà Trắng nêu rõ hai bên đã đạt được thỏa thuận.",
        "Một quan chức Nhà Trắng giấu tên nói với phóng viên như vậy.",
    ],
)
def test_a_seat_that_speaks_or_issues_is_the_body(text: str) -> None:
    assert "Nhà Trắng" in names(text)
    assert "Nhà Trắng" not in places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Người phát ngôn nói chính phủ Damascus đã bác bỏ cáo buộc này.", "chính phủ Damascus"),
        ("Ông khẳng định chính phủ Ankara sẽ làm mọi điều trong khả năng.", "chính phủ Ankara"),
    ],
)
def test_a_government_named_by_its_capital_is_a_body(text: str, name: str) -> None:
    assert name in names(text)
    assert name.split(" ")[-1] not in places(text)  # the capital only inside the government's name


def test_a_government_before_a_vietnamese_city_is_not_named_by_it() -> None:
    assert not [n for n in names("Họ đề nghị chính phủ Đà Nẵng hỗ trợ thêm.") if "Đà Nẵng" in n]
