"""Round 28 of event detection: a lead opened by the side of a gathering (`Bên lề Hội nghị X, …`) tells remarks
made there only when it names no gathering of its own; a meeting it tells after that frame is the sideline
meeting, the news."""

from __future__ import annotations

import pytest

from tests.conftest import event_kind_and


def test_a_meeting_told_after_a_sideline_frame_is_the_event() -> None:
    text = (
        "Ba nhà lãnh đạo bàn về an ninh khu vực\n\n"
        "Bên lề Hội nghị Thượng đỉnh Đông Á, ngày 14/11, Tổng thống nước A cùng Thủ tướng nước B và Thủ tướng "
        "nước C đã có cuộc gặp bàn về an ninh hàng hải.\n\nCác bên nhất trí sẽ tiếp tục trao đổi."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "meeting" and found[1] == "2024-11-14"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bộ trưởng nói về giá điện\n\n"
            "Bên lề Hội nghị tổng kết ngành Công Thương, ngày 14/11, Bộ trưởng Công Thương cho biết giá điện sẽ được "
            "điều chỉnh theo thị trường.\n\nÔng cho rằng việc này là cần thiết.",
            id="remarks",
        ),
        pytest.param(
            "Tỉnh đề nghị làm rõ vụ tàu hỏng\n\n"
            "Bên lề Hội nghị về đóng mới tàu cá, ngày 14/11, Phó Chủ tịch UBND tỉnh Hòa Lâm khẳng định đã chỉ đạo "
            "Công an tỉnh điều tra vụ việc.\n\nNhiều ngư dân vẫn chờ kết quả.",
            id="an order told there",
        ),
    ],
)
def test_remarks_made_on_the_sidelines_are_no_event(text: str) -> None:
    assert event_kind_and(text, "date") is None
