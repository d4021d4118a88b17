"""Round 28 (issue #14, documents' own dates): a month or a year written after the issuing verb alone, after the
issuer or in brackets; a passive issuing clause after a law's name and a comma; a sentence opened by a month with
its year. Sentences written for the tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from vnreport.extract.documents import extract_documents
from vnreport.segment.document import segment


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.date) for r in extract_documents(segment(text, words=False))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tàu cá được đóng theo Nghị định 52 được ban hành tháng 9/2015, nay đã hỏng.", ("Nghị định 52", "2015-09")),
        ("Xã vẫn làm theo Quyết định 88 ban hành vào tháng 3/2012 về đất rừng.", ("Quyết định 88", "2012-03")),
    ],
)
def test_a_month_right_after_the_issuing_verb_dates_the_document(text: str, expected: tuple) -> None:
    assert dates(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hành vi này bị phạt theo Nghị định 97 của Chính phủ năm 2016 về giao thông.", ("Nghị định 97", "2016")),
        (
            "Khu rừng được bảo vệ theo Quyết định 17/TTg của Thủ tướng Chính phủ năm 1986.",
            ("Quyết định 17/TTg", "1986"),
        ),
        ("Số cấp phó đúng với Nghị định 31 (năm 2012) của Chính phủ.", ("Nghị định 31", "2012")),
        ("Tỉnh đã làm xong việc Chỉ thị 09 năm 2016 của Thủ tướng giao.", ("Chỉ thị 09 năm 2016", "2016")),
    ],
)
def test_a_year_after_the_issuer_in_brackets_or_after_a_short_form_dates_the_document(
    text: str, expected: tuple
) -> None:
    assert dates(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a span of years, a list of years: the period or the years it was applied in
        ("Bộ làm theo Nghị định 97 của Chính phủ năm 2016 - 2020 về giao thông.", ["Nghị định 97"]),
        ("Huyện chưa làm xong Chỉ thị 09 của Thủ tướng năm 2016, 2017 về rừng.", ["Chỉ thị 09"]),
        # … after a short form: the year after the comma is no document of the same type
        ("Huyện chưa làm xong Chỉ thị 09 năm 2016, 2017 về rừng.", ["Chỉ thị 09 năm 2016"]),
        ("Tỉnh thực hiện Nghị quyết 02 năm 2016 - 2020 về giảm nghèo.", ["Nghị quyết 02 năm 2016"]),
        # a year the number's own year contradicts: a year of its application
        (
            "Theo Thông tư 01/2013/TT-BYT của Bộ Y tế năm 2015 thì bệnh viện phải có khoa dinh dưỡng.",
            ["Thông tư 01/2013/TT-BYT"],
        ),
        # a five-year plan's period
        ("Đây là năm cuối của kế hoạch 5 năm 2016-2020 của tỉnh.", []),
    ],
)
def test_a_year_that_runs_on_dates_no_document(text: str, names: list[str]) -> None:
    assert [name for name, _ in dates(text)] == names
    assert all(date is None for _, date in dates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo Nghị định 97 của Chính phủ năm 2016, 63 tỉnh thành phải lập kế hoạch.",
            [("Nghị định 97", "2016")],
        ),
        ("Tỉnh làm theo Nghị định 105 năm 2014, 12 huyện đã xong.", [("Nghị định 105 năm 2014", "2014")]),
    ],
)
def test_a_count_after_the_year_and_a_comma_opens_the_next_clause(text: str, expected: list) -> None:
    """The year dates the document; the number after the comma counts what the next clause is about, no year of
    a list and no document of the same type."""
    assert dates(text) == expected


def test_a_year_after_the_issuing_verb_dates_a_number_with_another_year() -> None:
    """`Thông tư 01/2013/TT-BYT được ban hành năm 2014`: the issuing verb tells the year it was issued, though the
    number carries another; only a year written alone after the issuer may be one of its application."""
    assert dates("Thông tư 01/2013/TT-BYT được ban hành năm 2014.") == [("Thông tư 01/2013/TT-BYT", "2014")]


def test_a_year_in_brackets_yields_to_the_day_of_the_sentence_that_issued_it() -> None:
    text = (
        "Ngày 12-5-2013, UBND tỉnh đã ra Quyết định 4120 giao đất cho xã. "
        "Diện tích giao theo Quyết định 4120 (năm 2013) vượt 12 ha."
    )
    assert dates(text) == [("Quyết định 4120", "2013-05-12")]


def test_a_passive_issuing_clause_after_a_law_and_a_comma_dates_it() -> None:
    text = "Quyền này được ghi trong Bộ luật Dân sự 2015, được Quốc hội thông qua ngày 24/11/2015, có hiệu lực."
    assert dates(text) == [("Bộ luật Dân sự 2015", "2015-11-24")]


def test_a_day_after_a_law_and_a_comma_still_opens_the_next_clause() -> None:
    text = "Về Luật Đất đai, ngày 14/3/2017, Quốc hội cho ý kiến lần đầu."
    assert dates(text) == [("Luật Đất đai", None)]


def test_a_sentence_opened_by_a_month_with_its_year_dates_what_it_issues() -> None:
    text = "Tháng 8/2015, Chính phủ ban hành Nghị định 71 về tàu cá."
    assert dates(text) == [("Nghị định 71", "2015-08")]


def test_a_month_without_its_year_does_not_date_what_the_sentence_issues() -> None:
    text = (
        "Chính phủ ban hành Nghị quyết số 60/NQ-CP ngày 8/7/2016. Tới tháng 10, Thủ tướng ra Công điện số 1997/CĐ-TTg."
    )
    assert dates(text)[1] == ("Công điện số 1997/CĐ-TTg", None)


def test_a_month_that_opens_the_sentence_does_not_date_a_signing_in_a_clause_of_time() -> None:
    text = "Tháng 5-1976, ông là khách nước ngoài đầu tiên đến thăm kể từ sau khi ký Hiệp định Giơ-ne-vơ về Lào."
    assert all(date is None for _, date in dates(text))
