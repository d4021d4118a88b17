"""Official documents other than laws as a news page publishes them: the header's table flattened (cells
joined by `|`, by tabs, or one per line), the trích yếu in sentence case, the signature block beside the
recipients, a news lead before the document. Every document here is written for the test."""

from __future__ import annotations

import pytest

from vnreport.extract.selfdoc.casing import normal_case
from vnreport.pipeline import analyze_text
from vnreport.report.model import OfficialDocument

PLAN_TWO_LINE_ISSUER = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 45/KH-UBND
Hà Tĩnh, ngày 5 tháng 3 năm 2024
KẾ HOẠCH
Triển khai thực hiện Đề án phát triển du lịch cộng đồng năm 2024
Thực hiện Nghị quyết của Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Phát triển du lịch.
Nơi nhận:
- Thường trực Tỉnh ủy;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Thị Mai
"""

DECISION_TABS = """UBND TỈNH ĐỒNG THÁP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc
Số: 312/QĐ-SYT\tĐồng Tháp, ngày 05/3/2024
QUYẾT ĐỊNH
Về việc ban hành Quy chế chi tiêu nội bộ năm 2024
GIÁM ĐỐC SỞ Y TẾ
Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 5 tháng 4 năm 2021 của UBND tỉnh;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:\tGIÁM ĐỐC
- Như Điều 2;
- Lưu: VT.\tLê Văn Hùng
"""

PARTY_RESOLUTION = """TỈNH ỦY QUẢNG NINH
*
Số 12-NQ/TU | ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Ninh, ngày 20 tháng 6 năm 2024
NGHỊ QUYẾT
về phát triển kinh tế biển đến năm 2030,
tầm nhìn đến năm 2045
I. TÌNH HÌNH
Kinh tế biển phát triển.
Nơi nhận:
- Ban Bí thư (để b/c),
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Nguyễn Xuân Ký
"""

COUNCIL_WITH_LEAD = """(Chinhphu.vn) - Ngày 12/7, Hội đồng nhân dân tỉnh Nghệ An ban hành Nghị quyết về mức chi.
Chiều nay, ngày 15/7/2024 tỉnh công bố
Toàn văn Nghị quyết:
HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số: 08/2024/NQ-HĐND | Nghệ An, ngày 12 tháng 7 năm 2024
NGHỊ QUYẾT
Quy định mức chi hỗ trợ cho người có công với cách mạng
HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN
KHÓA XVIII, KỲ HỌP THỨ 21
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định mức chi hỗ trợ.
Điều 2. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2024.
Nơi nhận: | CHỦ TỊCH
- Như Điều 2; |
- Lưu: VT. | Hoàng Nghĩa Hiếu
"""

PLAN_PAGE_TITLE_CITY = """KẾ HOẠCH TRIỂN KHAI CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA NĂM 2024
ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do - Hạnh phúc
Số: 1020/KH-UBND | TP. Hồ Chí Minh, ngày 01 tháng 4 năm 2024
KẾ HOẠCH
Triển khai chương trình mục tiêu quốc gia năm 2024
I. MỤC TIÊU
Thực hiện tốt chương trình.
Nơi nhận:
- Như trên;
- Lưu: VT. | TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Dương Anh Đức
"""

DISTRICT_DECISION = """ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/QĐ-UBND
Đông Anh, ngày 18 tháng 9 năm 2023
QUYẾT ĐỊNH
V/v phê duyệt danh sách hộ nghèo năm 2023
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH
QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh sách.
KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Nguyễn Văn Tuấn
"""

NO_PLACE_LINE = """HỘI ĐỒNG NHÂN DÂN TỈNH THÁI BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 30/NQ-HĐND
NGHỊ QUYẾT
PHÊ DUYỆT KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN
GIAI ĐOẠN 2021 - 2025
HỘI ĐỒNG NHÂN DÂN TỈNH THÁI BÌNH
KHÓA XVII, KỲ HỌP THỨ 18
QUYẾT NGHỊ:
Điều 1. Thông qua kế hoạch.
CHỦ TỊCH
Nguyễn Tiến Thành
"""

MOTTO_WITH_DATE = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
    " Khánh Hòa, ngày 3 tháng 1 năm 2025\n"
)
MOTTO_WITH_DATE += """Số: 15/KH-SGDĐT
KẾ HOẠCH
Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2024 - 2025
I. MỤC ĐÍCH
Tổ chức kỳ thi.
GIÁM ĐỐC
Lê Thị Hồng
"""

RIGHT_COLUMN_FIRST = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 10 tháng 12 năm 2024
HỘI ĐỒNG NHÂN DÂN
TỈNH BẮC NINH
Số: 15/2024/NQ-HĐND
NGHỊ QUYẾT
QUY ĐỊNH MỨC HỖ TRỢ ĐỐI VỚI CÁN BỘ Y TẾ CƠ SỞ
HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh
"""


