"""A maker's brand before a model code or a model name names the product, no organisation (issue #13;
samples/gold/README.md: dev14 `BMW S1000RR`, `Honda Civic` left out); the map credit `Ảnh: Google Maps` is
the whole name."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Chiếc máy bay Boeing 727-223 bị bỏ lại tại sân bay Nội Bài.", "Boeing"),
        ("Tàu bay Boeing B727-200 được đưa ra bán đấu giá.", "Boeing"),
        ("Hãng khai thác đội tàu bay Boeing 787 trên đường bay này.", "Boeing"),
        ("Máy bay vận tải Airbus A400M chở Bộ trưởng đã hạ cánh.", "Airbus"),
        ("Nhóm thanh niên tụ tập với các mô tô BMW S1000RR tại bãi biển.", "BMW"),
        ("Chiếc mô tô tông vào đuôi một chiếc Honda Civic mang biển số Bình Dương.", "Honda"),
        ("Hai thanh niên điều khiển xe Honda Air Blade đi vào đường cao tốc.", "Honda"),
        ("Tỉnh nhận 1 xe ô tô nhãn hiệu Toyota Land Cruiser do doanh nghiệp tặng.", "Toyota"),
        ("Văn phòng làm thủ tục chuyển trả chiếc Toyota Avalon Limited.", "Toyota"),
    ],
)
def test_a_brand_before_its_model_is_the_product(text: str, brand: str) -> None:
    found = names(text)
    assert not [name for name in found if name.startswith(brand)], found


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Hãng Boeing cho biết sẽ giao thêm máy bay trong năm nay.", "Boeing"),
        ("Hội nghị có sự tham gia của Toyota 2017 và các đối tác.", "Toyota"),  # a year: no model
        ("Đại diện Honda cho biết doanh số xe máy tăng.", "Honda"),
    ],
)
def test_a_brand_without_a_model_is_the_company(text: str, brand: str) -> None:
    assert brand in names(text)


def test_a_map_credit_is_the_whole_name() -> None:
    found = names("Hiện trường cách trung tâm thành phố 20 km. Ảnh: Google Maps. Theo ông A, vụ việc đang được xử lý.")
    assert "Google Maps" in found
    assert "Google" not in found
