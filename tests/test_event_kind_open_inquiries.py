"""Round 37 of event kinds: an inquiry told still going on (`đang điều tra`, `đang tiến hành điều tra`) or looking
for a cause (`điều tra nguyên nhân`) is no step of a case; the incident it looks into is the event, of kind
`other` (README: a dated incident is `other`; an investigation step is an arrest, a prosecution)."""

from __future__ import annotations

import pytest

from tests.conftest import event_kind_and


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Xe tải lật trên quốc lộ, tài xế tử vong\n\n"
            "Sáng 14/3, Công an huyện Hòa Lâm đang điều tra vụ xe tải chở gạch bị lật trên quốc lộ 1 khiến tài xế tử "
            "vong.\n\nGiao thông qua đoạn này bị ùn tắc nhiều giờ.",
            id="an inquiry still going on",
        ),
        pytest.param(
            "Tàu cá bị giữ ở cảng nước ngoài\n\n"
            "Nhật Bản đang tiến hành điều tra và cử đại diện đến cảng Busan để giải quyết việc một tàu cá của nước "
            "này bị giữ ngày 14/3.\n\nTrên tàu có 5 thuyền viên.",
            id="an inquiry still carried on",
        ),
        pytest.param(
            "Cá chết hàng loạt trên sông\n\n"
            "Ngày 14/3, cơ quan chức năng tỉnh Hòa Lâm đã lấy mẫu nước để điều tra nguyên nhân khiến hàng tấn cá "
            "chết trên sông Lam.\n\nNgười dân được khuyến cáo không dùng nước sông.",
            id="an inquiry into a cause",
        ),
    ],
)
def test_an_open_inquiry_leaves_the_incident_of_kind_other(text: str) -> None:
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "other"


def test_a_step_of_a_case_stays_an_investigation() -> None:
    text = (
        "Khởi tố nguyên giám đốc công ty xây dựng\n\n"
        "Ngày 14/3, Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Lâm đã khởi tố bị can, bắt tạm giam ông Trần Văn "
        "An, nguyên giám đốc công ty xây dựng Hòa Lâm.\n\nVụ án đang được mở rộng."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "investigation"