def document_of(text: str) -> OfficialDocument:
    document = analyze_text(text).document
    assert document is not None
    return document


def identity(document: OfficialDocument) -> tuple[str | None, ...]:
    return (document.date, document.place, document.issuer, document.title)


def signed(document: OfficialDocument) -> tuple[str | None, ...]:
    signer = document.signer
    assert signer is not None
    return (signer.name, signer.position, signer.authority)


def test_plan_with_issuer_on_two_lines_and_a_sentence_case_name() -> None:
    document = document_of(PLAN_TWO_LINE_ISSUER)
    assert identity(document) == (
        "2024-03-05",
        "Hà Tĩnh",
        "Ủy ban nhân dân tỉnh Hà Tĩnh",
        "Kế hoạch triển khai thực hiện Đề án phát triển du lịch cộng đồng năm 2024",
    )
    assert signed(document) == ("Trần Thị Mai", "Phó Chủ tịch", "KT.")


def test_cells_joined_by_tabs_and_the_signature_beside_the_recipients() -> None:
    document = document_of(DECISION_TABS)
    assert identity(document) == (
        "2024-03-05",
        "Đồng Tháp",
        "Sở Y tế",
        "Quyết định về việc ban hành Quy chế chi tiêu nội bộ năm 2024",
    )
    assert signed(document) == ("Lê Văn Hùng", "Giám đốc", None)
    assert document.recipients == ["Như Điều 2", "Lưu: VT"]


def test_party_resolution_with_a_trich_yeu_on_two_lines() -> None:
    document = document_of(PARTY_RESOLUTION)
    assert identity(document) == (
        "2024-06-20",
        "Quảng Ninh",
        "Tỉnh ủy Quảng Ninh",
        "Nghị quyết về phát triển kinh tế biển đến năm 2030, tầm nhìn đến năm 2045",
    )
    assert document.number == "12-NQ/TU"
    assert signed(document) == ("Nguyễn Xuân Ký", "Bí thư", "TM.")


def test_a_news_lead_before_the_document_gives_no_date_or_place() -> None:
    document = document_of(COUNCIL_WITH_LEAD)
    assert identity(document) == (
        "2024-07-12",
        "Nghệ An",
        "Hội đồng nhân dân tỉnh Nghệ An",
        "Nghị quyết quy định mức chi hỗ trợ cho người có công với cách mạng",
    )
    assert signed(document) == ("Hoàng Nghĩa Hiếu", "Chủ tịch", None)


def test_page_title_before_the_header_and_a_city_as_place() -> None:
    document = document_of(PLAN_PAGE_TITLE_CITY)
    assert document.number == "1020/KH-UBND"
    assert identity(document) == (
        "2024-04-01",
        "TP. Hồ Chí Minh",
        "Ủy ban nhân dân thành phố Hồ Chí Minh",
        "Kế hoạch triển khai chương trình mục tiêu quốc gia năm 2024",
    )
    assert signed(document) == ("Dương Anh Đức", "Phó Chủ tịch", "KT.")


def test_district_issuer_with_the_motto_on_its_line_and_a_dispatch_style_subject() -> None:
    document = document_of(DISTRICT_DECISION)
    assert identity(document) == (
        "2023-09-18",
        "Đông Anh",
        "Ủy ban nhân dân huyện Đông Anh",
        "Quyết định về việc phê duyệt danh sách hộ nghèo năm 2023",
    )
    assert signed(document) == ("Nguyễn Văn Tuấn", "Phó Chủ tịch", "KT.")


