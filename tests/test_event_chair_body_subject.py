"""Round 26 (r26-e20): a body named after `giao`, `do` … right before a chair cue is its subject; the name
further back does not chair (summary_cues.tsv `body_subject`)."""

from __future__ import annotations

import pytest

import vnreport


def _chaired(text: str) -> list[str]:
    summary = vnreport.analyze_text(text).summary
    assert summary is not None and summary.event is not None
    return summary.event.chaired


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 5/3, Thủ tướng Nguyễn Xuân Phúc đã giao Bộ Nông nghiệp và Phát triển nông thôn chủ trì cuộc họp về "
        "dịch cúm gia cầm.",
        "Sáng 5/3, Thứ trưởng Lê Văn Hùng dự cuộc họp của đoàn kiểm tra do Thanh tra Bộ chủ trì tại tỉnh Nghệ An.",
        "Sáng 5/3, Phó Chủ tịch UBND tỉnh Trần Văn Nam dự lễ hội hoa do Sở Văn hóa chủ trì tại công viên.",
    ],
)
def test_a_body_between_the_name_and_the_cue_chairs(text: str) -> None:
    assert _chaired(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 5/3, Thủ tướng Nguyễn Xuân Phúc đã chủ trì cuộc họp về dịch cúm gia cầm tại Hà Nội.",
        "Sáng 5/3, Thủ tướng Nguyễn Xuân Phúc vẫn chủ trì cuộc họp về dịch cúm gia cầm tại Hà Nội.",
        "Sáng 5/3, cuộc họp do Thủ tướng Nguyễn Xuân Phúc chủ trì bàn về dịch cúm gia cầm tại Hà Nội.",
    ],
)
def test_the_name_right_before_the_cue_chairs(text: str) -> None:
    assert _chaired(text) == ["Nguyễn Xuân Phúc"]
