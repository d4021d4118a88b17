"""Organisation constructions of round 12's second wave, one written example each in the shape of real news
text: a foreign ministry or command named with its country, the country read even where a foreign person's
name follows it (a one-syllable country such as `Mỹ`, `Nga`, `Pháp` is otherwise taken as part of a name);
a country's constitutional court and joint chiefs, named with their country or alone; an outlet named by its
acronym after a news medium's noun (`đài`, `hãng tin`)."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Người phát ngôn Bộ Ngoại giao Nga Olga Petrova khẳng định lập trường này.", "Bộ Ngoại giao Nga"),
        ("Bộ trưởng Bộ Tư pháp Mỹ John Miller đã từ chối bình luận.", "Bộ Tư pháp Mỹ"),
        ("Thứ trưởng Bộ Quốc phòng Pháp Pierre Martin tới thăm đơn vị.", "Bộ Quốc phòng Pháp"),
        ("Theo hãng tin, Bộ Tư lệnh Thái Bình Dương Mỹ cho hay đã theo dõi.", "Bộ Tư lệnh Thái Bình Dương Mỹ"),
    ],
)
def test_a_foreign_ministry_keeps_its_country_before_a_persons_name(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert name.rsplit(" ", 1)[0] not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bộ trưởng Bộ Tài chính Trần Văn Hùng phát biểu tại hội nghị.", "Bộ Tài chính"),
        ("Bộ Công Thương Việt Nam đã gửi công văn tới các địa phương.", "Bộ Công Thương Việt Nam"),
        ("Bộ Tư lệnh Quân khu 5 tổ chức lễ kỷ niệm.", "Bộ Tư lệnh Quân khu 5"),
    ],
)
def test_a_home_ministry_is_unchanged(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nếu Tòa án hiến pháp Đức chấp nhận đơn kiện, luật này sẽ bị đình chỉ.", "Tòa án hiến pháp Đức"),
        ("Phiên điều trần của Tòa án Hiến pháp kéo dài tới chiều tối.", "Tòa án Hiến pháp"),
        ("Chủ tịch Hội đồng tham mưu trưởng liên quân Mỹ Mark Brown nói.", "Hội đồng tham mưu trưởng liên quân Mỹ"),
        ("Hội đồng Tham mưu trưởng Liên quân Hàn Quốc (JCS) xác nhận.", "Hội đồng Tham mưu trưởng Liên quân Hàn Quốc"),
    ],
)
def test_a_countrys_constitutional_court_or_joint_chiefs_is_a_body(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Cuộc thăm dò do đài MBC thực hiện cho thấy tỷ lệ ủng hộ giảm.", "MBC"),
        ("Hãng tin XYZ dẫn lời các quan chức cho biết như vậy.", "XYZ"),
        ("Ông nói với kênh TVN rằng cuộc đàm phán chưa kết thúc.", "TVN"),
        ("Theo hãng thông tấn PNA, vụ việc xảy ra vào rạng sáng.", "PNA"),
    ],
)
def test_an_acronym_after_a_news_outlets_noun_is_the_outlet(text: str, outlet: str) -> None:
    assert outlet in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chị gọi cho tổng đài QRZ để báo mất thẻ.",
        "Chương trình phát trên kênh XTV 3 vào tối nay.",
        "Phóng viên đài PT-TH tỉnh đã có mặt.",
    ],
)
def test_an_acronym_that_goes_on_or_follows_a_longer_word_is_no_outlet(text: str) -> None:
    assert not {"QRZ", "XTV", "PT"} & set(names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đại diện Bộ Y tế, Lao động và Phúc lợi Hàn Quốc đã ký biên bản.", "Bộ Y tế, Lao động và Phúc lợi Hàn Quốc"),
        ("Bộ Đất đai, cơ sở hạ tầng và du lịch Pháp đã ký biên bản.", "Bộ Đất đai, cơ sở hạ tầng và du lịch Pháp"),
    ],
)
def test_a_foreign_ministry_of_several_domains_is_one_before_its_country(text: str, name: str) -> None:
    assert name in names(text)


def test_domains_in_lower_case_without_a_country_stay_apart() -> None:
    assert "Bộ Y tế" in names("Đại diện Bộ Y tế, lao động và phúc lợi đã ký biên bản.")


def test_a_domain_of_several_words_is_read_whole_in_a_chain() -> None:
    text = "Ông từng là Bộ trưởng Bộ Lao động và Phúc lợi xã hội; sau đó về hưu."
    assert "Bộ Lao động và Phúc lợi xã hội" in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Người biểu tình kéo đến trước sứ quán Pháp để phản đối.", "sứ quán Pháp"),
        ("Sứ quán Canada đã gửi công hàm cho phía bạn.", "Sứ quán Canada"),
        ("Chánh văn phòng Nội các Hàn Quốc Kim Min-su cho biết như vậy.", "Nội các Hàn Quốc"),
    ],
)
def test_an_embassy_or_a_cabinet_named_by_its_country_is_a_body(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng tuyên bố cải tổ nội các vào tuần tới.",
        "Ông được mời đến sứ quán để làm việc.",
    ],
)
def test_an_embassy_or_a_cabinet_without_a_country_is_a_common_noun(text: str) -> None:
    assert not names(text)


def test_a_foreign_government_office_has_that_countrys_government_nested() -> None:
    found = names("Văn phòng Chính phủ Úc đã ra thông báo về việc này.")
    assert "Văn phòng Chính phủ Úc" in found
    assert "Chính phủ Úc" in found
    assert "Chính phủ" not in found


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Trời mưa lớn. Tờ Kurier Morgen cho hay đội bóng sẽ đổi huấn luyện viên.", "Kurier Morgen"),
        ("Hãng tin Brevik dẫn lời một quan chức giấu tên.", "Brevik"),
        ("Nhật báo Hokuro cho hay thủ tướng sẽ từ chức.", "Hokuro"),
        ("Tờ Kurier Morgen số ra ngày 7.2 dẫn lời một cầu thủ.", "Kurier Morgen"),
    ],
)
def test_a_foreign_outlet_after_its_noun_opening_the_sentence_is_named(text: str, outlet: str) -> None:
    assert outlet in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # `kênh` heads a canal's name as often as a channel's
        "Kênh Suez bị tắc nghẽn suốt một tuần.",
        # no verb of reporting in the clause: a thing so named, no outlet
        "Đài Lumiere được dựng trên đồi từ năm 1890.",
        "Tờ Tonnix là loại giấy dày nhất.",
    ],
)
def test_a_name_after_an_outlet_noun_that_reports_nothing_is_no_outlet(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cơ quan kiểm soát hàng hải Na Uy đã mở cuộc điều tra.", "Cơ quan kiểm soát hàng hải Na Uy"),
        ("Theo báo cáo, Cơ quan thống kê lao động Canada ghi nhận mức tăng.", "Cơ quan thống kê lao động Canada"),
    ],
)
def test_a_foreign_agency_named_in_lower_case_ends_with_its_country(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cơ quan chức năng Đan Mạch đã phong tỏa khu vực.",  # the authorities, no agency
        "Cơ quan thường trú tại Đan Mạch sẽ mở cửa lại.",  # a function word ends the descriptor
    ],
)
def test_a_generic_or_interrupted_descriptor_names_no_foreign_agency(text: str) -> None:
    assert not any(found.startswith("Cơ quan") for found in names(text))


def test_a_bilateral_body_keeps_its_partner_after_the_country() -> None:
    found = names("Phiên họp của Ủy ban hợp tác Lào - Việt Nam diễn ra hôm qua.")
    assert "Ủy ban hợp tác Lào - Việt Nam" in found
    assert "Ủy ban hợp tác Lào" not in found


def test_a_home_category_before_viet_nam_is_no_foreign_agency() -> None:
    found = names("Cơ quan đại diện Việt Nam ở nước ngoài cần bảo hộ công dân.")
    assert "Cơ quan đại diện Việt Nam" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bộ Ngoại giao Ca-dắc-xtan thông báo vòng đàm phán sẽ mở lại.", "Bộ Ngoại giao Ca-dắc-xtan"),
        ("Đoàn đã hội kiến lãnh đạo Quốc hội Bê-la-rút tại thủ đô.", "Quốc hội Bê-la-rút"),
    ],
)
def test_a_foreign_body_closes_with_its_country_in_hyphenated_spelling(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert name.rsplit(" ", 1)[0] not in found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Ủy ban kêu gọi Nga rút quân khỏi khu vực.", "Ủy ban kêu gọi Nga"),
        ("Hội đồng cảnh báo Iran về hậu quả của việc này.", "Hội đồng cảnh báo Iran"),
    ],
)
def test_a_verb_before_a_country_makes_no_foreign_agency(text: str, wrong: str) -> None:
    assert wrong not in names(text)  # the descriptor must open with a word of a name's field


def test_a_central_bank_named_in_lower_case_ends_with_its_country() -> None:
    assert "Ngân hàng trung ương Thụy Điển" in names("Ngân hàng trung ương Thụy Điển giữ nguyên lãi suất.")


def test_a_foreign_agency_keeps_its_own_acronym_after_a_spaced_dash() -> None:
    found = names("Cơ quan tình báo Mỹ - CIA cho biết đã nắm được tin.")
    assert any(name.startswith("Cơ quan tình báo Mỹ") for name in found)


def test_an_acronym_glued_to_the_dash_is_a_partner_bloc() -> None:
    found = names("Ủy ban hợp tác Mỹ-ASEAN sẽ họp vào tháng tới.")
    assert "Ủy ban hợp tác Mỹ" not in found