def test_no_place_line_and_a_name_on_two_capitals_lines() -> None:
    document = document_of(NO_PLACE_LINE)
    assert identity(document) == (
        None,
        None,
        "Hội đồng nhân dân tỉnh Thái Bình",
        "Nghị quyết phê duyệt kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025",
    )


def test_the_date_on_the_mottos_line() -> None:
    document = document_of(MOTTO_WITH_DATE)
    assert (document.date, document.place, document.issuer) == ("2025-01-03", "Khánh Hòa", "Sở Giáo dục và Đào tạo")
    assert document.title == "Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2024 - 2025"


def test_the_right_column_first() -> None:
    document = document_of(RIGHT_COLUMN_FIRST)
    assert identity(document) == (
        "2024-12-10",
        "Bắc Ninh",
        "Hội đồng nhân dân tỉnh Bắc Ninh",
        "Nghị quyết quy định mức hỗ trợ đối với cán bộ y tế cơ sở",
    )


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("QUY ĐỊNH MỨC HỖ TRỢ ĐỐI VỚI CÁN BỘ Y TẾ CƠ SỞ", "Quy định mức hỗ trợ đối với cán bộ y tế cơ sở"),
        ("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA SỞ Y TẾ", "Ban hành quy chế làm việc của Sở Y tế"),
    ],
)
def test_a_title_in_capitals_keeps_heads_inside_common_words_in_lower_case(written: str, normal: str) -> None:
    assert normal_case(written, domains=False) == normal


def test_a_place_after_its_unit_word_is_capitalised_in_an_issuer() -> None:
    assert normal_case("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH") == "Ủy ban nhân dân huyện Đông Anh"
    assert normal_case("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ") == "Ủy ban nhân dân xã Tân Phú"


WHOLE_HEADER_ON_ONE_LINE = (
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
    " Số: 125/KH-UBND Quảng Ninh, ngày 12 tháng 3 năm 2024\n"
)
WHOLE_HEADER_ON_ONE_LINE += """KẾ HOẠCH
Triển khai chuyển đổi số năm 2024
I. MỤC ĐÍCH
Đẩy mạnh chuyển đổi số.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An
"""

PARTY_CENTRAL = """BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 99-NQ/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 22 tháng 12 năm 2030
NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ
về phát triển công nghiệp văn hóa
I. TÌNH HÌNH
Thời gian qua đã đạt kết quả.
T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ
Trần Văn Lâm
"""

NOTICE_HYPHENATED_PLACE = """UBND TỈNH BÀ RỊA - VŨNG TÀU
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/TB-STNMT
Bà Rịa - Vũng Tàu, ngày 7 tháng 5 năm 2024
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4 năm 2024
Ngày 5/5/2024, Giám đốc Sở chủ trì cuộc họp.
GIÁM ĐỐC
(Đã ký)
NGUYỄN VĂN BÌNH
"""

SUBJECT_ON_THE_HEADING = """HĐND TỈNH GIA LAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THƯỜNG TRỰC HĐND | Độc lập - Tự do - Hạnh phúc
Số: 150/NQ-TTHĐND | Gia Lai, ngày 15 tháng 8 năm 2024
NGHỊ QUYẾT Về việc điều chỉnh chương trình giám sát năm 2024
THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI
QUYẾT NGHỊ:
Điều 1. Điều chỉnh chương trình.
TM. THƯỜNG TRỰC HĐND | CHỦ TỊCH | Hồ Văn Điềm
"""


def test_the_whole_header_on_one_line_and_the_signature_block_too() -> None:
    document = document_of(WHOLE_HEADER_ON_ONE_LINE)
    assert document.number == "125/KH-UBND"
    assert identity(document) == (
        "2024-03-12",
        "Quảng Ninh",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
        "Kế hoạch triển khai chuyển đổi số năm 2024",
    )
    assert signed(document) == ("Nguyễn Văn An", "Phó Chủ tịch", "KT.")
    assert document.signer is not None and document.signer.organization == "Ủy ban nhân dân"


