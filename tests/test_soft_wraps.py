"""Hard-wrapped text: a line cut inside a sentence is read as one line (vnreport/segment/wraps.py).

Pages that copy a document out of a PDF, or keep a narrow column's line breaks, cut dates, numbers and
names across lines. The property tested last: a document wrapped at a narrow width reads as it does
unwrapped. Every text here is written for the test."""

from __future__ import annotations

import textwrap

import pytest

from vnreport.pipeline import analyze_text
from vnreport.segment.wraps import unwrap_soft_breaks


def joined(text: str) -> str:
    out = unwrap_soft_breaks(text)
    assert len(out) == len(text)  # one character for one: offsets unchanged
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case word goes on with the sentence
        ("Tiêu đề\nNghị định ban hành ngày 5\ntháng 9 năm 2025 của Chính phủ", "ngày 5 tháng 9 năm 2025"),
        # a number a word of the line before waits for
        ("Tiêu đề\nCăn cứ Nghị định số\n12/2025/NĐ-CP của Chính phủ;", "số 12/2025/NĐ-CP"),
        ("Tiêu đề\nCó hiệu lực từ ngày\n1 tháng 7 năm 2025.", "ngày 1 tháng 7"),
    ],
)
def test_a_soft_break_is_a_space(text: str, expected: str) -> None:
    assert expected in joined(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tiêu đề\nCác nhiệm vụ sau đây:\na) Rà soát hồ sơ;\nb) Báo cáo kết quả.",  # list items
        "Tiêu đề\nHội nghị đã kết thúc.\nsau đó các đại biểu ra về",  # the line ended its sentence
        "Tiêu đề\nĐiều 3. Quy định chung\n1. Phạm vi áp dụng",  # a numbered clause opens its line
        "NGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\nvề phát triển văn hóa",  # a subject after a heading in capitals
        "Tiêu đề\nNăm nay có 20 đơn vị\n5 đơn vị chưa nộp báo cáo",  # a count, not a number waited for
        # a body paragraph that opens in lower case (a scraped page lost its first letter) is no title's end
        "Tỉnh tổ chức hội nghị tổng kết\nngày hôm qua các đại biểu của các sở, ngành đã dự hội nghị.",
    ],
)
def test_a_hard_break_stays(text: str) -> None:
    assert joined(text) == text


WRAPPED_BODY = textwrap.fill(
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; theo đề nghị của Giám đốc Sở "
    "Tài chính tại Tờ trình số 88/TTr-STC ngày 2 tháng 4 năm 2024 về việc phân bổ kinh phí cho các xã "
    "thuộc huyện Nam Đàn, tỉnh Nghệ An trong năm 2024 và giao Sở Tài chính theo dõi việc thực hiện.",
    width=26,
)


def test_a_title_cut_in_two_goes_on() -> None:
    text = "Chính phủ ban hành Nghị định số 12/2025/NĐ-CP ngày 5\ntháng 9 năm 2025\nSáng nay, Bộ Tư pháp họp báo."
    assert "ngày 5 tháng 9 năm 2025\nSáng" in joined(text)


def test_capitalised_words_go_on_only_in_a_wrapped_text() -> None:
    text = "QUYẾT ĐỊNH\n" + WRAPPED_BODY
    out = joined(text)
    assert "Sở Tài chính tại Tờ trình" in " ".join(out.split("\n"))
    assert "\n" not in out[len("QUYẾT ĐỊNH\n") :]  # the whole paragraph is one line
    assert out.startswith("QUYẾT ĐỊNH\n")  # the heading in capitals stays a line of its own
    # a news page with short paragraphs: capitalised lines are paragraphs of their own
    news = "Tiêu đề bài báo\nSáng nay tỉnh họp báo\nÔng Trần Văn Bình phát biểu\nChiều cùng ngày đoàn về"
    assert joined(news) == news


def test_an_article_heading_and_the_body_after_it_stay_apart() -> None:
    lines = ["Luật này quy định việc", "quản lý hoạt động thống", "kê của các cơ quan nhà", "nước theo quy định tại"]
    text = "LUẬT\n" + "\n".join(lines) + "\nĐiều 5 của Luật này.\nĐiều 6. Hiệu lực thi hành của\nLuật này"
    out = joined(text)
    assert "tại Điều 5 của" in out  # a reference wrapped to a line start goes on
    assert "\nĐiều 6. Hiệu lực" in out  # an article's heading opens its line
    assert "thi hành của\nLuật này" in out  # and nothing capitalised is joined onto it


def test_a_date_across_a_line_break_keeps_its_offsets() -> None:
    text = "Tin tức\nHội nghị được tổ chức vào ngày 5\ntháng 9 năm 2025 tại Hà Nội."
    report = analyze_text(text)
    (date,) = [d for d in report.dates if d.value == "2025-09-05"]
    assert text[date.start : date.end] == date.text
    assert "\n" in date.text


DECISION = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/QĐ-UBND
Nghệ An, ngày 15 tháng 4 năm 2024
QUYẾT ĐỊNH
Về việc phân bổ kinh phí hỗ trợ các xã năm 2024
ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
{body}
QUYẾT ĐỊNH:
Điều 1. Phân bổ kinh phí hỗ trợ cho các xã thuộc huyện Nam Đàn theo Phụ lục kèm theo Quyết định này.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 1 tháng 5 năm 2024 và thay thế Quyết định số \
567/QĐ-UBND ngày 3 tháng 2 năm 2023 của Ủy ban nhân dân tỉnh.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hùng
"""

BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
    "Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành "
    "một số điều của Luật Ngân sách nhà nước;",
    "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 88/TTr-STC ngày 2 tháng 4 năm 2024.",
]


def _wrapped(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(line, width=width) if len(line) > width else line for line in text.split("\n"))


@pytest.mark.parametrize("width", [22, 30, 45])
def test_a_wrapped_decision_reads_as_it_does_unwrapped(width: int) -> None:
    text = DECISION.format(body="\n".join(BASES))
    flat, wrapped = analyze_text(text), analyze_text(_wrapped(text, width))
    assert flat.document is not None and wrapped.document is not None
    for field in ("kind", "number", "date", "effective", "issuer"):
        assert getattr(wrapped.document, field) == getattr(flat.document, field), field
    assert [b.key for b in wrapped.document.bases] == [b.key for b in flat.document.bases]
    assert [r.key for r in wrapped.document.replaces] == [r.key for r in flat.document.replaces]
    assert sorted(d.value for d in wrapped.dates) == sorted(d.value for d in flat.dates)
    assert sorted(d.key for d in wrapped.documents) == sorted(d.key for d in flat.documents)
    for d in wrapped.dates:
        assert wrapped.source.characters and _wrapped(text, width)[d.start : d.end] == d.text
