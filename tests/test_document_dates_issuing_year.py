"""Round 12 (dates and document dates): the issuing year after a number, the number of an amending law of
several laws. Sentences written for the tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from vnreport.extract.documents import extract_documents
from vnreport.segment.document import segment


def documents(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.number, r.date, r.issuer) for r in extract_documents(segment(text, words=False))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Huyện ủy quán triệt Nghị quyết số 21-NQ/TW năm 2022 của Bộ Chính trị về đổi mới giáo dục.",
            [("21-NQ/TW", "2022", "Bộ Chính trị")],
        ),
        ("Sở làm theo Quyết định 735/QĐ-BYT năm 2019) và báo cáo lại.", [("735/QĐ-BYT", "2019", None)]),
        ("Xã thực hiện Chỉ thị số 08/CT-UBND năm 2021 về phòng cháy.", [("08/CT-UBND", "2021", None)]),
    ],
)
def test_a_year_right_after_the_number_is_the_year_it_was_issued(text: str, expected: list) -> None:
    assert documents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the number's own year says another: the year after it tells when it was applied
        "Theo Thông tư số 04/2011/TT-BTC năm 2018, có 60% đơn vị làm đúng.",
        # after a comma the year opens the next clause
        "Theo Kế hoạch số 9-KH/HU, năm 2023 huyện xây 5 trường.",
        # a span of years is the plan's period, not its date
        "Tỉnh ban hành Kế hoạch số 30/KH-UBND năm 2021 - 2025 về chuyển đổi số.",
        # a list of years: a resolution issued every year under one number, cited for several
        "Bộ chưa làm xong việc giao tại các Nghị quyết 02/NQ-CP năm 2019, 2020 của Chính phủ.",
    ],
)
def test_a_year_that_is_not_the_issuing_year_does_not_date_the_document(text: str) -> None:
    assert all(date is None for _, date, _ in documents(text))


def test_the_number_after_an_amending_law_of_several_laws_is_its_own() -> None:
    text = (
        "Tỉnh phổ biến Luật sửa đổi, bổ sung một số điều của Luật Cư trú và Luật Căn cước số 18/2025/QH15 "
        "ngày 19/2/2025 tới các xã."
    )
    found = [(r.text, r.number, r.date) for r in extract_documents(segment(text, words=False))]
    assert found[0] == (
        "Luật sửa đổi, bổ sung một số điều của Luật Cư trú và Luật Căn cước số 18/2025/QH15",
        "18/2025/QH15",
        "2025-02-19",
    )


def test_the_number_after_one_amended_law_stays_that_laws() -> None:
    text = "Tòa áp dụng Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng dân sự số 92/2015/QH13 trong vụ án."
    found = [(r.text, r.number) for r in extract_documents(segment(text, words=False))]
    assert ("Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng dân sự", None) in found


def test_the_number_after_one_amended_law_names_that_law_beside_the_amending_law() -> None:
    text = (
        "Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Thương mại số 36/2005/QH11. "
        "Luật Thương mại năm 2005 được áp dụng rộng rãi."
    )
    found = [(r.text, r.number, r.name, len(r.mentions)) for r in extract_documents(segment(text, words=False))]
    assert ("Luật sửa đổi, bổ sung một số điều của Luật Thương mại", None) in [(f[0], f[1]) for f in found]
    assert ("Luật Thương mại số 36/2005/QH11", "36/2005/QH11", "Luật Thương mại", 2) in found
