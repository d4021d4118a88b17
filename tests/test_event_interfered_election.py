"""An election named as the target of an interference (`can thiệp vào cuộc bầu cử`) is a matter, not a vote
told (summary_cues.tsv, purpose): one written sentence in the shape of a foreign-news lead."""

from __future__ import annotations

from tests.reporthelp import HandReport


def test_an_election_interfered_with_is_not_the_happening() -> None:
    text = (
        "Cáo buộc can thiệp\n\nGiới chức nước A tiếp tục cáo buộc nước B can thiệp vào cuộc bầu cử Tổng thống năm "
        "ngoái. Nước B bác bỏ các cáo buộc này."
    )
    event = HandReport(text).summary().event
    assert event is None or event.kind != "election"
    text = "Can thiệp bầu cử\n\nNhiều chuyên gia nhận định các tin tặc đã can thiệp bầu cử ở nhiều nước châu Âu."
    event = HandReport(text).summary().event
    assert event is None or event.kind != "election"
