"""Round 13c (r13c-chair): the two sides of talks lead them; each construction in its shape with written
sentences."""

from __future__ import annotations

from tests.test_event_people import _event, _names

_PAIR = (("Lê Văn Hải", "Thủ tướng"), ("Karl Berger", "Thủ tướng Áo"))


def test_a_meeting_between_two_leaders_the_story_calls_talks_is_led_by_both() -> None:
    text = (
        "Hai Thủ tướng gặp nhau\n\nChiều 30/5/2024, cuộc gặp riêng giữa Thủ tướng Lê Văn Hải và Thủ tướng "
        "Áo Karl Berger đã kéo dài hơn dự kiến. Sau cuộc hội đàm, hai bên nhất trí mở rộng hợp tác thương mại."
    )
    chair, people = _names(_event(text, "Chiều 30/5/2024", _PAIR))
    assert chair == ["Lê Văn Hải", "Karl Berger"] and people == ["Lê Văn Hải", "Karl Berger"]


def test_talks_told_only_in_a_quotation_give_no_chair() -> None:
    text = (
        "Hai Thủ tướng gặp nhau\n\nChiều 30/5/2024, cuộc gặp riêng giữa Thủ tướng Lê Văn Hải và Thủ tướng "
        'Áo Karl Berger đã kéo dài hơn dự kiến. Ông Berger nói: "Đây là lần thứ ba chúng tôi hội đàm".'
    )
    chair, _ = _names(_event(text, "Chiều 30/5/2024", _PAIR))
    assert chair == []


def test_a_third_person_in_the_sentence_gives_no_pair() -> None:
    officials = (*_PAIR, ("Trần Minh Đức", "Bộ trưởng Bộ Ngoại giao"))
    text = (
        "Hai Thủ tướng gặp nhau\n\nChiều 30/5/2024, cuộc gặp riêng giữa Thủ tướng Lê Văn Hải và Thủ tướng "
        "Áo Karl Berger có Bộ trưởng Bộ Ngoại giao Trần Minh Đức tham dự. Sau cuộc hội đàm, hai bên nhất trí "
        "mở rộng hợp tác thương mại."
    )
    chair, _ = _names(_event(text, "Chiều 30/5/2024", officials))
    assert chair == []


def test_a_conference_two_leaders_attend_is_not_led_by_them() -> None:
    text = (
        "Hội nghị\n\nSáng 30/5/2024, Thủ tướng Lê Văn Hải và Thủ tướng Áo Karl Berger dự Hội nghị kinh tế "
        "khu vực lần thứ 12. Bên lề hội nghị, hai Thủ tướng đã hội đàm."
    )
    chair, _ = _names(_event(text, "Sáng 30/5/2024", _PAIR))
    assert chair == []


def test_a_summit_held_with_a_counterpart_is_led_by_both() -> None:
    # several modifiers between the meeting word and its `với`: `cuộc gặp thượng đỉnh chính thức đầu tiên với`
    text = (
        "Hai Thủ tướng gặp nhau\n\nChiều 30/5/2024, Thủ tướng Lê Văn Hải đã tổ chức cuộc gặp thượng đỉnh chính "
        "thức đầu tiên với Thủ tướng Áo Karl Berger tại Hà Nội. Hai bên nhất trí mở rộng hợp tác thương mại."
    )
    chair, _ = _names(_event(text, "Chiều 30/5/2024", _PAIR))
    assert chair == ["Lê Văn Hải", "Karl Berger"]
