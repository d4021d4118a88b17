"""Foreign national bodies and friendship societies (issue #13): China's State Council and its two assemblies
with their short form in parentheses before the country, friendship societies named by a pair of short country
forms or by a lower-case descriptor closed by the country, and a field pair joined by a comma."""

from __future__ import annotations

from orghelp import names


def test_state_council_takes_its_country() -> None:
    found = names("Đoàn đã gặp Phó Thủ tướng Quốc vụ viện Trung Quốc và trao đổi về hợp tác.")
    assert "Quốc vụ viện Trung Quốc" in found


def test_short_form_in_parentheses_before_the_country() -> None:
    text = "Phó Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc (Chính hiệp) Trung Quốc đã tiếp đoàn."
    assert names(text) == ["Hội nghị Hiệp thương chính trị nhân dân toàn quốc (Chính hiệp) Trung Quốc"]


def test_standing_committee_of_the_assembly_nests_the_assembly_only() -> None:
    text = "Bà A gặp Phó Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu nhân dân toàn quốc (Nhân đại) Trung Quốc."
    assert set(names(text)) == {
        "Ủy ban Thường vụ Đại hội Đại biểu nhân dân toàn quốc (Nhân đại) Trung Quốc",
        "Đại hội Đại biểu nhân dân toàn quốc (Nhân đại) Trung Quốc",
    }


def test_friendship_society_named_by_two_short_forms() -> None:
    assert names("Lãnh đạo Hội hữu nghị Hàn - Việt đã dự lễ khai mạc.") == ["Hội hữu nghị Hàn - Việt"]
    assert names("Ông A, Phó Chủ tịch Hội hữu nghị Việt - Trung, phát biểu.") == ["Hội hữu nghị Việt - Trung"]
    assert names("Quan hệ Việt - Trung được củng cố.") == []


def test_friendship_society_descriptor_closed_by_its_country() -> None:
    text = "Đại diện Hội hữu nghị đối ngoại nhân dân Lào đã phát biểu tại buổi lễ."
    assert names(text) == ["Hội hữu nghị đối ngoại nhân dân Lào"]


def test_inspection_and_supervision_pair_joined_by_a_comma() -> None:
    assert names("Cục Thanh tra, giám sát NH đã công bố kết luận.") == ["Cục Thanh tra, giám sát NH"]


def test_body_with_and_without_its_short_form_is_one() -> None:
    text = (
        "Bà A tiếp Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc (Chính hiệp) Trung Quốc hôm qua. "
        "Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc Trung Quốc cảm ơn bà."
    )
    assert len(names(text)) == 1


def test_national_bodies_of_two_countries_are_no_pair() -> None:
    assert names("Bộ Quốc phòng Việt - Trung ký thỏa thuận hợp tác.") == ["Bộ Quốc phòng"]


def test_local_friendship_society_keeps_its_place() -> None:
    text = "Bà A tiếp Hội hữu nghị Hàn-Việt tỉnh Busan. Sau đó bà gặp Hội hữu nghị Hàn-Việt thành phố Incheon."
    assert set(names(text)) == {"Hội hữu nghị Hàn-Việt tỉnh Busan", "Hội hữu nghị Hàn-Việt thành phố Incheon"}
