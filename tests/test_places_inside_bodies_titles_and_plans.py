"""Place constructions of round 29 (issue #13), one written example each: a place that is a word of a longer
name — a body's whose head the organisation stage may not know, a title's written in lower case or naming a
facility, a list of places under one title, a campaign's or an agreement's, a plan's for a project, a reporter's
credit — is not a place named on its own; the same words outside such a name stay places."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.segment.document import segment


def places(text: str) -> list[str]:
    return [location.name for location in run_extractors(segment(text, words="dictionary")).locations]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a body's head (places_name_heads.txt) and the lower-case words of its domain, then the place
        ("Ông Bình, Giám đốc Sở cấp nước bang Johor, đã bị bắt giữ.", "bang Johor"),
        ("Ông Kevin, Giám đốc điều hành Bưu điện Ireland, nhận lương cao.", "Ireland"),
        ("Hai bên phối hợp với Cơ quan Sáng chế Nhật Bản, Hoa Kỳ trong dự án.", "Nhật Bản"),
        ("Nhiều bệnh nhân đến khám tại Phòng khám đa khoa Sài Gòn trong tuần.", "Sài Gòn"),
        ("Ông Kha là Chủ tịch Tiểu ban Đông Nam Á của Thượng viện.", "Đông Nam Á"),
        ("Người dân có thể gọi Tổng đài hành chính công Cần Thơ để hỏi.", "Cần Thơ"),
        # a board, a paper, a shop written in lower case right before the place
        ("Theo ông Sơn, trưởng ban quản lý chợ Đồng Xuân, tiểu thương đã dọn hàng.", "chợ Đồng Xuân"),
        ("Sáng nay, báo Quảng Ngãi đăng tin về vụ tai nạn.", "Quảng Ngãi"),
        ("Vụ cướp xảy ra ở tiệm vàng Kim Thành (Hải Dương) lúc nửa đêm.", "Kim Thành"),
    ],
)
def test_a_place_ending_a_bodys_name_is_the_names(text: str, place: str) -> None:
    assert place not in places(text)


def test_a_place_ending_a_party_cells_name_is_the_cells() -> None:
    # no title before the cell: its head alone (orgs_heads.tsv `Chi bộ`, a Party cell named by its place) opens the name
    assert "thôn Đông Hạ" not in places("Huyện ủy đã gửi Chi bộ thôn Đông Hạ văn bản đề nghị kiểm tra.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cục có văn bản gửi Sở VH-TT tỉnh Bình Định đề nghị kiểm tra.", "tỉnh Bình Định"),
        ("Đoàn đã làm việc với Sở Tài nguyên & Môi trường Gia Lai về mỏ đá.", "Gia Lai"),
    ],
)
def test_a_mark_inside_the_domains_abbreviation_does_not_end_the_name(text: str, place: str) -> None:
    assert place not in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cơ quan khí tượng đã cảnh báo Hà Nội sẽ có mưa lớn.", "Hà Nội"),  # `cảnh báo`: a word, no paper
        ("Sở dĩ Hà Nội chọn phương án này là vì chi phí thấp.", "Hà Nội"),  # `Sở dĩ`: a word, not the head `Sở`
        ("Đợt này tăng trưởng Việt Nam đạt 6,2%.", "Việt Nam"),  # `tăng trưởng`: no title
    ],
)
def test_a_word_ending_like_a_head_or_a_title_opens_no_name(text: str, place: str) -> None:
    assert place in places(text)


def test_a_place_ending_a_campaigns_proper_name_is_the_names() -> None:
    assert "Tây Nguyên" not in places("Năm 1975, quân ta mở Chiến dịch Tây Nguyên với trận đánh then chốt.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ông Tư, trưởng thôn Đông Hạ, đã báo cáo vụ việc.", "thôn Đông Hạ"),
        ("Ông Long, Phó chủ tịch huyện Gia Lâm, cho biết như vậy.", "huyện Gia Lâm"),
        ("Bà Mai, Tổ trưởng tổ dân phố 5, kể lại đêm mưa lũ.", "tổ dân phố 5"),
        ("Hai Phó Trưởng đoàn Thái Lan đã tới sân vận động.", "Thái Lan"),
    ],
)
def test_a_place_after_a_title_written_in_lower_case_is_the_titles(text: str, place: str) -> None:
    assert place not in places(text)


def test_a_facility_right_after_a_title_is_the_body_it_heads() -> None:
    assert "khách sạn Hoàng Gia" not in places("Giám đốc khách sạn Hoàng Gia cũng bị triệu tập.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Văn kiện được Quốc vương Jordan, Bahrain và Oman ký tháng trước.", "Bahrain"),
        ("Văn kiện được Quốc vương Jordan, Bahrain và Oman ký tháng trước.", "Oman"),
        ("Hai bên trao đổi với Tổng thống Pháp và Đức về thuế quan.", "Đức"),
    ],
)
def test_places_listed_after_a_titles_place_are_the_titles(text: str, place: str) -> None:
    assert place not in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Theo Bộ trưởng Quốc phòng Mỹ, Triều Tiên vẫn là mối lo lớn nhất.", "Triều Tiên"),  # a clause opens
        ("Cuộc gặp giữa Ngoại trưởng Mỹ và Nhật Bản tại thành phố Osaka kéo dài hai giờ.", "thành phố Osaka"),
    ],
)
def test_a_clause_or_a_meeting_place_after_a_titles_list_stays_a_place(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lá thư có chữ ký của Bộ trưởng Thương mại của Australia.", "Australia"),
        ("Ông Harris, Tư lệnh Bộ chỉ huy Thái Bình Dương của Mỹ, phát biểu.", "Mỹ"),
    ],
)
def test_a_country_after_cua_ending_a_title_or_a_name_is_its_word(text: str, place: str) -> None:
    assert place not in places(text)


def test_a_place_right_after_a_lower_case_agreement_is_its_name_but_not_a_partner() -> None:
    assert "Paris" not in places("Các nước cam kết thực hiện các thỏa thuận Paris về khí hậu.")
    assert "Nhật Bản" in places("Hai bên đã ký thỏa thuận hợp tác với Nhật Bản trong năm nay.")


def test_a_project_whose_plan_the_text_names_is_no_place_but_a_planned_place_that_stands_is() -> None:
    text = (
        "Thành phố điều chỉnh quy hoạch khu đô thị Nam Sông Hậu. Khu đô thị Nam Sông Hậu rộng 300 ha. "
        "Người dân góp ý về quy hoạch bán đảo Hòn Gai."
    )
    found = places(text)
    assert not any("Nam Sông Hậu" in name for name in found)
    assert "bán đảo Hòn Gai" in found


def test_a_line_being_built_is_a_project() -> None:
    assert not any("vành đai" in p for p in places("Thành phố đẩy nhanh việc hoàn thiện tuyến đường vành đai 4."))


def test_a_place_named_against_a_slash_and_an_outlet_is_a_reporters_name() -> None:
    assert places("Phóng sự về mùa lúa mới ở đồng bằng. Nam Định/VOV") == []


def test_a_sugar_mill_is_no_road() -> None:
    assert "đường Sơn La" not in places("Nhà máy đường Sơn La tạm dừng ép mía từ tháng trước.")


def test_one_place_misspelt_in_a_tone_mark_is_one_place() -> None:
    found = [
        location
        for location in run_extractors(
            segment(
                "Nước lũ tràn vào thôn Phú Mỹ, xã Hòa Sơn từ đêm qua. Chính quyền đã huy động lực lượng "
                "dân quân, thanh niên và xe tải để chở đồ đạc, lương thực cho các hộ bị ngập sâu nhất. "
                "Người dân thôn Phú Mỵ đã sơ tán lên đồi. Mưa vẫn kéo dài trên diện rộng và mực nước sông "
                "còn lên trong ngày mai. Ông Lâm, trú tại thôn Phú Mỹ, cho biết nhà ông bị ngập.",
                words="dictionary",
            )
        ).locations
        if "Phú" in location.name
    ]
    assert [location.name for location in found] == ["thôn Phú Mỹ"]
    assert len(found[0].mentions) == 3


def test_two_spellings_written_close_together_are_two_places() -> None:
    found = places("Đoàn xe đi qua cầu Cao, cầu Đống rồi cầu Cáo để vào thị xã.")
    assert "cầu Cao" in found and "cầu Cáo" in found
