from __future__ import annotations

import pytest

from tests.conftest import needs_shared
from vnreport.extract.documents import extract_documents, reference_key
from vnreport.report.model import DocumentRef
from vnreport.segment.document import segment


def refs(text: str, year: int | None = None) -> list[DocumentRef]:
    doc = segment(text, words=False)
    doc.year = year
    found = extract_documents(doc)
    for ref in found:
        assert text[ref.start : ref.end] == ref.text
        for mention in ref.mentions:
            assert text[mention.start : mention.end] == mention.text
    return found


def one(text: str, year: int | None = None) -> DocumentRef:
    found = refs(text, year)
    assert len(found) == 1, [r.text for r in found]
    return found[0]


# --- full references: numbers, keys, kinds -------------------------------------------------------


def test_party_resolution_with_date_issuer_and_subject() -> None:
    ref = one("Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ")
    assert ref.text == "Nghị quyết số 57-NQ/TW"
    assert (ref.kind, ref.number, ref.key) == ("Nghị quyết", "57-NQ/TW", "57-NQ/TW")
    assert (ref.system, ref.type_code, ref.issuer_codes) == ("party", "NQ", ["TW"])
    assert ref.date == "2024-12-22"
    assert ref.issuer == "Bộ Chính trị"
    assert ref.subject == "đột phá phát triển khoa học"
    assert ref.year == 2024


def test_plan_with_comma_before_date_and_unquoted_subject() -> None:
    ref = one("triển khai Kế hoạch số 258-KH/TU, ngày 15/7/2024 về công tác tổ chức Đại hội Đảng bộ các cấp, tiến tới")
    assert ref.text == "Kế hoạch số 258-KH/TU"
    assert ref.kind == "Kế hoạch"
    assert ref.date == "2024-07-15"
    assert ref.issuer is None
    assert ref.subject == "công tác tổ chức Đại hội Đảng bộ các cấp"


def test_directive_with_quoted_subject_and_provincial_issuer() -> None:
    ref = one(
        "Chỉ thị số 31-CT/TU ngày 7/8/2023 của Ban Thường vụ Thành ủy Hải Phòng về “Siết chặt nề nếp, "
        "kỷ cương và trách nhiệm xử lý hồ sơ”…"
    )
    assert ref.date == "2023-08-07"
    assert ref.issuer == "Ban Thường vụ Thành ủy Hải Phòng"
    assert ref.subject == "Siết chặt nề nếp, kỷ cương và trách nhiệm xử lý hồ sơ"


def test_state_decision_with_hyphen_date_issuer_and_approval() -> None:
    ref = one("Quyết định số 1234/QĐ-UBND ngày 15-7-2024 của UBND tỉnh Nghệ An phê duyệt quy hoạch chung.")
    assert (ref.kind, ref.key, ref.system, ref.type_code) == ("Quyết định", "1234/QĐ-UBND", "state", "QĐ")
    assert ref.date == "2024-07-15"
    assert ref.issuer == "UBND tỉnh Nghệ An"
    assert ref.subject == "phê duyệt quy hoạch chung"


def test_spelled_out_date_and_prime_minister_issuer() -> None:
    ref = one("Quyết định số 19/2025/QĐ-TTg ngày 05 tháng 01 năm 2026 của Thủ tướng Chính phủ ban hành bảng mã")
    assert ref.date == "2026-01-05"
    assert ref.issuer == "Thủ tướng Chính phủ"
    assert ref.year == 2025


def test_effective_date_is_not_the_document_date() -> None:
    ref = one("Nghị định 100/2019/NĐ-CP có hiệu lực từ ngày 1/1/2020.")
    assert ref.date is None
    assert ref.year == 2019


def test_date_without_year_takes_the_publication_year() -> None:
    assert one("theo Kết luận số 121-KL/TW ngày 24/1", year=2025).date == "2025-01-24"
    assert one("theo Kết luận số 121-KL/TW ngày 24/1").date == "XXXX-01-24"  # no year from the text


def test_tu_variants_give_one_entry() -> None:
    ref = one("Nghị quyết số 15-NQ/TƯ của Bộ Chính trị. Sau đó, Nghị quyết 15-NQ/TW được quán triệt.")
    assert ref.number == "15-NQ/TƯ"
    assert ref.key == "15-NQ/TW"
    assert len(ref.mentions) == 2


@pytest.mark.parametrize("written", ["57/NQ-TW", "57-NQ-TW", "57 - NQ/TW", "57– NQ /TW", "57\u2011NQ/TW", "57-NQ/Tw"])
def test_party_symbol_variants_normalise(written: str) -> None:
    ref = one(f"Nghị quyết {written} của Bộ Chính trị")
    assert ref.number == written
    assert ref.key == "57-NQ/TW"
    assert ref.system == "party"


def test_ascii_and_eth_codes_normalise() -> None:
    assert one("Quyết định 123/QD-UBND").key == "123/QĐ-UBND"
    assert one("Nghị định 30/2020/NÐ-CP").key == "30/2020/NĐ-CP"


