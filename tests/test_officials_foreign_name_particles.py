"""Round 15 (sentences written for the tests, in the shapes of 2017 news): name particles written capitalised
inside a foreign name (`Gaston Le Brun`, `Faris Bin Talal Al Qadi`), and one foreign name written once with a
hyphen and once with a space (`Al-Qadi`, `Al Qadi`)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Bộ trưởng Nội vụ", "Gaston Le Brun"),
        ("Chủ tịch đảng Mặt trận Quốc gia Pháp", "Odile Le Garrec"),
        ("Người phát ngôn văn phòng công tố Bỉ", "Pieter Van Der Molen"),
        ("Quốc vương Qatar", "Faris Bin Talal Al Qadi"),
        # two capitalised particles take no part's place: four parts read whole, not cut after the third
        ("Bộ trưởng Ngoại giao Yemen", "Omar Karim Bin Nasser Al Dabbagh"),
        ("Ngoại trưởng Oman", "Hamid Rashed Bin Talal Al Shamsi"),
    ],
)
def test_capitalised_particle_inside_foreign_name(title: str, name: str) -> None:
    officials, people = people_of(f"Tin quốc tế. {title} {name} ngày 4/3 cho biết cuộc điều tra vẫn tiếp tục.")
    assert officials == {name: [title]} and people == []


@pytest.mark.parametrize(
    ("title", "name", "after"),
    [
        # the particles allow a part beside each of them, no more: the capitalised words after are not the name's
        ("Quốc vương Qatar", "Karim Bin Walid Al Mansour", "Nguyễn Văn An"),
        ("Ngoại trưởng Oman", "Tariq Bin Fahad Al Rawas", "Doha Kuwait"),
    ],
)
def test_a_name_with_capitalised_particles_stops_after_its_last_part(title: str, name: str, after: str) -> None:
    officials, _ = people_of(f"Tin quốc tế. {title} {name} {after} cùng ký thỏa thuận hợp tác.")
    assert list(officials) == [name]


def test_capitalised_syllable_inside_vietnamese_name_stays_vietnamese() -> None:
    officials, people = people_of("Tin kinh tế. Theo ông Trần Du Khải, giá xăng sẽ còn giảm trong tháng tới.")
    assert officials == {} and people == ["Trần Du Khải"]


def test_hyphened_and_spaced_writings_are_one_person() -> None:
    text = (
        "Tin quốc tế. Quốc vương Qatar Faris bin Talal Al-Qadi ngày 6/6 tiếp đoàn. "
        "Trong cuộc gặp, Quốc vương Qatar Faris Bin Talal Al Qadi khẳng định hai nước sẽ hợp tác."
    )
    officials, _ = people_of(text)
    assert list(officials) == ["Faris bin Talal Al-Qadi"]


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "Tin quốc tế. Bộ trưởng Kinh tế Pháp Henri Le Quellec ngày 2/5 cho biết hai nước đã nhất trí. "
            "Ông Le Quellec nêu rõ hai bên sẽ lập một ủy ban chung.",
            "Henri Le Quellec",
        ),
        (
            "Tin quốc tế. Bà Le Garrec cho hay bà sẽ ra tranh cử. Chủ tịch đảng Mặt trận Quốc gia Odile Le Garrec "
            "ngày 9/5 thông báo quyết định này.",
            "Odile Le Garrec",
        ),
    ],
)
def test_family_name_with_particle_alone_is_the_full_name(text: str, full: str) -> None:
    officials, people = people_of(text)
    assert list(officials) == [full] and people == []


def test_person_written_with_a_slip_joins_the_official() -> None:
    text = (
        "Tin trong nước. Chủ tịch UBND xã Lường Văn Đạo cho biết đường đã thông. "
        "Theo ông Lương Văn Đạo, xã đã huy động 200 người dọn đất đá."
    )
    officials, people = people_of(text)
    assert officials == {"Lường Văn Đạo": ["Chủ tịch UBND xã"]} and people == []


def test_two_officials_one_letter_apart_stay_two() -> None:
    text = (
        "Tin trong nước. Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng và Phó Chủ tịch UBND tỉnh Nguyễn Văn Hưng "
        "cùng dự buổi làm việc."
    )
    officials, _ = people_of(text)
    assert list(officials) == ["Nguyễn Văn Hùng", "Nguyễn Văn Hưng"]


def test_name_without_its_middle_word_joins_the_full_name() -> None:
    text = (
        "Tin trong nước. Phó Chủ tịch nước Đoàn Thị Ngọc Quyên dự lễ khai mạc. "
        "Sau đó, Phó Chủ tịch nước Đoàn Ngọc Quyên trao quà cho các em học sinh."
    )
    officials, _ = people_of(text)
    assert officials == {"Đoàn Thị Ngọc Quyên": ["Phó Chủ tịch nước"]}
