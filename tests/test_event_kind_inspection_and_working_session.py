"""Round 28 of event kinds: an inspection verb joined by `và` to the verb of a working session (`thị sát và làm
việc với`, `khảo sát thực địa và làm việc với`) tells one working session, a meeting, as `thăm và làm việc` tells
one visit; who goes there leads it still."""

from __future__ import annotations

import pytest

from tests.conftest import event_kind_and


def test_an_inspection_joined_to_a_working_session_is_a_meeting_its_leader_chairs() -> None:
    text = (
        "Bộ trưởng làm việc với các viện\n\n"
        "Ngày 12/3, Bộ trưởng Bộ Y tế Trần Văn An đã có buổi thị sát và làm việc với Viện Dinh dưỡng quốc gia về "
        "công tác dự phòng.\n\nCác viện báo cáo kết quả năm qua."
    )
    found = event_kind_and(text, "chaired")
    assert found is not None and found[0] == "meeting" and found[1] == ["Trần Văn An"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Gỡ vướng giải phóng mặt bằng\n\n"
            "Ngày 12/3, đoàn công tác của Bộ Giao thông Vận tải đã đi khảo sát thực địa và làm việc với tỉnh Hòa Lâm "
            "về giải phóng mặt bằng dự án cảng.\n\nTỉnh đề nghị Bộ hỗ trợ vốn.",
            "meeting",
            id="a survey joined to a working session",
        ),
        pytest.param(
            "Kiểm tra an toàn thực phẩm\n\n"
            "Ngày 12/3, Bộ trưởng Bộ Y tế Trần Văn An đã kiểm tra đột xuất một số bếp ăn tập thể tại tỉnh Hòa Lâm."
            "\n\nNhiều cơ sở bị nhắc nhở.",
            "inspection",
            id="an inspection alone",
        ),
    ],
)
def test_the_kind_of_an_inspection_with_or_without_a_working_session(text: str, kind: str) -> None:
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == kind
