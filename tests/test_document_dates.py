"""A document without a date of its own takes the day of the sentence that issues it (dating.py)."""

from __future__ import annotations

import pytest

from vnreport.extract.documents import extract_documents, reference_key
from vnreport.segment.document import segment


def dated(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.date) for r in extract_documents(segment(text, words=False))]


def test_a_signed_decision_takes_the_day_even_without_a_year() -> None:
    text = "Ngày 4-7, ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh đã ký quyết định 2210/QĐ-UBND về việc thành lập đoàn."
    assert dated(text) == [("quyết định 2210/QĐ-UBND", "XXXX-07-04")]


def test_a_law_passed_in_a_dated_sentence() -> None:
    text = "Sáng 12/11/2024, Quốc hội biểu quyết thông qua Luật Công chứng (sửa đổi) với đa số phiếu tán thành."
    assert dated(text) == [("Luật Công chứng (sửa đổi)", "2024-11-12")]


def test_a_law_passed_later_in_the_session_day() -> None:
    text = (
        "Thứ Năm, ngày 14/11/2024, Quốc hội dành cả ngày cho các dự án luật. Buổi sáng, các đại biểu nghe "
        "Ủy ban Pháp luật báo cáo tiếp thu dự thảo Luật Lưu trữ (sửa đổi). Cuối buổi, Quốc hội biểu "
        "quyết thông qua Luật Lưu trữ (sửa đổi) với đa số đại biểu tán thành."
    )
    assert dated(text) == [("Luật Lưu trữ (sửa đổi)", "2024-11-14")]


def test_documents_passed_by_an_anaphor() -> None:
    text = (
        "Ngày 20/6/2024, Quốc hội nghe báo cáo về dự thảo Luật Thư viện (sửa đổi); Luật Cảng cạn. "
        "Cuối phiên, Quốc hội biểu quyết thông qua các Luật nêu trên."
    )
    assert dated(text) == [("Luật Thư viện (sửa đổi)", "2024-06-20"), ("Luật Cảng cạn", "2024-06-20")]


def test_a_law_passed_before_the_story_is_not_dated_by_it() -> None:
    text = "Sáng 5/3/2025, Quốc hội khai mạc kỳ họp. Trước đó, Quốc hội đã thông qua Luật Đầu tư công (sửa đổi)."
    assert dated(text) == [("Luật Đầu tư công (sửa đổi)", None)]


def test_a_law_of_another_year_is_not_dated_by_the_day() -> None:
    text = "Ngày 5/3/2025, đại biểu nhắc lại rằng Quốc hội thông qua Luật Đất đai năm 2013 sau nhiều kỳ họp."
    assert dated(text) == [("Luật Đất đai năm 2013", None)]


def test_a_cited_document_is_not_dated_by_the_sentence() -> None:
    text = "Ngày 5/3/2025, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND thực hiện Chỉ thị số 12-CT/TU của Tỉnh ủy."
    assert dated(text) == [("Kế hoạch số 45/KH-UBND", "2025-03-05"), ("Chỉ thị số 12-CT/TU", None)]


def test_a_number_in_brackets_restates_the_document_the_verb_issues() -> None:
    text = (
        "Ngày 3/11/2025, thay mặt Bộ Chính trị, đồng chí Trần Văn A ký ban hành Kết luận của Bộ Chính trị về "
        "tiếp tục thực hiện Nghị quyết về công tác dân tộc (Kết luận số 211-KL/TW)."
    )
    found = dict(dated(text))
    assert found["Kết luận số 211-KL/TW"] == "2025-11-03"


def test_an_announced_decision_is_not_issued_that_day() -> None:
    text = "Ngày 10/9/2025, Ban Tổ chức Tỉnh ủy công bố Quyết định số 1234-QĐ/TU về công tác cán bộ."
    assert dated(text) == [("Quyết định số 1234-QĐ/TU", None)]


def test_a_law_named_with_its_date_after_the_name() -> None:
    text = "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nCăn cứ Luật Đất đai ngày 18/01/2024;"
    assert dated(text) == [("Luật Tổ chức Chính phủ", "2025-02-18"), ("Luật Đất đai", "2024-01-18")]


def test_a_date_after_a_comma_opens_the_next_clause() -> None:
    text = "Theo Luật Đất đai, ngày 1/8/2024 là ngày các quy định mới bắt đầu được áp dụng trên toàn quốc."
    assert dated(text) == [("Luật Đất đai", None)]