def test_party_resolution_of_the_politburo_named_by_its_trich_yeu() -> None:
    document = document_of(PARTY_CENTRAL)
    assert identity(document) == (
        "2030-12-22",
        "Hà Nội",
        "Ban Chấp hành Trung ương",
        "Nghị quyết về phát triển công nghiệp văn hóa",
    )
    assert signed(document) == ("Trần Văn Lâm", "Tổng Bí thư", "TM.")


def test_a_hyphenated_province_as_place_and_a_name_in_capitals() -> None:
    document = document_of(NOTICE_HYPHENATED_PLACE)
    assert identity(document) == (
        "2024-05-07",
        "Bà Rịa - Vũng Tàu",
        "Sở Tài nguyên và Môi trường",
        "Thông báo kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4 năm 2024",
    )
    assert signed(document) == ("Nguyễn Văn Bình", "Giám đốc", None)


def test_the_trich_yeu_on_the_headings_line() -> None:
    document = document_of(SUBJECT_ON_THE_HEADING)
    assert document.title == "Nghị quyết về việc điều chỉnh chương trình giám sát năm 2024"
    assert signed(document) == ("Hồ Văn Điềm", "Chủ tịch", "TM.")


PROPERTIES_THEN_HEADER = """Nghị quyết 15/2024/NQ-HĐND quy định mức hỗ trợ đối với cán bộ y tế cơ sở
Số hiệu: | 15/2024/NQ-HĐND | Loại văn bản: | NGHỊ QUYẾT
Nơi ban hành: | Hội đồng nhân dân tỉnh Bắc Ninh | Người ký: | Nguyễn Quốc Chung
Ngày ban hành: | 10/12/2024 | Ngày hiệu lực: | 01/01/2025
HỘI ĐỒNG NHÂN DÂN
TỈNH BẮC NINH
-------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
--------------- |
Số: 15/2024/NQ-HĐND | Bắc Ninh, ngày 10 tháng 12 năm 2024 |
NGHỊ QUYẾT
QUY ĐỊNH MỨC HỖ TRỢ ĐỐI VỚI CÁN BỘ Y TẾ CƠ SỞ
HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
"""

PROPERTIES_ONLY = """Quyết định số 230/QĐ-UBND phê duyệt quy hoạch
Số hiệu: 230/QĐ-UBND Loại văn bản: Quyết định
Cơ quan ban hành: UBND tỉnh Thanh Hóa
Người ký: Lê Đức Giang
Ngày ban hành: 02/08/2023
Ngày hiệu lực: 02/08/2023
"""


def test_a_sites_properties_table_before_the_header_is_no_part_of_it() -> None:
    document = document_of(PROPERTIES_THEN_HEADER)
    assert document.number == "15/2024/NQ-HĐND"
    assert identity(document) == (
        "2024-12-10",
        "Bắc Ninh",
        "Hội đồng nhân dân tỉnh Bắc Ninh",
        "Nghị quyết quy định mức hỗ trợ đối với cán bộ y tế cơ sở",
    )
    assert document.signer is not None and document.signer.name == "Nguyễn Quốc Chung"  # `Người ký:`


def test_the_properties_table_alone_gives_what_the_header_would() -> None:
    document = document_of(PROPERTIES_ONLY)
    assert (document.kind, document.number, document.date, document.issuer, document.effective) == (
        "Quyết định",
        "230/QĐ-UBND",
        "2023-08-02",
        "UBND tỉnh Thanh Hóa",
        "2023-08-02",
    )
    assert document.signer is not None and document.signer.name == "Lê Đức Giang"


def test_a_long_news_lead_before_the_header() -> None:
    lead = "".join(f"Đoạn {i}: tỉnh ban hành kế hoạch phát triển du lịch cộng đồng năm nay.\n" for i in range(14))
    document = document_of("Kế hoạch phát triển du lịch\n" + lead + "Toàn văn Kế hoạch:\n" + PLAN_TWO_LINE_ISSUER)
    assert identity(document) == (
        "2024-03-05",
        "Hà Tĩnh",
        "Ủy ban nhân dân tỉnh Hà Tĩnh",
        "Kế hoạch triển khai thực hiện Đề án phát triển du lịch cộng đồng năm 2024",
    )


