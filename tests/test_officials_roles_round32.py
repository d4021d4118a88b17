"""Roles of officials (issue #12, round 32): a speaker's own working session written after the verb of saying
(officials_role_sessions.txt), a signing written `ký kết`, being present written `sự góp mặt của`, a phone call
`điện đàm với`, a reception named as its host's (`buổi tiếp của A với B`), and a week's time between a person and
the verb (officials_role_cues.tsv, officials_role_adverbs.txt)."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def roles(text: str) -> dict[str, str | None]:
    found, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: o.role for o in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Lê Văn Hùng, Chủ tịch UBND tỉnh, đã nhấn mạnh như vậy tại buổi làm việc với Sở Y tế.", "Lê Văn Hùng"),
        ("Đó là ý kiến được Phó Thủ tướng Trần Minh Đức nêu rõ trong buổi làm việc với Bộ Tài chính.", "Trần Minh Đức"),
        ("Bộ trưởng Phạm Thanh Sơn phát biểu tại buổi họp với các doanh nghiệp xăng dầu.", "Phạm Thanh Sơn"),
    ],
)
def test_a_speaker_at_their_own_working_session_with_a_body_chaired(text: str, name: str) -> None:
    assert roles(text)[name] == "chaired"


@pytest.mark.parametrize(
    "text",
    [
        # the words said open after the comma: the session is what they tell of
        "Bộ trưởng Phạm Thanh Sơn cho biết, tại buổi làm việc với Sở Công Thương, tỉnh đã cam kết hoàn thành.",
        # a delegation is the one worked with: it leads, the speaker hosts it
        "Bộ trưởng Phạm Thanh Sơn phát biểu tại buổi làm việc với đoàn công tác của tỉnh Lào Cai.",
        # `cuộc họp với` a ministry: a city's leader may take part in the ministry's meeting (dev18's gold)
        "Bộ trưởng Phạm Thanh Sơn nhận định như vậy trong cuộc họp với Bộ Giao thông vận tải.",
    ],
)
def test_a_session_told_in_the_words_or_held_with_a_delegation_makes_no_chair(text: str) -> None:
    assert roles(text)["Phạm Thanh Sơn"] == "spoke"


def test_a_session_dated_with_a_year_is_background_and_makes_no_chair() -> None:
    found = roles(
        "Kết quả này đã được Bộ trưởng Phạm Thanh Sơn khẳng định tại buổi làm việc với Tập đoàn X vào tháng 8/2015."
    )
    assert found["Phạm Thanh Sơn"] == "spoke"


def test_a_call_told_as_the_time_of_another_act_gives_no_role() -> None:
    found = roles("Quan hệ xấu đi sau khi ông Lee làm phật lòng đối tác khi điện đàm với Thủ tướng Ấn Độ Raj Kumar.")
    assert found["Raj Kumar"] is None


def test_a_session_held_with_a_person_leaves_the_speaker_a_speaker() -> None:
    found = roles("Bộ trưởng Phạm Thanh Sơn phát biểu tại buổi làm việc với Phó Thủ tướng Lê Văn Bình.")
    assert found["Phạm Thanh Sơn"] == "spoke"


def test_both_sides_who_sign_with_ky_ket_signed() -> None:
    found = roles("Bộ trưởng Quốc phòng Qatar Omar Hassan và người đồng cấp Mỹ John Miller ký kết thỏa thuận.")
    assert found == {"Omar Hassan": "signed", "John Miller": "signed"}


def test_people_whose_presence_is_told_with_su_gop_mat_cua_attended() -> None:
    found = roles("Buổi lễ có sự góp mặt của Bộ trưởng Nguyễn Văn Tâm và Thứ trưởng Lê Thị Hoa.")
    assert found == {"Nguyễn Văn Tâm": "attended", "Lê Thị Hoa": "attended"}


def test_the_one_called_in_a_phone_call_attended() -> None:
    found = roles("Thủ tướng Võ Minh Khang đã điện đàm với Thượng nghị sĩ Peter Brown, Chủ tịch Ủy ban Đối ngoại.")
    assert found["Peter Brown"] == "attended"


def test_the_host_of_a_reception_named_as_theirs_chaired_and_the_guest_attended() -> None:
    found = roles(
        "Thông tin được nêu tại buổi tiếp của Chủ tịch UBND tỉnh Hà Văn Lộc với Đại sứ Đức tại Việt Nam, "
        "ông Karl Weber, chiều nay."
    )
    assert found == {"Hà Văn Lộc": "chaired", "Karl Weber": "attended"}


@pytest.mark.parametrize("time", ["cuối tuần qua", "tuần trước", "ngay lập tức"])
def test_a_week_or_an_instant_between_the_speaker_and_the_verb(time: str) -> None:
    assert roles(f"Bộ trưởng Tài chính Chile Maria Lopez {time} cho biết đã đạt thỏa thuận.")["Maria Lopez"] == "spoke"


def test_the_session_scan_is_linear_in_the_clause() -> None:
    """Timed at the real call site: the roles of a sentence of many speakers, each with a session after the verb."""

    def seconds_at(n: int) -> float:
        doc = segment("Bộ trưởng Phạm Thanh Sơn phát biểu tại buổi làm việc với Sở Y tế, " * n + "hôm qua.")
        return best_cpu_seconds(lambda: extract_people(doc))

    assert doubling_ratio(seconds_at, 200) < 2.5


def test_a_session_with_a_delegation_written_in_two_words_makes_no_chair() -> None:
    # `phái đoàn` is a phrase of the delegation rows: the delegation leads, the speaker only spoke
    found = roles("Bộ trưởng Phạm Thanh Sơn phát biểu tại buổi làm việc với phái đoàn Bộ Quốc phòng Nhật Bản.")
    assert found["Phạm Thanh Sơn"] == "spoke"


def test_a_second_chair_joined_by_cung_under_a_chairing_cue_still_chaired() -> None:
    # only a reception named as its host's (`buổi tiếp của A với B`) makes the one after `với` a guest
    found = roles("Hội nghị diễn ra dưới sự chủ trì của Chủ tịch Hà Văn Lộc cùng Phó Chủ tịch Lê Thị Hoa.")
    assert found == {"Hà Văn Lộc": "chaired", "Lê Thị Hoa": "chaired"}


@pytest.mark.parametrize("number", ["0", "1"])
def test_a_number_below_two_after_cung_is_no_count(number: str) -> None:
    from vnreport.extract.officials.roles import _count
    from vnreport.segment.tokens import scan

    assert not _count(scan(number, 0, 1)[0])
    assert _count(scan("3", 0, 1)[0])


def test_a_leader_named_after_the_palace_as_venue_is_read_with_their_role() -> None:
    # `Phủ Chủ tịch` is the palace: its `Chủ tịch` is no title whose holder follows the comma
    found = roles("Sáng 5/6, tại Phủ Chủ tịch, Phó Chủ tịch nước Lê Thị Hồng đã tiếp Đại sứ Nhật Bản Kenji Sato.")
    assert found["Lê Thị Hồng"] == "chaired"
    assert found["Kenji Sato"] == "attended"


def test_people_counted_after_cung_share_the_verb_with_the_subject() -> None:
    found = roles(
        "Sáng nay, Bí thư Thành ủy Lưu Văn Nam cùng hai ĐBQH Hồ Thị Lan, Mai Văn Tùng đã tiếp xúc cử tri quận 5."
    )
    assert found == {"Lưu Văn Nam": "attended", "Hồ Thị Lan": "attended", "Mai Văn Tùng": "attended"}


def test_a_relative_clause_set_off_by_commas_gives_no_role_and_the_verb_after_it_counts() -> None:
    found = roles(
        "Thủ tướng Canada Paul Martin, người đang dẫn đầu trong các cuộc thăm dò dư luận, nói rằng thuế sẽ giảm."
    )
    assert found["Paul Martin"] == "spoke"
