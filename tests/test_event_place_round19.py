"""The event's place, round 19: a happening told by a verb (`xuống đường tuần hành`, `biểu tình`) is where its
`tại` follows the verb within a few words; further on, `tại` is the matter's place. One written sentence per
construction, analysed whole."""

from __future__ import annotations

from tests.conftest import event_kind_and


def test_tai_right_after_a_happenings_verb_gives_its_place() -> None:
    text = (
        "Tin thế giới\n\n"
        "Hàng nghìn người đã xuống đường tuần hành tại trung tâm thủ đô Lima ngày 14/5 để phản đối dự luật mới. "
        "Cảnh sát đã phong tỏa một số tuyến phố."
    )
    assert event_kind_and(text, "location")[1] == "trung tâm thủ đô Lima"
