"""Round 13 (officials and people): constructions counted over the five dev sets and the corpus."""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def people(text: str) -> list[tuple[str, str]]:
    _, found = extract_people(segment(text))
    return [(p.name, p.kind) for p in found]


def test_initials_in_capitals_before_the_next_sentence_are_a_photo_credit() -> None:
    text = "Tiêu đề\nMở đầu bài.\nCánh đồng lúa chín vàng. Ảnh: HV Mùa này nông dân thu hoạch sớm hơn mọi năm."
    assert people(text) == [("HV", "credit")]
    text = "Tiêu đề\nMở đầu bài.\nXe tải lật bên đường. Ảnh: QN Theo người dân, xe chạy rất nhanh."
    assert people(text) == [("QN", "credit")]


def test_capitals_before_a_name_or_heading_stay_unread() -> None:
    text = "Tiêu đề\nMở đầu bài.\nĐoàn công tác tới thăm. Ảnh: HV Cần Thơ Cần Thơ: Hội nghị bàn về lúa gạo."
    assert people(text) == []


def test_an_outlet_or_a_generic_credit_in_capitals_is_no_person() -> None:
    for credit in ("PA", "WSJ", "ST", "TG", "BTC"):
        text = f"Tiêu đề\nMở đầu bài.\nQuang cảnh cuộc họp. Ảnh: {credit} Sau đó, đoàn đi thăm nhà máy."
        assert people(text) == [], credit


def roles(text: str) -> dict[str, str | None]:
    officials, _ = extract_people(segment(text))
    return {o.name: o.role for o in officials}


def test_the_rest_of_a_title_goes_on_through_a_word_its_capital_opened() -> None:
    text = "Ông Lê Văn Hải, Phó Vụ trưởng Vụ Pháp chế - Bộ Xây dựng đã thông tin: Bộ sẽ sửa quy định."
    assert roles(text) == {"Lê Văn Hải": "spoke"}


def test_a_title_after_the_rest_opens_another_subject() -> None:
    text = "Về cuộc gặp với Tổng thống Mỹ Joe Biden, trong chuyến thăm của Thủ tướng, Thủ tướng cho biết kết quả tốt."
    assert roles(text).get("Joe Biden") is None


def test_words_after_titles_in_brackets_and_a_colon_are_speech() -> None:
    text = "Tại hội thảo, TS Trần Văn Hòa (nguyên Vụ trưởng Vụ Báo chí, Ban Tuyên giáo Trung ương): Phải nói thật."
    assert roles(text) == {"Trần Văn Hòa": "spoke"}


def titles(text: str) -> dict[str, list[str]]:
    officials, _ = extract_people(segment(text))
    return {o.name: [t.text for t in o.titles] for o in officials}


def test_a_ward_or_district_written_by_its_letter_and_number_ends_the_title() -> None:
    text = "Ông Lê Văn Tám, Trưởng Công an P.7, Q.Bình Thạnh cho biết sẽ xử lý nghiêm."
    assert titles(text) == {"Lê Văn Tám": ["Trưởng Công an P.7, Q.Bình Thạnh"]}
    text = "Bà Trần Thị Mai, Chủ tịch UBND P.Bến Nghé, Q.1 cho biết sẽ xử lý nghiêm."
    assert titles(text) == {"Trần Thị Mai": ["Chủ tịch UBND P.Bến Nghé, Q.1"]}


def test_a_guest_on_a_visit_does_not_chair_it() -> None:
    text = (
        "Chiều 5/6, ông Phạm Văn Hùng, Phó Bí thư Tỉnh ủy đã tiếp ông Carlos Mendes, "
        "Chủ tịch Đảng Lao động Bồ Đào Nha đang thăm và làm việc tại Việt Nam."
    )
    assert roles(text) == {"Phạm Văn Hùng": "chaired", "Carlos Mendes": "attended"}


def test_urging_is_reported_speech() -> None:
    text = "Ngoại trưởng Chile Pedro Alvarez hối thúc hai bên sớm nối lại đàm phán."
    assert roles(text) == {"Pedro Alvarez": "spoke"}
    text = "Bộ trưởng Bộ Y tế Trần Thị Lan đã thúc giục các địa phương báo cáo sớm."
    assert roles(text) == {"Trần Thị Lan": "spoke"}


def test_a_possessor_set_off_by_a_comma_is_not_the_next_subject() -> None:
    text = "Sau khi nhận đơn của Bộ trưởng Lê Văn Hải, Bộ đã trả lời bằng văn bản."
    assert roles(text) == {"Lê Văn Hải": None}
    text = "Thực hiện ý kiến của Phó Thủ tướng Trần Văn Nam, UBND tỉnh đã đề xuất phương án mới."
    assert roles(text) == {"Trần Văn Nam": None}
    text = "Dưới sự chủ trì của Bí thư Tỉnh ủy Lê Văn Hải, hội nghị đã thảo luận nhiều nội dung."
    assert roles(text) == {"Lê Văn Hải": "chaired"}
