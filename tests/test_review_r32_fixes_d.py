"""Review of r32's fourth merges (r32-e14 places, r32-e11 case steps, r32-fa, r32-fb): a win foretold is no vote
held, a case step wished or feared is no step told, an area word's place abroad ends at its first word not in plain
letters, a country in one common syllable opens a list only after a colon and before a comma, and a verb after two
delegations keeps the first as its subject. Sentences written for the tests, in the shape of the constructions."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from tests.conftest import event_kind_and_date
from vnreport import analyze_text
from vnreport.summary.event import _without_delegations


def _locations(text: str) -> list[str]:
    return [loc.name for loc in analyze_text(text, source="t.txt", year=2024).locations]


def test_a_win_foretold_after_an_opinion_verb_is_no_vote_held() -> None:
    # `khó có thể tái đắc cử` is what observers predict: the election stays something said, not the event
    text = (
        "Ông B khó tái đắc cử\n\n"
        "Ngày 20/5, giới quan sát dự đoán ông B khó có thể tái đắc cử trong cuộc bầu cử Tổng thống năm sau."
    )
    found = event_kind_and_date(text)
    assert found is None or found[0] != "election"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 20/5, ông A cho biết ông không muốn bị bắt và bị đưa ra tòa.",
        "Ngày 20/5, nhiều người lo ngại bị bắt khi đi biểu tình.",
        "Ngày 20/5, ông A nói ông lo sợ bị bắt vì những phát ngôn trên mạng.",
    ],
)
def test_a_case_step_wished_or_feared_is_no_step_told(sentence: str) -> None:
    found = event_kind_and_date(f"Người dân lo ngại\n\n{sentence}")
    assert found is None or found[0] != "investigation"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 20/5, ông A bị bắt khi đang vận chuyển 2 kg ma túy qua biên giới.",
        "Ngày 20/5, không ít người biểu tình bị bắt.",
    ],
)
def test_a_case_step_closed_by_khi_or_after_a_distant_negation_is_told(sentence: str) -> None:
    # review of r32-fd: `khi` closes a step told (a feared one is refused by step_wish), and a negation a few words
    # back (`không ít người`) negates the count, not the arrest
    found = event_kind_and_date(f"Tin trong ngày\n\n{sentence}")
    assert found is not None and found[0] == "investigation"


def test_a_case_step_denied_right_before_it_is_no_step_told() -> None:
    found = event_kind_and_date("Tin trong ngày\n\nNgày 20/5, ông A chưa bị bắt và vẫn ở nhà.")
    assert found is None or found[0] != "investigation"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mưa lớn kéo dài ở vùng Kyushu Đông Bắc.", "vùng Kyushu"),
        ("Giao tranh ác liệt tiếp diễn ở vùng Donbas Đông.", "vùng Donbas"),
    ],
)
def test_an_area_words_place_abroad_ends_at_its_first_word_not_in_plain_letters(text: str, place: str) -> None:
    assert place in _locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Bình nói: Anh với Pháp đi chơi.",
        "Ông Bình nói: Anh và Pháp đi chơi.",
        "Ông Bình nói:\nAnh, Pháp đi chơi.",
        "Ông Bình kể (Anh, Pháp đi chơi).",
    ],
)
def test_a_one_syllable_country_opens_no_list_without_a_colon_and_a_comma(text: str) -> None:
    assert "Anh" not in _locations(text)


def test_a_one_syllable_country_opens_a_list_after_a_colon() -> None:
    assert "Anh" in _locations("Đoàn khách gồm: Anh, Pháp, Đức và Ý.")


def _candidate(head: int, *, noun: bool, delegation: bool) -> Any:
    word = SimpleNamespace(noun=noun, delegation=delegation, subject_only=False)
    return SimpleNamespace(word=word, head=head, toks=[], delegation_at=None)


def test_a_verb_after_two_delegations_keeps_the_first_as_its_subject() -> None:
    """`Đoàn công tác của Bộ … và đoàn kiểm tra của tỉnh … làm việc với …`: the delegation_at the verb keeps is the
    first delegation of the sentence, as the forward loop before r32-fa set it (its first write won)."""
    first = _candidate(2, noun=True, delegation=True)
    second = _candidate(6, noun=True, delegation=True)
    verb = _candidate(10, noun=False, delegation=False)
    kept = _without_delegations([first, second, verb])
    assert kept == [verb]
    assert verb.delegation_at == 2


def test_the_area_word_alone_names_an_old_district_after_it() -> None:
    # places_admin_cues.txt `vùng`: as `vùng đất`, the old district or commune after it is a place
    assert "Quỳnh Lưu" in _locations("Nghề làm nước mắm của vùng Quỳnh Lưu có từ lâu.")