def test_a_law_that_names_itself_takes_the_date_of_its_header() -> None:
    from vnreport.pipeline import analyze_text

    text = (
        "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Luật số: 99/2030/QH17\nHà Nội, ngày 20 tháng 11 năm 2030\nLUẬT\nTHƯ VIỆN SỐ\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Thư viện số.\n"
        "Điều 1. Phạm vi điều chỉnh\nLuật này quy định về thư viện số.\n"
    )
    report = analyze_text(text)
    own = [d for d in report.documents if "self" in d.roles]
    assert own and all(d.date == "2030-11-20" for d in own)


def test_a_letter_the_sentence_says_a_body_had_takes_its_day() -> None:
    from vnreport.extract.dates import extract_dates
    from vnreport.extract.documents import extract_documents
    from vnreport.segment.document import segment

    doc = segment("Ngày 14/3/2018, Sở Tài chính đã có Công văn số 812/STC-QLG gửi các huyện.", words=False)
    assert [(r.number, r.date) for r in extract_documents(doc, extract_dates(doc))] == [("812/STC-QLG", "2018-03-14")]


def test_a_treaty_signed_in_a_year_takes_that_year() -> None:
    text = "Các dấu mốc: năm 2012 ký tuyên bố chung, năm 2016 ký hiệp định thương mại tự do giữa Việt Nam với Khối A."
    found = extract_documents(segment(text, words="dictionary"))
    assert [(r.text, r.date) for r in found] == [("hiệp định thương mại tự do giữa Việt Nam với Khối A", "2016")]


def test_a_year_of_another_document_does_not_date_it() -> None:
    text = "Năm 2018, Thủ tướng ký Quyết định số 12/2016/QĐ-TTg về việc giao nhiệm vụ."
    assert dated(text) == [("Quyết định số 12/2016/QĐ-TTg", None)]


def test_the_presented_document_is_dated_by_its_closing_sentence() -> None:
    text = (
        "Báo đăng toàn văn Nghị quyết số 12/2019/QH14 về việc phê chuẩn. Căn cứ Luật Tổ chức Quốc hội số "
        "57/2014/QH13; QUYẾT NGHỊ: Điều 1. Phê chuẩn. Nghị quyết này được Quốc hội khóa XIV, kỳ họp thứ 7, "
        "thông qua ngày 10 tháng 6 năm 2019."
    )
    assert dated(text) == [
        ("Nghị quyết số 12/2019/QH14", "2019-06-10"),
        ("Luật Tổ chức Quốc hội số 57/2014/QH13", None),
    ]


def test_a_plan_quoted_by_its_title_is_dated_by_the_sentence_that_issues_it() -> None:
    text = (
        "Theo Sở Du lịch, “Quy hoạch tổng thể phát triển Khu nghỉ dưỡng X, TP.Y đến năm 2035, tầm nhìn đến "
        "năm 2050” do một viện tư vấn soạn thảo. Quy hoạch này được khởi thảo từ năm 2021 và tới ngày 9/11/2024 "
        "mới được ban hành theo Quyết định 917/QĐ-TTg."
    )
    plan = "Quy hoạch tổng thể phát triển Khu nghỉ dưỡng X, TP.Y đến năm 2035, tầm nhìn đến năm 2050"
    found = extract_documents(segment(text, words="dictionary"))
    assert [(r.text, r.date) for r in found] == [(plan, "2024-11-09"), ("Quyết định 917/QĐ-TTg", "2024-11-09")]
    assert reference_key(plan) == found[0].key


def test_an_effective_date_does_not_date_the_presented_document() -> None:
    text = "Chính phủ mới ban hành Nghị định 71/2031 về kho số dùng chung. Nghị định này có hiệu lực từ ngày 1/9/2031."
    assert dated(text) == [("Nghị định 71/2031", None)]


def test_an_effective_date_does_not_date_a_later_vote() -> None:
    text = (
        "Chiều 20/11/2025, Quốc hội thông qua Luật Thủy lợi (sửa đổi). Luật có hiệu lực thi hành từ ngày "
        "1/1/2026. Cũng trong phiên họp, Quốc hội thông qua Nghị quyết số 88/2025/QH15 về dự toán ngân sách."
    )
    assert dated(text) == [("Luật Thủy lợi (sửa đổi)", "2025-11-20"), ("Nghị quyết số 88/2025/QH15", "2025-11-20")]


def test_the_date_its_signer_signed_it() -> None:
    text = (
        "Đề án được duyệt theo Quyết định 742/QĐ-TTg của Thủ tướng Chính phủ do Phó Thủ tướng Trần Quốc Bảo "
        "ký ngày 8.5.2023."
    )
    assert dated(text) == [("Quyết định 742/QĐ-TTg", "2023-05-08")]


