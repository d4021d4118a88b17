"""Hospitals written in lower case and lower-case bodies before a province with its unit word (issue #13), one
written example each: the hospital is an organisation and the place inside its name no location of its own;
a plural or a count before `bệnh viện Trung ương` makes a kind, not a name; `Bệnh viện Đa khoa` of a place
and `bệnh viện` of the same place are one hospital."""

from __future__ import annotations

import pytest

from tests.orghelp import names, places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nạn nhân được đưa đến bệnh viện Bạch Mai cấp cứu.", "bệnh viện Bạch Mai"),
        ("Hành khách bị thương đang được điều trị tại bệnh viện đa khoa Cẩm Phả.", "bệnh viện đa khoa Cẩm Phả"),
    ],
)
def test_a_lower_case_hospital_before_its_name_is_a_body(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bệnh nhân được chuyển vào bệnh viện Đa khoa tỉnh Thanh Hóa.", "bệnh viện Đa khoa tỉnh Thanh Hóa"),
        ("Ông A đã bị công an tỉnh Thanh Hóa bắt giữ.", "công an tỉnh Thanh Hóa"),
    ],
)
def test_a_lower_case_body_before_a_province_with_its_unit_word_runs_to_it(text: str, name: str) -> None:
    assert name in names(text)
    assert places(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chuẩn bị để sớm đưa 5 bệnh viện Trung ương vào hoạt động.",
        "Tình trạng quá tải vẫn xảy ra ở nhiều bệnh viện Trung ương.",
    ],
)
def test_a_plural_or_counted_central_hospital_is_a_kind(text: str) -> None:
    assert names(text) == []


def test_the_general_hospital_of_a_province_is_the_provinces_hospital() -> None:
    text = "Chị được đưa vào bệnh viện tỉnh Thanh Hóa. Giám đốc Bệnh viện Đa khoa Thanh Hóa cho biết chị đã ổn."
    assert len([n for n in names(text) if n.lower().startswith("bệnh viện")]) == 1


_CENTRAL_108 = "bệnh viện Trung ương Quân đội 108"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Năm 2016 bệnh viện Trung ương Quân đội 108 đã tiếp nhận 5.000 ca bệnh.", _CENTRAL_108),
        ("Bệnh nhân được chuyển đến các bệnh viện Trung ương Quân đội 108 và Bạch Mai.", _CENTRAL_108),
    ],
)
def test_a_year_is_no_count_and_a_name_after_trung_uong_goes_on(text: str, name: str) -> None:
    """A year before the head counts nothing; `Trung ương` followed by a capitalised word is part of a name."""
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bệnh nhân được chuyển đến hai bệnh viện TW để điều trị.",
        "Bệnh nhân được chuyển đến các bệnh viện T.Ư để điều trị.",
    ],
)
def test_a_counted_central_hospital_is_a_kind_in_any_spelling_of_trung_uong(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nhiều bệnh nhân nước ngoài chọn bệnh viện Việt Nam để điều trị.", "Việt Nam"),
        ("Ông A đến bệnh viện Hà Nội để khám.", "Hà Nội"),
    ],
)
def test_a_lower_case_hospital_of_a_country_or_a_bare_province_is_a_kind(text: str, place: str) -> None:
    assert names(text) == []
    assert places(text) == [place]


def test_a_plural_kind_before_a_list_of_provinces_is_no_body() -> None:
    assert names("Nhiều trường đại học Hà Nội, Đà Nẵng đã công bố điểm chuẩn.") == []
