"""Facilities named after a day they commemorate, and landmarks written without a unit (issue #13)."""

from vnreport import analyze_text


def _places(text: str) -> list[str]:
    return [place.name for place in analyze_text(text).locations]


def test_a_park_or_street_named_after_a_day() -> None:
    assert "Công viên 30/4" in _places("Các em nhỏ vui chơi tại Công viên 30/4 vào cuối tuần.")
    assert "đường 3/2" in _places("Cửa hàng nằm trên đường 3/2 gần chợ.")


def test_a_landmark_crossroads() -> None:
    assert "Ngã Tư Sở" in _places("Anh thuê một xưởng may nhỏ ở Ngã Tư Sở (Hà Nội).")


def test_places_in_a_chain_named_by_its_acronym_are_not_named_alone() -> None:
    text = "Hai nước cùng tham gia Tam giác phát triển Campuchia - Lào - Việt Nam (CLV). Đoàn đã thăm Campuchia."
    assert _places(text) == ["Campuchia"]


def test_a_place_in_a_treatys_subject_is_part_of_its_name() -> None:
    text = (
        "Quốc hội phê chuẩn Hiệp ước bổ sung Hiệp ước hoạch định biên giới quốc gia giữa nước Cộng hòa xã hội chủ "
        "nghĩa Việt Nam và nước Cộng hòa dân chủ nhân dân Lào về việc sửa đổi điểm đầu của đường biên giới Việt "
        "Nam - Lào."
    )
    assert _places(text) == []
    assert _places("Hiệp định được hai bên ký kết hôm qua tại Hà Nội.") == ["Hà Nội"]


def test_a_plural_unit_word_leaves_every_name_of_its_list_bare() -> None:
    assert _places("Mưa lớn gây ngập ở các huyện Nhà Bè, Bình Chánh và Hóc Môn.") == ["Nhà Bè", "Bình Chánh", "Hóc Môn"]
    assert "xã An Nhơn Tây" in _places("Dự án ảnh hưởng đến các xã Phú Mỹ Hưng và xã An Nhơn Tây.")


def test_a_country_naming_its_rule_or_army_is_no_place() -> None:
    assert _places("Ông bị mật thám Pháp bắt năm 1930 và bị thực dân Pháp kết án.") == []
    assert _places("Đoàn công tác sang Pháp dự hội nghị.") == ["Pháp"]


def test_our_country_after_nguoi_names_its_people_not_the_place() -> None:
    assert _places("Luật mới cho phép người Việt Nam ở nước ngoài mua nhà.") == []
    assert _places("Người Việt Nam ở nước ngoài gửi tiền về quê.") == []
    assert _places("Ông là người Việt Nam đầu tiên đến Nam Cực, rồi trở về Việt Nam.") == ["Nam Cực", "Việt Nam"]


def test_a_foreign_nationality_after_nguoi_stays_its_country() -> None:
    assert _places("Hai du khách người Canada bị thương nhẹ.") == ["Canada"]
