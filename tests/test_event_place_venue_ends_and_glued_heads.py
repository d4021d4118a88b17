"""The event's place, round 21: a venue ends at `và` when no place is named after it (`tại Đức và dự Hội nghị
…`: a second predicate, not a second place), and a venue head the segmenter reads as one word with what follows
(`cung văn hóa`, `cảng hàng không`) starts a venue as its first syllable does, and an `ở` inside the quoted
name of the event (`hội thảo “… ở X”`) is the name's, not the venue; a venue ends before the copula `là` and before
`trước`, `giữa`, `kể từ` (`tại Geneva giữa hai phái đoàn`). One written sentence per construction, analysed
whole."""

from __future__ import annotations

import pytest

from tests.conftest import found_event_kind_and


def _venue(heading: str, sentence: str, then: str) -> str | None:
    """The event's place of a story `heading`, `sentence`, `then` (a second sentence that names no place)."""
    return found_event_kind_and(f"{heading}\n\n{sentence} {then}", "location")[1]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Sáng 6/7, Thủ tướng làm việc với các nhà đầu tư tại Pháp và thăm nhà máy của tập đoàn Airbus.", "Pháp"),
        (
            "Trong chuyến công tác tại Nhật Bản và dự Hội nghị Cấp cao G7 mở rộng, sáng 27/5, Thủ tướng đã tiếp các "
            "nhà đầu tư Nhật Bản.",
            "Nhật Bản",
        ),
        (
            "Ngày 3/6, Bộ Nội vụ tổ chức hội nghị tập huấn tại Hà Nội và trên 500 đại biểu các tỉnh theo dõi "
            "trực tuyến.",
            "Hà Nội",
        ),
    ],
)
def test_a_venue_ends_before_and_with_no_place_after_it(sentence: str, place: str) -> None:
    assert _venue("Tin trong nước", sentence, "Các đại biểu đã thảo luận sôi nổi.") == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Sáng 12/4, Sở Tài chính tổ chức hội nghị tại xã Tân Lập và xã Tân Hòa.", "xã Tân Lập và xã Tân Hòa"),
        ("Sáng 12/4, Sở Tài chính tổ chức hội nghị tại Hà Nội và Huế.", "Hà Nội và Huế"),
        # a name written in lower case after its capitalised head: `và` inside it does not end the venue
        (
            "Sáng 12/4, Bộ Ngoại giao tổ chức hội thảo tại Trung tâm bảo tồn thiên nhiên và văn hóa Hòa Vân.",
            "Trung tâm bảo tồn thiên nhiên và văn hóa Hòa Vân",
        ),
    ],
)
def test_a_venue_goes_on_past_and_with_a_place_after_it(sentence: str, place: str) -> None:
    assert _venue("Tin trong nước", sentence, "Các đại biểu đã thảo luận sôi nổi.") == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Tối 14/6, tại cung văn hóa Lao Động đã diễn ra lễ tôn vinh các nhà giáo tiêu biểu.",
            "cung văn hóa Lao Động",
        ),
        (
            "Chiều 2/3, tại cảng hàng không Phú Bài đã diễn ra lễ đón đoàn vận động viên trở về.",
            "cảng hàng không Phú Bài",
        ),
    ],
)
def test_a_head_read_as_one_word_starts_a_venue(sentence: str, place: str) -> None:
    assert _venue("Tin trong nước", sentence, "Buổi lễ kết thúc lúc 21 giờ.") == place


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng 23/5, Sở Y tế tổ chức hội thảo “Quản lý an toàn thực phẩm ở Hà Nội: thực trạng và giải pháp”.",
        "Sáng 23/5, ông A cho biết như vậy tại hội thảo “Nông sản sạch ở Đồng Nai” do Sở Công Thương tổ chức.",
    ],
)
def test_a_place_inside_the_quoted_name_is_no_venue(sentence: str) -> None:
    assert _venue("Tin trong nước", sentence, "Nhiều đại biểu đã phát biểu ý kiến.") is None


def test_a_place_after_the_quoted_name_is_the_venue() -> None:
    text = (
        "Tin trong nước\n\nSáng 23/5, Sở Y tế tổ chức hội thảo “Nông sản sạch” ở Biên Hòa. Nhiều đại biểu đã phát biểu."
    )
    assert found_event_kind_and(text, "location")[1] == "Biên Hòa"


@pytest.mark.parametrize(
    "sentence",
    [
        "Từ ngày 9 đến 13/6, doanh thu của hội chợ nông sản ở Đồng Tháp là 3 tỉ đồng từ 200 tấn trái cây.",
        "Ngày 9/6, hội chợ nông sản tại Đồng Tháp là dịp để nông dân giới thiệu sản phẩm.",
    ],
)
def test_a_venue_ends_before_the_copula(sentence: str) -> None:
    assert _venue("Tin trong nước", sentence, "Nhiều doanh nghiệp đã tham gia.") == "Đồng Tháp"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Chiều 7/7, Thủ tướng Anh đã hội đàm với Tổng thống Pháp tại thủ đô Berlin trước thềm hội nghị "
            "thượng đỉnh.",
            "thủ đô Berlin",
        ),
        ("Ngày 5/6, vòng đàm phán tại Geneva giữa hai phái đoàn đã kết thúc.", "Geneva"),
        ("Ngày 5/6, cuộc tập trận chung tại vùng Vịnh kể từ đầu tháng đã kết thúc.", "vùng Vịnh"),
    ],
)
def test_a_venue_ends_before_a_word_of_time_or_relation(sentence: str, place: str) -> None:
    assert _venue("Tin quốc tế", sentence, "Hai bên nhất trí tiếp tục hợp tác.") == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Ngày 5/6, Sở Công Thương và Phòng Thương mại vùng Lyon đã tổ chức tại Lyon hội thảo “Cơ hội đầu tư” "
            "với nhiều doanh nghiệp.",
            "Lyon",
        ),
        (
            "Chiều 5/6, Bí thư Tỉnh ủy Lê Văn Bình đã đến trụ sở Công an tỉnh Hòa Bình thăm và động viên cán bộ.",
            "trụ sở Công an tỉnh Hòa Bình",
        ),
    ],
)
def test_a_venue_ends_before_an_event_word_after_its_name(sentence: str, place: str) -> None:
    assert _venue("Tin trong nước", sentence, "Hai bên nhất trí tiếp tục hợp tác.") == place


def test_an_event_word_right_after_the_venue_word_is_the_venues_name() -> None:
    sentence = "Sáng 5/6, Bộ Ngoại giao tổ chức hội nghị tại Trung tâm Hội nghị Quốc gia với nhiều đại biểu."
    assert _venue("Tin trong nước", sentence, "Hai bên nhất trí tiếp tục hợp tác.") == "Trung tâm Hội nghị Quốc gia"


def test_a_venue_ends_before_co() -> None:
    sentence = "Ngày 5/6, vòng đàm phán tại thủ đô Tokyo có đại diện của hai bộ đã bắt đầu."
    assert _venue("Tin quốc tế", sentence, "Hai bên nhất trí tiếp tục hợp tác.") == "thủ đô Tokyo"
