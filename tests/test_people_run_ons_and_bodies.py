"""False persons at a name's edges (issue #12): a caption's name running into the photo's credit or the next
sentence, a body headed `Đoàn` read as a surname, a surname that is a syllable of a place's name. One written
example per construction."""

from __future__ import annotations

import pytest

from tests.test_officials_people import extract


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # a caption's Vietnamese name, then the photo's credit with its colon
        (
            "Bộ trưởng Công Thương Lê Văn Bình tiếp Bộ trưởng Thương mại Lào Vũ Minh Khang Ảnh: TTXVN "
            "Chiều nay, hai bên đã ký biên bản.",
            "Vũ Minh Khang",
            ["Bộ trưởng Thương mại Lào"],
        ),
        # a caption's foreign name after a country, then the next sentence opening with a stop word
        (
            "Thủ tướng Anh Helena May Tuy nhiên, bà Helena May vẫn giữ quan điểm.",
            "Helena May",
            ["Thủ tướng Anh"],
        ),
        # a caption's foreign name after a country, then the photo's credit
        (
            "Thủ tướng Na Uy Erna Long Ảnh: Reuters Trong chuyến thăm, bà Erna Long gặp các doanh nghiệp.",
            "Erna Long",
            ["Thủ tướng Na Uy"],
        ),
    ],
)
def test_a_caption_name_ends_before_what_runs_on(text: str, name: str, titles: list[str]) -> None:
    officials, _ = extract(text)
    assert officials.get(name) == titles, officials


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # `Đoàn` heading a unit whose name makes a word with the next syllable
        ("Thượng tá Lê Minh Khoa, Phó chính ủy Đoàn Kinh tế quốc phòng 123 cho biết.", "Đoàn Kinh"),
        # `Đoàn` before a country: a delegation
        ("Bộ trưởng gặp gỡ các đại biểu Đoàn Việt Nam tại hội nghị.", "Đoàn Việt Nam"),
        # a surname that is a syllable of a place's name begun before it
        ("Chủ tịch Tiểu ban châu Á - Thái Bình Dương Hạ viện Mỹ đã điện đàm với Thủ tướng.", "Dương Hạ"),
        ("Bộ Tư lệnh Thái Bình Dương Mỹ cho hay đã theo dõi vụ phóng.", "Dương Mỹ"),
    ],
)
def test_no_person_inside_a_body_or_a_place(text: str, absent: str) -> None:
    officials, people = extract(text)
    assert absent not in officials and absent not in people, (officials, people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the surname `Đoàn` before a given name stays a person's
        ("Ông Đoàn Văn Thành cho biết dự án sẽ khởi công.", "Đoàn Văn Thành"),
        ("Chị Đoàn Minh nói rằng giá đã tăng.", "Đoàn Minh"),
        # addressed, `Đoàn` is a surname even when the given name is also a place or a country
        ("Ông Đoàn Hải Dương cho biết dự án sẽ khởi công.", "Đoàn Hải Dương"),
        ("Chị Đoàn Nga nói rằng giá đã tăng.", "Đoàn Nga"),
        # a person after a province whose name ends right before the surname
        ("Chủ tịch UBND tỉnh Thái Bình Nguyễn Văn Hòa chủ trì.", "Nguyễn Văn Hòa"),
        # a place ending right before the surname hides a shorter one that would start inside it and run on
        ("Bí thư Thành ủy Hà Nội Hoàng Văn Minh chủ trì.", "Hoàng Văn Minh"),
    ],
)
def test_people_beside_bodies_and_places_stay(text: str, name: str) -> None:
    officials, people = extract(text)
    assert name in officials or name in people, (officials, people)
