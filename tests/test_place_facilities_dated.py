"""Facilities named after a day they commemorate, and landmarks written without a unit (issue #13)."""

from vnreport import analyze_text


def _places(text: str) -> list[str]:
    return [place.name for place in analyze_text(text).locations]


def test_a_park_or_street_named_after_a_day() -> None:
    assert "Công viên 30/4" in _places("Các em nhỏ vui chơi tại Công viên 30/4 vào cuối tuần.")
    assert "đường 3/2" in _places("Cửa hàng nằm trên đường 3/2 gần chợ.")


def test_a_landmark_crossroads() -> None:
    assert "Ngã Tư Sở" in _places("Anh thuê một xưởng may nhỏ ở Ngã Tư Sở (Hà Nội).")
