"""Round 9 constructions: people named by initials with a title, staff titles of companies, foreign names read
by their shape after a profession or before a title (each test in its shape, with sentences of our own)."""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def _read(text: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    found, people = extract_people(segment(text))
    return {o.name: [t.text for t in o.titles] for o in found}, {p.name: p.kind for p in people}


def test_initials_after_an_anchor_take_the_title_after_a_comma() -> None:
    officials, _ = _read("Ông K.T.D, Giám đốc Công ty TNHH Thành Lợi, cho biết đơn vị đã nộp đủ thuế.")
    assert officials == {"K.T.D": ["Giám đốc Công ty TNHH Thành Lợi"]}


def test_initials_with_details_in_brackets_then_a_title() -> None:
    officials, _ = _read("Công an đã tạm giữ ông P.Q.Tr. (52 tuổi), Phó Giám đốc Công ty cổ phần Đông Sơn.")
    assert officials == {"P.Q.Tr.": ["Phó Giám đốc Công ty cổ phần Đông Sơn"]}


def test_initials_with_a_title_in_brackets() -> None:
    officials, _ = _read("Theo bà H.T.M (Trưởng phòng Kinh doanh Công ty Minh Long), giá đã giảm.")
    assert officials == {"H.T.M": ["Trưởng phòng Kinh doanh Công ty Minh Long"]}


def test_initials_without_a_title_stay_a_person() -> None:
    officials, people = _read("Gia đình ông Đ.V.K. (SN 1968) ở xã Tân Lập cho biết con đường bị ngập.")
    assert officials == {}
    assert people == {"Đ.V.K.": "anonymised"}


def test_initials_of_a_written_name_are_not_read_as_initials() -> None:
    officials, _ = _read("Ông T.Tùng, Giám đốc Công ty Hải Hà, cho biết giá đã giảm.")
    assert "T.T" not in officials


def test_an_anonymised_name_keeps_the_title_written_after_it() -> None:
    officials, _ = _read("Bị can Trần Minh K., Kế toán trưởng Công ty An Phú, đã khai nhận.")
    assert officials == {"Trần Minh K.": ["Kế toán trưởng Công ty An Phú"]}


def test_an_initial_inside_a_longer_name_gives_no_title() -> None:
    officials, _ = _read("Cựu Tổng thống Mark T. W. Landry từng thăm Hà Nội.")
    assert "Mark T." not in officials


def test_advisers_and_accountants_are_titles() -> None:
    officials, _ = _read(
        "Bà Lê Thị Hằng, kế toán Công ty Phương Nam, và ông Paul Wexler, cố vấn cấp cao của Ngân hàng Thế giới, "
        "cùng dự họp."
    )
    assert officials == {
        "Lê Thị Hằng": ["kế toán Công ty Phương Nam"],
        "Paul Wexler": ["cố vấn cấp cao của Ngân hàng Thế giới"],
    }


def test_a_four_word_name_after_a_country_closes_the_title() -> None:
    officials, _ = _read("Khi gặp Cố vấn Nhà nước Myanmar Thein Aung San Kyi, Chủ tịch nước Lê Văn Hòa cho biết.")
    assert officials == {"Thein Aung San Kyi": ["Cố vấn Nhà nước Myanmar"], "Lê Văn Hòa": ["Chủ tịch nước"]}


def test_initials_before_a_bracket_do_not_end_the_sentence() -> None:
    doc = segment("Ông B.Q.Kh. (60 tuổi) đã đến. Ông C.Đ.V. Sau đó mọi người về.")
    assert len(doc.sentences) == 3


def test_an_expert_named_after_a_field() -> None:
    _, people = _read(
        "Chuyên gia năng lượng Trịnh Văn Khải cho rằng giá điện sẽ tăng, còn chuyên gia an ninh mạng Oskar Brandt "
        "và chuyên gia quân sự Đức Heinz Kolbe thì lo ngại."
    )
    assert people == {"Trịnh Văn Khải": "person", "Oskar Brandt": "person", "Heinz Kolbe": "person"}


def test_an_expert_word_before_a_relation_names_no_one() -> None:
    _, people = _read("Các chuyên gia về Hàn Quốc cho biết điều đó.")
    assert people == {}


def test_initials_before_a_foreign_family_name() -> None:
    officials, _ = _read("Cố vấn an ninh quốc gia B.K. Wheeler cũng có mặt.")
    assert officials == {"B.K. Wheeler": ["Cố vấn an ninh quốc gia"]}


def test_initials_written_with_and_without_the_dot_are_one_person() -> None:
    _, people = _read("Bà H.T.K cho biết như vậy. Sau đó bà H.T.K. (38 tuổi) nói tiếp.")
    assert people == {"H.T.K.": "anonymised"}


def test_a_list_header_reaches_items_after_an_abbreviation_with_a_dot() -> None:
    officials, _ = _read(
        "Dự có các đồng chí Ủy viên Bộ Chính trị: Lê Văn Hùng, Trưởng Ban Kinh tế T.Ư; "
        "Đỗ Thị Thu, Bí thư T.Ư Đảng, Trưởng Ban Dân vận T.Ư."
    )
    assert officials["Đỗ Thị Thu"] == ["Ủy viên Bộ Chính trị", "Bí thư T.Ư Đảng", "Trưởng Ban Dân vận T.Ư"]


def test_a_term_between_commas_does_not_end_the_titles() -> None:
    officials, _ = _read(
        "Bổ sung ông Lâm Văn Tư, Ủy viên Ủy ban Trung ương MTTQ Việt Nam, nhiệm kỳ 2019-2024, Bí thư Huyện ủy Tân Phú."
    )
    assert officials["Lâm Văn Tư"] == ["Ủy viên Ủy ban Trung ương MTTQ Việt Nam", "Bí thư Huyện ủy Tân Phú"]


def test_a_site_named_after_a_leader_names_no_one() -> None:
    officials, _ = _read("Đoàn đã đến thăm Khu di tích Chủ tịch Tôn Đức Thắng ở An Giang.")
    assert officials == {}


def test_a_name_mistyped_in_one_tone_mark_joins_the_usual_writing() -> None:
    officials, _ = _read(
        "Thứ trưởng Lê Quốc Bảo cho biết. Thứ trưởng Lê Quốc Bảo nói thêm. Sau đó Thứ trưởng Lê Quốc Bào kết luận."
    )
    assert list(officials) == ["Lê Quốc Bảo"]


def test_a_heading_glued_after_a_known_name_is_not_part_of_it() -> None:
    officials, _ = _read("Ông Đinh Văn Lực góp ý nhiều lần. Đại biểu Quốc hội Đinh Văn Lực Cần có lộ trình rõ ràng.")
    assert list(officials) == ["Đinh Văn Lực"]


def _roles(text: str) -> dict[str, str | None]:
    found, _ = extract_people(segment(text))
    return {o.name: o.role for o in found}


def test_more_verbs_of_speech_give_the_role_spoke() -> None:
    text = (
        "Phó Chủ tịch UBND huyện Lê Văn Sáu cũng nhìn nhận có sự bất cập. "
        "Đại biểu Trần Thị Mơ (Hà Nam) đặt câu hỏi về tiến độ dự án. "
        "Ông Hồ Văn Bảy, Phó Ban Pháp chế HĐND tỉnh, có ý kiến về chỉ số cải cách."
    )
    assert _roles(text) == {"Lê Văn Sáu": "spoke", "Trần Thị Mơ": "spoke", "Hồ Văn Bảy": "spoke"}


def test_a_colon_after_the_details_in_brackets_opens_the_words() -> None:
    assert _roles("Đại biểu Quốc hội Đặng Văn Tám (Nam Định): Tôi cho rằng cần làm rõ trách nhiệm.") == {
        "Đặng Văn Tám": "spoke"
    }


def test_an_instruction_given_is_not_speech() -> None:
    assert _roles("Bộ trưởng Vũ Thị Chín đã có ý kiến chỉ đạo thành lập hội đồng.") == {"Vũ Thị Chín": None}


def test_the_host_who_welcomes_a_guest_chairs() -> None:
    roles = _roles("Tổng thống Pháp Jean Moreau tiếp đón Chủ tịch nước Lý Văn Mười tại Điện Élysée.")
    assert roles["Jean Moreau"] == "chaired"


def test_details_in_brackets_before_la_and_a_title() -> None:
    officials, _ = _read("Bị can Phan Văn Lộc (SN 1971, trú phường 5) là Giám đốc Công ty TNHH Lộc Phát.")
    assert officials == {"Phan Văn Lộc": ["Giám đốc Công ty TNHH Lộc Phát"]}


def test_an_employee_is_titled_only_with_the_body_employing_them() -> None:
    officials, people = _read(
        "Chị Đào Thị Nụ, nhân viên Công ty Cấp nước Hải Dương, và anh Lò Văn Pao, nhân viên bảo vệ, cùng có mặt."
    )
    assert officials == {"Đào Thị Nụ": ["nhân viên Công ty Cấp nước Hải Dương"]}
    assert people == {"Lò Văn Pao": "person"}


def test_no_foreign_name_is_read_after_an_employee_of_a_company() -> None:
    officials, people = _read("Tin tặc gửi thư tới máy tính nhân viên Hanwa Digital Studios nói rằng sẽ tấn công.")
    assert officials == {} and people == {}


def test_deputy_ministers_abroad_and_a_second_post_in_brackets() -> None:
    officials, _ = _read(
        "Kang Min-seok, Phó Bộ trưởng Ngoại giao Hàn Quốc, và ông Lưu Văn Bốn - Trưởng đoàn Kiểm tra (Phó Chánh "
        "thanh tra tỉnh Nam Định) cùng dự."
    )
    assert officials == {
        "Kang Min-seok": ["Phó Bộ trưởng Ngoại giao Hàn Quốc"],
        "Lưu Văn Bốn": ["Trưởng đoàn Kiểm tra", "Phó Chánh thanh tra tỉnh Nam Định"],
    }


def test_an_officer_of_a_named_body_is_titled() -> None:
    officials, people = _read(
        "Ông Hà Văn Sáu - cán bộ Viện kiểm sát nhân dân huyện Yên Lạc và ông Tạ Văn Năm, cán bộ xã, cùng có mặt."
    )
    assert officials == {"Hà Văn Sáu": ["cán bộ Viện kiểm sát nhân dân huyện Yên Lạc"]}
    assert people == {"Tạ Văn Năm": "person"}


def test_a_representative_is_titled_only_with_the_body_represented() -> None:
    officials, people = _read(
        "Bà Mai Thị Lựu - đại diện Thanh tra Sở Công Thương và ông Vi Văn Tám, đại diện các hộ dân, cùng có mặt."
    )
    assert officials == {"Mai Thị Lựu": ["đại diện Thanh tra Sở Công Thương"]}
    assert people == {"Vi Văn Tám": "person"}


def test_a_representative_named_after_the_body_takes_it_as_a_title() -> None:
    officials, _ = _read("Đại diện Công ty Thép Hòa Bình, ông Kha Văn Mười cho biết giá đã tăng.")
    assert officials == {"Kha Văn Mười": ["Đại diện Công ty Thép Hòa Bình"]}


def test_a_representative_listed_after_a_titled_guest_is_no_post_of_theirs() -> None:
    officials, _ = _read("Phó Thủ tướng Lò Văn Bảy, đại diện Bộ Công Thương cùng nhiều khách mời đã dự lễ.")
    assert officials == {"Lò Văn Bảy": ["Phó Thủ tướng"]}


def test_a_representative_post_places_no_name_after_it() -> None:
    officials, people = _read(
        "Đại diện Hội đồng hương Lê Văn Hưu cho biết, bà Hà Thị Chín, đại diện Taxi Hoàng Gia cũng đồng ý."
    )
    assert officials == {"Hà Thị Chín": ["đại diện Taxi Hoàng Gia"]}
    assert people == {}


def test_a_representative_post_set_off_stops_before_the_next_full_name() -> None:
    officials, _ = _read("Bà Lò Thị Sáu, đại diện Công ty Hải Hà Trần Văn Bốn cũng đồng ý với đề xuất này.")
    assert officials["Lò Thị Sáu"] == ["đại diện Công ty Hải Hà"]


def test_a_foreign_place_after_a_title_names_no_holder() -> None:
    officials, people = _read(
        "Thị trưởng Buenos Aires cho biết thành phố sẽ mở cửa lại, Quốc vương Saudi Arabia cũng đồng ý."
    )
    assert officials == {} and people == {}


def test_a_country_after_a_title_names_no_holder() -> None:
    officials, people = _read("Tổng thống Somalia cho biết chính phủ sẽ tổ chức bầu cử vào năm sau.")
    assert officials == {} and people == {}


def test_a_name_spelled_like_a_foreign_place_after_an_anchor_stays_a_person() -> None:
    officials, _ = _read("Ông Houston, Giám đốc Công ty Minh Long, cho biết giá đã giảm.")
    assert officials == {"Houston": ["Giám đốc Công ty Minh Long"]}


def test_a_mined_place_that_may_be_a_name_stays_a_holder_after_a_title() -> None:
    # `strict` in the mined places: a name abroad that is a person's too, a place only after a cue word
    officials, _ = _read("Tổng thống Gustavo Adolfo Madero đã ký sắc lệnh mới về thuế.")
    assert officials == {"Gustavo Adolfo Madero": ["Tổng thống"]}


def test_a_mined_place_after_its_unit_word_names_no_holder() -> None:
    officials, _ = _read("Thống đốc bang New Mexico cho biết bang sẽ mở cửa lại các trường học.")
    assert officials == {}


def test_an_initial_spelled_like_a_foreign_place_stays_a_person() -> None:
    _, people = _read("Ông V. cho biết con đường trước nhà đã bị ngập từ tối qua.")
    assert people == {"V.": "anonymised"}


def test_a_vietnamese_place_name_after_a_title_stays_its_holder() -> None:
    officials, _ = _read("Chủ tịch Hồ Chí Minh đã đến thăm nhà máy dệt vào mùa xuân năm ấy.")
    assert officials == {"Hồ Chí Minh": ["Chủ tịch"]}


def test_a_vietnamese_street_name_after_an_anchor_stays_a_person() -> None:
    officials, _ = _read("Đồng chí Trường Chinh, Tổng Bí thư, đã đến thăm nhà máy dệt.")
    assert officials == {"Trường Chinh": ["Tổng Bí thư"]}


def test_a_full_name_keeps_its_short_form_spelled_like_a_place() -> None:
    _, people = _read("Nhà bác học Charles Darwin viết cuốn sách này. Ông Darwin cho rằng loài người tiến hóa.")
    assert "Charles Darwin" in people


def test_staff_heads_stay_lower_case_in_a_documents_title() -> None:
    from vnreport.extract.selfdoc.casing import normal_case

    assert normal_case("HƯỚNG DẪN CHẾ ĐỘ KẾ TOÁN VÀ NHÂN VIÊN CỐ VẤN") == "Hướng dẫn chế độ kế toán và nhân viên cố vấn"


def test_a_title_between_a_titled_name_and_an_anchored_one_is_the_second_persons() -> None:
    officials, _ = _read(
        "Dự có Tổng Thư ký Liên hợp quốc Pedro Alves, Chủ tịch Ngân hàng Thế giới, ông Han Seung-woo và nhiều khách."
    )
    assert officials == {
        "Pedro Alves": ["Tổng Thư ký Liên hợp quốc"],
        "Han Seung-woo": ["Chủ tịch Ngân hàng Thế giới"],
    }


def test_a_name_ends_where_an_organisation_begins() -> None:
    _, people = _read("Đơn xin cho bác sĩ Đàm Văn Lực Khoa Hồi sức tích cực của Bệnh viện tỉnh được gửi đi.")
    assert people == {"Đàm Văn Lực": "person"}


def test_a_company_after_a_foreign_name_is_no_part_of_it() -> None:
    officials, _ = _read("Bộ trưởng Quốc phòng Nga Ivan Petrov Hãng Tass đưa tin ông nói.")
    assert "Ivan Petrov Hãng Tass" not in officials


def test_the_accused_named_anonymised_stay_people_with_their_former_posts() -> None:
    """`bị cáo Nguyễn Văn A. (nguyên Giám đốc …)`: a defendant with a post once held is a person (as the
    written sets annotate it), also down a list of the accused with their details in brackets; one with a
    post held now keeps it (test above), and so does an anonymised official not accused."""
    officials, people = _read(
        "Tin tòa án\nCác bị cáo Trần Văn B. (48 tuổi, nguyên Kế toán trưởng Công ty X), Lê Văn C. (nguyên Phó "
        "Giám đốc Công ty Z) và Phạm Quốc D., "
        "nguyên cán bộ Văn phòng Đăng ký đất đai tỉnh, lĩnh án treo. Ông Lê Xuân N., Giám đốc Công ty Y, cho biết."
    )
    assert {"Trần Văn B.", "Lê Văn C.", "Phạm Quốc D."} <= set(people)
    assert not {"Trần Văn B.", "Lê Văn C.", "Phạm Quốc D."} & set(officials)
    assert officials["Lê Xuân N."] == ["Giám đốc Công ty Y"]


def test_a_lower_case_post_of_some_unnamed_body_is_no_title() -> None:
    officials, people = _read(
        "Tin\nÔng Trần Văn E., giám đốc một công ty ở Hà Nội, cho biết. Ông Lê Văn G., Giám đốc Công ty Hòa Bình, nói."
    )
    assert "Trần Văn E." in people and "Trần Văn E." not in officials
    assert officials["Lê Văn G."] == ["Giám đốc Công ty Hòa Bình"]