def test_kind_comes_from_the_word_before_the_number() -> None:
    assert one("Quy định số 144-QĐ/TW").kind == "Quy định"
    assert one("Quyết định số 144-QĐ/TW").kind == "Quyết định"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("theo 1234/QĐ-UBND", "Quyết định"),
        ("theo 100/2019/NĐ-CP", "Nghị định"),
        ("theo 15/CĐ-TTg", "Công điện"),
        ("theo 567/BTC-TCT", "Công văn"),
        ("theo số 4021/VPCP-CN", "Công văn"),
        ("theo 05/CT-TTg", "Chỉ thị"),
        ("theo 24-CT/TU", "Chỉ thị"),
        ("theo 08-QĐi/TW", "Quy định"),
        ("theo 68/2020/QH14", "Luật"),
        ("theo 76/2025/UBTVQH15", "Nghị quyết"),
    ],
)
def test_kind_of_a_bare_symbol_comes_from_its_code(text: str, kind: str) -> None:
    assert one(text).kind == kind


def test_joint_circular_splits_its_issuers() -> None:
    ref = one("Thông tư liên tịch số 01/2014/TTLT-BTP-TANDTC-VKSNDTC")
    assert ref.kind == "Thông tư liên tịch"
    assert (ref.type_code, ref.issuer_codes, ref.year) == ("TTLT", ["BTP", "TANDTC", "VKSNDTC"], 2014)


def test_law_header_number() -> None:
    ref = one("QUỐC HỘI\nLuật   số: 68/2020/QH14\nHà Nội, ngày 13 tháng 11 năm 2020")
    assert ref.text == "Luật   số: 68/2020/QH14"
    assert (ref.kind, ref.key, ref.issuer_codes, ref.year) == ("Luật", "68/2020/QH14", ["QH14"], 2020)


def test_draft_without_number() -> None:
    ref = one("Số:      /QĐ-UBND\nQUYẾT ĐỊNH")
    assert ref.number is None
    assert ref.kind == "Quyết định"


def test_issuer_with_comma_and_and_inside_its_name() -> None:
    ref = one("Thông tư số 12/2024/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về quản lý lễ hội")
    assert ref.issuer == "Bộ Văn hóa, Thể thao và Du lịch"
    assert ref.subject == "quản lý lễ hội"


def test_issuer_stops_before_the_next_document() -> None:
    found = refs("Nghị định số 58 của Chính phủ và Quyết định số 91 của Thủ tướng Chính phủ")
    assert [r.issuer for r in found] == ["Chính phủ", "Thủ tướng Chính phủ"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Chỉ thị số 05-CT/TW về «Đẩy mạnh học tập»", "Đẩy mạnh học tập"),
        ('Chỉ thị số 05-CT/TW về "Đẩy mạnh học tập"', "Đẩy mạnh học tập"),
        ("Chỉ thị số 05-CT/TW về “Đẩy mạnh “kiểm tra” và giám sát”", "Đẩy mạnh “kiểm tra” và giám sát"),
    ],
)
def test_subject_quotes_pair_with_their_own_closing_mark(text: str, subject: str) -> None:
    assert one(text).subject == subject


def test_quote_after_a_comma_is_not_a_subject() -> None:
    assert one('Nhiều DN vẫn phớt lờ Nghị định 87/2015/NĐ-CP, "ém" thông tin').subject is None


def test_coordinated_numbers_share_the_type_word() -> None:
    found = refs("Giấy giới thiệu số 12/STP-GGT và số 13/STP-GGT không ghi ngày")
    assert [(r.kind, r.key) for r in found] == [("Giấy giới thiệu", "12/STP-GGT"), ("Giấy giới thiệu", "13/STP-GGT")]


def test_old_style_decree_number_needs_a_type_word() -> None:
    assert one("giao đất theo Nghị định 64/CP, đã được cấp").key == "64/CP"
    assert refs("nhà số 12/A đường Lê Lợi") == []


# --- structural units ----------------------------------------------------------------------------


def test_structural_units_are_kept_apart_from_the_mention() -> None:
    ref = one("theo điểm a khoản 1 Điều 5 Nghị định 30/2020/NĐ-CP và Điều 7 Nghị định 30/2020/NĐ-CP")
    assert ref.text == "Nghị định 30/2020/NĐ-CP"
    assert ref.articles == ["điểm a khoản 1 Điều 5", "Điều 7"]
    assert len(ref.mentions) == 2


# --- short forms ---------------------------------------------------------------------------------


def test_short_forms_are_mentions_of_the_full_reference() -> None:
    text = "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Thực hiện Nghị quyết 57, NQ 57 và Nghị quyết số 57"
    ref = one(text)
    assert ref.text == "Nghị quyết số 57-NQ/TW"
    assert [m.text for m in ref.mentions] == ["Nghị quyết số 57-NQ/TW", "Nghị quyết 57", "NQ 57", "Nghị quyết số 57"]


