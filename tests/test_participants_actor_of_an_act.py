"""Who takes part in an act an `other` event reports (round 34): the officials joined as the subject of its
sentence, right before its word (`Bộ trưởng A ngày 12/3 tuyên bố từ chức`), as the gold lists the actor of an
official's act (a resignation, a statement, a dismissal). Not a teller or a source (`Theo ông B, …`, `Bộ X cho biết
C đã …`, `ông D, Chủ tịch UBND xã, cho biết …`), nor a victim (`E cùng hai vệ sĩ đã bị thương`). Written leads, one
per construction."""

from __future__ import annotations

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text


def _participants(text: str) -> tuple[str | None, list[str]]:
    summary = analyze_text(text).summary
    event = summary.event if summary is not None else None
    if event is None:
        return None, []
    return event.kind, [p.name for p in event.participants]


def test_the_official_who_resigns_takes_part_in_the_act() -> None:
    text = (
        "Bộ trưởng Y tế Slovakia từ chức\n\nBộ trưởng Y tế Slovakia Peter Novak ngày 12/3 tuyên bố từ chức sau bê bối "
        "mua sắm thiết bị của bệnh viện trung ương.\n\nÔng Novak giữ chức vụ này từ năm 2015."
    )
    kind, names = _participants(text)
    assert kind == "other"
    assert names == ["Peter Novak"]


def test_the_act_told_after_a_time_frame_keeps_its_actor() -> None:
    text = (
        "Thủ tướng Slovakia từ chức\n\nSáng 12/3, Thủ tướng Slovakia Peter Novak đã tuyên bố từ chức sau bê bối mua "
        "sắm thiết bị của bệnh viện trung ương.\n\nÔng Novak giữ chức vụ này từ năm 2015."
    )
    kind, names = _participants(text)
    assert kind == "other"
    assert names == ["Peter Novak"]


def test_an_act_told_by_a_source_has_no_actor_read() -> None:
    text = (
        "Bộ trưởng Y tế Slovakia từ chức\n\nBộ Y tế Slovakia ngày 12/3 cho biết Bộ trưởng Y tế Peter Novak đã tuyên "
        "bố từ chức sau bê bối mua sắm thiết bị của bệnh viện trung ương."
    )
    _, names = _participants(text)
    assert names == []


def test_the_victim_of_an_incident_takes_no_part() -> None:
    text = (
        "Cựu Thủ tướng Slovakia bị thương\n\nNgày 12/3, cựu Thủ tướng Slovakia Peter Novak cùng hai vệ sĩ đã bị thương "
        "do bom thư phát nổ trong xe ôtô chở ông."
    )
    _, names = _participants(text)
    assert names == []


def test_a_long_opening_before_the_actor_doubles_the_time_when_doubled() -> None:
    def text(n: int) -> str:
        return (
            "Bộ trưởng Y tế Slovakia từ chức\n\nSáng 12/3, "
            + "rất " * n
            + "Bộ trưởng Y tế Slovakia Peter Novak đã tuyên bố từ chức sau bê bối mua sắm thiết bị."
        )

    ratio = doubling_ratio(lambda n: best_cpu_seconds(lambda: analyze_text(text(n))), 4000)
    assert ratio < 2.5
