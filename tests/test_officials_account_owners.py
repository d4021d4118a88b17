"""Round 35 (issue #12, sentences written for the tests in the shapes of 2017 news): the name of a social-network
account is its owner's, a person of people_other (`tài khoản Facebook Thanh Le đăng clip`, `Ảnh: Facebook Trần Anh
Khoa`, `Nguồn FB Kiều Quang Trí`), written with or without accents; the platform alone, a product after it or the
next sentence after a credit names no one."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials.credits import find_credits
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sáng 3/4, tài khoản Facebook Minh Le đăng đoạn video ghi lại vụ việc.", "Minh Le"),
        ("Trước đó, tài khoản Facebook có tên Hoa Tran chia sẻ hình ảnh chiếc xe.", "Hoa Tran"),
        ("Người dân dọn bùn sau lũ. Ảnh: Facebook Lê Văn Hòa", "Lê Văn Hòa"),
        ('Xe tải chắn ngang đường. Nguồn FB Đỗ Minh Tâm "Vụ việc xảy ra lúc 9 giờ".', "Đỗ Minh Tâm"),
        ("Mới đây, facebooker Nguyen Hai đăng tải bức ảnh lên mạng.", "Nguyen Hai"),
    ],
)
def test_account_name_is_its_owner(text: str, name: str) -> None:
    officials, people = people_of(text)
    assert officials == {} and people == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Người dùng có thể gọi video qua Facebook Messenger. Facebook Live cũng được mở rộng.",
        "Tổng thống vẫy tay chào. Ảnh: CNN/Facebook Hành động này gây chú ý.",
        "Mạng xã hội Facebook đã xóa bài. Ảnh: FB Theo đó, sự việc xảy ra từ hôm qua.",
        "Lũ quét tràn qua khu lều trại. Ảnh: Facebook Lê Văn Hòa Suối Tiên là khu du lịch đông khách.",
    ],
)
def test_platform_product_or_next_sentence_names_no_one(text: str) -> None:
    _, people = people_of(text)
    assert people == []


def _owner_seconds(n: int) -> float:
    text = " ".join(f"Tài khoản Facebook Minh Le {i} đăng clip về vụ việc thứ {i}." for i in range(n))
    doc = segment(text, words=False)
    return best_cpu_seconds(lambda: find_credits(doc), 3)


def test_reading_account_owners_takes_linear_time() -> None:
    """One bounded read after each account word: twice the accounts take twice the time, not four."""
    assert doubling_ratio(_owner_seconds, 200) < 2.5
