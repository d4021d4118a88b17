"""Round 15 (r15-chair): a chair cue that names the work of managing; each construction in its shape with
written sentences."""

from __future__ import annotations

from tests.test_event_people import _names
from tests.test_summary import HandReport


def _report(text: str, date: str, officials: tuple[tuple[str, str], ...]) -> HandReport:
    hand = HandReport(text)
    for name, title in officials:
        hand.official(name, title.split("|"), [])
    hand.date(date, "2024-05-30")
    return hand


def test_a_chair_cue_after_a_word_of_management_is_no_chair() -> None:
    officials = (("Lý Văn Minh", "Phó Thủ tướng"),)
    text = (
        "Lễ kỷ niệm\n\nSáng 30/5/2024, tỉnh tổ chức lễ kỷ niệm 60 năm thành lập. Dự lễ có Phó Thủ tướng Lý Văn "
        "Minh. Phát biểu tại lễ kỷ niệm, Phó Thủ tướng Lý Văn Minh đề nghị, tỉnh cần tập trung đổi mới, nâng cao "
        "hiệu lực quản lý và điều hành, đẩy mạnh cải cách hành chính."
    )
    chair, people = _names(_report(text, "Sáng 30/5/2024", officials).summary().event)
    assert chair == [] and people == ["Lý Văn Minh"]