def test_short_form_in_a_headline_links_to_the_later_full_reference() -> None:
    ref = one("Triển khai Nghị quyết 57\n\nNghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")
    assert ref.mentions[0].text == "Nghị quyết 57"
    assert ref.text == "Nghị quyết số 57-NQ/TW"


def test_short_form_goes_to_the_nearest_earlier_reference_of_its_kind() -> None:
    text = "Nghị định 168/2024/NĐ-CP và Nghị quyết 168/NQ-CP. Theo Nghị định 168, mức phạt tăng."
    decree, resolution = refs(text)
    assert [m.text for m in decree.mentions] == ["Nghị định 168/2024/NĐ-CP", "Nghị định 168"]
    assert len(resolution.mentions) == 1


def test_unambiguous_short_form_without_full_reference_stands_alone() -> None:
    ref = one("Theo Nghị định 67 của Chính phủ về chính sách phát triển thủy sản, ngư dân được vay vốn.")
    assert (ref.kind, ref.number, ref.key) == ("Nghị định", "67", "Nghị định 67")
    assert ref.issuer == "Chính phủ"
    assert ref.subject == "chính sách phát triển thủy sản"


def test_short_form_with_year_anchors_the_bare_ones() -> None:
    ref = one("Quyết định 150/2004 của UBND TP. Sau đó, Quyết định 150 bị hủy.")
    assert ref.key == "Quyết định 150/2004"
    assert len(ref.mentions) == 2


def test_short_form_list_shares_the_type_word() -> None:
    keys = [r.key for r in refs("thực hiện Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị")]
    assert keys == ["Nghị quyết 57", "Nghị quyết 59", "Nghị quyết 66", "Nghị quyết 68"]


@pytest.mark.parametrize(
    "text",
    [
        "NQ 57 đã đi vào cuộc sống",  # an abbreviation never stands alone
        "xây dựng Kế hoạch 5 năm 2021-2025",  # a count, not a number
        "Nghị quyết 3 lần được sửa",
        "kế hoạch 258 triển khai",  # lower-case type word: only a pointer
        "Chương trình 135 giảm nghèo",
    ],
)
def test_weak_short_forms_do_not_make_documents(text: str) -> None:
    assert refs(text) == []


def test_short_form_followed_by_its_date_is_not_a_count() -> None:
    ref = one("Theo Quyết định số 418 ngày 14/9/2021 của Bộ trưởng Bộ Y tế")
    assert ref.date == "2021-09-14"
    assert ref.issuer == "Bộ trưởng Bộ Y tế"


# --- named documents -----------------------------------------------------------------------------


def test_draft_law_in_parentheses() -> None:
    ref = one("triển khai Luật Thủ đô (sửa đổi) đã được Quốc hội thông qua; Luật Thủ đô (sửa đổi);")
    assert (ref.kind, ref.number, ref.name) == ("Luật", None, "Luật Thủ đô (sửa đổi)")
    assert ref.key == "luat thu do (sua doi)"
    assert len(ref.mentions) == 2


def test_same_law_named_with_and_without_year_is_one_entry() -> None:
    ref = one("Luật Đất đai năm 2024 có hiệu lực. Luật Đất đai 2024 quy định. Luật Đất đai đã sửa.")
    assert ref.name == "Luật Đất đai năm 2024"
    assert (ref.key, ref.year) == ("luat dat dai 2024", 2024)
    assert [m.text for m in ref.mentions] == ["Luật Đất đai năm 2024", "Luật Đất đai 2024", "Luật Đất đai"]


