"""Organisation constructions of round 11's second wave, one written example each in the shape of real news
text: a foreign government or army named in lower case before its country, a centre named after the
disease it fights with its place after it."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Người phát ngôn cho biết quân đội Pháp đã rút khỏi căn cứ.", "quân đội Pháp"),
        ("Các nhà ngoại giao nói chính phủ Canada vẫn giữ lập trường cũ.", "chính phủ Canada"),
        ("Hãng tin dẫn lời quan chức quân đội Hàn Quốc cho biết như vậy.", "quân đội Hàn Quốc"),
    ],
)
def test_a_lower_case_government_or_army_before_a_foreign_country_is_a_body(text: str, name: str) -> None:
    assert name in names(text)


def test_a_lower_case_army_of_the_home_country_is_a_description() -> None:
    found = names("Cuốn sách viết về tiềm lực quân đội Việt Nam trong thời bình.")
    assert not [n for n in found if n.lower().startswith("quân đội")], found


def test_a_lower_case_government_without_a_country_is_a_common_noun() -> None:
    assert names("Người dân mong chính phủ sớm có biện pháp hỗ trợ.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sở Y tế giao Trung tâm Phòng, chống HIV/AIDS tỉnh theo dõi bệnh nhân.",
            "Trung tâm Phòng, chống HIV/AIDS tỉnh",
        ),
        (
            "Cán bộ Trung tâm Phòng, chống HIV/AIDS thành phố Cần Thơ xuống xã.",
            "Trung tâm Phòng, chống HIV/AIDS thành phố Cần Thơ",
        ),
    ],
)
def test_a_centre_named_after_the_disease_it_fights_runs_to_its_place(text: str, name: str) -> None:
    assert name in names(text)


def test_a_centre_of_a_town_is_no_body() -> None:
    assert names("Ông đến Trung tâm huyện Đông Anh để dự lễ.") == []
