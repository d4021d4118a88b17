"""A medium's name runs on over the word that ends an outlet's name (`SBS News`, `Nikkei Shimbun`) or its
station number (`Europe 1`), not over a number that opens the sentence after a photo credit."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Trả lời phỏng vấn đài phát thanh Europe 1, ông Jean cho biết sẽ từ chức.", "Europe 1"),
        ("Theo tờ Nikkei Shimbun ngày 3/5, kế hoạch đã được thông qua.", "Nikkei Shimbun"),
        ("Hai bộ trưởng gặp nhau tại Canberra. (Nguồn: SBS News)", "SBS News"),
        ("Sputnik News dẫn lời người phát ngôn cho biết cuộc tập trận sẽ kéo dài một tuần.", "Sputnik News"),
    ],
)
def test_an_outlet_keeps_the_word_or_number_that_ends_its_name(text: str, outlet: str) -> None:
    assert outlet in names(text)


def test_a_number_after_a_credit_opens_the_next_sentence() -> None:
    found = names("Đoàn đại biểu tới thăm nhà máy. Ảnh: EPA/TTXVN 3 ứng cử viên đã nộp hồ sơ dự tuyển.")
    assert "TTXVN" in found and not any(n.endswith(" 3") for n in found), found


def test_a_number_glued_to_more_is_no_station() -> None:
    found = names("Phát biểu trên kênh truyền hình Europe 1-2 lần mỗi tuần, ông cho biết như vậy.")
    assert "Europe 1" not in found, found


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Cuộc họp kết thúc chiều qua. AP cho biết hai bên chưa đạt thỏa thuận nào.", "AP"),
        ("Vụ việc đang được điều tra. Dân trí dẫn lời ông Hùng cho biết sẽ xử lý nghiêm.", "Dân trí"),
        ("Đoàn xe đã rời thủ đô. RT đưa tin rằng cuộc đàm phán sẽ tiếp tục vào tuần tới.", "RT"),
    ],
)
def test_a_medium_that_is_a_common_word_reports_opening_its_sentence(text: str, outlet: str) -> None:
    assert outlet in names(text)


def test_the_common_word_before_no_reporting_verb_is_no_medium() -> None:
    assert "Dân trí" not in names("Dân trí của người dân vùng cao ngày càng được nâng lên.")


@pytest.mark.parametrize(
    ("text", "brands"),
    [
        ("Bốn nhà mạng là Telora, Mobivex và Zentel đã ký cam kết chặn tin nhắn rác.", ["Telora", "Mobivex", "Zentel"]),
        ("Nhiều nhà đầu tư như: Kestrel Capital, Borwick Fund đã rót vốn.", ["Kestrel Capital", "Borwick Fund"]),
    ],
)
def test_brands_listed_after_la_or_nhu_with_a_colon(text: str, brands: list[str]) -> None:
    found = names(text)
    assert all(brand in found for brand in brands), found


def test_la_after_a_company_noun_before_a_vietnamese_phrase_lists_nothing() -> None:
    assert names("Công ty là đơn vị Nhà nước giao quản lý khu đất này.") == []


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("Theo Đài RFI, lá phiếu sẽ được kiểm vào tuần tới.", "Đài RFI"),
        ("Bản tin tối 3/6 của Đài truyền hình NHK nói vòng đàm phán sẽ kéo dài.", "Đài truyền hình NHK"),
    ],
)
def test_a_capitalised_station_noun_is_part_of_the_station_name(text: str, station: str) -> None:
    assert station in names(text)


def test_a_station_named_with_and_without_its_noun_is_one() -> None:
    found = names("Kênh truyền hình CNN phát đi bản tin đặc biệt. Sau đó, CNN dẫn lời người phát ngôn Nhà Trắng.")
    assert len([n for n in found if "CNN" in n]) == 1, found


def test_an_agency_noun_stays_out_of_the_name() -> None:
    found = names("Hãng tin AP cho biết hai bên chưa đạt thỏa thuận.")
    assert "AP" in found and "Hãng tin AP" not in found, found