def test_laws_of_different_years_stay_apart() -> None:
    found = refs("Luật Đất đai năm 2013 và Luật Đất đai năm 2024")
    assert [r.key for r in found] == ["luat dat dai 2013", "luat dat dai 2024"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thực hiện Luật Thực hiện dân chủ ở cơ sở; chủ động", "Luật Thực hiện dân chủ ở cơ sở"),
        ("Luật Tổ chức chính quyền địa phương đã được thông qua", "Luật Tổ chức chính quyền địa phương"),
        ("theo Luật Phòng, chống tham nhũng, người có chức vụ", "Luật Phòng, chống tham nhũng"),
        ("Luật Hôn nhân và gia đình quy định", "Luật Hôn nhân và gia đình"),
        ("theo Bộ luật Hình sự, hành vi này", "Bộ luật Hình sự"),
        ("Bộ luật Lao động 2019 có hiệu lực", "Bộ luật Lao động 2019"),
        ("theo Bộ luật tố tụng hình sự và", "Bộ luật tố tụng hình sự"),
        ("Hiến pháp năm 2013 quy định", "Hiến pháp năm 2013"),
        (
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
            "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        ),
        ("dự thảo Luật Đường sắt (sửa đổi) được trình", "Luật Đường sắt (sửa đổi)"),
        ("theo Luật Du lịch sửa đổi, du khách", "Luật Du lịch sửa đổi"),
        ("Luật Cảnh sát biển Việt Nam có hiệu lực", "Luật Cảnh sát biển Việt Nam"),
        ("Luật Đất đai tạo hành lang pháp lý", "Luật Đất đai"),
        ("Luật Luật sư quy định", "Luật Luật sư"),
        (
            "xây dựng kế hoạch triển khai Quy hoạch Thủ đô thời kỳ 2021 - 2030, tầm nhìn tới năm 2050",
            "Quy hoạch Thủ đô thời kỳ 2021 - 2030",
        ),
    ],
)
def test_where_a_name_ends(text: str, name: str) -> None:
    ref = one(text)
    assert ref.name == name
    assert ref.text == name
    assert ref.number is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("xử lý theo Luật cán bộ công chức và quy chế của cơ quan", "Luật cán bộ công chức"),
        ("theo quy định tại Luật kinh doanh BĐS, người mua", "Luật kinh doanh BĐS"),
        ("Dự án Luật hỗ trợ DNNVV được trình lần hai.", "Luật hỗ trợ DNNVV"),
        ("Theo Luật giám sát thì thành viên Chính phủ phải trả lời.", "Luật giám sát"),
        ("đề nghị đưa dự án Luật về hội vào chương trình", "Luật về hội"),
        ("phân bổ vốn theo Luật ngân sách, Luật Đầu tư công", "Luật ngân sách"),
        ("Luật Đất đai đánh giá giá đất còn chung chung.", "Luật Đất đai"),
        ("thực hiện Luật Viên chức đúng quy định", "Luật Viên chức"),
        ("Nhờ Luật Đầu tư nước ngoài, nhiều nhà máy đã mọc lên", "Luật Đầu tư nước ngoài"),
    ],
)
def test_a_known_title_written_without_commas_abbreviated_or_short_and_where_it_ends(text: str, name: str) -> None:
    ref = refs(text)[0]
    assert (ref.kind, ref.name, ref.number) == ("Luật", name, None)


@pytest.mark.parametrize(
    "text",
    [
        "Luật quy định rõ các hành vi bị cấm.",
        "Dự thảo Luật giao cho Bộ Tài chính hướng dẫn.",
        "các Luật về quy hoạch được sửa cùng lúc",
    ],
)
def test_a_lower_case_word_after_luat_that_is_no_known_title_names_no_law(text: str) -> None:
    assert refs(text) == []


def test_a_bare_law_name_in_a_text_that_names_its_bill_is_the_bill() -> None:
    found = refs("Quốc hội bàn dự án Luật Thủy lợi (sửa đổi). Nhiều ý kiến cho rằng Luật Thủy lợi cần rõ hơn.")
    assert [(r.name, [m.text for m in r.mentions]) for r in found] == [
        ("Luật Thủy lợi (sửa đổi)", ["Luật Thủy lợi (sửa đổi)", "Luật Thủy lợi"])
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Luật Thủy lợi năm 2012 đã lạc hậu, nên Luật Thủy lợi (sửa đổi) được trình; Luật Thủy lợi quy định …",
            ["Luật Thủy lợi năm 2012", "Luật Thủy lợi (sửa đổi)"],
        ),
        (
            "Thông qua Luật Thủy lợi (sửa đổi) và Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi.",
            ["Luật Thủy lợi (sửa đổi)", "Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi", "Luật Thủy lợi"],
        ),
    ],
)
def test_a_law_told_from_its_bill_by_a_year_or_an_amending_law_stays_apart(text: str, names: list[str]) -> None:
    assert [r.name for r in refs(text)] == names


def test_amending_law_is_named_by_the_laws_it_amends_which_are_cited_too() -> None:
    # The real gold (dev2, dev3) lists the amended laws as documents of their own beside the amending one.
    found = refs("Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản.")
    assert [r.name for r in found] == [
        "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản",
        "Luật Đất đai",
        "Luật Nhà ở",
        "Luật Kinh doanh bất động sản",
    ]


def test_named_law_with_its_number_links_later_named_mentions() -> None:
    found = refs("Bộ luật Hình sự số 100/2015/QH13 quy định. Bộ luật Hình sự năm 2015 và Bộ luật Hình sự")
    assert len(found) == 1
    ref = found[0]
    assert (ref.text, ref.name, ref.number, ref.kind) == (
        "Bộ luật Hình sự số 100/2015/QH13",
        "Bộ luật Hình sự",
        "100/2015/QH13",
        "Bộ luật",
    )
    assert len(ref.mentions) == 3


def test_named_law_is_not_linked_to_a_number_the_text_does_not_tie_to_it() -> None:
    found = refs("Luật Đất đai 2024 và Luật số 31/2024/QH15")
    assert [r.key for r in found] == ["luat dat dai 2024", "31/2024/QH15"]


def test_party_resolutions_named_by_congress_and_plenum() -> None:
    found = refs(
        "Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng. Thực hiện Nghị quyết Trung ương 4 và Nghị quyết "
        "Đại hội XIII của Đảng, Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
    )
    assert [(r.name, len(r.mentions)) for r in found] == [
        ("Nghị quyết Trung ương 4 khóa XII", 2),
        ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", 2),  # the fullest mention
    ]
    assert found[0].subject == "xây dựng Đảng"


