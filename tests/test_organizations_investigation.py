"""An investigating body named with its descriptor in lower case or after a dash (`Cơ quan điều tra Công an
tỉnh …`, `cơ quan Cảnh sát điều tra - Công an …`): one organisation with its parent nested; alone, the
lower-case phrase is the common noun (`Cơ quan điều tra đã …`)."""

from __future__ import annotations

import pytest

from vnreport import analyze_text


def _organizations(text: str) -> list[str]:
    return [o.name for o in analyze_text(text, source="t.txt", year=2024).organizations]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hôm qua, Cơ quan điều tra Công an tỉnh Bắc Giang đã bắt giữ hai đối tượng.",
            "Cơ quan điều tra Công an tỉnh Bắc Giang",
        ),
        (
            "Cơ quan cảnh sát điều tra Công an huyện Gia Lâm đang làm rõ vụ việc.",
            "Cơ quan cảnh sát điều tra Công an huyện Gia Lâm",
        ),
        ("Vụ việc do Cơ quan điều tra Bộ Quốc phòng thụ lý.", "Cơ quan điều tra Bộ Quốc phòng"),
        (
            "Ngày 5/3, cơ quan Cảnh sát điều tra - Công an tỉnh Hà Nam đã khởi tố vụ án.",
            "cơ quan Cảnh sát điều tra - Công an tỉnh Hà Nam",
        ),
        (
            "Sau đó, Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam đã khởi tố vụ án.",
            "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam",
        ),
    ],
)
def test_an_investigating_body_with_its_parent(text: str, name: str) -> None:
    names = _organizations(text)
    assert name in names
    assert name.split(" ", 4)[-1].split(" ", 1)[-1] in " ".join(names)  # the parent body nested in it


@pytest.mark.parametrize(
    "text",
    [
        "Mới đây, Cơ quan điều tra đã ra lệnh bắt tạm giam bị can.",
        "Sau đó, Cơ quan cảnh sát điều tra đã có lệnh khởi tố ba người.",
    ],
)
def test_the_common_noun_alone_is_no_organisation(text: str) -> None:
    assert not any(n.lower().startswith("cơ quan") for n in _organizations(text))


def test_a_capitalised_descriptor_alone_keeps_its_reading() -> None:
    assert "Cơ quan Cảnh sát điều tra" in _organizations(
        "Sau đó, Cơ quan Cảnh sát điều tra (Công an quận 3) đã vào cuộc."
    )
