"""Hard line breaks inside a sentence (a page that keeps its source's line width): a date, a document's date
and a sentence run across them, the text keeps them, and the views show them as spaces."""

from __future__ import annotations

import pytest

from vnreport import analyze_text
from vnreport.extract.dates import extract_dates
from vnreport.extract.documents import extract_documents
from vnreport.render.safe import value_safe
from vnreport.segment.document import segment
from vnreport.segment.wraps import unwrap_soft_breaks

_TITLE = "Tỉnh tổng kết công tác quý III\n"


def _dates(text: str) -> list[tuple[str, str]]:
    doc = segment(text, words=False)
    found = extract_dates(doc)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.value) for m in found]


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        ("Hội nghị họp ngày 7\ntháng 10 năm 2024 tại trụ sở tỉnh.", "ngày 7\ntháng 10 năm 2024"),
        ("Hội nghị họp ngày\n7 tháng 10 năm 2024 tại trụ sở tỉnh.", "ngày\n7 tháng 10 năm 2024"),
        ("Hội nghị họp ngày 7 tháng 10\nnăm 2024 tại trụ sở tỉnh.", "ngày 7 tháng 10\nnăm 2024"),
        ("Hội nghị họp ngày 7 tháng 10 năm\n2024 tại trụ sở tỉnh.", "ngày 7 tháng 10 năm\n2024"),
        ("Hội nghị họp ngày 7  \n  tháng 10 năm 2024 tại trụ sở tỉnh.", "ngày 7  \n  tháng 10 năm 2024"),
        ("Hội nghị họp ngày 7\r\ntháng 10 năm 2024 tại trụ sở tỉnh.", "ngày 7\r\ntháng 10 năm 2024"),
    ],
)
def test_a_full_date_broken_by_one_line_break_is_one_date(body: str, mention: str) -> None:
    assert _dates(_TITLE + body) == [("quý III", "2024-Q3"), (mention, "2024-10-07")]


def test_a_documents_date_broken_after_its_day() -> None:
    text = (
        _TITLE + "Sở Tài chính thực hiện Quyết định số 45/2024/QĐ-UBND ngày 7\n"
        "tháng 10 năm 2024 của UBND tỉnh về quản lý tài sản công.\n"
    )
    doc = segment(text, words=False)
    (ref,) = extract_documents(doc, extract_dates(doc))
    assert (ref.number, ref.date, ref.issuer) == ("45/2024/QĐ-UBND", "2024-10-07", "UBND tỉnh")


@pytest.mark.parametrize(
    "text",
    [
        _TITLE + "Hội nghị họp ngày 7\n\ntháng 10 năm 2024 tại trụ sở tỉnh.",  # a blank line: a new paragraph
        _TITLE + "Kết quả như sau:\na) tháng 10 năm 2024 thu ngân sách tăng.",  # a list item
        _TITLE + "Đoàn công tác do ông Lê Văn An\nTháng 10 năm 2024 tỉnh thu ngân sách tăng.",  # capitalised
        _TITLE + "HỘI NGHỊ TỔNG KẾT NĂM\n2024 là năm tỉnh thu ngân sách tăng.",  # a heading in capitals
        _TITLE + "Phóng viên Lê Văn An\n27/10/2024 08:15",  # a byline, then a time stamp
        "Tỉnh tổng kết công tác năm\nngày 7 tháng 10 năm 2024 tỉnh họp.",  # the first line is a title
        _TITLE + "Ban hành kèm theo danh mục.\nngày 7 tháng 10 năm 2024 tỉnh họp.",  # a sentence ends
    ],
)
def test_line_breaks_that_are_no_soft_wrap(text: str) -> None:
    assert unwrap_soft_breaks(text) == text


def test_a_wrapped_sentence_is_one_paragraph_and_one_sentence() -> None:
    text = _TITLE + "Sở Tài chính đề nghị các huyện rà soát\nlại danh mục dự án. Các xã báo cáo trước ngày 7\ntháng 10."
    doc = segment(text, words=False)
    assert len(doc.paragraphs) == 2
    assert [s.text for s in doc.sentences[1:]] == [
        "Sở Tài chính đề nghị các huyện rà soát\nlại danh mục dự án.",
        "Các xã báo cáo trước ngày 7\ntháng 10.",
    ]
    assert doc.text == text and len(doc.view) == len(text)
    assert doc.tokens[doc.token_index(text.index("lại"))].gap == 1  # a space for the tokens


def test_views_show_a_wrapped_mention_on_one_line() -> None:
    report = analyze_text(_TITLE + "Hội nghị họp ngày 7\ntháng 10 năm 2024 tại trụ sở tỉnh.")
    assert "ngày 7\ntháng 10 năm 2024" in [d.text for d in report.dates]
    assert value_safe("ngày 7 \n tháng 10\r\nnăm 2024\x1b") == "ngày 7 tháng 10 năm 2024\\x1b"


def test_a_period_broken_after_its_word() -> None:
    text = _TITLE + "Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ\n2025 - 2030 thông qua nghị quyết."
    assert ("nhiệm kỳ\n2025 - 2030", "2025/2030") in _dates(text)