def test_documents_listed_after_the_issuing_verb_share_its_day() -> None:
    text = (
        "Ngày 14/3/2025, Chủ tịch UBND tỉnh Trần Minh Đức ký Quyết định số 301/QĐ-UBND, Quyết định số "
        "302/QĐ-UBND và Quyết định số 303/QĐ-UBND về công tác cán bộ."
    )
    assert dated(text) == [
        ("Quyết định số 301/QĐ-UBND", "2025-03-14"),
        ("Quyết định số 302/QĐ-UBND", "2025-03-14"),
        ("Quyết định số 303/QĐ-UBND", "2025-03-14"),
    ]


def test_a_document_with_a_subject_between_does_not_share_the_day() -> None:
    text = "Ngày 14/3/2025, UBND tỉnh ký Quyết định số 301/QĐ-UBND về giá đất và Quyết định số 302/QĐ-UBND về phí."
    assert dated(text)[1] == ("Quyết định số 302/QĐ-UBND", None)


def test_a_date_after_the_body_that_issued_it() -> None:
    text = (
        "Mức hỗ trợ tăng theo Quyết định số 88/QĐ-UBND được UBND tỉnh Quảng Trị ban hành ngày 6/2/2025; "
        "Luật Nhà giáo được Quốc hội khóa XV thông qua ngày 16/6/2025."
    )
    assert dated(text) == [("Quyết định số 88/QĐ-UBND", "2025-02-06"), ("Luật Nhà giáo", "2025-06-16")]


def test_a_letter_sent_or_a_decision_made_that_day() -> None:
    text = (
        "Ngày 12/5/2025, Bộ Giáo dục gửi Công văn số 2345/BGDĐT-GDPT tới các sở. Ngày 13/5/2025, Cơ quan "
        "CSĐT đã ra Quyết định số 71/QĐ-CSĐT. Ngày 14/5/2025, Thủ tướng phát đi Công điện số 66/CĐ-TTg."
    )
    assert [d for _, d in dated(text)] == ["2025-05-12", "2025-05-13", "2025-05-14"]


def test_a_date_after_a_long_subject_with_its_issuing_verb() -> None:
    text = (
        "Các xã thực hiện Kế hoạch số 88/KH-UBND của UBND tỉnh về phát triển kinh tế số năm 2025 được ban hành "
        "ngày 6/1/2025. Quyết định số 214/QĐ-UBND về việc phê duyệt đề án trồng rừng giai đoạn 2025-2030 do "
        "Chủ tịch UBND tỉnh, ông Lê Văn Tâm ký ngày 12/2/2025 có hiệu lực từ ngày 1/3/2025."
    )
    assert dated(text) == [("Kế hoạch số 88/KH-UBND", "2025-01-06"), ("Quyết định số 214/QĐ-UBND", "2025-02-12")]


def test_an_effective_date_or_another_documents_verb_after_the_subject_dates_nothing() -> None:
    text = (
        "Nghị định số 71/2025/NĐ-CP về quản lý phí có hiệu lực từ ngày 1/7/2025. Kế hoạch số 9/KH-UBND về "
        "triển khai Quyết định số 55/QĐ-UBND được ban hành ngày 3/3/2025 đã được các sở thực hiện."
    )
    found = dict(dated(text))
    assert found["Nghị định số 71/2025/NĐ-CP"] is None
    assert found["Kế hoạch số 9/KH-UBND"] is None


def test_a_date_after_the_plenum_that_adopted_it() -> None:
    text = "Tỉnh quán triệt Nghị quyết số 71-NQ/TW Hội nghị lần thứ 12 Ban Chấp hành Trung ương khóa XIII ngày 3/5/2025"
    assert dated(text) == [("Nghị quyết số 71-NQ/TW", "2025-05-03")]


def test_documents_signed_together_then_named_one_by_one() -> None:
    text = (
        "Ngày 9-10, Phó Thủ tướng Trần Văn Lâm ký các Quyết định của Thủ tướng Chính phủ phê chuẩn kết quả bầu "
        "Chủ tịch UBND hai tỉnh. Cụ thể, tại Quyết định số 1901, Thủ tướng phê chuẩn kết quả bầu Chủ tịch UBND "
        "tỉnh Hòa Lâm đối với ông Đinh Khải. Tại Quyết định số 1902, Thủ tướng phê chuẩn việc miễn nhiệm ông Hà Sơn."
    )
    assert dated(text) == [("Quyết định số 1901", "XXXX-10-09"), ("Quyết định số 1902", "XXXX-10-09")]