@pytest.mark.parametrize("central", ["TƯ", "TW", "T.Ư"])
def test_plenum_resolution_with_central_abbreviated(central: str) -> None:
    # `Nghị quyết TƯ 5` is the plenum's resolution as `Nghị quyết Trung ương 5` is, and the same document
    found = refs(f"Bộ triển khai Nghị quyết {central} 5 về kinh tế tư nhân. Nghị quyết Trung ương 5 khóa XII đã rõ.")
    assert [(r.mentions[0].text, len(r.mentions)) for r in found] == [(f"Nghị quyết {central} 5", 2)]


def test_plenum_resolution_with_its_number_glued_to_the_abbreviation() -> None:
    found = refs("Bộ triển khai Nghị quyết TW5 về kinh tế tư nhân. Nghị quyết Trung ương 5 khóa XII đã rõ.")
    assert [(r.mentions[0].text, len(r.mentions)) for r in found] == [("Nghị quyết TW5", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết Hội nghị Trung ương 6 (khóa XIII)",
        "Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng",
        "Nghị quyết Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh khóa XX",
        "Nghị quyết Hội nghị lần thứ mười một Ban Chấp hành Đảng bộ tỉnh (khóa XIX)",
        "Nghị quyết Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 7 (khóa VIII)",
    ],
)
def test_resolutions_of_a_plenum_of_any_body(text: str) -> None:
    # the plenum's number before or after the body, its term with or without brackets
    assert [r.mentions[0].text for r in refs(f"Triển khai {text} về phát triển kinh tế.")] == [text]


# --- things that are not documents ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 27/9, ngày 15/7/2024 và 10/10/1954 - 10/10/2024",
        "tỷ lệ 1/2 và 3/4 số hộ",
        "gọi 0912.345.678 hoặc 024-3825-1234",
        "xe biển số 29A-123.45 và 51F-678.90",
        "chủ tàu cá KH 95897-TS cho biết",
        "COVID-19 và các ca F0",
        "Luật sư Nguyễn Văn A cho biết",
        "Công ty Luật TNHH Đức Chánh và Văn phòng Luật sư Phạm Sơn",
        "trao đổi với Pháp Luật TP.HCM",
        "Luật này có hiệu lực từ ngày 1/7/2025",
        "xây dựng kế hoạch triển khai nhiệm vụ",
        "thực hiện nghị quyết của Đảng và Nghị quyết của Quốc hội",
        "tuân thủ Hiến pháp và pháp luật",
        "xem https://example.vn/van-ban/57-NQ-TW.html",
    ],
)
def test_not_documents(text: str) -> None:
    assert refs(text) == []


# --- order and the sample article ----------------------------------------------------------------


def test_entries_in_order_of_first_mention(hanoi_text: str) -> None:
    found = refs(hanoi_text, year=2024)
    assert [r.text for r in found] == [
        "Luật Thủ đô (sửa đổi)",
        "Quy hoạch Thủ đô thời kỳ 2021 - 2030",
        "Kế hoạch số 258-KH/TU",
        "Luật Thực hiện dân chủ ở cơ sở",
        "Nghị quyết số 15-NQ/TƯ",
        "Chỉ thị số 24-CT/TU",
        "Chỉ thị số 35-CT/TƯ",
    ]
    assert found[-1].date == "2024-06-14"
    assert found[-1].issuer == "Bộ Chính trị"


def test_corpus_of_laws_runs_and_finds_each_header_number() -> None:
    laws = needs_shared("corpus/laws")
    for path in sorted(laws.glob("*.txt"))[:10]:
        text = path.read_text(encoding="utf-8")
        found = refs(text)
        assert any(r.kind == "Luật" and r.number for r in found) or any(r.kind == "Lệnh" for r in found), path.name


def test_undated_document_takes_the_day_of_the_sentence_that_issues_it() -> None:
    from vnreport.extract.documents import extract_documents
    from vnreport.segment.document import segment

    text = "Ngày 30 tháng 6 năm 2025, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 125-QĐ/TU về công tác cán bộ."
    refs = extract_documents(segment(text, words=False))
    assert [(r.key, r.date) for r in refs] == [("125-QĐ/TU", "2025-06-30")]


