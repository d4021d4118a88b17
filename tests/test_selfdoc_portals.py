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


# The first line of each cell only, cells joined by ` | `: the kind heading is lost, the name stays.
FIRST_LINES_OF_THE_CELLS = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 41/2023/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2023 |
BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO THỐNG KÊ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo.
"""


def test_no_kind_heading_the_name_under_the_number_and_the_kind_of_the_symbol() -> None:
    document = document_of(FIRST_LINES_OF_THE_CELLS)
    assert document.kind == "Quyết định"
    assert identity(document) == (
        "41/2023/QĐ-UBND",
        "2023-10-22",
        "Quảng Trị",
        "Ủy ban nhân dân tỉnh Quảng Trị",
        "Quyết định ban hành quy định chế độ báo cáo thống kê trên địa bàn tỉnh Quảng Trị",
    )


def test_no_kind_heading_and_no_name_gives_no_title() -> None:
    text = FIRST_LINES_OF_THE_CELLS.replace(
        "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO THỐNG KÊ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\n", ""
    )
    document = document_of(text.replace("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"))
    assert (document.date, document.issuer, document.title) == ("2023-10-22", "Ủy ban nhân dân tỉnh Quảng Trị", None)


# Each column of the header one cell, its rules inside; a properties table above it.
COLUMNS_WITH_THEIR_RULES = """Cơ quan ban hành: | Ủy ban nhân dân tỉnh Lạng Sơn | Số công báo: | Đang cập nhật |
Số hiệu: | 30/2023/QĐ-UBND | Ngày đăng công báo: | Đang cập nhật |
Loại văn bản: | Quyết định | Người ký: | Hoàng Văn Nam |
ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ------------- Số: 30/2023/QĐ-UBND | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM \
Độc lập - Tự do - Hạnh phúc ----------------------- Lạng Sơn, ngày 05 tháng 9 năm 2023 |
QUYẾT ĐỊNH
Ban hành Quy định về quản lý phí tham quan di tích trên địa bàn
tỉnh Lạng Sơn
-----------------------
UỶ BAN NHÂN DÂN TỈNH LẠNG SƠN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
"""


def test_each_column_one_cell_with_its_rules_inside() -> None:
    assert identity(document_of(COLUMNS_WITH_THEIR_RULES)) == (
        "30/2023/QĐ-UBND",
        "2023-09-05",
        "Lạng Sơn",
        "Ủy ban nhân dân tỉnh Lạng Sơn",
        "Quyết định ban hành Quy định về quản lý phí tham quan di tích trên địa bàn tỉnh Lạng Sơn",
    )


LABELS_IN_CELLS = """Bạn chưa có tài khoản? Hãy Đăng ký
| Số hiệu | 42/2021/QĐ-UBND |
| Loại văn bản | Quyết định |
| Cơ quan | Tỉnh Tiền Giang |
| Ngày ban hành | 19/12/2021 |
| Người ký | Nguyễn Văn Vĩnh |
| Trích yếu | Ban hành quy định về công tác văn thư |
"""


def test_a_properties_table_with_its_labels_in_cells_of_their_own() -> None:
    document = document_of(LABELS_IN_CELLS)
    assert (document.kind, document.number, document.date, document.issuer, document.title) == (
        "Quyết định",
        "42/2021/QĐ-UBND",
        "2021-12-19",
        "Tỉnh Tiền Giang",
        "Quyết định ban hành quy định về công tác văn thư",
    )
    assert document.signer is not None and document.signer.name == "Nguyễn Văn Vĩnh"


HEADER = (
    "{issuer}\n{motto}\nĐộc lập - Tự do - Hạnh phúc\nSố: 125/QĐ-UBND\n{date}QUYẾT ĐỊNH\n"
    "Về việc phê duyệt kế hoạch chuyển đổi số năm 2024\n{below}CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt.\n"
)
DATE_LINE = "Quảng Ninh, ngày 15 tháng 3 năm 2024\n"


@pytest.mark.parametrize(
    ("issuer", "motto", "date", "below", "kind"),
    [
        # the header in normal case (a style sheet writes the capitals)
        ("Ủy ban nhân dân tỉnh Quảng Ninh", "Cộng hòa xã hội chủ nghĩa Việt Nam", DATE_LINE, "", "Quyết định"),
        # every word capitalised
        ("Ủy Ban Nhân Dân Tỉnh Quảng Ninh", "Cộng Hòa Xã Hội Chủ Nghĩa Việt Nam", DATE_LINE, "", "QUYẾT ĐỊNH"),
        # the place-and-date line under the name
        ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", DATE_LINE, "QUYẾT ĐỊNH"),
    ],
)
def test_headers_in_normal_case_and_the_date_under_the_name(
    issuer: str, motto: str, date: str, below: str, kind: str
) -> None:
    text = HEADER.format(issuer=issuer, motto=motto, date=date, below=below).replace("QUYẾT ĐỊNH\nVề", f"{kind}\nVề")
    assert identity(document_of(text)) == (
        "125/QĐ-UBND",
        "2024-03-15",
        "Quảng Ninh",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
        "Quyết định về việc phê duyệt kế hoạch chuyển đổi số năm 2024",
    )


def test_a_party_header_run_together_on_one_line() -> None:
    text = (
        "ĐẢNG BỘ TỈNH QUẢNG NINH TỈNH ỦY * Số 12-NQ/TU ĐẢNG CỘNG SẢN VIỆT NAM Quảng Ninh, ngày 20 tháng 6 năm 2024\n"
        "NGHỊ QUYẾT\nvề phát triển kinh tế biển\nI. TÌNH HÌNH\nKinh tế biển phát triển.\n"
    )
    document = document_of(text)
    assert identity(document) == (
        "12-NQ/TU",
        "2024-06-20",
        "Quảng Ninh",
        "Tỉnh ủy",
        "Nghị quyết về phát triển kinh tế biển",
    )
    assert document.issuer_levels == ["Đảng bộ tỉnh Quảng Ninh", "Tỉnh ủy"]


def test_the_whole_document_in_one_paragraph() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
        " Số: 125/QĐ-UBND Quảng Ninh, ngày 15 tháng 3 năm 2024 QUYẾT ĐỊNH Về việc phê duyệt kế hoạch chuyển đổi"
        " số năm 2024 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH Căn cứ Luật Tổ chức chính quyền địa phương ngày"
        " 19 tháng 6 năm 2015; QUYẾT ĐỊNH: Điều 1. Phê duyệt kế hoạch.\n"
    )
    assert identity(document_of(text)) == (
        "125/QĐ-UBND",
        "2024-03-15",
        "Quảng Ninh",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
        "Quyết định về việc phê duyệt kế hoạch chuyển đổi số năm 2024",
    )


def test_a_text_that_opens_with_the_kind_heading_and_has_no_header() -> None:
    text = (
        "Nghị quyết về chương trình giám sát năm 2031\n"
        "NGHỊ QUYẾT Về chương trình giám sát năm 2031 QUỐC HỘI Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa"
        " Việt Nam; QUYẾT NGHỊ: Điều 1. Nội dung giám sát. Quốc hội giám sát tối cao các chuyên đề. Nghị quyết"
        " này được Quốc hội thông qua ngày 12 tháng 6 năm 2030.\n"
    )
    document = document_of(text)
    assert (document.kind, document.number, document.date, document.issuer, document.title) == (
        "Nghị quyết",
        None,
        "2030-06-12",
        "Quốc hội",
        "Nghị quyết về chương trình giám sát năm 2031",
    )


def test_a_news_story_that_quotes_a_documents_opening_is_no_document() -> None:
    text = (
        "Quốc hội thông qua chương trình giám sát\n"
        "Chiều 12/6, Quốc hội biểu quyết thông qua Nghị quyết về chương trình giám sát năm 2031. Toàn văn như"
        " sau: QUỐC HỘI Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; QUYẾT NGHỊ: Điều 1.\n"
    )
    assert analyze_text(text).document is None


def test_an_issuer_broken_inside_a_word_and_a_place_broken_before_its_date() -> None:
    text = (
        "ỦY BAN NHÂN\nDÂN TỈNH THỪA THIÊN HUẾ\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n|\nSố: 594/KH-UBND\n|\nThừa Thiên\nHuế, ngày 21 tháng 10 năm 2021\n|\n"
        "KẾ HOẠCH\nTHỰC HIỆN PHONG TRÀO THI ĐUA NĂM 2021\nI. MỤC ĐÍCH\n"
    )
    assert identity(document_of(text)) == (
        "594/KH-UBND",
        "2021-10-21",
        "Thừa Thiên Huế",
        "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
        "Kế hoạch thực hiện phong trào thi đua năm 2021",
    )


def test_a_properties_table_on_one_line_with_labels_that_give_nothing() -> None:
    text = (
        "Quyết định 125/QĐ-UBND của Ủy ban nhân dân tỉnh Quảng Ninh về việc phê duyệt kế hoạch năm 2024\n"
        "Cơ quan ban hành: Ủy ban nhân dân tỉnh Quảng Ninh Số công báo: Đang cập nhật Số hiệu: 125/QĐ-UBND"
        " Ngày đăng công báo: Đang cập nhật Loại văn bản: Quyết định Người ký: Nguyễn Văn An Ngày ban hành:"
        " 15/03/2024 Ngày hết hiệu lực: Đang cập nhật Áp dụng: Đã biết Tình trạng hiệu lực: Đã biết\n"
    )
    document = document_of(text)
    assert (document.number, document.date, document.issuer) == (
        "125/QĐ-UBND",
        "2024-03-15",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
    )
    assert document.signer is not None and document.signer.name == "Nguyễn Văn An"


def test_an_issuer_broken_after_its_unit_word_and_a_date_line_after_its_comma() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH\nTHỪA THIÊN HUẾ\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n|\nSố: 594/KH-UBND\n|\nThừa Thiên Huế,\nngày 21 tháng 10 năm 2021\n|\n"
        "KẾ HOẠCH\nTHỰC HIỆN PHONG TRÀO THI ĐUA NĂM 2021\nI. MỤC ĐÍCH\n"
    )
    document = document_of(text)
    assert (document.date, document.place, document.issuer) == (
        "2021-10-21",
        "Thừa Thiên Huế",
        "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
    )


def test_a_news_lead_then_the_documents_opening_is_no_document() -> None:
    text = (
        "Quảng Ninh phê duyệt kế hoạch chuyển đổi số\n"
        "Ủy ban nhân dân tỉnh Quảng Ninh vừa ban hành Quyết định số 125/QĐ-UBND ngày 15/3/2024 về việc phê duyệt"
        " kế hoạch chuyển đổi số năm 2024. Nội dung như sau:\nQUYẾT ĐỊNH\n"
        "Về việc phê duyệt kế hoạch chuyển đổi số năm 2024\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt.\n"
    )
    assert analyze_text(text).document is None


def test_a_long_name_broken_on_a_word_no_name_ends_on() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "|\nSố: 594/KH-UBND\n|\nNghệ An, ngày 21 tháng 10 năm 2021\n|\nKẾ HOẠCH\n"
        "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA\n"
        "THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ\n"
        "PHÁT TRIỂN KINH TẾ - XÃ HỘI HẰNG NĂM VÀ\nKẾ HOẠCH 5 NĂM 2021 - 2025 CỦA\nTỈNH NGHỆ AN\n"
        "Thực hiện Chỉ thị số 19/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert document_of(text).title == (
        "Kế hoạch thực hiện chỉ thị số 19/CT-TTG ngày 16 tháng 7 năm 2021 của Thủ tướng Chính phủ về việc phát"
        " động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và kế hoạch 5 năm"
        " 2021 - 2025 của tỉnh Nghệ An"
    )


def test_a_name_ending_on_a_syllable_that_makes_a_word_with_the_enacting_body() -> None:
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 42/2021/QĐ-UBND | Tiền Giang, ngày 19 tháng 12 năm 2021 |\n"
        "BAN HÀNH QUY ĐỊNH VỀ THỂ THỨC TRÌNH BÀY VĂN BẢN HÀNH CHÍNH\nỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert document_of(text).title == "Quyết định ban hành quy định về thể thức trình bày văn bản hành chính"
