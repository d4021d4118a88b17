"""The event's date beside a document's name: a day written with a part of the day or an hour after a law's name
dates the sitting that discussed it, not the law (a paper is dated by its day alone); a day written bare after
the document's number is still the document's. One written sentence per shape."""

from __future__ import annotations

from tests.conftest import event_kind_and


def test_a_part_of_the_day_after_a_bills_name_dates_the_sitting() -> None:
    text = (
        "Đề xuất bổ sung đối tượng\n\n"
        "Tại phiên thảo luận ở tổ về dự thảo Luật Đường bộ chiều 6/6, đại biểu Nguyễn Văn An đề nghị bổ sung "
        "quy định về trạm dừng nghỉ."
    )
    assert event_kind_and(text, "date") == ("session", "2024-06-06")


def test_a_bare_day_after_a_documents_number_is_the_documents_date() -> None:
    text = (
        "Hội nghị triển khai nghị định\n\n"
        "Tại hội nghị triển khai Nghị định số 15/2024/NĐ-CP ngày 6/6/2024, đại biểu Nguyễn Văn An đề nghị bổ "
        "sung quy định về trạm dừng nghỉ."
    )
    assert event_kind_and(text, "date") == ("conference", None)
