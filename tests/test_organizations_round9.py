"""Organisation constructions of round 9, one written example each in the shape of real news text: brands
listed as examples of companies, heads missing from the lexicon, names cut by a lower-case word, spans
that ran past the name."""

from __future__ import annotations

import pytest

from tests.orghelp import names

# --- brands listed as examples of companies ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "brands"),
    [
        (
            "Nhiều doanh nghiệp FDI như Qorvix, Lantrel, Dumo Tech, Vessora đã mở rộng nhà xưởng.",
            ["Qorvix", "Lantrel", "Dumo Tech", "Vessora"],
        ),
        (
            "Các tập đoàn lớn của Đức như Siemens, Brolvex và Kaltmer Energy có mặt.",
            ["Siemens", "Brolvex", "Kaltmer Energy"],
        ),
        ("Một số hãng taxi như Vinasun hay Zorrit Group đã giảm giá.", ["Zorrit Group"]),
        ("Bốn nhà mạng bao gồm Viettel, Telvaro, Mobixa ký cam kết.", ["Telvaro", "Mobixa"]),
        (
            "Tỉnh thu hút các nhà đầu tư như Qorvix-ICT, Samsung Display, Lantrel Việt Nam và Vessora.",
            ["Qorvix-ICT", "Samsung Display", "Lantrel Việt Nam", "Vessora"],
        ),
    ],
)
def test_brands_listed_after_a_company_noun(text: str, brands: list[str]) -> None:
    found = names(text)
    assert all(brand in found for brand in brands), found


@pytest.mark.parametrize(
    "text",
    [
        "Các đối tác như Qorvix, Lantrel đã được mời.",  # no company noun governs the list
        "Doanh nghiệp đến từ các nước như Mỹ, Nhật Bản, Hàn Quốc tham dự.",  # countries of another noun
        "Các sản phẩm như Qorvix, Lantrel được bày bán.",  # products, not companies
    ],
)
def test_a_list_after_another_noun_names_no_company(text: str) -> None:
    assert not {"Qorvix", "Lantrel"} & set(names(text))
    assert "Mỹ" not in names(text)


def test_a_sentence_final_dot_is_no_part_of_the_legal_form() -> None:
    assert "Zorrit Group" in names("Khách hàng chuyển sang các hãng khác như Zorrit Group.")
