"""Round 15 (r15-part): the event's participants, rules chosen by counts pooled over the nine dev sets; each
construction in its shape with written sentences."""

from __future__ import annotations

from tests.reporthelp import HandReport
from vnreport.report.model import Event, Role

# --- one person read twice, by a name and a fuller one, takes part once -------------------------------------

_TALKS = (
    "Hội đàm\n\nChiều 30/5/2024, Bộ trưởng Nông nghiệp Pháp Gaston De Lavaur hội đàm với Bộ trưởng Tài chính Đức "
    "Karl Berger tại Bremen. Sau hội đàm, ông De Lavaur cho biết hai ông đã bàn cách giảm thuế phân bón."
)


def _event(text: str, officials: tuple[tuple[str, str, list[Role], int], ...]) -> Event:
    """`officials`: name, title, roles and how many of the name's occurrences, from the end, are its mentions
    (a name inside a fuller one is not that official's mention)."""
    hand = HandReport(text)
    for name, title, roles, last in officials:
        hand.official(name, [title], roles)
        hand.report.officials[-1].mentions = hand.all(name)[-last:]
    hand.date("Chiều 30/5/2024", "2024-05-30")
    event = hand.summary().event
    assert event is not None
    return event


def test_a_name_inside_a_fuller_one_is_the_same_participant() -> None:
    event = _event(
        _TALKS,
        (
            ("Gaston De Lavaur", "Bộ trưởng Nông nghiệp Pháp", [], 1),
            ("Karl Berger", "Bộ trưởng Tài chính Đức", [], 1),
            ("De Lavaur", "Bộ trưởng Nông nghiệp Pháp", ["spoke"], 1),
        ),
    )
    assert [p.name for p in event.participants] == ["Gaston De Lavaur", "Karl Berger"]
    assert "spoke" in event.participants[0].roles  # the short name's words are the fuller name's


def test_a_middle_name_left_out_is_the_same_participant() -> None:
    text = (
        "Lễ phát động\n\nChiều 30/5/2024, Bộ Lao động tổ chức Lễ phát động Tháng hành động vì trẻ em. Phó Chủ tịch "
        "nước Đỗ Thị Ngọc Lan dự và phát biểu. Phát biểu tại buổi lễ phát động, Phó Chủ tịch nước Đỗ Ngọc Lan nói trẻ "
        "em cần được bảo vệ. Đỗ Thị Ngọc Lan trao quà cho các em."
    )
    event = _event(
        text,
        (
            ("Đỗ Thị Ngọc Lan", "Phó Chủ tịch nước", ["attended", "spoke"], 2),
            ("Đỗ Ngọc Lan", "Phó Chủ tịch nước", ["spoke"], 1),
        ),
    )
    assert [p.name for p in event.participants] == ["Đỗ Thị Ngọc Lan"]


def test_the_name_written_more_often_is_kept() -> None:
    # a caption's word glued once to the name (`… Lò Văn Sinh Ảnh: TTXVN`): the name the story repeats is the name
    text = (
        "Hội kiến\n\nChiều 30/5/2024, Chủ tịch nước Hà Văn Khải hội kiến Thủ tướng Lò Văn Sinh Ảnh: TTXVN. Tại "
        "cuộc hội kiến, Chủ tịch nước đề nghị Thủ tướng Lò Văn Sinh thúc đẩy hợp tác. Thủ tướng Lò Văn Sinh nhất "
        "trí."
    )
    event = _event(
        text,
        (
            ("Hà Văn Khải", "Chủ tịch nước", ["attended"], 1),
            ("Lò Văn Sinh Ảnh", "Thủ tướng", ["attended"], 1),
            ("Lò Văn Sinh", "Thủ tướng", ["attended"], 2),
        ),
    )
    assert [p.name for p in event.participants] == ["Hà Văn Khải", "Lò Văn Sinh"]


def test_two_people_sharing_words_out_of_order_stay_two() -> None:
    text = (
        "Hội nghị\n\nChiều 30/5/2024, UBND tỉnh tổ chức Hội nghị tổng kết. Dự hội nghị có Phó Chủ tịch UBND tỉnh "
        "Lê Văn Hùng và Giám đốc Sở Tài chính Hùng Văn Lê."
    )
    event = _event(
        text,
        (
            ("Lê Văn Hùng", "Phó Chủ tịch UBND tỉnh", ["attended"], 1),
            ("Hùng Văn Lê", "Giám đốc Sở Tài chính", ["attended"], 1),
        ),
    )
    assert [p.name for p in event.participants] == ["Lê Văn Hùng", "Hùng Văn Lê"]


def test_a_short_name_follows_a_chain_of_names_to_the_one_kept() -> None:
    # the short name's fuller one carries a caption's word, itself read as the name the story repeats:
    # `Du Plessard` → `Henri Du Plessard Ảnh` → `Henri Du Plessard`, and the short name's roles reach the last
    text = (
        "Hội đàm\n\nBộ trưởng Henri Du Plessard Ảnh: AFP. Chiều 30/5/2024, Bộ trưởng Henri Du Plessard hội đàm với "
        "Thống đốc Karl Berger tại Lyon. Thống đốc Karl Berger tiễn Bộ trưởng Henri Du Plessard. Phát biểu sau hội "
        "đàm, ông Du Plessard cho biết hai bên sẽ gặp lại."
    )
    event = _event(
        text,
        (
            ("Henri Du Plessard Ảnh", "Bộ trưởng", ["attended"], 1),
            ("Henri Du Plessard", "Bộ trưởng", ["attended"], 2),
            ("Karl Berger", "Thống đốc", ["attended"], 2),
            ("Du Plessard", "Bộ trưởng", ["spoke"], 1),
        ),
    )
    assert [p.name for p in event.participants] == ["Henri Du Plessard", "Karl Berger"]
    assert "spoke" in event.participants[0].roles