# --- documents cited without a number, and numbers of any type word (issue #14) ---------------------


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("Quyền tự do ngôn luận được Hiến pháp bảo đảm.", "Hiến pháp", "Hiến pháp"),
        ("Đảng viên vi phạm Điều lệ Đảng thì bị xử lý.", "Điều lệ Đảng", "Điều lệ"),
        (
            "Đại hội thông qua Điều lệ Hội Cựu chiến binh Việt Nam (sửa đổi).",
            "Điều lệ Hội Cựu chiến binh Việt Nam",
            "Điều lệ",
        ),
        ("Việc tuyển dụng làm theo luật Viên chức hiện hành.", "luật Viên chức", "Luật"),
        (
            "Tỉnh triển khai nghị quyết Trung ương 6 khóa 11 về đổi mới.",
            "nghị quyết Trung ương 6 khóa 11",
            "Nghị quyết",
        ),
        (
            "Các cấp thực hiện tốt Nghị quyết XV của Đảng bộ tỉnh Nam Định, góp phần …",
            "Nghị quyết XV của Đảng bộ tỉnh Nam Định",
            "Nghị quyết",
        ),
        ("Bộ đã có Thông cáo số 7 về vụ việc.", "Thông cáo số 7", "Thông cáo"),
        ("Thông cáo số 9 kỳ họp thứ Hai của Hội đồng nhân dân tỉnh.", "Thông cáo số 9", "Thông cáo"),
        (
            "Thực hiện Văn bản số 1520 năm 2016 của Văn phòng Chính phủ, Bộ đã xử phạt.",
            "Văn bản số 1520 năm 2016",
            "Văn bản",
        ),
        ("Theo báo cáo số 31/BC/UBND của UBND xã, công trình xây trái phép.", "báo cáo số 31/BC/UBND", "Báo cáo"),
    ],
)
def test_documents_cited_by_name_or_number(text: str, mention: str, kind: str) -> None:
    ref = one(text)
    assert (ref.text, ref.kind) == (mention, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Tòa án Hiến pháp Đức ra phán quyết.",
        "Theo Hiến pháp Mỹ, tổng thống có quyền phủ quyết.",
        "Công ty sửa Điều lệ công ty.",
        "Ông bị kỷ luật Đảng bằng hình thức cảnh cáo.",
        "Văn bản này được gửi các bộ.",
    ],
)
def test_not_documents_by_name(text: str) -> None:
    assert refs(text) == []


def test_a_decision_issued_under_another_takes_the_day_of_its_sentence() -> None:
    text = "Đề án được soạn từ năm 2019 và tới ngày 8/12/2022 mới được ban hành theo Quyết định 1507/QĐ-TTg."
    assert [(r.number, r.date) for r in refs(text)] == [("1507/QĐ-TTg", "2022-12-08")]


def test_a_code_cited_by_its_abbreviation_is_the_code() -> None:
    found = extract_documents(segment("Bị can bị khởi tố theo điều 170 BLHS và điều 174 BLHS.", words="dictionary"), [])
    assert [(r.text, r.kind, r.key) for r in found] == [("BLHS", "Bộ luật", reference_key("Bộ luật Hình sự"))]
    both = "Theo Bộ luật Hình sự năm 2015, hành vi này bị xử lý theo điều 174 BLHS năm 2015."
    assert [len(r.mentions) for r in extract_documents(segment(both, words="dictionary"), [])] == [2]


def test_a_lower_case_law_of_the_known_list_without_its_comma() -> None:
    text = "Ông cho rằng luật phòng chống tham nhũng cần sửa, cùng với Luật Phòng, chống tham nhũng năm 2018."
    found = extract_documents(segment(text, words="dictionary"), [])
    assert [r.text for r in found] == ["Luật Phòng, chống tham nhũng năm 2018"]
    field = "Sinh viên ngành luật hình sự và luật lao động."
    assert extract_documents(segment(field, words="dictionary"), []) == []


def test_a_number_sharing_the_next_ones_symbol_is_a_document() -> None:
    text = "Thủ tướng đã ký các quyết định 215, 216/QĐ-TTg về việc điều động hai cán bộ."
    found = extract_documents(segment(text, words="dictionary"), [])
    assert [(r.text, r.number) for r in found] == [("quyết định 215", "215"), ("216/QĐ-TTg", "216/QĐ-TTg")]
    assert reference_key("quyết định 215") == found[0].key
    assert extract_documents(segment("thông qua quyết định 215, 216 hộ dân được hỗ trợ.", words="dictionary"), []) == []


# --- round 4: the issuer as the subject, lists sharing a tail, a name restated by its number ------------


def test_the_subject_that_issues_a_document_is_its_issuer() -> None:
    assert one("Sáng 3/9, UBND tỉnh Hà Tĩnh ban hành Quyết định số 2210/QĐ-UBND về việc phê duyệt.").issuer == (
        "UBND tỉnh Hà Tĩnh"
    )
    assert one("Thủ tướng Chính phủ đã ký Quyết định số 812/QĐ-TTg phê duyệt đề án.").issuer == "Thủ tướng Chính phủ"
    assert one("Ban Thường vụ Tỉnh ủy Thái Bình đã ban hành Chỉ thị số 07-CT/TU về công tác.").issuer == (
        "Ban Thường vụ Tỉnh ủy Thái Bình"
    )
    assert one("Chiều 20/11, Quốc hội biểu quyết thông qua Luật Thủy lợi.").issuer == "Quốc hội"


def test_a_signer_for_a_body_gives_the_body_and_a_person_none() -> None:
    text = "Ngày 4/3, Phó Chủ tịch UBND tỉnh Quảng Trị Lê Văn Bình đã ký Quyết định số 455/QĐ-UBND về việc thu hồi."
    assert one(text).issuer == "UBND tỉnh Quảng Trị"
    assert one("Ông Lê Văn Bình đã ký Quyết định số 455/QĐ-UBND về việc thu hồi.").issuer is None


