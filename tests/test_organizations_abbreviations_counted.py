"""Abbreviations of the words of a body's name that the press writes after a head (`Cục CSGT`, `Chi cục
QLTT`, `Viện KSND`, `Học viện … QG`): spelled out, so the abbreviated and the full name of one body in
one article are one organisation."""

from __future__ import annotations

import pytest

from tests.orghelp import names, organizations


@pytest.mark.parametrize(
    "text",
    [
        "Cục Cảnh sát giao thông vừa ban hành hướng dẫn mới. Theo Cục CSGT, việc đăng ký xe sẽ làm trực tuyến.",
        "Chi cục Quản lý thị trường tỉnh Bình Định kiểm tra chợ. Chi cục QLTT Bình Định thu hàng giả.",
        "Viện kiểm sát nhân dân tỉnh Hòa Lâm phê chuẩn quyết định. Viện KSND tỉnh Hòa Lâm đã truy tố bị can.",
        "Học viện Hành chính Quốc gia khai giảng lớp mới. Giám đốc Học viện Hành chính QG phát biểu tại lễ.",
    ],
)
def test_the_abbreviated_and_the_full_name_are_one(text: str) -> None:
    found = names(text)
    assert len(found) == 1, found


def test_an_abbreviated_name_is_spelled_out() -> None:
    found = organizations("Ban QLDA Đường sắt đã bàn giao mặt bằng cho nhà thầu.")
    assert found["Ban QLDA Đường sắt"].expanded == "Ban Quản lý dự án Đường sắt"


@pytest.mark.parametrize("short", ["VH-TT", "VH&TT"])
def test_the_culture_and_sports_department_written_short_is_one_body(short: str) -> None:
    # `Sở VH-TT`/`Sở VH&TT`: the press's shortening of `Văn hóa và Thể thao` (a department of the two
    # centrally run cities), beside `VHTT` and the `VH-TT&DL` of the ministry
    text = (
        f"Sở {short} Hà Nội vừa công bố lịch lễ hội mùa xuân. "
        "Theo Sở Văn hóa và Thể thao Hà Nội, các lễ hội sẽ giảm quy mô."
    )
    assert names(text) == ["Sở Văn hóa và Thể thao Hà Nội"]
    found = organizations(f"Ông Trần Văn Bình, Phó Giám đốc Sở {short}, cho biết lịch diễn đã được duyệt.")
    assert found[f"Sở {short}"].expanded == "Sở Văn hóa và Thể thao"
