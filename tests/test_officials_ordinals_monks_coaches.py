"""Round 31, officials and people (sentences written for the tests, in the shapes of 2017 news): a monarch's
ordinal closing the name (`Nữ hoàng Elizabeth II`), a ministry's field that opens with a speech cue's words
(`Bộ trưởng Thông tin và Truyền thông A`), the dharma surname of Buddhist monastics (`Hòa thượng Thích Trí A`)
and their ranks as anchors (`Đại đức`), a team's coach as a post (`HLV`), and a national player named after
`tuyển thủ`, perhaps after a word of their standing (`tuyển thủ kỳ cựu A`)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.names import positional_name_length
from vnreport.extract.officials.titles import _field_not_cue, role_cue_length
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hôm qua, cả nước kỷ niệm 60 năm Nữ hoàng Margaret II lên ngôi.",
            {"Margaret II": ["Nữ hoàng"]},
        ),
        (
            "Sau khi nhà vua Frederick VI qua đời, con gái ông kế vị.",
            {"Frederick VI": ["nhà vua"]},
        ),
        (
            "Quốc vương Jordan Hassan III đã tiếp đoàn đại biểu, theo Nữ hoàng Margaret II, hai nước sẽ hợp tác.",
            {"Hassan III": ["Quốc vương Jordan"], "Margaret II": ["Nữ hoàng"]},
        ),
    ],
)
def test_a_monarchs_ordinal_closes_the_name(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = people_of(text)
    assert officials == expected


def test_an_initial_after_a_monarchs_name_is_no_ordinal() -> None:
    # `V.` written tight to its dot is an initial, not the fifth of a line of kings
    officials, _ = people_of("Nữ hoàng Margaret V. đã đến thăm thành phố.")
    assert "Margaret V" not in officials


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn đã đến chào Nữ hoàng Margaret II.", {"Margaret II": ["Nữ hoàng"]}),
        ("Bức thư được gửi tới nhà vua Frederick VI.", {"Frederick VI": ["nhà vua"]}),
    ],
)
def test_a_monarchs_ordinal_closing_the_sentence_closes_the_name(text: str, expected: dict[str, list[str]]) -> None:
    # an ordinal of two letters or more tight to a full stop ends the sentence: only a one-letter one is an initial
    officials, _ = people_of(text)
    assert officials == expected


def _ordinal_seconds(count: int) -> float:
    """The time to read a name by its position at every word of one long sentence of monarchs."""
    toks = segment("Tin\n\n" + "Nữ hoàng Margaret II, nhà vua Frederick VI, " * count + "đã gặp nhau.").tokens

    def read_all() -> None:
        for i in range(len(toks)):
            positional_name_length(toks, i, single=True)

    return best_cpu_seconds(read_all, 3)


def test_the_ordinal_is_read_in_linear_time() -> None:
    """The ordinal is looked at once, right after the words of the name: twice the monarchs take twice the time
    (2.5 allowed on a busy machine), not four."""
    assert doubling_ratio(_ordinal_seconds, 1000) < 2.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ trưởng Thông tin và Truyền thông Lâm Văn Định phát biểu tại hội nghị.",
            {"Lâm Văn Định": ["Bộ trưởng Thông tin và Truyền thông"]},
        ),
        (
            "Bộ trưởng Thông tin Karim Haddad cho biết chính phủ sẽ mở cửa lại.",
            {"Karim Haddad": ["Bộ trưởng Thông tin"]},
        ),
    ],
)
def test_a_ministrys_field_is_no_speech_cue(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = people_of(text)
    assert officials == expected


def test_a_role_cue_gives_its_length() -> None:
    toks = segment("Tin\n\nÔng A ra tuyên bố chung và cho biết thêm.").tokens
    at = {t.text: k for k, t in enumerate(toks)}
    assert role_cue_length(toks, at["ra"]) == 3
    assert role_cue_length(toks, at["cho"]) == 2
    assert role_cue_length(toks, at["chung"]) == 0


def test_a_field_is_read_past_a_cue_of_its_own_length() -> None:
    # the field must cover the whole cue: a two-word field before a capital is past a two-word cue, not a three-word one
    toks = segment("Tin\n\nBộ trưởng Thông tin Karim Haddad cho biết.").tokens
    i = next(k for k, t in enumerate(toks) if t.text == "Thông")
    assert _field_not_cue(toks, i, 2)
    assert not _field_not_cue(toks, i, 3)


def test_a_lower_case_speech_cue_after_a_bare_title_still_ends_it() -> None:
    officials, people = people_of("Bộ trưởng thông tin rằng dự án đã xong.")
    assert officials == {} and people == []


def test_the_dharma_surname_opens_a_monks_name() -> None:
    officials, people = people_of(
        "Hòa thượng Thích Trí Hạnh, Trưởng Ban Trị sự Giáo hội Phật giáo tỉnh Bình Định, đã phát biểu. "
        "Đại đức Thích Quảng Tịnh cho biết chùa sẽ mở cửa."
    )
    assert officials == {"Thích Trí Hạnh": ["Trưởng Ban Trị sự Giáo hội Phật giáo tỉnh Bình Định"]}
    assert people == ["Thích Quảng Tịnh"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HLV Kenji Morita đến Việt Nam từ tháng 4.", {"Kenji Morita": ["HLV"]}),
        ("HLV U23 Việt Nam Lưu Quang Khải than thở về lịch thi đấu.", {"Lưu Quang Khải": ["HLV U23 Việt Nam"]}),
    ],
)
def test_a_coach_holds_a_post(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = people_of(text)
    assert officials == expected


@pytest.mark.parametrize(
    "text",
    [
        '"Tôi chưa nhận được thông báo", tuyển thủ Đặng Thị Mến cho biết.',
        '"Tôi chưa nhận được thông báo", tuyển thủ kỳ cựu Đặng Thị Mến cho biết.',
    ],
)
def test_a_national_player_is_named_after_tuyen_thu(text: str) -> None:
    officials, people = people_of(text)
    assert officials == {} and people == ["Đặng Thị Mến"]


def test_an_actor_is_named_after_the_words_of_their_standing() -> None:
    _, people = people_of("Trong phim, nam diễn viên nổi tiếng Pavel Orlov vào vai một điệp viên.")
    assert people == ["Pavel Orlov"]