def test_a_document_opening_the_clause_is_issued_by_its_subject() -> None:
    text = "Tại Nghị quyết số 1520/NQ-UBTVQH15, Ủy ban Thường vụ Quốc hội phê chuẩn kết quả bầu."
    assert one(text).issuer == "Ủy ban Thường vụ Quốc hội"


def test_documents_listed_together_share_the_tail_of_the_last() -> None:
    found = refs("Thực hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW và 21-NQ/TW của Ban Chấp hành Trung ương.")
    assert [r.issuer for r in found] == ["Ban Chấp hành Trung ương"] * 3
    found = refs("Căn cứ Nghị định số 120/2025/NĐ-CP, 121/2025/NĐ-CP ngày 11/6/2025 của Chính phủ.")
    assert [(r.date, r.issuer) for r in found] == [("2025-06-11", "Chính phủ")] * 2
    found = refs("UBND tỉnh ban hành Quyết định 1011/QĐ-UBND và Quyết định 1012/QĐ-UBND cùng ngày 20/5/2025.")
    assert [(r.date, r.issuer) for r in found] == [("2025-05-20", "UBND tỉnh")] * 2


def test_documents_of_other_kinds_listed_together_keep_their_own_issuers() -> None:
    found = refs("Theo Nghị định 100/2019/NĐ-CP và Thông tư 65/2020/TT-BCA của Bộ Công an.")
    assert [r.issuer for r in found] == [None, "Bộ Công an"]


def test_a_name_restated_by_its_number_in_brackets_is_one_document() -> None:
    text = "Quốc hội thông qua Nghị quyết về sắp xếp đơn vị hành chính cấp xã năm 2025 (Nghị quyết số 76/2025/QH15)."
    ref = one(text)
    assert (ref.number, ref.name) == ("76/2025/QH15", "Nghị quyết về sắp xếp đơn vị hành chính cấp xã năm 2025")


def test_the_laws_an_amending_law_amends_are_documents_of_their_own() -> None:
    found = refs("Quốc hội cho ý kiến về Luật sửa đổi, bổ sung một số điều của Luật Thú y; Luật Cảnh sát biển.")
    assert [r.text for r in found] == [
        "Luật sửa đổi, bổ sung một số điều của Luật Thú y",
        "Luật Thú y",
        "Luật Cảnh sát biển",
    ]
    found = refs("Luật sửa đổi, bổ sung một số điều của Luật Thú y số 79/2015/QH13 được thông qua.")
    assert [r.number for r in found] == [None, "79/2015/QH13"]


def test_a_number_restated_by_its_name_in_brackets_is_one_document() -> None:
    text = (
        "Tỉnh ủy quán triệt Nghị quyết số 61-NQ/TW (Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Trung ương "
        "Đảng khóa XIII) và Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương (Nghị quyết "
        "Trung ương 5 khóa XIII)."
    )
    found = refs(text)
    assert [(r.number, r.name, r.date) for r in found] == [
        ("61-NQ/TW", "Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII", None),
        ("19-NQ/TW", "Nghị quyết Trung ương 5 khóa XIII", "2022-06-16"),
    ]


def test_laws_of_2023_to_2025_whose_titles_hold_a_comma_or_a_preposition() -> None:
    text = (
        "Quốc hội thông qua Luật Tiết kiệm, chống lãng phí. Đại biểu góp ý Luật Tương trợ tư pháp về dân sự "
        "và Luật Tương trợ tư pháp về hình sự."
    )
    assert [r.text for r in refs(text)] == [
        "Luật Tiết kiệm, chống lãng phí",
        "Luật Tương trợ tư pháp về dân sự",
        "Luật Tương trợ tư pháp về hình sự",
    ]


def test_a_local_congress_resolution_with_or_without_dai_bieu_is_one_document() -> None:
    text = (
        "Tỉnh ủy quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030. "
        "Cán bộ học tập Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX."
    )
    assert [len(r.mentions) for r in refs(text)] == [2]


def test_a_congress_resolution_named_by_its_term_is_a_document_and_one_with_its_numbered_writing() -> None:
    text = (
        "Huyện ủy triển khai Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2025 - 2030. "
        "Đảng ủy xã học tập Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020–2025. "
        "Thành ủy quán triệt Nghị quyết Đại hội Đảng bộ thành phố nhiệm kỳ 2025-2030 và Nghị quyết Đại hội "
        "Đảng bộ thành phố lần thứ XVIII, nhiệm kỳ 2025-2030."
    )
    found = refs(text)
    assert [(r.text, len(r.mentions)) for r in found] == [
        ("Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2025 - 2030", 1),
        ("Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020–2025", 1),
        ("Nghị quyết Đại hội Đảng bộ thành phố nhiệm kỳ 2025-2030", 2),
    ]
    assert found[2].key == "nghi quyet dai hoi dang bo thanh pho 18"


