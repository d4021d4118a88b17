"""Round 15 (documents): a plan named by its period, a document dated by the month or year of the clause that
issued it. Sentences written for the tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from vnreport.extract.documents import extract_documents, reference_key
from vnreport.segment.document import segment


def documents(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.kind, r.name, r.date) for r in extract_documents(segment(text, words=False))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Huyện đang triển khai Kế hoạch Phát triển kinh tế - xã hội giai đoạn 2021-2025 của mình.",
            "Kế hoạch Phát triển kinh tế - xã hội giai đoạn 2021-2025",
        ),
        (
            "Hai bộ trưởng nhất trí ký Kế hoạch hợp tác biên phòng giai đoạn 2022 - 2024 giữa hai nước.",
            "Kế hoạch hợp tác biên phòng giai đoạn 2022 - 2024",
        ),
        (
            "Đại sứ nói về “Kế hoạch hành động chung giai đoạn 2019 – 2023” mà hai bên đã thông qua.",
            "Kế hoạch hành động chung giai đoạn 2019 – 2023",
        ),
    ],
)
def test_a_plan_named_by_its_period_is_a_document(text: str, name: str) -> None:
    assert documents(text) == [("Kế hoạch", name, None)]


@pytest.mark.parametrize(
    "text",
    [
        # the period dates the plan of a body, it does not name it
        "Theo Kế hoạch của thành phố trong giai đoạn 2021 - 2025, cần xây thêm 12 trường.",
        "Kế hoạch trong giai đoạn 2021 - 2025 là xây thêm 12 trường.",
        # a plan in lower case is the common noun
        "Tỉnh đặt kế hoạch phát triển giai đoạn 2021 - 2025 với nhiều chỉ tiêu.",
    ],
)
def test_a_period_after_a_body_s_plan_names_no_document(text: str) -> None:
    assert documents(text) == []


def test_a_plan_named_by_its_period_is_the_same_document_in_a_reference() -> None:
    text = "Các bên rà soát Kế hoạch hợp tác biên phòng giai đoạn 2022 - 2024 trong tuần này."
    [found] = extract_documents(segment(text, words=False))
    assert reference_key("Kế hoạch hợp tác biên phòng giai đoạn 2022 - 2024") == found.key


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Theo Thông tư 45 được Liên bộ Y tế - Tài chính ban hành tháng 3/2016, giá dịch vụ được tính lại.", "2016-03"),
        ("Theo Thông tư 45 do Bộ Tài chính ký ban hành tháng 11 năm 2016, giá dịch vụ được tính lại.", "2016-11"),
        ("Nhà nước đã có Luật Bảo vệ môi trường được Quốc hội thông qua năm 2005 để xử lý việc này.", "2005"),
        ("Dù Luật Phòng cháy và chữa cháy ra đời từ năm 2001, nhiều quy định chưa được thi hành.", "2001"),
    ],
)
def test_a_month_or_year_after_the_issuing_clause_dates_the_document(text: str, date: str) -> None:
    assert [d for _, _, d in documents(text)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # an effective month is no issuing
        "Theo Thông tư 45 có hiệu lực từ tháng 3/2016, giá dịch vụ được tính lại.",
        # not a month
        "Theo Thông tư 45 được Bộ Tài chính ban hành tháng 13/2016, giá dịch vụ được tính lại.",
        # the year belongs to a longer date written as a range
        "Theo Thông tư 45 được Bộ Tài chính ban hành năm 2016-2017, giá dịch vụ được tính lại.",
    ],
)
def test_no_issuing_month_or_year_dates_no_document(text: str) -> None:
    assert [d for _, _, d in documents(text)] == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bộ đề nghị các tỉnh thực hiện Công ước của Liên hợp quốc về quyền của người khuyết tật. Năm nay tăng.",
            "Công ước của Liên hợp quốc về quyền của người khuyết tật",
        ),
        (
            "Hai bên cam kết tôn trọng Công ước của Liên Hợp Quốc về Luật Biển năm 1982, giữ hòa bình.",
            "Công ước của Liên Hợp Quốc về Luật Biển năm 1982",
        ),
    ],
)
def test_a_treaty_named_with_the_body_that_adopted_it_then_its_subject(text: str, name: str) -> None:
    assert documents(text) == [("Công ước", name, None)]


def test_a_treaty_word_with_a_body_and_no_subject_names_none() -> None:
    # the body closes a mention of a treaty the text named before: no title of its own
    assert documents("Công ước của Liên Hợp Quốc cũng nói rằng vùng đó thuộc quyền của nước ven biển.") == []


def test_a_declaration_named_with_its_abbreviation_is_one_document_however_worded() -> None:
    text = (
        "Hai bên cam kết thực hiện Tuyên bố về hợp tác của các nước ven sông (DRC). Các nước nhắc lại "
        "Tuyên bố các nước ven sông về hợp tác (DRC) đã ký."
    )
    found = extract_documents(segment(text, words=False))
    assert [(r.kind, r.name, r.key) for r in found] == [
        ("Tuyên bố", "Tuyên bố về hợp tác của các nước ven sông (DRC)", "tuyen bo drc")
    ]


def test_a_statement_without_an_abbreviation_is_no_document() -> None:
    assert documents("Hai nước ra Tuyên bố chung về quan hệ đối tác toàn diện.") == []


def test_a_medium_credited_in_brackets_after_a_statement_names_no_declaration() -> None:
    # `(AFP)` credits the report; `Tuyên bố này …` is a statement, not a declaration's name
    assert documents("Tuyên bố này được đưa ra giữa lúc căng thẳng leo thang ở vùng biên (AFP).") == []
    assert documents("Tuyên bố về an ninh khu vực được các nước hoan nghênh (TTXVN).") == []


def test_two_plans_joined_by_va_are_not_one_name() -> None:
    text = "Huyện đã hoàn thành Kế hoạch năm 2020 và Kế hoạch phát triển du lịch giai đoạn 2021-2025."
    assert [name for _, name, _ in documents(text)] == ["Kế hoạch phát triển du lịch giai đoạn 2021-2025"]
