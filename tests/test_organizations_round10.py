"""Organisation constructions of round 10, one written example each in the shape of real news text: a
committee of the Front at every level or of every province, a bare unit pointed back to."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị Chủ tịch Ủy ban MTTQ Việt Nam các tỉnh, thành phố được tổ chức tại Huế.",
        "Ủy ban MTTQ Việt Nam các cấp tại tỉnh Bình Định được kiện toàn.",
    ],
)
def test_a_front_committee_of_every_level_is_no_body_but_the_front_is(text: str) -> None:
    found = names(text)
    assert "Ủy ban MTTQ Việt Nam" not in found, found
    assert "MTTQ Việt Nam" in found, found


def test_a_front_committee_with_its_province_stays() -> None:
    assert "Ủy ban MTTQ Việt Nam tỉnh Quảng Bình" in names("Ủy ban MTTQ Việt Nam tỉnh Quảng Bình phát động.")


def test_a_body_of_the_provinces_named_after_the_level_stays() -> None:
    found = names("Ban An toàn giao thông các tỉnh Lào Cai, Yên Bái được đề nghị kiểm tra.")
    assert "Ban An toàn giao thông" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Người vợ của Phó Bí thư Tỉnh ủy tỉnh này đứng tên doanh nghiệp.",
        "Ông từng làm Chủ tịch UBND huyện đó trong hai nhiệm kỳ.",
    ],
)
def test_a_unit_pointed_back_to_names_no_body(text: str) -> None:
    found = names(text)
    assert not any(name.endswith(("tỉnh", "huyện")) for name in found), found