PARTY_DATE_BEFORE_NUMBER = """ĐẢNG BỘ TỈNH NGHỆ AN
BAN THƯỜNG VỤ TỈNH ỦY
*
Nghệ An, Ngày 12 tháng 4 năm 2024 Số 45-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
CHỈ THỊ
về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy
Thời gian qua, công tác phòng cháy đã đạt nhiều kết quả.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
Nguyễn Văn Thông
"""

BLANK_DAY = """ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 900/QĐ-UBND | Khánh Hòa, ngày    tháng 4 năm 2024
QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
"""


def test_party_directive_with_the_number_after_the_date() -> None:
    document = document_of(PARTY_DATE_BEFORE_NUMBER)
    assert (document.kind, document.number) == ("Chỉ thị", "45-CT/TU")
    assert identity(document) == (
        "2024-04-12",
        "Nghệ An",
        "Ban Thường vụ Tỉnh ủy",
        "Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy",
    )
    assert signed(document) == ("Nguyễn Văn Thông", "Phó Bí thư Thường trực", "TM.")


def test_a_day_left_blank_still_gives_the_place() -> None:
    document = document_of(BLANK_DAY)
    assert (document.date, document.place, document.issuer) == (None, "Khánh Hòa", "Ủy ban nhân dân tỉnh Khánh Hòa")


def test_the_trich_yeu_of_a_properties_table() -> None:
    document = document_of(PROPERTIES_ONLY + "Trích yếu: Về việc phê duyệt quy hoạch chi tiết\n")
    assert document.title == "Quyết định về việc phê duyệt quy hoạch chi tiết"


@pytest.mark.parametrize("page_date", ["Thứ Hai, ngày 16/12/2024", "Hà Nội, ngày 20/12/2024"])
def test_the_pages_own_date_line_before_the_header(page_date: str) -> None:
    document = document_of(page_date + "\n" + PLAN_TWO_LINE_ISSUER)
    assert document.number == "45/KH-UBND"
    assert identity(document) == (
        "2024-03-05",
        "Hà Tĩnh",
        "Ủy ban nhân dân tỉnh Hà Tĩnh",
        "Kế hoạch triển khai thực hiện Đề án phát triển du lịch cộng đồng năm 2024",
    )