def test_a_date_after_the_session_that_passed_it_or_with_a_part_of_day() -> None:
    text = (
        "Luật Địa chất và khoáng sản năm 2024 được Quốc hội khóa XV thông qua tại kỳ họp thứ 7 ngày 29/11/2024. "
        "Nghị quyết số 77/2025/QH15 được Quốc hội thông qua tại Kỳ họp thứ 9, ngày 20/6/2025 về thuế. "
        "Luật Nhà giáo được thông qua chiều 16/6/2025."
    )
    assert dated(text) == [
        ("Luật Địa chất và khoáng sản năm 2024", "2024-11-29"),
        ("Nghị quyết số 77/2025/QH15", "2025-06-20"),
        ("Luật Nhà giáo", "2025-06-16"),
    ]


def test_a_vote_is_not_dated_by_a_biography_told_before_it() -> None:
    text = (
        "Sáng 14/10, Hội đồng nhân dân tỉnh họp kỳ họp chuyên đề và bầu ông Lê Văn An giữ chức Chủ tịch. "
        "Ông Lê Văn An sinh ngày 3-2-1970, quê quán tỉnh Nam Định. Ngày vào Đảng: 9-9-1995. "
        "Kỳ họp đã biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công trung hạn của tỉnh."
    )
    assert dated(text) == [("Nghị quyết về kế hoạch đầu tư công trung hạn của tỉnh", "XXXX-10-14")]


def test_a_plan_issued_with_a_dated_decision_bears_its_date() -> None:
    text = (
        "Hiệp hội kiến nghị rà soát “Quy hoạch tổng thể phát triển Khu du lịch Hồ Xanh” do Sở Du lịch chủ trì "
        "lập và được ban hành theo Quyết định 415/QĐ-UBND của UBND tỉnh do Phó Chủ tịch Trần Văn B ký ngày 12/3/2019."
    )
    found = dict(dated(text))
    assert found["Quyết định 415/QĐ-UBND"] == "2019-03-12"
    assert next(d for t, d in found.items() if t.startswith("Quy hoạch")) == "2019-03-12"


def test_a_plan_approved_by_a_decision_keeps_no_date() -> None:
    text = (
        "Quy hoạch chung xây dựng Khu du lịch Hồ Xanh đến năm 2030 được UBND tỉnh phê duyệt theo "
        "Quyết định số 415/QĐ-UBND ngày 12/3/2019."
    )
    found = dict(dated(text))
    assert found["Quyết định số 415/QĐ-UBND"] == "2019-03-12"
    assert next(d for t, d in found.items() if t.startswith("Quy hoạch")) is None


def test_a_document_s_own_day_without_a_year_after_its_number() -> None:
    text = "Các tỉnh thực hiện nghiêm Công điện số 25, ngày 9/8 của Thủ tướng Chính phủ về ứng phó bão."
    assert dated(text) == [("Công điện số 25", "XXXX-08-09")]


def test_a_document_that_came_out_on_a_day() -> None:
    # `ra` right after the number, before a day, is the document's coming out; `ra đời` is no date of it
    text = "Bà Hoa cho biết Nga ủng hộ Nghị quyết số 4821 ra ngày 5/9 của Hội đồng Bảo an về các biện pháp mới."
    assert dated(text) == [("Nghị quyết số 4821", "XXXX-09-05")]


def test_a_document_that_came_into_being_on_a_day_is_not_dated_by_it() -> None:
    text = "Bà Hoa cho biết Nghị định số 48 ra đời ngày 5/9 đã giúp nhiều doanh nghiệp mở rộng sản xuất."
    assert dated(text) == [("Nghị định số 48", None)]


def test_a_document_signed_on_a_day_written_with_hom() -> None:
    text = (
        "Quyết định số 77/QĐ-UBND được Chủ tịch tỉnh ký hôm 12/3 đã giao đất cho dự án. Thông tư 15 ký hôm 8/4 "
        "có hiệu lực sau 45 ngày."
    )
    assert dated(text) == [("Quyết định số 77/QĐ-UBND", "XXXX-03-12"), ("Thông tư 15", "XXXX-04-08")]


def test_an_agreement_signed_on_a_day_written_after_it() -> None:
    text = (
        "Hai bộ trưởng đánh giá cao Hiệp định Hợp tác nghề cá giữa hai nước với tổng giá trị 5 triệu USD "
        "mà hai bên đã ký kết vào ngày 3/10/2019 tại Hà Nội."
    )
    assert dated(text) == [("Hiệp định Hợp tác nghề cá giữa hai nước", "2019-10-03")]