def test_an_amending_law_of_many_laws_keeps_the_last_words_after_a_comma() -> None:
    text = (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của 9 luật về tài chính, ngân sách ngày 26 tháng 6 năm 2025; "
        "Quốc hội thảo luận dự án Luật sửa đổi, bổ sung một số điều của 6 luật về đầu tư, kinh doanh. "
        "Luật sửa đổi, bổ sung một số điều của 3 luật về thuế, có hiệu lực từ năm sau."
    )
    assert [(r.text, r.date) for r in refs(text)] == [
        ("Luật sửa đổi, bổ sung một số điều của 9 luật về tài chính, ngân sách", "2025-06-26"),
        ("Luật sửa đổi, bổ sung một số điều của 6 luật về đầu tư, kinh doanh", None),
        ("Luật sửa đổi, bổ sung một số điều của 3 luật về thuế", None),
    ]


@pytest.mark.parametrize(
    ("text", "mention", "key"),
    [
        (
            "Theo Quyết định (QĐ) 45/2019 của Thủ tướng, người dân được hỗ trợ.",
            "Quyết định (QĐ) 45/2019",
            "Quyết định 45/2019",
        ),
        ("Nghị định (NĐ) 81 của Chính phủ quy định mức phạt.", "Nghị định (NĐ) 81", "Nghị định 81"),
    ],
)
def test_a_short_form_with_its_type_abbreviated_in_brackets(text: str, mention: str, key: str) -> None:
    ref = one(text)
    assert (ref.text, ref.key) == (mention, key)


def test_a_plan_named_by_its_horizon_and_repeated_without_its_place_is_one_plan() -> None:
    found = refs(
        "Tỉnh phê duyệt Quy hoạch xây dựng Khu du lịch sinh thái Hồ Núi Cốc tỉnh Thái Nguyên đến năm 2035. "
        "Theo Quy hoạch xây dựng Khu du lịch sinh thái Hồ Núi Cốc đến năm 2035, khu này rộng 3.000 ha."
    )
    assert [(r.kind, r.number, r.name) for r in found] == [
        ("Quy hoạch", None, "Quy hoạch xây dựng Khu du lịch sinh thái Hồ Núi Cốc tỉnh Thái Nguyên đến năm 2035")
    ]
    assert len(found[0].mentions) == 2


def test_a_plan_with_a_period_is_not_read_again_by_its_horizon() -> None:
    found = refs("Quy hoạch tỉnh thời kỳ 2021 - 2030 tầm nhìn đến năm 2050 đã được duyệt.")
    assert [r.name for r in found] == ["Quy hoạch tỉnh thời kỳ 2021 - 2030"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở đã có văn bản số 418 gửi các huyện.", ["văn bản số 418"]),
        ("Dự án làm theo quyết định 77 của UBND tỉnh Hà Tĩnh.", ["quyết định 77"]),
        ("Bộ hướng dẫn tại công văn 236 ngày 4/5/2023 về thuế.", ["công văn 236"]),
        # a lower-case type word with a bare number and nothing after it is an everyday phrase
        ("Kế hoạch này là kế hoạch 2 của năm.", []),
        ("Đây là quyết định 3 mà anh nhắc.", []),
    ],
)
def test_a_lower_case_short_form_with_its_number_issuer_or_date_stands_alone(text: str, expected: list[str]) -> None:
    assert [r.text for r in refs(text)] == expected


def test_a_count_noun_that_opens_a_verb_counts_nothing() -> None:
    # the segmenter's words tell `điều động` (a verb) from `điều` (an article counted)
    def worded(text: str) -> list[tuple[str, str | None]]:
        return [(r.text, r.date) for r in extract_documents(segment(text, words="dictionary"))]

    assert worded("Ngày 3-5, Chủ tịch tỉnh đã ký Quyết định 415 điều động ông Trần Văn Bình về Sở.") == [
        ("Quyết định 415", "XXXX-05-03")
    ]
    assert worded("Nghị định 15 điều khoản thi hành được bàn.") == []
    assert worded("Kế hoạch 12 điều cần làm đã xong.") == []


def test_numbers_that_share_a_type_word_share_its_date() -> None:
    found = refs("Tỉnh thực hiện các văn bản số 17, 18 ngày 2/3 của Ban Chỉ huy quân sự huyện Đông Lâm.")
    assert [(r.text, r.date) for r in found] == [("văn bản số 17", "XXXX-03-02"), ("18", "XXXX-03-02")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Tỉnh quán triệt Nghị quyết của Hội nghị lần thứ 17 Ban Chấp hành Trung ương Khóa XV "
            "về bảo vệ rừng đầu nguồn.",
            "nghi quyet trung uong 17 khoa 15",
        ),
        ("Ngành thực hiện Nghị quyết Trung ương 7 Khóa XII về cải cách tiền lương.", "nghi quyet trung uong 7 khoa 12"),
        ("Đảng bộ học tập nghị quyết của Hội nghị Trung ương 3 (khóa XIII).", "nghi quyet trung uong 3 khoa 13"),
    ],
)
def test_a_plenum_s_resolution_with_of_or_a_capitalised_term(text: str, key: str) -> None:
    assert [r.key for r in refs(text)] == [key]