FIRST_LINE_OF_THE_ISSUER_CELL = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 2150/QĐ-UBND | Lâm Đồng, ngày 14 tháng 11 năm 2024 |
QUYẾT ĐỊNH
Phê duyệt điều chỉnh quy hoạch chung đô thị
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;
"""


def test_a_bare_issuer_completed_by_the_enacting_line() -> None:
    document = document_of(FIRST_LINE_OF_THE_ISSUER_CELL.replace("Lâm Đồng, ngày", "Đà Lạt, ngày"))
    assert document.issuer == "Ủy ban nhân dân tỉnh Lâm Đồng"


@pytest.mark.parametrize(
    ("place", "issuer"),
    [("Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh"), ("Hà Nội", "Ủy ban nhân dân thành phố Hà Nội")],
)
def test_a_bare_local_issuer_completed_by_its_province(place: str, issuer: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        f"Số: 125/KH-UBND | {place}, ngày 15 tháng 3 năm 2024 |\n"
        "KẾ HOẠCH\nTriển khai thực hiện chương trình chuyển đổi số năm 2024\n"
    )
    assert document_of(text).issuer == issuer


def test_a_long_trich_yeu_is_still_the_name() -> None:
    name = (
        "Triển khai thực hiện Nghị quyết số 15-NQ/TU ngày 10 tháng 3 năm 2024 của Ban Thường vụ Tỉnh ủy về phát"
        " triển du lịch cộng đồng gắn với xây dựng nông thôn mới trên địa bàn tỉnh giai đoạn 2024 - 2030"
    )
    text = PLAN_TWO_LINE_ISSUER.replace("Triển khai thực hiện Đề án phát triển du lịch cộng đồng năm 2024", name)
    assert document_of(text).title == "Kế hoạch t" + name[1:]


def test_a_body_heading_under_the_kind_heading_is_no_name() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 125/KH-UBND | Quảng Ninh, ngày 15 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nA. MỤC ĐÍCH, YÊU CẦU\nĐẩy mạnh chuyển đổi số.\n"
    )
    assert document_of(text).title is None


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("KT. Chủ tịch\nPhó Chủ tịch\nNguyễn Văn An (Đã ký)\n", ("Nguyễn Văn An", "Phó Chủ tịch", "KT.")),
        ("CHỦ TỊCH\n(Đã ký) Nguyễn Văn An\n", ("Nguyễn Văn An", "Chủ tịch", None)),
    ],
)
def test_a_signature_note_beside_the_name_and_a_block_in_normal_case(block: str, expected: tuple[str, ...]) -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 125/KH-UBND | Quảng Ninh, ngày 15 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nTriển khai chuyển đổi số\nI. MỤC ĐÍCH\nĐẩy mạnh chuyển đổi số.\n"
    )
    assert signed(document_of(text + block)) == expected


def test_each_column_of_the_header_run_together() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH Số: 125/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        " Độc lập - Tự do - Hạnh phúc Quảng Ninh, ngày 15 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nTriển khai chuyển đổi số\nI. MỤC ĐÍCH\nĐẩy mạnh chuyển đổi số.\n"
    )
    document = document_of(text)
    assert document.number == "125/KH-UBND"
    assert identity(document) == (
        "2024-03-15",
        "Quảng Ninh",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
        "Kế hoạch triển khai chuyển đổi số",
    )


def test_the_number_on_the_kind_headings_line() -> None:
    text = (
        "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Bắc Ninh, ngày 10 tháng 12 năm 2024\n"
        "NGHỊ QUYẾT SỐ 15/2024/NQ-HĐND\n"
        "Quy định mức hỗ trợ đối với cán bộ y tế cơ sở\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    document = document_of(text)
    assert (document.number, document.title) == (
        "15/2024/NQ-HĐND",
        "Nghị quyết quy định mức hỗ trợ đối với cán bộ y tế cơ sở",
    )


@pytest.mark.parametrize(
    "rows",
    [
        # the motto with odd spacing round its hyphens, the date after it on its line
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập -Tự do- Hạnh phúc Quảng Ninh, ngày 15 tháng 3 năm 2024\nSố: 125/KH-UBND\n",
        # a rule before the date in its cell, a date without `ngày`
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "--------- | --------------- Quảng Ninh, 15/3/2024\nSố: 125/KH-UBND\n",
        # the issuer and the place-date line run together
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH Quảng Ninh, ngày 15 tháng 3 năm 2024 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 125/KH-UBND\n",
    ],
)
def test_place_date_lines_as_pages_mangle_them(rows: str) -> None:
    document = document_of(rows + "KẾ HOẠCH\nTriển khai chuyển đổi số\nI. MỤC ĐÍCH\nĐẩy mạnh chuyển đổi số.\n")
    assert identity(document) == (
        "2024-03-15",
        "Quảng Ninh",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
        "Kế hoạch triển khai chuyển đổi số",
    )


def test_a_zero_width_space_before_a_field() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "\u200bSố: 125/KH-UBND | \u200bQuảng Ninh, ngày 15 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nTriển khai chuyển đổi số\n"
    )
    document = document_of(text)
    assert (document.number, document.date, document.place) == ("125/KH-UBND", "2024-03-15", "Quảng Ninh")


def test_date_and_issuer_from_the_pages_own_mention_when_the_header_lacks_them() -> None:
    text = (
        "Kế hoạch số 125/KH-UBND ngày 15/3/2024 của UBND tỉnh Quảng Ninh về chuyển đổi số\n"
        "Số: 125/KH-UBND\nKẾ HOẠCH\nTriển khai chuyển đổi số\nI. MỤC ĐÍCH\nĐẩy mạnh chuyển đổi số.\n"
    )
    document = document_of(text)
    assert (document.date, document.issuer) == ("2024-03-15", "UBND tỉnh Quảng Ninh")