def test_a_signing_inside_a_note_in_brackets_does_not_date_the_document() -> None:
    # the bracket speaks of the agreement the protocol amends, not of the protocol
    text = (
        "Bộ trưởng nhắc đến Nghị định thư sửa đổi Hiệp định Hàng hải (văn kiện gốc được ký kết ngày 8/2/1994 "
        "tại Hà Nội) trong bài phát biểu."
    )
    assert ("Nghị định thư sửa đổi Hiệp định Hàng hải", None) in dated(text)


def test_an_agreement_named_inside_the_signed_protocol_keeps_no_date() -> None:
    text = "Nghị định thư sửa đổi Hiệp định Vận tải đường bộ giữa hai nước đã được ký kết ngày 6/5/2021 tại Viêng Chăn."
    found = dict(dated(text))
    assert found.get("Nghị định thư sửa đổi Hiệp định Vận tải đường bộ giữa hai nước") == "2021-05-06"
    assert found.get("Hiệp định Vận tải đường bộ giữa hai nước") is None


def test_an_agreement_signed_on_a_day_written_with_hom_after_it() -> None:
    # `hôm` is no part of the date mention: the day starts one word after the verb
    text = "Hai bộ trưởng đánh giá cao Hiệp định Hợp tác nghề cá giữa hai nước mà hai bên ký kết hôm 22/5 tại Hà Nội."
    assert dated(text) == [("Hiệp định Hợp tác nghề cá giữa hai nước", "XXXX-05-22")]


@pytest.mark.parametrize("space", ["  ", "\u00a0"])
def test_a_registration_is_no_signing_whatever_the_space(space: str) -> None:
    text = (
        f"Công ty cho biết Hiệp định Hợp tác nghề cá giữa hai nước giúp doanh nghiệp đăng{space}ký ngày 3/10/2019 "
        "một dự án mới."
    )
    assert dated(text) == [("Hiệp định Hợp tác nghề cá giữa hai nước", None)]


def test_a_signing_after_another_document_is_that_ones() -> None:
    text = (
        "Hai bộ trưởng nhắc đến Hiệp định Hợp tác nghề cá giữa hai nước và Nghị định thư số 12 về kiểm dịch "
        "mà hai bên ký kết ngày 3/10/2019 tại Hà Nội."
    )
    assert dict(dated(text)).get("Hiệp định Hợp tác nghề cá giữa hai nước") is None


def test_a_decision_cited_as_the_instrument_of_an_act_takes_the_sentence_s_day() -> None:
    text = (
        "Ngày 14/4/2017, đình làng An Phú được Bộ Văn hóa, Thể thao và Du lịch xếp hạng di tích cấp quốc gia "
        "tại Quyết định số 153."
    )
    assert dated(text) == [("Quyết định số 153", "2017-04-14")]


def test_a_decision_that_appoints_takes_the_day_of_the_appointment() -> None:
    text = "Ngày 12/7, ông Lê Văn An được bổ nhiệm giữ chức Giám đốc Sở Tài chính theo Quyết định số 128/QĐ-UBND."
    assert dated(text) == [("Quyết định số 128/QĐ-UBND", "XXXX-07-12")]


def test_a_decision_announced_at_a_ceremony_is_not_dated_by_it() -> None:
    text = (
        "Ngày 5/6, UBND huyện tổ chức lễ công bố xã An Bình được công nhận đạt chuẩn nông thôn mới theo "
        "Quyết định số 55/QĐ-UBND."
    )
    assert dated(text) == [("Quyết định số 55/QĐ-UBND", None)]


def test_a_decree_cited_after_an_act_is_its_legal_basis() -> None:
    text = "Ngày 3/6, UBND tỉnh thành lập tổ công tác thẩm định tàu cá theo Nghị định 67/2014/NĐ-CP."
    assert dict(dated(text)).get("Nghị định 67/2014/NĐ-CP") is None


def test_an_act_verb_of_another_clause_does_not_date_the_decision() -> None:
    text = "Ngày 8/3, dự án được phê duyệt, nhưng chủ đầu tư có sơ suất tại Quyết định số 41/QĐ-UBND."
    assert dated(text) == [("Quyết định số 41/QĐ-UBND", None)]


def test_an_agreement_signed_at_a_ceremony_after_the_story_s_day() -> None:
    text = (
        "Ngày 11/7, đoàn lãnh đạo tỉnh dự hội thảo xúc tiến đầu tư tại Washington. Sau hội thảo, lễ ký Thỏa "
        "thuận hợp tác giữa bang Virginia và tỉnh Long An đã diễn ra."
    )
    assert dated(text) == [("Thỏa thuận hợp tác giữa bang Virginia và tỉnh Long An", "XXXX-07-11")]
