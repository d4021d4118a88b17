"""Official documents as legal-text sites and provincial portals publish them (issue #16): the source's
hard line breaks kept inside the header's fields, a cell mark (`|`) alone on its line between the cells,
the first line of each cell only, a properties table with its labels in cells of their own, no-break
spaces, a header in normal case. Every document here is written for the test; each shape is one seen on
public pages."""

from __future__ import annotations

import pytest

from vnreport.pipeline import analyze_text
from vnreport.report.model import OfficialDocument


def document_of(text: str) -> OfficialDocument:
    document = analyze_text(text).document
    assert document is not None
    return document


def identity(document: OfficialDocument) -> tuple[str | None, ...]:
    return (document.number, document.date, document.place, document.issuer, document.title)


# The source's line breaks inside the fields, a `|` alone between the cells (the two-column table).
HARD_WRAPPED = """ỦY
BAN NHÂN DÂN
TỈNH SƠN LA
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
2100/QĐ-UBND
|
Sơn
La, ngày 16 tháng 11
năm 2023
|
QUYẾT ĐỊNH
VỀ
VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa
phương năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.
"""

MOTTO_AND_DATE_BROKEN = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 1200/KH-UBND
|
Lai Châu, ngày 25
tháng 4 năm 2024
|
KẾ HOẠCH
THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA
BÀN TỈNH LAI CHÂU NĂM 2024
Căn cứ Quyết định số 919/QĐ-TTg
ngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ;
I. MỤC ĐÍCH,
YÊU CẦU
"""


def test_a_header_with_the_sources_line_breaks_inside_its_fields() -> None:
    assert identity(document_of(HARD_WRAPPED)) == (
        "2100/QĐ-UBND",
        "2023-11-16",
        "Sơn La",
        "Ủy ban nhân dân tỉnh Sơn La",
        "Quyết định về việc ban hành quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh",
    )


def test_the_motto_and_the_date_broken_over_two_lines() -> None:
    assert identity(document_of(MOTTO_AND_DATE_BROKEN)) == (
        "1200/KH-UBND",
        "2024-04-25",
        "Lai Châu",
        "Ủy ban nhân dân tỉnh Lai Châu",
        "Kế hoạch thực hiện chương trình phát triển du lịch cộng đồng trên địa bàn tỉnh Lai Châu năm 2024",
    )


@pytest.mark.parametrize("date_line", ["Vĩnh Phúc, ngày\n12 tháng 7 năm 2023", "Vĩnh\nPhúc, ngày 12 tháng 7\nnăm 2023"])
def test_a_place_and_date_line_broken_anywhere(date_line: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\n|\nSố: 150/KH-UBND\n|\n{date_line}\n|\n"
        "KẾ HOẠCH\nCẢI\nTHIỆN CHỈ SỐ HIỆU QUẢ QUẢN TRỊ CẤP TỈNH ĐẾN NĂM 2025\nI. MỤC TIÊU\n"
    )
    assert identity(document_of(text)) == (
        "150/KH-UBND",
        "2023-07-12",
        "Vĩnh Phúc",
        "Ủy ban nhân dân tỉnh Vĩnh Phúc",
        "Kế hoạch cải thiện chỉ số hiệu quả quản trị cấp tỉnh đến năm 2025",
    )


def test_no_break_spaces_throughout_the_header() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 125/QĐ-UBND\nQuảng Ninh, ngày 15 tháng 3 năm 2024\nQUYẾT ĐỊNH\n"
        "Về việc phê duyệt kế hoạch chuyển đổi số năm 2024\n"
    ).replace(" ", "\u00a0")
    document = document_of(text)
    assert (document.date, document.place, document.issuer) == (
        "2024-03-15",
        "Quảng Ninh",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
    )
